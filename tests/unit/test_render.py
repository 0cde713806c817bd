"""Unit tests for flywheel.render, reading the DOT source back (no Graphviz `dot` needed)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

import pytest

from flywheel.errors import InvalidInput
from flywheel.render import (
    CHANGED_COLOUR,
    NEW_COLOUR,
    NEXT,
    Highlight,
    Traffic,
    describe_diff,
    diff_highlight,
    edge_key,
    to_digraph,
    to_dot,
    to_image,
)
from flywheel.trees import Tree, parse_tree

# --- a small DOT reader: one statement per line, as the graphviz package writes them ------

_TOKEN = re.compile(r'\s*+("(?:[^"\\]|\\.)*+"|->|[\[\]={};:]|[^\s\[\]={};:"]++)\s*+')


@dataclass
class Statement:
    """A node or edge statement: its (unquoted) names and attributes."""

    names: list[str]
    attrs: dict[str, str]

    @property
    def is_edge(self) -> bool:
        return len(self.names) == 2


def _unquote(token: str) -> str:
    """A DOT ID as Graphviz reads it: in quotes only \\" is an escape (\\\\ stays two chars)."""
    if not token.startswith('"'):
        return token
    return re.sub(r"\\(.)", lambda m: m.group(1) if m.group(1) == '"' else m.group(0), token[1:-1])


def _tokens(line: str) -> list[str]:
    """The DOT tokens of one line; fails when part of it is not a token (say, a broken string)."""
    tokens: list[str] = []
    position = 0
    while position < len(line):
        match = _TOKEN.match(line, position)
        assert match, f"not valid DOT at {position}: {line!r}"
        tokens.append(match.group(1))
        position = match.end()
    return tokens


def statements(source: str) -> list[Statement]:
    """Every node and edge statement; fails when a line would not tokenize as DOT."""
    found: list[Statement] = []
    for line in source.splitlines():
        tokens = _tokens(line.strip())
        assert not any(t.startswith("<") for t in tokens), f"HTML label or name: {line!r}"
        if not tokens or tokens[0] in ("graph", "node", "edge", "subgraph", "digraph", "}"):
            continue
        head = tokens[: tokens.index("[")] if "[" in tokens else tokens
        if "=" in head:
            continue  # a graph attribute inside a subgraph (`label=...`)
        assert ":" not in head, f"unexpected port in {line!r}"
        names = [_unquote(t) for t in head if t != "->"]
        found.append(Statement(names, _attrs(tokens)))
    return found


def _attrs(tokens: list[str]) -> dict[str, str]:
    if "[" not in tokens:
        return {}
    body = tokens[tokens.index("[") + 1 : -1]
    return {_unquote(body[i]): _unquote(body[i + 2]) for i in range(0, len(body), 3)}


def shown(label: str) -> str:
    """What Graphviz draws for a plain label: escString escapes, then HTML entities."""
    text = re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nlr" else m.group(1), label)
    return html.unescape(text)


def nodes(source: str) -> dict[str, dict[str, str]]:
    return {s.names[0]: s.attrs for s in statements(source) if not s.is_edge}


def edges(source: str) -> list[Statement]:
    return [s for s in statements(source) if s.is_edge]


def edge(source: str, tail: str, head: str) -> dict[str, str]:
    (found,) = [e.attrs for e in edges(source) if e.names == [tail, head]]
    return found


# --- trees ---------------------------------------------------------------------------------


def sample() -> Tree:
    """root asks; yes -> action unlock -> solution done; no -> unexplored; maybe -> missing."""
    return parse_tree(
        {
            "id": "root",
            "type": "decision",
            "question": "Is the account locked?",
            "support": 3,
            "options": [
                {"id": "yes", "label": "Yes", "next_node_id": "unlock", "support": 2},
                {"id": "no", "label": "No"},
                {"id": "maybe", "label": "Not sure", "next_node_id": "ghost"},
            ],
            "children": [
                {
                    "id": "unlock",
                    "type": "action",
                    "title": "Unlock the account",
                    "description": "In AD",
                    "next_node_id": "done",
                },
                {"id": "done", "type": "solution", "title": "Unlocked"},
            ],
        }
    )


