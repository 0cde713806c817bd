"""Choosing the provider the settings ask for."""

from __future__ import annotations

from flywheel.config import Settings
from flywheel.errors import LLMError
from flywheel.llm.base import Provider


def make_provider(settings: Settings, name: str | None = None) -> Provider:
    """The offline provider by default; the Anthropic one when configured with a key."""
    choice = name or settings.llm_provider
    if choice == "offline":
        from flywheel.llm.offline import OfflineProvider

        return OfflineProvider()
    if choice == "anthropic":
        from flywheel.llm.anthropic import AnthropicProvider

        return AnthropicProvider.from_settings(settings)
    raise LLMError(f"Unknown LLM provider {choice!r}; use 'offline' or 'anthropic'.")
