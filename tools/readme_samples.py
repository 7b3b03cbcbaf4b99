#!/usr/bin/env python3
"""The README's sample output, generated from the tool.

The README shows what ``fiscallint check examples/report_with_errors.txt``
prints, as text and as JSON. Those blocks are not written by hand: this
script runs the commands and writes their output between the markers

    <!-- sample: text -->  …  <!-- /sample -->
    <!-- sample: json -->  …  <!-- /sample -->

    python tools/readme_samples.py           # rewrite the README's samples
    python tools/readme_samples.py --check   # exit 1 when they differ (tests/test_readme.py)

Run from anywhere; the commands run at the top of the checkout, with this
interpreter's fiscallint and no result cache.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
EXAMPLE = "examples/report_with_errors.txt"
TEXT_COMMAND = f"fiscallint check {EXAMPLE}"
JSON_COMMAND = f"fiscallint check --format json {EXAMPLE}"
_BLOCK = re.compile(r"(<!-- sample: (\w+) -->\n)(.*?)(<!-- /sample -->)", re.S)


def _run(args: list[str]) -> str:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env.pop("FISCALLINT_DEBUG", None)
    env.pop("FISCALLINT_LEDGER", None)  # the README shows what a user sees: the shipped ledger
    src = ROOT / "src"
    env["PYTHONPATH"] = str(src) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    proc = subprocess.run([sys.executable, "-m", "fiscallint", *args, "--no-cache"], cwd=ROOT, capture_output=True,
                          env=env, timeout=300)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"readme_samples: fiscallint {' '.join(args)} exited {proc.returncode}:\n"
                         + proc.stderr.decode("utf-8", "replace"))
    return proc.stdout.decode("utf-8")


def _dumps(value, indent: int = 0, width: int = 110) -> str:
    """JSON, an object or list on one line when it fits in ``width``
    characters, else one member a line (readable in the README, still JSON)."""
    flat = json.dumps(value, ensure_ascii=False)
    if len(flat) + indent <= width or not isinstance(value, (dict, list)) or not value:
        return flat
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        inner = [f"{pad}{json.dumps(k, ensure_ascii=False)}: {_dumps(v, indent + 2, width)}" for k, v in value.items()]
        return "{\n" + ",\n".join(inner) + "\n" + " " * indent + "}"
    inner = [pad + _dumps(v, indent + 2, width) for v in value]
    return "[\n" + ",\n".join(inner) + "\n" + " " * indent + "]"


def samples() -> dict[str, str]:
    """The body of each sample block, as the tool prints it now."""
    text = _run(TEXT_COMMAND.split()[1:])
    data = json.loads(_run(JSON_COMMAND.split()[1:]))
    n = len(data["findings"])
    shown = {"version": data["version"], "findings": data["findings"][:1], "summary": data["summary"]}
    return {
        "text": f"```text\n$ {TEXT_COMMAND}\n{text}```\n",
        "json": (f"```json\n{_dumps(shown)}\n```\n\n"
                 f"(the first of the {n} findings of `{JSON_COMMAND}`)\n"),
    }


def render(readme: str) -> str:
    """The README with every sample block regenerated."""
    now = samples()

    def fill(m: re.Match) -> str:
        name = m.group(2)
        if name not in now:
            raise SystemExit(f"readme_samples: unknown sample {name!r} in README.md")
        return m.group(1) + now[name] + m.group(4)

    return _BLOCK.sub(fill, readme)


def main(argv: list[str]) -> int:
    current = README.read_text(encoding="utf-8")
    if not _BLOCK.search(current):
        print("readme_samples: README.md has no <!-- sample: … --> block", file=sys.stderr)
        return 1
    fresh = render(current)
    if "--check" in argv:
        if fresh != current:
            print("readme_samples: README.md's samples differ from the tool's output; "
                  "run `python tools/readme_samples.py`", file=sys.stderr)
            return 1
        return 0
    if fresh != current:
        README.write_text(fresh, encoding="utf-8")
        print("README.md: samples updated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
