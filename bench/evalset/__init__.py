"""The generator shared by the labelled evaluation sets (`bench/holdout`, `bench/unseen`,
`bench/sealed`, `bench/blind`, `bench/fresh`, `bench/fresh2`, `bench/fresh3`, and
`bench/corrections` and `bench/volunteers`, drawn again from the unseen set's content).

A set is its hand-written `content.py` (flows and phrasings, in the shapes of `spec.py`)
plus one `EvalSet` value: its name, module and folder (`located`, from its build file),
seed, id prefix, personas, misspellings and the author's extra session habits. Its
`build.py` hands that to `cli.main`, which writes flows.json, sessions.json and
labels.json, checks them (--check) or prints statistics (--stats).
Nothing here knows how the matcher works.
"""

from bench.evalset.cli import main
from bench.evalset.config import FILES, FORMAT, EvalSet, HabitPhrases, Habits, located, redrawn
from bench.evalset.generate import generate, render, statistics

__all__ = [
    "FILES",
    "FORMAT",
    "EvalSet",
    "HabitPhrases",
    "Habits",
    "generate",
    "located",
    "main",
    "redrawn",
    "render",
    "statistics",
]
