"""Text from sessions and proposals shows literally on the pages: no Markdown, no HTML."""

from __future__ import annotations

from sqlalchemy import update

from flywheel import db as dbmod
from flywheel.models import Proposal
from flywheel.ui.widgets import md
from tests.ui.app_driver import no_exception, open_app, plain, texts
from tests.ui.conftest import AppDb
from tests.ui.test_queue_page import pending_ids

HOSTILE = "**not bold** <script>alert(1)</script> [link](http://x) # not a heading $x$ `code`"


def test_md_escapes_every_markdown_character() -> None:
    escaped = md(HOSTILE + "\nsecond line")
    for raw in ("**", "[link]", "`code`", "$x$"):
        assert raw not in escaped, raw
    assert plain(escaped) == " ".join((HOSTILE + "\nsecond line").split())


def test_a_hostile_title_is_shown_literally_on_the_proposal_page(app_db: AppDb) -> None:
    _, factory = app_db
    proposal_id = pending_ids(factory)[0]
    with dbmod.transaction(factory) as db:
        db.execute(update(Proposal).where(Proposal.id == proposal_id).values(title=HOSTILE))
    at = open_app("pages/proposal.py", id=str(proposal_id))
    no_exception(at)
    shown = texts(at.title) + texts(at.markdown)
    assert any(HOSTILE in line for line in shown), "the reader sees the text as typed"
    raw = [str(e.value) for e in [*at.title, *at.markdown]]
    assert not any("**not bold**" in value for value in raw), "never handed over as Markdown"
