"""Run the fuzz targets one after another, each for a while, and say what
each did: ``python fuzz/run.py [--seconds 40] [TARGET ...]``.

The seeds (fuzz/make_corpus.py) are copied into a working corpus
(--corpus, default a temporary folder) that the fuzzer grows. A crash, a
hang past --timeout or a memory blow-up past --rss-mb stops the target,
leaves its input in --artifacts and makes this script exit 1."""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_corpus import TARGETS, build  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("targets", nargs="*", default=list(TARGETS))
    ap.add_argument("--seconds", type=int, default=40, help="per target")
    ap.add_argument("--timeout", type=int, default=30, help="seconds one input may take")
    ap.add_argument("--rss-mb", type=int, default=2048)
    ap.add_argument("--corpus", type=Path, default=None, help="working corpus folder (kept)")
    ap.add_argument("--artifacts", type=Path, default=HERE / "crashes")
    args = ap.parse_args()
    work = args.corpus or Path(tempfile.mkdtemp(prefix="fiscallint-fuzz-"))
    seeds = Path(tempfile.mkdtemp(prefix="fiscallint-seeds-"))
    build(seeds, args.targets)
    args.artifacts.mkdir(parents=True, exist_ok=True)
    failed = []
    print(f"{'target':<12} {'seconds':>7} {'runs':>9} {'exec/s':>7} {'cov':>6} {'ft':>6} {'corpus':>6}  result")
    for target in args.targets:
        corpus = work / target
        corpus.mkdir(parents=True, exist_ok=True)
        log = work / f"{target}.log"
        start = time.monotonic()
        with open(log, "w") as out:
            rc = subprocess.call([sys.executable, str(HERE / f"fuzz_{target}.py"), str(corpus), str(seeds / target),
                                  f"-max_total_time={args.seconds}", f"-timeout={args.timeout}",
                                  f"-rss_limit_mb={args.rss_mb}", f"-artifact_prefix={args.artifacts}/{target}-",
                                  "-print_final_stats=1"], stdout=out, stderr=subprocess.STDOUT, cwd=HERE)
        took = time.monotonic() - start
        text = log.read_text(errors="replace")
        runs = re.search(r"stat::number_of_executed_units:\s*(\d+)", text)
        speed = re.search(r"stat::average_exec_per_sec:\s*(\d+)", text)
        cov = re.findall(r"cov: (\d+) ft: (\d+) corp: (\d+)", text)
        c, f, n = cov[-1] if cov else ("?", "?", "?")
        result = "ok" if rc == 0 else f"CRASH (exit {rc}; log {log})"
        print(f"{target:<12} {took:>7.0f} {runs.group(1) if runs else '?':>9} {speed.group(1) if speed else '?':>7} "
              f"{c:>6} {f:>6} {n:>6}  {result}", flush=True)
        if rc != 0:
            failed.append(target)
            print("\n".join(text.splitlines()[-40:]))
    shutil.rmtree(seeds, ignore_errors=True)
    if args.corpus is None:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
