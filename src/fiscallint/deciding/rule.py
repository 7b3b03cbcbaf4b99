"""The rule interface: what a rule sees (the analysed document and its
checked claims), the base class and the registry of rules by code.

A rule is a small class with a stable code (``FL101``), a readable name, a
default severity and a docstring that is its documentation. Built-in rules
live in :mod:`fiscallint.checks` and register themselves here;
:func:`fiscallint.engine.all_rules` loads them and the plugins.
"""
from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from fiscallint.deciding.recompute import Verdict
from fiscallint.model.document import Document
from fiscallint.model.finding import SEVERITIES, Finding, Location
from fiscallint.model.fact import Analysis, Fact
from fiscallint.model.claim import Claim
from fiscallint.support.lexicon import default_thresholds


@dataclass
class Context:
    """What rules see: the analysed document, its checked claims and the
    plausibility thresholds of the run (the built-in ones with the
    configuration's overrides: ``lexicon.thresholds_with``)."""

    analysis: Analysis
    checked: list[tuple[Claim, Verdict]]
    thresholds: dict = field(default_factory=default_thresholds)

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


def iter_contradictions(ctx: Context, kind: str) -> Iterator[tuple[Claim, Verdict]]:
    for claim, verdict in ctx.checked:
        if claim.kind == kind and verdict.status == "contradiction":
            yield claim, verdict
