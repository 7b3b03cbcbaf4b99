"""The rule engine: a registry of rules, and one pass over a document.

A rule is a small class with a stable code (``FL101``), a readable name, a
default severity and a docstring that is its documentation (``fiscallint
rule FL101`` prints it). Built-in rules live in :mod:`fiscallint.checks`;
third-party rules register through the ``fiscallint.rules`` entry-point
group (an entry point names a Rule subclass).
"""
from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from fiscallint.analysis import Analysis, Fact, analyse
from fiscallint.claims import Claim, build_claims
from fiscallint.reading import Document
from fiscallint.recompute import Verdict, decide

SEVERITIES = ("error", "warning", "info")


@dataclass
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


@dataclass
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


@dataclass
class Context:
    """What rules see: the analysed document and its checked claims."""

    analysis: Analysis
    checked: list[tuple[Claim, Verdict]]

    @property
    def doc(self) -> Document:
        return self.analysis.doc

    def locate(self, fact: Fact, message: str = "") -> Location:
        q = fact.q
        line, col = self.doc.position(q.num_start)
        end_line, end_col = self.doc.position(max(q.num_end - 1, q.num_start))
        return Location(line, col, end_line, end_col, message, self.doc.where(q.num_start))

    def where(self, fact: Fact) -> str:
        line, col = self.doc.position(fact.q.num_start)
        return f"{line}:{col}"


class Rule:
    """Base class. Subclasses set ``code``, ``name``, ``severity`` and write
    their documentation in the docstring (first line: a one-line summary)."""

    code: str = ""
    name: str = ""
    severity: str = "error"
    enabled_by_default: bool = True
    # the ids of the recognisers whose claims it reports (rules/ledger.toml
    # measures each); a rule that reports its own evidence has one, its name
    patterns: tuple[str, ...] = ()

    @classmethod
    def pattern_ids(cls) -> tuple[str, ...]:
        return cls.patterns or (cls.name,)

    def check(self, ctx: Context) -> Iterable[Finding]:
        raise NotImplementedError

    @classmethod
    def summary(cls) -> str:
        doc = inspect.getdoc(cls) or ""
        return doc.splitlines()[0] if doc else ""

    @classmethod
    def documentation(cls) -> str:
        return inspect.getdoc(cls) or ""

    def finding(self, ctx: Context, message: str, at: Fact, related: list[Location] | None = None,
                computed: str | None = None, stated: str | None = None, severity: str | None = None,
                pattern: str = "", trigger: str = "") -> Finding:
        return Finding(ctx.doc.path, self.code, self.name, severity or self.severity, message, ctx.locate(at),
                       related or [], computed, stated, pattern or self.name, trigger)


_REGISTRY: dict[str, type[Rule]] = {}
_LOADED = False


def register(cls: type[Rule]) -> type[Rule]:
    if not cls.code or not cls.name:
        raise ValueError(f"rule {cls.__name__} needs a code and a name")
    if cls.severity not in SEVERITIES:
        raise ValueError(f"rule {cls.code}: unknown severity {cls.severity!r}")
    other = _REGISTRY.get(cls.code)
    if other is not None and other is not cls:
        raise ValueError(f"rule code {cls.code} is registered twice ({other.__name__}, {cls.__name__})")
    _REGISTRY[cls.code] = cls
    return cls


def all_rules() -> dict[str, type[Rule]]:
    """Every rule, built-in and third-party, by code."""
    global _LOADED
    if not _LOADED:
        _LOADED = True
        import fiscallint.checks  # noqa: F401  (registers the built-in rules)

        _load_plugins()
    return dict(sorted(_REGISTRY.items()))


class PluginError(Exception):
    pass


