"""Peak memory and time of one `fiscallint check` process on huge and hostile
inputs (built by benchmarks/hostile.py in a temporary folder):

* a 50 MB text report (the examples repeated), under the default budgets
  (refused: text-length) and, with --full, with the budgets raised so that
  it is analysed whole;
* a .docx with 100,000 table cells;
* the zip bomb: a ~2 MB .docx whose word/document.xml inflates to 1.15 GB;
* the same bomb with a central directory that lies (declares 4 KiB);
* a .docx with nested XML entities (billion laughs).

`python benchmarks/resources.py [--full] [--json]`. Each input is checked by
a fresh process; its peak resident memory is its own ru_maxrss (os.wait4).
Acceptance (issue 15): the zip bomb refused in under 2 s, under 300 MB, exit 2.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import hostile  # noqa: E402


def measure(args: list[str], cwd: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(HERE.parent / "src")}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "fiscallint", "check", "--no-cache", "--format", "json", *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd, env=env)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    return {"exit": os.waitstatus_to_exitcode(status), "seconds": round(seconds, 2),
            "peak_mb": round(usage.ru_maxrss / 1024, 1), "stderr": err.decode(errors="replace").strip()}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--full", action="store_true", help="also analyse the 50 MB text whole (minutes, GBs)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="fiscallint-res-") as tmp:
        root = Path(tmp)
        t = time.perf_counter()
        big = hostile.big_text(root / "big.txt")
        cells = hostile.cells_docx(root / "cells.docx", cells=100_000)
        bomb = hostile.zip_bomb(root / "bomb.docx")
        lying = hostile.lying_bomb(root / "lying.docx")
        laughs = hostile.entity_docx(root / "laughs.docx")
        built = time.perf_counter() - t
        cases = [
            ("50 MB text, default budgets", [big.name]),
            ("100,000-cell .docx", [cells.name]),
            ("zip bomb (1.15 GB document.xml)", [bomb.name]),
            ("zip bomb, lying directory", [lying.name]),
            ("XML entities (billion laughs)", [laughs.name]),
        ]
        for name, files in cases:
            rows.append({"input": name, "bytes": (root / files[0]).stat().st_size, **measure(files, root)})
        if args.full:
            (root / "fiscallint.toml").write_text('[limits]\nfile-size = "1 GiB"\ntext-length = 100000000\n'
                                                  'figures = 10000000\n', encoding="utf-8")
            rows.append({"input": "50 MB text, budgets raised", "bytes": big.stat().st_size,
                         **measure([big.name], root)})
    if args.json:
        print(json.dumps({"built_seconds": round(built, 2), "rows": rows}, ensure_ascii=False, indent=1))
        return 0
    print(f"(inputs built in {built:.1f} s)")
    print(f"{'input':<34} {'bytes':>12} {'exit':>4} {'seconds':>8} {'peak MB':>8}  message")
    for r in rows:
        print(f"{r['input']:<34} {r['bytes']:>12,} {r['exit']:>4} {r['seconds']:>8.2f} {r['peak_mb']:>8.1f}  "
              f"{r['stderr'][:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
