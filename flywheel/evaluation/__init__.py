"""`flywheel eval DIR`: how well matching, routing, enhancement and mining do on labelled data.

DIR holds `flows.json`, `sessions.json` and `labels.json` (see the interchange format). Each
experiment imports what it needs into a fresh temporary SQLite database, runs the analyzer
with the chosen provider (offline by default) exactly as production does, and reads back
what a user would see: analyses, proposals and their trees.

1. matching: every flow in the library, sessions stripped of any upstream match. Top-1 flow
   accuracy; end-node accuracy (the end node is the labelled path's last node); decision-path
   recall (share of the labelled path's decision nodes the alignment visits, the ones the
   opening statement answered included), averaged over sessions.
2. routing (same run): share of sessions reinforcing their flow, and the share the original
   rule (any free-text step means divergence) would have reinforced.
3. enhancement: per flow, the branch below the root that most labelled sessions traverse is
   cut (its option left unexplored, its subtree removed); those sessions are analysed: the
   share whose enhancement (drafted, or joined as evidence when a like one was pending)
   attaches at the cut node, the recall of the cut nodes they traversed among the
   proposals' new nodes (nodes matched by text), and how many pending enhancements of the
   flow they end in (ideal 1: one missing branch, one proposal).
4. mining: one flow at a time is removed from the library and its sessions are analysed: how
   many pending proposals they end in (ideal 1), and the branch recall of the largest one
   against the branches the sessions traversed (nodes matched by text, and where the
   words are too few, by their place under a matched node: `NodeMatcher.places`; the
   reading by words alone is kept beside it), beside the recall of the flow itself worded
   as its sessions worded it (`ideal_proposal`: how far words alone keep a proposal from
   the flow). The ruler is checked twice: on that tree, whose nodes keep the flow's ids
   (`known_nodes`), and against every other flow's branches, where it should find
   nothing. And, since unrelated
   problems must not be merged together: with every flow removed at once and every session
   analysed, how many sessions end in a proposal most of whose sessions are of another flow.

Metrics are pure functions of plain data, so tests can check their arithmetic by hand.
"""

# The package's modules import each other's names that start with an underscore: they
# are private to the package, not to one module. Outside it, use the names below.

from flywheel.evaluation.command import EXPERIMENTS, RUNNERS, UNLIMITED, evaluate, main_eval
from flywheel.evaluation.cuts import Cut, choose_cut, cut_branch
from flywheel.evaluation.dataset import Dataset, Label, load_dataset, session_view_of, without_match
from flywheel.evaluation.enhancement import attaches, run_enhancement
from flywheel.evaluation.metrics import (
    SAME_NODE,
    Branch,
    NodeMatcher,
    astray,
    branch_recall,
    branch_recall_by_steps,
    decision_nodes,
    ideal_proposal,
    known_nodes,
    mean,
    node_recall,
    original_rule_reinforces,
    path_recall,
    share,
    traversed_branches,
)
from flywheel.evaluation.mining_run import run_mining
from flywheel.evaluation.misses import MISSES
from flywheel.evaluation.report import Row, render_table
from flywheel.evaluation.routing import run_matching
from flywheel.evaluation.workspaces import (
    ACCOUNT,
    Outcome,
    Progress,
    ProposalView,
    Run,
    Workspace,
    workspace,
)

__all__ = [
    "ACCOUNT",
    "Branch",
    "Cut",
    "Dataset",
    "EXPERIMENTS",
    "Label",
    "MISSES",
    "NodeMatcher",
    "Outcome",
    "Progress",
    "ProposalView",
    "RUNNERS",
    "Row",
    "Run",
    "SAME_NODE",
    "UNLIMITED",
    "Workspace",
    "astray",
    "attaches",
    "branch_recall",
    "branch_recall_by_steps",
    "choose_cut",
    "cut_branch",
    "decision_nodes",
    "evaluate",
    "ideal_proposal",
    "known_nodes",
    "load_dataset",
    "main_eval",
    "mean",
    "node_recall",
    "original_rule_reinforces",
    "path_recall",
    "render_table",
    "run_enhancement",
    "run_matching",
    "run_mining",
    "session_view_of",
    "share",
    "traversed_branches",
    "without_match",
    "workspace",
]
