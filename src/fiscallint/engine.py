"""The rule engine: every rule, and one pass over a document.

A rule is a small class with a stable code (``FL101``), a readable name, a
default severity and a docstring that is its documentation (``fiscallint
rule FL101`` prints it); its base class and the registry are in
:mod:`fiscallint.deciding.rule`. Built-in rules live in
:mod:`fiscallint.checks`; third-party rules register through the
``fiscallint.rules`` entry-point group (an entry point names a Rule subclass).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from fiscallint.understanding.analysis import Analysis, Fact, analyse
from fiscallint.understanding.claims import Claim, build_claims
from fiscallint.reading import Document
from fiscallint.deciding.recompute import Verdict, decide
from fiscallint.deciding.rule import _REGISTRY, Context, Rule, iter_contradictions, register
from fiscallint.model.finding import SEVERITIES, Finding, Location
from fiscallint.support.options import DEFAULT, Options
from fiscallint.support.lexicon import Lexicon

# the names a rule plugin imports from here (README: Rule plugins)
__all__ = ["SEVERITIES", "Context", "Finding", "Location", "Rule", "Report", "PluginError", "active_rules",
           "all_rules", "check_claims", "iter_contradictions", "register", "resolve", "run"]


_LOADED = False


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
    checked = []
    for claim in build_claims(analysis):
        verdict = decide(claim)
        checked.append((verdict.reading or claim, verdict))  # the claim as it was read when it held
    return checked


def run(doc: Document, rules: list[Rule], options: Options = DEFAULT, lexicon: Lexicon | None = None,
        thresholds: dict | None = None) -> Report:
    """Analyse one document and run ``rules`` over it; ``options``: how the
    run's configuration reads figures (rounding); ``lexicon`` and
    ``thresholds``: the run's (the built-in packs with a configuration's
    additions; the built-in ones when None)."""
    analysis = analyse(doc, lexicon, options=options)
    checked = check_claims(analysis)
    ctx = Context(analysis, checked) if thresholds is None else Context(analysis, checked, thresholds)
    findings: list[Finding] = []
    for rule in rules:
        findings.extend(rule.check(ctx))
    # severity earned on real text (rules/ledger.toml)
    from fiscallint.deciding.ledger import apply

    findings = apply(findings, keep_demoted=any(r.code == "FL199" for r in rules))
    findings.sort(key=lambda f: (f.location.line, f.location.column, f.rule))
    return Report(analysis, checked, findings)


