"""Identities of rules/lexicon.toml (资产总额 = 负债总额 + 净资产, 收入总计 = 支出总计)
over the levels a report states by name, where no composition already relates them."""
from __future__ import annotations

from fiscallint.support.wordbook import pattern
from fiscallint.model.claim import Claim
from fiscallint.model.fact import Analysis, Fact

_NARROWED_PART = pattern("crossrefs", "narrowed_part")


def identity_claims(a: Analysis, compositions: list[Claim]) -> list[Claim]:
    covered = {(id(c.stated), frozenset(id(o) for o in c.operands)) for c in compositions}
    # the parts each composition gives its total: an identity over other
    # parts of it (资产总额 = 负债总额 + 净资产 beside 其中：流动资产…，固定资产…)
    # is a relation of its own
    parts_of_total: dict[int, set[int]] = {}
    for c in compositions:
        parts_of_total.setdefault(id(c.stated), set()).update(id(o) for o in c.operands)
    covered_parts = {id(o) for c in compositions for o in c.operands}
    out = []
    for by_concept in _levels_by_concept(a).values():
        for ident in a.lexicon.identities:
            if not ident.checked:
                continue
            chosen = _identity_figures(ident, by_concept)
            if chosen is None:
                continue
            total = chosen[ident.total][-1]
            if not a.lexicon.names_specific_concept(total.label) and not _names_both_totals(a, total):
                continue  # "全年支出307.97万元" under a project's heading: a generic name, maybe not the unit's whole
            parts = [chosen[p][0] for p in ident.parts]
            if parts_of_total.get(id(total), set()) & {id(p) for p in parts} or all(id(p) in covered_parts for p in parts) or any(
                (id(t), frozenset(id(p) for p in parts)) in covered for t in chosen[ident.total]
            ) or _beside_another_total(a, total, parts) or any(_NARROWED_PART.search(p.label) for p in parts):
                continue  # (归属于母公司的净资产: the owners' share only, not the 净资产 the identity adds)
            out.append(Claim("identity", total, parts, ident.relation, ident.name, pattern="identity.apart",
                             trigger=ident.name))
    return out


def _beside_another_total(a: Analysis, total: Fact, parts: list[Fact]) -> bool:
    """The parts stand in one sentence after another figure of the total's
    concept ("地方一般公共预算收入完成404633万元，同比下降0.29%（税收收入199744万元、
    政府非税收入204889万元）"): they break that figure down, not ``total``."""
    sentence = parts[0].sentence
    if any(p.sentence is not sentence for p in parts):
        return False
    return any(g.sentence is sentence and g is not total and g.role == "level" and g.q.end <= parts[0].q.start
               for g in a.with_concept(total.concept)) if total.concept else False


def _levels_by_concept(a: Analysis) -> dict[tuple, dict[str, list[Fact]]]:
    """The tight, exact levels named by a concept, by phase, qualifiers and
    dimension, then by concept."""
    table: dict[tuple, dict[str, list[Fact]]] = {}
    for f in a.facts:
        if f.role != "level" or f.q.approx or f.q.is_percent:
            continue
        both = _names_both_totals(a, f)
        if not both and (not f.concept or not f.tight):
            continue
        # (qualified by its label, else by its heading: "六、一般公共预算财政拨款基本支出…" then
        # "人员经费…" is the fiscal grants'; and of its unit in a compiled report)
        # (and of its year: "2026年…预计2927.00万元…。其中：税收收入…" is no part of 2025's figures)
        key = (f.phase or a.default_phase, f.qualifiers or f.extras.get("section", frozenset()), f.q.dimension,
               f.extras.get("entity"), f.year)
        for concept in _BOTH_TOTAL_CONCEPTS if both else (f.concept,):
            table.setdefault(key, {}).setdefault(concept, []).append(f)
    return table


_BOTH_TOTALS = pattern("crossrefs", "both_totals")
_BOTH_TOTAL_CONCEPTS = ("收入总计", "支出总计")  # concepts of rules/lexicon.toml


def _names_both_totals(a: Analysis, f: Fact) -> bool:
    """"收入、支出总计均为X": the words just before the figure (its label
    starts after the 、) say it is both totals."""
    return _BOTH_TOTALS.search(a.doc.text, max(f.sentence.start, f.q.start - 16), f.q.start) is not None


def _identity_figures(ident, by_concept: dict[str, list[Fact]]) -> dict[str, list[Fact]] | None:
    """The figures of an identity's total and parts, or None when one is
    missing or stated twice with two values (a crossref, not this)."""
    if ident.total not in by_concept or any(p not in by_concept for p in ident.parts):
        return None
    chosen = {}
    for concept in (ident.total, *ident.parts):
        facts = by_concept[concept]
        if any(not g.q.interval().meets(facts[0].q.interval()) for g in facts[1:]):
            return None  # stated twice with two values: a crossref, not this
        chosen[concept] = facts
    return chosen
