"""The flow library: search, a flow with its versions and traffic, roll-back, and exports.

Every function takes the account slug and scopes its queries by it, so another account's
flow id is simply "not found". Writes (roll-back) flush but leave the commit to the caller.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from flywheel import auth, render
from flywheel.accounts import get_account
from flywheel.errors import Conflict, InvalidInput, NotFound
from flywheel.interchange import FORMAT
from flywheel.interchange.exporter import flow_record
from flywheel.models import Account, AuditEvent, Flow, FlowTraffic, FlowVersion
from flywheel.trees import Tree, node_index, parse_tree

ExportKind = Literal["json", "dot", "svg", "png"]
EXPORT_KINDS: tuple[ExportKind, ...] = ("json", "dot", "svg", "png")
IMAGE_KINDS: tuple[ExportKind, ...] = ("svg", "png")
NO_DOT_MESSAGE = render.NO_DOT_MESSAGE
_MIME = {
    "json": "application/json",
    "dot": "text/vnd.graphviz",
    "svg": "image/svg+xml",
    "png": "image/png",
}
_CONTENT = ("name", "description", "problem_domain", "match_keywords", "tree_structure")


@dataclass(frozen=True)
class FlowSummary:
    """One row of the library listing."""

    id: int
    external_id: str
    name: str
    problem_domain: str | None
    match_keywords: list[str]
    status: str
    success_rate: float | None
    times_matched: int
    last_matched_at: datetime | None
    current_version: int


def _account_id(db: Session, account: str) -> int | None:
    return db.scalar(select(Account.id).where(Account.slug == account))


def list_flows(
    db: Session,
    *,
    account: str,
    text: str | None = None,
    domain: str | None = None,
    limit: int = 500,
) -> list[FlowSummary]:
    """The account's flows by name; `text` searches name, keywords and domain (any case)."""
    account_id = _account_id(db, account)
    if account_id is None:
        return []
    query = select(Flow).where(Flow.account_id == account_id)
    if text and text.strip():
        needle = text.strip()
        query = query.where(
            or_(
                Flow.name.icontains(needle, autoescape=True),
                Flow.problem_domain.icontains(needle, autoescape=True),
                cast(Flow.match_keywords, String).icontains(needle, autoescape=True),
            )
        )
    if domain:
        query = query.where(Flow.problem_domain == domain)
    flows = db.scalars(query.order_by(func.lower(Flow.name), Flow.id).limit(limit))
    return [_summary(flow) for flow in flows]


def _summary(flow: Flow) -> FlowSummary:
    return FlowSummary(
        id=flow.id,
        external_id=flow.external_id,
        name=flow.name,
        problem_domain=flow.problem_domain,
        match_keywords=[str(k) for k in flow.match_keywords],
        status=flow.status,
        success_rate=flow.success_rate,
        times_matched=flow.times_matched,
        last_matched_at=flow.last_matched_at,
        current_version=flow.current_version,
    )


def list_domains(db: Session, *, account: str) -> list[str]:
    """The problem domains the account's flows cover, for the library's filter."""
    account_id = _account_id(db, account)
    query = (
        select(Flow.problem_domain)
        .where(Flow.account_id == account_id, Flow.problem_domain.is_not(None))
        .distinct()
        .order_by(Flow.problem_domain)
    )
    return [str(domain) for domain in db.scalars(query)]


def get_flow(db: Session, *, account: str, flow_id: int) -> Flow:
    """A flow of this account; another account's id is not found."""
    account_id = get_account(db, account).id
    flow = db.scalar(select(Flow).where(Flow.id == flow_id, Flow.account_id == account_id))
    if flow is None:
        raise NotFound(f"There is no flow #{flow_id} in account {account!r}.")
    return flow


def list_versions(db: Session, *, account: str, flow_id: int) -> list[FlowVersion]:
    """The flow's versions, newest first."""
    flow = get_flow(db, account=account, flow_id=flow_id)
    query = (
        select(FlowVersion)
        .where(FlowVersion.flow_id == flow.id)
        .order_by(FlowVersion.version.desc())
    )
    return list(db.scalars(query))


def get_version(db: Session, *, account: str, flow_id: int, version: int) -> FlowVersion:
    """One version of one of the account's flows."""
    flow = get_flow(db, account=account, flow_id=flow_id)
    found = db.scalar(
        select(FlowVersion).where(FlowVersion.flow_id == flow.id, FlowVersion.version == version)
    )
    if found is None:
        raise NotFound(f"Flow {flow.name!r} has no version {version}.")
    return found


