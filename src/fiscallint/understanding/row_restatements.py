"""A table row's item named again in the text with one of the row's figures:
"农村公路养护工程已支付1,483.62万元" against the row 农村公路养护工程 | 3,260.00 |
1,438.62 under 项目名称 | 全年预算 | 已支付. The row's name stands for what it
counts, as a concept of the lexicon does for FL106's cross-references; the
words between the name and the figure say which of the row's columns it is.

Only a name of four characters or more that one row of the report's tables
holds, of no concept (those are FL106's), and a column the words name alone.
Nothing is computed here: :mod:`fiscallint.deciding.recompute` decides."""
from __future__ import annotations

import re

from fiscallint.model.claim import Claim
from fiscallint.model.fact import Analysis, Fact
from fiscallint.model.tables import NUMBERED_LABEL, leaf_name
from fiscallint.model.vocabulary import PLAN_PHASES, Measure
from fiscallint.understanding.row_codes import classification_codes
from fiscallint.understanding.table_model import table_models_by_table
from fiscallint.support.units import lookup
from fiscallint.support.wordbook import pattern

_FILLER = pattern("row_restatements", "filler")  # 为, 了, 共, 累计 …: no column's words
_NOT_A_NAME = pattern("row_restatements", "not_a_name")  # 合计, 小计, 其他…: rows no sentence names alone
_NOT_A_LEVEL = pattern("row_restatements", "not_a_level")  # 超, 增, 较 …: a difference, not the column's figure
_MIN_NAME = 3
_PLANS = {p.value for p in PLAN_PHASES}


def row_restatements(a: Analysis) -> list[Claim]:
    rows = _named_rows(a)
    if not rows:
        return []
    lengths = sorted({len(n) for n in rows}, reverse=True)
    out = []
    for f in a.facts:
        if f.extras.get("in_table") or f.extras.get("cell") is not None or f.role != "level" \
                or f.q.dimension != "money" or f.q.approx or f.q.is_range:
            continue
        found = _named_in(f.label, rows, lengths)
        if found is None:
            continue
        name, said = found
        # (a year other than the report's is said of the figure: a table of other years only is no row of it)
        cells = _the_column_said(a, said, rows[name]) if said else _the_rows_one_amount(f, rows[name], f.year != a.year)
        if len(cells) == 1 and cells[0].q.unit == f.q.unit:  # (a unit read apart: the table's unit is unsure)
            # (a figure right after the name, no column named: the row's only amount, read less surely)
            out.append(Claim("crossref", f, [cells[0]], "eq", f"{name} in the text and in its table row",
                             pattern="restated.row-in-text" if said else "restated.row-named-alone", trigger=name))
    return out


def _named_rows(a: Analysis) -> dict[str, list[list[tuple[Fact, str, bool]]]]:
    """Each row name, with each row so named: its amounts with their columns'
    names, and whether the column says it holds money (金额, or a unit of money)."""
    rows: dict[str, dict[tuple[int, int], list[tuple[Fact, str, bool]]]] = {}
    for k, t in enumerate(a.tables):
        if classification_codes(t):
            continue  # (a class of the budget classification: which table and phase it is of is FL106's to read)
        names = {}
        for r, row in enumerate(t.rows):
            name = NUMBERED_LABEL.sub("", row.label).replace(" ", "").replace("\u3000", "")
            if len(name) >= _MIN_NAME and not _NOT_A_NAME.search(name) and not a.lexicon.concept_of(name):
                names[r] = name
        model = table_models_by_table(a).get(id(t))
        keys = {k.index: k for k in model.columns} if model is not None else {}  # (the model's, where the reading left none)
        for (r, c), g in t.facts.items():
            key = (t.keys[c] if t.keys and c < len(t.keys) else None) or keys.get(c)
            if r in names and not g.q.is_percent and key is not None and key.measure in (Measure.AMOUNT, None) \
                    and (names[r] in g.label.replace(" ", "") or _the_rows_own(a.doc.text, names[r], g)):
                money = key.measure == Measure.AMOUNT or key.measure is None and _of_money(key.unit)
                rows.setdefault(names[r], {}).setdefault((k, r), []).append((g, leaf_name(t.column_name(c)), money))
    return {n: list(each.values()) for n, each in rows.items()}


