"""Generate the held-out IT-helpdesk evaluation set (flows.json, sessions.json, labels.json).

Run from the project root:

    .venv/bin/python -m bench.helpdesk_dev.build            # rewrite the three JSON files
    .venv/bin/python -m bench.helpdesk_dev.build --check    # only verify the files are up to date

The output depends only on `content.py` and SEED, so the files are reproducible.
Each session walks its flow along one root-to-leaf path; the label records that path.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import deque
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.helpdesk_dev.content import (
    ASIDES,
    FLOWS,
    GENERIC,
    HOW_TO_CHECK,
    RESTATE_PREFIX,
    TEAMS_NAMES,
    THANKS,
)

SEED = 4242
FORMAT = "knowledge-flywheel/v1"
HERE = Path(__file__).resolve().parent

# How a decision step is answered (shares of decision steps; clarification needs an
# explanation on the node, otherwise that draw falls back to a typed answer).
P_CLARIFY = 0.30  # "how do I check that?", agent explains, then the real answer
P_ASIDE = 0.04  # an unrelated remark, then the agent restates the question
P_UNMAPPED = 0.06  # typed answer the agent did not record as an option (selected_option null)
P_CLICKED = 0.22  # user clicked an option, typed nothing
P_GENERIC = 0.25  # for yes/no options: a bare "yep"/"nope" instead of a specific sentence
P_OPENING = 0.25  # when an opening statement can answer the first question(s), use it
P_TYPO = 0.10  # a typo in a user's text
P_DOMAIN = 0.85  # session carries the flow's problem_domain (else none)
P_ALT_LABEL = 0.35  # options shown with an alternative label
ACK = ["Thanks. ", "OK. ", "Got it. ", "Alright, ", "Thanks for that. ", "Right. "]

Path_ = list[tuple[str, str | None]]  # (symbolic node, option key taken or None)


# ------------------------------------------------------------------------------- trees


def node_ids(flow: dict[str, Any]) -> dict[str, str]:
    """Symbolic name -> node id: `root`, then n2, n3, ... in breadth-first order."""
    nodes = flow["nodes"]
    ids = {"root": "root"}
    queue = deque(["root"])
    counter = 2
    while queue:
        name = queue.popleft()
        for target in _targets(nodes[name]):
            if target not in ids:
                ids[target] = f"n{counter}"
                counter += 1
                queue.append(target)
    missing = set(nodes) - set(ids)
    if missing:
        raise ValueError(f"{flow['id']}: unreachable nodes {sorted(missing)}")
    return ids


def _targets(node: dict[str, Any]) -> list[str]:
    if node["type"] == "decision":
        return [o["to"] for o in node["options"]]
    if node["type"] == "action":
        return [node["to"]]
    return []


def tree_structure(flow: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    nodes = flow["nodes"]
    root = nodes["root"]
    tree: dict[str, Any] = {
        "id": "root",
        "type": "decision",
        "title": root["title"],
        "question": root["question"],
        "help_text": root["help_text"] or flow["description"],
        "options": _options(root, "root", ids),
        "children": [],
    }
    for name in sorted(ids, key=lambda n: int(ids[n][1:]) if n != "root" else 0):
        if name == "root":
            continue
        node, nid = nodes[name], ids[name]
        child: dict[str, Any] = {"id": nid, "type": node["type"], "title": node["title"]}
        if node["type"] == "decision":
            child |= {
                "question": node["question"],
                "options": _options(node, nid, ids),
                "next_node_id": None,
            }
            if node["help_text"]:
                child["help_text"] = node["help_text"]
        elif node["type"] == "action":
            child |= {
                "description": node["description"],
                "options": [],
                "next_node_id": ids[node["to"]],
            }
        else:
            child |= {"description": node["description"], "options": [], "next_node_id": None}
        tree["children"].append(child)
    return tree


def _options(node: dict[str, Any], nid: str, ids: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {"id": f"{nid}_{o['key']}", "label": o["label"], "next_node_id": ids[o["to"]]}
        for o in node["options"]
    ]


def all_paths(flow: dict[str, Any]) -> list[Path_]:
    """Every root-to-leaf path, as (node, option key) pairs; key None on action/solution."""
    nodes = flow["nodes"]
    out: list[Path_] = []

    def walk(name: str, so_far: Path_) -> None:
        node = nodes[name]
        if node["type"] == "solution":
            out.append([*so_far, (name, None)])
        elif node["type"] == "action":
            walk(node["to"], [*so_far, (name, None)])
        else:
            for option in node["options"]:
                walk(option["to"], [*so_far, (name, option["key"])])

    walk("root", [])
    return out


# ---------------------------------------------------------------------------- sessions


class Writer:
    """Turns one path of one flow into a session: trail of steps in free wording."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.stats = {
            "clarifications": 0,
            "asides": 0,
            "unmapped": 0,
            "clicked": 0,
            "typed": 0,
            "typos": 0,
            "decision_steps": 0,
        }
        self.flags: set[str] = set()  # what the current session contains

    # -- text helpers
    def user(self, text: str) -> str:
        """A user's words: sometimes with a typo, sometimes all lower case."""
        rng = self.rng
        if rng.random() < P_TYPO:
            text = self._typo(text)
            self.stats["typos"] += 1
            self.flags.add("typo")
        if rng.random() < 0.15:
            text = text.lower()
        return text

    def _typo(self, text: str) -> str:
        rng = self.rng
        words = text.split(" ")
        candidates = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
        if not candidates:
            return text
        i = rng.choice(candidates)
        w = words[i]
        j = rng.randrange(1, len(w) - 1)
        kind = rng.choice(["swap", "drop", "double"])
        if kind == "swap":
            w = w[: j - 1] + w[j] + w[j - 1] + w[j + 1 :]
        elif kind == "drop":
            w = w[:j] + w[j + 1 :]
        else:
            w = w[:j] + w[j] + w[j:]
        words[i] = w
        return " ".join(words)

    def ask(self, node: dict[str, Any], first: bool) -> str:
        text = self.rng.choice(node["asks"])
        if not first and self.rng.random() < 0.3:
            ack = self.rng.choice(ACK)
            text = ack + (text[0].lower() + text[1:] if ack.endswith(", ") else text)
        return text

    def answer(self, option: dict[str, Any]) -> str:
        if option["key"] in GENERIC and self.rng.random() < P_GENERIC:
            return self.user(self.rng.choice(GENERIC[option["key"]]))
        return self.user(self.rng.choice(option["answers"]))

    def presented(self, node: dict[str, Any]) -> list[dict[str, str]]:
        shown = []
        for o in node["options"]:
            label = o["alt"] if o["alt"] and self.rng.random() < P_ALT_LABEL else o["label"]
            shown.append({"value": o["key"], "label": label})
        return shown

    # -- steps
    def decision(self, node: dict[str, Any], key: str, first: bool) -> list[dict[str, Any]]:
        rng = self.rng
        option = next(o for o in node["options"] if o["key"] == key)
        shown = self.presented(node)
        self.stats["decision_steps"] += 1
        question = {
            "step_type": "question",
            "text": self.ask(node, first),
            "kind": "question",
            "options": shown,
        }
        style = rng.choices(
            ["clarify", "aside", "unmapped", "clicked", "typed"],
            weights=[
                P_CLARIFY,
                P_ASIDE,
                P_UNMAPPED,
                P_CLICKED,
                1 - P_CLARIFY - P_ASIDE - P_UNMAPPED - P_CLICKED,
            ],
        )[0]
        if style == "clarify" and not node["explain"]:
            style = "typed"  # nothing to explain on this node: the user just answers
        steps: list[dict[str, Any]] = []
        if style == "clarify":
            self.stats["clarifications"] += 1
            self.flags.add("clarification")
            steps.append(question | {"remark": self.user(rng.choice(HOW_TO_CHECK))})
            steps.append(
                {
                    "step_type": "clarification",
                    "text": rng.choice(node["explain"]),
                    "kind": "clarification",
                    "options": shown,
                    "key": key,
                    "typed": self.answer(option),
                }
            )
            return steps
        if style == "aside":
            self.stats["asides"] += 1
            self.flags.add("restated")
            steps.append(question | {"remark": self.user(rng.choice(ASIDES))})
            prefix, again = rng.choice(RESTATE_PREFIX), rng.choice(node["asks"])
            if prefix.endswith("- "):
                again = again[0].lower() + again[1:]
            again = prefix + again
            steps.append(
                {
                    "step_type": "question",
                    "text": again,
                    "kind": "question",
                    "options": shown,
                    "key": key,
                    "typed": self.answer(option),
                }
            )
            return steps
        if style == "unmapped":
            self.stats["unmapped"] += 1
            self.flags.add("unrecorded")
            return [question | {"remark": self.answer(option)}]
        if style == "clicked":
            self.stats["clicked"] += 1
            return [question | {"key": key, "typed": None}]
        self.stats["typed"] += 1
        return [question | {"key": key, "typed": self.answer(option)}]

    def action(self, node: dict[str, Any]) -> dict[str, Any]:
        return {
            "step_type": "action",
            "text": self.rng.choice(node["asks"]),
            "kind": "action",
            "result": {"success": True, "details": self.user(self.rng.choice(node["reports"]))},
        }

    def solution(self, node: dict[str, Any]) -> dict[str, Any]:
        return {
            "step_type": "solution",
            "text": self.rng.choice(node["tells"]),
            "kind": "solution",
            "result": {"success": True, "details": self.user(self.rng.choice(THANKS))},
        }


