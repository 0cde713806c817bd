"""The provider interface: what the analyzer asks of a language model, and what comes back.

A provider returns the model's answer as raw data (`Reply.payload`); the analyzer checks it
with the pydantic models below and the tree validator, so a provider never has to be trusted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

from flywheel.transcript import SessionView
from flywheel.trees import Node, Option, Tree

Action = Literal["new_flow", "enhancement"]


class FlowDraft(BaseModel):
    """A proposed new flow, as a provider drafts it from one session."""

    model_config = ConfigDict(extra="ignore")
    title: str = Field(min_length=1, max_length=200, description="5-10 words.")
    description: str = Field(default="", max_length=2000, description="When to use the flow.")
    match_keywords: list[str] = Field(default_factory=list, max_length=20)
    problem_domain: str = Field(default="other", max_length=100)
    tree_structure: Tree


class NewNode(Node):
    """A node an enhancement adds, and where it hangs off the existing flow."""

    attach_after_node_id: str | None = Field(
        default=None, description="Existing node the new branch starts from."
    )
    new_option_label: str | None = Field(
        default=None, description="Label of the new option on that decision node."
    )


class ModifiedOption(BaseModel):
    node_id: str
    add_option: Option


class EnhancementDraft(BaseModel):
    """Additions to an existing flow, drafted from a session that left it."""

    model_config = ConfigDict(extra="ignore")
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=2000)
    diff_description: str = Field(default="", max_length=4000)
    new_nodes: list[NewNode] = Field(default_factory=list, max_length=200)
    modified_options: list[ModifiedOption] = Field(default_factory=list, max_length=200)


@dataclass(frozen=True)
class FlowRequest:
    """Draft a new flow from `session`; `repair` lists what was wrong with `previous`."""

    session: SessionView
    repair: tuple[str, ...] = ()
    previous: Any = None


@dataclass(frozen=True)
class EnhancementRequest:
    """Draft additions to `flow_tree` from a session that left it at `divergence_node_id`."""

    session: SessionView
    flow_name: str
    flow_tree: Tree
    divergence_node_id: str | None = None
    divergence_answer: str | None = None
    step_nodes: tuple[str | None, ...] = ()
    rejoin_node_id: str | None = None  # where the session came back to the flow, if it did
    rejoin_step: int | None = None  # the first step back on the flow
    branch_start: int | None = None  # the new branch's first step, when the alignment says
    repair: tuple[str, ...] = ()
    previous: Any = None


@dataclass(frozen=True)
class Usage:
    """What a call cost: tokens by kind and wall time."""

    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0
    latency_ms: float = 0.0


@dataclass(frozen=True)
class Reply:
    """The raw answer (a dict when the provider produced JSON, anything otherwise) and usage."""

    payload: Any
    usage: Usage
    extra: dict[str, Any] = field(default_factory=dict)


class Provider(Protocol):
    """Every provider (offline, scripted, Anthropic) answers these two requests."""

    name: str

    def draft_flow(self, request: FlowRequest) -> Reply: ...

    def draft_enhancement(self, request: EnhancementRequest) -> Reply: ...
