"""One session along one labelled path: the opening statement, a step per node (questions
asked and answered in the persona's way), the author's extra habits (each off unless a set
switches it on), and the record."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from random import Random
from typing import Any

from bench.evalset.config import STYLES, EvalSet, HabitPhrases
from bench.evalset.flows import Hop, index
from bench.evalset.offers import (
    Offer,
    as_records,
    listed,
    marker,
    presented,
    recoded,
    value_of,
    with_extra,
)
from bench.evalset.spec import Action, Decision, Flow, Opener, Opt, Solution
from bench.evalset.voice import Voice, lower_first, with_lead


@dataclass
class Meta:
    """What was drawn for one session, for the statistics (not written anywhere)."""

    flow_id: str
    persona: str
    path_len: int
    skipped: int = 0
    styles: Counter[str] = field(default_factory=Counter)
    typos: int = 0
    free_text_steps: int = 0
    no_domain: bool = False
    habits: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class Reask:
    """A question to ask again after the step at `due`, in words other than `used`."""

    due: int
    node: Decision
    key: str
    used: str


def chance(rng: Random, rate: float) -> bool:
    """Draw only when the habit is on, so a set without it keeps its random sequence."""
    return rate > 0 and rng.random() < rate


def option(node: Decision, key: str) -> Opt:
    return next(o for o in node.options if o.key == key)


class SessionWriter:
    def __init__(
        self, evalset: EvalSet, flow: Flow, path: list[Hop], rng: Random, meta: Meta
    ) -> None:
        self.content, self.habits = evalset.content, evalset.habits
        self.flow, self.path, self.rng, self.meta = flow, path, rng, meta
        self.start = evalset.start
        self.weights = evalset.personas[meta.persona][1]
        self.nodes = index(flow)
        self.voice = Voice(
            rng,
            persona=meta.persona,
            typo_rate=evalset.personas[meta.persona][2],
            tails=self.content.VERBOSE_TAILS,
            misspellings=evalset.misspellings,
            tally=meta,
        )
        self.steps: list[dict[str, Any]] = []
        self.codes: str | None = None
        self.reasks: list[Reask] = []

    @property
    def phrases(self) -> HabitPhrases:
        assert self.habits.phrases is not None, "habits that need words need HabitPhrases"
        return self.habits.phrases

    def lead(self, text: str, odds: float = 0.25) -> str:
        """Sometimes a lead-in before an agent's line."""
        return with_lead(self.rng, self.content.LEAD_INS, text, odds)

    def step(self, step_type: str, text: str, kind: str, **fields: Any) -> dict[str, Any]:
        record: dict[str, Any] = {
            "step_order": len(self.steps),
            "step_type": step_type,
            "content": {"text": text, "type": kind},
            "options_presented": fields.get("options_presented"),
            "selected_option": fields.get("selected_option"),
            "free_text_input": fields.get("free_text_input"),
            "was_free_text": fields.get("was_free_text", False),
            "was_skipped": False,
            "action_result": fields.get("action_result"),
        }
        if record["was_free_text"]:
            self.meta.free_text_steps += 1
        self.steps.append(record)
        return record

    def answer(self, chosen: Opt, value: str, *, click_ok: bool = True) -> dict[str, Any]:
        """selected_option, free_text_input and was_free_text for a recorded answer."""
        weights = self.weights
        if click_ok and self.rng.random() < weights[0] / (weights[0] + weights[1]):
            return {"selected_option": value, "free_text_input": None}
        return {"selected_option": value, "free_text_input": self.voice.say(chosen.said)}

    # --- offers ------------------------------------------------------------------------

    def offer(self, node: Decision) -> list[Offer]:
        """The options offered, with this author's habits: order, extras, coded values."""
        rng, habits = self.rng, self.habits
        offers = presented(node, rng)
        if chance(rng, habits.shuffle):
            before = list(offers)
            rng.shuffle(offers)
            if offers != before:  # two options can come out in the same order
                self.meta.habits["shuffle"] += 1
        if chance(rng, habits.extras):
            offers = with_extra(offers, rng, self.phrases.extra_choices)
            self.meta.habits["extras"] += 1
        if self.codes:
            offers = recoded(offers, self.codes)
        return offers

    # --- decisions ---------------------------------------------------------------------

    def decision(self, node: Decision, key: str) -> str:
        """Ask one question and record the answer in the persona's way; returns the wording
        the agent asked it in (so a later re-ask uses other words)."""
        rng = self.rng
        chosen = option(node, key)
        offers = self.offer(node)
        value = value_of(offers, key)
        asks = list(node.asks)
        rng.shuffle(asks)
        first, again, third = asks[0], asks[1 % len(asks)], asks[2 % len(asks)]
        style = rng.choices(STYLES, weights=self.weights)[0]
        self.meta.styles[style] += 1
        if style in ("click", "words") and self.by_number(node, offers, key, first):
            return first
        shared = {"options_presented": as_records(offers)}
        if style in ("click", "words"):
            reply = (
                {"selected_option": value, "free_text_input": None}
                if style == "click"
                else {"selected_option": value, "free_text_input": self.voice.say(chosen.said)}
            )
            self.step("question", self.lead(first), "question", **shared, **reply)
        elif style == "unrecorded":
            words = self.voice.say(chosen.said)
            self.step("question", self.lead(first), "question", **shared,
                      free_text_input=words, was_free_text=True)
        elif style == "hold":
            self.hold(chosen, value, (first, again), shared)
        else:
            self.clarify(node, chosen, value, (first, again, third), shared)
        return first

    def hold(self, chosen: Opt, value: str, asks: tuple[str, str],
             shared: dict[str, Any]) -> None:
        """The user says "one sec" first; the agent asks again and gets the answer."""
        rng, content = self.rng, self.content
        first, again = asks
        remark = self.voice.style(rng.choice(content.HOLD_REMARKS))
        self.step("question", self.lead(first), "question", **shared,
                  free_text_input=remark, was_free_text=True)
        follow = rng.choice(content.HOLD_FOLLOW_UPS)
        text = follow + lower_first(again) if follow.endswith(": ") else follow + again
        self.step("question", text, "question", **shared, **self.answer(chosen, value))

    def clarify(self, node: Decision, chosen: Opt, value: str, asks: tuple[str, str, str],
                shared: dict[str, Any]) -> None:
        """The user asks back first. The agent explains, and the answer comes either on the
        explanation step or after the question is asked once more in other words."""
        rng, content = self.rng, self.content
        first, again, third = asks
        if node.clarify and rng.random() < 0.7:
            asked, explained = rng.choice(node.clarify)
            restated = again
        else:
            asked = rng.choice(content.GENERIC_CLARIFY_ASKS)
            lead = rng.choice(content.GENERIC_CLARIFY_LEADS)
            explained = lead + (lower_first(again) if lead.endswith((": ", "- ")) else again)
            restated = third
        self.step("question", self.lead(first), "question", **shared,
                  free_text_input=self.voice.style(asked), was_free_text=True)
        if restated in (first, explained) or rng.random() < 0.6:
            self.step("clarification", explained, "clarification", **shared,
                      **self.answer(chosen, value, click_ok=False))
        else:
            self.step("clarification", explained, "clarification")
            self.step("question", restated, "question", **shared, **self.answer(chosen, value))

    def by_number(self, node: Decision, offers: list[Offer], key: str, ask: str) -> bool:
        """Habit: the agent lists the options by number or letter in the question, and the
        user answers with the number or letter (mostly recorded as the choice)."""
        rng = self.rng
        if len(node.options) < 3 or not chance(rng, self.habits.numbered):
            return False
        letters = self.codes == "letter" or (self.codes is None and rng.random() < 0.3)
        text = f"{self.lead(ask)} {rng.choice(self.phrases.list_intros)}{listed(offers, letters)}"
        mark = marker(offers, key, letters)
        words = self.voice.style(rng.choice(self.phrases.by_number).format(n=mark))
        shared = {"options_presented": as_records(offers), "free_text_input": words}
        if rng.random() < 0.8:
            self.step("question", text, "question", **shared,
                      selected_option=value_of(offers, key))
        else:
            self.step("question", text, "question", **shared, was_free_text=True)
        self.meta.habits["numbered"] += 1
        return True

    def paired(self, first: Hop, second: Hop) -> None:
        """Habit: two questions in one step; the user answers both in one line, recorded as
        the first question's choice with the words for both."""
        rng = self.rng
        one, two = self.nodes[first[0]], self.nodes[second[0]]
        assert isinstance(one, Decision) and isinstance(two, Decision)
        assert first[1] is not None and second[1] is not None
        offers = self.offer(one)
        text = rng.choice(self.phrases.pair_asks).format(
            a=rng.choice(one.asks), b=lower_first(rng.choice(two.asks)))
        said_a = self.voice.pick(option(one, first[1]).said).rstrip(".!")
        said_b = lower_first(self.voice.pick(option(two, second[1]).said))
        words = self.voice.style(rng.choice(self.phrases.pair_answers).format(a=said_a, b=said_b))
        self.step("question", self.lead(text), "question", options_presented=as_records(offers),
                  selected_option=value_of(offers, first[1]), free_text_input=words)
        self.meta.styles["words"] += 1
        self.meta.habits["paired"] += 1

    def volunteered(self, first: Hop, second: Hop) -> None:
        """Habit: the agent asks one question; the user answers it and, unasked, states what
        the next question would have asked. Recorded as the first question's choice with the
        words for both; the next question is never asked."""
        rng = self.rng
        one, two = self.nodes[first[0]], self.nodes[second[0]]
        assert isinstance(one, Decision) and isinstance(two, Decision)
        assert first[1] is not None and second[1] is not None
        offers = self.offer(one)
        said_a = self.voice.pick(option(one, first[1]).said).rstrip(".!")
        said_b = self.voice.pick(option(two, second[1]).told)
        words = self.voice.style(
            rng.choice(self.phrases.volunteer_answers).format(a=said_a, b=said_b))
        self.step("question", self.lead(rng.choice(one.asks)), "question",
                  options_presented=as_records(offers),
                  selected_option=value_of(offers, first[1]), free_text_input=words)
        self.meta.styles["words"] += 1
        self.meta.habits["volunteer"] += 1

    def corrected(self, node: Decision, key: str) -> str:
        """Habit: the user gives a wrong answer, mostly a click on the wrong option and now and
        then in words, which is recorded; the agent checks it in other words and the user takes
        it back and gives the right one (recorded too)."""
        rng = self.rng
        chosen = option(node, key)
        wrong = rng.choice([o for o in node.options if o.key != key])
        offers = self.offer(node)
        asks = list(node.asks)
        rng.shuffle(asks)
        first, again = asks[0], asks[1 % len(asks)]
        typed = rng.random() < 0.25
        reply = {"selected_option": value_of(offers, wrong.key),
                 "free_text_input": self.voice.say(wrong.said) if typed else None}
        self.meta.styles["words" if typed else "click"] += 1
        self.step("question", self.lead(first), "question",
                  options_presented=as_records(offers), **reply)
        said = self.voice.pick(chosen.said)
        words = self.voice.style(rng.choice(self.phrases.correction_answers).format(b=said))
        text = rng.choice(self.phrases.correction_leads) + lower_first(again)
        self.step("question", text, "question", options_presented=as_records(offers),
                  selected_option=value_of(offers, key), free_text_input=words)
        self.meta.styles["words"] += 1
        self.meta.habits["correction"] += 1
        return first

    def plan_reask(self, node: Decision, key: str, used: str, hops: list[Hop], at: int) -> None:
        """Habit: maybe ask this question again after the next question. Never after an
        action (which may have changed the answer) nor after the fix."""
        if len(node.asks) < 2 or at + 2 >= len(hops):
            return
        if isinstance(self.nodes[hops[at + 1][0]], Decision) and chance(
                self.rng, self.habits.reask):
            self.reasks.append(Reask(due=at + 1, node=node, key=key, used=used))

    def reask(self, plan: Reask) -> None:
        """The agent checks an answer again in other words; the user gives the same one."""
        rng = self.rng
        offers = self.offer(plan.node)
        other = rng.choice([a for a in plan.node.asks if a != plan.used])
        text = rng.choice(self.phrases.reask_leads) + lower_first(other)
        self.step("question", text, "question", options_presented=as_records(offers),
                  **self.answer(option(plan.node, plan.key), value_of(offers, plan.key)))
        self.meta.habits["reask"] += 1

    def ask_due(self, upto: int) -> None:
        due = [r for r in self.reasks if r.due <= upto]
        self.reasks = [r for r in self.reasks if r.due > upto]
        for plan in due:
            self.reask(plan)

    # --- actions and solutions -------------------------------------------------------

    def action(self, node: Action) -> None:
        rng = self.rng
        fields: dict[str, Any] = {}
        if self.may_fail(node) and chance(rng, self.habits.failed_action):
            fields["action_result"] = {"success": False, "details": rng.choice(node.fails)}
            self.meta.habits["failed_action"] += 1
        elif rng.random() < 0.85:
            fields["action_result"] = {"success": True, "details": rng.choice(node.results)}
        if rng.random() < 0.15:
            fields["free_text_input"] = self.voice.style(rng.choice(self.content.ACKS))
            fields["was_free_text"] = True
        self.step("action", self.lead(rng.choice(node.says), 0.15), "action", **fields)

    def may_fail(self, node: Action) -> bool:
        """A failed attempt fits only when the path's next answer agrees with it."""
        if not node.fails:
            return False
        if node.fails_then is None:
            return True
        after = [key for (node_id, _), (_, key) in zip(self.path, self.path[1:], strict=False)
                 if node_id == node.id]
        return after == [node.fails_then]

    def solution(self, text: str) -> None:
        fields: dict[str, Any] = {}
        if self.rng.random() < 0.12:
            fields["free_text_input"] = self.voice.style(self.rng.choice(self.content.THANKS))
            fields["was_free_text"] = True
        self.step("solution", text, "solution", **fields)

    # --- the session -----------------------------------------------------------------

    def write(self, session_id: str) -> dict[str, Any]:
        rng = self.rng
        summary, skipped, hidden = self.opening()
        self.meta.skipped = skipped
        leaf = self.nodes[self.path[-1][0]]
        assert isinstance(leaf, Solution)
        says = list(leaf.says)
        rng.shuffle(says)
        if chance(rng, self.habits.opaque):
            self.codes = rng.choice(("opt", "letter"))
            self.meta.habits["opaque"] += 1
        self.trail([hop for hop in self.path[skipped:] if hop[0] not in hidden], says[0])
        return self.record(session_id, summary, says[1 % len(says)])

    def trail(self, hops: list[Hop], fix: str) -> None:
        """A step (or a few) per node; two decisions may share a step (a paired question)."""
        at = 0
        while at < len(hops):
            node_id, key = hops[at]
            node = self.nodes[node_id]
            done = at + 1
            if isinstance(node, Decision):
                assert key is not None
                if self.pairs_with_next(hops, at):
                    self.paired(hops[at], hops[at + 1])
                    done = at + 2
                elif self.volunteers_next(hops, at):
                    self.volunteered(hops[at], hops[at + 1])
                    done = at + 2
                else:
                    used = (self.corrected(node, key)
                            if chance(self.rng, self.habits.correction)
                            else self.decision(node, key))
                    self.plan_reask(node, key, used, hops, at)
            elif isinstance(node, Action):
                self.action(node)
            else:
                self.solution(fix)
            self.ask_due(done - 1)
            at = done

    def pairs_with_next(self, hops: list[Hop], at: int) -> bool:
        if self.habits.paired <= 0 or at + 1 >= len(hops):
            return False
        return isinstance(self.nodes[hops[at + 1][0]], Decision) and chance(
            self.rng, self.habits.paired)

    def volunteers_next(self, hops: list[Hop], at: int) -> bool:
        """Only where the next hop is a decision whose answer has words to volunteer."""
        if self.habits.volunteer <= 0 or at + 1 >= len(hops):
            return False
        node_id, key = hops[at + 1]
        nxt = self.nodes[node_id]
        if not isinstance(nxt, Decision) or key is None or not option(nxt, key).told:
            return False
        return chance(self.rng, self.habits.volunteer)

    def record(self, session_id: str, summary: str, resolution: str) -> dict[str, Any]:
        """The session's fields around its steps; never the flow it followed."""
        rng, flow = self.rng, self.flow
        record: dict[str, Any] = {"id": session_id}
        if rng.random() < 0.75:
            record["team"] = rng.choice(flow.teams)
        record["status"] = "resolved"
        record["problem_summary"] = summary
        if rng.random() < 0.8:
            record["problem_domain"] = flow.domain
        else:
            self.meta.no_domain = True
        if rng.random() < 0.5:
            score = round(rng.uniform(0.45, 0.98), 2)
            record["confidence_tier"] = "high" if score >= 0.8 else (
                "medium" if score >= 0.6 else "low")
            record["confidence_score"] = score
        if rng.random() < 0.85:
            record["resolution_summary"] = resolution
        minutes = rng.randrange(0, 60 * 24 * 75)
        record["resolved_at"] = (self.start + timedelta(minutes=minutes)).strftime(
            "%Y-%m-%dT%H:%M:00Z")
        record["steps"] = self.steps
        return record

    def opening(self) -> tuple[str, int, set[str]]:
        """The problem summary; how many leading decisions it already answered; and the
        decisions further down it answered (a hint), which are then not asked."""
        rng = self.rng
        answered = [(node_id, key) for node_id, key in self.path]
        fitting = [
            o for o in self.flow.openers
            if tuple(answered[: len(o.answers)]) == o.answers
        ]
        if fitting and rng.random() < 0.3:
            opener = rng.choice(fitting)
            return self.voice.style(rng.choice(opener.texts)), len(opener.answers), set()
        hint = self.hint()
        if hint is not None:
            return self.voice.style(rng.choice(hint.texts)), 0, {n for n, _ in hint.answers}
        return self.voice.style(rng.choice(self.flow.summaries)), 0, set()

    def hint(self) -> Opener | None:
        """Habit: an opening that answers a question below the first one."""
        below = set(self.path[1:])
        fitting = [h for h in self.flow.hints if all(a in below for a in h.answers)]
        if not fitting or not chance(self.rng, self.habits.deep_opener):
            return None
        self.meta.habits["deep_opener"] += 1
        return self.rng.choice(fitting)