def _openings(flow: dict[str, Any], path: Path_) -> list[tuple[int, list[str]]]:
    """Opening statements that answer a prefix of this path: (prefix length, texts)."""
    out = []
    for prefix, texts in flow["answered"]:
        if len(prefix) < len(path) and all(
            path[i][0] == name and (key is None or path[i][1] == key)
            for i, (name, key) in enumerate(prefix)
        ):
            out.append((len(prefix), texts))
    return out


def _record(raw: dict[str, Any], order: int) -> dict[str, Any]:
    """A raw step in the interchange shape."""
    if raw["step_type"] in ("action", "solution"):
        return {
            "step_order": order,
            "step_type": raw["step_type"],
            "content": {"text": raw["text"], "type": raw["kind"]},
            "options_presented": [],
            "selected_option": None,
            "free_text_input": None,
            "was_free_text": False,
            "was_skipped": False,
            "action_result": raw["result"],
        }
    remark = raw.get("remark")
    return {
        "step_order": order,
        "step_type": raw["step_type"],
        "content": {"text": raw["text"], "type": raw["kind"]},
        "options_presented": raw["options"],
        "selected_option": None if remark is not None else raw["key"],
        "free_text_input": remark if remark is not None else raw["typed"],
        "was_free_text": remark is not None,
        "was_skipped": False,
        "action_result": None,
    }


