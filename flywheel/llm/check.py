"""`flywheel llm-check`: is the Anthropic provider usable from here, in one sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flywheel.config import Settings

if TYPE_CHECKING:
    import httpx2

NO_KEY_SENTENCE = (
    "No ANTHROPIC_API_KEY is set (environment or .streamlit/secrets.toml); "
    "the offline provider is in use."
)


def has_api_key(settings: Settings) -> bool:
    """Whether the settings carry a non-blank Anthropic API key."""
    key = settings.anthropic_api_key
    return key is not None and bool(key.get_secret_value().strip())


def llm_check(settings: Settings, *, http_client: httpx2.Client | None = None) -> str:
    """A sentence on the Anthropic set-up: one tiny real call when a key is set.

    Without a key nothing is sent and the sentence says so. A failed call raises LLMError
    (the CLI prints its message). `http_client` is for tests (a mock transport).
    """
    if not has_api_key(settings):
        return NO_KEY_SENTENCE
    from flywheel.llm.anthropic import AnthropicProvider

    return AnthropicProvider.from_settings(settings, http_client=http_client).check()
