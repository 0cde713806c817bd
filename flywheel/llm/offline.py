"""The offline provider: drafts flows and enhancements from a session's structured trail.

No language model, no network, no clock: the same request always gives the same answer.
A drafted tree is the path the session took, one node per step, with the options it did not
take left unexplored, so it passes `validate_tree` by construction.

How a trail becomes nodes (the same for new flows and enhancement branches):
- skipped steps are left out;
- question steps (and any step with options) become decision nodes asking the question
  without the talk around it (`the_question`: "Thanks for that." before, the options read
  out again after): the option taken leads on, the others stay unexplored; a typed answer
  takes the option its words name, else becomes an option of its own; fewer than 2 options
  get an "Other", more than 5 keep the taken one and fold the rest into "Other (...)";
- an aside (a typed reply naming no option, after which the same options are offered again)
  is left out: the question asked again is one question, answered where it is asked again;
- a question answered only after clarifying (a later clarification picks one of the same
  options) is one decision with that answer, the talk in between its help text;
- clarification steps without options become help text of the previous (else next) node;
- action steps (and other steps without options) become action nodes with their result;
- solution steps end the path: one solution node from the last of them, else from the
  resolution summary; an escalated session ends in "Escalate: <reason>".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from flywheel.llm.base import EnhancementRequest, FlowRequest, Reply, Usage
from flywheel.llm.keywords import (
    as_sentence,
    first_sentence,
    guess_domain,
    make_title,
    match_keywords,
    shorten,
    squash,
    the_question,
)
from flywheel.matching import stem, taken_back
from flywheel.transcript import OptionView, SessionView, StepView
from flywheel.trees import (
    MAX_OPTIONS,
    MIN_OPTIONS,
    Node,
    Option,
    Tree,
    all_nodes,
    node_index,
    outline,
    successors,
    tree_to_dict,
)

ROOT_ID = "root"
ENHANCEMENT_PREFIX = "enh"
LABEL_CHARS = 60
TITLE_CHARS = 80
QUESTION_CHARS = 300
TEXT_CHARS = 1000
NOT_RECORDED = "Answer not recorded"

Kind = Literal["decision", "action", "solution", "note"]
_LETTERS = {"decision": "q", "action": "a", "solution": "s"}
_SOLUTION_TYPES = frozenset({"solution", "resolution"})
_OTHER_PREFIXES = ("other", "something else", "none of")
_YES_NO = frozenset({"yes", "no"})
_SLUG = re.compile(r"[^A-Za-z0-9]+")
_WORD = re.compile(r"[a-z0-9]+")


@dataclass
class _Planned:
    """A step that becomes a node, with the notes folded into its help text."""

    kind: Literal["decision", "action"]
    step: StepView
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Ending:
    """The solution node that ends a path."""

    title: str
    description: str


class OfflineProvider:
    """The default provider: deterministic drafts from the trail, no language model."""

    name = "offline"

    def draft_flow(self, request: FlowRequest) -> Reply:
        """Draft a new flow: the session's path as a tree. `repair` changes nothing."""
        payload = _flow_payload(request.session)
        return _reply(payload, _session_text(request.session))

    def draft_enhancement(self, request: EnhancementRequest) -> Reply:
        """Draft the branch the session took after leaving the flow at the divergence node."""
        payload = _enhancement_payload(request)
        prompt = "\n".join(
            [request.flow_name, outline(request.flow_tree), _session_text(request.session)]
        )
        return _reply(payload, prompt)


