"""Troubleshooting trees drawn as Graphviz graphs: pure functions, no I/O, no Streamlit.

`to_digraph` builds a `graphviz.Digraph` that pages hand to `st.graphviz_chart` (drawn in the
browser, no `dot` binary needed); `to_image` pipes it through Graphviz's `dot` for exports.

Conventions:

- Graph node names are the tree's node ids, with the few characters DOT or Graphviz treat
  specially (``~ % : < > \\`` and control characters) written as ``~XX`` (hex). Placeholder
  nodes (unexplored branches, missing references, the legend) have names starting with
  ``~`` followed by a letter, which no encoded id can produce.
- An edge is identified by ``(node id, option id)``; an action's next step uses the option
  id ``"next"`` (`NEXT`). `Traffic.edges` uses the same pairs joined by a colon:
  ``"<node_id>:<option_id>"`` and ``"<node_id>:next"`` (see `edge_key`).
- All user text is drawn literally: labels are plain (never HTML), whitespace is collapsed,
  backslashes and ampersands are escaped, and line breaks appear only where we wrap.
"""

from __future__ import annotations

import math
import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal, TypedDict, Unpack

import graphviz

from flywheel.errors import FlywheelError, InvalidInput
from flywheel.trees import Node, Option, Tree, node_index

NEXT = "next"
"""The option id standing for an action node's next step in edge keys."""

WRAP_WIDTH = 28
LABEL_LIMIT = 160
TOOLTIP_LIMIT = 600
SENTENCE_LIMIT = 80

NO_DOT_MESSAGE = (
    "Exporting as SVG/PNG needs Graphviz's `dot` program, which is not installed "
    "(apt-get install graphviz); DOT and JSON exports work without it."
)

ImageFormat = Literal["svg", "png"]
EdgeId = tuple[str, str]

FONT = "Helvetica"
NEW_COLOUR = "#c026d3"
CHANGED_COLOUR = "#ea580c"
HIGHLIGHT_WIDTH = 2.5
MIN_WIDTH = 1.0
MAX_WIDTH = 8.0
EDGE_COLOUR = "#4b5563"
FADED_EDGE_COLOUR = "#d1d5db"

_NODE_STYLES: dict[str, dict[str, str]] = {
    "decision": {
        "shape": "box",
        "style": "rounded,filled",
        "fillcolor": "#dbeafe",
        "color": "#1d4ed8",
    },
    "action": {"shape": "box", "style": "filled", "fillcolor": "#fef3c7", "color": "#b45309"},
    "solution": {
        "shape": "box",
        "style": "rounded,filled",
        "peripheries": "2",
        "fillcolor": "#dcfce7",
        "color": "#15803d",
    },
}
_FADED = {"fillcolor": "#f3f4f6", "color": "#d1d5db", "fontcolor": "#9ca3af"}
_UNEXPLORED_NODE = {
    "shape": "box",
    "style": "dashed,rounded",
    "color": "#9ca3af",
    "fontcolor": "#6b7280",
    "fontsize": "9",
    "height": "0.25",
    "margin": "0.06,0.02",
}
_UNEXPLORED_EDGE = {"style": "dashed", "color": "#9ca3af", "fontcolor": "#6b7280"}
_MISSING_NODE = {
    "shape": "box",
    "style": "filled,dashed",
    "fillcolor": "#fee2e2",
    "color": "#dc2626",
    "fontcolor": "#b91c1c",
}
_MISSING_EDGE = {"color": "#dc2626"}
_NEW_NODE = {"color": NEW_COLOUR, "penwidth": str(HIGHLIGHT_WIDTH)}
_CHANGED_NODE = {"color": CHANGED_COLOUR, "penwidth": str(HIGHLIGHT_WIDTH)}

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_NAME_UNSAFE = re.compile(r"[~%:<>\\\x00-\x1f\x7f]")
_TEXT_FIELDS = (
    ("question", "question"),
    ("title", "title"),
    ("description", "description"),
    ("help_text", "help text"),
)