def _plugins_declared() -> bool:
    """Whether a distribution on ``sys.path`` may declare a
    ``fiscallint.rules`` entry point: its ``entry_points.txt`` names the
    group. A cheap look (a folder listing, a few small files) that keeps
    importlib.metadata out of a run without plugins; whatever it cannot read
    (a zip or an egg on the path, an unreadable folder) counts as "may"."""
    import os
    import sys

    for entry in sys.path:
        folder = entry or "."
        if folder.endswith(".egg"):
            return True
        try:
            with os.scandir(folder) as it:
                names = [e.name for e in it if e.name.endswith((".dist-info", ".egg-info"))]
        except (FileNotFoundError, PermissionError):
            continue
        except OSError:  # a zip file on the path
            return True
        for name in names:
            try:
                with open(os.path.join(folder, name, "entry_points.txt"), "rb") as f:
                    if b"fiscallint.rules" in f.read():
                        return True
            except (FileNotFoundError, NotADirectoryError):
                continue
            except OSError:
                return True
    return False


def _load_plugins() -> None:
    if not _plugins_declared():
        return  # importlib.metadata (~15 ms to import and scan) has nothing to find
    from importlib.metadata import entry_points

    for ep in entry_points(group="fiscallint.rules"):
        try:
            obj = ep.load()
        except Exception as exc:  # a broken plugin must not take the linter down
            raise PluginError(f"cannot load rule plugin {ep.name!r}: {exc}") from None
        if not (isinstance(obj, type) and issubclass(obj, Rule)):
            raise PluginError(f"rule plugin {ep.name!r} is not a fiscallint Rule subclass")
        register(obj)


def resolve(selectors: Iterable[str]) -> set[str]:
    """Rule codes for selectors: codes, code prefixes (FL1) or names; ALL."""
    rules = all_rules()
    out: set[str] = set()
    for sel in selectors:
        sel = sel.strip()
        if not sel:
            continue
        if sel.upper() == "ALL":
            out.update(rules)
            continue
        matched = {c for c, r in rules.items() if c.startswith(sel.upper()) or r.name == sel}
        if not matched:
            raise KeyError(sel)
        out.update(matched)
    return out


def active_rules(select: Iterable[str] | None = None, ignore: Iterable[str] | None = None) -> list[Rule]:
    rules = all_rules()
    chosen = resolve(select) if select else {c for c, r in rules.items() if r.enabled_by_default}
    if ignore:
        chosen -= resolve(ignore)
    return [rules[c]() for c in sorted(chosen)]


@dataclass
class Report:
    """One document's results."""

    analysis: Analysis
    checked: list[tuple[Claim, Verdict]]
    findings: list[Finding]

    @property
    def coverage(self) -> dict:
        linked = {id(f) for c, _ in self.checked for f in c.facts}
        facts = self.analysis.facts
        statuses = [v.status for _, v in self.checked]
        return {
            "quantities": len(facts),
            "claims": len(self.checked),
            "checked": sum(s != "unchecked" for s in statuses),
            "consistent": statuses.count("consistent"),
            "contradictions": statuses.count("contradiction"),
            "unchecked": statuses.count("unchecked"),
            "unlinked": sum(1 for f in facts if id(f) not in linked),
        }


def check_claims(analysis: Analysis) -> list[tuple[Claim, Verdict]]:
    return [(c, decide(c)) for c in build_claims(analysis)]


def run(doc: Document, rules: list[Rule]) -> Report:
    analysis = analyse(doc)
    checked = check_claims(analysis)
    ctx = Context(analysis, checked)
    findings: list[Finding] = []
    for rule in rules:
        findings.extend(rule.check(ctx))
    # severity earned on real text (rules/ledger.toml)
    from fiscallint.ledger import apply

    findings = apply(findings, keep_demoted=any(r.code == "FL199" for r in rules))
    findings.sort(key=lambda f: (f.location.line, f.location.column, f.rule))
    return Report(analysis, checked, findings)


def iter_contradictions(ctx: Context, kind: str) -> Iterator[tuple[Claim, Verdict]]:
    for claim, verdict in ctx.checked:
        if claim.kind == kind and verdict.status == "contradiction":
            yield claim, verdict
