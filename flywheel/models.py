"""The data model: typed SQLAlchemy 2.x tables for accounts, flows, sessions and proposals."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

JsonType = JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC (the only kind of time stored)."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back timezone-aware (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JsonType, list[Any]: JsonType, datetime: UTCDateTime}


class Account(Base):
    """A tenant: an MSP or an internal helpdesk. Every record belongs to one."""

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # where notifications are POSTed (optional), and the key their HMAC signature uses
    webhook_url: Mapped[str | None] = mapped_column(String(2000))
    webhook_secret: Mapped[str | None] = mapped_column(String(200))


class Team(Base):
    __tablename__ = "teams"
    __table_args__ = (UniqueConstraint("account_id", "slug"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    slug: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200))


class Flow(Base):
    """A troubleshooting flow (the original "Tree"): a decision tree and its usage stats."""

    __tablename__ = "flows"
    __table_args__ = (UniqueConstraint("account_id", "external_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"))
    external_id: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)
    problem_domain: Mapped[str | None] = mapped_column(String(100), index=True)
    match_keywords: Mapped[list[Any]] = mapped_column(default=list)
    tree_structure: Mapped[dict[str, Any]] = mapped_column()
    status: Mapped[str] = mapped_column(String(20), default="active")
    success_rate: Mapped[float | None] = mapped_column(Float)
    times_matched: Mapped[int] = mapped_column(Integer, default=0)
    last_matched_at: Mapped[datetime | None] = mapped_column()
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    row_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __mapper_args__ = {"version_id_col": row_version}

    versions: Mapped[list[FlowVersion]] = relationship(
        back_populates="flow", order_by="FlowVersion.version", cascade="all, delete-orphan"
    )

    def snapshot(
        self, *, created_by: str, note: str, source_proposal_id: int | None = None
    ) -> FlowVersion:
        """Record the flow's content as version `current_version` (JSON copied, not shared)."""
        version = FlowVersion(
            version=self.current_version,
            name=self.name,
            description=self.description,
            problem_domain=self.problem_domain,
            match_keywords=list(self.match_keywords),
            tree_structure=copy.deepcopy(self.tree_structure),
            created_by=created_by,
            note=note,
            source_proposal_id=source_proposal_id,
        )
        self.versions.append(version)
        return version


