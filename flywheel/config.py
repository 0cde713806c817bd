"""Settings: the one place configuration is read (FLYWHEEL_* variables and `.env`)."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MODEL = "claude-sonnet-4-5"


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
    reinforce_threshold: float = Field(default=0.8, ge=0.0, le=1.0)
    enhance_threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    daily_llm_call_budget: int = Field(default=50, ge=0)
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


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment and `.env`."""
    return Settings()
