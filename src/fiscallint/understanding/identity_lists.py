"""Parts named right after their total, with no word between them that says
so ("预算总收入284.45万元，一般公共预算财政拨款收入284.45万元"; "支出决算总额
300万元，基本支出200万元"): the figures that follow a total in its sentence,
each labelled with a part the identities (rules/identities.toml) give that
total. A list that names every part of a checked identity is FL107's (the
identity holds wherever its figures stand); a list that names some is at
most the total: parts above it are a contradiction, parts short of it may
leave the others out.
"""
from __future__ import annotations

from fiscallint.support.wordbook import pattern
from fiscallint.model.claim import Claim, ClaimKind, Relation
from fiscallint.model.fact import Analysis, Fact

# between the total and its first part: a year, a comparison or a clause of
# its own makes the next figure another figure's, not a part of this total
_NOT_A_LIST = pattern("identity_lists", "not_a_list")


def parts_after_totals(a: Analysis, by_sentence: dict[int, list[Fact]], taken: set[int]) -> list[Claim]:
    """``taken``: the facts another composition already relates (ids)."""
    wholes = {}
    for ident in a.lexicon.identities:
        wholes.setdefault(ident.total, []).append(ident)
    out = []
    for facts in by_sentence.values():
        for i, total in enumerate(facts[:-1]):
            idents = wholes.get(total.concept or "")
            if not idents or id(total) in taken or not _a_level(total):
                continue
            parts = _parts_after(a, total, facts[i + 1:], idents, taken)
            if not parts or _names_a_whole_identity(idents, parts):
                continue  # nothing listed, or a whole identity: FL107's
            names = "、".join(p.concept for p in parts)
            out.append(Claim(ClaimKind.COMPOSITION, total, parts, Relation.LE,
                             f"{total.concept}: {names} named after it (parts at most the total)",
                             may_be_partial=True, pattern="sum.identity-parts-after-total", trigger=names))
    return out


def _a_level(f: Fact) -> bool:
    return f.role == "level" and not f.q.is_percent and not f.q.is_range and f.q.approx is None


def _parts_after(a: Analysis, total: Fact, later: list[Fact], idents, taken: set[int]) -> list[Fact]:
    """The figures right after ``total``, each a part an identity gives it,
    in the same phase, dimension and qualifiers, each part named once."""
    text = a.doc.text
    parts: list[Fact] = []
    end = total.q.end
    for f in later:
        if not _a_level(f) or id(f) in taken or f.q.dimension != total.q.dimension:
            break
        if not any(f.concept in ident.parts for ident in idents) or any(p.concept == f.concept for p in parts):
            break
        if (f.phase or a.default_phase) != (total.phase or a.default_phase) or f.qualifiers != total.qualifiers:
            break
        if _NOT_A_LIST.search(text, end, f.q.start):
            break
        parts.append(f)
        end = f.q.end
    return parts


def _names_a_whole_identity(idents, parts: list[Fact]) -> bool:
    named = {p.concept for p in parts}
    return any(ident.checked and set(ident.parts) <= named for ident in idents)
