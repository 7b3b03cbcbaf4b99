#!/usr/bin/env python3
"""CI benchmark for fiscallint: parallel checking and the result cache.

Generates N synthetic reports with ``bench.py``'s generator (seeded, default
1,000), then times, each as a fresh process:

  (a) ``check --no-cache --jobs 1``   one process, no cache
  (b) ``check --no-cache --jobs J``   J worker processes (default 2), no cache
  (c) ``check``                        with the cache warm (one run fills it,
                                       the next is timed)

and prints the times, the speed-up of (b) over (a) (target >= 1.7x with 2
jobs on 2 cores) and of (c) over (a) (target >= 10x). The three runs must
report the same findings.

The cache lives in a temporary folder (FISCALLINT_CACHE_DIR), never the
user's.  ``--in-process`` runs each measurement as a fresh Python process
that calls ``fiscallint.gate.runner.check_items`` directly (collect, check, JSON
output) instead of the ``fiscallint check`` command, for when the CLI does
not have ``--jobs``/``--no-cache`` (the script says so and stops).

Standard library only. Exit 0 unless the linter fails or the runs disagree
(and, with --strict, unless every target is met).
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench  # noqa: E402  (the report generator and the linter's environment)

TARGET_PARALLEL = 1.7  # (b) over (a), 2 jobs on 2 cores
TARGET_CACHE = 10.0  # (c) over (a)

# The in-process driver: what `fiscallint check --format json [--jobs N]
# [--no-cache] PATHS` does, minus the configuration file and gate.
DRIVER = r"""
import json, sys
from fiscallint.engine import active_rules
from fiscallint.reporting.output import RunResult, to_json
from fiscallint.gate.runner import ResultCache, Settings, check_items, collect

