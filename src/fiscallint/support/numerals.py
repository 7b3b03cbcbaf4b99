"""Chinese numerals, as headings number their sections (一、 （二） 十三、)
and as figures are written (三个, 两项, 一百二十万): the digits, their
values, and a heading's number read and written. One definition for every
reader that meets them."""
from __future__ import annotations

DIGITS = "一二三四五六七八九"
TEN = "十"
# the characters of a heading's number, 一 … 九十九
HEADING = DIGITS + TEN
DIGIT_VALUES = {"零": 0, "〇": 0, "两": 2, **{d: i for i, d in enumerate(DIGITS, 1)}}
UNIT_VALUES = {TEN: 10, "百": 100, "千": 1000, "万": 10000}


def heading_number(s: str) -> int:
    """十 → 10, 十三 → 13, 二十 → 20, 二十四 → 24, 七 → 7, 9 → 9; 0 for what is no number."""
    if s.isdigit():
        return int(s)
    if s == TEN:
        return 10
    if s.startswith(TEN):
        return 10 + DIGIT_VALUES.get(s[1:], 0)
    if TEN in s:
        head, _, tail = s.partition(TEN)
        return DIGIT_VALUES.get(head, 0) * 10 + (DIGIT_VALUES.get(tail, 0) if tail else 0)
    return DIGIT_VALUES.get(s, 0)


def heading_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 13 → 十三, 24 → 二十四; '' outside 1 … 99."""
    if not 0 < n < 100:
        return ""
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else TEN if tens == 1 else DIGITS[tens - 1] + TEN
    return head + (DIGITS[units - 1] if units else "")


def thousands_comma(text: str, i: int) -> bool:
    """Whether the comma at ``i`` parts a number's thousands ("1,850.00"), not items."""
    return text[i] == "," and text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()
