"""Reading text outside brackets: list separators inside （…） or “…”
belong to a sub-list or a name, not to the list around them."""
from __future__ import annotations

from typing import Iterator

OPEN, CLOSE = "（(【[《“", "）)】]》”"


def top_level(text: str, start: int, end: int, opens: str = OPEN, closes: str = CLOSE) -> Iterator[int]:
    """Offsets in text[start:end] of the characters outside any bracket
    (the brackets themselves left out)."""
    depth = 0
    for i in range(start, end):
        ch = text[i]
        if ch in opens:
            depth += 1
        elif ch in closes:
            depth = max(0, depth - 1)
        elif depth == 0:
            yield i


def first_top_level(text: str, start: int, end: int, chars: str, opens: str = OPEN, closes: str = CLOSE) -> int | None:
    """The first of ``chars`` outside brackets in text[start:end], or None."""
    return next((i for i in top_level(text, start, end, opens, closes) if text[i] in chars), None)


def matching_close(text: str, open_at: int, limit: int, opens: str = OPEN, closes: str = CLOSE) -> int:
    """The offset of the bracket closing the one at ``open_at``, or
    ``limit`` when it does not close before it."""
    depth = 0
    for i in range(open_at, limit):
        ch = text[i]
        if ch in opens:
            depth += 1
        elif ch in closes:
            depth -= 1
            if depth == 0:
                return i
    return limit
