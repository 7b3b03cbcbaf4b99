#!/usr/bin/env python3
"""Benchmark: one report written on a single line (as some PDF exports are).

Generates synthetic reports with ``bench.py``'s generator (seeded), joins
them into one line of 1, 2 and 4 MB (and the 5 MB of the target), and times
one ``fiscallint check --no-cache --format json`` process on each (best of
--repeat). The time must grow linearly with the line's length: each doubling
should about double it (the ratio column), not quadruple it as a per-figure
rescan of the line from its start would. Target: 5 MB in under 10 s.

    python benchmarks/bench_long_line.py [--sizes 1,2,4,5] [--repeat 2] [--json]

Standard library only. Exit 0 unless the linter fails or 5 MB (when
measured) takes 10 s or more.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import ReportGen, linter_env, run_check  # noqa: E402

TARGET_5MB_S = 10.0


def one_line(size: int, seed: int) -> str:
    """About ``size`` bytes of UTF-8: generated reports, their line breaks
    removed, one after another on one line."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        text = ReportGen(random.Random(rng.getrandbits(64))).report(rng.randint(8 * 1024, 30 * 1024))
        piece = text.replace("\r", "").replace("\n", "")
        parts.append(piece)
        total += len(piece.encode("utf-8"))
    line = "".join(parts)
    data = line.encode("utf-8")[:size].decode("utf-8", "ignore")
    return data + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1,2,4,5", help="line lengths in MB, comma-separated (default 1,2,4,5)")
    ap.add_argument("--repeat", type=int, default=2, help="best of N runs (default 2)")
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    a = ap.parse_args(argv)
    sizes = [float(s) for s in a.sizes.split(",") if s.strip()]
    prefix = [sys.executable, "-m", "fiscallint"]
    env = linter_env(True)
    rows = []
    with tempfile.TemporaryDirectory(prefix="fiscallint-long-line-") as tmp:
        for mb in sizes:
            path = Path(tmp) / f"line_{mb:g}MB.txt"
            path.write_text(one_line(int(mb * 1_000_000), a.seed), encoding="utf-8")
            best, data = None, None
            for _ in range(max(1, a.repeat)):
                dt, data = run_check(prefix, [path], env)
                best = dt if best is None else min(best, dt)
            cov = data["summary"].get("coverage", {})
            rows.append({"mb": mb, "bytes": path.stat().st_size, "seconds": round(best, 2),
                         "s_per_mb": round(best / mb, 2), "quantities": cov.get("quantities"),
                         "findings": len(data["findings"])})
    for prev, row in zip(rows, rows[1:]):
        row["ratio"] = round(row["seconds"] / prev["seconds"], 2) if prev["seconds"] else None
        row["size_ratio"] = round(row["mb"] / prev["mb"], 2)
    if a.json:
        print(json.dumps(rows, indent=2))
    else:
        print(f"{'MB':>4} {'bytes':>9} {'quantities':>10} {'findings':>8} {'s':>7} {'s/MB':>6} {'time ratio':>10} {'size ratio':>10}")
        for r in rows:
            print(f"{r['mb']:>4g} {r['bytes']:>9} {r['quantities'] or 0:>10} {r['findings']:>8} {r['seconds']:>7.2f}"
                  f" {r['s_per_mb']:>6.2f} {r.get('ratio') or '':>10} {r.get('size_ratio') or '':>10}")
    slow = [r for r in rows if r["mb"] == 5 and r["seconds"] >= TARGET_5MB_S]
    if slow:
        print(f"bench: 5 MB on one line took {slow[0]['seconds']} s (target < {TARGET_5MB_S:g} s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