@dataclass
class Highlight:
    """What to draw as new or changed, usually from `diff_highlight`.

    `new_edges` holds ``(node id, option id)`` pairs; an action's next step is
    ``(node id, NEXT)``.
    """

    new_nodes: set[str] = field(default_factory=set)
    new_edges: set[EdgeId] = field(default_factory=set)
    changed_nodes: set[str] = field(default_factory=set)


@dataclass
class Traffic:
    """How many sessions passed each node and edge; edges keyed as `edge_key` builds them."""

    nodes: dict[str, int] = field(default_factory=dict)
    edges: dict[str, int] = field(default_factory=dict)


class RenderOptions(TypedDict, total=False):
    """The keyword options `to_dot` and `to_image` pass on to `to_digraph`."""

    highlight: Highlight | None
    traffic: Traffic | None
    show_support: bool
    title: str | None
    legend: bool


def edge_key(node_id: str, option_id: str | None = None) -> str:
    """The `Traffic.edges` key of an option (or, with no option, of an action's next step)."""
    return f"{node_id}:{option_id if option_id is not None else NEXT}"


# --- drawing -------------------------------------------------------------------------------


@dataclass
class _Drawing:
    """Everything the node and edge helpers share while one graph is built."""

    graph: graphviz.Digraph
    index: dict[str, Node]
    highlight: Highlight
    traffic: Traffic | None
    show_support: bool
    busiest: int = 0
    missing: set[str] = field(default_factory=set)
    unexplored: int = 0


def to_digraph(
    tree: Tree,
    *,
    highlight: Highlight | None = None,
    traffic: Traffic | None = None,
    show_support: bool = True,
    title: str | None = None,
    legend: bool = False,
) -> graphviz.Digraph:
    """Draw a tree top to bottom: one shape and colour per node type, answers on the edges.

    Unexplored branches end in a grey dashed placeholder, references to missing nodes in a
    red one. `highlight` marks new and changed parts, `traffic` weighs edges by use, and
    `legend` adds a small key.
    """
    graph = graphviz.Digraph(
        graph_attr=_graph_attrs(title),
        node_attr={"fontname": FONT, "fontsize": "11", "margin": "0.12,0.06"},
        edge_attr={"fontname": FONT, "fontsize": "9", "color": EDGE_COLOUR, "arrowsize": "0.7"},
    )
    drawing = _Drawing(
        graph=graph,
        index=node_index(tree),
        highlight=highlight or Highlight(),
        traffic=traffic,
        show_support=show_support,
        busiest=max(traffic.edges.values(), default=0) if traffic else 0,
    )
    for node in drawing.index.values():
        graph.node(_name(node.id), **_node_attrs(drawing, node))
    for node in drawing.index.values():
        _draw_edges(drawing, node)
    if legend:
        _draw_legend(graph)
    return graph


def to_dot(tree: Tree, **options: Unpack[RenderOptions]) -> str:
    """The DOT source of `to_digraph(tree, **options)`."""
    source: str = to_digraph(tree, **options).source
    return source


def to_image(tree: Tree, *, format: ImageFormat, **options: Unpack[RenderOptions]) -> bytes:
    """Render the tree to SVG or PNG bytes with Graphviz's `dot` (which must be installed)."""
    if format not in ("svg", "png"):
        raise InvalidInput(f"Cannot export a flow as '{format}'; choose SVG or PNG.")
    graph = to_digraph(tree, **options)
    try:
        image: bytes = graph.pipe(format=format, quiet=True)
    except graphviz.ExecutableNotFound:
        raise FlywheelError(NO_DOT_MESSAGE) from None
    except graphviz.CalledProcessError as exc:
        detail = _squash(_as_text(exc.stderr))[:300] or f"exit status {exc.returncode}"
        raise FlywheelError(f"Graphviz could not draw the flow: {detail}") from None
    return image