def _the_rows_own(text: str, name: str, g: Fact) -> bool:
    """Whether the cell ``g``, labelled by another cell of its line ("5 | 冷链物流园建设项目 |
    交通基础设施 | 15500.00"), stands after its row's name with no figure between
    (not the other side's: "四、上级补助收入 | 4 | | 四、社会保障和就业支出 | 34 | 254.32")."""
    line = text[text.rfind("\n", 0, g.q.start) + 1:g.q.start].replace(" ", "")
    at = line.rfind(name)
    return at >= 0 and not _DIGIT.search(line, at + len(name))


_DIGIT = re.compile(r"[0-9０-９]")


def _the_column_said(a: Analysis, said: str, rows: list[list[tuple[Fact, str, bool]]]) -> list[Fact]:
    """The cells of the column the words name, in the one row of the name."""
    return [g for g, column, _ in rows[0] if _says_column(a, said, column)] if len(rows) == 1 else []


def _of_money(unit: str | None) -> bool:
    info = lookup(unit) if unit else None
    return info is not None and info.dimension == "money"


def _the_rows_one_amount(f: Fact, rows: list[list[tuple[Fact, str, bool]]], year_said: bool = False) -> list[Fact]:
    """"其中，水利发展资金2163.00万元" against the row 水利发展资金 | 2,136.00 | 37.99: a
    figure right after the row's name is the row's amount of its year, in
    every row so named alike: the row's only amount under a column that says
    it holds money (金额, 万元; not a column the header left unread), or the
    one such amount whose column names the sentence's year (农林水支出 |
    上年决算数 | 调整预算数 | 本年执行数), of no other phase than the sentence's;
    rows whose columns are all of other years are passed over when the
    figure's year is not the report's own (a plan for the year after it)."""
    found = []
    for cells in rows:
        amounts = [g for g, _, money in cells if money]
        if year_said and f.year is not None and amounts and all(g.year is not None and g.year != f.year for g in amounts):
            continue  # a table of other years only (表1 of 2025 beside 表2's 2026年预算数)
        found.append(_one_amount_of_the_year(f, amounts))
    if not found or any(g is None for g in found) or len({(g.q.value, g.q.unit) for g in found}) != 1:
        return []
    return found[:1]


def _one_amount_of_the_year(f: Fact, amounts: list[Fact]) -> Fact | None:
    if len(amounts) > 1:
        amounts = [g for g in amounts if f.year is not None and g.year == f.year]
    if len(amounts) > 1 and f.phase is None:
        # (a figure the sentence names no phase of is what was done, not the plan beside it)
        amounts = [g for g in amounts if g.phase not in _PLANS]
    if len(amounts) != 1:
        return None
    g = amounts[0]
    same_phase = f.phase is None or g.phase is None or f.phase == g.phase
    same_year = f.year is None or g.year is None or f.year == g.year
    return g if same_phase and same_year else None


def _named_in(label: str, rows, lengths: list[int]) -> tuple[str, str] | None:
    """The row name the label holds (the one ending last, the longest on
    ties), and the words between it and the figure. Looked up by the label's
    own pieces of the names' lengths, so that the cost does not grow with
    the tables' rows."""
    label = label.strip()[-_LONGEST_LABEL:]
    best = None
    for n in lengths:
        for i in range(len(label) - n, -1, -1):
            if label[i:i + n] in rows:
                if best is None or (i + n, n) > (best[1], best[1] - best[0]):
                    best = (i, i + n)
                break  # (the last of this length ends last)
    if best is None:
        return None
    said = _FILLER.sub("", label[best[1]:])
    return (label[best[0]:best[1]], said) if len(said) <= 6 else None


_LONGEST_LABEL = 40  # the label's last characters a row's name is looked for in


def _says_column(a: Analysis, said: str, column: str) -> bool:
    """The words before the figure name the column: its own words (已支付), or
    the same phase (预算 and 全年预算)."""
    if not said or _NOT_A_LEVEL.search(said):
        return False  # ("超预算254.37万元": by how much, not the budget)
    column = column.replace(" ", "")
    if said in column or column and column in said:
        return True
    mine = [p for _, _, p in a.lexicon.phases_in(said)]
    theirs = [p for _, _, p in a.lexicon.phases_in(column)]
    return bool(mine) and mine[-1:] == theirs[-1:]
