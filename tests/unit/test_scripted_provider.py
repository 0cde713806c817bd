"""Unit tests for the scripted provider: answers from functions, records every request."""

from __future__ import annotations

import pytest

from flywheel.errors import LLMError
from flywheel.llm.base import EnhancementRequest, FlowRequest, Provider, Reply, Usage
from flywheel.llm.scripted import ScriptedProvider
from flywheel.transcript import SessionView
from flywheel.trees import parse_tree
from tests import factories


def session() -> SessionView:
    return SessionView(external_id="T-1", status="resolved", problem_summary="VPN down")


def enhancement_request() -> EnhancementRequest:
    return EnhancementRequest(
        session=session(), flow_name="AD lockout", flow_tree=parse_tree(factories.tree())
    )


def test_answers_with_the_flow_function_and_records_the_request() -> None:
    provider = ScriptedProvider(flow=lambda request: {"title": request.session.problem_summary})
    request = FlowRequest(session=session())
    reply = provider.draft_flow(request)
    assert reply.payload == {"title": "VPN down"}
    assert reply.usage == Usage(model="scripted")
    assert provider.requests == [request]
    assert provider.name == "scripted"


def test_answers_with_the_enhancement_function() -> None:
    provider = ScriptedProvider(enhancement=lambda request: {"title": request.flow_name})
    request = enhancement_request()
    assert provider.draft_enhancement(request).payload == {"title": "AD lockout"}
    assert provider.requests == [request]


def test_counts_every_call_including_failures() -> None:
    def fail(request: FlowRequest) -> object:
        raise LLMError("overloaded", retryable=True)

    provider = ScriptedProvider(flow=fail)
    for _ in range(3):
        with pytest.raises(LLMError, match="overloaded") as caught:
            provider.draft_flow(FlowRequest(session=session()))
        assert caught.value.retryable
    assert len(provider.requests) == 3


def test_missing_function_raises_llm_error() -> None:
    provider = ScriptedProvider(flow=lambda request: {})
    with pytest.raises(LLMError, match="scripted provider has no answer for draft_enhancement"):
        provider.draft_enhancement(enhancement_request())
    with pytest.raises(LLMError, match="scripted provider has no answer for draft_flow"):
        ScriptedProvider().draft_flow(FlowRequest(session=session()))
    assert len(provider.requests) == 1


def test_given_usage_is_reported_and_replies_pass_through() -> None:
    usage = Usage(model="claude-test", input_tokens=120, output_tokens=40)
    provider = ScriptedProvider(flow=lambda request: "not json", usage=usage)
    reply = provider.draft_flow(FlowRequest(session=session()))
    assert reply == Reply(payload="not json", usage=usage)
    own = Reply(payload={"a": 1}, usage=Usage(model="other"), extra={"stop": "end_turn"})
    assert (
        ScriptedProvider(flow=lambda request: own).draft_flow(FlowRequest(session=session())) is own
    )


def test_answers_can_depend_on_the_repair_round() -> None:
    answers = iter([{"broken": True}, {"fixed": True}])
    provider = ScriptedProvider(flow=lambda request: next(answers))
    provider.draft_flow(FlowRequest(session=session()))
    second = provider.draft_flow(FlowRequest(session=session(), repair=("bad",)))
    assert second.payload == {"fixed": True}
    assert [len(r.repair) for r in provider.requests] == [0, 1]


def test_satisfies_the_provider_interface() -> None:
    provider: Provider = ScriptedProvider()
    assert provider.name == "scripted"
