"""What one run of `python -m bench` measures, at which sizes, against which databases."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy.engine import make_url

from bench.databases import Backend

BENCHMARKS = ("analyzer", "workers", "pages", "render", "similarity", "prompt")
DEFAULT_TIMEOUT = 3_600.0


@dataclass(frozen=True)
class Plan:
    """Sizes and switches for one run (`full` or `quick`, then the command-line options)."""

    analyzer_sizes: tuple[int, ...]
    worker_sessions: int
    worker_counts: tuple[int, ...]
    page_proposals: int
    page_sessions: int
    page_runs: int
    similarity_proposals: int
    similarity_lookups: int
    rounds: int = 1  # analyzer and worker runs of each size; the fastest is reported
    backends: tuple[Backend, ...] = ("sqlite", "postgresql")
    postgres_admin_url: str = ""
    timeout: float = DEFAULT_TIMEOUT
    only: tuple[str, ...] = BENCHMARKS

    def has(self, backend: Backend) -> bool:
        return backend in self.backends

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["postgres_admin_url"] = _without_password(self.postgres_admin_url)
        return data


def _without_password(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True) if url else url


def full() -> Plan:
    """The sizes of the issue: 1k/10k/50k sessions, 10k proposals among 100k sessions."""
    return Plan(
        analyzer_sizes=(1_000, 10_000, 50_000),
        worker_sessions=10_000,
        worker_counts=(1, 2),
        page_proposals=10_000,
        page_sessions=100_000,
        page_runs=5,
        similarity_proposals=10_000,
        similarity_lookups=20,
        rounds=2,
    )


def quick() -> Plan:
    """Small sizes, to check the harness end to end in a minute or two."""
    return Plan(
        analyzer_sizes=(1_000,),
        worker_sessions=1_000,
        worker_counts=(1, 2),
        page_proposals=1_000,
        page_sessions=10_000,
        page_runs=5,
        similarity_proposals=1_000,
        similarity_lookups=5,
    )
