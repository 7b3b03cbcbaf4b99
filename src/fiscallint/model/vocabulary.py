"""The model's own names: what a table column measures (``Measure``: the
keys of rules/tables.toml's [measures], and 金额 for a column that names
only a phase, "本年决算数") and the phase of a figure (``Phase``: the values
of rules/lexicon.toml's [phases]). Facts and column keys hold the plain
names; these constants compare equal to them, so the code names each once
instead of spelling its Chinese name at every test."""
from __future__ import annotations

from enum import Enum


class Measure(str, Enum):
    AMOUNT = "金额"
    CHANGE = "增减额"  # 本年 − 上年
    CHANGE_RATE = "增减率"  # 增减额 / 上年
    EXECUTION_RATE = "执行率"  # 执行数 / 预算数
    SHARE = "占比"
    SCORE = "得分"
    POINTS = "分值"
    TARGET = "指标值"
    ACHIEVED = "完成值"
    HEADCOUNT = "人数"
    # an amount per unit (补贴标准（元/亩）, 单价), a span (在校天数, 期限) or a quantity in its row's own
    # unit (数量 beside 计量单位): its rows are no parts of its total
    PER_UNIT = "单价"

    def __str__(self) -> str:
        return self.value


class Phase(str, Enum):
    INITIAL_BUDGET = "年初预算"
    ADJUSTED_BUDGET = "调整预算"
    BUDGET = "预算"  # a budget, not said which
    FINAL = "决算"  # what was spent (决算, 执行数)
    LAST_YEAR = "上年"

    def __str__(self) -> str:
        return self.value


# the phases of a plan: what a figure was budgeted at, not what was spent
PLAN_PHASES = (Phase.INITIAL_BUDGET, Phase.ADJUSTED_BUDGET, Phase.BUDGET)
