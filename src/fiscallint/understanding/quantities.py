"""Find quantities: the Lark grammar in ``grammar/quantities.lark``, applied
to the whole text, turned into :class:`Quantity` objects.

A quantity keeps the digits as displayed (its precision comes from them),
its unit and dimension (via :mod:`fiscallint.support.units`), whether it is an
approximation and its exact place in the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from fiscallint.support.wordbook import pattern
from fiscallint.model.intervals import INF, NEG_INF, Interval, half_unit, last_digit_step
from fiscallint.model.quantity import Quantity, made
from fiscallint.support.numerals import DIGIT_VALUES as _CN_DIGITS, UNIT_VALUES as _CN_UNITS
from fiscallint.support.options import DEFAULT, Options
from fiscallint.support.units import UnitInfo, lookup, spellings

_FULLWIDTH = str.maketrans("０１２３４５６７８９．％，", "0123456789.%,")
_SCALES = {"万": Decimal(10000), "亿": Decimal(100000000), "千": Decimal(1000), "万亿": Decimal(10) ** 12}

@lru_cache(maxsize=1)
def grammar_words() -> dict:
    """grammar/words.toml: what the grammar's approximation words and unit
    look-aheads mean, and the words that make a figure money."""
    from fiscallint.support.lexicon import tomllib
    from fiscallint.support.resources import read_text

    return tomllib.loads(read_text("grammar", "words.toml"))


@lru_cache(maxsize=1)
def _approximations() -> dict[str, str]:
    """Each approximation word and what it bounds: lower, upper or about."""
    return {w: bound for bound, words in grammar_words()["approximation"].items() for w in words}


@lru_cache(maxsize=1)
def _money_context() -> re.Pattern:
    words = sorted(grammar_words()["money_context"]["words"], key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, words))})[^，。；,;]{{0,6}}$")
_SEPARATORS = re.compile(r"[,，\s\u00a0\u2009]")  # thousands separators in a number
_LIST_JOIN = pattern("quantities", "list_join")  # between two figures of one list


def _cn_to_int(s: str) -> int | None:
    """Chinese numerals for counts: 四, 十二, 一千二百, 两."""
    total = section = number = 0
    seen = False
    for ch in s:
        if ch in _CN_DIGITS:
            number = _CN_DIGITS[ch]
            seen = True
        elif ch in _CN_UNITS:
            unit = _CN_UNITS[ch]
            if unit == 10000:
                section = (section + number) * unit
                total += section
                section = 0
            else:
                section += (number or 1) * unit
            number = 0
            seen = True
        else:
            return None
    return total + section + number if seen else None


def _cn_percent(s: str) -> str | None:
    body = s[3:]
    if "点" in body:
        whole, _, frac = body.partition("点")
        w = _cn_to_int(whole) if whole else 0
        digits = "".join(str(_CN_DIGITS.get(c, "")) for c in frac)
        if w is None or not digits:
            return None
        return f"{w}.{digits}"
    w = _cn_to_int(body)
    return None if w is None else str(w)


def _unit_pattern(spelling: str) -> str:
    """A unit's spelling in the grammar, with its look-ahead when it also
    begins common words (grammar/words.toml [unit_word_starts])."""
    after = grammar_words()["unit_word_starts"].get(spelling)
    return re.escape(spelling) + (f"(?![{after}])" if after else "")


@lru_cache(maxsize=1)
def _parser():
    from lark import Lark

    from fiscallint.support.resources import read_text

    units = [_unit_pattern(s) for s in spellings()] + ["％"]
    ends = "".join(sorted({s[-1] for s in spellings() if s}))
    grammar = (read_text("grammar", "quantities.lark").replace("@UNITS@", "|".join(units))
               .replace("@UNIT_ENDS@", re.sub(r"([\\\]\[^-])", r"\\\1", ends)))
    from fiscallint.support.units import cache_dir

    cache = cache_dir()
    # Lark keys its cache file on the grammar and options; a stale or
    # unwritable cache only costs the time to build the tables again.
    callbacks = {name: _SKIPPED.append for name in _NOT_QUANTITIES}
    parser = Lark(grammar, parser="lalr", lexer="contextual", maybe_placeholders=False,
                  lexer_callbacks=callbacks, cache=str(cache / "grammar.lark-cache") if cache else False)
    _share_one_scanner(parser)
    return parser


@lru_cache(maxsize=1)
def _lean():
    """The lean driver of the parser's own table, or None where it does not apply."""
    from fiscallint.understanding.lean_parse import LeanParse

    lean = LeanParse(_parser(), _StateScanner, _drop_dangling_range_on, (_TEXT, PLAIN_TEXT))
    return lean if lean.usable else None


