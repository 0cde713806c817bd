"""Write the fresh2 set: flows.json, sessions.json and labels.json, from `content.py`.

    python -m bench.fresh2.build           # (re)write the three files
    python -m bench.fresh2.build --check   # exit 1 if the files are not what this writes
    python -m bench.fresh2.build --stats   # print the set's statistics

Same generator as the other sets (`bench.evalset`), another author: other flows and
phrasings, seed, id prefix, personas and misspellings, and its own mix of every optional
habit the generator offers.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bench import evalset
from bench.fresh2 import content

FILES = evalset.FILES

PERSONAS = {
    # persona: (share of sessions, answer-style weights, chance of a typo per text);
    # styles: click / words / clarify / hold / unrecorded
    "normal": (0.38, (0.34, 0.42, 0.08, 0.09, 0.07), 0.06),
    "terse": (0.27, (0.55, 0.33, 0.03, 0.06, 0.03), 0.08),
    "verbose": (0.15, (0.10, 0.55, 0.17, 0.11, 0.07), 0.05),
    "sloppy": (0.20, (0.22, 0.48, 0.10, 0.09, 0.11), 0.25),
}

HABITS = evalset.Habits(
    paired=0.10,
    reask=0.04,
    shuffle=0.25,
    extras=0.10,
    numbered=0.15,
    opaque=0.12,
    deep_opener=0.30,
    failed_action=0.35,
    volunteer=0.25,
    correction=0.06,
    phrases=content.HABIT_PHRASES,
)

SET = evalset.EvalSet(
    **evalset.located(__file__),
    content=content,
    seed=73_209,
    prefix="F2",
    sessions_per_flow=(34, 42),
    start=datetime(2027, 10, 4, 7, 50, tzinfo=UTC),
    personas=PERSONAS,
    misspellings=content.MISSPELLINGS,
    habits=HABITS,
)


def main(argv: list[str] | None = None) -> int:
    return evalset.main(SET, argv, description=__doc__)


if __name__ == "__main__":
    raise SystemExit(main())
