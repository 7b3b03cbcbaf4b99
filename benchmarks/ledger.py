"""Measure each pattern's precision on real text and write rules/ledger.toml.

Every finding fiscallint makes carries the id of the pattern that built its
claim. This script runs ``fiscallint check`` over sets of real passages and
counts, for each pattern, the findings judged right and wrong:

* labelled sets (``../shared/corpus/seeds``, ``extra``: ``NAME.json`` beside
  each ``NAME.txt``): a finding is right when it lands on a claim labelled
  ``contradiction`` or ``minor``, as ``corpus.py score`` counts it;
* judged sets (``../shared/corpus/wild`` and sets of real passages collected
  the same way: ``NAME.judged.json``): a finding is right or wrong as a
  person judged it (by line and rule); findings nobody judged are counted
  apart, never as right.

    python benchmarks/ledger.py                       # the shared corpora, print only
    python benchmarks/ledger.py --write               # and rewrite rules/ledger.toml
    python benchmarks/ledger.py --set mine=/tmp/real/A --write
    python benchmarks/ledger.py --set J=/tmp/real/J --set-cmd "J=/tmp/old/.venv/bin/python -m fiscallint check --format json"

A set judged at an older commit is best measured with the linter of that
commit (``--set-cmd``): what the patterns did on text nobody had tuned them
to, not what they do after its false findings were fixed.

Only counts go into the ledger, never text. The engine reads the ledger: a
pattern below 0.9 measured precision reports as a warning, and one
never judged right, with two or more wrong findings, is demoted to FL199 (info, off by
default) until it is fixed and measured again.
"""
from __future__ import annotations