def parse_tree(text: str, skipped: list, lean: bool = True):
    """The grammar's tree of ``text``; ``skipped`` receives the spans lexed
    as non-quantities, (start, end, type). ``lean``: by the lean driver of
    Lark's table when it applies, else by Lark's own parse (the same tree)."""
    driver = _lean() if lean else None
    if driver is not None:
        return driver.parse(text, skipped)
    del _SKIPPED[:]
    try:
        tree = _parser().parse(text, on_error=_drop_dangling_range)
        skipped.extend((tok.start_pos, tok.end_pos, tok.type) for tok in _SKIPPED)
        return tree
    finally:
        del _SKIPPED[:]


class _StateScanner:
    """What a state of Lark's contextual lexer matches with, in place of its
    own alternation of the terminals the state accepts: one alternation of
    all the terminals, compiled once for every state, in the same order.

    Python tries an alternation's branches in order and takes the first that
    matches, so when the terminal found is one the state accepts, it is the
    one the state's own alternation would have found; when it is not, the
    state's terminals after it are tried one by one. The tokens are the
    same; what is saved is compiling an alternation per state (most of a
    cold start's pattern compiling)."""

    def __init__(self, shared: "_SharedAlternation", terminals) -> None:
        self.shared = shared
        self.terminals = terminals
        self.allowed_types = {t.name for t in terminals}
        self._after: dict[str, list] = {}

    def match(self, text, pos):
        """Lark's call: ``text`` is its slice of the text."""
        return self.match_at(text.text, pos, text.end)

    def match_at(self, text: str, pos: int, end: int):
        union = self.shared.union or self.shared.compiled()
        m = union.match(text, pos, end)
        if m is None:
            return None
        name = m.lastgroup
        if name == PLAIN_TEXT:
            name = _TEXT  # (the shortcut's name for the text terminal's match)
        if name in self.allowed_types:
            return m.group(0), name
        return self.after(name, text, pos, end)

    def after(self, name: str, text: str, pos: int, end: int):
        """The first of this state's terminals after ``name`` that matches."""
        later = self._after.get(name)
        if later is None:
            later = self._after[name] = [str(t.name) for t in self.terminals
                                         if self.shared.rank[t.name] > self.shared.rank[name]]
        for other in later:
            found = self.shared.alone(other).match(text, pos, end)
            if found is not None:
                return found.group(0), other
        return None


_TEXT = "_TEXT"  # the grammar's run of plain text, tried after every terminal that may begin there
PLAIN_TEXT = "_PLAIN_TEXT"  # the same match, found by the shortcut first in the alternation


class _SharedAlternation:
    def __init__(self, terminals, flags: int) -> None:
        self.terminals = terminals
        self.flags = flags
        self.rank = {t.name: i for i, t in enumerate(terminals)}
        self.union: re.Pattern | None = None  # compiled on first use
        self._alone: dict = {}

    def compiled(self) -> re.Pattern:
        if self.union is None:
            branches = [f"(?P<{t.name}>{t.pattern.to_regexp()})" for t in self.terminals]
            shortcut = self._plain_text_first()
            try:
                self.union = re.compile("|".join([shortcut, *branches] if shortcut else branches), self.flags)
            except re.error:  # (a terminal naming a group of its own, say): no shortcut
                self.union = re.compile("|".join(branches), self.flags)
        return self.union

    def _plain_text_first(self) -> str | None:
        """An alternative put first: _TEXT's own pattern, at a character none of
        the terminals before _TEXT can begin a match with (most of a report's
        prose). There the alternation would find _TEXT's match anyway, after
        trying each of those terminals in turn; elsewhere the shortcut fails at
        once and they are tried as before. None when their first characters
        cannot be told."""
        from fiscallint.support.first_chars import first_chars

        if _TEXT not in self.rank:
            return None
        starts = [first_chars(t.pattern.to_regexp(), self.flags) for t in self.terminals[:self.rank[_TEXT]]]
        if any(s is None for s in starts):
            return None
        text = self.terminals[self.rank[_TEXT]].pattern.to_regexp()
        return f"(?P<{PLAIN_TEXT}>(?=[^{''.join(starts)}])(?:{text}))"

    def alone(self, name: str) -> re.Pattern:
        found = self._alone.get(name)
        if found is None:
            t = self.terminals[self.rank[name]]
            found = self._alone[name] = re.compile(t.pattern.to_regexp(), self.flags)
        return found


