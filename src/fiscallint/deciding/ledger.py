"""Severity earned on real text: each pattern's measured precision, from
``rules/ledger.toml`` (written by ``benchmarks/ledger.py``, counts only).

A pattern whose findings were judged right less than 90% of the time
reports as a warning, not an error; one never judged right, with two or
more wrong findings, is demoted to FL199 (info, off by default) until it is
fixed and measured again. (Demoting every pattern below one half, measured
on 2026-12-04, took the labelled corpora's mutation recall from 0.965 to
0.824 on seeds: a pattern that finds real slips and misreads real prose is
fixed, not silenced.) A pattern nobody has
measured keeps its rule's severity.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, replace
from functools import lru_cache

from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.support.resources import read_text

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LEDGER_ENV = "FISCALLINT_LEDGER"
WARN_BELOW = 0.9
DEMOTE_MIN_WRONG = 2


@dataclass(frozen=True)
class PatternRecord:
    pattern: str
    rule: str
    right: int
    wrong: int
    unjudged: int
    sets: tuple[tuple[str, tuple[int, int, int]], ...]  # (set, (right, wrong, unjudged))

    @property
    def precision(self) -> float | None:
        judged = self.right + self.wrong
        return self.right / judged if judged else None

    @property
    def effect(self) -> str:
        """'demoted', 'warning' or '' (the rule's own severity)."""
        p = self.precision
        if p is None:
            return ""
        if self.right == 0 and self.wrong >= DEMOTE_MIN_WRONG:
            return "demoted"
        return "warning" if p < WARN_BELOW else ""


@lru_cache(maxsize=1)
def ledger() -> dict[str, PatternRecord]:
    """The shipped ledger, or the file $FISCALLINT_LEDGER names (set to an
    empty string: none, every rule at its own severity)."""
    other = os.environ.get(LEDGER_ENV)
    try:
        if other is None:
            data = tomllib.loads(read_text("rules", "ledger.toml"))
        elif other == "":
            return {}
        else:
            with open(other, "rb") as fh:
                data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    return parse(data)


def parse(data: dict) -> dict[str, PatternRecord]:
    out = {}
    for pattern, entry in (data.get("patterns") or {}).items():
        sets = tuple((name, tuple(int(x) for x in counts)) for name, counts in entry.items()
                     if name != "rule" and isinstance(counts, list) and len(counts) == 3)
        out[pattern] = PatternRecord(pattern, str(entry.get("rule", "")), sum(c[0] for _, c in sets),
                                     sum(c[1] for _, c in sets), sum(c[2] for _, c in sets), sets)
    return out


def apply(findings: list, keep_demoted: bool, records: dict[str, PatternRecord] | None = None) -> list:
    """The findings with the ledger's severities: errors of a pattern below
    0.9 become warnings; findings of a demoted pattern become FL199 info
    (kept only when FL199 is selected)."""
    records = ledger() if records is None else records
    if not records:
        return findings
    out = []
    for f in findings:
        rec = records.get(f.pattern)
        effect = rec.effect if rec is not None else ""
        if effect == "demoted":
            if keep_demoted:
                out.append(replace(f, rule="FL199", name="unchecked-relation", severity="info",
                                   message=Msg(M.DEMOTED, message=f.message, pattern=f.pattern,
                                               precision=f"{rec.precision:.2f}")))
            continue
        if effect == "warning" and f.severity == "error":
            f = replace(f, severity="warning")
        out.append(f)
    return out
