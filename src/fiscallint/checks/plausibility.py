"""Plausibility and structure rules (FL2xx): warnings, not arithmetic proofs.

Each explains its evidence; none says which figure is wrong.
"""
from __future__ import annotations

from decimal import Decimal

from fiscallint.checks import computed_vs_stated, named, related, shown
from fiscallint.deciding.rule import Context, Rule, iter_contradictions, register
from fiscallint.model.finding import Location
from fiscallint.support.lexicon import default_thresholds
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.deciding.plausibility import over_establishment, rates_out_of_range, shares_over_whole, unit_slips
from fiscallint.understanding.structure import count_claims, numbering_breaks


@register
class UnitSlip(Rule):
    """An amount looks written in the wrong unit (万元 for 元, or the reverse).

    Evidence, any of:

    - it exceeds the report's whole budget many times over, and would fit
      once read 10⁴ times smaller (``特困供养资金…共计617705万元`` in a report
      whose budget is 6024.6万元);
    - its amount per counted unit (per 人次, per 户) is out of scale with the
      other items of its list (387350元 for 2965人次 beside 617705万元 for
      1466人次);
    - the same labelled figure is stated elsewhere about 10⁴ times apart;
    - a list that does not add up would add up with this term scaled by 10⁴.

    The message names the likely intended unit. Thresholds are in
    ``rules/thresholds.toml`` (``[unit_slip]``).
    """

    code = "FL201"
    name = "unit-slip"
    severity = "warning"

    def check(self, ctx: Context):
        th = default_thresholds().get("unit_slip", {})
        for e in unit_slips(ctx.analysis, ctx.checked, th):
            parts = [Msg(M.FIGURE_REASON, figure=named(ctx, e.fact), reason=e.reason)]
            if e.related:
                parts.append(Msg.formula(" ({others})", others=Msg.join(", ", (named(ctx, r) for r in e.related))))
            if e.suggestion and e.suggestion != "another unit":
                parts.append(Msg(M.MAY_HAVE_BEEN_MEANT, unit=e.suggestion))
            msg = Msg.join("", parts)
            yield self.finding(ctx, msg, e.fact, related(ctx, e.related))


@register
class OverEstablishment(Rule):
    """More staff in post than the establishment allows (超编).

    ``核定人员编制人数为100人，…实有在职在编人数139人``: staff in post (在职, 在编,
    在岗) stated beside the establishment (编制数, 核定编制) on the same line
    exceed it. Retired staff (离退休) and staff outside the establishment
    (临聘, 编外) are not counted. When several establishments are listed
    without a total (行政编制10人，事业编制3人), their sum is the cap.
    """

    code = "FL202"
    name = "over-establishment"
    severity = "warning"

    def check(self, ctx: Context):
        for e in over_establishment(ctx.analysis):
            caps = Msg.join(" + ", (named(ctx, r) for r in e.related))
            msg = Msg.formula("{a} ({caps})", a=Msg(M.FIGURE_REASON, figure=named(ctx, e.fact), reason=e.reason), caps=caps)
            yield self.finding(ctx, msg, e.fact, related(ctx, e.related))


