"""Reports in traditional characters (typed so, or copied by a mirror site)
are read in simplified ones, one character for another: the lexicon's words
then match, and every line, column and offset stays where it was. The pairs
are data (rules/traditional.toml); a simplified report is left as it is."""
from __future__ import annotations

import re
from functools import lru_cache

_SAMPLE = 20000  # characters looked at to tell the script
_CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _conversion() -> tuple[dict[int, str], re.Pattern]:
    import tomllib

    from fiscallint.support.resources import read_text

    pairs = tomllib.loads(read_text("rules", "traditional.toml"))["pairs"].split()
    table = {ord(p[0]): p[1] for p in pairs if len(p) == 2}
    return table, re.compile("[" + "".join(chr(c) for c in table) + "]")


def simplified(text: str) -> str:
    """``text`` in simplified characters when it is written in traditional
    ones (one in twenty of its Chinese characters, ten at least and five
    different ones, have a simplified form), else ``text`` itself."""
    sample = text[:_SAMPLE]
    if len(sample) < 50:
        return text  # too short to hold the 50 Chinese characters looked for (no table loaded)
    table, traditional = _conversion()
    hits = traditional.findall(sample)
    if len(hits) < 10 or len(set(hits)) < 5:
        return text  # a few old forms (於) in a simplified text are the author's (the common case: counted first)
    chinese = len(_CJK.findall(sample))
    if chinese < 50 or len(hits) * 20 < chinese:
        return text
    return text.translate(table)


# the vertical rules of a table drawn with box characters ("收入 … 2958.61 │ 201 …"):
# a gap between cells, as the spaces of a space-aligned table are
_BOX_VERTICALS = str.maketrans({c: " " for c in "│┃║┆┇┊┋"})


def without_box_rules(text: str) -> str:
    """``text`` with the vertical rules of box-drawn tables read as spaces,
    one character for another."""
    if "│" not in text and "┃" not in text and "║" not in text:
        return text
    return text.translate(_BOX_VERTICALS)