args = sys.argv[1:]
jobs = int(args[args.index("--jobs") + 1]) if "--jobs" in args else 1
no_cache = "--no-cache" in args
paths = [a for i, a in enumerate(args) if not a.startswith("--") and (i == 0 or args[i - 1] != "--jobs")]
rules = active_rules()
settings = Settings(select=sorted(r.code for r in rules))
result = RunResult()
items = collect(paths, result.input_errors)
check_items(items, rules, settings, result, jobs=jobs, cache=None if no_cache else ResultCache())
sys.stdout.write(to_json(result) + "\n")
sys.exit(2 if result.input_errors else (1 if result.findings else 0))
"""


def run_once(prefix: list[str], args: list[str], env: dict) -> tuple[float, list]:
    """One fresh process; its wall time and its findings."""
    cmd = prefix + args
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, env=env)
    dt = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr.decode("utf-8", "replace")[-4000:])
        raise SystemExit(f"bench_ci: exited {proc.returncode}: {shlex.join(cmd[:6])} ...")
    try:
        findings = json.loads(proc.stdout)["findings"]
    except (ValueError, KeyError, TypeError) as exc:
        sys.stderr.write(proc.stdout.decode("utf-8", "replace")[:2000])
        sys.stderr.write(proc.stderr.decode("utf-8", "replace")[-3000:])
        raise SystemExit(f"bench_ci: output is not the expected JSON ({exc})")
    return dt, findings


def cli_has_flags(prefix: list[str], env: dict) -> bool:
    proc = subprocess.run(prefix + ["check", "--help"], capture_output=True, env=env)
    text = proc.stdout.decode("utf-8", "replace")
    return "--jobs" in text and "--no-cache" in text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=1000, help="number of synthetic reports (default 1000)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes of run (b) (default 2)")
    ap.add_argument("--repeat", type=int, default=1, help="timed runs of each measurement, best kept (default 1)")
    ap.add_argument("--seed", type=int, default=20250101)
    ap.add_argument("--in-process", action="store_true",
                    help="call fiscallint.gate.runner.check_items in a fresh python process instead of `fiscallint check`")
    ap.add_argument("--cmd", default=None, help="command prefix for the linter (default: '<this python> -m fiscallint')")
    ap.add_argument("--dir", default=None, help="write the reports here instead of a temp dir (kept)")
    ap.add_argument("--keep", action="store_true", help="keep the temp dir")
    ap.add_argument("--json", action="store_true", help="also print the figures as JSON")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    a = ap.parse_args(argv)

    default_cmd = a.cmd is None
    env = bench.linter_env(default_cmd)
    env.pop("FISCALLINT_DEBUG", None)
    if a.in_process:
        prefix = [sys.executable, "-c", DRIVER]
        check = []
    else:
        prefix = [sys.executable, "-m", "fiscallint"] if default_cmd else shlex.split(a.cmd)
        check = ["check", "--format", "json"]
        if not cli_has_flags(prefix, env):
            sys.stderr.write("bench_ci: `fiscallint check` has no --jobs/--no-cache yet; "
                             "run with --in-process to measure the runner directly\n")
            return 2

    tmp = Path(tempfile.mkdtemp(prefix="fiscallint-bench-ci-"))
    env["FISCALLINT_CACHE_DIR"] = str(tmp / "cache")
    if a.dir:
        outdir = Path(a.dir)
        outdir.mkdir(parents=True, exist_ok=True)
    else:
        outdir = tmp / "reports"
        outdir.mkdir()
    try:
        t0 = time.perf_counter()
        files, gen = bench.generate(outdir, a.reports, a.seed)
        Path(gen["small_report"]).unlink()  # only the N reports
        print(f"generated {gen['reports']} reports ({gen['bytes'] / 1e6:.2f} MB) in {time.perf_counter() - t0:.1f} s; "
              f"{os.cpu_count()} CPUs; mode: {'in-process (runner.check_items)' if a.in_process else shlex.join(prefix)}")
        target = [str(outdir)]

        def best(args: list[str], before=None) -> tuple[float, list, list[float]]:
            times, findings = [], []
            for _ in range(max(1, a.repeat)):
                if before is not None:
                    before()
                dt, findings = run_once(prefix, check + args + target, env)
                times.append(dt)
            return min(times), findings, times

        # warm-up: fiscallint's other caches (the unit table) in the fresh
        # cache folder, as on any machine where it has run before
        run_once(prefix, check + ["--no-cache", "--jobs", "1", str(files[0])], env)
        ta, fa, runs_a = best(["--no-cache", "--jobs", "1"])
        tb, fb, runs_b = best(["--no-cache", "--jobs", str(a.jobs)])
        cache_root = tmp / "cache" / "results"  # the result cache (runner.ResultCache's default)
        fill_s: list[float] = []

        def fill() -> None:  # an empty cache, filled by one run: the timed run is the next
            shutil.rmtree(cache_root, ignore_errors=True)
            dt, _ = run_once(prefix, check + ["--jobs", "1"] + target, env)
            fill_s.append(dt)

        tc, fc, runs_c = best(["--jobs", "1"], before=fill)
        same = fa == fb == fc
        sp_b, sp_c = ta / tb, ta / tc
        ok = lambda good: "ok" if good else "MISSED"  # noqa: E731
        rows = [
            ("(a) --no-cache --jobs 1", f"{ta:.3f} s", f"{ta / len(files) * 1000:.2f} ms/report; runs "
                                                      + ", ".join(f"{t:.2f}" for t in runs_a)),
            (f"(b) --no-cache --jobs {a.jobs}", f"{tb:.3f} s", "runs " + ", ".join(f"{t:.2f}" for t in runs_b)),
            ("(c) warm cache", f"{tc:.3f} s", f"filling run {min(fill_s):.2f} s; runs "
                                              + ", ".join(f"{t:.2f}" for t in runs_c)),
            ("speed-up (b) over (a)", f"{sp_b:.2f}x", f"target >= {TARGET_PARALLEL}x with 2 jobs on 2 cores: "
                                                      f"{ok(sp_b >= TARGET_PARALLEL)}"),
            ("speed-up (c) over (a)", f"{sp_c:.1f}x", f"target >= {TARGET_CACHE}x: {ok(sp_c >= TARGET_CACHE)}"),
            ("findings", f"{len(fa)}", f"same in (a), (b), (c): {'yes' if same else 'NO'}"),
        ]
        w = max(len(r[0]) for r in rows)
        v = max(len(r[1]) for r in rows)
        print()
        for k, val, note in rows:
            print(f"  {k:<{w}}  {val:>{v}}  {note}")
        if a.json:
            print(json.dumps({
                "reports": len(files), "mb": round(gen["bytes"] / 1e6, 3), "cpus": os.cpu_count(),
                "mode": "in-process" if a.in_process else "cli", "jobs": a.jobs,
                "a_s": round(ta, 4), "b_s": round(tb, 4), "c_s": round(tc, 4), "fill_s": round(min(fill_s), 4),
                "speedup_parallel": round(sp_b, 3), "speedup_cache": round(sp_c, 3),
                "findings": len(fa), "same_findings": same,
                "targets": {"parallel": TARGET_PARALLEL, "cache": TARGET_CACHE},
            }, indent=2))
        if not same:
            sys.stderr.write("bench_ci: the runs reported different findings\n")
            return 1
        if a.strict and not (sp_b >= TARGET_PARALLEL and sp_c >= TARGET_CACHE):
            return 1
        return 0
    finally:
        if not a.keep:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            print(f"kept {tmp}")


if __name__ == "__main__":
    sys.exit(main())
