"""Write the unseen set: flows.json, sessions.json and labels.json, from `content.py`.

    python -m bench.unseen.build           # (re)write the three files
    python -m bench.unseen.build --check   # exit 1 if the files are not what this writes
    python -m bench.unseen.build --stats   # print the set's statistics

Same generator as the held-out set (`bench.evalset`), another author: other content, seed,
id prefix, personas and misspellings, and session habits the held-out set never shows
(two questions in one step, a question asked again, reordered or extra options, answers by
number, opaque option codes, openings that answer a deeper question, failed actions).
"""

from __future__ import annotations

from datetime import UTC, datetime

from bench import evalset
from bench.unseen import content

FILES = evalset.FILES

PERSONAS = {
    # persona: (share of sessions, answer-style weights, chance of a typo per text);
    # styles: click / words / clarify / hold / unrecorded
    "normal": (0.38, (0.18, 0.60, 0.12, 0.06, 0.04), 0.06),
    "terse": (0.26, (0.45, 0.47, 0.03, 0.02, 0.03), 0.12),
    "verbose": (0.14, (0.03, 0.68, 0.20, 0.06, 0.03), 0.04),
    "sloppy": (0.22, (0.12, 0.64, 0.10, 0.07, 0.07), 0.40),
}

HABITS = evalset.Habits(
    paired=0.12,
    reask=0.06,
    shuffle=0.25,
    extras=0.12,
    numbered=0.22,
    opaque=0.25,
    deep_opener=0.4,
    failed_action=0.35,
    phrases=content.HABIT_PHRASES,
)

SET = evalset.EvalSet(
    **evalset.located(__file__),
    content=content,
    seed=7_3119,
    prefix="UN",
    sessions_per_flow=(34, 42),
    start=datetime(2026, 10, 5, 8, 0, tzinfo=UTC),
    personas=PERSONAS,
    misspellings=content.MISSPELLINGS,
    habits=HABITS,
)


def main(argv: list[str] | None = None) -> int:
    return evalset.main(SET, argv, description=__doc__)


if __name__ == "__main__":
    raise SystemExit(main())
