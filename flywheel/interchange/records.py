"""The interchange format's records (v1) and the reading of files into them, with clear errors."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, ValidationError

from flywheel.errors import ImportError_

FORMAT = "knowledge-flywheel/v1"
MAX_ERRORS_SHOWN = 10

Id = Annotated[str, Field(min_length=1, max_length=200)]
ShortText = Annotated[str, Field(max_length=500)]
LongText = Annotated[str, Field(max_length=100_000)]
Score = Annotated[float, Field(ge=0.0, le=1.0)]


class _Record(BaseModel):
    model_config = ConfigDict(extra="allow", str_strip_whitespace=False)

    def extras(self) -> dict[str, Any]:
        """Unknown keys, kept as they came so an export gives them back."""
        return dict(self.model_extra or {})


class StepRecord(_Record):
    step_order: StrictInt
    step_type: Annotated[str, Field(min_length=1, max_length=40)] = "question"
    content: dict[str, Any] = Field(default_factory=dict)
    options_presented: list[dict[str, Any]] | None = None
    selected_option: LongText | None = None
    free_text_input: LongText | None = None
    was_free_text: StrictBool = False
    was_skipped: StrictBool = False
    action_result: dict[str, Any] | None = None


class SessionRecord(_Record):
    id: Id
    team: Id | None = None
    status: Literal["resolved", "escalated", "abandoned", "open"] = "resolved"
    problem_summary: LongText | None = None
    problem_domain: Annotated[str, Field(max_length=100)] | None = None
    confidence_tier: Annotated[str, Field(max_length=20)] | None = None
    confidence_score: Score | None = None
    resolution_summary: LongText | None = None
    escalation_reason: LongText | None = None
    matched_flow_id: Id | None = None
    match_score: Score | None = None
    resolved_at: datetime | None = None
    steps: list[StepRecord] = Field(default_factory=list)


class FlowRecord(_Record):
    id: Id
    name: Annotated[str, Field(min_length=1, max_length=500)]
    description: LongText | None = None
    problem_domain: Annotated[str, Field(max_length=100)] | None = None
    match_keywords: list[ShortText] = Field(default_factory=list)
    status: Literal["active", "draft", "archived"] = "active"
    success_rate: Score | None = None
    times_matched: StrictInt = 0
    last_matched_at: datetime | None = None
    tree_structure: dict[str, Any]


def describe_validation(error: ValidationError, *, prefix: str) -> list[str]:
    """One plain line per pydantic error: where it is (record and field) and what is wrong."""
    lines = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "(record)"
        lines.append(f"{prefix}: {where}: {item['msg']}")
    return lines


def read_json_file(path: Path, *, max_bytes: int) -> object:
    """The JSON document in `path`, or ImportError_ saying plainly why it cannot be read."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportError_(f"{path}: cannot be read ({exc.strerror or exc}).") from exc
    check_size(size, max_bytes=max_bytes, source=str(path))
    return parse_json_bytes(path.read_bytes(), source=str(path))


def check_size(size: int, *, max_bytes: int, source: str) -> None:
    """Refuse a file over the upload limit before anything reads it."""
    if size > max_bytes:
        raise ImportError_(
            f"{source}: the file is {size / 2**20:.1f} MiB; "
            f"the limit is {max_bytes / 2**20:.1f} MiB."
        )


def parse_json_bytes(raw: bytes, *, source: str) -> object:
    """Decode strict UTF-8 JSON; invalid bytes, bad syntax and absurd nesting are named."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportError_(
            f"{source}: not valid UTF-8 (byte {exc.start}); save the file as UTF-8."
        ) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportError_(
            f"{source}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}."
        ) from exc
    except RecursionError as exc:
        raise ImportError_(
            f"{source}: the JSON is nested too deeply to be a flow or session."
        ) from exc


def summarize_errors(source: str, problems: list[str]) -> ImportError_:
    """One error for a whole file: the count, the first problems, and that nothing was written."""
    shown = problems[:MAX_ERRORS_SHOWN]
    more = len(problems) - len(shown)
    tail = f"\n  ... and {more} more" if more > 0 else ""
    body = "\n  ".join(shown)
    return ImportError_(
        f"{source}: {len(problems)} problem(s); nothing was imported.\n  {body}{tail}",
        problems,
    )
