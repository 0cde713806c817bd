"""Detecting optional system tools: a missing one skips its tests, unless CI requires it."""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser")


def required(variable: str) -> bool:
    return os.environ.get(variable, "") == "1"


def missing(what: str, *, variable: str) -> None:
    """Skip the current test because `what` is missing, or fail it when `variable` demands it."""
    message = f"{what} is not available"
    if required(variable):
        pytest.fail(f"{message}, and {variable}=1 requires it")
    pytest.skip(message)


def need_dot() -> str:
    path = shutil.which("dot")
    if path is None:
        missing("Graphviz's `dot`", variable="FLYWHEEL_REQUIRE_DOT")
    assert path is not None
    return path


def need_chromium() -> str:
    for path in CHROMIUM_PATHS:
        if os.path.exists(path):
            return path
    missing("Chromium (/usr/bin/chromium)", variable="FLYWHEEL_REQUIRE_BROWSER")
    raise AssertionError("unreachable")
