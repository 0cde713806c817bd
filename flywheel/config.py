"""Settings: the one place configuration is read (FLYWHEEL_* variables, `.env`, and the
Anthropic key from `.streamlit/secrets.toml`)."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from flywheel.errors import InvalidInput

# The current Sonnet per platform.claude.com/docs/en/models/sonnet-5-5/whats-new-sonnet-5-5
DEFAULT_MODEL = "claude-sonnet-5-5"
# Streamlit's own secrets file, read relative to the working directory as Streamlit does
SECRETS_TOML = Path(".streamlit") / "secrets.toml"
API_KEY_NAME = "ANTHROPIC_API_KEY"


def _prices(
    input_: float, output: float, cache_read: float, cache_write: float
) -> dict[str, float]:
    """One model's USD prices per million tokens (cache write: the 5-minute cache)."""
    return {"input": input_, "output": output, "cache_read": cache_read, "cache_write": cache_write}


class Settings(BaseSettings):
    """Everything the product can be told from outside, with safe defaults."""

    model_config = SettingsConfigDict(
        env_prefix="FLYWHEEL_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    database_url: str = "sqlite:///./data/flywheel.db"
    llm_provider: Literal["offline", "anthropic"] = "offline"
    anthropic_api_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("ANTHROPIC_API_KEY", "FLYWHEEL_ANTHROPIC_API_KEY"),
    )
    models: dict[str, str] = Field(
        default_factory=lambda: {
            "new_flow": DEFAULT_MODEL,
            "enhancement": DEFAULT_MODEL,
            "check": DEFAULT_MODEL,
        }
    )
    llm_max_tokens: int = Field(default=4096, ge=256)
    llm_timeout_seconds: float = Field(default=60.0, gt=0)
    llm_max_retries: int = Field(default=2, ge=0)
    # USD per million tokens: input, output, cache read, cache write (5-minute)
    llm_prices: dict[str, dict[str, float]] = Field(
        default_factory=lambda: {
            DEFAULT_MODEL: _prices(2.0, 10.0, 0.20, 2.50),
            "claude-sonnet-5": _prices(2.0, 10.0, 0.20, 2.50),
            "claude-sonnet-4-5": _prices(3.0, 15.0, 0.30, 3.75),
        }
    )
    reinforce_threshold: float = Field(default=0.8, ge=0.0, le=1.0)
    enhance_threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    # the enhance threshold for a session that left on an option the flow has, unexplored
    enhance_open_threshold: float = Field(default=0.4, ge=0.0, le=1.0)
    daily_llm_call_budget: int = Field(default=50, ge=0)
    daily_llm_token_budget: int | None = Field(default=None, ge=0)
    daily_llm_cost_budget_usd: float | None = Field(default=None, ge=0)
    merge_similarity_threshold: float = Field(default=0.6, ge=0.0, le=1.0)
    default_account: str = "default"
    max_upload_bytes: int = Field(default=20 * 1024 * 1024, ge=1024)

    @field_validator("database_url")
    @classmethod
    def _use_psycopg3(cls, url: str) -> str:
        """Plain postgres URLs are read with psycopg 3, the driver the project ships."""
        for prefix in ("postgresql://", "postgres://"):
            if url.startswith(prefix):
                return "postgresql+psycopg://" + url[len(prefix) :]
        return url

    def model_for(self, action: str) -> str:
        """The model configured for an LLM action, falling back to the default model."""
        return self.models.get(action, DEFAULT_MODEL)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Arguments, then the environment and `.env`, then `.streamlit/secrets.toml`."""
        secrets = StreamlitSecretsSource(settings_cls)
        return init_settings, env_settings, dotenv_settings, secrets, file_secret_settings


class StreamlitSecretsSource(PydanticBaseSettingsSource):
    """Only the top-level `ANTHROPIC_API_KEY` of `.streamlit/secrets.toml`, when the file exists.

    The app's reviewers keep the key where Streamlit keeps secrets; nothing else in that file
    is read, so Streamlit-only secrets never leak into the product's settings.
    """

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        key = read_secrets_key(SECRETS_TOML)
        return {API_KEY_NAME: key} if key else {}


def read_secrets_key(path: Path) -> str | None:
    """The non-empty top-level ANTHROPIC_API_KEY string of a TOML file, else None."""
    if not path.is_file():
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InvalidInput(f"{path} cannot be read as TOML: {exc}") from None
    value = data.get(API_KEY_NAME)
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment and `.env`."""
    return Settings()