import argparse
import datetime
import functools
import importlib.util
import json
import shlex
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@functools.lru_cache(maxsize=1)
def corpus_tool():
    """../shared/tools/corpus.py, for its span matching (standard library only)."""
    path = SHARED / "tools" / "corpus.py"
    spec = importlib.util.spec_from_file_location("corpus", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def findings_of(cmd: str, files: list[Path]) -> list[dict]:
    proc = subprocess.run([*shlex.split(cmd), *map(str, files)], capture_output=True, text=True, encoding="utf-8")
    return [f for f in json.loads(proc.stdout)["findings"] if f.get("severity") in ("error", "warning")]


def tally(cmd: str, name: str, folder: Path, counts: dict) -> None:
    corpus = corpus_tool()
    judged_files = sorted(folder.glob("*.judged.json"))
    if judged_files:
        texts = [p.with_name(p.name.replace(".judged.json", ".txt")) for p in judged_files]
        found = findings_of(cmd, texts)
        for txt, jpath in zip(texts, judged_files):
            judged = {(int(j["line"]), j["rule"]): j["verdict"]
                      for j in json.loads(jpath.read_text(encoding="utf-8")).get("judged", [])}
            for f in found:
                if Path(f["path"]).resolve() != txt.resolve():
                    continue
                verdict = judged.get((f["line"], f["rule"]))
                slot = {"true": 0, "false": 1}.get(verdict, 2)
                counts[(f.get("pattern") or f["rule"], f["rule"])][name][slot] += 1
        return
    cases = sorted(p for p in folder.glob("*.txt") if p.with_suffix(".json").exists())
    found = findings_of(cmd, cases)
    for txt in cases:
        _, claims, _ = corpus.load_case(txt.with_suffix(".json"))
        bad = [c for c in claims if c.verdict in ("contradiction", "minor")]
        for f in found:
            if Path(f["path"]).resolve() != txt.resolve():
                continue
            right = any(corpus.finding_hits(f, c.spans) for c in bad)
            counts[(f.get("pattern") or f["rule"], f["rule"])][name][0 if right else 1] += 1


def to_toml(counts: dict, sets: dict[str, str]) -> str:
    lines = [
        "# The patterns' measured precision on real text, written by benchmarks/ledger.py",
        "# (counts only). For each pattern id (what `fiscallint explain` and the JSON",
        "# `pattern` field name) and each set of real passages: [right, wrong, unjudged].",
        "# The engine reads it: below 0.9 a pattern reports as a warning; never judged right,",
        "# with two or more wrong findings it is demoted to FL199 (info, off by default).",
        f'measured = "{datetime.date.today().isoformat()}"',
        "",
        "[sets]",
    ]
    lines += [f'{name} = "{what}"' for name, what in sets.items()]
    for (pattern, rule), by_set in sorted(counts.items()):
        lines += ["", f'[patterns."{pattern}"]', f'rule = "{rule}"']
        for name in sets:
            r, w, u = by_set.get(name, [0, 0, 0])
            if r or w or u:
                lines.append(f"{name} = [{r}, {w}, {u}]")
    return "\n".join(lines) + "\n"


def kept_from(old: dict, counts: dict, sets: dict) -> dict[str, str]:
    """The sets of an earlier ledger (its parsed TOML) that are not measured now,
    their counts added to ``counts``: passages judged once and no longer at hand
    keep what they measured. Their names and descriptions, in the ledger's order."""
    kept = {name: what for name, what in old.get("sets", {}).items() if name not in sets}
    for pattern, record in old.get("patterns", {}).items():
        for name in kept:
            if name in record:
                counts[(pattern, record["rule"])][name] = list(record[name])
    return kept


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cmd", default=f"{sys.executable} -m fiscallint check --format json --no-cache")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=DIR", help="another set of real passages")
    ap.add_argument("--describe", action="append", default=[], metavar="NAME=TEXT", help="what a set is")
    ap.add_argument("--set-cmd", action="append", default=[], metavar="NAME=CMD",
                    help="measure a set with another command: the linter at the commit the set was judged at, "
                         "before anything was tuned to it (held-out precision)")
    ap.add_argument("--write", action="store_true", help="rewrite rules/ledger.toml")
    ap.add_argument("--merge", action="store_true",
                    help="keep the counts of the sets rules/ledger.toml holds that are not measured now")
    ns = ap.parse_args(argv)
    sets: dict[str, Path] = {}
    for d in ("seeds", "extra", "wild"):
        if (SHARED / "corpus" / d).is_dir():
            sets[d] = SHARED / "corpus" / d
    for item in ns.set:
        name, _, folder = item.partition("=")
        sets[name] = Path(folder)
    described = dict(item.partition("=")[::2] for item in ns.describe)
    commands = dict(item.partition("=")[::2] for item in ns.set_cmd)
    counts: dict = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for name, folder in sets.items():
        tally(commands.get(name, ns.cmd), name, folder, counts)
    kept: dict[str, str] = {}
    if ns.merge:
        import tomllib

        kept = kept_from(tomllib.loads((ROOT / "rules" / "ledger.toml").read_text(encoding="utf-8")), counts, sets)
    print(f"{'pattern':34} {'rule':6} " + " ".join(f"{n:>12}" for n in sets) + "   precision")
    for (pattern, rule), by_set in sorted(counts.items()):
        r = sum(v[0] for v in by_set.values())
        w = sum(v[1] for v in by_set.values())
        cells = " ".join(f"{'/'.join(map(str, by_set.get(n, [0, 0, 0]))):>12}" for n in sets)
        print(f"{pattern:34} {rule:6} {cells}   {r / (r + w):.2f}" if r + w else f"{pattern:34} {rule:6} {cells}   -")
    if ns.write:
        what = {n: described.get(n) or {"seeds": "shared corpus: 5 labelled reports",
                                         "extra": "shared corpus: 20 labelled passages",
                                         "wild": "shared corpus: real passages judged by hand"}.get(n, str(sets[n].name))
                for n in sets}
        corpora = [n for n in what if n in ("seeds", "extra", "wild")]
        what = {n: (what.get(n) or kept[n]) for n in [*corpora, *kept, *(n for n in what if n not in corpora)]}
        (ROOT / "rules" / "ledger.toml").write_text(to_toml(counts, what), encoding="utf-8")
        print("wrote rules/ledger.toml")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
