"""Write the held-out set: flows.json, sessions.json and labels.json, from `content.py`.

    python -m bench.holdout.build           # (re)write the three files
    python -m bench.holdout.build --check   # exit 1 if the files are not what this writes
    python -m bench.holdout.build --stats   # print the set's statistics

Each session follows its flow along one root-to-leaf path. Its label is the flow id and the
full node path from the root; its trail starts below the root when the opening statement
already answered the first questions. Everything is drawn from one seeded generator, so the
output is the same on every run.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random
from typing import Any

from bench.holdout import content
from bench.holdout.spec import Action, Decision, Flow, Node, Opt, Solution

SEED = 4_2026
FORMAT = "knowledge-flywheel/v1"
HERE = Path(__file__).resolve().parent
FILES = ("flows.json", "sessions.json", "labels.json")
MIN_SESSIONS, MAX_SESSIONS = 27, 37
START = datetime(2026, 9, 1, 7, 0, tzinfo=UTC)

# How each kind of user answers a question: weights of click / words / clarify / hold /
# unrecorded (typed words the agent did not record as an option).
STYLES = ("click", "words", "clarify", "hold", "unrecorded")
PERSONAS: dict[str, tuple[float, tuple[float, ...], float]] = {
    # persona: (share of sessions, answer-style weights, chance of a typo per text)
    "normal": (0.42, (0.21, 0.58, 0.13, 0.05, 0.03), 0.07),
    "terse": (0.20, (0.52, 0.41, 0.03, 0.02, 0.02), 0.10),
    "verbose": (0.16, (0.02, 0.70, 0.20, 0.05, 0.03), 0.05),
    "sloppy": (0.22, (0.15, 0.63, 0.10, 0.06, 0.06), 0.45),
}

MISSPELLINGS = {
    "the": "teh", "laptop": "labtop", "monitor": "moniter", "because": "becuase",
    "password": "pasword", "definitely": "definately", "receiver": "reciever",
    "doesn't": "doesnt", "don't": "dont", "it's": "its", "I'm": "im", "keyboard": "keybaord",
    "screen": "scren", "working": "wokring", "restart": "restrat", "nothing": "nothign",
    "bluetooth": "bluetoth", "onedrive": "one drive", "windows": "widnows", "still": "stil",
}


@dataclass
class Meta:
    """What was drawn for one session, for the statistics (not written anywhere)."""

    flow_id: str
    persona: str
    path_len: int
    skipped: int = 0
    styles: Counter[str] = field(default_factory=Counter)
    typos: int = 0
    free_text_steps: int = 0
    no_domain: bool = False


# --- flows ---------------------------------------------------------------------------------


def node_record(node: Node) -> dict[str, Any]:
    if isinstance(node, Decision):
        record: dict[str, Any] = {"id": node.id, "type": "decision", "title": node.title,
                                  "question": node.question}
        if node.help:
            record["help_text"] = node.help
        record["options"] = [
            {"id": f"{node.id}_{o.key}", "label": o.label, "next_node_id": o.next}
            for o in node.options
        ]
        return record
    if isinstance(node, Action):
        return {"id": node.id, "type": "action", "title": node.title,
                "description": node.description, "next_node_id": node.next}
    return {"id": node.id, "type": "solution", "title": node.title,
            "description": node.description}


def flow_record(flow: Flow) -> dict[str, Any]:
    root, *rest = flow.nodes
    tree = node_record(root)
    tree["children"] = [node_record(n) for n in rest]
    return {
        "id": flow.id,
        "name": flow.name,
        "description": flow.description,
        "problem_domain": flow.domain,
        "match_keywords": list(flow.keywords),
        "status": "active",
        "tree_structure": tree,
    }


def index(flow: Flow) -> dict[str, Node]:
    return {n.id: n for n in flow.nodes}


Hop = tuple[str, str | None]  # (node id, option key taken there; None for action/solution)


def all_paths(flow: Flow) -> list[list[Hop]]:
    """Every root-to-leaf path, in a stable order."""
    nodes = index(flow)

    def walk(node_id: str) -> list[list[Hop]]:
        node = nodes[node_id]
        if isinstance(node, Solution):
            return [[(node_id, None)]]
        if isinstance(node, Action):
            return [[(node_id, None), *tail] for tail in walk(node.next)]
        return [[(node_id, o.key), *tail] for o in node.options for tail in walk(o.next)]

    return walk("root")


def random_walk(flow: Flow, rng: Random) -> list[Hop]:
    nodes = index(flow)
    path: list[Hop] = []
    node = nodes["root"]
    while True:
        if isinstance(node, Solution):
            path.append((node.id, None))
            return path
        if isinstance(node, Action):
            path.append((node.id, None))
            node = nodes[node.next]
            continue
        choice = rng.choice(node.options)
        path.append((node.id, choice.key))
        node = nodes[choice.next]


def choose_paths(flow: Flow, rng: Random) -> list[list[Hop]]:
    """Half the sessions on distinct paths (for coverage), the rest by random walks (so the
    short, common paths come up more often, as they do at a real desk)."""
    count = rng.randint(MIN_SESSIONS, MAX_SESSIONS)
    paths = all_paths(flow)
    distinct = rng.sample(paths, min(len(paths), count // 2))
    walks = [random_walk(flow, rng) for _ in range(count - len(distinct))]
    chosen = distinct + walks
    rng.shuffle(chosen)
    return chosen


# --- wording -------------------------------------------------------------------------------


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:40] or "option"


def with_lead(rng: Random, text: str, chance: float = 0.25) -> str:
    if rng.random() >= chance:
        return text
    lead = rng.choice(content.LEAD_INS)
    return lead + _lower_first(text) if lead.endswith((", ", ": ")) else lead + text


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


class Voice:
    """One user's way of writing: length, casing and typos."""

    def __init__(self, rng: Random, persona: str, meta: Meta) -> None:
        self.rng, self.persona, self.meta = rng, persona, meta
        self.typo_rate = PERSONAS[persona][2]
        self.lowercase = persona == "sloppy" or rng.random() < 0.15

    def pick(self, phrases: tuple[str, ...]) -> str:
        ordered = sorted(phrases, key=len)
        half = max(1, (len(ordered) + 1) // 2)
        if self.persona == "terse":
            return self.rng.choice(ordered[:half])
        if self.persona == "verbose":
            return self.rng.choice(ordered[-half:])
        return self.rng.choice(phrases)

    def say(self, phrases: tuple[str, ...]) -> str:
        text = self.pick(phrases)
        if self.persona == "verbose" and self.rng.random() < 0.35:
            text = text.rstrip(".!") + self.rng.choice(content.VERBOSE_TAILS)
        return self.style(text)

    def style(self, text: str) -> str:
        rng = self.rng
        if self.lowercase:
            text = text.lower()
        elif self.persona != "sloppy" and rng.random() < 0.35:
            text = text[:1].upper() + text[1:]
        if len(text) < 28 and rng.random() < 0.03:
            text = text.upper()
        if rng.random() < self.typo_rate:
            typoed = add_typo(rng, text)
            if typoed != text:
                self.meta.typos += 1
                text = typoed
        if self.persona == "sloppy" and rng.random() < 0.3:
            text = text.rstrip(".")
        return text


def add_typo(rng: Random, text: str) -> str:
    words = text.split(" ")
    known = [i for i, w in enumerate(words) if w.lower().strip(",.!?") in MISSPELLINGS]
    if known and rng.random() < 0.5:
        i = rng.choice(known)
        bare = words[i].strip(",.!?")
        wrong = MISSPELLINGS.get(bare) or MISSPELLINGS[bare.lower()]
        words[i] = words[i].replace(bare, wrong)
        return " ".join(words)
    candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    kind = rng.choice(("swap", "drop", "double"))
    if kind == "swap":
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif kind == "drop":
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


# --- sessions ------------------------------------------------------------------------------


def presented(node: Decision, rng: Random) -> list[dict[str, str]]:
    """The options as the agent offered them: yes/no as is, other labels in its own words."""
    shown = []
    for o in node.options:
        label = rng.choice(o.shown)
        value = o.key if o.key in ("yes", "no") else slug(label)
        shown.append({"value": value, "label": label})
    return shown


def value_of(node: Decision, options: list[dict[str, str]], chosen: Opt) -> str:
    return options[node.options.index(chosen)]["value"]


class SessionWriter:
    def __init__(self, flow: Flow, path: list[Hop], rng: Random, meta: Meta) -> None:
        self.flow, self.path, self.rng, self.meta = flow, path, rng, meta
        self.nodes = index(flow)
        self.voice = Voice(rng, meta.persona, meta)
        self.steps: list[dict[str, Any]] = []

    def step(self, step_type: str, text: str, kind: str, **fields: Any) -> dict[str, Any]:
        record: dict[str, Any] = {
            "step_order": len(self.steps),
            "step_type": step_type,
            "content": {"text": text, "type": kind},
            "options_presented": fields.get("options_presented"),
            "selected_option": fields.get("selected_option"),
            "free_text_input": fields.get("free_text_input"),
            "was_free_text": fields.get("was_free_text", False),
            "was_skipped": False,
            "action_result": fields.get("action_result"),
        }
        if record["was_free_text"]:
            self.meta.free_text_steps += 1
        self.steps.append(record)
        return record

    def answer(self, chosen: Opt, value: str, *, click_ok: bool = True) -> dict[str, Any]:
        """selected_option, free_text_input and was_free_text for a recorded answer."""
        weights = PERSONAS[self.meta.persona][1]
        if click_ok and self.rng.random() < weights[0] / (weights[0] + weights[1]):
            return {"selected_option": value, "free_text_input": None}
        return {"selected_option": value, "free_text_input": self.voice.say(chosen.said)}

    def decision(self, node: Decision, key: str) -> None:
        rng = self.rng
        chosen = next(o for o in node.options if o.key == key)
        options = presented(node, rng)
        value = value_of(node, options, chosen)
        asks = list(node.asks)
        rng.shuffle(asks)
        first, again, third = asks[0], asks[1 % len(asks)], asks[2 % len(asks)]
        style = rng.choices(STYLES, weights=PERSONAS[self.meta.persona][1])[0]
        self.meta.styles[style] += 1
        shared = {"options_presented": options}
        if style in ("click", "words"):
            reply = (
                {"selected_option": value, "free_text_input": None}
                if style == "click"
                else {"selected_option": value, "free_text_input": self.voice.say(chosen.said)}
            )
            self.step("question", with_lead(rng, first), "question", **shared, **reply)
        elif style == "unrecorded":
            words = self.voice.say(chosen.said)
            self.step("question", with_lead(rng, first), "question", **shared,
                      free_text_input=words, was_free_text=True)
        elif style == "hold":
            remark = self.voice.style(rng.choice(content.HOLD_REMARKS))
            self.step("question", with_lead(rng, first), "question", **shared,
                      free_text_input=remark, was_free_text=True)
            follow = rng.choice(content.HOLD_FOLLOW_UPS)
            text = follow + _lower_first(again) if follow.endswith(": ") else follow + again
            self.step("question", text, "question", **shared, **self.answer(chosen, value))
        else:
            self.clarify(node, chosen, value, (first, again, third), shared)

    def clarify(self, node: Decision, chosen: Opt, value: str, asks: tuple[str, str, str],
                shared: dict[str, Any]) -> None:
        """The user asks back first. The agent explains, and the answer comes either on the
        explanation step or after the question is asked once more in other words."""
        rng = self.rng
        first, again, third = asks
        if node.clarify and rng.random() < 0.7:
            asked, explained = rng.choice(node.clarify)
            restated = again
        else:
            asked = rng.choice(content.GENERIC_CLARIFY_ASKS)
            lead = rng.choice(content.GENERIC_CLARIFY_LEADS)
            explained = lead + (_lower_first(again) if lead.endswith((": ", "- ")) else again)
            restated = third
        self.step("question", with_lead(rng, first), "question", **shared,
                  free_text_input=self.voice.style(asked), was_free_text=True)
        if restated in (first, explained) or rng.random() < 0.6:
            self.step("clarification", explained, "clarification", **shared,
                      **self.answer(chosen, value, click_ok=False))
        else:
            self.step("clarification", explained, "clarification")
            self.step("question", restated, "question", **shared, **self.answer(chosen, value))

    def action(self, node: Action) -> None:
        rng = self.rng
        fields: dict[str, Any] = {}
        if rng.random() < 0.85:
            fields["action_result"] = {"success": True, "details": rng.choice(node.results)}
        if rng.random() < 0.15:
            fields["free_text_input"] = self.voice.style(rng.choice(content.ACKS))
            fields["was_free_text"] = True
        self.step("action", with_lead(rng, rng.choice(node.says), 0.15), "action", **fields)

    def solution(self, node: Solution, text: str) -> None:
        fields: dict[str, Any] = {}
        if self.rng.random() < 0.12:
            fields["free_text_input"] = self.voice.style(self.rng.choice(content.THANKS))
            fields["was_free_text"] = True
        self.step("solution", text, "solution", **fields)

    def write(self, session_id: str) -> dict[str, Any]:
        rng, flow = self.rng, self.flow
        summary, skipped = self.opening()
        self.meta.skipped = skipped
        leaf = self.nodes[self.path[-1][0]]
        assert isinstance(leaf, Solution)
        says = list(leaf.says)
        rng.shuffle(says)
        for node_id, key in self.path[skipped:]:
            node = self.nodes[node_id]
            if isinstance(node, Decision):
                assert key is not None
                self.decision(node, key)
            elif isinstance(node, Action):
                self.action(node)
            else:
                self.solution(node, says[0])
        record: dict[str, Any] = {"id": session_id}
        if rng.random() < 0.75:
            record["team"] = rng.choice(flow.teams)
        record["status"] = "resolved"
        record["problem_summary"] = summary
        if rng.random() < 0.8:
            record["problem_domain"] = flow.domain
        else:
            self.meta.no_domain = True
        if rng.random() < 0.5:
            score = round(rng.uniform(0.45, 0.98), 2)
            record["confidence_tier"] = "high" if score >= 0.8 else (
                "medium" if score >= 0.6 else "low")
            record["confidence_score"] = score
        if rng.random() < 0.85:
            record["resolution_summary"] = says[1 % len(says)]
        minutes = rng.randrange(0, 60 * 24 * 75)
        record["resolved_at"] = (START + timedelta(minutes=minutes)).strftime(
            "%Y-%m-%dT%H:%M:00Z")
        record["steps"] = self.steps
        return record

    def opening(self) -> tuple[str, int]:
        """The problem summary, and how many leading decisions it already answered."""
        rng = self.rng
        answered = [(node_id, key) for node_id, key in self.path]
        fitting = [
            o for o in self.flow.openers
            if tuple(answered[: len(o.answers)]) == o.answers
        ]
        if fitting and rng.random() < 0.3:
            opener = rng.choice(fitting)
            return self.voice.style(rng.choice(opener.texts)), len(opener.answers)
        return self.voice.style(rng.choice(self.flow.summaries)), 0


def persona(rng: Random) -> str:
    names = list(PERSONAS)
    return rng.choices(names, weights=[PERSONAS[n][0] for n in names])[0]


def generate() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], list[Meta]]:
    rng = Random(SEED)
    flows = [flow_record(f) for f in content.FLOWS]
    planned = [(f, p) for f in content.FLOWS for p in choose_paths(f, rng)]
    rng.shuffle(planned)
    ids = rng.sample(range(10_000, 100_000), len(planned))
    sessions, labels, metas = [], {}, []
    for (flow, path), number in zip(planned, ids, strict=True):
        session_id = f"HO-{number}"
        meta = Meta(flow_id=flow.id, persona=persona(rng), path_len=len(path))
        sessions.append(SessionWriter(flow, path, rng, meta).write(session_id))
        labels[session_id] = {"flow_id": flow.id, "path": [node_id for node_id, _ in path]}
        metas.append(meta)
    return (
        {"format": FORMAT, "flows": flows},
        {"format": FORMAT, "sessions": sessions},
        dict(sorted(labels.items())),
        metas,
    )


