"""Turning flows and storylines into interchange session dicts.

The kinds of session: `exact_session` walks a flow from the root to a solution, and
`escalated_session` to one of its escalation nodes; `clarified_session` does the same but
the engineer answers one question in free text (a `clarification` step that still selects
the flow's option); `escape_session` follows a flow, then types a case the flow lacks (a
question step with `selected_option` null) and carries on off the flow; `novel_session`
tells a problem no flow covers; `abandoned_session` stops mid-flow. Ids are left empty: the
caller numbers sessions once they are in time order.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from flywheel.demo.model import Ask, Beat, Escape, FlowSpec, Node, Opt, Story, Texts, Try

Path = list[tuple[Node, Opt | None]]
Choices = Sequence[tuple[str, str]]


@dataclass(frozen=True)
class Scene:
    """What one session draws on: the random source, who and what it is about, and when."""

    rng: random.Random
    ctx: Mapping[str, str]
    when: str

    def fill(self, texts: Texts) -> str:
        """One of the phrasings, with the context filled in."""
        phrasings = (texts,) if isinstance(texts, str) else texts
        return self.rng.choice(phrasings).format_map(self.ctx)

    def score(self, low: float, high: float) -> float:
        """A score in [low, high], rounded as the upstream helpdesk reports them."""
        return round(self.rng.uniform(low, high), 2)


def timestamp(rng: random.Random, now: datetime) -> str:
    """A whole-minute UTC time in the 30 days before `now` (UTC), mostly in working hours."""
    hour = rng.randint(7, 18) if rng.random() < 0.85 else rng.randint(0, 23)
    day = now - timedelta(days=rng.randint(0, 29))
    moment = day.replace(hour=hour, minute=rng.randint(0, 59), second=0, microsecond=0)
    if moment > now - timedelta(minutes=10):  # later today than "now": take yesterday's
        moment -= timedelta(days=1)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def confidence_tier(score: float) -> str:
    """high / medium / low, the way the upstream assistant labels its confidence."""
    if score >= 0.8:
        return "high"
    return "medium" if score >= 0.6 else "low"


def step(
    kind: str,
    text: str,
    *,
    options: Choices | None = None,
    selected: str | None = None,
    typed: str | None = None,
    result: tuple[bool, str] | None = None,
) -> dict[str, Any]:
    """One trail step in interchange form (`step_order` is set by `session`)."""
    return {
        "step_order": 0,
        "step_type": kind,
        "content": {"text": text, "type": kind},
        "options_presented": None
        if options is None
        else [{"value": value, "label": label} for value, label in options],
        "selected_option": selected,
        "free_text_input": typed,
        "was_free_text": typed is not None,
        "was_skipped": False,
        "action_result": None if result is None else {"success": result[0], "details": result[1]},
    }


def session(
    *,
    scene: Scene,
    team: str,
    status: str,
    summary: str,
    domain: str,
    confidence: float,
    resolution: str | None,
    escalation: str | None,
    flow_id: str | None,
    match: float | None,
    steps: list[dict[str, Any]],
) -> dict[str, Any]:
    """A session in interchange form, its steps numbered from 0."""
    for order, item in enumerate(steps):
        item["step_order"] = order
    return {
        "id": "",
        "team": team,
        "status": status,
        "problem_summary": summary,
        "problem_domain": domain,
        "confidence_tier": confidence_tier(confidence),
        "confidence_score": confidence,
        "resolution_summary": resolution,
        "escalation_reason": escalation,
        "matched_flow_id": flow_id,
        "match_score": match,
        "resolved_at": scene.when,
        "steps": steps,
    }


# --- walking flows -------------------------------------------------------------------------


def route_to(flow: FlowSpec, target: str) -> dict[str, str]:
    """The option to take at each decision on the way from the root to `target`."""
    parents: dict[str, tuple[str, str | None]] = {}
    for node in flow.nodes:
        for option in node.options:
            parents[option.next] = (node.id, option.id)
        if node.next:
            parents[node.next] = (node.id, None)
    forced: dict[str, str] = {}
    current = target
    while current != flow.root.id:
        parent, option_id = parents[current]
        if option_id:
            forced[parent] = option_id
        current = parent
    return forced


def walk(
    flow: FlowSpec,
    rng: random.Random,
    forced: Mapping[str, str] | None = None,
    stop_at: str | None = None,
) -> Path:
    """A path from the root to a solution (or up to, not including, `stop_at`).

    Choices are random except where `forced`; branches that end in an escalation are
    taken less often, as in real service desks.
    """
    forced = forced or {}
    path: Path = []
    node = flow.root
    while node.id != stop_at:
        if node.kind == "solution":
            path.append((node, None))
            break
        if node.kind == "action":
            path.append((node, None))
            node = flow.node(node.next)
            continue
        choice = _choose(flow, node, rng, forced.get(node.id))
        path.append((node, choice))
        node = flow.node(choice.next)
    return path


def _choose(flow: FlowSpec, node: Node, rng: random.Random, forced: str | None) -> Opt:
    if forced is not None:
        return next(option for option in node.options if option.id == forced)
    weights = [0.4 if flow.node(option.next).escalates else 1.0 for option in node.options]
    return rng.choices(node.options, weights)[0]


def _offered(node: Node) -> list[tuple[str, str]]:
    return [(option.id, option.label) for option in node.options]


def path_steps(path: Path, scene: Scene, *, clarify_at: str | None = None) -> list[dict[str, Any]]:
    """The trail of a path, in the flow's own words; at `clarify_at` the answer is typed."""
    steps: list[dict[str, Any]] = []
    for node, choice in path:
        if node.kind == "action":
            steps.append(step("action", node.text, result=(True, scene.fill(node.outcomes))))
        elif node.kind == "solution":
            steps.append(step("solution", node.text))
        elif choice is not None and node.id == clarify_at:
            typed = scene.fill(choice.said)
            steps.append(
                step("clarification", node.text, options=_offered(node), selected=choice.id,
                     typed=typed)
            )
        else:
            selected = choice.id if choice else None
            steps.append(step("question", node.text, options=_offered(node), selected=selected))
    return steps


