"""The command line every set's `build.py` hands over to: write, --check, --stats."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench.evalset.config import FILES, EvalSet
from bench.evalset.generate import render, statistics


def main(evalset: EvalSet, argv: list[str] | None = None, *, description: str | None = None
         ) -> int:
    """Write the set's three files, or with --check say (exit 1) whether they are stale."""
    parser = argparse.ArgumentParser(prog=f"python -m {evalset.module}", description=description,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="verify the files are current")
    parser.add_argument("--stats", action="store_true", help="print the set's statistics")
    parser.add_argument("--out", type=Path, default=evalset.folder,
                        help="folder to write (default: here)")
    args = parser.parse_args(argv)
    if args.stats:
        print(json.dumps(statistics(evalset), indent=2))
        return 0
    texts = render(evalset)
    if args.check:
        return _check(evalset, args.out, texts)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (args.out / name).write_text(text, "utf-8")
    print(f"wrote {', '.join(FILES)} to {args.out}")
    return 0


def _check(evalset: EvalSet, folder: Path, texts: dict[str, str]) -> int:
    stale = [n for n, t in texts.items()
             if not (folder / n).exists() or (folder / n).read_text("utf-8") != t]
    if stale:
        print(f"out of date: {', '.join(stale)}; run python -m {evalset.module}",
              file=sys.stderr)
        return 1
    print(f"{evalset.name} files are current")
    return 0
