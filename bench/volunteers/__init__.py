"""A development set for one habit: the unseen set's flows and words, with users who answer
the next question before it is asked. See README.md.
"""