def beat_steps(beats: Sequence[Beat], scene: Scene) -> list[dict[str, Any]]:
    """The trail of a storyline; optional beats are left out of some sessions."""
    steps: list[dict[str, Any]] = []
    for beat in beats:
        if isinstance(beat, Ask | Try) and beat.optional and scene.rng.random() < 0.4:
            continue
        if isinstance(beat, Ask):
            text = scene.fill(beat.text)
            steps.append(step("question", text, options=beat.options, selected=beat.pick))
        elif isinstance(beat, Try):
            result = (beat.success, scene.fill(beat.details))
            steps.append(step("action", scene.fill(beat.text), result=result))
        else:
            steps.append(step("solution", scene.fill(beat.text)))
    return steps


# --- the five kinds of session -------------------------------------------------------------


def _on_flow(
    flow: FlowSpec, path: Path, steps: list[dict[str, Any]], scene: Scene, *,
    match: tuple[float, float], confidence: tuple[float, float],
) -> dict[str, Any]:
    """A session that stayed on its flow up to a solution or an escalation node."""
    end = path[-1][0]
    root_choice = path[0][1]
    assert root_choice is not None, "a path starts with the root's answer"
    escalated = end.escalates
    return session(
        scene=scene,
        team=flow.team,
        status="escalated" if escalated else "resolved",
        summary=scene.fill(flow.summaries[root_choice.id]),
        domain=flow.domain,
        confidence=scene.score(0.5, 0.78) if escalated else scene.score(*confidence),
        resolution=None if escalated else _resolution(end, scene),
        escalation=scene.fill(end.outcomes) if escalated else None,
        flow_id=flow.id,
        match=scene.score(*match),
        steps=steps,
    )


def _resolution(end: Node, scene: Scene) -> str:
    variants = (end.title, f"{end.title} ({{host}})", f"{end.title}; confirmed with {{first}}")
    return scene.fill(variants)


