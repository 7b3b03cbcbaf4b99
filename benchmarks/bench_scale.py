#!/usr/bin/env python3
"""Cost against a document's size: does checking a document twice as long
take about twice as long (and as much memory)?

Builds one long compiled report (a county's 决算汇编 is several MB): the
synthetic reports of bench.py, each followed by tables in the layouts
fiscallint reads (a “三公” table with 增减 columns as `|` rows, the same as
tab cells, a score table), until it reaches --mb megabytes; then the same
document doubled. Each is checked by a fresh `fiscallint check --format json
--no-cache` process (best of --repeat); the process reports its own peak
memory. Prints seconds and MB for both sizes and the ratios, and exits 1
when the time ratio is above --max-ratio (default 2.3) or the memory ratio
(net of a process that checks a one-line document) is.

    python benchmarks/bench_scale.py [--mb 1.8] [--repeat 2] [--max-ratio 2.3]
"""
from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import ReportGen, linter_env, q2  # noqa: E402

_CHILD = (
    "import atexit, resource, sys\n"
    "atexit.register(lambda: sys.stderr.write('MAXRSS %d\\n' % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))\n"
    "sys.argv = ['fiscallint', 'check', '--no-cache', '--format', 'json', sys.argv[1]]\n"
    "from fiscallint.cli import main\n"
    "main()\n"
)


def tables(rng: random.Random) -> str:
    """Consistent tables, in three layouts."""
    last = [q2(Decimal(str(rng.uniform(0, 60)))) for _ in range(3)]
    now = [q2(x * Decimal(str(rng.uniform(0.5, 1.5)))) for x in last]
    names = ["因公出国(境)费", "公务用车购置及运行维护费", "公务接待费"]
    rows = [("合计", sum(last), sum(now))] + list(zip(names, last, now))
    out = ["“三公”经费支出决算表", "单位：万元", "项目 | 上年决算数 | 本年决算数 | 比上年增、减情况",
           " | | | 增、减金额 | 增、减幅度"]
    for name, a, b in rows:
        rate = f"{q2((b - a) / a * 100)}%" if a else "—"
        out.append(f"{name} | {a:.2f} | {b:.2f} | {b - a:.2f} | {rate}")
    out += ["", "\t项目", "\t全年预算数", "\t全年执行数", ""]
    budgets = [q2(Decimal(str(rng.uniform(20, 400)))) for _ in range(3)]
    spent = [q2(b * Decimal(str(rng.uniform(0.6, 1.0)))) for b in budgets]
    out += ["\t合计", f"\t{sum(budgets):.2f}", f"\t{sum(spent):.2f}", ""]
    for i, (b, s) in enumerate(zip(budgets, spent), 1):
        out += [f"\t项目{i}", f"\t{b:.2f}", f"\t{s:.2f}", ""]
    points = [rng.choice([10, 20, 30]) for _ in range(3)]
    out += ["一级指标 | 分值 | 得分"]
    for i, p in enumerate(points, 1):
        out.append(f"指标{i} | {p} | {p}")
    out.append(f"总分 | {sum(points)} | {sum(points)}")
    return "\n".join(out) + "\n\n"


def build(mb: float, seed: int) -> str:
    rng = random.Random(seed)
    parts, size = [], 0
    while size < mb * 1e6:
        g = ReportGen(random.Random(rng.getrandbits(64)))
        chunk = g.report(rng.randint(8 * 1024, 20 * 1024)) + "\n" + tables(rng)
        parts.append(chunk)
        size += len(chunk.encode("utf-8"))
    return "".join(parts)


def measure(path: Path, repeat: int) -> tuple[float, int]:
    env = linter_env(True)
    best, rss = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, env=env)
        dt = time.perf_counter() - t0
        if proc.returncode not in (0, 1):
            sys.stderr.write(proc.stderr.decode("utf-8", "replace")[-2000:])
            raise SystemExit(f"bench_scale: the linter exited {proc.returncode} on {path}")
        kb = [int(line.split()[1]) for line in proc.stderr.decode().splitlines() if line.startswith("MAXRSS ")]
        best = min(best, dt)
        rss = max(rss, kb[-1] if kb else 0)
    return best, rss


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=1.8, help="size of the smaller document (default 1.8 MB)")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--max-ratio", type=float, default=2.3)
    ap.add_argument("--seed", type=int, default=20240601)
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fiscallint-scale-") as d:
        one = build(a.mb, a.seed)
        small, big, tiny = Path(d) / "one.txt", Path(d) / "two.txt", Path(d) / "tiny.txt"
        small.write_text(one, encoding="utf-8")
        big.write_text(one + one, encoding="utf-8")
        tiny.write_text("总支出100万元。\n", encoding="utf-8")
        _, base_kb = measure(tiny, 1)
        t1, m1 = measure(small, a.repeat)
        t2, m2 = measure(big, a.repeat)
        s1, s2 = small.stat().st_size / 1e6, big.stat().st_size / 1e6
    time_ratio = t2 / t1
    mem_ratio = (m2 - base_kb) / max(1, m1 - base_kb)
    print(f"  document MB        {s1:8.2f} {s2:8.2f}")
    print(f"  best s             {t1:8.2f} {t2:8.2f}   ratio {time_ratio:.2f}")
    print(f"  peak MB            {m1 / 1024:8.1f} {m2 / 1024:8.1f}   ratio {m2 / max(1, m1):.2f} "
          f"(net of a one-line check, {base_kb / 1024:.0f} MB: {mem_ratio:.2f})")
    ok = time_ratio <= a.max_ratio and mem_ratio <= a.max_ratio
    print(f"  target <= {a.max_ratio}: {'ok' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