@register
class RateOutOfRange(Rule):
    """A rate or share above 100% where it cannot be.

    覆盖率, 到位率, 兑现率, 使用率, 满意度 … (``[rates] bounded`` in
    ``rules/thresholds.toml``) and shares of a whole cannot exceed 100%; nor
    can the shares of one whole add up to more. A rate that can (执行率,
    完成率: spending or output above plan) is reported as info, with a
    milder message: it may be right, and the report should say why.
    """

    code = "FL203"
    name = "rate-out-of-range"
    severity = "warning"

    def check(self, ctx: Context):
        th = default_thresholds().get("rates", {})
        for e in rates_out_of_range(ctx.analysis, th):
            if e.suggestion == "may_exceed":
                yield self.finding(ctx, Msg(M.CHECK_EXPLAINED, figure=named(ctx, e.fact), reason=e.reason),
                                   e.fact, severity="info")
            else:
                yield self.finding(ctx, Msg(M.FIGURE_COLON_REASON, figure=named(ctx, e.fact), reason=e.reason), e.fact)
        for e in shares_over_whole(ctx.checked, Decimal(str(th.get("tolerance", 0.5)))):
            yield self.finding(ctx, Msg(M.FIGURE_COLON_REASON, figure=named(ctx, e.fact), reason=e.reason), e.fact,
                               related(ctx, e.related))


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
    examples (如 …) is not compared. Chinese numerals count too (四个).

    Stays silent when any reasonable reading of the list agrees (it may end
    at the first ；or ，, "政府和党委" may be two items, 1、2、 number them); when
    the list belongs to a nearer count (5个行政村中有3个贫困村（…）), breaks the
    count down by counts (8个镇和11个乡), or is a bracket qualifying the noun
    (14个省（区、市）); and for 一个 meaning "a", article numbers (第三十二条)
    and names in quotes (“三个代表”).
    """

    code = "FL204"
    patterns = ("count.list-after", "count.list-before", "count.numbered-paragraphs", "count.list-under", "count.list")
    name = "count-list-mismatch"
    severity = "warning"

    def check(self, ctx: Context):
        th = default_thresholds().get("counts", {})
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


@register
class HeadingNumbering(Rule):
    """Heading numbers break their sequence.

    A jump (一、二、四、) or a level written in another style in mid-sequence
    (（一）（二）（3）（四）; 二、… then 3、4、5、 then 六、; a lone 1、 before 二、).
    Levels follow the usual order 一、 > （一） > 1、 > （1）; a lower-level list
    restarting at 1 is no break, and neither is a passage that starts past 1.
    A run written in another style is reported once, and only when the level
    it stood for goes on right after it (二、 3、4、5、 六、), or when it is one
    heading right after its level's previous number (（三）（4）): 2、3、… under
    （一） with no 三、 after it is a list whose 1、 was lost.

    Not breaks: numbering that starts over (the body after its table of
    contents), a number repeated (two lists interleaved, as in a flattened
    收入 | 支出 table), a missing number that stands inside a line
    ("…工作。 3、业务园长室"), and row names of a table flattened one cell a
    line (a number on the line before or after).
    """

    code = "FL205"
    patterns = ("numbering.jump", "numbering.style")
    name = "heading-numbering"
    severity = "warning"

    def check(self, ctx: Context):
        doc = ctx.doc
        for b in numbering_breaks(doc.text):
            h = b.heading
            loc = Location(h.line, h.column, h.line, max(h.column, h.end_column - 1))
            if b.kind == "style" and b.run_end is not None:
                e = b.run_end
                msg = Msg(M.HEADINGS_STYLE_RUN, first=h.text[:16], last=e.text[:16], line1=h.line, line2=e.line,
                          level=b.style_of_expected)
            elif b.kind == "style":
                msg = Msg(M.HEADING_STYLE, first=h.text[:16], line=h.line, level=b.style_of_expected)
            else:
                msg = Msg(M.HEADING_JUMP, first=h.text[:16], line=h.line, previous=b.expected - 1, expected=b.expected)
            from fiscallint.model.finding import Finding

            yield Finding(doc.path, self.code, self.name, self.severity, msg, loc,
                          pattern=f"numbering.{'jump' if b.kind != 'style' else 'style'}")


@register
class RestatedFigureDiffers(Rule):
    """A count described by the same words elsewhere has another value.

    Reports repeat their own counts in their own words:
    ``摸排问题厕所649个`` in the summary and again in the detail,
    ``办理各类服务事项2万余件`` in the text and in the self-evaluation form.
    Two figures are compared when their labels are the same words once the
    words that do not change what is counted are dropped (今年, 全镇, 已, 完成,
    共计 … in ``[restated]`` of ``rules/lexicon.toml``; 户厕新建 reads as
    新建户厕), with the same unit, phase and year.

    Stays silent when the label is too generic to name one figure
    (发放补助资金, 涉及预算资金), when it holds a word that makes the figure a
    part, a rate per head or a change (其中, 各, 人均, 增加), when one paragraph
    gives the label two values (a list by village or by year), and when the
    values fall into more than two groups. Amounts of money are not compared
    here (a fund's name recurs for every project it pays for): those named by a
    concept of the lexicon are FL106's.

    Also reported: a count written twice, in digits and in words, that
    disagree (``建立了6三个小型污水处理池``).

    A warning, not an error: the same words may, rarely, describe two things.
    """

    code = "FL206"
    kind = "restatement"
    patterns = ("restated.same-words", "restated.digits-and-words")
    name = "restated-figure-differs"
    severity = "warning"

    def check(self, ctx: Context):
        for claim, verdict in iter_contradictions(ctx, self.kind):
            s, first = claim.stated, claim.operands[0]
            if claim.variant == "side_by_side":
                line, column = ctx.doc.position(first.q.num_start)
                msg = Msg(M.COUNT_TWICE, first=shown(first), second=shown(s), line=line, column=column)
                yield self.finding(ctx, msg, s, related(ctx, [first]), pattern=claim.pattern, trigger=claim.trigger)
                continue
            computed, stated, margin = computed_vs_stated(claim, verdict)
            words = claim.how.split("”")[0].lstrip("“")
            (line1, column1), (line2, column2) = ctx.doc.position(first.q.num_start), ctx.doc.position(s.q.num_start)
            msg = Msg(M.WORDS_RESTATED, words=words, first=shown(first), line1=line1, column1=column1, second=shown(s),
                      line2=line2, column2=column2, margin=margin)
            yield self.finding(ctx, msg, s, related(ctx, [first]), computed, stated,
                               pattern=claim.pattern, trigger=claim.trigger)


@register
class CountAboveWhole(Rule):
    """A count of villages or communities exceeds the township's whole.

    How many 行政村, 社区 or 村民小组 a township has is one figure, stated as a
    whole (``下辖17个行政村``, ``全镇10个行政村``, ``中峰镇10个行政村``); no count
    of them elsewhere in the report (``共分配给13个行政村``) can be larger.
    Sentences about a merger (合并, 撤并, 原有) and counts for the county or
    city (全县, 全市) are not compared. The words are in ``[entity_totals]``
    of ``rules/lexicon.toml``.
    """

    code = "FL207"
    kind = "entity_total"
    patterns = ("count.above-township-whole",)
    name = "count-above-whole"
    severity = "warning"

    def check(self, ctx: Context):
        for claim, _ in iter_contradictions(ctx, self.kind):
            s, whole = claim.stated, claim.operands[0]
            (line1, column1), (line2, column2) = ctx.doc.position(s.q.num_start), ctx.doc.position(whole.q.num_start)
            msg = Msg(M.ABOVE_WHOLE, figure=shown(s), noun=claim.variant, line1=line1, column1=column1, whole=shown(whole),
                      line2=line2, column2=column2)
            yield self.finding(ctx, msg, s, related(ctx, [whole]), pattern=claim.pattern, trigger=claim.trigger)
