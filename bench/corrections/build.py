"""Write the corrections set: flows.json, sessions.json and labels.json.

    python -m bench.corrections.build           # (re)write the three files
    python -m bench.corrections.build --check   # exit 1 if the files are not what this writes
    python -m bench.corrections.build --stats   # print the set's statistics

The unseen set's flows, words, personas and habits (`bench.unseen`), another seed and id
prefix, and one habit more: per decision, a user may click (or type) a wrong answer, which
is recorded; the agent checks it in other words and the user corrects it, recorded on the
second step. Made to develop against that habit without reading the sealed set, which has
it too.
"""

from __future__ import annotations

from dataclasses import replace

from bench import evalset
from bench.unseen import build as unseen

CORRECTION_LEADS = (
    "Before I go on, let me make sure I read that right: ",
    "Hang on, that doesn't match what I see here. ",
    "Just checking that answer, ",
    "Let me double-check, because it changes what we do next: ",
)
CORRECTION_ANSWERS = (
    "oh sorry, I clicked the wrong one - {b}",
    "no wait, my mistake. {b}",
    "ah, wrong button. it's {b}",
    "sorry, I misread it. {b}",
    "scratch that - {b}",
)

PHRASES = replace(
    unseen.HABITS.phrases,
    correction_leads=CORRECTION_LEADS,
    correction_answers=CORRECTION_ANSWERS,
)

SET = evalset.redrawn(
    unseen.SET,
    __file__,
    seed=5_2207,
    prefix="CO",
    habits=replace(unseen.HABITS, correction=0.08, phrases=PHRASES),
)


def main(argv: list[str] | None = None) -> int:
    return evalset.main(SET, argv, description=__doc__)


if __name__ == "__main__":
    raise SystemExit(main())
