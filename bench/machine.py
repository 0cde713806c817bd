"""The machine a benchmark ran on: CPU, cores, memory, and the software versions that matter."""

from __future__ import annotations

import os
import platform
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

CPUINFO = Path("/proc/cpuinfo")
MEMINFO = Path("/proc/meminfo")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _fields(text: str, name: str) -> list[str]:
    """The values of every `name : value` line of a /proc file."""
    values = []
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() == name:
            values.append(value.strip())
    return values


def cpu_model(cpuinfo: str) -> str:
    """The first 'model name' of /proc/cpuinfo, else the platform's processor name."""
    models = _fields(cpuinfo, "model name")
    return models[0] if models else platform.processor() or "unknown"


def physical_cores(cpuinfo: str) -> int | None:
    """Distinct (physical id, core id) pairs, when /proc/cpuinfo lists them."""
    cores = set(zip(_fields(cpuinfo, "physical id"), _fields(cpuinfo, "core id"), strict=False))
    return len(cores) or None


def memory_gib(meminfo: str) -> float | None:
    """MemTotal of /proc/meminfo in GiB."""
    totals = _fields(meminfo, "MemTotal")
    if not totals:
        return None
    return round(int(totals[0].split()[0]) / 1024**2, 1)


def describe(postgres: str | None) -> dict[str, Any]:
    """What the report states about this machine, the run's moment and the load at its start."""
    cpuinfo = _read(CPUINFO)
    return {
        "cpu": cpu_model(cpuinfo),
        "logical_cpus": os.cpu_count(),
        "physical_cores": physical_cores(cpuinfo),
        "memory_gib": memory_gib(_read(MEMINFO)),
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "postgresql": postgres or "not used",
        "load_average": " ".join(f"{n:.2f}" for n in os.getloadavg()),
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
