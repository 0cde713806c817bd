"""Drafts from Claude through the Anthropic SDK (2.x): the only module that imports `anthropic`.

How the answer's shape is asked for: structured outputs, `output_config.format` with the JSON
schema of `FlowDraft` / `EnhancementDraft` (via the SDK's `transform_schema`), sent through
`messages.create`. Not a forced tool call: the current Sonnet (claude-sonnet-5-5) rejects
forced tool use with a 400 ("What's new in Claude Sonnet 5.5", breaking changes). Not
`messages.parse` either, although it sends the same `output_config`: it validates the answer
inside the SDK and raises pydantic's error on a mismatch (a reply cut off at `max_tokens`,
say), which would hide the raw answer from the analyzer's repair round. So the reply's text
comes back as the payload, parsed as JSON when it is JSON and as raw text otherwise, and the
analyzer's pydantic models and tree validator stay the real check.

The system prompt goes as one text block marked `cache_control: ephemeral`; the session goes
in the user message as delimited, untrusted data (see `flywheel.llm.prompts`). Timeout,
retries and `max_tokens` come from the settings. SDK errors become `LLMError` here, with
`retryable` set for 408/429/5xx (529 overloaded included), timeouts and connection failures.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import anthropic
from anthropic.types import Message, TextBlockParam

from flywheel.config import Settings
from flywheel.errors import LLMError
from flywheel.llm import prompts
from flywheel.llm.base import (
    EnhancementDraft,
    EnhancementRequest,
    FlowDraft,
    FlowRequest,
    Reply,
    Usage,
)

if TYPE_CHECKING:
    import httpx2

NO_KEY_MESSAGE = (
    "No ANTHROPIC_API_KEY is set (environment or .streamlit/secrets.toml), so the Anthropic "
    "provider cannot be used; set the key or use FLYWHEEL_LLM_PROVIDER=offline."
)
CHECK_MAX_TOKENS = 8
CHECK_PROMPT = "Reply with the single word: ok"
# Statuses worth another try later: request timeout, rate limit, and server-side trouble
RETRYABLE_STATUSES = frozenset({408, 429})


def _draft_schema(model: type[FlowDraft] | type[EnhancementDraft]) -> dict[str, Any]:
    """The structured-output schema of a draft model, as the API accepts it."""
    return anthropic.transform_schema(model)


def _flow_schema() -> dict[str, Any]:
    """FlowDraft's schema, with `problem_domain` held to the domain vocabulary."""
    schema = _draft_schema(FlowDraft)
    domain = schema["properties"]["problem_domain"]
    schema["properties"]["problem_domain"] = {
        "enum": list(prompts.DOMAINS),
        "description": domain.get("description", "The problem domain."),
    }
    return schema


FLOW_SCHEMA = _flow_schema()
ENHANCEMENT_SCHEMA = _draft_schema(EnhancementDraft)


