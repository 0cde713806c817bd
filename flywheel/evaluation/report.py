"""The report: the metrics as an aligned text table with the aims next to them, then the
sessions each experiment missed."""

from __future__ import annotations

from typing import Any

from flywheel.evaluation.misses import MISSES
from flywheel.evaluation.orders import ORDERS


def render_table(results: dict[str, Any]) -> str:
    """The metrics as an aligned text table with the aims next to them, then the sessions
    each experiment missed when the results hold them."""
    rows = [("experiment", "metric", "value", "aim")]
    rows += _rows(results)
    widths = [max(len(row[n]) for row in rows) for n in range(4)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    if "shuffle" in results:
        lines.insert(0, f"sessions of each run in an order shuffled with seed {results['shuffle']}")
    lines += _order_lines(results.get(ORDERS))
    return "\n".join([*(line.rstrip() for line in lines), *_miss_lines(results)])


_SPREAD = (  # (experiment, figure, row, percent): the figures shown over several orders
    ("matching", "end_node_accuracy", "end-node accuracy", True),
    ("matching", "reinforced_share", "routed to reinforcement", True),
    ("enhancement", "attach_share", "attached at the cut node", True),
    ("enhancement", "proposals_per_cut", "proposals per cut", False),
    ("mining", "proposals_per_flow", "pending proposals per flow", False),
    ("mining", "mining_branch_recall", "branch recall, largest", True),
    ("mining", "mixing_misplaced", "in another problem's proposal", False),
)


def _order_lines(orders: dict[str, Any] | None) -> list[str]:
    """The headline figures' mean, least and most over the orders run (none for one)."""
    if not orders:
        return []
    count = orders["count"]
    lines = ["", f"over {count} orders (the first, then shuffled with seeds 1 to {count - 1}):"]
    for experiment, key, row, percent in _SPREAD:
        figure = orders.get(experiment, {}).get(key)
        if figure is not None:
            show = _pct if percent else _number
            least, most = show(figure["min"]), show(figure["max"])
            lines.append(f"  {experiment:<11} {row:<33} {show(figure['mean'])} [{least}, {most}]")
    return lines


def _number(value: float) -> str:
    return f"{value:.2f}"


def _miss_lines(results: dict[str, Any]) -> list[str]:
    """One line per missed session, under a heading per experiment (nothing without them)."""
    groups = [
        ("matching: not reinforced at the labelled end", results.get("matching", {})),
        *(
            group
            for flow, r in results.get("enhancement", {}).get("flows", {}).items()
            for group in (
                (f"enhancement, {flow} cut at {' / '.join(r['cut'])}: not attached", r),
                (f"enhancement, {flow}: off the cut, not reinforced", r.get("others", {})),
            )
        ),
        (
            "enhancement, own flow removed, the others cut: enhancing another flow",
            results.get("enhancement", {}).get("gaps", {}),
        ),
        ("mining: in another problem's proposal", results.get("mining", {})),
    ]
    lines: list[str] = []
    for heading, result in groups:
        if result.get(MISSES):
            lines += ["", f"{heading}:"]
            lines += ["  " + _miss_text(miss) for miss in result[MISSES]]
    return lines


def _miss_text(miss: dict[str, Any]) -> str:
    score = miss.get("score")
    fields = {**miss, "score": f"{score:.2f}" if isinstance(score, float) else score}
    return "  ".join(
        f"{key}={' '.join(map(str, value)) if isinstance(value, list) else value}"
        for key, value in fields.items()
        if value is not None
    )


Row = tuple[str, str, str, str]


def _rows(results: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    for name, rows_of in (
        ("matching", _matching_rows),
        ("enhancement", _enhancement_rows),
        ("mining", _mining_rows),
    ):
        if results.get(name):
            rows += rows_of(results[name])
    return rows


def _matching_rows(m: dict[str, Any]) -> list[Row]:
    return [
        ("matching", "top-1 flow accuracy", _pct(m["top1_accuracy"]), ">= 99%"),
        ("matching", "end-node accuracy", _pct(m["end_node_accuracy"]), ">= 97%"),
        ("matching", "decision-path recall", _pct(m["decision_path_recall"]), ">= 95%"),
        ("routing", "routed to reinforcement", _pct(m["reinforced_share"]), ">= 97%"),
        ("routing", "original rule would", _pct(m["original_rule_reinforced_share"]), ""),
        ("timing", "analysis per session", f"{m['ms_per_session']:.1f} ms", ""),
    ]


def _enhancement_rows(e: dict[str, Any]) -> list[Row]:
    return [
        ("enhancement", "attached at the cut node", _pct(e["attach_share"]), ">= 90%"),
        ("enhancement", "  trail asks the cut node", _pct(e["asked_share"]), ""),
        ("enhancement", "  attached when it asks", _pct(e["attach_share_when_asked"]), ""),
        ("enhancement", "cut-node recall", _pct(e["cut_node_recall"]), ""),
        ("enhancement", "  nodes known by words alone", _optional(e, "cut_node_recall_words"), ""),
        ("enhancement", "proposals per cut", f"{e['proposals_per_cut']:.2f}", ""),
        ("enhancement", "off the cut, still reinforced", _pct(e["others_reinforced_share"]), ""),
        ("enhancement", "own flow removed: enhancing another", _foreign(e), "0"),
    ]


def _foreign(e: dict[str, Any]) -> str:
    gaps = e.get("gaps")
    return f"{gaps['foreign_enhancements']} of {gaps['sessions']} sessions" if gaps else "-"


_RECALL_READINGS = (  # (row, key, aim): mining's branch recall read otherwise, and its yardsticks
    ("  nodes known by words alone", "mining_branch_recall_words", ""),
    ("  the flow in its sessions' words", "mining_branch_recall_ideal", ""),
    ("  branches its sessions took", "mining_own_branches", ""),
    ("  held where its steps stand", "mining_branch_recall_by_steps", ""),
    ("  another flow's branches (max)", "mining_branch_recall_elsewhere", "0"),
)


def _mining_rows(g: dict[str, Any]) -> list[Row]:
    count = f"{g['proposals_per_flow']:.2f} (max {g['max_proposals']})"
    return [
        ("mining", "pending proposals per flow", count, "<= 2"),
        ("mining", "branch recall, largest", _pct(g["mining_branch_recall"]), ">= 90%"),
        *[("mining", row, _optional(g, key), aim) for row, key, aim in _RECALL_READINGS],
        ("mining", "sessions matched elsewhere", str(g["matched_elsewhere"]), "0"),
        ("mining", "in another problem's proposal", _mixed(g), "0"),
    ]


def _optional(g: dict[str, Any], key: str) -> str:
    value = g.get(key)
    return "-" if value is None else _pct(value)


def _mixed(g: dict[str, Any]) -> str:
    if "mixing_misplaced" not in g:
        return "-"
    return f"{g['mixing_misplaced']} of {g['mixing_sessions']} sessions"


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"
