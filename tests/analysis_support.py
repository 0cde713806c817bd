"""Builders for analyzer tests: import records, analyse, and read what was written."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from flywheel import db as dbmod
from flywheel.analyzer import AnalysisResult, analyze_session, find_session
from flywheel.config import Settings
from flywheel.interchange import import_document
from flywheel.llm.base import Provider
from flywheel.llm.offline import OfflineProvider
from tests import factories as f


def load(
    factory: sessionmaker[Session],
    *,
    flows: list[Any] | None = None,
    sessions: list[Any] | None = None,
    account: str = "acme",
) -> None:
    with dbmod.transaction(factory) as db:
        import_document(
            db,
            f.document(flows=flows or [], sessions=sessions or [], account=account),
            source="test",
            default_account=account,
        )


def analyze(
    factory: sessionmaker[Session],
    settings: Settings,
    external_id: str,
    *,
    provider: Provider | None = None,
    account: str = "acme",
    **kw: Any,
) -> AnalysisResult:
    with factory() as db:
        session = find_session(db, account=account, external_id=external_id)
        return analyze_session(
            db, session.id, settings=settings, provider=provider or OfflineProvider(), **kw
        )


def rows(factory: sessionmaker[Session], model: type[Any], *where: Any) -> list[Any]:
    with factory() as db:
        order = model.id if hasattr(model, "id") else model.key
        return list(db.scalars(select(model).where(*where).order_by(order)))


def novel_session(
    session_id: str,
    summary: str,
    questions: list[tuple[str, list[str], str]],
    resolution: str,
    **fields: Any,
) -> dict[str, Any]:
    """A session no flow covers: questions (text, options, chosen) then a solution."""
    steps = [
        f.step(
            i,
            content={"text": text, "type": "question"},
            options_presented=[{"value": o.lower(), "label": o} for o in options],
            selected_option=chosen.lower(),
        )
        for i, (text, options, chosen) in enumerate(questions)
    ]
    steps.append(f.solution_step(len(steps), resolution))
    return (
        f.session(
            session_id,
            problem_summary=summary,
            problem_domain="m365",
            resolution_summary=resolution,
            steps=steps,
        )
        | fields
    )


MFA_QUESTIONS = [
    ("Does the user get any MFA push on the phone?", ["Yes", "No"], "No"),
    ("Is the Authenticator app registered to the current phone?", ["Yes", "No"], "No"),
]
