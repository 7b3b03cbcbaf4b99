"""What a heading or a form's cell says of the figures under it: aimed at
(a target, 绩效目标), done (完成情况), or neither."""
from __future__ import annotations

from fiscallint.support.wordbook import pattern

_AIM_HEADING = pattern("analysis", "aim_heading")
_DONE_HEADING = pattern("analysis", "done_heading")
_TARGETS_STATED = pattern("analysis", "targets_stated")


def heading_aim(head: str, open_aims: list) -> bool | None:
    """True when the figures under heading ``head`` are aimed at ("（三）绩效目标"),
    None when the heading tells what was done ("三、绩效目标完成情况", and so does
    its "（一）产出目标", though its "（一）年度绩效目标" states the targets all the
    same), else False. ``open_aims``: the same of the headings it is under."""
    if _DONE_HEADING.search(head):
        return None
    if any(aim is None for aim in open_aims):
        return True if _TARGETS_STATED.search(head) else None
    return bool(_AIM_HEADING.search(head))


def target_cells(lines: list[str]) -> set[int]:
    """The lines of a form's target cell, one cell a line: "预期目标" over
    "实际完成情况", then the target's text, then what was done; or a line
    opening with the target's name and a colon."""
    out = set()
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for k in range(len(filled) - 2):
        if _AIM_CELL.fullmatch(lines[filled[k]].strip()) and _DONE_CELL.fullmatch(lines[filled[k + 1]].strip()):
            out.add(filled[k + 2])
    # (or the target after its name and a colon: "预期目标：组建签约团队96个…" over "实际完成情况：…")
    out.update(i for i, line in enumerate(lines) if _AIM_LEAD.match(line))
    return out


_AIM_CELL = pattern("analysis", "aim_cell")
_DONE_CELL = pattern("analysis", "done_cell")
_AIM_LEAD = pattern("analysis", "aim_lead")
