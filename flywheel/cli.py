"""The `flywheel` command: set-up, import/export, demo data, analysis and review from a shell."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from flywheel import db as dbmod
from flywheel import interchange, metrics
from flywheel.config import Settings
from flywheel.errors import FlywheelError

Handler = Callable[[argparse.Namespace, Settings, sessionmaker[Session]], Any]
EXPORTS = {
    "flows": interchange.export_flows,
    "sessions": interchange.export_sessions,
    "proposals": interchange.export_proposals,
    "analyses": interchange.export_analyses,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one sub-command; errors become one line on stderr and a non-zero exit."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        settings = _settings(args)
        engine = dbmod.make_engine(settings.database_url)
        if args.migrates:
            dbmod.upgrade(engine)
        result = args.handler(args, settings, dbmod.session_factory(engine))
    except FlywheelError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    if result is not None:
        _emit(result, as_json=args.json)
    return 0


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    if args.database_url:
        overrides["database_url"] = args.database_url
    settings = Settings(**overrides)
    args.account_given = getattr(args, "account", None)
    if args.account_given is None:
        args.account = settings.default_account
    return settings


def _emit(result: Any, *, as_json: bool) -> None:
    if as_json:
        print(
            json.dumps(
                result.get("json", result) if isinstance(result, dict) else result,
                indent=2,
                ensure_ascii=False,
                default=str,
            )
        )
    elif isinstance(result, dict):
        print(result.get("text", json.dumps(result, indent=2, default=str)))
    else:
        print(result)


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database-url", help="database to use (default: FLYWHEEL_DATABASE_URL)")
    common.add_argument("--json", action="store_true", help="machine-readable output")
    common.set_defaults(migrates=True)  # bring the database's schema up to date first
    return common


def _with_account(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--account", help="account (tenant) slug; default: 'default'")
    return parser


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="flywheel", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = _common()

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        command.set_defaults(handler=handler)
        return command

    add("init", cmd_init, "create or upgrade the database schema")
    add("status", cmd_status, "what the database holds")
    imp = _with_account(add("import", cmd_import, "import interchange files (flows, sessions)"))
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    exp = _with_account(add("export", cmd_export, "export as interchange JSON"))
    exp.add_argument("what", choices=sorted(EXPORTS))
    exp.add_argument("--output", "-o", type=Path, help="write here instead of stdout")
    backup = add("backup", cmd_backup, "write every record of the database to a JSON file")
    backup.add_argument("--output", "-o", type=Path, required=True, help="the backup file")
    restore = add("restore", cmd_restore, "load a backup into an empty database")
    restore.add_argument("file", type=Path, metavar="FILE")
    demo = add("demo", cmd_demo, "load the demo data set")
    demo.add_argument("--reset", action="store_true", help="delete everything first")
    demo.add_argument("--if-empty", action="store_true", help="only into an empty database")
    demo.add_argument("--no-analyze", action="store_true", help="load without analysing")
    _with_account(add("proposals", cmd_proposals, "list pending proposals"))
    _add_webhook_commands(sub, common)
    _add_role_commands(sub, common)
    _add_review_commands(add)
    add("llm-check", cmd_llm_check, "make one tiny call to the configured LLM provider")
    evaluate = add("eval", cmd_eval, "measure matching, routing, enhancement and mining")
    evaluate.add_argument(
        "dir", type=Path, help="folder with flows.json, sessions.json, labels.json"
    )
    evaluate.add_argument("--provider", choices=["offline", "anthropic"], help="LLM provider")
    evaluate.add_argument(
        "--experiments", help="comma-separated: matching,routing,enhancement,mining"
    )
    evaluate.add_argument(
        "--misses",
        action="store_true",
        help="also list the sessions each experiment missed (reading them on a blind set "
        "makes it a development set)",
    )
    evaluate.add_argument(
        "--shuffle",
        type=int,
        metavar="SEED",
        help="analyse each run's sessions in an order shuffled with SEED (how much do the "
        "figures owe to the order sessions came in?)",
    )
    evaluate.add_argument(
        "--orders",
        type=int,
        metavar="N",
        help="run the experiments N times: the sessions in their own order, then shuffled "
        "with the seeds 1 to N-1; report each figure's mean, least and most",
    )
    evaluate.set_defaults(migrates=False)  # it works in temporary databases of its own
    worker = _with_account(add("worker", cmd_worker, "analyse waiting sessions continuously"))
    worker.add_argument("--batch", type=int, default=50, help="sessions claimed at a time")
    worker.add_argument("--lease", type=float, default=600, help="seconds a claim is held")
    worker.add_argument("--poll", type=float, default=10, help="seconds to wait when idle")
    worker.add_argument("--exit-when-idle", action="store_true", help="stop when nothing waits")
    worker.add_argument("--provider", choices=["offline", "anthropic"], help="LLM provider")
    return parser


def _add_webhook_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    hook = sub.add_parser("webhook", help="send notifications to an HTTP endpoint")
    actions = hook.add_subparsers(dest="webhook_command", required=True, metavar="ACTION")

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        action = actions.add_parser(name, parents=[common], help=help_text, description=help_text)
        action.set_defaults(handler=handler)
        return action

    chosen = _with_account(add("set", cmd_webhook, "send this account's notifications to URL"))
    chosen.add_argument("url", metavar="URL")
    chosen.add_argument("--secret", help="signing secret (default: keep the current or make one)")
    _with_account(add("off", cmd_webhook, "stop sending; cancel undelivered notifications"))
    due = add("deliver", cmd_webhook, "send the deliveries that are due now (all accounts)")
    due.add_argument("--limit", type=int, default=20)
    log = _with_account(add("log", cmd_webhook, "recent deliveries and their attempts"))
    log.add_argument("--limit", type=int, default=20)


def cmd_webhook(
    args: argparse.Namespace, settings: Settings, factory: sessionmaker[Session]
) -> Any:
    from flywheel import webhooks

    action = args.webhook_command
    if action == "set":
        return webhooks.set_command(factory, account=args.account, url=args.url, secret=args.secret)
    if action == "off":
        return webhooks.off_command(factory, account=args.account)
    if action == "deliver":
        return webhooks.deliver_command(factory, limit=args.limit)
    return webhooks.log_command(factory, account=args.account, limit=args.limit)


def _add_role_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    role = sub.add_parser("role", help="who may view, review or administer an account")
    actions = role.add_subparsers(dest="role_command", required=True, metavar="ACTION")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        action = actions.add_parser(name, parents=[common], help=help_text, description=help_text)
        action.set_defaults(handler=cmd_role)
        return _with_account(action)

    grant = add("grant", "give USER a ROLE in the account (replacing the role they had)")
    grant.add_argument("user", metavar="USER", help="e-mail address (or OIDC subject)")
    grant.add_argument("role", choices=["viewer", "reviewer", "admin"], metavar="ROLE")
    revoke = add("revoke", "take USER's role in the account away")
    revoke.add_argument("user", metavar="USER", help="e-mail address (or OIDC subject)")
    add("list", "who holds which role in the account")


def cmd_role(args: argparse.Namespace, settings: Settings, factory: sessionmaker[Session]) -> Any:
    from flywheel import auth

    if args.role_command == "grant":
        return auth.grant_command(factory, account=args.account, user_id=args.user, role=args.role)
    if args.role_command == "revoke":
        return auth.revoke_command(factory, account=args.account, user_id=args.user)
    return auth.list_command(factory, account=args.account)


def _add_review_commands(add: Callable[[str, Handler, str], argparse.ArgumentParser]) -> None:
    analyze = _with_account(add("analyze", cmd_analyze, "analyse resolved sessions"))
    which = analyze.add_mutually_exclusive_group(required=True)
    which.add_argument("--pending", action="store_true", help="every session waiting for analysis")
    which.add_argument("--session", metavar="ID", help="one session, by its external id")
    analyze.add_argument("--limit", type=int, help="at most this many sessions")
    analyze.add_argument("--force", action="store_true", help="analyse again, superseding")
    analyze.add_argument(
        "--rematch",
        action="store_true",
        help="with --session: match by the product even with an upstream match",
    )
    analyze.add_argument("--provider", choices=["offline", "anthropic"], help="LLM provider")
    approve = _with_account(add("approve", cmd_approve, "approve a pending proposal"))
    approve.add_argument("proposal_id", type=int, metavar="ID")
    approve.add_argument("--note", help="a note for the audit log")
    approve.add_argument("--reviewer", default="cli", help="who approves (for the audit log)")
    reject = _with_account(add("reject", cmd_reject, "reject a pending proposal"))
    reject.add_argument("proposal_id", type=int, metavar="ID")
    reject.add_argument("--reason", required=True, help="why (required)")
    reject.add_argument("--reviewer", default="cli", help="who rejects (for the audit log)")


def cmd_worker(args: argparse.Namespace, settings: Settings, factory: sessionmaker[Session]) -> Any:
    from datetime import timedelta

    from flywheel import scheduler
    from flywheel.llm.factory import make_provider

    name = scheduler.worker_name()
    print(f"{name}: analysing; Ctrl-C to stop", file=sys.stderr, flush=True)
    done = scheduler.work(
        factory,
        settings=settings,
        provider=make_provider(settings, args.provider),
        worker_id=name,
        account=args.account_given,
        batch=args.batch,
        lease=timedelta(seconds=args.lease),
        poll_seconds=args.poll,
        exit_when_idle=args.exit_when_idle,
        on_batch=lambda r: print(
            f"{name}: {r.total} analysed {r.counts}", file=sys.stderr, flush=True
        ),
    )
    return {"text": f"{name}: analysed {done} session(s)", "json": {"analysed": done}}


def cmd_analyze(
    args: argparse.Namespace, settings: Settings, factory: sessionmaker[Session]
) -> Any:
    from flywheel import analyzer, scheduler
    from flywheel.explain import explain
    from flywheel.llm.factory import make_provider

    provider = make_provider(settings, args.provider)
    if args.session:
        with factory() as db:
            found = analyzer.find_session(db, account=args.account, external_id=args.session)
            result = analyzer.analyze_session(
                db,
                found.id,
                settings=settings,
                provider=provider,
                force=args.force or args.rematch,
                rematch=args.rematch,
            )
        return {"text": explain(result), "json": result.__dict__}
    report = scheduler.run_batch(
        factory,
        settings=settings,
        provider=provider,
        trigger="cli",
        account=args.account,
        limit=args.limit,
        progress=None if args.json else _progress,
    )
    lines = [f"Analysed {report.total} session(s):"]
    lines += [f"  {outcome}: {n}" for outcome, n in sorted(report.counts.items())]
    if report.conflicts:
        lines.append(f"  conflicts (left pending, run again): {len(report.conflicts)}")
    return {
        "text": "\n".join(lines),
        "json": {"counts": report.counts, "conflicts": report.conflicts},
    }


def _progress(done: int, total: int, result: Any) -> None:
    """A bar redrawn in place on a terminal; a line every 10% when stderr is a file."""
    _show(done, total, f"{result.outcome:<16}", every=total // 10, line="analysed")


def _eval_progress(run: str, done: int, total: int) -> None:
    """The eval's runs one after another: a bar each on a terminal; a line as each ends when
    stderr is a file."""
    _show(done, total, run, every=total, line=f"{run}: analysed")


def _show(done: int, total: int, note: str, *, every: int, line: str) -> None:
    """`done` of `total` on stderr: a bar redrawn in place, with `note`, on a terminal; else
    `line` and the count, every `every` and at the end."""
    if not sys.stderr.isatty():
        if done == total or done % max(1, every) == 0:
            print(f"{line} {done}/{total}", file=sys.stderr, flush=True)
        return
    width = 30
    filled = width * done // max(total, 1)
    bar = "#" * filled + "-" * (width - filled)
    end = "\n" if done == total else ""
    print(f"\r[{bar}] {done}/{total} {note}", end=end, file=sys.stderr, flush=True)


def cmd_approve(
    args: argparse.Namespace, settings: Settings, factory: sessionmaker[Session]
) -> Any:
    from flywheel import review

    with dbmod.transaction(factory) as db:
        flow = review.approve(
            db,
            account=args.account,
            proposal_id=args.proposal_id,
            reviewer=args.reviewer,
            note=args.note,
        )
        text = (
            f"Approved #{args.proposal_id}: flow {flow.external_id!r} "
            f"is at version {flow.current_version}."
        )
        data = {"flow_id": flow.external_id, "version": flow.current_version}
    return {"text": text, "json": data}


def cmd_reject(args: argparse.Namespace, settings: Settings, factory: sessionmaker[Session]) -> Any:
    from flywheel import review

    with dbmod.transaction(factory) as db:
        review.reject(
            db,
            account=args.account,
            proposal_id=args.proposal_id,
            reviewer=args.reviewer,
            reason=args.reason,
        )
    return {"text": f"Rejected #{args.proposal_id}.", "json": {"rejected": args.proposal_id}}


def cmd_eval(args: argparse.Namespace, settings: Settings, factory: sessionmaker[Session]) -> Any:
    from flywheel import evaluation

    args.dir = str(args.dir)
    return evaluation.main_eval(args, settings, progress=None if args.json else _eval_progress)


def cmd_llm_check(
    args: argparse.Namespace, settings: Settings, factory: sessionmaker[Session]
) -> Any:
    from flywheel.llm.check import llm_check

    message = llm_check(settings)
    return {"text": message, "json": {"message": message}}


def cmd_proposals(
    args: argparse.Namespace, settings: Settings, factory: sessionmaker[Session]
) -> Any:
    with factory() as db:
        rows = metrics.pending_proposals(db, account=args.account)
    lines = [
        f"{r['id']:>6}  {r['proposal_type']:<12} {r['supporting_session_count']:>3}  {r['title']}"
        for r in rows
    ]
    header = f"{len(rows)} pending proposal(s) in account {args.account}"
    return {"text": "\n".join([header, *lines]), "json": rows}


def cmd_init(args: argparse.Namespace, settings: Settings, factory: sessionmaker[Session]) -> Any:
    return {
        "text": f"Database ready: {_safe_url(settings.database_url)}",
        "json": {"database_url": _safe_url(settings.database_url), "ready": True},
    }


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def cmd_status(args: argparse.Namespace, settings: Settings, factory: sessionmaker[Session]) -> Any:
    with factory() as db:
        view = metrics.overview(db)
    lines = [f"{view.flows} flows, {view.sessions} sessions"]
    lines += [f"  sessions {state}: {n}" for state, n in sorted(view.sessions_by_state.items())]
    lines += [
        f"  proposals {status}: {n}" for status, n in sorted(view.proposals_by_status.items())
    ]
    return {"text": "\n".join(lines), "json": view.__dict__}


def cmd_import(args: argparse.Namespace, settings: Settings, factory: sessionmaker[Session]) -> Any:
    reports = []
    for path in args.files:
        with dbmod.transaction(factory) as db:
            report = interchange.import_file(
                db, path, default_account=args.account, max_bytes=settings.max_upload_bytes
            )
        reports.append(report)
        if not args.json:
            print(report.summary())
    if args.json:
        return [{"source": r.source, "account": r.account, **r.counts} for r in reports]
    return None


def cmd_export(args: argparse.Namespace, settings: Settings, factory: sessionmaker[Session]) -> Any:
    with factory() as db:
        document = EXPORTS[args.what](db, account=args.account)
    text = json.dumps(document, indent=2, ensure_ascii=False)
    if args.output is None:
        print(text)
        return None
    args.output.write_text(text + "\n", encoding="utf-8")
    count = len(document[args.what])
    return {"text": f"Wrote {count} {args.what} to {args.output}", "json": {"count": count}}


def cmd_backup(args: argparse.Namespace, settings: Settings, factory: sessionmaker[Session]) -> Any:
    from flywheel import backup

    with factory() as db:
        document = backup.dump(db)
    args.output.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    rows = sum(len(r) for r in document["tables"].values())
    return {"text": f"Wrote {rows} rows to {args.output}", "json": {"rows": rows}}


def cmd_restore(
    args: argparse.Namespace, settings: Settings, factory: sessionmaker[Session]
) -> Any:
    from flywheel import backup
    from flywheel.interchange.records import read_json_file

    document = read_json_file(args.file, max_bytes=10 * 1024**3)
    with dbmod.transaction(factory) as db:
        counts = backup.restore(db, document)
    return {"text": f"Restored {sum(counts.values())} rows from {args.file}", "json": counts}


def cmd_demo(args: argparse.Namespace, settings: Settings, factory: sessionmaker[Session]) -> Any:
    from flywheel.demo.loader import load_demo

    with dbmod.transaction(factory) as db:
        reports = load_demo(db, reset=args.reset, only_if_empty=args.if_empty)
    if not reports:
        return {"text": "The database already holds data; demo data not loaded.", "json": []}
    lines = [r.summary() for r in reports]
    if not args.no_analyze:
        from flywheel import scheduler
        from flywheel.llm.factory import make_provider

        batch = scheduler.run_batch(
            factory, settings=settings, provider=make_provider(settings), trigger="demo"
        )
        lines.append(
            f"Analysed {batch.total} session(s): "
            + ", ".join(f"{n} {outcome}" for outcome, n in sorted(batch.counts.items()))
        )
    return {"text": "\n".join(lines), "json": [{"account": r.account, **r.counts} for r in reports]}


if __name__ == "__main__":
    raise SystemExit(main())
