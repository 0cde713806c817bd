"""`flywheel eval`: the experiments to choose from, running the chosen ones in one
workspace, and the command's entry point."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from flywheel.config import Settings
from flywheel.errors import FlywheelError
from flywheel.evaluation.dataset import Dataset, load_dataset
from flywheel.evaluation.enhancement import run_enhancement
from flywheel.evaluation.mining_run import run_mining
from flywheel.evaluation.misses import _without_misses
from flywheel.evaluation.orders import ORDERS, spread
from flywheel.evaluation.report import render_table
from flywheel.evaluation.routing import run_matching
from flywheel.evaluation.workspaces import Progress, workspace
from flywheel.llm.base import Provider
from flywheel.llm.factory import make_provider

EXPERIMENTS = ("matching", "routing", "enhancement", "mining")
UNLIMITED = 10**9


RUNNERS = {"matching": run_matching, "enhancement": run_enhancement, "mining": run_mining}


def evaluate(
    data: Dataset,
    *,
    settings: Settings,
    provider: Provider,
    experiments: Sequence[str],
    misses: bool = False,
    progress: Progress | None = None,
    shuffle: int | None = None,
) -> dict[str, Any]:
    """Run the chosen experiments (routing comes with matching) and collect their metrics;
    with `misses`, also the sessions each one missed (`MISSES` lists). `progress` hears of
    each session analysed, and `shuffle` seeds the order of each run's sessions (see
    `Workspace`)."""
    wanted = {"matching" if name == "routing" else name for name in experiments}
    results: dict[str, Any] = {"provider": provider.name}
    if shuffle is not None:
        results["shuffle"] = shuffle
    with workspace(settings, provider, progress, shuffle) as space:
        for name, runner in RUNNERS.items():
            if name in wanted:
                space.stage = name
                results[name] = runner(data, space)
    return results if misses else _without_misses(results)


def main_eval(
    args: argparse.Namespace, settings: Settings | None = None, progress: Progress | None = None
) -> dict[str, Any]:
    """`flywheel eval DIR [--provider NAME] [--experiments a,b] [--misses] [--shuffle SEED |
    --orders N] [--json]`: text and JSON; with `--orders`, the first order's figures and
    every figure's spread over the orders (`orders.spread`).

    `settings` (thresholds, provider keys) default to the environment's; the experiments'
    own temporary databases are used whatever the database URL, with no LLM budget limit.
    """
    experiments = _experiments(getattr(args, "experiments", None))
    unlimited = {
        "daily_llm_call_budget": UNLIMITED,
        "daily_llm_token_budget": None,
        "daily_llm_cost_budget_usd": None,
    }
    base = settings or Settings(database_url="sqlite://")
    settings = base.model_copy(update=unlimited)
    provider = make_provider(settings, getattr(args, "provider", None))
    orders, shuffle = _orders(args)
    data = load_dataset(Path(args.dir))
    misses = bool(getattr(args, "misses", False))
    runs = [
        evaluate(
            data,
            settings=settings,
            provider=provider,
            experiments=experiments,
            misses=misses,
            progress=_in_order(progress, n, orders),
            shuffle=seed,
        )
        for n, seed in enumerate([shuffle, *range(1, orders)], start=1)
    ]
    results = runs[0]
    if orders > 1:
        results[ORDERS] = spread(runs)
    return {"text": render_table(results), "json": results}


def _in_order(progress: Progress | None, n: int, orders: int) -> Progress | None:
    """`progress`, each run named with its order when there are several."""
    if progress is None or orders == 1:
        return progress
    report = progress
    return lambda run, done, total: report(f"order {n} of {orders}, {run}", done, total)


def _orders(args: argparse.Namespace) -> tuple[int, int | None]:
    """How many orders to run (`--orders`) and the seed of the first (`--shuffle`)."""
    chosen = getattr(args, "orders", None)
    orders = 1 if chosen is None else chosen
    shuffle = getattr(args, "shuffle", None)
    if orders < 1:
        raise FlywheelError(f"--orders must be 1 or more, not {orders}.")
    if orders > 1 and shuffle is not None:
        raise FlywheelError(
            "Choose --orders or --shuffle, not both: --orders N runs the sessions in their "
            "own order, then in N-1 orders shuffled with the seeds 1 to N-1."
        )
    return orders, shuffle


def _experiments(raw: str | None) -> list[str]:
    names = [n.strip() for n in (raw or ",".join(EXPERIMENTS)).split(",") if n.strip()]
    unknown = [n for n in names if n not in EXPERIMENTS]
    if unknown:
        raise FlywheelError(
            f"Unknown experiment(s) {', '.join(unknown)}; choose from {', '.join(EXPERIMENTS)}."
        )
    return names