def _graph_attrs(title: str | None) -> dict[str, str]:
    """Layout for the whole graph, with the title on top when there is one."""
    attrs = {
        "rankdir": "TB",
        "fontname": FONT,
        "nodesep": "0.35",
        "ranksep": "0.45",
    }
    if title and title.strip():
        attrs.update(label=_label([title]), labelloc="t", fontsize="16")
    return attrs


def _node_attrs(drawing: _Drawing, node: Node) -> dict[str, str]:
    """Label, shape and colours of one node, highlight winning over traffic fading."""
    lines = [_node_text(node)]
    if drawing.show_support and node.support is not None:
        lines.append(f"×{node.support}")
    attrs = dict(_NODE_STYLES.get(node.type, _NODE_STYLES["action"]))
    attrs["label"] = _label(lines)
    attrs["tooltip"] = _tooltip(node)
    if node.id in drawing.highlight.new_nodes:
        attrs.update(_NEW_NODE, style=attrs["style"] + ",bold")
    elif node.id in drawing.highlight.changed_nodes:
        attrs.update(_CHANGED_NODE)
    elif drawing.traffic is not None and drawing.traffic.nodes.get(node.id, 0) <= 0:
        attrs.update(_FADED)
    return attrs


def _draw_edges(drawing: _Drawing, node: Node) -> None:
    """One edge per option (to a placeholder when unexplored), then the next-step edge."""
    for opt in node.options:
        target = _ref(opt.next_node_id)
        if target is None:
            _draw_unexplored(drawing, node, opt)
            continue
        head = _head(drawing, target)
        drawing.graph.edge(_name(node.id), head, **_edge_attrs(drawing, node, opt, target))
    target = _ref(node.next_node_id)
    if target is not None:
        head = _head(drawing, target)
        drawing.graph.edge(_name(node.id), head, **_edge_attrs(drawing, node, None, target))


def _edge_attrs(drawing: _Drawing, node: Node, opt: Option | None, target: str) -> dict[str, str]:
    """Label, width and colour of an edge to an existing (or missing) node."""
    option_id = opt.id if opt else NEXT
    lines = [_option_text(drawing, opt)] if opt else []
    attrs: dict[str, str] = {}
    width = MIN_WIDTH
    if drawing.traffic is not None:
        count = drawing.traffic.edges.get(edge_key(node.id, option_id), 0)
        width = _penwidth(count, drawing.busiest)
        lines.append(f"{count} session" if count == 1 else f"{count} sessions")
        if count <= 0:
            attrs["color"] = FADED_EDGE_COLOUR
    if target not in drawing.index:
        attrs.update(_MISSING_EDGE)
    if (node.id, option_id) in drawing.highlight.new_edges:
        attrs.update(color=NEW_COLOUR, fontcolor=NEW_COLOUR)
        width = max(width, HIGHLIGHT_WIDTH)
    if width != MIN_WIDTH:
        attrs["penwidth"] = f"{width:.2f}"
    if lines:
        attrs["label"] = _label(lines)
    return attrs


def _draw_unexplored(drawing: _Drawing, node: Node, opt: Option) -> None:
    """A dashed edge, labelled with the option, to its own small 'unexplored' placeholder."""
    drawing.unexplored += 1
    placeholder = f"~unexplored~{drawing.unexplored}"
    drawing.graph.node(placeholder, label="unexplored", **_UNEXPLORED_NODE)
    attrs = dict(_UNEXPLORED_EDGE, label=_label([_option_text(drawing, opt)]))
    if (node.id, opt.id) in drawing.highlight.new_edges:
        attrs.update(color=NEW_COLOUR, fontcolor=NEW_COLOUR, penwidth=str(HIGHLIGHT_WIDTH))
    drawing.graph.edge(_name(node.id), placeholder, **attrs)


def _head(drawing: _Drawing, target: str) -> str:
    """The graph name an edge should point at, adding a red placeholder for a missing node."""
    if target in drawing.index:
        return _name(target)
    placeholder = f"~missing~{_name(target)}"
    if target not in drawing.missing:
        drawing.missing.add(target)
        drawing.graph.node(placeholder, label=_label([f"missing: {target}"]), **_MISSING_NODE)
    return placeholder


