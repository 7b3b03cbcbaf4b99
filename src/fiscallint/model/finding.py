"""A finding: what a rule reports, where each figure is, and how severe."""
from __future__ import annotations

from dataclasses import dataclass, field


SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Location:
    line: int
    column: int
    end_line: int
    end_column: int
    message: str = ""
    # in a .docx: {"paragraph": n} or {"table": t, "row": r, "column": c}; a PDF adds "page";
    # a workbook says {"sheet": name, "cell": "C7", ...}
    source: dict | None = None

    def to_json(self) -> dict:
        out = {"line": self.line, "column": self.column, "end_line": self.end_line, "end_column": self.end_column,
               "message": self.message}
        if self.source:
            out["source"] = self.source
        return out

    def describe_source(self) -> str:
        src = self.source or {}
        if "sheet" in src:
            return f"sheet {src['sheet']}, {src['cell']}"
        page = f"page {src['page']}" if "page" in src else ""
        if "table" in src:
            return (page + ", " if page else "") + f"table {src['table']}, row {src['row']}, column {src['column']}"
        if "paragraph" in src:
            return f"paragraph {src['paragraph']}"
        return page


@dataclass(frozen=True)
class Finding:
    path: str
    rule: str
    name: str
    severity: str
    message: str
    location: Location
    related: list[Location] = field(default_factory=list)
    computed: str | None = None
    stated: str | None = None
    pattern: str = ""  # the recogniser that built the claim (rules/ledger.toml)
    trigger: str = ""  # the words that made it
    slip: str | None = None  # the plain typing slip that would make the claim hold

    @property
    def line(self) -> int:
        return self.location.line

    @property
    def column(self) -> int:
        return self.location.column

    def to_json(self) -> dict:
        out = {
            "path": self.path,
            "rule": self.rule,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "line": self.location.line,
            "column": self.location.column,
            "end_line": self.location.end_line,
            "end_column": self.location.end_column,
            "related": [r.to_json() for r in self.related],
        }
        out.update(self.details())
        return out

    def details(self) -> dict:
        """What a finding may add to its place and message, when it has it:
        the cell it came from, the computed and stated values, the
        recogniser, the slip that would make it hold."""
        out: dict = {}
        if self.location.source:
            out["source"] = self.location.source
        if self.computed is not None:
            out["computed"] = self.computed
        if self.stated is not None:
            out["stated"] = self.stated
        if self.pattern:
            out["pattern"] = self.pattern
        if self.slip:
            out["slip"] = self.slip
        return out