def chain(count: int) -> Tree:
    """A binary tree of `count` decision nodes; the last level's options are unexplored."""
    children = []
    for i in range(1, count):
        options = [
            {
                "id": side,
                "label": side,
                "next_node_id": f"n{2 * i + k}" if 2 * i + k < count else None,
            }
            for k, side in enumerate(("left", "right"))
        ]
        children.append(
            {"id": f"n{i}", "type": "decision", "question": f"Q{i}?", "options": options}
        )
    root_options = [
        {"id": "go", "label": "Go", "next_node_id": "n1"},
        {"id": "stop", "label": "Stop"},
    ]
    return parse_tree(
        {"id": "root", "type": "decision", "question": "Start?", "options": root_options}
        | {"children": children}
    )


# --- nodes -----------------------------------------------------------------------------------


def test_node_types_get_their_own_shape_and_colour() -> None:
    found = nodes(to_dot(sample()))
    assert found["root"]["style"] == "rounded,filled"
    assert found["root"]["fillcolor"] == "#dbeafe"
    assert found["unlock"]["style"] == "filled"
    assert found["unlock"]["fillcolor"] == "#fef3c7"
    assert found["done"]["peripheries"] == "2"
    assert found["done"]["fillcolor"] == "#dcfce7"
    assert len({found[n]["fillcolor"] for n in ("root", "unlock", "done")}) == 3


def test_labels_show_question_or_title_not_the_id() -> None:
    found = nodes(to_dot(sample(), show_support=False))
    assert shown(found["root"]["label"]) == "Is the account locked?"
    assert shown(found["unlock"]["label"]) == "Unlock the account"
    assert shown(found["done"]["label"]) == "Unlocked"
    assert shown(found["unlock"]["tooltip"]) == "Unlock the account | In AD"


def test_long_text_is_wrapped_and_cut_with_an_ellipsis() -> None:
    data = sample().model_dump()
    data["question"] = " ".join(["troubleshooting"] * 30)
    label = shown(nodes(to_dot(parse_tree(data), show_support=False))["root"]["label"])
    lines = label.split("\n")
    assert len(lines) > 3
    assert all(len(line) <= 28 for line in lines)
    assert label.endswith("…")
    assert len(label.replace("\n", " ")) <= 160


# --- edges -----------------------------------------------------------------------------------


def test_edges_carry_option_labels_and_next_steps_none() -> None:
    source = to_dot(sample(), show_support=False)
    assert shown(edge(source, "root", "unlock")["label"]) == "Yes"
    assert "label" not in edge(source, "unlock", "done")


def test_unexplored_option_is_a_dashed_edge_to_a_grey_placeholder() -> None:
    source = to_dot(sample())
    (dashed,) = [e for e in edges(source) if e.attrs.get("style") == "dashed"]
    assert dashed.names[0] == "root"
    assert shown(dashed.attrs["label"]) == "No"
    placeholder = nodes(source)[dashed.names[1]]
    assert placeholder["label"] == "unexplored"
    assert "dashed" in placeholder["style"]
    assert placeholder["color"] == "#9ca3af"


def test_support_counts_shown_unless_turned_off() -> None:
    source = to_dot(sample())
    assert shown(nodes(source)["root"]["label"]).endswith("\n×3")
    assert shown(edge(source, "root", "unlock")["label"]) == "Yes ×2"
    quiet = to_dot(sample(), show_support=False)
    assert "×" not in quiet


def test_missing_reference_gets_one_red_placeholder() -> None:
    data = sample().model_dump()
    data["children"][0]["next_node_id"] = "ghost"  # a second reference to the same missing id
    source = to_dot(parse_tree(data))
    missing = {name: attrs for name, attrs in nodes(source).items() if "missing" in attrs["label"]}
    ((name, attrs),) = missing.items()
    assert shown(attrs["label"]) == "missing: ghost"
    assert attrs["color"] == "#dc2626"
    assert edge(source, "root", name)["color"] == "#dc2626"
    assert "color" in edge(source, "unlock", name)


# --- highlight and traffic --------------------------------------------------------------------