def _option_text(drawing: _Drawing, opt: Option) -> str:
    """An option's label, with its support count when wanted."""
    text = _clean(opt.label) or "(no label)"
    if drawing.show_support and opt.support is not None:
        text = f"{text} ×{opt.support}"
    return text


def _penwidth(count: int, busiest: int) -> float:
    """Edge width from 1 to 8, on a log scale relative to the busiest edge."""
    if count <= 0 or busiest <= 0:
        return MIN_WIDTH
    share = math.log1p(count) / math.log1p(busiest)
    return MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * min(share, 1.0)


def _draw_legend(graph: graphviz.Digraph) -> None:
    """A small cluster showing what shapes, colours and dashes mean."""
    samples: list[tuple[str, dict[str, str]]] = [
        ("decision", _NODE_STYLES["decision"]),
        ("action", _NODE_STYLES["action"]),
        ("solution", _NODE_STYLES["solution"]),
        ("new", {**_NODE_STYLES["action"], **_NEW_NODE, "style": "filled,bold"}),
        ("changed", {**_NODE_STYLES["action"], **_CHANGED_NODE}),
        ("unexplored", _UNEXPLORED_NODE),
    ]
    with graph.subgraph(name="cluster_legend") as legend:
        legend.attr(label="Legend (×N: supporting sessions)", fontsize="10", style="dashed")
        legend.attr(color="#9ca3af", fontcolor="#6b7280")
        for text, style in samples:
            legend.node(f"~legend~{text}", **{**style, "label": text, "fontsize": "9"})


# --- text ----------------------------------------------------------------------------------


def _name(node_id: str) -> str:
    """A node id as a graph node name DOT keeps literal (see the module docstring)."""
    return _NAME_UNSAFE.sub(lambda match: f"~{ord(match.group()):02X}", node_id)


def _node_text(node: Node) -> str:
    """What a node says: a decision's question, or an action's or solution's title."""
    if node.type == "decision":
        return _clean(node.question) or _clean(node.title) or "(no question)"
    return _clean(node.title) or _clean(node.description) or "(untitled)"


def _tooltip(node: Node) -> str:
    """The node's full text for hovering, since the label may be cut short."""
    parts = [_node_text(node)]
    extra = node.description if node.type != "decision" and node.title else node.help_text
    if _clean(extra):
        parts.append(_clean(extra))
    text = " | ".join(parts)
    return _escape(_clip(text, TOOLTIP_LIMIT))


def _label(paragraphs: list[str]) -> str:
    """A plain Graphviz label: each paragraph wrapped, cut short, escaped, lines joined."""
    lines: list[str] = []
    for paragraph in paragraphs:
        text = _clip(_clean(paragraph), LABEL_LIMIT)
        lines.extend(textwrap.wrap(text, width=WRAP_WIDTH, break_on_hyphens=False) or [""])
    return graphviz.nohtml("\\n".join(_escape(line) for line in lines))


def _escape(text: str) -> str:
    """Make text literal in a Graphviz escString: backslashes doubled, '&' as an entity.

    Graphviz decodes HTML entities like '&lt;' even in plain labels, hence '&amp;'. Double
    quotes are left to `graphviz.quoting.quote`, which escapes them.
    """
    return graphviz.nohtml(text.replace("\\", "\\\\").replace("&", "&amp;"))


def _clean(text: str | None) -> str:
    """Text on one line: control characters dropped, whitespace collapsed."""
    return _squash(_CONTROL.sub(" ", text or ""))


def _squash(text: str) -> str:
    return " ".join(text.split())


