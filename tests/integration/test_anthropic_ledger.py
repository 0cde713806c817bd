"""The analyzer with the Anthropic provider, the SDK over a mocked transport: the ledger books
every call with its tokens and estimated cost, and budgets in tokens hold."""

from __future__ import annotations

import json

import pytest
from pydantic import SecretStr
from sqlalchemy.orm import Session, sessionmaker

from flywheel.config import Settings
from flywheel.llm.anthropic import AnthropicProvider
from flywheel.models import LLMCall, Proposal, SupportSession
from tests.analysis_support import MFA_QUESTIONS, analyze, load, novel_session, rows
from tests.integration.test_analyzer import NOW
from tests.unit.test_anthropic_provider import USAGE, FakeAPI, api_error, ok, valid_flow

PRICES = {"claude-sonnet-5-5": {"input": 2.0, "output": 10.0, "cache_read": 0.2,
                                "cache_write": 2.5}}


def _provider(api: FakeAPI, settings: Settings) -> AnthropicProvider:
    keyed = settings.model_copy(update={
        "anthropic_api_key": SecretStr("sk-ant-test"), "llm_max_retries": 0,
        "llm_prices": PRICES,
        "models": {"new_flow": "claude-sonnet-5-5", "enhancement": "claude-sonnet-5-5"},
    })
    return AnthropicProvider.from_settings(keyed, http_client=api.client())


@pytest.fixture
def novel(factory: sessionmaker[Session]) -> None:
    load(factory, sessions=[novel_session("N-1", "MFA push notifications not arriving",
                                          MFA_QUESTIONS, "Re-registered the Authenticator")])


def test_a_malformed_answer_then_a_repair_books_two_calls_with_cost(
    factory: sessionmaker[Session], settings: Settings, novel: None
) -> None:
    api = FakeAPI(ok('{"title": "half an answer"}'), ok(json.dumps(valid_flow())))
    settings = settings.model_copy(update={"llm_prices": PRICES})
    result = analyze(factory, settings, "N-1", provider=_provider(api, settings), now=NOW)
    assert result.outcome == "new_flow"
    assert "tree_structure" in api.body(1)["messages"][-1]["content"], "the repair names it"
    calls = rows(factory, LLMCall)
    assert [(c.outcome, c.provider, c.model) for c in calls] == [
        ("invalid", "anthropic", "claude-sonnet-5-5"), ("ok", "anthropic", "claude-sonnet-5-5")]
    expected = (USAGE["input_tokens"] * 2.0 + USAGE["output_tokens"] * 10.0
                + USAGE["cache_creation_input_tokens"] * 2.5) / 1_000_000
    for call in calls:
        assert (call.input_tokens, call.output_tokens, call.cache_write_tokens) == (
            USAGE["input_tokens"], USAGE["output_tokens"], USAGE["cache_creation_input_tokens"])
        assert call.cost_usd == pytest.approx(expected)
    assert len(rows(factory, Proposal)) == 1


def test_overloaded_leaves_the_session_waiting_and_books_the_error(
    factory: sessionmaker[Session], settings: Settings, novel: None
) -> None:
    api = FakeAPI(api_error(529, "overloaded_error", "Overloaded"))
    result = analyze(factory, settings, "N-1", provider=_provider(api, settings), now=NOW)
    assert result.outcome == "retry"
    [session] = rows(factory, SupportSession)
    assert session.analysis_state == "retry" and "529" in (session.last_error or "")
    [call] = rows(factory, LLMCall)
    assert call.outcome == "error" and "Overloaded" in (call.error or "")


def test_a_bad_request_fails_the_session_with_the_message(
    factory: sessionmaker[Session], settings: Settings, novel: None
) -> None:
    api = FakeAPI(api_error(400, "invalid_request_error", "max_tokens: too large"))
    result = analyze(factory, settings, "N-1", provider=_provider(api, settings), now=NOW)
    assert result.outcome == "failed" and "max_tokens: too large" in result.reason


def test_a_daily_token_budget_stops_calls_once_spent(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    load(factory, sessions=[
        novel_session(f"N-{i}", f"Distinct problem {i} zeta{i}",
                      [(f"Unrelated question {i} on widget{i}?", ["Yes", "No"], "Yes")],
                      "Fixed", problem_domain=f"d{i}") for i in range(2)])
    settings = settings.model_copy(update={"daily_llm_token_budget": 100})
    api = FakeAPI(ok(json.dumps(valid_flow())))
    first = analyze(factory, settings, "N-0", provider=_provider(api, settings), now=NOW)
    second = analyze(factory, settings, "N-1", provider=_provider(api, settings), now=NOW)
    assert (first.outcome, second.outcome) == ("new_flow", "skipped_budget")
    assert len(api.requests) == 1


