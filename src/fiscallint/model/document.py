"""The document: a report's text, with every position a line and a column,
and where each part came from (a table cell, a paragraph, a sheet)."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass
class Document:
    path: str
    text: str
    encoding: str = "utf-8"
    _line_starts: list[int] = field(default_factory=list, repr=False)
    origins: object = None  # for a .docx: where each part of the rendering comes from

    def __post_init__(self) -> None:
        starts = [0]
        find = self.text.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._line_starts = starts

    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count characters."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def start_of_line(self, offset: int) -> int:
        """The offset where the line holding ``offset`` starts (found by
        bisection: no scan back along a long line)."""
        return self._line_starts[bisect.bisect_right(self._line_starts, offset) - 1]

    def end_of_line(self, offset: int) -> int:
        """The offset of the line end (its "\\n", or the end of the text)
        after ``offset``."""
        i = bisect.bisect_right(self._line_starts, offset)
        return self._line_starts[i] - 1 if i < len(self._line_starts) else len(self.text)

    def where(self, offset: int) -> dict | None:
        """The place in the source document of a character of the rendering
        ({"paragraph": n} or {"table": t, "row": r, "column": c}), for .docx."""
        return self.origins.describe(offset) if self.origins is not None else None

    def line_start(self, line: int) -> int:
        """The offset of a 1-based line's first character."""
        return self._line_starts[line - 1]

    def cells_of_one_row(self, x: int, y: int) -> bool:
        """Whether offsets ``x`` and ``y`` stand on lines of one row of a table
        written one cell a line ("\t完成人工造林5,000亩" over "\t完成人工造林4,850亩"
        under 预期目标 | 实际完成情况): lines each opening with a tab or a bar,
        no blank line between them."""
        first, last = sorted((self.position(x)[0], self.position(y)[0]))
        if first == last or last - first > 8:
            return False
        return all(self.line_text(n)[:1] in ("\t", "|") and self.line_text(n).strip() for n in range(first, last + 1))

    def tab_name_lines(self) -> frozenset[int]:
        """The lines naming a workbook's sheets: a tab's name, however
        numbered (1.… 2.… 7.…, after the national forms), is no heading."""
        return frozenset(self.position(o)[0] for o in getattr(self.origins, "titles", ()))

    def line_text(self, line: int) -> str:
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.text)
        return self.text[start:end]
