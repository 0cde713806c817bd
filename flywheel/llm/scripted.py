"""The scripted provider: answers with functions you pass it, and records every request.

It serves tests (and demos) that need a particular answer, a broken answer or a failure: a
function returns the payload, or raises (an `LLMError`, say) to simulate a failed call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flywheel.errors import LLMError
from flywheel.llm.base import EnhancementRequest, FlowRequest, Reply, Usage


class ScriptedProvider:
    """A provider whose answers come from `flow` and `enhancement` functions.

    A function may return a `Reply` (used as it is) or any payload (wrapped with `usage`).
    """

    name = "scripted"

    def __init__(
        self,
        flow: Callable[[FlowRequest], Any] | None = None,
        enhancement: Callable[[EnhancementRequest], Any] | None = None,
        *,
        usage: Usage | None = None,
    ) -> None:
        self.flow = flow
        self.enhancement = enhancement
        self.usage = usage or Usage(model="scripted")
        self.requests: list[FlowRequest | EnhancementRequest] = []

    def draft_flow(self, request: FlowRequest) -> Reply:
        """Record the request and answer with the `flow` function."""
        self.requests.append(request)
        if self.flow is None:
            raise LLMError("scripted provider has no answer for draft_flow")
        return self._reply(self.flow(request))

    def draft_enhancement(self, request: EnhancementRequest) -> Reply:
        """Record the request and answer with the `enhancement` function."""
        self.requests.append(request)
        if self.enhancement is None:
            raise LLMError("scripted provider has no answer for draft_enhancement")
        return self._reply(self.enhancement(request))

    def _reply(self, answer: Any) -> Reply:
        """A Reply as it is, anything else as the payload with this provider's usage."""
        return answer if isinstance(answer, Reply) else Reply(payload=answer, usage=self.usage)
