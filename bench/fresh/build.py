"""Write the fresh set: flows.json, sessions.json and labels.json, from `content.py`.

    python -m bench.fresh.build           # (re)write the three files
    python -m bench.fresh.build --check   # exit 1 if the files are not what this writes
    python -m bench.fresh.build --stats   # print the set's statistics

Same generator as the other sets (`bench.evalset`), another author: other flows and
phrasings, seed, id prefix, personas and misspellings, and its own mix of every optional
habit the generator offers.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bench import evalset
from bench.fresh import content

FILES = evalset.FILES

PERSONAS = {
    # persona: (share of sessions, answer-style weights, chance of a typo per text);
    # styles: click / words / clarify / hold / unrecorded
    "normal": (0.41, (0.30, 0.46, 0.09, 0.08, 0.07), 0.05),
    "terse": (0.24, (0.58, 0.30, 0.04, 0.05, 0.03), 0.07),
    "verbose": (0.17, (0.08, 0.58, 0.18, 0.10, 0.06), 0.04),
    "sloppy": (0.18, (0.20, 0.52, 0.09, 0.10, 0.09), 0.28),
}

HABITS = evalset.Habits(
    paired=0.08,
    reask=0.05,
    shuffle=0.20,
    extras=0.12,
    numbered=0.20,
    opaque=0.09,
    deep_opener=0.35,
    failed_action=0.40,
    volunteer=0.20,
    correction=0.05,
    phrases=content.HABIT_PHRASES,
)

SET = evalset.EvalSet(
    **evalset.located(__file__),
    content=content,
    seed=61_884,
    prefix="FR",
    sessions_per_flow=(34, 42),
    start=datetime(2027, 6, 14, 8, 15, tzinfo=UTC),
    personas=PERSONAS,
    misspellings=content.MISSPELLINGS,
    habits=HABITS,
)


def main(argv: list[str] | None = None) -> int:
    return evalset.main(SET, argv, description=__doc__)


if __name__ == "__main__":
    raise SystemExit(main())
