"""A baseline never holds positions: inserting lines above a finding (a
blank line, a paragraph of prose without figures) leaves every finding it
recorded hidden.

Run over our own examples, and over the labelled corpus where ../shared is
beside the project (as in CI), so every kind of finding they produce is
covered.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from fiscallint.engine import active_rules, run
from fiscallint.gate.suppressions import finding_key
from fiscallint.reading import Document

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
REPORTS = sorted(ROOT.glob("examples/*.txt")) + sorted(
    p for d in ("seeds", "extra", "wild") for p in (CORPUS / d).glob("*.txt"))
PROSE = "本段说明填报口径，不含数字。\n"
HARD_END = ("。", "：", ":", "；", "！", "？")


def keys(path: str, text: str) -> Counter:
    found = run(Document(path, text), active_rules()).findings
    return Counter(finding_key(path, f) for f in found), found


def paragraph_starts(lines: list[str]) -> list[int]:
    """0-based lines before which a paragraph may be inserted without
    joining it to a sentence a PDF export wrapped, or splitting a table
    flattened into text (cells on tab-indented lines, or between |)."""
    def in_table(line: str) -> bool:
        return line.startswith("\t") or "|" in line

    out = []
    for i in range(1, len(lines)):
        prev = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
        if in_table(lines[i]) or in_table(prev):
            continue
        if not lines[i - 1].strip() or lines[i - 1].rstrip().endswith(HARD_END):
            out.append(i)
    return out


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.name)
def test_inserted_lines_leave_baselined_findings_hidden(report):
    text = report.read_text(encoding="utf-8")
    before, found = keys(report.name, text)
    if not found:
        return  # a clean report: nothing to keep hidden
    lines = text.split("\n")
    starts = paragraph_starts(lines)
    first_finding = min(f.location.line for f in found) - 1
    # above the first finding, and above the last one
    points = {max((s for s in starts if s <= first_finding), default=None),
              max((s for s in starts if s <= max(f.location.line for f in found) - 1), default=None)}
    for at in sorted(p for p in points if p is not None):
        for insert in ("\n", PROSE, "\n" + PROSE + "\n"):
            moved = "\n".join(lines[:at]) + "\n" + insert + "\n".join(lines[at:])
            after, _ = keys(report.name, moved)
            assert after == before, f"inserting {insert!r} before line {at + 1} changed the baseline keys"


def test_every_kind_of_finding_is_covered():
    """The reports above produce every rule that reports on text."""
    rules = set()
    for report in REPORTS:
        rules |= {f.rule for f in run(Document(report.name, report.read_text(encoding="utf-8")), active_rules()).findings}
    expected = {"FL101", "FL102", "FL103", "FL105", "FL106", "FL201", "FL202", "FL203", "FL204", "FL205", "FL206",
                "FL207"}
    assert expected <= rules, expected - rules