def _share_one_scanner(parser) -> None:
    """Give every state of the contextual lexer a :class:`_StateScanner` over
    one shared alternation (when the lexer is the one this was written for:
    plain regular-expression terminals, ordered alike; else Lark's own
    scanners stay)."""
    from lark.lexer import PatternRE

    lexer = getattr(parser.parser, "lexer", None)
    states = getattr(lexer, "lexers", None)
    root = getattr(lexer, "root_lexer", None)
    if not states or root is None or getattr(root, "use_bytes", True):
        return
    everything = list(root.terminals)
    if len(everything) > 90 or not all(isinstance(t.pattern, PatternRE) for t in everything):
        return
    shared = _SharedAlternation(everything, root.g_regex_flags)
    rank = shared.rank
    for basic in {id(b): b for b in states.values()}.values():
        own = list(basic.terminals)
        if (basic.g_regex_flags != root.g_regex_flags or basic.use_bytes
                or any(t.name not in rank or t.pattern != everything[rank[t.name]].pattern for t in own)
                or [rank[t.name] for t in own] != sorted(rank[t.name] for t in own)):
            continue
        basic.callback = dict(basic.user_callbacks)
        basic._scanner = _StateScanner(shared, own)


# Terminals lexed so that their digits are not read as numbers, and collected
# here (by the lexer's callbacks) for `fiscallint extract`.
_NOT_QUANTITIES = ("DATE", "DOCNO", "LISTMARK", "CODE", "PHONE", "ORDINAL", "FACTOR")
_SKIPPED: list = []


def scan(text: str, display: str = "text", options: Options = DEFAULT) -> tuple[list[Quantity], list[tuple[int, int, str]]]:
    """Return the quantities of ``text`` and the spans skipped as
    non-quantities (dates, document numbers, list markers, codes…).
    ``display`` names the report in a refusal (the figures budget);
    ``options`` give the budgets and how figures were rounded."""
    skipped: list[tuple[int, int, str]] = []
    tree = parse_tree(_units_wrapped_to_next_line(_items_opening_with_figures(text)), skipped)
    if len(tree.children) > 1000:  # the budget, before a single quantity is built
        from fiscallint.support.limits import check

        check(display, "figures", len(tree.children), options.limits, what="the text holds")
    quantities: list[Quantity] = []
    for whole in tree.children:
        if not hasattr(whole, "children"):
            continue  # a dangling approximation word (grammar: _dangling)
        for node in _ungapped(whole):
            q = _build(node, text, len(quantities))
            if q is not None:
                quantities.append(q)
    _share_units(quantities, text)
    if options.truncate:
        for q in quantities:
            q.truncated = True
    return quantities, skipped


_LINE_MARKER = re.compile(r"(?m)^[ \t\u3000]*([0-9０-９]{1,2})(?:[、．.](?![0-9０-９])|(．)(?=[0-9０-９]))")
_FULL_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _items_opening_with_figures(text: str) -> str:
    """"4．…\n5．6,384户农户直接受益": after item 4, "5．" is item 5's mark, not
    the 5 of a decimal 5.6; written "5、" for the grammar (one character for
    another, so every offset stays)."""
    if "．" not in text:
        return text
    chars, last = None, None
    for m in _LINE_MARKER.finditer(text):
        number = int(m.group(1).translate(_FULL_DIGITS))
        if m.group(2) and last is not None and number == last + 1:
            chars = chars or list(text)
            chars[m.start(2)] = "、"
        last = number
    return "".join(chars) if chars else text