def _clip(text: str, limit: int) -> str:
    """Text cut to `limit` characters, ending in an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _as_text(data: bytes | str | None) -> str:
    if isinstance(data, bytes):
        return data.decode("utf-8", errors="replace")
    return data or ""


def _ref(ref: str | None) -> str | None:
    """A reference worth following: None for null, empty or blank ids."""
    return ref if ref and ref.strip() else None


# --- differences ---------------------------------------------------------------------------


def diff_highlight(old: Tree, new: Tree) -> Highlight:
    """What `new` adds to or changes in `old`, for drawing `new` with `highlight=`.

    New nodes: ids absent from `old`. New edges: options absent from the same node in `old`
    or leading somewhere else now (an explored branch counts), and next steps that changed.
    Changed nodes: type or text changed, or an option of `old` relabelled or dropped.
    Support counts are not differences.
    """
    old_index, new_index = node_index(old), node_index(new)
    highlight = Highlight()
    for node_id, node in new_index.items():
        before = old_index.get(node_id)
        if before is None:
            highlight.new_nodes.add(node_id)
        elif _node_changed(before, node):
            highlight.changed_nodes.add(node_id)
        highlight.new_edges.update(_new_edges(before, node))
    return highlight


def _new_edges(before: Node | None, node: Node) -> Iterator[EdgeId]:
    """Edges of `node` that `before` (the same node in the old tree, if any) did not have."""
    old_options = {opt.id: opt for opt in before.options} if before else {}
    for opt in node.options:
        old = old_options.get(opt.id)
        if old is None or _ref(old.next_node_id) != _ref(opt.next_node_id):
            yield (node.id, opt.id)
    old_next = _ref(before.next_node_id) if before else None
    if _ref(node.next_node_id) and _ref(node.next_node_id) != old_next:
        yield (node.id, NEXT)


def _node_changed(before: Node, node: Node) -> bool:
    """Whether a node's type or text changed, or one of its old options was relabelled/dropped."""
    if before.type != node.type:
        return True
    if any(_clean(getattr(before, f)) != _clean(getattr(node, f)) for f, _ in _TEXT_FIELDS):
        return True
    labels = {opt.id: opt.label for opt in node.options}
    return any(labels.get(opt.id) != opt.label for opt in before.options)


def describe_diff(old: Tree, new: Tree) -> list[str]:
    """The differences between two versions of a tree as plain sentences, for reviewers.

    Added nodes first (in `new`'s order), then changes to kept nodes, then removed nodes;
    support counts are left out.
    """
    old_index, new_index = node_index(old), node_index(new)
    added = [node for node_id, node in new_index.items() if node_id not in old_index]
    parents = _parents(new_index)
    sentences = [_describe_added(node, parents.get(node.id)) for node in added]
    for node_id, node in new_index.items():
        if node_id in old_index:
            sentences.extend(_describe_changes(old_index[node_id], node, old_index, new_index))
    sentences.extend(
        f"Removes {node.type} {_quote(_node_text(node))}"
        for node_id, node in old_index.items()
        if node_id not in new_index
    )
    return sentences


def _parents(index: dict[str, Node]) -> dict[str, tuple[Node, Option | None]]:
    """For each referenced id, the first node (and option) leading to it."""
    parents: dict[str, tuple[Node, Option | None]] = {}
    for node in index.values():
        for opt in node.options:
            target = _ref(opt.next_node_id)
            if target:
                parents.setdefault(target, (node, opt))
        target = _ref(node.next_node_id)
        if target:
            parents.setdefault(target, (node, None))
    return parents


def _describe_added(node: Node, parent: tuple[Node, Option | None] | None) -> str:
    """'Adds decision 'X' after 'Y' via option 'Z'' (or after an action, or unlinked)."""
    what = f"Adds {node.type} {_quote(_node_text(node))}"
    if parent is None:
        return f"{what}, not linked from any step yet"
    source, opt = parent
    where = f"{what} after {_quote(_node_text(source))}"
    return f"{where} via option {_quote(_clean(opt.label))}" if opt else where