def test_highlight_marks_new_nodes_edges_and_changed_nodes() -> None:
    highlight = Highlight(
        new_nodes={"done"}, new_edges={("unlock", NEXT), ("root", "no")}, changed_nodes={"root"}
    )
    source = to_dot(sample(), highlight=highlight)
    found = nodes(source)
    assert found["done"]["color"] == NEW_COLOUR
    assert found["done"]["penwidth"] == "2.5"
    assert found["root"]["color"] == CHANGED_COLOUR
    assert found["unlock"]["color"] != NEW_COLOUR
    assert edge(source, "unlock", "done")["color"] == NEW_COLOUR
    (unexplored,) = [e for e in edges(source) if e.attrs.get("style") == "dashed"]
    assert unexplored.attrs["color"] == NEW_COLOUR
    assert edge(source, "root", "unlock").get("color") != NEW_COLOUR


def test_traffic_widens_busy_edges_and_fades_idle_nodes() -> None:
    traffic = Traffic(
        nodes={"root": 40, "unlock": 30, "done": 0},
        edges={edge_key("root", "yes"): 30, edge_key("unlock"): 3, edge_key("root", "maybe"): 0},
    )
    source = to_dot(sample(), traffic=traffic, show_support=False)
    busy = edge(source, "root", "unlock")
    quiet = edge(source, "unlock", "done")
    assert float(busy["penwidth"]) == 8.0
    assert 1.0 < float(quiet["penwidth"]) < float(busy["penwidth"])
    assert shown(busy["label"]) == "Yes\n30 sessions"
    assert shown(quiet["label"]) == "3 sessions"
    found = nodes(source)
    assert found["done"]["fontcolor"] == "#9ca3af"
    assert "fontcolor" not in found["root"]


def test_edge_key_convention() -> None:
    assert edge_key("root", "yes") == "root:yes"
    assert edge_key("unlock") == "unlock:next"


# --- diffs -------------------------------------------------------------------------------------


def old_and_new() -> tuple[Tree, Tree]:
    """v2 explores 'Error 720' with a new decision, rewords root, renames and drops options."""
    old = parse_tree(
        {
            "id": "root",
            "type": "decision",
            "question": "Which error code?",
            "options": [
                {"id": "e809", "label": "Error 809", "next_node_id": "fw"},
                {"id": "e720", "label": "Error 720"},
                {"id": "other", "label": "Other", "next_node_id": "gone"},
            ],
            "children": [
                {"id": "fw", "type": "action", "title": "Open UDP 500", "next_node_id": "ok"},
                {"id": "ok", "type": "solution", "title": "Firewall fixed"},
                {"id": "gone", "type": "solution", "title": "Call the ISP"},
            ],
        }
    )
    new = parse_tree(
        {
            "id": "root",
            "type": "decision",
            "question": "Which error code does the client show?",
            "options": [
                {"id": "e809", "label": "Error 809 (IKE)", "next_node_id": "fw"},
                {"id": "e720", "label": "Error 720", "next_node_id": "client"},
            ],
            "children": [
                {"id": "fw", "type": "action", "title": "Open UDP 500", "next_node_id": "ok"},
                {"id": "ok", "type": "solution", "title": "Firewall fixed"},
                {
                    "id": "client",
                    "type": "decision",
                    "question": "Is the VPN client up to date?",
                    "options": [
                        {"id": "yes", "label": "Yes", "next_node_id": "ok"},
                        {"id": "no", "label": "No"},
                    ],
                },
            ],
        }
    )
    return old, new


def test_diff_highlight_finds_new_nodes_edges_and_changes() -> None:
    old, new = old_and_new()
    highlight = diff_highlight(old, new)
    assert highlight.new_nodes == {"client"}
    assert highlight.new_edges == {("root", "e720"), ("client", "yes"), ("client", "no")}
    assert highlight.changed_nodes == {"root"}
    assert diff_highlight(old, old) == Highlight()


def test_describe_diff_in_words() -> None:
    old, new = old_and_new()
    assert describe_diff(old, new) == [
        "Adds decision 'Is the VPN client up to date?' after 'Which error code does the client "
        "show?' via option 'Error 720'",
        "Changes the question of 'root' from 'Which error code?' to "
        "'Which error code does the client show?'",
        "Renames option 'Error 809' of 'Which error code does the client show?' to "
        "'Error 809 (IKE)'",
        "Removes option 'Other' from 'Which error code does the client show?'",
        "Removes solution 'Call the ISP'",
    ]
    assert describe_diff(old, old) == []


