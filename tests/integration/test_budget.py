"""The daily budget is exact, also when analyzers race (each test runs on SQLite and PostgreSQL)."""

from __future__ import annotations

import threading

from sqlalchemy.orm import Session, sessionmaker

from flywheel import budget, scheduler
from flywheel.accounts import ensure_account
from flywheel.config import Settings
from flywheel.errors import BudgetExceeded
from flywheel.llm.offline import OfflineProvider
from flywheel.models import Analysis, LLMCall
from tests.analysis_support import load, novel_session, rows
from tests.integration.test_analyzer import NOW


def _race(workers: int, job: object) -> None:
    threads = [threading.Thread(target=job) for _ in range(workers)]  # type: ignore[arg-type]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def test_racing_reservations_never_exceed_the_budget(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    settings = settings.model_copy(update={"daily_llm_call_budget": 37})
    with factory() as db:
        account_id = ensure_account(db, "acme").id
        db.commit()
    granted: list[int] = []

    def job() -> None:
        with factory() as db:
            for _ in range(15):
                try:
                    budget.reserve_call(db, account_id=account_id, settings=settings, now=NOW)
                    granted.append(1)
                except BudgetExceeded:
                    pass

    _race(6, job)
    assert len(granted) == 37
    with factory() as db:
        used = budget.used_today(db, account_id=account_id, now=NOW)
        assert used is not None and used.calls == 37


def test_racing_analyzers_make_exactly_the_budgeted_calls(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    settings = settings.model_copy(update={"daily_llm_call_budget": 4})
    load(factory, sessions=[
        novel_session(f"N-{i}", f"Distinct problem number {i} zeta{i}",
                      [(f"Unrelated question {i} about widget{i}?", ["Yes", "No"], "Yes")],
                      "Fixed", problem_domain=f"domain{i}")
        for i in range(10)
    ])

    def job() -> None:
        scheduler.run_batch(factory, settings=settings, provider=OfflineProvider(),
                            trigger="test", now=lambda: NOW)

    _race(3, job)
    assert len(rows(factory, LLMCall)) == 4
    outcomes = sorted(a.outcome for a in rows(factory, Analysis))
    assert outcomes == ["new_flow"] * 4 + ["skipped_budget"] * 6