# a figure whose one-character unit a PDF wrapped onto the next line ("得18.45\n分；"),
# the unit then closing its clause (not "合计100\n人员经费": a name goes on)
# (the line break first, its digit looked behind after it: a search for a
# pattern that opens with a look-behind tries every offset, one that opens
# with a character skips to it)
_UNIT_WRAPPED = re.compile(r"\n(?<=[0-9０-９]\n)(?=[ \t\u3000]*(?:[分人个辆元户次项所家台套亩名]|亿元|万元)[，。；、,.;:：）)\s])")


# "公务接待费支出决算为 0.3 万\n元": a two-character unit broken by the line
_UNIT_BROKEN = re.compile(r"(?<=[0-9０-９])([ \t]?)([万亿])\n元")


def _units_wrapped_to_next_line(text: str) -> str:
    """The line break between such a figure and its unit read as a space,
    one character for another, so that every offset stays (a unit broken
    in two is read whole, its first character moved up to its second)."""
    if "\n" not in text:
        return text
    text = _UNIT_WRAPPED.sub(" ", text)
    # (_UNIT_BROKEN opens with a look-behind, tried at every offset: only
    # where a line opens with 元 can it match)
    return _UNIT_BROKEN.sub(r"\1 \2元", text) if "\n元" in text else text


def _ungapped(node) -> list:
    """A quantity node, or two when its range sign is not followed by its
    second number ("1-2x 300万元": the code 2x was skipped between them):
    the first number alone, then the second with the unit."""
    for i, child in enumerate(node.children):
        if getattr(child, "data", None) == "range":
            from lark import Token, Tree

            first, sep, second = child.children
            if second.start_pos == sep.end_pos:
                return [node]
            before = [c for c in node.children[:i] if isinstance(c, Token)]
            return [Tree("quantity", before + [Tree("number", [first])]),
                    Tree("quantity", [Tree("number", [second])] + node.children[i + 1:])]
    return [node]


def _drop_dangling_range(error) -> bool:
    """A range sign whose second number was lexed as something else at the
    end of the text ("1-2x": a code; "100-3月": a date) leaves the parser
    waiting for a number: the sign is dropped and the first number stands
    alone (found by fuzzing: the whole report failed to parse)."""
    from lark.exceptions import UnexpectedToken

    if not isinstance(error, UnexpectedToken) or error.token.type != "$END":
        return False
    state = error.interactive_parser.parser_state
    return _drop_dangling_range_on(state.state_stack, state.value_stack)


def _drop_dangling_range_on(state_stack: list, value_stack: list) -> bool:
    if not value_stack or getattr(value_stack[-1], "type", None) != "RANGE_SEP":
        return False
    state_stack.pop()
    value_stack.pop()
    return True


def _share_units(quantities: list[Quantity], text: str) -> None:
    """"4125.49,4143.91万元", "分别为100，200万元": a bare number written against
    the next one takes its unit."""
    for q in reversed(range(len(quantities) - 1)):
        a, b = quantities[q], quantities[q + 1]
        if a.unit is None and not a.chinese and b.unit is not None and a.scale == 1 and not a.is_range:
            if _LIST_JOIN.fullmatch(text[a.end:b.start]):
                a.unit, a.info, a.scale = b.unit, b.info, b.scale
                a.value = Decimal(a.digits) * b.scale


def _build(node, text: str, index: int) -> Quantity | None:
    pre, post, magnitude, suffix = _pieces(node)
    toks = magnitude.children
    first, last = toks[0], toks[-1]
    read = _read_magnitude(magnitude)
    if read is None:
        return None
    digits, value, high, chinese = read
    unit, scale, unit_tok, mid = _read_suffix(suffix)
    if magnitude.data == "cn_percent":
        unit = "%"
    end = last.end_pos
    for tok in suffix.children if suffix is not None else ():
        if tok.end_pos > end:
            end = tok.end_pos
    if post is not None and post.end_pos > end:
        end = post.end_pos
    start = pre.start_pos if pre is not None else first.start_pos
    info = lookup(unit) if unit else None
    if unit is None:
        unit, scale, info = _money_scale(unit, scale, info, text[max(0, first.start_pos - 20):first.start_pos])
    approx = _approx(pre, mid, post) if pre is not None or mid is not None or post is not None else None
    q = made(index, start, end, first.start_pos, last.end_pos, digits, value * scale, unit, info, scale, approx,
             high, chinese, text[start:end])
    if mid is not None and pre is None and post is None and approx == "lower" and high is None:
        q.extras["below_next_digit"] = True
    return q


