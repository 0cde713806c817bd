"""Flows: the library with search; a flow's diagram with branch traffic as edge weight, its
stats, its versions side by side with the changes marked, roll-back, and exports."""

from __future__ import annotations

from typing import Any

import streamlit as st

from flywheel import auth, library, render
from flywheel import db as dbmod
from flywheel.errors import FlywheelError
from flywheel.models import Flow, FlowVersion
from flywheel.ui import context, login, services, welcome, widgets

SCOPE = "flows"
ALL_DOMAINS = "All domains"


def _filters(account: str) -> tuple[str, str | None]:
    with services.session_factory()() as db:
        domains = library.list_domains(db, account=account)
    left, right = st.columns([3, 1])
    text = left.text_input("Search", key="flows:search", placeholder="name, keyword or domain")
    domain = right.selectbox("Domain", [ALL_DOMAINS, *domains], key="flows:domain")
    return text, None if domain == ALL_DOMAINS else domain


def _listing(flows: list[library.FlowSummary]) -> None:
    st.dataframe(
        [
            {
                "flow": flow.name,
                "domain": flow.problem_domain or "",
                "keywords": ", ".join(flow.match_keywords),
                "status": flow.status,
                "success rate": widgets.percent(flow.success_rate),
                "times matched": flow.times_matched,
                "version": flow.current_version,
            }
            for flow in flows
        ],
        hide_index=True,
        width="stretch",
    )


def _pick(flows: list[library.FlowSummary]) -> int:
    """The flow to open: the `?id=` one when it is listed, else the first."""
    ids = [flow.id for flow in flows]
    names = {flow.id: f"{flow.name} ({flow.external_id})" for flow in flows}
    wanted = st.query_params.get("id", "")
    index = ids.index(int(wanted)) if wanted.isdigit() and int(wanted) in ids else 0
    chosen: int = st.selectbox(
        "Open flow", ids, index=index, format_func=names.__getitem__, key="flows:open"
    )
    return chosen


def _stats(flow: Flow) -> None:
    cells = st.columns(4)
    cells[0].metric("Success rate", widgets.percent(flow.success_rate))
    cells[1].metric("Times matched", flow.times_matched)
    last = f"{widgets.age(flow.last_matched_at)} ago" if flow.last_matched_at else "never"
    cells[2].metric("Last matched", last)
    cells[3].metric("Version", flow.current_version)


def _diagram(flow: Flow, traffic: render.Traffic) -> None:
    if traffic.edges or traffic.nodes:
        widgets.show_tree(library.flow_tree(flow), traffic=traffic, legend=True)
    else:
        st.caption("No session has reinforced this flow yet, so there is no traffic to draw.")
        widgets.show_tree(library.flow_tree(flow), legend=True)


# --- history ---------------------------------------------------------------------------------


def _history(account: str, flow: Flow, versions: list[FlowVersion]) -> None:
    st.dataframe(
        [
            {
                "version": v.version,
                "created": f"{v.created_at:%Y-%m-%d %H:%M}",
                "by": v.created_by or "",
                "note": v.note or "",
            }
            for v in versions
        ],
        hide_index=True,
        width="stretch",
    )
    if len(versions) < 2:
        st.caption("This flow has one version; there is nothing to compare or roll back to.")
        return
    _compare(versions)
    _rollback_panel(account, flow, versions)


def _compare(versions: list[FlowVersion]) -> None:
    by_number = {v.version: v for v in versions}
    numbers = list(by_number)  # newest first
    left, right = st.columns(2, gap="large")
    older = left.selectbox("Older version", numbers, index=1, key="flows:older")
    newer = right.selectbox("Newer version", numbers, index=0, key="flows:newer")
    old_tree = library.flow_tree(by_number[older])
    new_tree = library.flow_tree(by_number[newer])
    with left:
        widgets.show_tree(old_tree)
    with right:
        widgets.show_tree(
            new_tree, highlight=render.diff_highlight(old_tree, new_tree), legend=True
        )
    st.markdown(f"**From version {older} to version {newer}**")
    widgets.show_diff(old_tree, new_tree)


