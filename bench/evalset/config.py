"""What one evaluation set is made of: its hand-written content, and the habits of the
author who wrote its sessions (seed, id prefix, personas, typos, extra behaviours).

The generator is shared; everything that makes one set differ from another is here, so a
new set is a new content module and one `EvalSet` value, not a copy of the generator.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from bench.evalset.spec import Flow

FORMAT = "knowledge-flywheel/v1"
FILES = ("flows.json", "sessions.json", "labels.json")

# How each kind of user answers a question: weights of click / words / clarify / hold /
# unrecorded (typed words the agent did not record as an option).
STYLES = ("click", "words", "clarify", "hold", "unrecorded")

# persona: (share of sessions, answer-style weights, chance of a typo per text)
Personas = Mapping[str, tuple[float, tuple[float, ...], float]]


class Content(Protocol):
    """A set's `content.py`: the flows and the small talk its sessions are built from.

    Read-only properties, so a plain module of tuples satisfies it.
    """

    @property
    def FLOWS(self) -> Sequence[Flow]: ...
    @property
    def LEAD_INS(self) -> Sequence[str]: ...
    @property
    def VERBOSE_TAILS(self) -> Sequence[str]: ...
    @property
    def HOLD_REMARKS(self) -> Sequence[str]: ...
    @property
    def HOLD_FOLLOW_UPS(self) -> Sequence[str]: ...
    @property
    def GENERIC_CLARIFY_ASKS(self) -> Sequence[str]: ...
    @property
    def GENERIC_CLARIFY_LEADS(self) -> Sequence[str]: ...
    @property
    def ACKS(self) -> Sequence[str]: ...
    @property
    def THANKS(self) -> Sequence[str]: ...


@dataclass(frozen=True)
class HabitPhrases:
    """The words the extra behaviours need, written by the set's author.

    `pair_asks`: how an agent joins two questions ("{a}" and "{b}" are its own asks);
    `pair_answers`: how a user answers both ("{a}", "{b}": the user's answers);
    `reask_leads`: how an agent starts asking an answered question again;
    `extra_choices`: labels of options offered but never the answer ("Not sure");
    `list_intros`: what an agent writes before a numbered list of the options;
    `by_number`: how a user answers with the number or letter `{n}` of an option;
    `volunteer_answers`: how a user answers ("{a}") and adds, unasked, what the next question
    would have asked ("{b}", an option's `told` words);
    `correction_leads`: how an agent starts checking an answer just given;
    `correction_answers`: how a user takes back a wrong answer and gives the right one ("{b}").
    """

    pair_asks: tuple[str, ...]
    pair_answers: tuple[str, ...]
    reask_leads: tuple[str, ...]
    extra_choices: tuple[str, ...]
    list_intros: tuple[str, ...]
    by_number: tuple[str, ...]
    volunteer_answers: tuple[str, ...] = ()
    correction_leads: tuple[str, ...] = ()
    correction_answers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Habits:
    """Session behaviours beyond the first held-out set's, each a chance; all off (0) by
    default. A habit that is off draws nothing from the random generator, which is what
    keeps the older sets byte-identical.

    `paired`: per decision followed by another, both asked in one step and answered
    together; `reask`: per decision, asked again in other words one step later and answered
    the same; `shuffle`/`extras`: per offer, options in another order / with an irrelevant
    one added; `numbered`: per multiple-choice question, options listed by number or letter
    and the user answers with it; `opaque`: per session, the agent's tool records option
    values as codes (`opt2`, `b`); `deep_opener`: per session with a fitting hint, the
    opening statement answers a question below the first; `failed_action`: per action with
    failure notes, the attempt failed and the notes say how; `volunteer`: per decision
    followed by another whose answer has `told` words, the user answers and adds that next
    answer unasked, and the agent does not ask it; `correction`: per decision, the user first
    gives a wrong answer (a click on the wrong option, or now and then in words; recorded),
    the agent checks it in other words, and the user corrects it.
    """

    paired: float = 0.0
    reask: float = 0.0
    shuffle: float = 0.0
    extras: float = 0.0
    numbered: float = 0.0
    opaque: float = 0.0
    deep_opener: float = 0.0
    failed_action: float = 0.0
    volunteer: float = 0.0
    correction: float = 0.0
    phrases: HabitPhrases | None = None

    def rates(self) -> dict[str, float]:
        """Each habit's chance, by name (for statistics and tests)."""
        return {name: getattr(self, name) for name in HABIT_NAMES}


HABIT_NAMES = (
    "paired", "reask", "shuffle", "extras", "numbered", "opaque", "deep_opener", "failed_action",
    "volunteer", "correction",
)


@dataclass(frozen=True)
class EvalSet:
    """One labelled evaluation set: where it lives, what it is written from, how it is drawn.

    `module`: the entry point that (re)builds it (`bench.holdout.build`), named in messages;
    `sessions_per_flow`: (min, max) sessions drawn per flow; `start`: the earliest
    `resolved_at` (sessions spread over 75 days from it).
    """

    name: str
    module: str
    folder: Path
    content: Content
    seed: int
    prefix: str
    sessions_per_flow: tuple[int, int]
    start: datetime
    personas: Personas
    misspellings: Mapping[str, str]
    habits: Habits = field(default_factory=Habits)


def located(build_file: str) -> dict[str, Any]:
    """The name, module and folder of the set whose `build.py` is `build_file`: its folder
    under `bench/` names the set and its module."""
    folder = Path(build_file).resolve().parent
    name = folder.name
    return {"name": f"bench/{name}", "module": f"bench.{name}.build", "folder": folder}


def redrawn(base: EvalSet, build_file: str, *, seed: int, prefix: str, **changes: Any) -> EvalSet:
    """`base` drawn again as the set whose `build.py` is `build_file` (`located`), with
    another seed and id prefix and any other `changes` (habits, content): a development set
    for one habit, on words already known."""
    return replace(base, **located(build_file), seed=seed, prefix=prefix, **changes)
