"""Readings a fifteenth set of reports, written blind to the linter, showed
wrong or missed: each consistent passage is silent, and a slip planted in it
is found. Every figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def counted(text: str, select=("FL",)) -> list[str]:
    return [f.rule for f in run(Document("r.txt", text), active_rules(list(select))).findings if f.severity != "info"]


PROJECTS = ("特定目标类项目预算2000.00万元，共4个项目，分别为：\n"
            "1.执法办案业务经费600.00万元，用于案件侦办等；\n"
            "2.信息化建设及运维经费800.00万元，其中智能化改造工程200.00万元、系统运维600.00万元；\n"
            "3.道路交通安全管理经费300.00万元，用于信号设施维护；\n"
            "4.辅警人员经费300.00万元，用于购买服务。\n")


def test_items_one_a_line_are_of_the_total_of_their_measure_not_the_count_before_them():
    assert counted(PROJECTS) == []
    assert counted(PROJECTS.replace("4.辅警人员经费300.00", "4.辅警人员经费330.00")) == ["FL101"]


SCORES = ("某县文化馆2023年度部门整体支出绩效自评报告\n根据部门整体支出绩效评价指标体系，评分结果如下：\n\n"
          "指标名称            分值      得分\n投入                 10        10\n过程                 30        29.08\n"
          "产出                 30        29.5\n效益                 30        28.60\n合计                100        97.18\n\n"
          "本馆2023年度整体支出绩效自评得分97.18分，等级为“优”。\n")


def test_a_score_tables_total_row_is_the_score_the_prose_states():
    assert counted(SCORES) == []
    assert counted(SCORES.replace("自评得分97.18分", "自评得分97.81分"), ("FL106",)) == ["FL106"]
