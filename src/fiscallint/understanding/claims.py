"""Relate facts into claims: what the prose asserts between its numbers.

Each builder reads one way reports state a relation and emits
:class:`Claim` objects; none of them computes anything (that is
:mod:`fiscallint.deciding.recompute`). A claim records how it was recognised, so
``fiscallint extract`` can show why it was built.

- composition: a total and its parts (其中, 包括, 分别为, a parenthesis);
- share: a part as a percentage of a whole (占…%);
- rate: actual / planned (执行率, 完成率 …);
- change: the difference to a base (较上年增加 X) and the growth rate (增长 X%);
- crossref: the same labelled figure stated twice;
- identity: labelled figures stated apart that an identity relates
  (总支出 = 基本支出 + 项目支出).

One module a family of recognisers, all below :mod:`fiscallint.understanding`:
``compositions`` and ``composition_parts`` (FL101), ``ratios`` (shares and
rates), ``changes`` (changes and growth rates), ``crossrefs`` (figures stated
twice, identities), ``restatements``, ``table_claims`` (tables, forms); the
helpers they share are in ``claim_text``. This module runs them in order.
"""
from __future__ import annotations

from dataclasses import replace

from fiscallint.model.claim import Claim
from fiscallint.model.fact import Analysis, Fact
from fiscallint.understanding.budget_additions import budget_additions
from fiscallint.understanding.score_prose import score_deductions
from fiscallint.understanding.row_restatements import row_restatements
from fiscallint.understanding.net_changes import net_changes
from fiscallint.understanding.products import product_claims
from fiscallint.understanding.changes import _changes
from fiscallint.understanding.claim_text import _table_pattern
from fiscallint.understanding.compositions import _compositions
from fiscallint.understanding.crossrefs import _crossrefs
from fiscallint.understanding.identities import identity_claims
from fiscallint.understanding.identity_lists import parts_after_totals
from fiscallint.understanding.labels import shares_word  # noqa: F401  (read from here by the rules)
from fiscallint.understanding.ratios import _rates, _shares


def build_claims(a: Analysis) -> list[Claim]:
    claims: list[Claim] = []
    by_sentence: dict[int, list[Fact]] = {}
    for f in a.facts:
        by_sentence.setdefault(f.sentence.index, []).append(f)
    compositions = _compositions(a, by_sentence)
    taken = {id(f) for c in compositions for f in c.facts}
    compositions += parts_after_totals(a, by_sentence, taken)
    claims.extend(compositions)
    claims.extend(budget_additions(a, by_sentence))
    claims.extend(score_deductions(a, by_sentence))
    claims.extend(net_changes(by_sentence))
    claims.extend(product_claims(a, by_sentence))
    claims.extend(_shares(a, by_sentence, compositions))
    claims.extend(_of_the_lists_whole(_rates(a, by_sentence, compositions), compositions))
    claims.extend(_changes(a, by_sentence, compositions))
    claims.extend(_crossrefs(a, compositions))
    from fiscallint.understanding.restatements import restatement_claims

    claims.extend(restatement_claims(a, compositions))
    claims.extend(row_restatements(a))
    in_tables: list[Claim] = []
    if a.tables:
        from fiscallint.understanding.table_claims import table_claims

        in_tables = [c if c.pattern else replace(c, pattern=_table_pattern(c)) for c in table_claims(a)]
    # figures a table already adds up (其中 rows) are not checked again as an identity
    claims.extend(identity_claims(a, compositions + [c for c in in_tables if c.kind == "composition"]))
    # a row's cells read again as a sentence say what the table's claim on them says
    by_table = {(id(c.stated), frozenset(map(id, c.operands))) for c in in_tables}
    claims = [c for c in claims if (id(c.stated), frozenset(map(id, c.operands))) not in by_table]
    claims.extend(in_tables)
    return claims


def _of_the_lists_whole(rates: list[Claim], compositions: list[Claim]) -> list[Claim]:
    """"培训865人次，其中…家政服务230人次，完成计划800人次的108.13%": a rate right
    after a list's last part may be the whole list's (another reading that holds)."""
    total_of_last = {id(c.operands[-1]): c.stated for c in compositions if c.operands}
    out = []
    for c in rates:
        whole = total_of_last.get(id(c.operands[0])) if c.kind == "rate" and len(c.operands) == 2 else None
        if whole is not None and whole.q.unit == c.operands[0].q.unit:
            c = replace(c, alternatives=[*c.alternatives, [whole, c.operands[1]]])
        out.append(c)
    return out
