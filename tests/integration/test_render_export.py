"""Exports through the real `dot`: SVG and PNG bytes, literal text, a clear missing-dot error."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from flywheel.errors import FlywheelError
from flywheel.render import Highlight, to_image
from flywheel.trees import Tree, parse_tree
from tests import factories as f
from tests.support.tools import need_dot

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

HOSTILE_TEXTS = [
    '"quoted"',
    "<script>alert(1)</script>",
    "<b>bold</b>",
    "AT&T",
    "&lt;not-an-entity&gt;",
    "back\\slash",
    "\\N\\G\\n\\l",
    "{graph}",
    "subgraph",
    "**markdown**",
]


def hostile_tree() -> Tree:
    """One solution per hostile text, each reached through an option labelled the same way."""
    options = [
        {"id": f"o{i}", "label": text, "next_node_id": f"s{i}"}
        for i, text in enumerate(HOSTILE_TEXTS)
    ]
    children = [
        {"id": f"s{i}", "type": "solution", "title": text} for i, text in enumerate(HOSTILE_TEXTS)
    ]
    return parse_tree(
        {"id": "graph", "type": "decision", "question": 'Which "one"?', "options": options}
        | {"children": children}
    )


def svg_texts(svg: bytes) -> list[str]:
    """The text drawn in an SVG, still XML-escaped, one entry per line of a label."""
    return re.findall(r"<text[^>]*>(.*?)</text>", svg.decode("utf-8"))


@pytest.mark.dot
def test_small_tree_exports_as_svg() -> None:
    need_dot()
    tree = parse_tree(f.tree())
    svg = to_image(tree, format="svg", highlight=Highlight(new_nodes={"done"}), legend=True)
    assert svg.lstrip().startswith(b"<?xml") and b"</svg>" in svg
    texts = svg_texts(svg)
    for text in ("Is the account locked?", "Unlock the account", "Unlocked", "Yes", "No"):
        assert text in texts
    assert b"#c026d3" in svg  # the new node's highlight colour


@pytest.mark.dot
def test_small_tree_exports_as_png() -> None:
    need_dot()
    png = to_image(parse_tree(f.tree()), format="png")
    assert png.startswith(PNG_SIGNATURE)
    assert len(png) > 1000


@pytest.mark.dot
def test_hostile_text_is_drawn_literally() -> None:
    need_dot()
    svg = to_image(hostile_tree(), format="svg", title="<i>Title</i> & co")
    texts = svg_texts(svg)
    for text in HOSTILE_TEXTS:
        # the node and its option's edge; dot writes '-' as '&#45;' in SVG
        escaped = html.escape(text, quote=True).replace("-", "&#45;")
        assert texts.count(escaped) == 2, (text, escaped)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in texts
    assert "&amp;lt;not&#45;an&#45;entity&amp;gt;" in texts
    assert "back\\slash" in texts
    assert "&lt;i&gt;Title&lt;/i&gt; &amp; co" in texts
    assert "Which &quot;one&quot;?" in texts


@pytest.mark.dot
def test_hostile_ids_become_distinct_nodes() -> None:
    need_dot()
    ids = ["graph", "a:b", "a~3Ab", "%3", "%q", "<x>", 'q"uote', "back\\"]
    options = [{"id": f"o{n}", "label": "go", "next_node_id": i} for n, i in enumerate(ids)]
    children = [{"id": i, "type": "solution", "title": f"title {n}"} for n, i in enumerate(ids)]
    tree = parse_tree(
        {"id": "root", "type": "decision", "question": "Q", "options": options}
        | {"children": children}
    )
    svg = to_image(tree, format="svg").decode("utf-8")
    assert svg.count('class="node"') == len(ids) + 1
    assert svg.count('class="edge"') == len(ids)
    assert set(svg_texts(svg.encode())) >= {f"title {n}" for n in range(len(ids))}


@pytest.mark.dot
def test_png_of_hostile_tree() -> None:
    need_dot()
    assert to_image(hostile_tree(), format="png").startswith(PNG_SIGNATURE)


def test_missing_dot_gives_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(FlywheelError) as info:
        to_image(parse_tree(f.tree()), format="svg")
    message = str(info.value)
    assert "needs Graphviz's `dot` program, which is not installed" in message
    assert "DOT and JSON exports work without it" in message
