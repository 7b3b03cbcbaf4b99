"""Contradictions that held-out real passages held and the linter missed,
each caught by a general reading (texts are our own, shaped like the real
ones), with the consistent twin that must stay silent."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def findings(text: str, select=("FL1", "FL2")):
    return [f for f in run(Document("r.txt", text), active_rules(list(select))).findings
            if f.severity in ("error", "warning")]


def _sangong(vehicles: str) -> str:
    return ("“三公”经费支出总数为3,386万元。\n\n其中：\n\n"
            "1.因公出国(境)支出120万元，比上年下降10.5%。\n\n"
            f"2.公务用车购置及运行维护支出{vehicles}万元，比上年增长8.2%。\n\n"
            "其中：公务用车购置支出906万元；公务用车运行维护支出1,850万元。\n\n"
            "3.公务接待支出510万元。\n")


def test_the_three_public_expenses_named_as_spending_are_their_concepts():
    # "…支出" names the same 三公 items as "…费": the vehicle total is checked
    # against its two parts stated in the next paragraph
    found = findings(_sangong("2.756"))
    assert [(f.rule, f.line) for f in found] == [("FL107", 7)]
    assert "2756" in found[0].message and "decimal point" in found[0].message
    assert "公务用车购置及运行维护支出" in found[0].message and ".公务用车" not in found[0].message


def test_the_same_figures_written_right_give_nothing():
    assert findings(_sangong("2,756")) == []


def _against_budget(rate: str) -> str:
    return ("2023年全县“三公”经费财政拨款支出1,290万元，比上年减支110万元，降低7.86%，"
            "为年初预算数1500万元的86%。其中：公务用车运行维护费支出860万元，比上年增支60万元，"
            f"增长7.5%，为年初预算数1000万元的{rate}%；公务接待费支出430万元，比上年减支170万元，"
            "降低28.33%，为年初预算数500万元的86%。\n")


def test_a_rate_of_a_plan_stated_in_its_phrase_reaches_past_the_figures_own_change():
    # 860 / 1000 = 86%, not 88.6%: the actual stands before its own change and rate
    found = findings(_against_budget("88.6"), ("FL103",))
    assert [f.rule for f in found] == ["FL103"]
    assert "860" in found[0].message and "1000" in found[0].message


def test_the_same_rates_written_right_give_nothing():
    # each 为年初预算数N is the plan of the figure before it, not the report's
    # whole spending: 1500 and 1000 are no figure stated twice
    assert findings(_against_budget("86")) == []


def _two_kinds(total: str, kinds: str = "二类") -> str:
    return (f"本局项目支出主要有部门预算项目支出、专项预算支出{kinds}支出，项目资金总预算为{total}万元，"
            "其中部门预算项目支出64.5万元，专项预算支出1220万元。\n")


def test_a_list_of_as_many_parts_as_the_kinds_the_sentence_counts_is_whole():
    # 64.5 + 1220 = 1284.5, not 1302.5: the sentence says there are two kinds
    found = findings(_two_kinds("1302.5"), ("FL101",))
    assert [f.rule for f in found] == ["FL101"]
    assert findings(_two_kinds("1284.5"), ("FL101",)) == []


def test_a_list_shorter_than_the_kinds_counted_stays_open():
    # three kinds counted, two listed: the third may make up the rest (info only)
    assert findings(_two_kinds("1302.5", "三类"), ("FL101",)) == []


def test_a_whole_named_after_a_concept_is_how_much_of_that_concept():
    # "“三公”经费支出总额": the 三公 figure, not the unit's whole spending
    from fiscallint.support.lexicon import default_lexicon

    lex = default_lexicon()
    assert lex.concept_of("使用财政拨款安排“三公”经费支出总额为") == "三公经费"
    assert lex.concept_of("本部门支出总额") == "总支出"
    assert lex.concept_of("基本支出总额") == "基本支出"
