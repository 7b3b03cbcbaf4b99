"""The rule FL204 count-list-mismatch: its documentation is the class's docstring."""
from __future__ import annotations

from fiscallint.deciding.rule import Context, Rule, register
from fiscallint.model.finding import Location
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.checks.base import named
from fiscallint.understanding.structure import count_claims


# which reading of a list found a count's items (structure.CountClaim.how)
_COUNT_PATTERNS = {"the list after the count": "count.list-after", "the list before the count": "count.list-before",
                   "the numbered paragraphs after the count": "count.numbered-paragraphs", "the list under ": "count.list-under"}



@register
class CountListMismatch(Rule):
    """A stated count disagrees with the items listed for it.

    ``设置党政机构5个`` followed by ``（1）…（6）``; ``直属事业单位10个，即A、B…``
    naming nine; ``内设A、B、C 4个机构``. The list may come before the count, after
    it (``：``, ``即``, ``分别是``, a parenthesis) or on a following line headed
    with the same name, or as numbered paragraphs after ``分别如下``. Items are
    split at 、 and ；(only ；when the list uses it: 、 then separates
    sub-items), outside brackets. A list ending in 等 may name fewer; a list of
    examples (如 …) is not compared, and the main ones listed after
    ``主要项目如下`` may be fewer. Chinese numerals count too (四个).

    Stays silent when any reasonable reading of the list agrees (it may end
    at the first ；or ，, "政府和党委" may be two items, 1、2、 number them, the
    unit itself, 本级, is none of "2个所属事业单位" listed with it); when
    the list belongs to a nearer count (5个行政村中有3个贫困村（…）), breaks the
    count down by counts (8个镇和11个乡), or is a bracket qualifying the noun
    (14个省（区、市）); and for 一个 meaning "a", article numbers (第三十二条)
    and names in quotes (“三个代表”).

    Wrong (exactly one FL204 finding)::

        本单位内设股室4个，分别是：办公室、财务股、业务股。

    Right (no finding)::

        本单位内设股室3个，分别是：办公室、财务股、业务股。
    """

    code = "FL204"
    patterns = ("count.list-after", "count.list-before", "count.numbered-paragraphs", "count.list-under", "count.list")
    name = "count-list-mismatch"
    severity = "warning"

    def check(self, ctx: Context):
        th = ctx.thresholds.get("counts", {})
        examples = tuple(th.get("examples", ("如",)))
        for c in count_claims(ctx.analysis, int(th.get("max_items", 40)), examples):
            if c.holds:
                continue
            doc = ctx.doc
            rel = []
            for s, e in c.items[:1] + c.items[-1:]:
                l1, c1 = doc.position(s)
                l2, c2 = doc.position(max(s, e - 1))
                rel.append(Location(l1, c1, l2, c2, doc.text[s:e].strip()[:20]))
            first, last = c.items[0], c.items[-1]
            msg = Msg(M.COUNT_LIST_AT_MOST if c.relation == "ge" else M.COUNT_LIST, count=named(ctx, c.count),
                      listed=c.listed, how=c.how, first=doc.text[first[0]:first[1]].strip()[:12],
                      last=doc.text[last[0]:last[1]].strip()[:12])
            yield self.finding(ctx, msg, c.count, rel, pattern=_COUNT_PATTERNS.get(c.how.split("“")[0], "count.list"))
