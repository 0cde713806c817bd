"""A development set for one habit: the unseen set's flows and words, with users who give a
wrong answer and take it back when the agent checks it. See README.md.
"""
