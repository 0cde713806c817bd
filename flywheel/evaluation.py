"""`flywheel eval DIR`: how well matching, routing, enhancement and mining do on labelled data.

DIR holds `flows.json`, `sessions.json` and `labels.json` (see the interchange format). Each
experiment imports what it needs into a fresh temporary SQLite database, runs the analyzer
with the chosen provider (offline by default) exactly as production does, and reads back
what a user would see: analyses, proposals and their trees.

1. matching: every flow in the library, sessions stripped of any upstream match. Top-1 flow
   accuracy; end-node accuracy (the end node is the labelled path's last node); decision-path
   recall (share of the labelled path's decision nodes the alignment visits, the ones the
   opening statement answered included), averaged over sessions.
2. routing (same run): share of sessions reinforcing their flow, and the share the original
   rule (any free-text step means divergence) would have reinforced.
3. enhancement: per flow, the branch below the root that most labelled sessions traverse is
   cut (its option left unexplored, its subtree removed); those sessions are analysed: the
   share whose enhancement (drafted, or joined as evidence when a like one was pending)
   attaches at the cut node, the recall of the cut nodes they traversed among the
   proposals' new nodes (nodes matched by text), and how many pending enhancements of the
   flow they end in (ideal 1: one missing branch, one proposal).
4. mining: one flow at a time is removed from the library and its sessions are analysed: how
   many pending proposals they end in (ideal 1), and the branch recall of the largest one
   against the branches the sessions traversed (nodes matched by text), beside the recall
   of the flow itself worded as its sessions worded it (`ideal_proposal`: how far words
   alone keep a proposal from the flow). And, since unrelated
   problems must not be merged together: with every flow removed at once and every session
   analysed, how many sessions end in a proposal most of whose sessions are of another flow.

Metrics are pure functions of plain data, so tests can check their arithmetic by hand.
"""

from __future__ import annotations

import argparse
import copy
import json
import shutil
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from flywheel import db as dbmod
from flywheel.analyzer import analyze_session
from flywheel.config import Settings
from flywheel.errors import FlywheelError
from flywheel.interchange import import_document
from flywheel.llm.base import Provider
from flywheel.llm.factory import make_provider
from flywheel.matching import (
    PHRASINGS,
    align_prepared,
    content_words,
    cosine,
    idf_weights,
    node_text,
    normalized,
    phrasings,
    prepare_flow,
    read_trail,
    tfidf,
)
from flywheel.mining import MAX_PHRASINGS
from flywheel.models import Analysis, Proposal, SessionStep, SupportSession
from flywheel.transcript import SessionView, session_view
from flywheel.trees import Node, Tree, node_index, parse_tree, tree_to_dict, walk

ACCOUNT = "eval"
EXPERIMENTS = ("matching", "routing", "enhancement", "mining")
MISSES = "misses"  # the key of each experiment's missed sessions (`flywheel eval --misses`)
SAME_NODE = 0.3  # text similarity at which a drafted node counts as a flow's node
UNLIMITED = 10**9
AIMS = {
    "top1_accuracy": 0.99,
    "end_node_accuracy": 0.97,
    "decision_path_recall": 0.95,
    "reinforced_share": 0.97,
    "attach_share": 0.90,
    "mining_branch_recall": 0.90,
}


# --- the data set ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    """The flow a session truly followed and the node ids it visited, in order."""

    flow_id: str
    path: tuple[str, ...]


@dataclass(frozen=True)
class Dataset:
    flows: list[dict[str, Any]]
    sessions: list[dict[str, Any]]
    labels: dict[str, Label]

    def flow(self, flow_id: str) -> dict[str, Any]:
        """The flow record with this id."""
        return next(f for f in self.flows if f["id"] == flow_id)

    def tree(self, flow_id: str) -> Tree:
        """The tree of the flow with this id."""
        return parse_tree(self.flow(flow_id)["tree_structure"])

    def sessions_of(self, flow_id: str) -> list[dict[str, Any]]:
        """The sessions labelled with this flow, in file order."""
        return [s for s in self.sessions if self.labels[s["id"]].flow_id == flow_id]


def load_dataset(directory: Path) -> Dataset:
    """The three files of an evaluation folder; sessions without a label are left out."""
    try:
        flows = _read(directory / "flows.json")["flows"]
        sessions = _read(directory / "sessions.json")["sessions"]
        raw = _read(directory / "labels.json")
    except (OSError, KeyError, ValueError) as exc:
        raise FlywheelError(f"Cannot read the evaluation folder {directory}: {exc}") from exc
    labels = {sid: Label(v["flow_id"], tuple(v["path"])) for sid, v in raw.items()}
    labelled = [s for s in sessions if s.get("id") in labels]
    return Dataset(flows=flows, sessions=labelled, labels=labels)


