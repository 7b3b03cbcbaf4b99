"""One fact in two tables of a document (FL106 table.same-fact): a form's
[facts] names the fact a role states; compared in one phase and one year,
never two cells of one table.
"""
from __future__ import annotations

from fiscallint.support.wordbook import pattern
from fiscallint.model.vocabulary import Measure
from fiscallint.model.claim import Claim
from fiscallint.model.fact import Analysis, Fact
from fiscallint.understanding.table_model import side_models


# ---------------------------------------------------------------- across tables
_TITLE_PHASE = pattern("table_facts", "title_phase")


def _across_tables(a: Analysis) -> list[Claim]:
    """The same fact in two tables of the document: a form's role that states
    a fact (rules/forms/*.toml's [facts]: 收入支出决算总表's 本年收入合计 and
    收入决算表's 合计 row are both 总收入), or a row that names only such a
    concept, with one phase and one year (a column's, else the title's).
    Never two cells of one table (two columns of one row, two sides), never
    two phases or two years."""
    wanted: set[str] = set()
    tagged: list[tuple[str, Fact, str | None]] = []
    untagged: list[tuple[str, Fact, str | None]] = []
    for m in side_models(a):
        _table_facts(m, wanted, tagged, untagged, a.forms)
    found: dict[tuple, list[Fact]] = {}
    for concept, f, title_phase in tagged + [u for u in untagged if u[0] in wanted]:
        phase = f.phase or title_phase
        if phase is None or f.year is None:
            continue
        # (a compiled report's units state each their own: entities.py)
        found.setdefault((concept, phase, f.year, frozenset(f.qualifiers), f.extras.get("entity")), []).append(f)
    return [claim for key, facts in found.items() for claim in _restated(key, facts)]


def name_form_facts(a: Analysis) -> None:
    """A cell a matched form's [facts] names states that concept, when its
    own label names none (the 三公 table's 合计 row is 三公经费): the prose's
    figure of the concept, and its change from last year, are then read
    against it."""
    for m in side_models(a):
        for (ri, col), concept in _form_roles(m, set(), a.forms).items():
            f = m.table.facts.get((ri, col))
            if f is not None and f.concept is None:
                f.concept, f.tight = concept, True


def _title_phase(m) -> str | None:
    """The one phase (决算, 预算) a table's title names, else None."""
    phases = set(_TITLE_PHASE.findall(m.title))
    return phases.pop() if len(phases) == 1 else None


def _form_roles(m, wanted: set[str], forms) -> dict[tuple[int, int], str]:
    """The cells where a matched form's roles state a fact, by (row,
    column): a row role in each amount column, a column role in the table's
    top total row. Adds the facts the form names to ``wanted``."""
    from fiscallint.understanding.forms import match

    hit = match(m, forms)
    if hit is None:
        return {}
    form, cols, rows = hit
    amounts = [c.index for c in m.columns if c.measure == Measure.AMOUNT]
    roles = {}
    for role, concept in form.facts:
        wanted.add(concept)
        if role in rows:
            roles.update({(rows[role], c): concept for c in amounts})
        elif role in cols:
            total = next((r.index for r in m.rows if r.kind == "total" and r.parent is None), None)
            if total is not None:
                roles[(total, cols[role])] = concept
    return roles


def _table_facts(m, wanted: set[str], tagged: list, untagged: list, forms) -> None:
    """A table's money figures that state a fact: tagged by a form's role,
    or untagged, a top-level row of an amount column that names only its
    concept."""
    title_phase = _title_phase(m)
    amounts = [c.index for c in m.columns if c.measure == Measure.AMOUNT]
    roles = _form_roles(m, wanted, forms)
    for (ri, col), f in m.table.facts.items():
        if f.q.is_percent or f.q.dimension != "money":
            continue
        if (ri, col) in roles:
            tagged.append((roles[(ri, col)], f, title_phase))
        elif col in amounts and f.concept and f.tight and m.rows[ri].parent is None:
            untagged.append((f.concept, f, title_phase))


def _restated(key: tuple, facts: list[Fact]) -> list[Claim]:
    """Each later figure of one fact against the first, once per other table:
    one table's cells are never one fact stated twice."""
    concept, phase, year, *_ = key
    first = facts[0]
    seen = {id(first.extras["cell"].table)}
    out = []
    for f in facts[1:]:
        table = id(f.extras["cell"].table)
        if table in seen:
            continue
        seen.add(table)
        out.append(Claim("crossref", f, [first], "eq", f"table: {concept} ({phase}, {year}) in two tables",
                         pattern="table.same-fact", trigger=concept))
    return out
