"""A change or growth rate against last year's figure stated apart (较上年增加
1.50万元 after this year's 9.60, last year's 10.80 in the annexed table), or
against a balance sheet's opening balance (较年初增加…)."""
from __future__ import annotations

from fiscallint.model.vocabulary import PLAN_PHASES, Phase
from fiscallint.model.claim import Claim
from fiscallint.model.fact import Analysis, Fact, Sentence
from fiscallint.support.wordbook import pattern
from fiscallint.understanding.claim_text import _levels, _same_dim
from fiscallint.understanding.compositions import _previous_head

_LAST_YEAR = pattern("changes", "last_year_comparison")
_OPENING = pattern("changes", "opening_comparison")
_YEAR_WORDS = pattern("changes", "year_words")
_LABEL_ENDS = " ，,：:为是。"
_JOINED_BEFORE = pattern("analysis", "joined_before")  # (the words a label's concept is joined to others by)


def _dated_as(g: Fact, year: str) -> bool:
    return year in g.label or g.year == year and _YEAR_WORDS.search(g.label) is not None


def _growth_against_last_year(a: Analysis, before: list[Fact], growth: Fact) -> Claim | None:
    """"实际支出为13.80万元，较上年减少2.17%", with last year's figure stated
    elsewhere (often in the annexed table: 2023年决算数 13.98)."""
    if growth.q.approx or not _LAST_YEAR.search(growth.label) or not growth.direction:
        return None
    current = next((g for g in reversed(before) if g.role == "level" and not g.q.is_percent
                    and g.q.dimension != "number" and not g.q.approx and not g.extras.get("in_table")), None)
    current = _respective_figure(a.doc.text, before, current)
    if current is None or not current.year:
        return None
    last = str(int(current.year) - 1)
    if not current.concept:
        base = _same_words_last_year(a, current, last)
        if base is None:
            return None
        return Claim("growth", growth, [current, base], "eq", "this year's figure against last year's, named alike",
                     direction=growth.direction, variant="pair", pattern="growth.last-year-figure",
                     trigger=growth.label.strip()[-8:])
    base = _last_years_figure(a, current, last)
    if base is None:
        return None
    return Claim("growth", growth, [current, base], "eq", f"{current.name} against last year's {base.name}",
                 direction=growth.direction, variant="pair", pattern="growth.last-year-figure",
                 trigger=growth.label.strip()[-8:])


def _respective_figure(text: str, before: list[Fact], current: Fact | None) -> Fact | None:
    """"税收收入6,212.09万元、非税收入1,833.24万元，分别较上年下降10.6%和下降11.2%": the
    k-th rate after 分别 goes with the k-th figure of the run before it; none
    when the run is shorter."""
    if current is None:
        return None
    at = before.index(current)
    rates_before = [g for g in before[at + 1:] if g.role == "growth"]
    first_rate = rates_before[0].q.start if rates_before else len(text)
    if not _RESPECTIVELY.search(text, current.q.end, min(first_rate, current.q.end + 30)) and not (
            rates_before and _RESPECTIVELY.search(text, current.q.end, first_rate)):
        return current
    run = [current]
    for g in reversed(before[:at]):
        if g.role != "level" or g.q.dimension != current.q.dimension:
            break
        run.insert(0, g)
    k = len(rates_before)
    return run[k] if k < len(run) and len(run) > 1 else None


_RESPECTIVELY = pattern("changes", "respectively")


def _change_against_last_year(a: Analysis, change: Fact, current: Fact) -> list[Claim]:
    """"“三公”经费预算较上年增加1.50万元" after this year's 10.80, with last
    year's figure stated elsewhere (the annexed table's 2024年预算 12.30)."""
    if not current.year or not current.year.isdigit() or not current.concept \
            or current.phase == Phase.LAST_YEAR or current.extras.get("in_table") or _one_of_joined(a, current):
        return []
    last = str(int(current.year) - 1)
    base = _last_years_figure(a, current, last)
    if base is None or not base.tight or not (base.extras.get("in_table") or base.phase == Phase.LAST_YEAR
                                              or _dated_as(base, last)):
        return []  # (a figure only dated by its sentence's "2022年完工" is not last year's)
    if _ADJUSTED.search(a.doc.text, change.sentence.start, change.q.start):
        return []  # "剔除车辆购置因素，“三公”经费较上年减少2.50万元": measured on an adjusted base
    if _OPENING.search(change.label) and not _LAST_YEAR.search(change.label) and not _in_opening_column(base):
        return []  # "较年初" against a balance sheet's 年初数 only
    return [Claim("change", change, [current, base], "eq", f"{current.name} against last year's {base.name}",
                  direction=change.direction, variant="levels", pattern="change.last-year-figure",
                  trigger=change.label.strip()[-8:])]


