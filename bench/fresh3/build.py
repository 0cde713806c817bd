"""Write the fresh3 set: flows.json, sessions.json and labels.json, from `content.py`.

    python -m bench.fresh3.build           # (re)write the three files
    python -m bench.fresh3.build --check   # exit 1 if the files are not what this writes
    python -m bench.fresh3.build --stats   # print the set's statistics

Same generator as the other sets (`bench.evalset`), another author: other flows and
phrasings, seed, id prefix, personas and misspellings, and its own mix of every optional
habit the generator offers.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bench import evalset
from bench.fresh3 import content

FILES = evalset.FILES

PERSONAS = {
    # persona: (share of sessions, answer-style weights, chance of a typo per text);
    # styles: click / words / clarify / hold / unrecorded
    "normal": (0.42, (0.30, 0.45, 0.09, 0.07, 0.09), 0.05),
    "terse": (0.22, (0.60, 0.28, 0.04, 0.05, 0.03), 0.07),
    "verbose": (0.18, (0.12, 0.50, 0.18, 0.10, 0.10), 0.04),
    "sloppy": (0.18, (0.25, 0.45, 0.08, 0.10, 0.12), 0.22),
}

HABITS = evalset.Habits(
    paired=0.08,
    reask=0.05,
    shuffle=0.20,
    extras=0.12,
    numbered=0.18,
    opaque=0.09,
    deep_opener=0.35,
    failed_action=0.30,
    volunteer=0.20,
    correction=0.05,
    phrases=content.HABIT_PHRASES,
)

SET = evalset.EvalSet(
    **evalset.located(__file__),
    content=content,
    seed=58_613,
    prefix="F3",
    sessions_per_flow=(33, 41),
    start=datetime(2027, 5, 10, 8, 35, tzinfo=UTC),
    personas=PERSONAS,
    misspellings=content.MISSPELLINGS,
    habits=HABITS,
)


def main(argv: list[str] | None = None) -> int:
    return evalset.main(SET, argv, description=__doc__)


if __name__ == "__main__":
    raise SystemExit(main())