def _pieces(node):
    """A quantity node's approximation words before and after, its magnitude
    and its suffix (scale, unit, approximation word between)."""
    pre = post = None
    magnitude = suffix = None
    for child in node.children:
        if isinstance(child, str):  # a lark Token (a str); the rest are Trees
            if child.type == "APPROX_PRE":
                pre = child
            elif child.type == "APPROX_POST":
                post = child
        elif child.data in ("number", "range", "cn_number", "cn_percent"):
            magnitude = child
        elif child.data == "suffix":
            suffix = child
    return pre, post, magnitude, suffix


def _read_magnitude(magnitude) -> tuple[str, Decimal, Decimal | None, bool] | None:
    """The digits, value, upper end (of a range) and whether written in
    Chinese numerals; None when it does not read as a number."""
    toks = magnitude.children
    first, last = toks[0], toks[-1]
    chinese = False
    high = None
    try:
        if magnitude.data == "cn_number":
            n = _cn_to_int(str(first))
            if n is None:
                return None
            digits, chinese = str(n), True
        elif magnitude.data == "cn_percent":
            d = _cn_percent(str(first))
            if d is None:
                return None
            digits, chinese = d, True
        else:
            digits = _SEPARATORS.sub("", str(first).translate(_FULLWIDTH))
            if magnitude.data == "range":
                high = Decimal(_SEPARATORS.sub("", str(last).translate(_FULLWIDTH)))
        value = Decimal(digits)
    except (InvalidOperation, ValueError):
        return None
    return digits, value, high, chinese


def _read_suffix(suffix):
    """The unit, scale, unit token and approximation word of a suffix."""
    unit = None
    scale = _ONE
    unit_tok = mid = None
    if suffix is not None:
        for t in suffix.children:
            if t.type == "SCALE":
                scale = _SCALES[str(t).strip()]  # (" 万" parted from its figure by a PDF's space)
            elif t.type == "APPROX_MID":
                mid = t
            elif t.type == "UNIT":
                unit = _unit_spelling(str(t))
                unit_tok = t
    return unit, scale, unit_tok, mid


@lru_cache(maxsize=512)
def _unit_spelling(written: str) -> str:
    """A unit as the unit table spells it ("  万元" → 万元, "％" → %)."""
    return written.strip().translate(_FULLWIDTH)


_ONE = Decimal(1)


def _money_scale(unit, scale: Decimal, info, before: str):
    """A scale word with no unit after an amount of money (``before``: the
    text just before the number) stands for a unit of money."""
    if scale >= Decimal(10000) and _money_context().search(before):
        # "下达经费268.68万": the scale word stands for 万元
        return money_unit_of_scale(scale)
    return unit, scale, info


def money_unit_of_scale(scale: Decimal) -> tuple[str, Decimal, UnitInfo | None]:
    """The unit of money a scale word stands for, and the scale left: 万 →
    万元; 亿 and 万亿 → 亿元 ("民生类支出1.21万亿" is 1.21万亿元)."""
    if scale == Decimal(10000):
        return "万元", Decimal(1), lookup("万元")
    return "亿元", scale / Decimal(100000000), lookup("亿元")


_BRACKET_BEFORE = re.compile(r"^[（(][^)）]*[)）]")


def _approx(pre, mid, post) -> str | None:
    """lower, upper or about, from the approximation words; None when exact."""
    approx = None
    for marker in (pre, mid, post):
        if marker is None:
            continue
        m = _BRACKET_BEFORE.sub("", str(marker).strip())  # (“（含）以上”: the bound included; “台（套）以上”; a wrapped "\n以上")
        bound = _approximations().get(m)
        if bound == "lower":
            approx = "lower" if approx in (None, "lower") else "about"
        elif bound == "upper":
            approx = "upper" if approx in (None, "upper") else "about"
        elif bound == "about":
            approx = "about"
    return approx