def _rollback_panel(account: str, flow: Flow, versions: list[FlowVersion]) -> None:
    earlier = [v.version for v in versions if v.version != flow.current_version]
    with st.container(border=True):
        st.markdown("**Roll back**: make an earlier version current again, as a new version.")
        target = st.selectbox("Version to restore", earlier, key="flows:target")
        st.button(
            f"Roll back to version {target}",
            icon=":material/history:",
            key="flows:rollback",
            disabled=not context.can(auth.REVIEWER),
            help=None if context.can(auth.REVIEWER) else "Rolling back needs the reviewer role.",
            on_click=_rollback,
            # the row version the user is looking at, so a change since is refused
            args=(account, flow.id, target, flow.row_version),
        )


def _rollback(account: str, flow_id: int, version: int, row_version: int) -> None:
    reviewer = context.current_reviewer()
    try:
        with dbmod.transaction(services.session_factory()) as db:
            flow = library.rollback(
                db,
                account=account,
                flow_id=flow_id,
                version=version,
                actor=reviewer,
                expected_row_version=row_version,
                user_id=context.current_user_id(),
            )
            current = flow.current_version
    except FlywheelError as exc:
        widgets.flash(SCOPE, exc)
        return
    text = f"Rolled back to version {version}; it is now version {current}."
    widgets.flash(SCOPE, widgets.Notice("success", text))


# --- exports ---------------------------------------------------------------------------------


def _exports(account: str, flow: Flow) -> None:
    cells = st.columns(4)
    for cell, kind in zip(cells, library.EXPORT_KINDS, strict=True):
        if kind in library.IMAGE_KINDS and not library.images_available():
            continue
        export = _exporter(flow, account, kind)
        cell.download_button(
            kind.upper(),
            data=export if kind in library.IMAGE_KINDS else export(),
            file_name=library.export_flow_name(flow, kind),
            mime=library.export_mime(kind),
            icon=":material/download:",
            key=f"flows:export:{kind}",
        )
    if not library.images_available():
        st.info(library.NO_DOT_MESSAGE, icon=":material/info:")


def _exporter(flow: Flow, account: str, kind: library.ExportKind) -> Any:
    """The export's bytes, made when called (SVG and PNG only when downloaded)."""

    def make() -> bytes:
        return library.export_flow(flow, account=account, kind=kind).data

    return make


def _flow(account: str, flow_id: int) -> None:
    try:
        with services.session_factory()() as db:
            flow = library.get_flow(db, account=account, flow_id=flow_id)
            traffic = library.flow_traffic(db, account=account, flow_id=flow_id)
            versions = library.list_versions(db, account=account, flow_id=flow_id)
    except FlywheelError as exc:
        widgets.show_error(exc)
        return
    st.subheader(widgets.md(flow.name), anchor=False)
    facts = [flow.external_id, flow.problem_domain or "no domain", flow.status]
    st.caption(" · ".join(widgets.md(fact) for fact in facts))
    _stats(flow)
    diagram, history, export = st.tabs(["Diagram", "History", "Export"])
    with diagram:
        _diagram(flow, traffic)
    with history:
        _history(account, flow, versions)
    with export:
        _exports(account, flow)


def main() -> None:
    login.guard()
    if welcome.welcome_if_empty():
        return
    st.title("Flows", anchor=False)
    widgets.show_flash(SCOPE)
    account = context.current_account()
    text, domain = _filters(account)
    with services.session_factory()() as db:
        flows = library.list_flows(db, account=account, text=text, domain=domain)
    if not flows:
        st.info("No flow of this account matches.", icon=":material/search_off:")
        return
    _listing(flows)
    _flow(account, _pick(flows))


main()
