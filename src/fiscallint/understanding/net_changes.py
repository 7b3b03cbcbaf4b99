"""A net change and what made it (FL104 ``change.net-of-raised-and-lowered``):
"设计变更增加工程造价86.42万元，核减37.08万元，相抵后净增加49.34万元" — the net
change is what was raised less what was lowered, each figure named by its
own word, one right after the other in the sentence."""
from __future__ import annotations

from fiscallint.model.claim import Claim
from fiscallint.model.fact import Fact
from fiscallint.support.wordbook import pattern

_RAISED = pattern("net_changes", "raised")
_LOWERED = pattern("net_changes", "lowered")
_NET = pattern("net_changes", "net")


def net_changes(by_sentence: dict[int, list[Fact]]) -> list[Claim]:
    out = []
    for facts in by_sentence.values():
        for k in range(len(facts) - 2):
            up, down, net = facts[k:k + 3]
            if any(f.q.dimension != "money" or f.q.approx or f.q.is_range for f in (up, down, net)):
                continue
            m = _NET.search(net.label)
            if m and _RAISED.search(up.label) and _LOWERED.match(down.label):
                out.append(Claim("change", net, [up, down], "eq", "净 = 增加 − 减少", variant="levels",
                                 direction=1 if "增" in m.group(1) else -1,
                                 pattern="change.net-of-raised-and-lowered", trigger=m.group(0)))
    return out
