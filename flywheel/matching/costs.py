"""Gains and costs of the walk, and the other numbers matching is tuned by."""

from __future__ import annotations

import math

# Gains and costs of the walk, in units of text similarity (cosine, 0..1).
THRESHOLD = 0.15  # similarity at which mapping a step to a node neither gains nor costs
ANSWER_BONUS = 0.1  # an answer that is one of the node's options
ACTION_BONUS = 0.1  # an action step doing an action node
SOLUTION_BONUS = 0.2  # a solution step stating a solution node
STAY_FLOOR = 0.05  # the most a clarification costs at the node it stays on
UNEXPLAINED = 0.3  # a step the flow does not explain, the walk carrying on after it
DIVERGE = 0.3  # leaving the flow for good
BEFORE_ROOT = 0.1  # a step before a proposal's root, when the trail may start above it
SKIP = 0.35  # passing a decision node without a step
SKIP_ACTION = 0.2  # passing an action node without a step
OPENING_SKIP = 0.25  # passing a node before the first step, when the summary says nothing of it
LATE_OFF = 0.3  # leaving after some steps by the opening's answer: steps before must gain more
FULL_CREDIT = 0.35  # similarity at which a mapped step counts as fully explained
NO_CREDIT = 0.12  # similarity at or below which it counts for nothing
LABEL_RATIO = 90.0  # rapidfuzz ratio for an answer to count as an option's label
REWORDED_SHARE = 0.5  # share of a label's content words a reworded answer must say
# a step whose offer is its decision's options in other words (`paired_option`): two such
# steps in order along a flow are enough to enhance it (a score of 0.56)
OFFER_CREDIT = 0.75
UNNAMED_BRANCH = 0.1  # a branch taken by an answer that names none of the options
REJOIN = 0.3  # coming back to the flow below the node a session left it at
SIDEWAYS = 0.6  # coming back elsewhere, neither below the node it left nor above it
EVIDENCE_HALF = 0.5  # explained steps at which the score is half the explained share
PASSING_STEPS = 2  # steps a session explains before leaving to be more than passing by
TOLD_WORDS = 2  # words of a node an opening says to have told it, naming none of its answers
BEAM = 1.5  # walks this far behind the best are given up
CANDIDATES = 3  # flows aligned per session
FITNESS_TIE = 0.01  # flows explaining shares of a trail this close explain it alike
DOMAIN_BONUS = 0.1  # retrieval bonus for a flow of the session's domain


# States and moves of the walk that are no node or option
NEG = -math.inf
NONE = -1
DIVERGED = -2
STARTED = -3
