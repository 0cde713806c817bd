"""Write the sealed set: flows.json, sessions.json and labels.json, from `content.py`.

    python -m bench.sealed.build           # (re)write the three files
    python -m bench.sealed.build --check   # exit 1 if the files are not what this writes
    python -m bench.sealed.build --stats   # print the set's statistics

Same generator as the other sets (`bench.evalset`), another author: other flows and
phrasings, seed, id prefix, personas and misspellings, its own mix of the habits the
generator offers, and two habits switched on only here: the user volunteers the answer to
the next question before it is asked, and the user takes back a wrong answer when the agent
checks it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bench import evalset
from bench.sealed import content

FILES = evalset.FILES

PERSONAS = {
    # persona: (share of sessions, answer-style weights, chance of a typo per text);
    # styles: click / words / clarify / hold / unrecorded
    "normal": (0.40, (0.22, 0.55, 0.12, 0.07, 0.04), 0.07),
    "terse": (0.24, (0.48, 0.42, 0.04, 0.03, 0.03), 0.10),
    "verbose": (0.15, (0.04, 0.64, 0.22, 0.07, 0.03), 0.05),
    "sloppy": (0.21, (0.14, 0.60, 0.11, 0.08, 0.07), 0.38),
}

HABITS = evalset.Habits(
    paired=0.07,
    reask=0.05,
    shuffle=0.3,
    extras=0.08,
    numbered=0.18,
    opaque=0.15,
    deep_opener=0.35,
    failed_action=0.3,
    volunteer=0.3,
    correction=0.03,
    phrases=content.HABIT_PHRASES,
)

SET = evalset.EvalSet(
    **evalset.located(__file__),
    content=content,
    seed=9_0418,
    prefix="SE",
    sessions_per_flow=(34, 42),
    start=datetime(2026, 12, 1, 7, 30, tzinfo=UTC),
    personas=PERSONAS,
    misspellings=content.MISSPELLINGS,
    habits=HABITS,
)


def main(argv: list[str] | None = None) -> int:
    return evalset.main(SET, argv, description=__doc__)


if __name__ == "__main__":
    raise SystemExit(main())