def _describe_changes(
    before: Node, node: Node, old_index: dict[str, Node], new_index: dict[str, Node]
) -> list[str]:
    """Sentences for one node kept in both versions: type, texts, options, next step."""
    sentences: list[str] = []
    if before.type != node.type:
        sentences.append(
            f"Changes {_quote(node.id)} from {_article(before.type)} to {_article(node.type)}"
        )
    sentences.extend(_describe_texts(before, node))
    sentences.extend(_describe_options(before, node, old_index, new_index))
    sentences.extend(_describe_next(before, node, old_index, new_index))
    return sentences


def _describe_texts(before: Node, node: Node) -> Iterator[str]:
    """One sentence per changed question, title, description or help text."""
    for attr, noun in _TEXT_FIELDS:
        old, new = _clean(getattr(before, attr)), _clean(getattr(node, attr))
        if old == new:
            continue
        if not old:
            yield f"Adds a {noun} to {_quote(node.id)}: {_quote(new)}"
        elif not new:
            yield f"Removes the {noun} of {_quote(node.id)} (was {_quote(old)})"
        else:
            yield f"Changes the {noun} of {_quote(node.id)} from {_quote(old)} to {_quote(new)}"


def _describe_options(
    before: Node, node: Node, old_index: dict[str, Node], new_index: dict[str, Node]
) -> Iterator[str]:
    """Options added, removed, renamed or pointed elsewhere."""
    name = _quote(_node_text(node))
    old_options = {opt.id: opt for opt in before.options}
    kept = {opt.id for opt in node.options}
    for opt in node.options:
        label = _quote(_clean(opt.label))
        old = old_options.get(opt.id)
        target = _ref(opt.next_node_id)
        if old is None:
            yield f"Adds option {label} to {name}{_leads_to(target, old_index, new_index)}"
            continue
        if _clean(old.label) != _clean(opt.label):
            yield f"Renames option {_quote(_clean(old.label))} of {name} to {label}"
        old_target = _ref(old.next_node_id)
        if old_target != target and not _is_added(target, old_index, new_index):
            was = _target_text(old_target, old_index)
            now = _target_text(target, new_index)
            yield f"Points option {label} of {name} to {now} (was {was})"
    for opt in before.options:
        if opt.id not in kept:
            yield f"Removes option {_quote(_clean(opt.label))} from {name}"


def _describe_next(
    before: Node, node: Node, old_index: dict[str, Node], new_index: dict[str, Node]
) -> Iterator[str]:
    """A changed next step (added nodes are already described as 'Adds ... after ...')."""
    old_target, target = _ref(before.next_node_id), _ref(node.next_node_id)
    if old_target == target or _is_added(target, old_index, new_index):
        return
    name = _quote(_node_text(node))
    if target is None:
        yield f"Makes {name} end the path (it led to {_target_text(old_target, old_index)})"
    elif old_target is None:
        yield f"Continues {name} with {_target_text(target, new_index)}"
    else:
        was = _target_text(old_target, old_index)
        yield f"Changes the next step of {name} to {_target_text(target, new_index)} (was {was})"


def _leads_to(target: str | None, old_index: dict[str, Node], new_index: dict[str, Node]) -> str:
    """How a new option continues, unless its target is a new node (described on its own)."""
    if target is None:
        return ", not explored yet"
    if _is_added(target, old_index, new_index):
        return ""
    return f", leading to {_target_text(target, new_index)}"


def _is_added(target: str | None, old_index: dict[str, Node], new_index: dict[str, Node]) -> bool:
    return target is not None and target in new_index and target not in old_index


def _target_text(target: str | None, index: dict[str, Node]) -> str:
    """A reference in words: the node's text, 'unexplored', or a missing id."""
    if target is None:
        return "unexplored"
    node = index.get(target)
    return _quote(_node_text(node)) if node else f"missing node {_quote(target)}"


def _quote(text: str) -> str:
    return f"'{_clip(_clean(text), SENTENCE_LIMIT)}'"


def _article(word: str) -> str:
    return f"an {word}" if word[:1] in "aeiou" else f"a {word}"