def test_describe_diff_next_steps_and_repointed_options() -> None:
    old, new = old_and_new()
    data = new.model_dump()
    data["children"][0]["next_node_id"] = None
    data["options"][1]["next_node_id"] = "ok"
    data["children"] = data["children"][:2]
    assert describe_diff(new, parse_tree(data)) == [
        "Points option 'Error 720' of 'Which error code does the client show?' to "
        "'Firewall fixed' (was 'Is the VPN client up to date?')",
        "Makes 'Open UDP 500' end the path (it led to 'Firewall fixed')",
        "Removes decision 'Is the VPN client up to date?'",
    ]


# --- hostile text --------------------------------------------------------------------------

HOSTILE = [
    'Say "hi" and \\"bye\\"',
    "braces {graph} [node] edge; subgraph -> digraph",
    "<script>alert(1)</script> <b>bold</b> & &amp; &lt; &#60;",
    "<b>all HTML</b>",
    "back\\slash \\N \\G \\n \\l \\L \\ trailing\\",
    "line\nbreak\ttab\r\x00nul",
    "**markdown** _under_ `code` [link](http://x)",
]


def hostile_tree() -> Tree:
    children: list[dict[str, Any]] = [
        {"id": text, "type": "solution", "title": text} for text in HOSTILE[1:]
    ]
    options = [
        {"id": f"o{i}", "label": text, "next_node_id": text} for i, text in enumerate(HOSTILE)
    ]
    return parse_tree(
        {"id": HOSTILE[0], "type": "decision", "question": HOSTILE[0], "options": options}
        | {"children": children}
    )


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_comes_out_literal(text: str) -> None:
    source = to_dot(hostile_tree(), title=text)
    expected = " ".join(text.replace("\x00", " ").split())
    labels = [shown(attrs["label"]) for attrs in nodes(source).values()]
    labels += [shown(e.attrs["label"]) for e in edges(source)]
    assert expected in [label.replace("\n", " ") for label in labels]


def test_hostile_ids_stay_distinct_and_edges_point_at_declared_nodes() -> None:
    ids = ["graph", "Node", "a:b", "a~3Ab", "a_b", "<x>", "%3", 'q"uote', "back\\", "~unexplored~1"]
    children = [{"id": i, "type": "solution", "title": f"t{n}"} for n, i in enumerate(ids)]
    options = [{"id": f"o{n}", "label": "x", "next_node_id": i} for n, i in enumerate(ids)]
    tree = parse_tree(
        {
            "id": "root",
            "type": "decision",
            "question": "Q",
            "options": options + [{"id": "u", "label": "unexplored"}],
            "children": children,
        }
    )
    source = to_dot(tree)
    declared = nodes(source)
    assert len(declared) == len(ids) + 2
    assert all(e.names[1] in declared for e in edges(source))
    titles = {shown(declared[e.names[1]]["label"]) for e in edges(source)}
    assert titles == {f"t{n}" for n in range(len(ids))} | {"unexplored"}


def test_title_and_legend() -> None:
    source = to_dot(sample(), title="VPN: v2 vs v1", legend=True)
    assert 'label="VPN: v2 vs v1"' in source
    assert "subgraph cluster_legend" in source
    legend = {shown(attrs["label"]) for name, attrs in nodes(source).items() if "legend" in name}
    assert legend == {"decision", "action", "solution", "new", "changed", "unexplored"}


# --- size and errors ---------------------------------------------------------------------------


def test_thousand_node_tree_builds() -> None:
    graph = to_digraph(chain(1000))
    found = nodes(graph.source)
    assert sum(1 for name in found if not name.startswith("~")) == 1000
    assert len(edges(graph.source)) == 2 * 1000


def test_unknown_image_format_is_refused_before_rendering() -> None:
    with pytest.raises(InvalidInput, match="choose SVG or PNG"):
        to_image(sample(), format="gif")  # type: ignore[arg-type]