def flow_traffic(db: Session, *, account: str, flow_id: int) -> render.Traffic:
    """How often reinforcing sessions passed each node and took each branch of the flow.

    FlowTraffic keys are a node id or "<node id>:<option id>"; a key naming a node of the
    current tree is a node count (ids may contain colons), anything else a branch.
    """
    flow = get_flow(db, account=account, flow_id=flow_id)
    nodes = set(node_index(parse_tree(flow.tree_structure)))
    traffic = render.Traffic()
    rows = db.execute(
        select(FlowTraffic.key, FlowTraffic.count).where(FlowTraffic.flow_id == flow.id)
    )
    for key, count in rows:
        (traffic.nodes if key in nodes else traffic.edges)[key] = int(count)
    return traffic


def flow_tree(flow: Flow | FlowVersion) -> Tree:
    """The parsed tree of a flow or of one of its versions."""
    return parse_tree(flow.tree_structure)


# --- roll-back -------------------------------------------------------------------------------


def rollback(
    db: Session,
    *,
    account: str,
    flow_id: int,
    version: int,
    actor: str,
    expected_row_version: int,
    note: str | None = None,
    user_id: str | None = None,
) -> Flow:
    """Make an old version current again, as a new version (history is never rewritten).

    `expected_row_version` is the flow's `row_version` when the user looked at it; if the
    flow changed since, Conflict says who changed it. Records an audit event; flushes, and
    the caller commits (or rolls back on an error). `user_id` (when signed in) must be a
    reviewer of the account.
    """
    auth.require(
        db, account=account, user_id=user_id, role=auth.REVIEWER, action="rolling back a flow"
    )
    flow = get_flow(db, account=account, flow_id=flow_id)
    if flow.row_version != expected_row_version:
        raise Conflict(_changed_since(db, flow))
    if version == flow.current_version:
        raise InvalidInput(f"Version {version} is already the current version of {flow.name!r}.")
    old = get_version(db, account=account, flow_id=flow_id, version=version)
    previous = flow.current_version
    for name in _CONTENT:
        setattr(flow, name, copy.deepcopy(getattr(old, name)))
    flow.current_version = previous + 1
    flow.snapshot(created_by=actor, note=note or f"rolled back to version {version}")
    db.add(
        AuditEvent(
            account_id=flow.account_id,
            actor=actor,
            action="flow.rolled_back",
            entity_type="flow",
            entity_id=flow.id,
            details={"from_version": previous, "to_version": version, "new_version": previous + 1},
        )
    )
    try:
        db.flush()
    except StaleDataError as exc:
        raise Conflict(f"Flow {flow_id} changed while you rolled it back; reload.") from exc
    return flow


def _changed_since(db: Session, flow: Flow) -> str:
    latest = db.scalar(
        select(FlowVersion)
        .where(FlowVersion.flow_id == flow.id)
        .order_by(FlowVersion.version.desc())
        .limit(1)
    )
    who = f" by {latest.created_by}" if latest and latest.created_by else ""
    return (
        f"Flow {flow.name!r} was changed{who} since you opened it (it is at version "
        f"{flow.current_version} now); reload and try again."
    )


# --- exports ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Export:
    """A file to download: its name, MIME type and bytes."""

    file_name: str
    mime: str
    data: bytes


def images_available() -> bool:
    """Whether SVG and PNG exports can be made (they need Graphviz's `dot` program)."""
    return shutil.which("dot") is not None


def export_flow(flow: Flow, *, account: str, kind: ExportKind) -> Export:
    """The flow as an interchange JSON document, DOT source, SVG or PNG.

    SVG and PNG raise FlywheelError with a plain message when `dot` is not installed.
    """
    return Export(
        file_name=export_flow_name(flow, kind),
        mime=export_mime(kind),
        data=_export_bytes(flow, account, kind),
    )


def export_flow_name(flow: Flow, kind: ExportKind) -> str:
    """A safe file name for an export: the flow's id, its version and the format."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", flow.external_id).strip("-.") or "flow"
    return f"{stem}-v{flow.current_version}.{_checked(kind)}"


def export_mime(kind: ExportKind) -> str:
    """The MIME type of an export format."""
    return _MIME[_checked(kind)]


def _checked(kind: str) -> ExportKind:
    if kind not in EXPORT_KINDS:
        raise InvalidInput(f"Cannot export a flow as {kind!r}; choose JSON, DOT, SVG or PNG.")
    return kind


def _export_bytes(flow: Flow, account: str, kind: ExportKind) -> bytes:
    if kind == "json":
        document = {"format": FORMAT, "account": account, "flows": [flow_record(flow)]}
        return json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8")
    tree = flow_tree(flow)
    if kind == "dot":
        return render.to_dot(tree, title=flow.name).encode("utf-8")
    return render.to_image(tree, format=kind, title=flow.name)