class FlowVersion(Base):
    """A snapshot of a flow's content, kept for history, comparison and roll-back."""

    __tablename__ = "flow_versions"
    __table_args__ = (UniqueConstraint("flow_id", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    flow_id: Mapped[int] = mapped_column(ForeignKey("flows.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)
    problem_domain: Mapped[str | None] = mapped_column(String(100))
    match_keywords: Mapped[list[Any]] = mapped_column(default=list)
    tree_structure: Mapped[dict[str, Any]] = mapped_column()
    created_by: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    source_proposal_id: Mapped[int | None] = mapped_column(
        ForeignKey("proposals.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    flow: Mapped[Flow] = relationship(back_populates="versions")


READY_WHERE = "analysis_state IN ('pending', 'deferred', 'retry')"


class SupportSession(Base):
    """A resolved (or escalated) troubleshooting session: the original AISession."""

    __tablename__ = "support_sessions"
    __table_args__ = (
        UniqueConstraint("account_id", "external_id"),
        Index("ix_support_sessions_analysis", "account_id", "analysis_state", "next_attempt_at"),
        # claiming walks the waiting sessions in id order; without this it scans past every
        # analysed one, so each claim would cost more as the backlog is worked off
        Index(
            "ix_support_sessions_ready",
            "id",
            sqlite_where=text(READY_WHERE),
            postgresql_where=text(READY_WHERE),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"))
    external_id: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="resolved")
    problem_summary: Mapped[str | None] = mapped_column(Text)
    problem_domain: Mapped[str | None] = mapped_column(String(100))
    confidence_tier: Mapped[str | None] = mapped_column(String(20))
    confidence_score: Mapped[float | None] = mapped_column(Float)
    resolution_summary: Mapped[str | None] = mapped_column(Text)
    escalation_reason: Mapped[str | None] = mapped_column(Text)
    matched_flow_id: Mapped[int | None] = mapped_column(ForeignKey("flows.id", ondelete="SET NULL"))
    match_score: Mapped[float | None] = mapped_column(Float)
    resolved_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # analysis bookkeeping: pending -> analyzed | skipped_budget | failed | retry
    analysis_state: Mapped[str] = mapped_column(String(20), default="pending")
    analysis_attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column()
    last_error: Mapped[str | None] = mapped_column(Text)
    # a worker's claim: nobody else analyses the session until the lease expires
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    claim_expires_at: Mapped[datetime | None] = mapped_column()

    steps: Mapped[list[SessionStep]] = relationship(
        back_populates="session", order_by="SessionStep.step_order", cascade="all, delete-orphan"
    )
    team: Mapped[Team | None] = relationship()
    matched_flow: Mapped[Flow | None] = relationship()


class SessionStep(Base):
    """One step of a session's trail: the original AISessionStep."""

    __tablename__ = "session_steps"
    __table_args__ = (UniqueConstraint("session_id", "step_order"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("support_sessions.id", ondelete="CASCADE"))
    step_order: Mapped[int] = mapped_column(Integer)
    step_type: Mapped[str] = mapped_column(String(40))
    content: Mapped[dict[str, Any]] = mapped_column(default=dict)
    options_presented: Mapped[list[Any] | None] = mapped_column()
    selected_option: Mapped[str | None] = mapped_column(Text)
    free_text_input: Mapped[str | None] = mapped_column(Text)
    was_free_text: Mapped[bool] = mapped_column(Boolean, default=False)
    was_skipped: Mapped[bool] = mapped_column(Boolean, default=False)
    action_result: Mapped[dict[str, Any] | None] = mapped_column()
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    session: Mapped[SupportSession] = relationship(back_populates="steps")


class Proposal(Base):
    """A proposed change to the library (the original FlowProposal), awaiting review."""

    __tablename__ = "proposals"
    __table_args__ = (
        Index("ix_proposals_queue", "account_id", "status", "proposal_type", "created_at"),
        # covers the similar-proposal look-up's check of a scope (`similarity.Marker`)
        Index(
            "ix_proposals_similarity",
            "account_id",
            "status",
            "proposal_type",
            "problem_domain",
            "updated_at",
            "id",
            "version",
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"))
    source_session_id: Mapped[int | None] = mapped_column(
        ForeignKey("support_sessions.id", ondelete="SET NULL")
    )
    proposal_type: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)
    proposed_flow_data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    proposed_diff: Mapped[dict[str, Any] | None] = mapped_column()
    confidence_score: Mapped[float | None] = mapped_column(Float)
    supporting_session_ids: Mapped[list[Any]] = mapped_column(default=list)
    supporting_session_count: Mapped[int] = mapped_column(Integer, default=1)
    problem_domain: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    target_flow_id: Mapped[int | None] = mapped_column(ForeignKey("flows.id", ondelete="SET NULL"))
    # the text similar proposals are compared by, computed once when the proposal changes
    fingerprint: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str | None] = mapped_column(String(200))
    reviewed_at: Mapped[datetime | None] = mapped_column()
    review_note: Mapped[str | None] = mapped_column(Text)
    updated_by: Mapped[str | None] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __mapper_args__ = {"version_id_col": version}

    target_flow: Mapped[Flow | None] = relationship()
    source_session: Mapped[SupportSession | None] = relationship()


class FlowTraffic(Base):
    """How many reinforcing sessions passed a node or took a branch of a flow.

    Keys are a node id, or "<node id>:<option id>" for a branch; counters are bumped with
    single UPDATE statements so concurrent analyzers never lose a count.
    """

    __tablename__ = "flow_traffic"
    flow_id: Mapped[int] = mapped_column(
        ForeignKey("flows.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(450), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class LLMBudget(Base):
    """LLM use per account per UTC day, reserved before each call so no one overspends."""

    __tablename__ = "llm_budget"
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    calls: Mapped[int] = mapped_column(Integer, default=0)
    tokens: Mapped[int] = mapped_column(Integer, default=0)
    cost_usd: Mapped[float] = mapped_column(Float, default=0.0)


class Analysis(Base):
    """The recorded outcome of analysing one session; superseded records are kept."""

    __tablename__ = "analyses"
    # one current analysis per session; superseded ones stay for the record
    __table_args__ = (
        Index(
            "uq_analyses_current_session",
            "session_id",
            unique=True,
            sqlite_where=text("is_current"),
            postgresql_where=text("is_current"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    session_id: Mapped[int] = mapped_column(ForeignKey("support_sessions.id", ondelete="CASCADE"))
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    outcome: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(Text)
    matched_flow_id: Mapped[int | None] = mapped_column(ForeignKey("flows.id", ondelete="SET NULL"))
    match_score: Mapped[float | None] = mapped_column(Float)
    match_source: Mapped[str | None] = mapped_column(String(20))
    proposal_id: Mapped[int | None] = mapped_column(ForeignKey("proposals.id", ondelete="SET NULL"))
    provider: Mapped[str | None] = mapped_column(String(50))
    alignment: Mapped[dict[str, Any] | None] = mapped_column()
    divergence_node_id: Mapped[str | None] = mapped_column(String(200))
    divergence_answer: Mapped[str | None] = mapped_column(Text)
    end_node_id: Mapped[str | None] = mapped_column(String(200))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    duration_ms: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    session: Mapped[SupportSession] = relationship()
    matched_flow: Mapped[Flow | None] = relationship()
    proposal: Mapped[Proposal | None] = relationship()


class LLMCall(Base):
    """The ledger: one row per language-model call, for budgets, cost and the dashboard."""

    __tablename__ = "llm_calls"
    __table_args__ = (Index("ix_llm_calls_account_day", "account_id", "created_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("support_sessions.id", ondelete="SET NULL")
    )
    action: Mapped[str] = mapped_column(String(40))
    provider: Mapped[str] = mapped_column(String(40))
    model: Mapped[str] = mapped_column(String(100))
    input_tokens: Mapped[int] = mapped_column(Integer, default=0)
    output_tokens: Mapped[int] = mapped_column(Integer, default=0)
    cache_read_tokens: Mapped[int] = mapped_column(Integer, default=0)
    cache_write_tokens: Mapped[int] = mapped_column(Integer, default=0)
    latency_ms: Mapped[float] = mapped_column(Float, default=0.0)
    outcome: Mapped[str] = mapped_column(String(30))
    error: Mapped[str | None] = mapped_column(Text)
    cost_usd: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Notification(Base):
    """An event for the reviewers' inbox (and, later, webhooks)."""

    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_inbox", "account_id", "read_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    event: Mapped[str] = mapped_column(String(60))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column()


class AuditEvent(Base):
    """Who did what to which record, and when."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity", "entity_type", "entity_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Schedule(Base):
    """Automatic analysis: on or off, how often, and when it runs next (survives restarts)."""

    __tablename__ = "schedules"
    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    interval_minutes: Mapped[int] = mapped_column(Integer, default=15)
    last_run_at: Mapped[datetime | None] = mapped_column()
    next_run_at: Mapped[datetime | None] = mapped_column()
    updated_by: Mapped[str | None] = mapped_column(String(200))


class AnalysisRun(Base):
    """One batch of analysis: who ran it (timer, button, worker, command) and what came out."""

    __tablename__ = "analysis_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    trigger: Mapped[str] = mapped_column(String(20))
    worker_id: Mapped[str] = mapped_column(String(100))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column()
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    total: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)


class Membership(Base):
    """A person's role in an account: viewer, reviewer or admin."""

    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("account_id", "user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    user_id: Mapped[str] = mapped_column(String(320))
    role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class WebhookDelivery(Base):
    """One notification on its way to an account's webhook, with its attempts."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    notification_id: Mapped[int] = mapped_column(ForeignKey("notifications.id", ondelete="CASCADE"))
    url: Mapped[str] = mapped_column(String(2000))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column()
    last_status_code: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column()