_ADJUSTED = pattern("changes", "adjusted_base")


def _in_opening_column(f: Fact) -> bool:
    """A cell of a balance sheet's 年初数 column (rules/tables.toml opening)."""
    from fiscallint.understanding.table_model import balance_side

    ref = f.extras.get("cell")
    keys = getattr(getattr(ref, "table", None), "keys", None) or []
    key = keys[ref.column] if ref is not None and 0 <= ref.column < len(keys) else None
    return key is not None and balance_side(key.name) == "opening"


def _one_of_joined(a: Analysis, f: Fact) -> bool:
    """"运行维护费和公务接待费合计10.50万元": the concept is the last of items
    joined, the figure theirs together, not its."""
    head = a.lexicon.head_concept(f.label)
    return head is not None and _JOINED_BEFORE.search(f.label.rstrip(), 0, head[0]) is not None


def _last_years_figure(a: Analysis, current: Fact, last: str) -> Fact | None:
    """The one figure of ``current``'s concept (and phase, when a plan's) of
    last year, of the same funds (一般公共预算财政拨款基本支出 is no 基本支出 of all funds)."""
    plan = current.phase in PLAN_PHASES
    cands = [g for g in a.with_concept(current.concept, of_unit=current)
             if g is not current and g.role == "level" and _same_dim(g, current) and not g.q.approx
             and g.qualifiers == current.qualifiers
             and (g.year == last or g.phase == Phase.LAST_YEAR)
             and (g.phase == current.phase if plan else g.phase in (None, Phase.FINAL, Phase.LAST_YEAR))
             # (one written as this year's to the last digit is this year's again, its year misread)
             and g.q.text != current.q.text]
    if not cands or any(not c.q.interval().meets(cands[0].q.interval()) for c in cands[1:]):
        return None
    return cands[0]


def _same_words_last_year(a: Analysis, current: Fact, last: str) -> Fact | None:
    """"2023年本单位支出决算为386.20万元。2024年本单位支出决算为412.56万元，较上年
    增长6.83%": a figure of the same paragraph before, named by the same words
    but for its year, and of last year; the only one."""
    name = _YEAR_WORDS.sub("", current.label).strip(_LABEL_ENDS)
    if len(name) < 3:
        return None
    line_start = a.doc.start_of_line(current.q.start)
    found = [g for g in a.facts if line_start <= g.q.start < current.q.start and g.year == last
             and g.role == "level" and _same_dim(g, current) and not g.q.approx
             and _YEAR_WORDS.sub("", g.label).strip(_LABEL_ENDS) == name]
    return found[0] if len(found) == 1 else None


def last_years_against_head_before(a: Analysis, by_sentence, s: Sentence, facts: list[Fact], k: int) -> tuple[Fact, Fact] | None:
    """"2025年…收入完成2024.77万元，…。与上年完成数1984.36万元相比，增收40.14万元": a sentence
    opening with last year's figure compares the head figure of the one before with it."""
    levels = _levels(facts[:k])
    if len(levels) != 1 or levels[0] is not facts[k - 1] or not _LAST_YEAR_OPENING.match(levels[0].label):
        return None
    earlier, later = levels[0], _previous_head(a, by_sentence, s, facts[k])
    if later is None or later.q.approx or earlier.q.approx or not _same_dim(later, earlier) or later.phase in PLAN_PHASES \
            or _LISTED_USE.search(later.label) or _another_concept(a, later, facts[k]):
        # (a budget is not what was done; "项目支出主要用于…": an item; 基本支出 is not the 本年支出 changed)
        return None
    return later, earlier


_LAST_YEAR_OPENING = pattern("changes", "last_year_opening")
_LISTED_USE = pattern("changes", "listed_use")


def _another_concept(a: Analysis, head: Fact, change: Fact) -> bool:
    """The change names a concept (本年支出增加 → 总支出) the head figure is not."""
    same = a.lexicon.same_fact
    return bool(head.concept and change.concept) and same.get(head.concept, head.concept) != same.get(change.concept, change.concept)