class AnthropicProvider:
    """Claude behind the provider interface: one Messages API call per draft."""

    name = "anthropic"

    def __init__(self, *, client: anthropic.Anthropic, settings: Settings) -> None:
        self._client = client
        self._settings = settings

    @classmethod
    def from_settings(
        cls, settings: Settings, *, http_client: httpx2.Client | None = None
    ) -> AnthropicProvider:
        """A provider for the configured key, timeout and retries; LLMError without a key.

        `http_client` replaces the SDK's HTTP client (tests pass one over a mock transport).
        """
        key = (
            settings.anthropic_api_key.get_secret_value().strip()
            if settings.anthropic_api_key
            else ""
        )
        if not key:
            raise LLMError(NO_KEY_MESSAGE, retryable=False)
        client = anthropic.Anthropic(
            api_key=key,
            timeout=settings.llm_timeout_seconds,
            max_retries=settings.llm_max_retries,
            http_client=http_client,
        )
        return cls(client=client, settings=settings)

    def draft_flow(self, request: FlowRequest) -> Reply:
        """Ask Claude for a new flow drafted from one session."""
        return self._ask(
            action="new_flow",
            system=prompts.FLOW_SYSTEM_PROMPT,
            user=prompts.flow_user_message(request),
            schema=FLOW_SCHEMA,
        )

    def draft_enhancement(self, request: EnhancementRequest) -> Reply:
        """Ask Claude for additions to an existing flow."""
        return self._ask(
            action="enhancement",
            system=prompts.ENHANCEMENT_SYSTEM_PROMPT,
            user=prompts.enhancement_user_message(request),
            schema=ENHANCEMENT_SCHEMA,
        )

    def check(self) -> str:
        """One tiny real call, to prove the key, the model and the network path work."""
        model = self._settings.model_for("check")
        with _sdk_errors(self._settings):
            message = self._client.messages.create(
                model=model,
                max_tokens=CHECK_MAX_TOKENS,
                messages=[{"role": "user", "content": CHECK_PROMPT}],
                timeout=self._settings.llm_timeout_seconds,
            )
        return (
            f"Anthropic answered: model {message.model}, {message.usage.input_tokens} input tokens."
        )

    def _ask(self, *, action: str, system: str, user: str, schema: dict[str, Any]) -> Reply:
        """One Messages call with the cached system block and the structured-output schema."""
        model = self._settings.model_for(action)
        started = time.perf_counter()
        with _sdk_errors(self._settings):
            message = self._client.messages.create(
                model=model,
                max_tokens=self._settings.llm_max_tokens,
                system=[_cached_block(system)],
                messages=[{"role": "user", "content": user}],
                output_config={"format": {"type": "json_schema", "schema": schema}},
                timeout=self._settings.llm_timeout_seconds,
            )
        latency_ms = (time.perf_counter() - started) * 1000
        return Reply(
            payload=_payload(message),
            usage=_usage(message, latency_ms),
            extra={"stop_reason": message.stop_reason, "message_id": message.id},
        )


def _cached_block(text: str) -> TextBlockParam:
    """A system text block marked as a prompt-cache breakpoint."""
    return {"type": "text", "text": text, "cache_control": {"type": "ephemeral"}}


def _payload(message: Message) -> Any:
    """The answer's text as a JSON object when it is one, else the raw text (for repair)."""
    text = "".join(block.text for block in message.content if block.type == "text")
    try:
        data = json.loads(text)
    except ValueError:
        return text
    return data if isinstance(data, dict) else text


def _usage(message: Message, latency_ms: float) -> Usage:
    """Tokens by kind from the API's usage block, and the call's wall time."""
    usage = message.usage
    return Usage(
        model=message.model,
        input_tokens=usage.input_tokens,
        output_tokens=usage.output_tokens,
        cache_read_tokens=usage.cache_read_input_tokens or 0,
        cache_write_tokens=usage.cache_creation_input_tokens or 0,
        latency_ms=latency_ms,
    )


@contextmanager
def _sdk_errors(settings: Settings) -> Iterator[None]:
    """Turn the SDK's errors into LLMError, saying whether trying later may help."""
    try:
        yield
    except anthropic.APIStatusError as exc:
        raise _status_error(exc) from exc
    except anthropic.APITimeoutError as exc:
        message = (
            f"The Anthropic API did not answer within {settings.llm_timeout_seconds:g} seconds "
            f"(after {settings.llm_max_retries} retries); it will be tried again later."
        )
        raise LLMError(message, retryable=True) from exc
    except anthropic.APIConnectionError as exc:
        cause = f": {exc.__cause__}" if exc.__cause__ else ""
        message = (
            f"The Anthropic API could not be reached{cause} "
            f"(after {settings.llm_max_retries} retries); it will be tried again later."
        )
        raise LLMError(message, retryable=True) from exc
    except anthropic.AnthropicError as exc:
        raise LLMError(f"The Anthropic SDK failed: {exc}", retryable=False) from exc


def _status_error(exc: anthropic.APIStatusError) -> LLMError:
    """An LLMError for an HTTP error status: retryable for 408, 429 and 5xx (529 included)."""
    status = exc.status_code
    retryable = status in RETRYABLE_STATUSES or status >= 500
    kind = f" {exc.type}" if exc.type else ""
    detail = exc.api_message or str(exc)
    request = f" (request {exc.request_id})" if exc.request_id else ""
    advice = (
        "it will be tried again later."
        if retryable
        else "the request was refused; fix the cause before trying again."
    )
    return LLMError(
        f"The Anthropic API answered {status}{kind}: {detail}{request}; {advice}",
        retryable=retryable,
    )