def _reply(payload: dict[str, Any], prompt: str) -> Reply:
    """Wrap a payload with a token estimate of about four characters per token."""
    output = json.dumps(payload, sort_keys=True, ensure_ascii=False)
    usage = Usage(model="offline", input_tokens=len(prompt) // 4, output_tokens=len(output) // 4)
    return Reply(payload=payload, usage=usage)


# --- new flows -----------------------------------------------------------------------------


def _flow_payload(session: SessionView) -> dict[str, Any]:
    """Everything `FlowDraft` expects, as plain JSON data."""
    summary = squash(session.problem_summary)
    texts = _texts(session)
    domain = squash(session.problem_domain)[:100] or guess_domain(summary, texts)
    return {
        "title": make_title(summary, domain),
        "description": _flow_description(session),
        "match_keywords": match_keywords(summary=summary, texts=texts, domain=domain),
        "problem_domain": domain,
        "tree_structure": tree_to_dict(session_tree(session)),
    }


def _flow_description(session: SessionView) -> str:
    """Two sentences: when to use the flow, and how the source session ended."""
    problem = first_sentence(session.problem_summary) or "a support problem like this one"
    if _escalated(session):
        why = first_sentence(session.escalation_reason or session.resolution_summary)
        reason = why or "no reason given"
        return f"Use this flow for: {problem}. The source session was escalated: {reason}."
    ending = first_sentence(session.resolution_summary)
    if not ending:
        return f"Use this flow for: {problem}."
    return f"Use this flow for: {problem}. The source session ended with: {ending}."


def session_tree(session: SessionView) -> Tree:
    """The session's path as a tree (the tree `draft_flow` drafts, without the rest of the
    draft); a root question is added when the trail starts otherwise."""
    planned, leftover, solution_text = _plan(session.steps)
    synthetic = not planned or planned[0].kind != "decision"
    ids = _ids([p.kind for p in planned], prefix="", start=2 if synthetic else 1)
    if not synthetic:
        ids[0] = ROOT_ID
    nodes = _chain(planned, leftover, _ending(session, solution_text), ids)
    if synthetic:
        nodes.insert(0, _match_question(session, nodes[0].id))
    root, children = nodes[0], nodes[1:]
    return Tree(**_fields(root), children=children)


def _match_question(session: SessionView, next_id: str) -> Node:
    """A root decision 'Does the problem match: <summary>?' with Yes leading on."""
    summary = first_sentence(session.problem_summary, QUESTION_CHARS) or "the reported problem"
    options = [
        Option(id=f"{ROOT_ID}-o1", label="Yes", next_node_id=next_id),
        Option(id=f"{ROOT_ID}-o2", label="No"),
    ]
    question = f"Does the problem match: {summary}?"
    return Node(
        id=ROOT_ID,
        type="decision",
        title=shorten(question, TITLE_CHARS),
        question=question,
        options=options,
    )


def _fields(node: Node) -> dict[str, Any]:
    """A node's set fields, to rebuild it as another model (a Tree root or a NewNode)."""
    return {name: getattr(node, name) for name in node.model_fields_set}


# --- the trail -----------------------------------------------------------------------------


def _plan(steps: Iterable[StepView]) -> tuple[list[_Planned], list[str], str | None]:
    """Steps that become nodes, notes with no node before them, and the last solution text."""
    planned: list[_Planned] = []
    pending: list[str] = []
    solution: str | None = None
    for step in _fold_clarified(steps):
        kind = _kind(step)
        if kind == "solution":
            solution = squash(step.text) or solution
        elif kind == "note":
            note = _note(step)
            if note:
                (planned[-1].notes if planned else pending).append(note)
        else:
            planned.append(_Planned(kind=kind, step=step, notes=pending))
            pending = []
    return planned, pending, solution


def _fold_clarified(steps: Iterable[StepView]) -> list[StepView]:
    """Skipped steps and asides left out, and each question answered only after clarifying
    as one step.

    A question (or clarification) with options but no answer opens a run; clarifications
    without an answer join it; a clarification that picks one of the same options answers
    it: the run becomes that question with that answer, followed by its talk as notes. A run
    nothing answers stays as it was: a question keeps its typed answer, clarifications notes.
    """
    folded: list[StepView] = []
    run: list[StepView] = []
    for step in _without_asides(steps):
        if run and _answers(step, run[0]):
            folded.append(replace(step, text=run[0].text, type=run[0].type))
            folded.extend(_as_note(s) for s in [replace(run[0], text=""), *run[1:], step])
            run = []
        elif run and _unanswered(step) and _is_clarification(step) and _same_options(step, run[0]):
            run.append(step)
        else:
            folded.extend(_unfolded(run))
            run = [step] if _unanswered(step) else []
            folded.extend([] if run else [step])
    return folded + _unfolded(run)


def _without_asides(steps: Iterable[StepView]) -> list[StepView]:
    """The steps not skipped, asides and answers taken back left out (see `_aside`,
    `matching.taken_back`): the question asked again keeps the words it was first asked in
    (the re-asking is the agent's paraphrase, "Thanks for checking. ..."), with the answer
    it then got."""
    kept = [step for step in steps if not step.was_skipped]
    withdrawn = taken_back(kept)
    first_asked: dict[int, str] = {}
    found: list[StepView] = []
    for n, step in enumerate(kept):
        again = n + 1 if withdrawn[n] else _asked_next(kept, n + 1)
        if again is not None and (withdrawn[n] or _aside(step, kept[again])):
            first_asked[again] = first_asked.get(n, step.text)
            continue
        found.append(replace(step, text=first_asked[n]) if n in first_asked else step)
    return found


def _asked_next(steps: Sequence[StepView], start: int) -> int | None:
    """The index of the next step from `start` that offers or does something: past the
    talk (clarifications offering nothing) an agent has while a question waits."""
    later = range(start, len(steps))
    return next((n for n in later if steps[n].options or not _is_clarification(steps[n])), None)


def _aside(step: StepView, after: StepView | None) -> bool:
    """Whether a step answers nothing: a reply typed instead of choosing that names none of
    the options, after which (some talk aside) the same options are offered again by a
    question (a clarification offering them is how the question gets answered, so that is
    no aside). A one-word reply to a yes/no question followed by another yes/no question
    ("yeah") is an answer: those options say nothing of which question is asked, whereas
    the same options with words of their own ("Password rejected", "Account locked") do.
    A reply that asks back ("huh?") answers nothing, however short."""
    typed_only = step.was_free_text and step.selected is None and bool(step.options)
    if not typed_only or after is None or _is_clarification(after):
        return False
    if len(_words(step.free_text)) <= 1 and not _worded_options(step) and not _asks(step):
        return False
    return _same_options(step, after) and _named_option(step.free_text, step.options) is None


def _asks(step: StepView) -> bool:
    """Whether a typed reply is itself a question: it ends with a question mark."""
    return squash(step.free_text).endswith("?")


def _worded_options(step: StepView) -> bool:
    """Whether a step's options say more than yes or no."""
    return any(set(_words(o.label)) - _YES_NO for o in step.options)


def _named_option(text: str | None, offered: Sequence[OptionView]) -> int | None:
    """The index of the one option a typed answer names: every word of its label, or of its
    value, is among the answer's words. The option named with most words wins and a tie
    names none, so 'no, not muted' names 'Not muted' rather than 'Muted'."""
    said = set(_words(text))
    scores = [_naming_words(option, said) for option in offered]
    best = max(scores, default=0)
    if not best or scores.count(best) > 1:
        return None
    return scores.index(best)


def _naming_words(option: OptionView, said: set[str]) -> int:
    """How many words of the option an answer saying `said` names it by (0: not named)."""
    names = [_words(option.label), _words(option.value)]
    return max((len(words) for words in names if words and set(words) <= said), default=0)


def _words(text: str | None) -> list[str]:
    """The lower-cased, stemmed words of a text, stop words kept ('yes' and 'no' count)."""
    return [stem(word) for word in _WORD.findall((text or "").lower())]


def _unanswered(step: StepView) -> bool:
    """A question or clarification offering options, with nothing chosen or typed as one."""
    asks = _is_clarification(step) or squash(step.type).lower() == "question"
    typed = bool(squash(step.free_text)) and not step.was_free_text
    return asks and bool(step.options) and step.selected is None and not typed


def _answers(step: StepView, opener: StepView) -> bool:
    return _is_clarification(step) and step.selected is not None and _same_options(step, opener)


def _is_clarification(step: StepView) -> bool:
    return squash(step.type).lower() == "clarification"


def _same_options(left: StepView, right: StepView) -> bool:
    return [o.label.casefold() for o in left.options] == [o.label.casefold() for o in right.options]


def _unfolded(run: list[StepView]) -> list[StepView]:
    """A run no step answered: its question as it was, its clarifications as notes."""
    if not run:
        return []
    if _is_clarification(run[0]):
        return [_as_note(step) for step in run]
    return [run[0], *(_as_note(step) for step in run[1:])]


def _as_note(step: StepView) -> StepView:
    """A step as a clarification without options, so it becomes help text."""
    answer = step.free_text if step.was_free_text or step.selected is None else step.answer
    return StepView(order=step.order, type="clarification", text=step.text, free_text=answer)


def _kind(step: StepView) -> Kind:
    """What a step becomes: a decision, an action, the solution or a note."""
    step_type = squash(step.type).lower()
    if step_type in _SOLUTION_TYPES:
        return "solution"
    if step_type == "action":
        return "action"
    if step.options or step_type == "question":
        return "decision"
    if step_type == "clarification" or not squash(step.text):
        return "note"
    return "action"


def _note(step: StepView) -> str:
    """A clarification as one line of help text: what was asked, and the answer if any."""
    text = squash(step.text)
    answer = squash(step.answer)
    line = f"{text} — {answer}" if text and answer else text or answer
    return shorten(line, QUESTION_CHARS)


def _ids(kinds: Sequence[str], *, prefix: str, start: int) -> list[str]:
    """Slugs like 'q2', 'a3', 's4' for the planned nodes and the closing solution."""
    letters = [_LETTERS[kind] for kind in [*kinds, "solution"]]
    return [f"{prefix}{letter}{start + n}" for n, letter in enumerate(letters)]


def _chain(
    planned: Sequence[_Planned], leftover: list[str], ending: _Ending | None, ids: Sequence[str]
) -> list[Node]:
    """The planned steps as a linked path, ending in the solution node `ids[-1]`; without an
    ending, `ids[-1]` is a node of the flow the path leads to."""
    nodes: list[Node] = []
    for n, item in enumerate(planned):
        build = _decision if item.kind == "decision" else _action
        nodes.append(build(item.step, ids[n], ids[n + 1], _help(item.notes)))
    if ending is None:
        return nodes
    title = shorten(ending.title, TITLE_CHARS) or "Resolved"
    nodes.append(
        Node(
            id=ids[-1],
            type="solution",
            title=title,
            description=ending.description,
            help_text=_help(leftover),
        )
    )
    return nodes


def _help(notes: Sequence[str]) -> str | None:
    """Folded clarifications as help text, or None when there were none."""
    return " ".join(f"Asked: {note}" for note in notes) or None


def _ending(session: SessionView, solution_text: str | None) -> _Ending:
    """The solution the path ends in: the last solution step, the summary, or an escalation."""
    resolution = squash(session.resolution_summary)
    if _escalated(session):
        reason = squash(session.escalation_reason) or resolution or "not resolved in the session"
        return _Ending(title=f"Escalate: {reason}", description=_joined(reason, resolution))
    text = solution_text or resolution or "Resolved"
    return _Ending(title=text, description=_joined(text, resolution))


def _joined(text: str, resolution: str) -> str:
    """`text`, followed by the session's resolution summary when that says something else."""
    if resolution and resolution != text:
        text = f"{as_sentence(text)} Resolution: {resolution}"
    return shorten(text, TEXT_CHARS)


def _escalated(session: SessionView) -> bool:
    return squash(session.status).lower() == "escalated"


# --- nodes ---------------------------------------------------------------------------------


def _decision(step: StepView, node_id: str, next_id: str, help_text: str | None) -> Node:
    """A question step as a decision node: the taken option leads to `next_id`."""
    labels, taken = _fit(*_choices(step))
    ids = option_ids(node_id, [_value_of(step, label) for label in labels])
    options = [
        Option(id=ids[n], label=label, next_node_id=next_id if n == taken else None)
        for n, label in enumerate(labels)
    ]
    question = shorten(the_question(step.text), QUESTION_CHARS) or "Which of these applies?"
    return Node(
        id=node_id,
        type="decision",
        title=shorten(question, TITLE_CHARS),
        question=question,
        help_text=help_text,
        options=options,
    )


def _action(step: StepView, node_id: str, next_id: str, help_text: str | None) -> Node:
    """An action step as an action node whose description carries the result."""
    text = shorten(step.text, TEXT_CHARS) or f"Step {step.order + 1}"
    result = _result(step)
    description = f"{as_sentence(text)} Result: {result}" if result else text
    return Node(
        id=node_id,
        type="action",
        title=shorten(text, TITLE_CHARS),
        description=description,
        help_text=help_text,
        next_node_id=next_id,
    )


def _result(step: StepView) -> str:
    """'succeeded' / 'did not resolve', with the details after a dash, or ''."""
    outcome = {True: "succeeded", False: "did not resolve", None: ""}[step.action_success]
    details = shorten(step.action_details, TEXT_CHARS)
    return f"{outcome} — {details}" if outcome and details else outcome or details


def option_ids(node_id: str, values: Sequence[str | None]) -> list[str]:
    """Option ids `<node>_<value>` for options the session offered by a value (the way flows
    name them, so that later sessions recording that value are recognised), else
    `<node>-o<n>`; each id once in the node."""
    ids: list[str] = []
    for n, value in enumerate(values, start=1):
        slug = _SLUG.sub("-", (value or "").strip()).strip("-")
        wanted = f"{node_id}_{slug}" if slug else f"{node_id}-o{n}"
        ids.append(wanted if wanted not in ids else f"{node_id}-o{n}")
    return ids


def _value_of(step: StepView, label: str) -> str | None:
    """The value the session recorded for the offered option labelled `label`, if any."""
    wanted = label.casefold()
    for opt in step.options:
        shown = shorten(opt.label, LABEL_CHARS) or shorten(opt.value, LABEL_CHARS)
        if shown.casefold() == wanted and squash(opt.value):
            return opt.value
    return None


def _choices(step: StepView) -> tuple[list[str], int]:
    """The option labels presented (each once) plus the answer if it was not one; taken index."""
    labels: list[str] = []
    by_label: dict[str, int] = {}
    by_value: dict[str, int] = {}
    for n, opt in enumerate(step.options, start=1):
        label = shorten(opt.label, LABEL_CHARS) or shorten(opt.value, LABEL_CHARS) or f"Option {n}"
        position = by_label.setdefault(label.casefold(), len(labels))
        if position == len(labels):
            labels.append(label)
        by_value.setdefault(opt.value, position)
    typed = shorten(step.free_text, LABEL_CHARS)
    if step.selected and not (step.was_free_text and typed):
        if step.selected in by_value:
            return labels, by_value[step.selected]
        answer = shorten(step.selected, LABEL_CHARS) or NOT_RECORDED
    else:
        answer = typed or NOT_RECORDED
        marked = step.marked  # "c" where the question listed "c) Just one site"
        named = marked if marked is not None else _named_option(step.free_text, step.options)
        if named is not None and answer.casefold() not in by_label:
            return labels, by_value[step.options[named].value]
    if answer.casefold() in by_label:
        return labels, by_label[answer.casefold()]
    return [*labels, answer], len(labels)


def _fit(labels: list[str], taken: int) -> tuple[list[str], int]:
    """Bring the options to 2-5: add 'Other', or fold the surplus into 'Other (...)'."""
    if len(labels) < MIN_OPTIONS:
        taken_names = {label.casefold() for label in labels}
        return [*labels, "Other" if "other" not in taken_names else "Something else"], taken
    if len(labels) <= MAX_OPTIONS:
        return labels, taken
    others = [n for n in range(len(labels)) if n != taken][: MAX_OPTIONS - 2]
    keep = sorted([taken, *others])
    folded = ", ".join(labels[n] for n in range(len(labels)) if n not in keep)
    return [*(labels[n] for n in keep), f"Other ({shorten(folded, 70)})"], keep.index(taken)


# --- enhancements --------------------------------------------------------------------------


def _enhancement_payload(request: EnhancementRequest) -> dict[str, Any]:
    """Everything `EnhancementDraft` expects: the branch after the divergence, attached."""
    split = _split_index(request)
    attach_id = _branch_point(request.flow_tree, _attach_id(request, split))
    attach = node_index(request.flow_tree).get(attach_id)
    answer = _divergence_label(request, split)
    nodes, back = _branch(request, split)
    reused = _reusable_option(attach, answer)
    new_nodes = [_node_dict(node) for node in nodes]
    modified: list[dict[str, Any]] = []
    if reused is None:
        new_nodes[0] |= {"attach_after_node_id": attach_id, "new_option_label": answer}
    else:
        link = {"id": reused.id, "label": reused.label, "next_node_id": nodes[0].id}
        modified.append({"node_id": attach_id, "add_option": link})
    where = (attach.question or attach.title or attach_id) if attach else attach_id
    return {
        "title": _enhancement_title(request.flow_name, nodes[0], answer),
        "description": _enhancement_description(request, where, answer),
        "diff_description": _diff_description(nodes, where, answer, reused, back),
        "new_nodes": new_nodes,
        "modified_options": modified,
    }


def _branch(request: EnhancementRequest, split: int | None) -> tuple[list[Node], Node | None]:
    """The steps after the split as a path of new nodes, with ids unused in the flow, and
    the flow's node it leads back to (None: it ends in a solution of its own).

    When the session came back to the flow further down, the branch is the steps in
    between, leading to the node it came back at; else every step after the split."""
    steps = request.session.steps[split + 1 :] if split is not None else request.session.steps
    rejoined = _rejoined(request, split)
    if rejoined is not None:
        back, between = rejoined
        planned, leftover, _ = _plan(steps[:between])
        if planned:
            return _path(request, planned, leftover, None, back.id), back
    planned, leftover, solution_text = _plan(steps)
    ending = _ending(request.session, solution_text)
    return _path(request, planned, leftover, ending, None), None


def _rejoined(request: EnhancementRequest, split: int | None) -> tuple[Node, int] | None:
    """The flow's node the session came back to after the split, and how many steps it
    took in between; None when it did not come back."""
    start = 0 if split is None else split + 1
    if request.rejoin_step is None or request.rejoin_step <= start:
        return None
    back = node_index(request.flow_tree).get(request.rejoin_node_id or "")
    return None if back is None else (back, request.rejoin_step - start)


def _path(
    request: EnhancementRequest,
    planned: Sequence[_Planned],
    leftover: list[str],
    ending: _Ending | None,
    back: str | None,
) -> list[Node]:
    """The planned steps as new nodes with free ids, ending in `ending` or leading `back`."""
    kinds = [p.kind for p in planned]
    ids = _ids(kinds, prefix=_free_prefix(request.flow_tree, kinds), start=1)
    return _chain(planned, leftover, ending, ids if back is None else [*ids[:-1], back])


def _split_index(request: EnhancementRequest) -> int | None:
    """The step where the session left the flow; the branch is what comes after it.

    The step before the branch's first when the alignment says where that is (None when the
    branch is every step); else the last step mapped to the divergence node (preferring one
    whose answer is the divergence answer); else the first free-text step; else the last
    mapped step; else None (all steps).
    """
    if request.branch_start is not None:
        return request.branch_start - 1 if request.branch_start > 0 else None
    steps = request.session.steps
    mapped = list(request.step_nodes[: len(steps)])
    at_node = [
        n for n, node_id in enumerate(mapped) if node_id and node_id == request.divergence_node_id
    ]
    wanted = squash(request.divergence_answer).casefold()
    same_answer = [n for n in at_node if wanted and squash(steps[n].answer).casefold() == wanted]
    if at_node:
        return (same_answer or at_node)[-1]
    free = [n for n, step in enumerate(steps) if step.was_free_text and not step.was_skipped]
    if free:
        return free[0]
    any_mapped = [n for n, node_id in enumerate(mapped) if node_id]
    return any_mapped[-1] if any_mapped else None


def _attach_id(request: EnhancementRequest, split: int | None) -> str:
    """The divergence node if the flow has it, else the node of the split step, else the root."""
    index = node_index(request.flow_tree)
    if request.divergence_node_id and request.divergence_node_id in index:
        return request.divergence_node_id
    if split is not None and split < len(request.step_nodes):
        step_node = request.step_nodes[split]
        if step_node and step_node in index:
            return step_node
    return request.flow_tree.id


def _branch_point(tree: Tree, node_id: str) -> str:
    """Where a branch can hang: the node itself if a decision or an open action, else back.

    A solution must stay terminal and an action continues one way only, so from those the
    branch moves back to the nearest node before it that can take one (first found).
    """
    index = node_index(tree)
    parents: dict[str, list[str]] = {}
    for node in all_nodes(tree):
        for _, target in successors(node):
            parents.setdefault(target, []).append(node.id)
    queue, seen = [node_id], {node_id}
    while queue:
        current = index.get(queue.pop(0))
        if current is None:
            break
        if current.type == "decision" or (current.type == "action" and not current.next_node_id):
            return current.id
        fresh = [p for p in parents.get(current.id, []) if p not in seen]
        seen.update(fresh)
        queue.extend(fresh)
    return node_id


def _divergence_label(request: EnhancementRequest, split: int | None) -> str:
    """The answer that left the flow, shortened to an option label."""
    step_answer = request.session.steps[split].answer if split is not None else None
    return shorten(request.divergence_answer or step_answer, LABEL_CHARS) or "Other"


def _free_prefix(flow_tree: Tree, kinds: Sequence[str]) -> str:
    """'enh-' (or 'enh2-', 'enh3-'...) so that no new id collides with one in the flow."""
    taken = set(node_index(flow_tree))
    attempt = 1
    while True:
        prefix = f"{ENHANCEMENT_PREFIX}{attempt if attempt > 1 else ''}-"
        if not taken.intersection(_ids(kinds, prefix=prefix, start=1)):
            return prefix
        attempt += 1


def _reusable_option(node: Node | None, answer: str) -> Option | None:
    """An unexplored option of the attach node to point at the branch instead of adding one.

    One labelled like the answer; or, when the node already has 5 options, an 'Other...' one.
    """
    if node is None or node.type != "decision":
        return None
    unexplored = [opt for opt in node.options if not squash(opt.next_node_id)]
    for opt in unexplored:
        if squash(opt.label).casefold() == answer.casefold():
            return opt
    if len(node.options) < MAX_OPTIONS:
        return None
    return next(
        (opt for opt in unexplored if squash(opt.label).casefold().startswith(_OTHER_PREFIXES)),
        None,
    )


def _node_dict(node: Node) -> dict[str, Any]:
    """A node as plain JSON data without nulls or empty option lists."""
    data = node.model_dump(mode="json", exclude_none=True)
    if not data.get("options"):
        data.pop("options", None)
    return data


def _enhancement_title(flow_name: str, first: Node, answer: str) -> str:
    """Names the flow and what the new branch does first (an answer alone, such as 'Yes',
    says little in a queue)."""
    step = first.title or first.question or answer
    return f"{shorten(flow_name, LABEL_CHARS)}: add '{shorten(step, LABEL_CHARS)}'"


def _enhancement_description(request: EnhancementRequest, where: str, answer: str) -> str:
    """Why the enhancement: where the session left the flow and what it was about."""
    flow = shorten(request.flow_name, LABEL_CHARS)
    question = shorten(where, QUESTION_CHARS)
    problem = first_sentence(request.session.problem_summary)
    about = f" The session was about: {problem}." if problem else ""
    return f"A session left '{flow}' at '{question}' with the answer '{answer}'.{about}"


def _diff_description(
    nodes: Sequence[Node], where: str, answer: str, reused: Option | None, back: Node | None
) -> str:
    """The change in words: which branch, where, how many steps, ending in what (a solution,
    or the flow's node it leads back to)."""
    count = len(nodes)
    steps = f"{count} step" if count == 1 else f"{count} steps"
    question = shorten(where, QUESTION_CHARS)
    if back is None:
        ending = f"ending in '{nodes[-1].title or 'a solution'}'"
    else:
        ending = f"leading back to '{shorten(back.title or back.question or back.id, LABEL_CHARS)}'"
    if reused is not None:
        return (
            f"Points the unexplored option '{reused.label}' of '{question}' to a new branch "
            f"('{answer}') with {steps} {ending}."
        )
    return f"Adds a branch '{answer}' after '{question}' with {steps} {ending}."


# --- text ----------------------------------------------------------------------------------


def _texts(session: SessionView) -> list[str]:
    """Every text of the session besides the summary, for keywords and domain rules."""
    texts = [session.resolution_summary or "", session.escalation_reason or ""]
    for step in session.steps:
        texts.extend([step.text, step.answer or "", step.action_details or ""])
    return [text for text in texts if text]


def _session_text(session: SessionView) -> str:
    """The session as a prompt would carry it, for the input-token estimate."""
    lines = [
        f"Problem: {session.problem_summary or 'Unknown'}",
        f"Domain: {session.problem_domain or 'Unknown'}",
        f"Resolution: {session.resolution_summary or 'No summary'}",
    ]
    if session.escalation_reason:
        lines.append(f"Escalation reason: {session.escalation_reason}")
    for step in session.steps:
        lines.append(f"Step {step.order + 1} [{step.type}]: {step.text}")
        if step.options:
            lines.append("  Options: " + ", ".join(opt.label for opt in step.options))
        answer = "Skipped" if step.was_skipped else step.answer
        if answer:
            lines.append(f"  -> {answer}")
        if step.action_success is not None or step.action_details:
            lines.append(f"  -> Result: {_result(step)}")
    return "\n".join(lines)
