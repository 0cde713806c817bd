"""The shapes the held-out set's `content.py` is written in; they now live in
`bench.evalset.spec`, shared by every evaluation set, and are re-exported here so the
content keeps its import."""

from bench.evalset.spec import (
    NO_SHOWN,
    YES_SHOWN,
    Action,
    Decision,
    Flow,
    Node,
    Opener,
    Opt,
    Solution,
    no,
    opt,
    yes,
)

__all__ = [
    "NO_SHOWN",
    "YES_SHOWN",
    "Action",
    "Decision",
    "Flow",
    "Node",
    "Opener",
    "Opt",
    "Solution",
    "no",
    "opt",
    "yes",
]
