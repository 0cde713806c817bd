"""The labelled data set of an evaluation folder: its flows, its sessions and the flow
and path each session truly followed; and a session record read as the analyzer reads
it."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flywheel.errors import FlywheelError
from flywheel.models import SessionStep, SupportSession
from flywheel.transcript import SessionView, session_view
from flywheel.trees import Tree, parse_tree


@dataclass(frozen=True)
class Label:
    """The flow a session truly followed and the node ids it visited, in order."""

    flow_id: str
    path: tuple[str, ...]


ARRIVAL_SEED = 1125  # the one shuffle that orders sessions a set gives no times for


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

    def arrivals(self) -> list[dict[str, Any]]:
        """Every labelled session in the order a help desk would have resolved them: by
        `resolved_at`; those without one (and ties) in an order shuffled once with a fixed
        seed. So one problem's sessions arrive among the other problems', as they do, and
        not together, as a file grouped by flow has them."""
        shuffled = list(self.sessions)
        random.Random(ARRIVAL_SEED).shuffle(shuffled)
        return sorted(shuffled, key=lambda session: str(session.get("resolved_at") or ""))


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
