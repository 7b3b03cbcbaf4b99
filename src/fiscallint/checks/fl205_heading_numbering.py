"""The rule FL205 heading-numbering: its documentation is the class's docstring."""
from __future__ import annotations

from fiscallint.deciding.rule import Context, Rule, register
from fiscallint.model.finding import Location
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.understanding.headings import numbering_breaks


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
    ("…工作。 3、业务园长室"), row names of a table flattened one cell a
    line (a number on the line before or after), and a numbered row whose
    cells are blank among numbered rows of figures ("2.因公出国(境)人数(人)   0",
    "3.公务用车购置数(辆)", "4.公务用车保有量(辆)   1").

    Wrong (exactly one FL205 finding)::

        一、基本情况
        本单位负责全镇农业服务。
        二、绩效目标
        全年完成培训任务。
        四、存在问题
        宣传力度不够。

    Right (no finding)::

        一、基本情况
        本单位负责全镇农业服务。
        二、绩效目标
        全年完成培训任务。
        三、存在问题
        宣传力度不够。
    """

    code = "FL205"
    patterns = ("numbering.jump", "numbering.style")
    name = "heading-numbering"
    severity = "warning"

    def check(self, ctx: Context):
        doc = ctx.doc
        for b in numbering_breaks(doc.text, doc.tab_name_lines()):
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
                          pattern="numbering.style" if b.kind == "style" else "numbering.jump")
