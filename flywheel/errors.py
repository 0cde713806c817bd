"""The project's error tree: every error carries a message a knowledge manager can act on."""

from __future__ import annotations


class FlywheelError(Exception):
    """Base of every error the product raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFound(FlywheelError):
    """A record does not exist (or belongs to another account)."""


class InvalidTree(FlywheelError):
    """A tree breaks the schema or the structural rules; `problems` lists each one."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class InvalidInput(FlywheelError):
    """Input from a person or a file is malformed."""


class ImportError_(InvalidInput):
    """An interchange file cannot be imported; nothing from it was written."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or [message]


class Conflict(FlywheelError):
    """Someone else changed the record since it was read."""


class BudgetExceeded(FlywheelError):
    """The account's daily LLM budget is spent."""


class LLMError(FlywheelError):
    """A language-model call failed; `retryable` says whether trying later may help."""

    def __init__(self, message: str, *, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable


class Forbidden(FlywheelError):
    """The current user's role does not allow the action."""