def build() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], dict[str, Any]]:
    rng = random.Random(SEED)
    writer = Writer(rng)
    flows_out, sessions, labels = [], [], {}
    used_ids: set[str] = set()
    start = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    stats: dict[str, Any] = {
        "per_flow": {},
        "answered_openings": 0,
        "skipped_nodes": 0,
        "flags": {},
    }
    for flow in FLOWS:
        ids = node_ids(flow)
        tree = tree_structure(flow, ids)
        flows_out.append(
            {
                "id": flow["id"],
                "name": flow["name"],
                "description": flow["description"],
                "problem_domain": flow["domain"],
                "match_keywords": flow["keywords"],
                "status": "active",
                "tree_structure": tree,
            }
        )
        paths = all_paths(flow)
        weights = [rng.choice([1, 1, 2, 3, 4]) for _ in paths]
        count = rng.randint(28, 36)
        chosen = list(range(len(paths)))
        chosen += rng.choices(range(len(paths)), weights=weights, k=count - len(paths))
        rng.shuffle(chosen)
        stats["per_flow"][flow["id"]] = {
            "nodes": len(ids),
            "paths": len(paths),
            "sessions": count,
            "decision_nodes": sum(1 for n in flow["nodes"].values() if n["type"] == "decision"),
        }
        for index in chosen:
            path = paths[index]
            sid = _session_id(rng, used_ids)
            writer.flags = set()
            skip, summary = 0, writer.user(rng.choice(flow["openings"]))
            options = _openings(flow, path)
            if options and rng.random() < P_OPENING:
                skip, texts = rng.choice(options)
                summary = writer.user(rng.choice(texts))
                stats["answered_openings"] += 1
                writer.flags.add("answered_opening")
                stats["skipped_nodes"] += skip
            raw: list[dict[str, Any]] = []
            for position, (name, key) in enumerate(path[skip:]):
                node = flow["nodes"][name]
                if node["type"] == "decision":
                    assert key is not None
                    raw += writer.decision(node, key, first=position == 0)
                elif node["type"] == "action":
                    raw.append(writer.action(node))
                else:
                    raw.append(writer.solution(node))
            leaf = flow["nodes"][path[-1][0]]
            session: dict[str, Any] = {
                "id": sid,
                "team": rng.choice(TEAMS_NAMES),
                "status": "resolved",
                "problem_summary": summary,
            }
            if rng.random() < P_DOMAIN:
                session["problem_domain"] = flow["domain"]
            session |= {
                "resolution_summary": rng.choice(leaf["summaries"]),
                "resolved_at": (start + timedelta(minutes=rng.randrange(60 * 24 * 60))).strftime(
                    "%Y-%m-%dT%H:%M:%SZ"
                ),
                "steps": [_record(step, order) for order, step in enumerate(raw)],
            }
            sessions.append(session)
            stats["flags"][sid] = writer.flags
            labels[sid] = {"flow_id": flow["id"], "path": [ids[name] for name, _ in path]}
    rng.shuffle(sessions)
    stats |= writer.stats
    return (
        {"format": FORMAT, "flows": flows_out},
        {"format": FORMAT, "sessions": sessions},
        labels,
        stats,
    )


