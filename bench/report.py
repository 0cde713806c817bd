"""What a benchmark measured, the aim it is held to, and the table and JSON they end up in.

Pure data and formatting: no timing, no database, so the unit tests can check it all.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

Comparison = Literal["<", "<=", ">", ">="]
_COMPARE: dict[Comparison, Callable[[float, float], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}
_WORDS: dict[Comparison, str] = {"<": "under", "<=": "at most", ">": "over", ">=": "at least"}
# how many decimals each unit is shown with (others: 2)
_DECIMALS = {"sessions/s": 1, "ms": 2, "s": 3, "x": 2, "MB": 1, "tokens": 0, "ids": 0}
HEADERS = ("benchmark", "what", "size", "measured", "aim", "met?")


@dataclass(frozen=True)
class Aim:
    """A target a measured value must reach: `value <comparison> target`."""

    comparison: Comparison
    target: float

    def met_by(self, value: float) -> bool:
        return _COMPARE[self.comparison](value, self.target)

    def describe(self, unit: str) -> str:
        """'at least 500 sessions/s', 'under 0.5 s' (the target as written, not rounded)."""
        return f"{_WORDS[self.comparison]} {_with_unit(f'{self.target:,g}', unit)}"


@dataclass(frozen=True)
class Measurement:
    """One line of the results: what was measured at which size, and how it compares.

    `value` is None when the measurement could not be taken; `note` then says why (and
    otherwise adds what the table cannot hold, such as a maximum beside a median).
    """

    benchmark: str
    what: str
    size: str
    value: float | None
    unit: str
    aim: Aim | None = None
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def met(self) -> bool | None:
        """Whether the aim is met; None without an aim or without a value."""
        if self.aim is None or self.value is None:
            return None
        return self.aim.met_by(self.value)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["aim"] = (
            None if self.aim is None else {**asdict(self.aim), "text": self.aim.describe(self.unit)}
        )
        data["met"] = self.met
        return data


def failed(benchmark: str, what: str, size: str, reason: str) -> Measurement:
    """A measurement that could not be taken because something went wrong."""
    return Measurement(
        benchmark, what, size, None, "", note=f"failed: {reason}", details={"error": reason}
    )


def skipped(benchmark: str, what: str, size: str, reason: str) -> Measurement:
    """A measurement left out on purpose (say, without PostgreSQL)."""
    return Measurement(
        benchmark, what, size, None, "", note=f"skipped: {reason}", details={"skipped": reason}
    )


def errors(measurements: Iterable[Measurement]) -> list[Measurement]:
    """The measurements that failed (not those skipped)."""
    return [m for m in measurements if "error" in m.details]


def format_value(value: float | None, unit: str) -> str:
    """A value with its unit, thousands separated: '1,234.5 sessions/s', '0.512 s'."""
    if value is None:
        return "-"
    return _with_unit(f"{value:,.{_DECIMALS.get(unit, 2)}f}", unit)


def _with_unit(number: str, unit: str) -> str:
    """'1.8x' for ratios, '12 ms' for the rest, the bare number without a unit."""
    return f"{number}{unit}" if unit == "x" else f"{number} {unit}".rstrip()


def met_text(met: bool | None) -> str:
    return {True: "yes", False: "NO", None: "-"}[met]


def row(measurement: Measurement) -> tuple[str, ...]:
    """The table cells of one measurement."""
    m = measurement
    measured = format_value(m.value, m.unit)
    if m.note:
        measured = f"{measured} ({m.note})" if m.value is not None else m.note
    aim = m.aim.describe(m.unit) if m.aim else ""
    return (m.benchmark, m.what, m.size, measured, aim, met_text(m.met))


def table(measurements: Iterable[Measurement]) -> str:
    """A plain-text table, one measurement a line, columns padded to their widest cell."""
    return format_table(HEADERS, [row(m) for m in measurements])


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True))

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([line(headers).rstrip(), rule, *(line(r).rstrip() for r in rows)])


def summary(measurements: Sequence[Measurement]) -> str:
    """'7 of 9 aims met; not met: ...; 1 failed; 2 skipped.'"""
    judged = [m for m in measurements if m.met is not None]
    missed = [m for m in judged if not m.met]
    text = f"{len(judged) - len(missed)} of {len(judged)} aims met"
    if missed:
        text += "; not met: " + ", ".join(f"{m.what} ({m.size})" for m in missed)
    broken = errors(measurements)
    if broken:
        text += f"; {len(broken)} failed"
    left_out = [m for m in measurements if "skipped" in m.details]
    if left_out:
        text += f"; {len(left_out)} skipped"
    return text + "."


def machine_lines(machine: dict[str, Any]) -> list[str]:
    """The machine description as 'key: value' lines, for the top of the printed report."""
    return [f"{key.replace('_', ' ')}: {value}" for key, value in machine.items()]


def document(
    machine: dict[str, Any], options: dict[str, Any], measurements: Sequence[Measurement]
) -> dict[str, Any]:
    """Everything a run produced, as the JSON file holds it."""
    return {
        "machine": machine,
        "options": options,
        "summary": summary(measurements),
        "results": [m.as_json() for m in measurements],
    }


def write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")
