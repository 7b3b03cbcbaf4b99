"""Readings that sets of reports written blind to the linter (29 and later)
showed wrong or missed: each consistent passage is silent, and a slip
planted in it is found. Every figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def counted(text: str, select=("FL",)) -> list[str]:
    return [f.rule for f in run(Document("r.txt", text), active_rules(list(select))).findings if f.severity != "info"]


# ---------------------------------------------------------------- changes in percentage points
def test_a_share_from_last_years_to_this_years_changes_by_their_difference_in_points():
    text = ("上年人员支出310.00万元、运转支出190.00万元，运转支出占比由上年的38.00%下降到35.20%，下降2.80个百分点，"
            "人员支出占比由上年的62.00%提高到64.80%，提高2.80个百分点。\n")
    assert counted(text) == []
    assert counted(text.replace("下降2.80", "下降2.08")) == ["FL104"]
    assert counted(text.replace("提高2.80", "提高8.20")) == ["FL104"]


def test_a_share_named_with_zhanbi_is_not_the_base_of_its_change():
    # 占比 ends in 比, as 较 and 比 before a base do; the share is this year's
    text = "门诊人次占比41.30%，较上年的39.85%提高1.45个百分点。\n"
    assert counted(text) == []
    assert counted(text.replace("提高1.45", "提高1.54")) == ["FL104"]