def _session_id(rng: random.Random, used: set[str]) -> str:
    while True:
        sid = f"HD-{rng.randrange(10000, 99999)}"
        if sid not in used:
            used.add(sid)
            return sid


def _dump(data: Any) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def statistics(sessions: list[dict[str, Any]], stats: dict[str, Any]) -> dict[str, Any]:
    """Shares over sessions, as reported in the README."""
    n = len(sessions)

    def share(pred: Any) -> float:
        return round(100 * sum(1 for s in sessions if pred(s)) / n, 1)

    def flagged(flag: str) -> float:
        return round(100 * sum(1 for f in stats["flags"].values() if flag in f) / n, 1)

    def steps_of(kind: str) -> Any:
        return lambda s: any(st["step_type"] == kind for st in s["steps"])

    return {
        "flows": len(stats["per_flow"]),
        "nodes": sum(f["nodes"] for f in stats["per_flow"].values()),
        "sessions": n,
        "per_flow": stats["per_flow"],
        "steps": sum(len(s["steps"]) for s in sessions),
        "pct_sessions_with_clarification": share(steps_of("clarification")),
        "pct_sessions_with_answered_opening": round(100 * stats["answered_openings"] / n, 1),
        "pct_sessions_with_free_text_step": share(
            lambda s: any(st["was_free_text"] for st in s["steps"])
        ),
        "pct_sessions_with_action_step": share(steps_of("action")),
        "pct_sessions_with_restated_question": flagged("restated"),
        "pct_sessions_with_unrecorded_answer": flagged("unrecorded"),
        "pct_sessions_with_typo": flagged("typo"),
        "nodes_answered_by_openings": stats["skipped_nodes"],
        "decision_steps": stats["decision_steps"],
        "decision_answers": {
            k: stats[k] for k in ("typed", "clicked", "clarifications", "asides", "unmapped")
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if files are out of date")
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write into")
    args = parser.parse_args(argv)
    flows, sessions, labels, stats = build()
    files = {"flows.json": flows, "sessions.json": sessions, "labels.json": labels}
    if args.check:
        stale = [
            name
            for name, data in files.items()
            if not (args.out / name).exists()
            or (args.out / name).read_text(encoding="utf-8") != _dump(data)
        ]
        if stale:
            print("out of date: " + ", ".join(stale), file=sys.stderr)
            return 1
        print("up to date")
        return 0
    for name, data in files.items():
        (args.out / name).write_text(_dump(data), encoding="utf-8")
    print(json.dumps(statistics(sessions["sessions"], stats), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