def _read(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def without_match(session: dict[str, Any]) -> dict[str, Any]:
    """A session with any upstream match taken out, so the product has to find it."""
    return {k: v for k, v in session.items() if k not in ("matched_flow_id", "match_score")}


# --- running the product -----------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What the analyzer recorded for one session, in external ids."""

    session_id: str
    outcome: str
    flow_id: str | None
    score: float | None
    source: str | None
    path: tuple[str, ...]
    end_node_id: str | None
    divergence_node_id: str | None
    proposal_id: int | None


@dataclass(frozen=True)
class ProposalView:
    id: int
    proposal_type: str
    status: str
    target_flow_id: str | None
    supporting: int
    data: dict[str, Any]
    diff: dict[str, Any] | None


@dataclass
class Run:
    """One experiment's analyses and proposals, and how long the analyses took."""

    outcomes: list[Outcome] = field(default_factory=list)
    proposals: list[ProposalView] = field(default_factory=list)
    seconds: float = 0.0


Progress = Callable[[str, int, int], None]  # (the run, sessions analysed, its sessions)


class Workspace:
    """Fresh temporary databases, copied from one migrated template, for each experiment.
    `progress` hears of every session analysed, the run named by the experiment under way
    (`stage`) and its number."""

    def __init__(
        self, folder: Path, settings: Settings, provider: Provider, progress: Progress | None = None
    ) -> None:
        self.folder = folder
        self.settings = settings
        self.provider = provider
        self.progress = progress
        self.stage = ""
        self.template = folder / "template.db"
        self.count = 0
        engine = dbmod.make_engine(f"sqlite:///{self.template}")
        dbmod.upgrade(engine)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()

    def run(self, flows: list[dict[str, Any]], sessions: list[dict[str, Any]]) -> Run:
        """Import the flows and sessions into a fresh database and analyse every session."""
        self.count += 1
        target = self.folder / f"run{self.count}.db"
        shutil.copyfile(self.template, target)
        engine = dbmod.make_engine(f"sqlite:///{target}")
        try:
            return self._run(dbmod.session_factory(engine), flows, sessions)
        finally:
            engine.dispose()
            target.unlink(missing_ok=True)

    def _run(self, factory: Any, flows: list[Any], sessions: list[Any]) -> Run:
        document = {"format": "knowledge-flywheel/v1", "account": ACCOUNT}
        with dbmod.transaction(factory) as db:
            import_document(
                db,
                document | {"flows": flows, "sessions": sessions},
                source="eval",
                default_account=ACCOUNT,
            )
        with factory() as db:
            ids = list(db.scalars(select(SupportSession.id).order_by(SupportSession.id)))
        started = time.perf_counter()
        for done, session_id in enumerate(ids, 1):
            with factory() as db:
                analyze_session(db, session_id, settings=self.settings, provider=self.provider)
            if self.progress is not None:
                self.progress(f"{self.stage}, run {self.count}", done, len(ids))
        seconds = time.perf_counter() - started
        with factory() as db:
            return Run(_outcomes(db), _proposals(db), seconds)


@contextmanager
def workspace(
    settings: Settings, provider: Provider, progress: Progress | None = None
) -> Iterator[Workspace]:
    """A workspace in a temporary folder, removed with everything in it afterwards."""
    with tempfile.TemporaryDirectory(prefix="flywheel-eval-") as folder:
        yield Workspace(Path(folder), settings, provider, progress)


def _outcomes(db: Session) -> list[Outcome]:
    analyses = db.scalars(
        select(Analysis)
        .where(Analysis.is_current.is_(True))
        .options(selectinload(Analysis.session), selectinload(Analysis.matched_flow))
        .order_by(Analysis.session_id)
    )
    return [_outcome(analysis) for analysis in analyses]


def _outcome(analysis: Analysis) -> Outcome:
    alignment = analysis.alignment or {}
    return Outcome(
        session_id=analysis.session.external_id,
        outcome=analysis.outcome,
        flow_id=analysis.matched_flow.external_id if analysis.matched_flow else None,
        score=analysis.match_score,
        source=analysis.match_source,
        path=tuple(alignment.get("path") or ()),
        end_node_id=analysis.end_node_id,
        divergence_node_id=analysis.divergence_node_id,
        proposal_id=analysis.proposal_id,
    )


def _proposals(db: Session) -> list[ProposalView]:
    rows = db.scalars(
        select(Proposal).options(selectinload(Proposal.target_flow)).order_by(Proposal.id)
    )
    return [
        ProposalView(
            id=p.id,
            proposal_type=p.proposal_type,
            status=p.status,
            target_flow_id=p.target_flow.external_id if p.target_flow else None,
            supporting=p.supporting_session_count,
            data=p.proposed_flow_data,
            diff=p.proposed_diff,
        )
        for p in rows
    ]


# --- metrics -----------------------------------------------------------------------------------


def share(flags: Iterable[bool]) -> float:
    """The share of true flags (0 for none)."""
    values = list(flags)
    return sum(values) / len(values) if values else 0.0


def mean(values: Iterable[float]) -> float:
    """The mean (0 for none)."""
    found = list(values)
    return sum(found) / len(found) if found else 0.0


def decision_nodes(tree: Tree) -> set[str]:
    """The ids of the decision nodes reachable from the root."""
    return {node.id for node in walk(tree) if node.type == "decision"}


def path_recall(visited: Iterable[str], path: Sequence[str], decisions: set[str]) -> float:
    """The share of the labelled path's decision nodes among the nodes visited (1 if none)."""
    wanted = [node for node in dict.fromkeys(path) if node in decisions]
    seen = set(visited)
    return sum(node in seen for node in wanted) / len(wanted) if wanted else 1.0


def original_rule_reinforces(session: dict[str, Any]) -> bool:
    """The original routing: a matched session reinforces only if no step was free text."""
    return not any(step.get("was_free_text") for step in session.get("steps") or [])


class NodeMatcher:
    """Finds which node of a reference tree another node is, by the words they say: its
    text, any other wording sessions gave it when it was merged, and for a question the
    answers it offers (an agent rewords a question more than the answers it names: "is it
    when the laptop sleeps?" and "does it drop when the lid is closed?" are one question
    by their answers)."""

    def __init__(self, tree: Tree) -> None:
        nodes = walk(tree)
        words = [_said(node) for node in nodes]
        self.idf = idf_weights(words)
        self.unknown = max(self.idf.values(), default=1.0)
        self.nodes = [
            (n.id, n.type == "decision", tfidf(w, self.idf, self.unknown))
            for n, w in zip(nodes, words, strict=True)
        ]

    def find(self, node: Node) -> str | None:
        """The reference node of the same sort (a question, or not) saying most nearly the
        same, if at least SAME_NODE alike."""
        vector = tfidf(_said(node), self.idf, self.unknown)
        asks = node.type == "decision"
        scored = ((cosine(vector, v), i) for i, decision, v in self.nodes if decision == asks)
        best = max(scored, default=(0.0, None))
        return best[1] if best[0] >= SAME_NODE else None


def _said(node: Node) -> list[str]:
    """A node's words for `NodeMatcher`: its text, other wordings, a question's answers."""
    answers = [option.label for option in node.options] if node.type == "decision" else []
    return content_words(" ".join([node_text(node), *phrasings(node), *answers]))


def node_recall(wanted: set[str], drafted: Iterable[Node], matcher: NodeMatcher) -> float:
    """The share of `wanted` reference nodes that some drafted node matches by text."""
    found = {matcher.find(node) for node in drafted}
    return len(wanted & found) / len(wanted) if wanted else 1.0


Branch = tuple[str, str, str]  # decision node, option label, the node it leads to


def traversed_branches(tree: Tree, paths: Iterable[Sequence[str]]) -> set[Branch]:
    """Every (node, option label, next node) step the labelled paths took at a decision."""
    index = node_index(tree)
    found: set[Branch] = set()
    for path in paths:
        for here, there in pairwise(path):
            node = index.get(here)
            for option in node.options if node else []:
                if option.next_node_id == there:
                    found.add((here, normalized(option.label), there))
    return found


def branch_recall(
    proposal: Tree, branches: set[Branch], matcher: NodeMatcher, *, labelled: bool = False
) -> float:
    """The share of `branches` the proposal has: a node matching the decision with an
    explored option that leads (past nodes matching nothing) to the node matching the
    branch's next node. Whatever the option's label: a proposal knows only the agents'
    wording of an answer, and the way on from that question to that next node is the
    branch. `labelled`: the option's label must also be the flow's, word for word (the
    stricter reading, kept for comparison)."""
    if not branches:
        return 1.0
    index = node_index(proposal)
    same = {node.id: matcher.find(node) for node in walk(proposal)}
    found = sum(_has_branch(index, same, branch, labelled) for branch in branches)
    return found / len(branches)


def _has_branch(
    index: dict[str, Node], same: dict[str, str | None], branch: Branch, labelled: bool
) -> bool:
    here, label, there = branch
    for node_id, reference in same.items():
        if reference != here:
            continue
        for option in index[node_id].options:
            named = not labelled or normalized(option.label) == label
            if named and _reaches(index, same, option.next_node_id, there):
                return True
    return False


def _reaches(
    index: dict[str, Node], same: dict[str, str | None], start: str | None, wanted: str
) -> bool:
    """Whether `wanted` is at `start` or below it through nodes that match no flow node."""
    queue, seen = deque([start]), set()
    while queue:
        node_id = queue.popleft()
        if node_id is None or node_id in seen or node_id not in index:
            continue
        seen.add(node_id)
        if same.get(node_id) == wanted:
            return True
        if same.get(node_id) is None:
            node = index[node_id]
            queue.extend([o.next_node_id for o in node.options] + [node.next_node_id])
    return False


def ideal_proposal(tree: Tree, walked: Iterable[tuple[SessionView, Sequence[str]]]) -> Tree:
    """The proposal these sessions (each with its labelled path) would grow if mining put
    every step where the flow has it: the flow's own structure, every node worded as the
    sessions worded it (the first wording its text, the next ones, as many as mining keeps,
    its other phrasings) and every option taken labelled as most sessions labelled it; what
    no session said has no words. A step is the node it aligns to on the whole flow, when
    that node is on its labelled path. A proposal holds only what agents said: this tree's
    branch recall shows how much of a mined proposal's shortfall is the words rather than
    the mining."""
    ideal, flow = parse_tree(tree_to_dict(tree)), prepare_flow(tree)
    said: dict[str, list[str]] = {}
    labels: dict[tuple[str, str], Counter[str]] = {}
    for view, path in walked:
        alignment = align_prepared(flow, read_trail(view))
        taken, on = dict(alignment.branches), set(path)
        for step, node_id in zip(view.steps, alignment.step_nodes, strict=True):
            if node_id is None or node_id not in on or not step.text:
                continue
            wordings = said.setdefault(node_id, [])
            if step.text not in wordings:
                wordings.append(step.text)
            if node_id in taken and step.selected:
                offered = {option.value: option.label for option in step.options}
                votes = labels.setdefault((node_id, taken[node_id]), Counter())
                votes[offered.get(step.selected, step.selected)] += 1
    for node in walk(ideal):
        _word_as_said(node, said.get(node.id, []))
        for option in node.options:
            named = labels.get((node.id, option.id))
            option.label = named.most_common(1)[0][0] if named else ""
    return ideal


def _word_as_said(node: Node, wordings: list[str]) -> None:
    first, *others = wordings or [""]
    if node.type == "decision":
        node.question = first
    else:
        node.title, node.description = first, None
    setattr(node, PHRASINGS, others[:MAX_PHRASINGS])


def choose_cut(tree: Tree, paths: Iterable[Sequence[str]]) -> tuple[str, str] | None:
    """The (node, option) below the root that most labelled paths take and whose cut removes
    a subtree; ties go to the node first in the tree's document order. None when no path
    takes such a branch below the root.

    An option leading to a node the flow also reaches another way is no subtree: cut, it
    removes nothing, and the sessions that took it may still be explained by the other way
    (in a DAG), so they need not leave the flow there at all."""
    order = {node_id: n for n, node_id in enumerate(node_index(tree))}
    counts: Counter[tuple[str, str]] = Counter()
    index = node_index(tree)
    for path in paths:
        for here, there in pairwise(path):
            node = index.get(here)
            if node is None or here == tree.id:
                continue
            for option in node.options:
                if option.next_node_id == there:
                    counts[(here, option.id)] += 1
    subtrees = [key for key in counts if cut_branch(tree, *key)[1]]
    if not subtrees:
        return None
    return min(subtrees, key=lambda key: (-counts[key], order[key[0]], key[1]))


def cut_branch(tree: Tree, node_id: str, option_id: str) -> tuple[Tree, set[str]]:
    """The tree with one option left unexplored and the nodes only it reached removed."""
    data = copy.deepcopy(tree_to_dict(tree))
    for node in [data, *data.get("children", [])]:
        for option in node.get("options", []) if node["id"] == node_id else []:
            if option["id"] == option_id:
                option["next_node_id"] = None
    kept = {node.id for node in walk(parse_tree(data))}
    data["children"] = [c for c in data.get("children", []) if c["id"] in kept]
    removed = {node.id for node in walk(tree)} - kept
    return parse_tree(data), removed


# --- the experiments ---------------------------------------------------------------------------


def run_matching(data: Dataset, space: Workspace) -> dict[str, Any]:
    """Experiments 1 and 2 (one run: every flow, every session without its upstream match)."""
    run = space.run(data.flows, [without_match(s) for s in data.sessions])
    got = {o.session_id: o for o in run.outcomes}
    decisions = {f["id"]: decision_nodes(data.tree(f["id"])) for f in data.flows}
    right, ends, recalls, misses = [], [], [], []
    for session in data.sessions:
        label, outcome = data.labels[session["id"]], got.get(session["id"])
        hit = outcome is not None and outcome.flow_id == label.flow_id
        right.append(hit)
        ends.append(hit and outcome is not None and outcome.end_node_id == label.path[-1])
        path = outcome.path if hit and outcome is not None else ()
        recalls.append(path_recall(path, label.path, decisions[label.flow_id]))
        if not (ends[-1] and outcome is not None and outcome.outcome == "auto_reinforced"):
            misses.append(_matching_miss(session["id"], label, outcome))
    count = max(len(data.sessions), 1)
    return {
        "sessions": len(data.sessions),
        "top1_accuracy": share(right),
        "end_node_accuracy": share(ends),
        "decision_path_recall": mean(recalls),
        "reinforced_share": share(o.outcome == "auto_reinforced" for o in got.values()),
        "original_rule_reinforced_share": share(map(original_rule_reinforces, data.sessions)),
        "ms_per_session": 1000 * run.seconds / count,
        MISSES: misses,
    }


def _matching_miss(session_id: str, label: Label, outcome: Outcome | None) -> dict[str, Any]:
    """A session not reinforced at its labelled end: what it was routed to, and its walk."""
    found = (
        {}
        if outcome is None
        else {
            "outcome": outcome.outcome,
            "flow": outcome.flow_id,
            "score": outcome.score,
            "path": list(outcome.path),
            "divergence_node": outcome.divergence_node_id,
        }
    )
    return {
        "session": session_id,
        "labelled_flow": label.flow_id,
        "labelled_path": list(label.path),
        **found,
    }


def run_enhancement(data: Dataset, space: Workspace) -> dict[str, Any]:
    """Experiment 3: per flow, cut its busiest branch below the root and analyse its sessions."""
    cuts = {c.flow_id: c for f in data.flows if (c := _cut_of(data, f["id"])) is not None}
    per_flow = {flow_id: _enhancement_of(data, space, cut) for flow_id, cut in cuts.items()}
    total = {key: sum(r[key] for r in per_flow.values()) for key in _ENHANCEMENT_COUNTS}
    return {
        "attach_share": _ratio(total["attached"], total["sessions"], 0.0),
        "attach_share_when_asked": _ratio(total["attached_when_asked"], total["asked"], 0.0),
        "asked_share": _ratio(total["asked"], total["sessions"], 0.0),
        "cut_node_recall": _ratio(total["cut_nodes_found"], total["cut_nodes"], 1.0),
        "proposals_per_cut": _ratio(total["proposals"], len(per_flow), 0.0),
        "others_reinforced_share": _ratio(
            sum(r["others"]["reinforced"] for r in per_flow.values()),
            sum(r["others"]["sessions"] for r in per_flow.values()),
            1.0,
        ),
        "sessions": total["sessions"],
        "gaps": _with_gaps(data, space, cuts),
        "flows": per_flow,
    }


def _with_gaps(data: Dataset, space: Workspace, cuts: dict[str, Cut]) -> dict[str, Any]:
    """Each flow removed in turn from a library whose other flows all have a gap (their cut
    branch): how many of its sessions, a problem the library does not know, enhance one of
    the others (a branch proposed for the wrong problem) instead of proposing a new flow."""
    foreign: list[dict[str, Any]] = []
    for flow in data.flows:
        others = [
            cuts[f["id"]].record(f) if f["id"] in cuts else f
            for f in data.flows
            if f["id"] != flow["id"]
        ]
        run = space.run(others, [without_match(s) for s in data.sessions_of(flow["id"])])
        proposals = {p.id: p for p in run.proposals}
        foreign += [
            _enhancement_miss(o, proposals) | {"own_flow": flow["id"]}
            for o in run.outcomes
            if (p := proposals.get(o.proposal_id or -1)) is not None
            and p.proposal_type == "enhancement"
        ]
    return {
        "sessions": len(data.sessions),
        "foreign_enhancements": len(foreign),
        MISSES: foreign,
    }


_ENHANCEMENT_COUNTS = (
    "sessions",
    "attached",
    "asked",
    "attached_when_asked",
    "cut_nodes",
    "cut_nodes_found",
    "proposals",
)


def _ratio(part: int, whole: int, empty: float) -> float:
    return part / whole if whole else empty


@dataclass(frozen=True)
class Cut:
    """One flow's busiest branch below the root, cut away: where, and what is left."""

    flow_id: str
    at: tuple[str, str]  # the decision node and the option whose subtree is gone
    tree: Tree  # the flow's tree without it
    removed: set[str]  # the ids of the nodes that went with it

    def record(self, flow: dict[str, Any]) -> dict[str, Any]:
        """The flow's record with the cut tree."""
        return flow | {"tree_structure": tree_to_dict(self.tree)}


def _cut_of(data: Dataset, flow_id: str) -> Cut | None:
    """The flow's cut (`choose_cut`), None when no labelled path takes a branch to cut."""
    tree = data.tree(flow_id)
    at = choose_cut(tree, [data.labels[s["id"]].path for s in data.sessions_of(flow_id)])
    if at is None:
        return None
    return Cut(flow_id, at, *cut_branch(tree, *at))


def _enhancement_of(data: Dataset, space: Workspace, cut: Cut) -> dict[str, Any]:
    """Analyse the sessions that take the cut branch against the cut flow."""
    flow_id, (node_id, _) = cut.flow_id, cut.at
    tree = data.tree(flow_id)
    sessions = [
        s for s in data.sessions_of(flow_id) if _takes(data.labels[s["id"]].path, tree, cut.at)
    ]
    flows = [cut.record(f) if f["id"] == flow_id else f for f in data.flows]
    run = space.run(flows, [without_match(s) for s in sessions])
    proposals = {p.id: p for p in run.proposals}
    attached = {o.session_id for o in run.outcomes if attaches(o, proposals, flow_id, node_id)}
    whole = prepare_flow(tree)
    asked = {
        s["id"]
        for s in sessions
        if node_id in align_prepared(whole, read_trail(session_view_of(s))).step_nodes
    }
    wanted = {n for s in sessions for n in data.labels[s["id"]].path if n in cut.removed}
    found = _cut_nodes_found(tree, wanted, proposals.values(), flow_id)
    misses = [_enhancement_miss(o, proposals) for o in run.outcomes if o.session_id not in attached]
    taking = {s["id"] for s in sessions}
    others = [s for s in data.sessions_of(flow_id) if s["id"] not in taking]
    return {
        "cut": list(cut.at),
        "sessions": len(sessions),
        "attached": len(attached),
        "asked": len(asked),
        "attached_when_asked": len(attached & asked),
        "cut_nodes": len(wanted),
        "cut_nodes_found": found,
        "proposals": sum(_pending_enhancement(p, flow_id) for p in proposals.values()),
        MISSES: misses,
        "others": _bystanders(space, flows, others, flow_id),
    }


def _bystanders(
    space: Workspace, flows: list[dict[str, Any]], sessions: list[dict[str, Any]], flow_id: str
) -> dict[str, Any]:
    """The flow's sessions that do not take the cut branch, analysed against the cut flow on
    their own: they followed what is left of it, so each should still reinforce it (an
    enhancement found where there is none is a false alarm for the reviewer)."""
    run = space.run(flows, [without_match(s) for s in sessions])
    proposals = {p.id: p for p in run.proposals}
    missed = [
        o for o in run.outcomes if not (o.outcome == "auto_reinforced" and o.flow_id == flow_id)
    ]
    return {
        "sessions": len(sessions),
        "reinforced": len(run.outcomes) - len(missed),
        MISSES: [_enhancement_miss(o, proposals) for o in missed],
    }


def _enhancement_miss(outcome: Outcome, proposals: dict[int, ProposalView]) -> dict[str, Any]:
    """A session whose proposal does not attach at the cut: its outcome, and where it left."""
    proposal = proposals.get(outcome.proposal_id or -1)
    diff = proposal.diff if proposal is not None and proposal.diff else {}
    return {
        "session": outcome.session_id,
        "outcome": outcome.outcome,
        "flow": outcome.flow_id,
        "score": outcome.score,
        "divergence_node": outcome.divergence_node_id,
        "attached_at": diff.get("attach_node_id"),
    }


def _enhances(proposal: ProposalView, flow_id: str) -> bool:
    """Whether the proposal is an enhancement of the flow (in any status)."""
    return proposal.proposal_type == "enhancement" and proposal.target_flow_id == flow_id


def _pending_enhancement(proposal: ProposalView, flow_id: str) -> bool:
    return _enhances(proposal, flow_id) and proposal.status == "pending"


def _cut_nodes_found(
    tree: Tree, wanted: set[str], proposals: Iterable[ProposalView], flow_id: str
) -> int:
    """How many of the cut nodes the flow's enhancement proposals drafted (by text)."""
    drafted = [
        Node.model_validate(node)
        for p in proposals
        if _enhances(p, flow_id) and p.diff
        for node in p.diff.get("new_nodes", [])
    ]
    return round(node_recall(wanted, drafted, NodeMatcher(tree)) * len(wanted))


def session_view_of(record: dict[str, Any]) -> SessionView:
    """A session record as the analyzer reads it (through the same view, nothing stored)."""
    session = SupportSession(
        external_id=str(record.get("id", "")),
        status=record.get("status") or "resolved",
        problem_summary=record.get("problem_summary"),
        problem_domain=record.get("problem_domain"),
        resolution_summary=record.get("resolution_summary"),
        escalation_reason=record.get("escalation_reason"),
        steps=[
            SessionStep(
                step_order=step.get("step_order", n),
                step_type=step.get("step_type") or "",
                content=step.get("content") or {},
                options_presented=step.get("options_presented"),
                selected_option=step.get("selected_option"),
                free_text_input=step.get("free_text_input"),
                was_free_text=bool(step.get("was_free_text")),
                was_skipped=bool(step.get("was_skipped")),
                action_result=step.get("action_result"),
            )
            for n, step in enumerate(record.get("steps") or [])
        ],
    )
    return session_view(session)


def _takes(path: Sequence[str], tree: Tree, cut: tuple[str, str]) -> bool:
    node_id, option_id = cut
    target = next(o.next_node_id for o in node_index(tree)[node_id].options if o.id == option_id)
    return any(a == node_id and b == target for a, b in pairwise(path))


def attaches(outcome: Outcome, proposals: dict[int, ProposalView], flow_id: str, at: str) -> bool:
    """Whether the session's proposal, the one it drafted or the pending one it joined as
    evidence (`merged`), is an enhancement of the flow attaching its branch at `at`."""
    proposal = proposals.get(outcome.proposal_id or -1)
    if outcome.outcome not in ("enhancement", "merged") or proposal is None:
        return False
    if proposal.proposal_type != "enhancement" or proposal.diff is None:
        return False
    return proposal.target_flow_id == flow_id and proposal.diff.get("attach_node_id") == at


def run_mining(data: Dataset, space: Workspace) -> dict[str, Any]:
    """Experiment 4: remove one flow at a time and analyse its sessions against the rest."""
    per_flow = {f["id"]: _mining_of(data, space, f["id"]) for f in data.flows}
    counts = [r["proposals"] for r in per_flow.values()]
    return _mixing_of(data, space) | {
        "proposals_per_flow": mean(counts),
        "max_proposals": max(counts, default=0),
        "mining_branch_recall": mean(r["branch_recall"] for r in per_flow.values()),
        "mining_branch_recall_labelled": mean(
            r["branch_recall_labelled"] for r in per_flow.values()
        ),
        "mining_branch_recall_ideal": mean(r["branch_recall_ideal"] for r in per_flow.values()),
        "matched_elsewhere": sum(r["matched_elsewhere"] for r in per_flow.values()),
        "flows": per_flow,
    }


def _mining_of(data: Dataset, space: Workspace, flow_id: str) -> dict[str, Any]:
    sessions = data.sessions_of(flow_id)
    others = [f for f in data.flows if f["id"] != flow_id]
    run = space.run(others, [without_match(s) for s in sessions])
    proposals = {p.id: p for p in run.proposals}
    ended = {o.proposal_id for o in run.outcomes if o.proposal_id in proposals}
    pending = [proposals[i] for i in ended if proposals[i].status == "pending"]
    new_flows = [p for p in pending if "tree_structure" in p.data and p.proposal_type == "new_flow"]
    largest = max(new_flows, key=lambda p: (p.supporting, -p.id), default=None)
    tree = data.tree(flow_id)
    branches = traversed_branches(tree, [data.labels[s["id"]].path for s in sessions])
    recall = labelled = 0.0
    matcher = NodeMatcher(tree)
    if largest is not None:
        mined = parse_tree(largest.data["tree_structure"])
        recall = branch_recall(mined, branches, matcher)
        labelled = branch_recall(mined, branches, matcher, labelled=True)
    walked = [(session_view_of(s), data.labels[s["id"]].path) for s in sessions]
    ideal = branch_recall(ideal_proposal(tree, walked), branches, matcher)
    return {
        "sessions": len(sessions),
        "proposals": len(pending),
        "largest_supporting": largest.supporting if largest else 0,
        "branches": len(branches),
        "branch_recall": recall,
        "branch_recall_labelled": labelled,
        "branch_recall_ideal": ideal,
        "matched_elsewhere": sum(
            o.outcome in ("auto_reinforced", "enhancement") for o in run.outcomes
        ),
    }


def _mixing_of(data: Dataset, space: Workspace) -> dict[str, Any]:
    """Every flow removed, every labelled session analysed: sessions in another's proposal."""
    labelled = [(f["id"], s) for f in data.flows for s in data.sessions_of(f["id"])]
    flow_of = {session["id"]: flow_id for flow_id, session in labelled}
    run = space.run([], [without_match(session) for _, session in labelled])
    pending = {p.id for p in run.proposals if p.status == "pending"}
    ends = [
        (o.proposal_id, flow_of[o.session_id], o.session_id)
        for o in run.outcomes
        if o.proposal_id in pending
    ]
    away = astray(ends)
    return {
        "mixing_sessions": len(flow_of),
        "mixing_misplaced": len(away),
        MISSES: [
            {"session": s, "flow": flow, "proposal": p, "proposal_flow": main}
            for p, flow, s, main in away
        ],
    }


def astray(
    ends: Iterable[tuple[int | None, str, str]],
) -> list[tuple[int | None, str, str, str]]:
    """Of (proposal, flow, session) triples, the sessions sitting in a proposal beside more
    sessions of another flow (each proposal's sessions but those of its most frequent flow;
    of equals, the first met), each with that flow."""
    ends = list(ends)
    flows: dict[int | None, Counter[str]] = {}
    for proposal, flow, _ in ends:
        flows.setdefault(proposal, Counter())[flow] += 1
    main = {proposal: counts.most_common(1)[0][0] for proposal, counts in flows.items()}
    return [(p, flow, s, main[p]) for p, flow, s in ends if flow != main[p]]


# --- the report ----------------------------------------------------------------------------


RUNNERS = {"matching": run_matching, "enhancement": run_enhancement, "mining": run_mining}


def evaluate(
    data: Dataset,
    *,
    settings: Settings,
    provider: Provider,
    experiments: Sequence[str],
    misses: bool = False,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Run the chosen experiments (routing comes with matching) and collect their metrics;
    with `misses`, also the sessions each one missed (`MISSES` lists). `progress` hears of
    each session analysed (see `Workspace`)."""
    wanted = {"matching" if name == "routing" else name for name in experiments}
    results: dict[str, Any] = {"provider": provider.name}
    with workspace(settings, provider, progress) as space:
        for name, runner in RUNNERS.items():
            if name in wanted:
                space.stage = name
                results[name] = runner(data, space)
    return results if misses else _without_misses(results)


def _without_misses(value: Any) -> Any:
    """The results with every `MISSES` list taken out, however deep."""
    if isinstance(value, dict):
        return {k: _without_misses(v) for k, v in value.items() if k != MISSES}
    return value


def render_table(results: dict[str, Any]) -> str:
    """The metrics as an aligned text table with the aims next to them, then the sessions
    each experiment missed when the results hold them."""
    rows = [("experiment", "metric", "value", "aim")]
    rows += _rows(results)
    widths = [max(len(row[n]) for row in rows) for n in range(4)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join([*(line.rstrip() for line in lines), *_miss_lines(results)])


def _miss_lines(results: dict[str, Any]) -> list[str]:
    """One line per missed session, under a heading per experiment (nothing without them)."""
    groups = [
        ("matching: not reinforced at the labelled end", results.get("matching", {})),
        *(
            group
            for flow, r in results.get("enhancement", {}).get("flows", {}).items()
            for group in (
                (f"enhancement, {flow} cut at {' / '.join(r['cut'])}: not attached", r),
                (f"enhancement, {flow}: off the cut, not reinforced", r.get("others", {})),
            )
        ),
        (
            "enhancement, own flow removed, the others cut: enhancing another flow",
            results.get("enhancement", {}).get("gaps", {}),
        ),
        ("mining: in another problem's proposal", results.get("mining", {})),
    ]
    lines: list[str] = []
    for heading, result in groups:
        if result.get(MISSES):
            lines += ["", f"{heading}:"]
            lines += ["  " + _miss_text(miss) for miss in result[MISSES]]
    return lines


def _miss_text(miss: dict[str, Any]) -> str:
    score = miss.get("score")
    fields = {**miss, "score": f"{score:.2f}" if isinstance(score, float) else score}
    return "  ".join(
        f"{key}={' '.join(map(str, value)) if isinstance(value, list) else value}"
        for key, value in fields.items()
        if value is not None
    )


Row = tuple[str, str, str, str]


def _rows(results: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    for name, rows_of in (
        ("matching", _matching_rows),
        ("enhancement", _enhancement_rows),
        ("mining", _mining_rows),
    ):
        if results.get(name):
            rows += rows_of(results[name])
    return rows


def _matching_rows(m: dict[str, Any]) -> list[Row]:
    return [
        ("matching", "top-1 flow accuracy", _pct(m["top1_accuracy"]), ">= 99%"),
        ("matching", "end-node accuracy", _pct(m["end_node_accuracy"]), ">= 97%"),
        ("matching", "decision-path recall", _pct(m["decision_path_recall"]), ">= 95%"),
        ("routing", "routed to reinforcement", _pct(m["reinforced_share"]), ">= 97%"),
        ("routing", "original rule would", _pct(m["original_rule_reinforced_share"]), ""),
        ("timing", "analysis per session", f"{m['ms_per_session']:.1f} ms", ""),
    ]


def _enhancement_rows(e: dict[str, Any]) -> list[Row]:
    return [
        ("enhancement", "attached at the cut node", _pct(e["attach_share"]), ">= 90%"),
        ("enhancement", "  trail asks the cut node", _pct(e["asked_share"]), ""),
        ("enhancement", "  attached when it asks", _pct(e["attach_share_when_asked"]), ""),
        ("enhancement", "cut-node recall", _pct(e["cut_node_recall"]), ""),
        ("enhancement", "proposals per cut", f"{e['proposals_per_cut']:.2f}", ""),
        ("enhancement", "off the cut, still reinforced", _pct(e["others_reinforced_share"]), ""),
        ("enhancement", "own flow removed: enhancing another", _foreign(e), "0"),
    ]


def _foreign(e: dict[str, Any]) -> str:
    gaps = e.get("gaps")
    return f"{gaps['foreign_enhancements']} of {gaps['sessions']} sessions" if gaps else "-"


def _mining_rows(g: dict[str, Any]) -> list[Row]:
    count = f"{g['proposals_per_flow']:.2f} (max {g['max_proposals']})"
    return [
        ("mining", "pending proposals per flow", count, "<= 2"),
        ("mining", "branch recall, largest", _pct(g["mining_branch_recall"]), ">= 90%"),
        ("mining", "  the flow in its sessions' words", _ideal(g), ""),
        ("mining", "sessions matched elsewhere", str(g["matched_elsewhere"]), "0"),
        ("mining", "in another problem's proposal", _mixed(g), "0"),
    ]


def _ideal(g: dict[str, Any]) -> str:
    ideal = g.get("mining_branch_recall_ideal")
    return "-" if ideal is None else _pct(ideal)


def _mixed(g: dict[str, Any]) -> str:
    if "mixing_misplaced" not in g:
        return "-"
    return f"{g['mixing_misplaced']} of {g['mixing_sessions']} sessions"


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def main_eval(
    args: argparse.Namespace, settings: Settings | None = None, progress: Progress | None = None
) -> dict[str, Any]:
    """`flywheel eval DIR [--provider NAME] [--experiments a,b] [--misses] [--json]`: text and
    JSON.

    `settings` (thresholds, provider keys) default to the environment's; the experiments'
    own temporary databases are used whatever the database URL, with no LLM budget limit.
    """
    experiments = _experiments(getattr(args, "experiments", None))
    unlimited = {
        "daily_llm_call_budget": UNLIMITED,
        "daily_llm_token_budget": None,
        "daily_llm_cost_budget_usd": None,
    }
    base = settings or Settings(database_url="sqlite://")
    settings = base.model_copy(update=unlimited)
    provider = make_provider(settings, getattr(args, "provider", None))
    data = load_dataset(Path(args.dir))
    misses = bool(getattr(args, "misses", False))
    results = evaluate(
        data,
        settings=settings,
        provider=provider,
        experiments=experiments,
        misses=misses,
        progress=progress,
    )
    return {"text": render_table(results), "json": results}


def _experiments(raw: str | None) -> list[str]:
    names = [n.strip() for n in (raw or ",".join(EXPERIMENTS)).split(",") if n.strip()]
    unknown = [n for n in names if n not in EXPERIMENTS]
    if unknown:
        raise FlywheelError(
            f"Unknown experiment(s) {', '.join(unknown)}; choose from {', '.join(EXPERIMENTS)}."
        )
    return names
