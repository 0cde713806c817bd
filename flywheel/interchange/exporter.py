"""Export to the interchange format, with external ids, so a document can be imported anywhere."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from flywheel.accounts import get_account
from flywheel.interchange.records import FORMAT
from flywheel.models import Analysis, Flow, Proposal, SessionStep, SupportSession


def iso(moment: datetime | None) -> str | None:
    """UTC timestamps as ISO-8601 with a trailing Z, the way the format writes them."""
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def flow_record(flow: Flow) -> dict[str, Any]:
    return {
        "id": flow.external_id,
        "name": flow.name,
        "description": flow.description,
        "problem_domain": flow.problem_domain,
        "match_keywords": list(flow.match_keywords),
        "status": flow.status,
        "success_rate": flow.success_rate,
        "times_matched": flow.times_matched,
        "last_matched_at": iso(flow.last_matched_at),
        "tree_structure": flow.tree_structure,
        **flow.extra,
    }


def step_record(step: SessionStep) -> dict[str, Any]:
    return {
        "step_order": step.step_order,
        "step_type": step.step_type,
        "content": step.content,
        "options_presented": step.options_presented,
        "selected_option": step.selected_option,
        "free_text_input": step.free_text_input,
        "was_free_text": step.was_free_text,
        "was_skipped": step.was_skipped,
        "action_result": step.action_result,
        **step.extra,
    }


def session_record(session: SupportSession) -> dict[str, Any]:
    return {
        "id": session.external_id,
        "team": session.team.slug if session.team else None,
        "status": session.status,
        "problem_summary": session.problem_summary,
        "problem_domain": session.problem_domain,
        "confidence_tier": session.confidence_tier,
        "confidence_score": session.confidence_score,
        "resolution_summary": session.resolution_summary,
        "escalation_reason": session.escalation_reason,
        "matched_flow_id": session.matched_flow.external_id if session.matched_flow else None,
        "match_score": session.match_score,
        "resolved_at": iso(session.resolved_at),
        "steps": [step_record(step) for step in session.steps],
        **session.extra,
    }


def _document(account: str, key: str, records: list[dict[str, Any]]) -> dict[str, Any]:
    return {"format": FORMAT, "account": account, key: records}


def export_flows(db: Session, *, account: str) -> dict[str, Any]:
    """Every flow of the account, in the order they were created."""
    acc = get_account(db, account)
    flows = db.scalars(select(Flow).where(Flow.account_id == acc.id).order_by(Flow.id))
    return _document(account, "flows", [flow_record(flow) for flow in flows])


def export_sessions(db: Session, *, account: str) -> dict[str, Any]:
    """Every session of the account with its steps, in the order they were imported."""
    acc = get_account(db, account)
    query = (
        select(SupportSession)
        .where(SupportSession.account_id == acc.id)
        .options(
            selectinload(SupportSession.steps),
            selectinload(SupportSession.team),
            selectinload(SupportSession.matched_flow),
        )
        .order_by(SupportSession.id)
    )
    return _document(account, "sessions", [session_record(s) for s in db.scalars(query)])


def _external_session_ids(db: Session, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = db.execute(
        select(SupportSession.id, SupportSession.external_id).where(SupportSession.id.in_(ids))
    )
    return {row.id: row.external_id for row in rows}


def proposal_record(proposal: Proposal, session_ids: dict[int, str]) -> dict[str, Any]:
    return {
        "id": proposal.id,
        "proposal_type": proposal.proposal_type,
        "status": proposal.status,
        "title": proposal.title,
        "description": proposal.description,
        "problem_domain": proposal.problem_domain,
        "confidence_score": proposal.confidence_score,
        "target_flow_id": proposal.target_flow.external_id if proposal.target_flow else None,
        "source_session_id": session_ids.get(proposal.source_session_id or -1),
        "supporting_session_ids": [
            session_ids.get(i, str(i)) for i in proposal.supporting_session_ids
        ],
        "supporting_session_count": proposal.supporting_session_count,
        "proposed_flow_data": proposal.proposed_flow_data,
        "proposed_diff": proposal.proposed_diff,
        "reviewer": proposal.reviewer,
        "reviewed_at": iso(proposal.reviewed_at),
        "review_note": proposal.review_note,
        "created_at": iso(proposal.created_at),
    }


def export_proposals(db: Session, *, account: str) -> dict[str, Any]:
    acc = get_account(db, account)
    proposals = list(
        db.scalars(
            select(Proposal)
            .where(Proposal.account_id == acc.id)
            .options(selectinload(Proposal.target_flow))
            .order_by(Proposal.id)
        )
    )
    wanted = {i for p in proposals for i in p.supporting_session_ids if isinstance(i, int)}
    wanted |= {p.source_session_id for p in proposals if p.source_session_id}
    names = _external_session_ids(db, sorted(wanted))
    return _document(account, "proposals", [proposal_record(p, names) for p in proposals])


def analysis_record(analysis: Analysis) -> dict[str, Any]:
    """One analysis: the outcome, the flow matched (external id), its score and source
    ("upstream" or "computed"), the node each step mapped to, the opening nodes the
    opening statement answered, the end node, where the session left the flow (and whether
    on an option the flow has but had not explored) and where it came back to it, if it
    did."""
    alignment = analysis.alignment or {}
    return {
        "session_id": analysis.session.external_id,
        "outcome": analysis.outcome,
        "reason": analysis.reason,
        "matched_flow_id": analysis.matched_flow.external_id if analysis.matched_flow else None,
        "match_score": analysis.match_score,
        "match_source": analysis.match_source,
        "fitness": alignment.get("fitness"),
        "step_nodes": alignment.get("step_nodes"),
        "opening_nodes": alignment.get("opening_nodes"),
        "end_node_id": analysis.end_node_id,
        "divergence_node_id": analysis.divergence_node_id,
        "divergence_answer": analysis.divergence_answer,
        "divergence_on_open_option": alignment.get("anticipated"),
        "rejoin_node_id": alignment.get("rejoin_node_id"),
        "proposal_id": analysis.proposal_id,
        "provider": analysis.provider,
        "analyzed_at": iso(analysis.created_at),
    }


def export_analyses(db: Session, *, account: str) -> dict[str, Any]:
    """The current analysis of every analysed session of the account."""
    acc = get_account(db, account)
    analyses = db.scalars(
        select(Analysis)
        .where(Analysis.account_id == acc.id, Analysis.is_current.is_(True))
        .options(selectinload(Analysis.session), selectinload(Analysis.matched_flow))
        .order_by(Analysis.id)
    )
    return _document(account, "analyses", [analysis_record(a) for a in analyses])
