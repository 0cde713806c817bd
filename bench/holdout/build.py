"""Write the held-out set: flows.json, sessions.json and labels.json, from `content.py`.

    python -m bench.holdout.build           # (re)write the three files
    python -m bench.holdout.build --check   # exit 1 if the files are not what this writes
    python -m bench.holdout.build --stats   # print the set's statistics

Each session follows its flow along one root-to-leaf path. Its label is the flow id and the
full node path from the root; its trail starts below the root when the opening statement
already answered the first questions. Everything is drawn from one seeded generator, so the
output is the same on every run. The generator is shared (`bench.evalset`); this set uses
none of the habits added for later sets, which keeps its files as they were first written.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bench import evalset
from bench.holdout import content

FILES = evalset.FILES

PERSONAS = {
    # persona: (share of sessions, answer-style weights, chance of a typo per text)
    "normal": (0.42, (0.21, 0.58, 0.13, 0.05, 0.03), 0.07),
    "terse": (0.20, (0.52, 0.41, 0.03, 0.02, 0.02), 0.10),
    "verbose": (0.16, (0.02, 0.70, 0.20, 0.05, 0.03), 0.05),
    "sloppy": (0.22, (0.15, 0.63, 0.10, 0.06, 0.06), 0.45),
}

MISSPELLINGS = {
    "the": "teh", "laptop": "labtop", "monitor": "moniter", "because": "becuase",
    "password": "pasword", "definitely": "definately", "receiver": "reciever",
    "doesn't": "doesnt", "don't": "dont", "it's": "its", "I'm": "im", "keyboard": "keybaord",
    "screen": "scren", "working": "wokring", "restart": "restrat", "nothing": "nothign",
    "bluetooth": "bluetoth", "onedrive": "one drive", "windows": "widnows", "still": "stil",
}

SET = evalset.EvalSet(
    **evalset.located(__file__),
    content=content,
    seed=4_2026,
    prefix="HO",
    sessions_per_flow=(27, 37),
    start=datetime(2026, 9, 1, 7, 0, tzinfo=UTC),
    personas=PERSONAS,
    misspellings=MISSPELLINGS,
)


def main(argv: list[str] | None = None) -> int:
    return evalset.main(SET, argv, description=__doc__)


if __name__ == "__main__":
    raise SystemExit(main())