def render() -> dict[str, str]:
    """The three files' exact text."""
    flows, sessions, labels, _ = generate()
    return {
        name: json.dumps(doc, indent=1, ensure_ascii=False) + "\n"
        for name, doc in zip(FILES, (flows, sessions, labels), strict=True)
    }


# --- statistics ----------------------------------------------------------------------------


def statistics() -> dict[str, Any]:
    flows, sessions, labels, metas = generate()
    steps = [s for r in sessions["sessions"] for s in r["steps"]]
    per_flow = Counter(m.flow_id for m in metas)
    sizes = {f["id"]: 1 + len(f["tree_structure"]["children"]) for f in flows["flows"]}
    node_types: Counter[str] = Counter()
    for f in flows["flows"]:
        tree = f["tree_structure"]
        for node in [tree, *tree["children"]]:
            node_types[node["type"]] += 1
    n = len(metas)

    def share(flags: list[bool]) -> float:
        return round(100 * sum(flags) / n, 1)

    styles: Counter[str] = Counter()
    for m in metas:
        styles.update(m.styles)
    return {
        "flows": len(flows["flows"]),
        "nodes_per_flow": sizes,
        "node_types": dict(node_types),
        "sessions": n,
        "sessions_per_flow": dict(sorted(per_flow.items())),
        "steps": len(steps),
        "path_length_min_max": (min(m.path_len for m in metas), max(m.path_len for m in metas)),
        "distinct_paths": len({tuple(v["path"]) for v in labels.values()}),
        "pct_with_clarification": share([m.styles["clarify"] > 0 for m in metas]),
        "pct_with_hold_remark": share([m.styles["hold"] > 0 for m in metas]),
        "pct_opening_answered_first_questions": share([m.skipped > 0 for m in metas]),
        "pct_with_free_text_step": share([m.free_text_steps > 0 for m in metas]),
        "pct_with_unrecorded_answer": share([m.styles["unrecorded"] > 0 for m in metas]),
        "pct_with_typo": share([m.typos > 0 for m in metas]),
        "pct_without_problem_domain": share([m.no_domain for m in metas]),
        "pct_question_steps_click_only": round(
            100 * styles["click"] / max(1, sum(styles.values())), 1),
        "personas": dict(Counter(m.persona for m in metas)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.holdout.build", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="verify the files are current")
    parser.add_argument("--stats", action="store_true", help="print the set's statistics")
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write (default: here)")
    args = parser.parse_args(argv)
    if args.stats:
        print(json.dumps(statistics(), indent=2))
        return 0
    texts = render()
    if args.check:
        stale = [n for n, t in texts.items()
                 if not (args.out / n).exists() or (args.out / n).read_text("utf-8") != t]
        if stale:
            print(f"out of date: {', '.join(stale)}; run python -m bench.holdout.build",
                  file=sys.stderr)
            return 1
        print("bench/holdout files are current")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (args.out / name).write_text(text, "utf-8")
    print(f"wrote {', '.join(FILES)} to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