def exact_session(flow: FlowSpec, scene: Scene) -> dict[str, Any]:
    """Follows the flow exactly, root to solution, in the flow's own words."""
    path = walk(flow, scene.rng)
    return _on_flow(
        flow, path, path_steps(path, scene), scene, match=(0.82, 0.97), confidence=(0.8, 0.96)
    )


def escalated_session(flow: FlowSpec, scene: Scene) -> dict[str, Any]:
    """Follows the flow exactly to one of its escalation nodes (or anywhere, if it has none)."""
    ends = [node for node in flow.nodes if node.escalates]
    if not ends:
        return exact_session(flow, scene)
    path = walk(flow, scene.rng, route_to(flow, scene.rng.choice(ends).id))
    return _on_flow(
        flow, path, path_steps(path, scene), scene, match=(0.82, 0.97), confidence=(0.8, 0.96)
    )


def clarified_session(flow: FlowSpec, scene: Scene) -> dict[str, Any]:
    """Follows the flow, but one answer is typed freely and then mapped to the flow's option."""
    spots = [(node, option) for node in flow.nodes for option in node.options if option.said]
    node, option = scene.rng.choice(spots)
    forced = route_to(flow, node.id) | {node.id: option.id}
    path = walk(flow, scene.rng, forced)
    steps = path_steps(path, scene, clarify_at=node.id)
    return _on_flow(flow, path, steps, scene, match=(0.8, 0.9), confidence=(0.68, 0.88))


def escape_session(flow: FlowSpec, escape: Escape, scene: Scene) -> dict[str, Any]:
    """Follows the flow up to `escape.at`, where the engineer types a case the flow lacks."""
    path = walk(flow, scene.rng, route_to(flow, escape.at), stop_at=escape.at)
    at = flow.node(escape.at)
    typed = step("question", at.text, options=_offered(at), typed=scene.fill(escape.typed))
    steps = [*path_steps(path, scene), typed, *beat_steps(escape.tail, scene)]
    return session(
        scene=scene,
        team=flow.team,
        status="resolved",
        summary=scene.fill(escape.summaries),
        domain=flow.domain,
        confidence=scene.score(0.45, 0.75),
        resolution=scene.fill(escape.resolution),
        escalation=None,
        flow_id=flow.id,
        match=scene.score(0.55, 0.79),
        steps=steps,
    )


def novel_session(story: Story, scene: Scene) -> dict[str, Any]:
    """A problem no flow covers; the matcher found nothing close (score null or low)."""
    match = None if scene.rng.random() < 0.5 else scene.score(0.08, 0.38)
    return session(
        scene=scene,
        team=story.team,
        status="resolved",
        summary=scene.fill(story.summaries),
        domain=story.domain,
        confidence=scene.score(0.35, 0.72),
        resolution=scene.fill(story.resolution),
        escalation=None,
        flow_id=None,
        match=match,
        steps=beat_steps(story.beats, scene),
    )


def abandoned_session(flow: FlowSpec, scene: Scene) -> dict[str, Any]:
    """Starts along the flow and stops at an unanswered question (the user went quiet)."""
    path: Path = []
    stops: list[int] = []
    while not stops:  # some paths go straight from the root to a solution
        path = walk(flow, scene.rng)
        stops = [i for i, (node, _) in enumerate(path) if i and node.kind == "decision"]
    cut = scene.rng.choice(stops)
    root_choice = path[0][1]
    assert root_choice is not None, "a path starts with the root's answer"
    steps = path_steps([*path[:cut], (path[cut][0], None)], scene)
    return session(
        scene=scene,
        team=flow.team,
        status="abandoned",
        summary=scene.fill(flow.summaries[root_choice.id]),
        domain=flow.domain,
        confidence=scene.score(0.2, 0.45),
        resolution=None,
        escalation=None,
        flow_id=flow.id,
        match=scene.score(0.6, 0.85),
        steps=steps,
    )
