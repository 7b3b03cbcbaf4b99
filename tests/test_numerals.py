"""Chinese numerals (support/numerals.py), shared by the heading reader
(FL205) and the quantity grammar."""
from __future__ import annotations

from fiscallint.support.numerals import DIGIT_VALUES, heading_number, heading_numeral


def test_a_heading_number_reads_back_what_it_writes():
    assert [heading_numeral(n) for n in (1, 9, 10, 11, 20, 24, 99)] == ["一", "九", "十", "十一", "二十", "二十四", "九十九"]
    assert all(heading_number(heading_numeral(n)) == n for n in range(1, 100))
    assert heading_numeral(0) == heading_numeral(100) == ""
    assert heading_number("甲") == 0


def test_a_figure_may_write_two_as_liang():
    assert DIGIT_VALUES["两"] == DIGIT_VALUES["二"] == 2 and DIGIT_VALUES["〇"] == 0


def test_headings_numbered_past_fifteen_are_followed():
    from fiscallint.understanding.headings import numbering_breaks

    text = "".join(f"{heading_numeral(n)}、第{n}项工作情况说明。\n" for n in range(1, 19))
    assert numbering_breaks(text) == []
    skipped = text.replace("十七、", "十八、", 1)
    assert numbering_breaks(skipped) != []
