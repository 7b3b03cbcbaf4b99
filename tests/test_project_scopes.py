"""Figures of one concept stated for several projects are each project's
own: a paragraph that opens with a project's name, names it before its
figures, or points back (该项目) to the project its heading names. Every
figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def counted(text: str) -> list[str]:
    return [f.rule for f in run(Document("r.txt", text), active_rules(["FL106"])).findings if f.severity != "info"]


RUN_IN = ("桥梁维护项目：该项目年初预算30万元，全年执行27万元，预算执行率90%。项目自评得分91分，评价等级为优。\n\n"
          "渠道疏浚项目：该项目年初预算60万元，全年执行60万元，预算执行率100%。项目自评得分97分，评价等级为优。\n")

UNDER_HEADINGS = ("四、项目自评情况\n\n（一）桥梁维护项目\n"
                  "该项目年初预算30万元，全年执行27万元，预算执行率90%。项目自评得分91分。\n\n"
                  "（二）渠道疏浚项目\n该项目年初预算60万元，全年执行60万元，预算执行率100%。项目自评得分97分。\n")

NAMED_IN_PROSE = ("我局对桥梁维护项目开展自评，年初预算30万元，执行率90%，自评得分91分。\n"
                  "对渠道疏浚项目开展自评，年初预算60万元，执行率100%，自评得分97分。\n")


def test_scores_of_projects_each_on_its_own_paragraph_are_not_one_figure():
    assert counted(RUN_IN) == []
    assert counted(UNDER_HEADINGS) == []
    assert counted(NAMED_IN_PROSE) == []


def test_one_project_stated_twice_differently_is_still_found():
    text = ("我局对桥梁维护项目开展自评，年初预算30万元，自评得分91分。\n"
            "……\n桥梁维护项目：经综合评定，自评得分97分，评价等级为优。\n")
    assert counted(text) == ["FL106"]


def test_the_units_own_score_is_still_compared_with_itself():
    text = "本年度部门整体支出绩效自评得分96分。\n……\n经综合评定，本部门整体支出自评得分94分。\n"
    assert counted(text) == ["FL106"]
