"""A zero written without a unit among the amounts of its sentence."""
from __future__ import annotations

from fiscallint.model.fact import Fact


def zeros_of_their_list(facts: list[Fact]) -> None:
    """"其中：因公出国（境）费0，…；公务用车购置费0，公务用车运行维护费8.58万元": a zero a named
    item is written as, without a unit, among the amounts of its sentence is one of them (zero
    is zero in any unit): it takes the unit of the amount nearest after it, or else before it."""
    for i, f in enumerate(facts):
        if f.q.value != 0 or f.q.unit is not None or not f.concept or f.extras.get("cell") is not None:
            continue
        near = [g for g in facts[i + 1:i + 2] + facts[max(0, i - 1):i] if g.sentence is f.sentence]
        money = next((g for g in near if g.q.dimension == "money" and g.role == "level"), None)
        if money is not None:
            f.q.unit, f.q.scale, f.q.info = money.q.unit, money.q.scale, money.q.info
