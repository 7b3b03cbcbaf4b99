"""Output formats: the findings of a run, for people (text) and for tools
(json, the contract ``../shared/tools/corpus.py`` reads)."""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field

from fiscallint.engine import Finding, Report

JSON_VERSION = 1


@dataclass
class FileResult:
    """What a run keeps of one report: its findings, its coverage and the
    lines the findings point at (not the whole analysis: a CI run over
    thousands of reports must not hold them all in memory)."""

    findings: list[Finding]
    coverage: dict[str, int]
    lines: dict[int, str]
    suppressions: list = field(default_factory=list)  # Word comments "fiscallint: ignore …"

    @classmethod
    def of(cls, report: Report) -> "FileResult":
        doc = report.analysis.doc
        suppressions = []
        if getattr(doc.origins, "comments", None):
            from fiscallint.engine import all_rules
            from fiscallint.checks.suppression import comment_suppressions

            suppressions = comment_suppressions(doc, all_rules())
        wanted = {f.location.line for f in report.findings} | {s.location.line for s in suppressions}
        return cls(report.findings, report.coverage, {n: doc.line_text(n) for n in wanted}, suppressions)


@dataclass
class RunResult:
    """Everything a run produced, in the order the files were given."""

    reports: list[tuple[str, FileResult]] = field(default_factory=list)
    input_errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # unused configuration suppressions, stale baseline entries

    def add(self, path: str, report: Report) -> None:
        self.reports.append((path, FileResult.of(report)))

    @property
    def findings(self) -> list[Finding]:
        return [f for _, r in self.reports for f in r.findings]

    def counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            out[f.severity] = out.get(f.severity, 0) + 1
        return out

    def by_rule(self) -> dict[str, dict]:
        out: dict[str, dict] = {}
        for f in self.findings:
            row = out.setdefault(f.rule, {"name": f.name, "count": 0})
            row["count"] += 1
        return dict(sorted(out.items()))

    def coverage(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for _, r in self.reports:
            for k, v in r.coverage.items():
                total[k] = total.get(k, 0) + v
        return total

    def summary(self) -> dict:
        return {
            "files": len(self.reports),
            **self.counts(),
            "by_rule": self.by_rule(),
            "coverage": self.coverage(),
            "input_errors": list(self.input_errors),
            "notices": list(self.notices),
        }


def to_json(result: RunResult) -> str:
    payload = {"version": JSON_VERSION, "findings": [f.to_json() for f in result.findings], "summary": result.summary()}
    return json.dumps(payload, ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- text
def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _excerpt(report: FileResult, finding: Finding, room: int = 90) -> list[str]:
    """The finding's line, cut around its numbers, with the stated number
    marked ^ and the other numbers of that line marked ~."""
    line_no = finding.location.line
    line = report.lines.get(line_no, "").replace("\t", " ")
    marks = [(finding.location.column, finding.location.end_column, "^")]
    marks += [(r.column, r.end_column, "~") for r in finding.related if r.line == line_no == r.end_line]
    lo = max(0, min(m[0] for m in marks) - 1 - 12)
    hi = min(len(line), max(m[1] for m in marks) + 12)
    while _width(line[lo:hi]) > room and hi - 1 > max(m[1] for m in marks if m[2] == "^"):
        hi -= 1
    while _width(line[lo:hi]) > room and lo + 1 < finding.location.column - 1:
        lo += 1
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(line) else ""
    shown = prefix + line[lo:hi] + suffix
    under = [" "] * _width(shown)
    for c1, c2, ch in sorted(marks, key=lambda m: m[2] == "^"):
        if c1 - 1 < lo or c2 > hi:
            continue
        start = _width(prefix + line[lo:c1 - 1])
        span = _width(line[c1 - 1:c2])
        for i in range(start, min(start + span, len(under))):
            under[i] = ch
    gutter = f"{line_no:>5} | "
    return [gutter + shown, " " * (len(gutter) - 2) + "| " + "".join(under).rstrip()]


def to_text(result: RunResult, show_summary: bool = True) -> str:
    out: list[str] = []
    for path, report in result.reports:
        for f in report.findings:
            where = f.location.describe_source()
            out.append(f"{f.path}:{f.location.line}:{f.location.column}: {f.rule} [{f.severity}] {f.message}"
                       + (f" [{where}]" if where else ""))
            out.extend(_excerpt(report, f))
        if report.findings:
            out.append("")
    if show_summary:
        out.extend(summary_text(result))
    return "\n".join(out).rstrip("\n") + "\n"


def summary_text(result: RunResult) -> list[str]:
    from tabulate import tabulate

    from fiscallint.support import messages as M
    from fiscallint.support.i18n import gettext as _, ngettext

    counts = result.counts()
    n = len(result.reports)
    problems = counts["error"] + counts["warning"]
    files = ngettext(M.FILES, n)
    lines = []
    if problems:
        info = ", " + ngettext(M.INFOS, counts["info"]) if counts["info"] else ""
        lines.append(_(M.FOUND).format(problems=ngettext(M.PROBLEMS, problems), errors=ngettext(M.ERRORS, counts["error"]),
                                       warnings=ngettext(M.WARNINGS, counts["warning"]), info=info, files=files))
        rows = [(code, row["name"], row["count"]) for code, row in result.by_rule().items()]
        lines.append(tabulate(rows, headers=[_(M.H_RULE), _(M.H_NAME), _(M.H_COUNT)], tablefmt="simple"))
    else:
        lines.append(_(M.NOTHING_FOUND).format(files=files))
    cov = result.coverage()
    if cov:
        lines.append("")
        lines.append(tabulate(coverage_rows(cov), headers=[_(M.H_COVERAGE), ""], tablefmt="simple", colalign=("left", "right")))
        if cov["quantities"] and not cov["claims"]:
            lines.append(_(M.NO_CLAIM))
    if result.input_errors:
        lines.append(_(M.UNREADABLE).format(n=len(result.input_errors)))
    return lines


def coverage_rows(cov: dict, lang: str | None = None) -> list[tuple[str, int]]:
    """The coverage of a run, one (label, count) a row, in ``lang``."""
    from fiscallint.support import messages as M
    from fiscallint.support.i18n import translator

    _ = translator(lang)
    return [
        (_(M.COV_QUANTITIES), cov["quantities"]),
        (_(M.COV_CLAIMS), cov["claims"]),
        (_(M.COV_CONSISTENT), cov["consistent"]),
        (_(M.COV_CONTRADICTORY), cov["contradictions"]),
        (_(M.COV_UNCHECKED), cov["unchecked"]),
        (_(M.COV_UNLINKED), cov["unlinked"]),
    ]
