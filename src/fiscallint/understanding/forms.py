"""The national forms as data: rules/forms/*.toml, one file per form.

A form file says how to recognise the form (words its caption and column
names hold, words they must not hold), the roles of its columns and rows
(each role a list of words a column's name or a row's label holds), and its
identities (审核公式) as expressions over role names::

    [form]
    name = "“三公”经费支出决算表"
    words = ["三公"]             # every one in the caption or the column names
    not = ["预算表"]             # none of them there

    [columns]
    上年 = ["上年"]
    本年 = ["本年"]
    增减额 = ["增减金额", "增、减金额"]

    [rows]
    合计 = ["合计"]
    出国 = ["因公出国"]

    [identities]
    三公合计 = "合计 = 出国 + 用车 + 接待"        # row roles: in every amount column
    增减 = "增减额 = 本年 - 上年"                  # column roles: in every row
    增幅 = "增减率 = (本年 - 上年) / 上年 * 100"

An identity is parsed with grammar/identities.lark, never evaluated: its
tree must be one of the shapes fiscallint checks — a sum or difference of
roles (X = A + B − C), a change rate (X = (A − B) / B * 100) or a ratio
(X = A / B * 100) — over the roles of one kind (rows or columns). A file
that is not TOML, a key it does not know, an identity of another shape or
naming a role the form does not have is a :class:`FormError` naming the file
and the key. A table no form matches is still checked by its structure.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fiscallint.support.wordbook import pattern
from fiscallint.model.vocabulary import Measure
from fiscallint.model.tables import leaf_name

_FILE_KEYS = {"form", "columns", "rows", "identities", "facts"}
_FORM_KEYS = {"name", "words", "not", "description"}
_LABEL_NOISE = pattern("forms", "label_noise")


class FormError(Exception):
    """A malformed form file: the message names the file and the key."""


@dataclass(frozen=True)
class Identity:
    key: str  # its name in the file
    text: str  # as written
    over: str  # "rows", "columns" or "both": the roles it names
    target: str
    terms: tuple[tuple[int, str], ...]  # (+1 or -1, role)
    shape: str  # sum | linear | growth | ratio


@dataclass(frozen=True)
class Form:
    name: str
    path: str
    words: tuple[str, ...]
    exclude: tuple[str, ...]
    columns: tuple[tuple[str, tuple[str, ...]], ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]
    identities: tuple[Identity, ...]
    # role -> the fact (a concept of rules/lexicon.toml) its figure states: the
    # same fact in another table of the document must have the same value
    facts: tuple[tuple[str, str], ...] = ()

    def matches(self, text: str) -> bool:
        return all(w in text for w in self.words) and not any(w in text for w in self.exclude)


@lru_cache(maxsize=1)
def _parser():
    from lark import Lark

    from fiscallint.support.resources import read_text
    from fiscallint.support.units import cache_dir

    cache = cache_dir()  # as the quantity grammar: a stale or unwritable cache only costs the build
    return Lark(read_text("grammar", "identities.lark"), parser="lalr",
                cache=str(cache / "identities.lark-cache") if cache else False)


def _strings(value, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise FormError(f"{where} must be a list of words")
    return tuple(value)


def _leaf(node, kind: str) -> str | None:
    """The text of a ``name`` or ``number`` leaf of the identity's tree, else None."""
    from lark import Tree

    return str(node.children[0]) if isinstance(node, Tree) and node.data == kind else None


def _linear(node, sign: int, out: list) -> bool:
    """Collect (sign, name) of a sum or difference of names; False when the node is anything else."""
    from lark import Tree

    if _leaf(node, "name") is not None:
        out.append((sign, _leaf(node, "name")))
        return True
    if isinstance(node, Tree) and node.data in ("add", "sub"):
        left, right = node.children
        return _linear(left, sign, out) and _linear(right, sign if node.data == "add" else -sign, out)
    return False


def _shape(expr) -> tuple[str | None, list[tuple[int, str]]]:
    """What the identity's right side is: a sum (A + B), a linear form
    (A + B − C), a ratio (A / B * 100), a change rate ((A − B) / B * 100),
    or None; and its terms."""
    from lark import Tree

    terms: list[tuple[int, str]] = []
    if _linear(expr, 1, terms):
        return ("sum" if all(s > 0 for s, _ in terms) else "linear"), terms
    if not (isinstance(expr, Tree) and expr.data == "mul" and _leaf(expr.children[1], "number") == "100"
            and isinstance(expr.children[0], Tree) and expr.children[0].data == "div"):
        return None, terms
    top, bottom = expr.children[0].children
    below = _leaf(bottom, "name")
    parts: list[tuple[int, str]] = []
    if below is not None and _leaf(top, "name") is not None:
        return "ratio", [(1, _leaf(top, "name")), (1, below)]
    if below is not None and _linear(top, 1, parts) and len(parts) == 2 and parts[1] == (-1, below) \
            and parts[0][0] == 1:
        return "growth", [(1, parts[0][1]), (1, below)]
    return None, terms


def _over(names: set[str], columns: set[str], rows: set[str], where: str) -> str:
    """Whether the identity relates columns, rows or either (the form is
    printed either way round: the 三公 items as rows or as columns)."""
    if names <= columns and names <= rows:
        return "both"
    if names <= columns:
        return "columns"
    if names <= rows:
        return "rows"
    unknown = sorted(n for n in names if n not in columns and n not in rows)
    if unknown:
        raise FormError(f"{where}: names {unknown[0]!r}, which is not a row or column of the form")
    raise FormError(f"{where}: mixes row and column roles")


def parse_identity(text: str, where: str, columns: set[str], rows: set[str], key: str) -> Identity:
    from lark import Token
    from lark.exceptions import LarkError

    try:
        tree = _parser().parse(text)
    except LarkError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise FormError(f"{where}: not an identity ({first})") from None
    target_tok, expr = tree.children
    target = str(target_tok) if isinstance(target_tok, Token) else ""
    shape, terms = _shape(expr)
    if shape is None:
        raise FormError(f"{where}: {text!r} is not a sum or difference of roles (A + B − C), "
                        f"a change rate ((A − B) / B * 100) or a ratio (A / B * 100)")
    over = _over({target, *(n for _, n in terms)}, columns, rows, where)
    return Identity(key, text, over, target, tuple(terms), shape)


def parse_form(data: dict, path: str) -> Form:
    unknown = sorted(set(data) - _FILE_KEYS)
    if unknown:
        raise FormError(f"{path}: unknown key {unknown[0]!r} (known: {', '.join(sorted(_FILE_KEYS))})")
    head = data.get("form")
    if not isinstance(head, dict):
        raise FormError(f"{path}: form: a [form] table with a name is required")
    unknown = sorted(set(head) - _FORM_KEYS)
    if unknown:
        raise FormError(f"{path}: form.{unknown[0]}: unknown key (known: {', '.join(sorted(_FORM_KEYS))})")
    name = head.get("name")
    if not isinstance(name, str) or not name.strip():
        raise FormError(f"{path}: form.name: a name is required")
    words = _strings(head.get("words"), f"{path}: form.words")
    exclude = _strings(head["not"], f"{path}: form.not") if "not" in head else ()
    roles = {}
    for kind in ("columns", "rows"):
        table = data.get(kind, {})
        if not isinstance(table, dict):
            raise FormError(f"{path}: {kind}: must be a table of role = [words]")
        roles[kind] = tuple((role, _strings(words_, f"{path}: {kind}.{role}")) for role, words_ in table.items())
    identities = data.get("identities", {})
    if not isinstance(identities, dict) or not identities:
        raise FormError(f"{path}: identities: a table of name = \"expression\" is required")
    cols = {r for r, _ in roles["columns"]}
    rows = {r for r, _ in roles["rows"]}
    parsed = []
    for key, text in identities.items():
        where = f"{path}: identities.{key}"
        if not isinstance(text, str):
            raise FormError(f"{where}: must be a string")
        parsed.append(parse_identity(text, where, cols, rows, key))
    facts = data.get("facts", {})
    if not isinstance(facts, dict):
        raise FormError(f"{path}: facts: must be a table of role = \"concept\"")
    for role, concept in facts.items():
        if role not in cols and role not in rows:
            raise FormError(f"{path}: facts.{role}: not a row or column of the form")
        if not isinstance(concept, str) or not concept.strip():
            raise FormError(f"{path}: facts.{role}: must name a concept")
    return Form(name.strip(), path, words, exclude, roles["columns"], roles["rows"], tuple(parsed),
                tuple((r, c.strip()) for r, c in facts.items()))


def load_folder(folder: Path) -> list[Form]:
    """Every *.toml form of a folder, sorted by file name."""
    from fiscallint.support.resources import read_toml

    if not folder.is_dir():
        raise FormError(f"{folder}: forms: not a folder")
    return [parse_form(read_toml(path, FormError), str(path)) for path in sorted(folder.glob("*.toml"))]


@lru_cache(maxsize=8)
def all_forms(folder: str | None = None) -> tuple[Form, ...]:
    """The built-in forms (rules/forms/*.toml), then those of a user's
    ``folder`` (the configuration's ``forms`` key); read once per folder."""
    from fiscallint.support.resources import data_dir

    forms = load_folder(data_dir("rules") / "forms")
    if folder:
        forms.extend(load_folder(Path(folder)))
    return tuple(forms)


# ---------------------------------------------------------------- matching
def _role_of(text: str, roles) -> str | None:
    """The role whose longest word the text holds (None when two tie)."""
    best, best_len, tie = None, 0, False
    for role, words in roles:
        n = max((len(w) for w in words if w in text), default=0)
        if n > best_len:
            best, best_len, tie = role, n, False
        elif n and n == best_len and role != best:
            tie = True
    return None if tie else best


def _unique(pairs) -> dict[str, int]:
    """role -> index, for the roles held by exactly one row or column."""
    seen: dict[str, list[int]] = {}
    for index, role in pairs:
        if role is not None:
            seen.setdefault(role, []).append(index)
    return {role: idx[0] for role, idx in seen.items() if len(idx) == 1}


def _first_block(model) -> set[int]:
    """The amount columns right of the row labels, up to the next column of
    labels (a 收入 | 支出 form's 支出 side is labelled by its own column)."""
    t = model.table
    texts: dict[int, int] = {}
    numbers: dict[int, int] = {}
    for row in t.rows:
        for col, cell in (t.aligned(row) or dict(enumerate(row.cells))).items():
            if cell.numeric:
                numbers[col] = numbers.get(col, 0) + 1
            elif not cell.empty:
                texts[col] = texts.get(col, 0) + 1
    first = min(numbers, default=0)
    block = set()
    for col in range(first, len(model.columns)):
        if texts.get(col, 0) > numbers.get(col, 0):
            break
        block.add(col)
    return block


def match(model, forms: tuple[Form, ...] | None = None) -> tuple[Form, dict[str, int], dict[str, int]] | None:
    """The form a table model is (among ``forms``; None: the built-in ones),
    with the index of each column and row role."""
    text = model.title + " " + " ".join(c.name for c in model.columns)
    for form in all_forms() if forms is None else forms:
        if not form.matches(text):
            continue
        cols = _unique((c.index, _role_of(leaf_name(c.name), form.columns) or _role_of(c.name, form.columns))
                       for c in model.columns)
        rows = _unique((r.index, _role_of(_LABEL_NOISE.sub("", r.label), form.rows)) for r in model.rows)
        return form, cols, rows
    return None


def _column_blocks(model, form: Form) -> list[dict[str, int]]:
    """Where a table gives the form's columns once per block (预算数 and
    决算数 each over 合计 | 因公出国（境）费 | …), each block's roles: every
    role held by as many columns, the blocks one after the other."""
    seen: dict[str, list[int]] = {}
    for c in model.columns:
        role = _role_of(leaf_name(c.name), form.columns) or _role_of(c.name, form.columns)
        if role is not None:
            seen.setdefault(role, []).append(c.index)
    counts = {len(v) for v in seen.values()}
    if len(counts) != 1 or min(counts) < 2:
        return []
    blocks = [{role: at[k] for role, at in seen.items()} for k in range(min(counts))]
    if any(max(a.values()) > min(b.values()) for a, b in zip(blocks, blocks[1:])):
        return []  # interleaved (上年 | 本年 | 上年 | 本年 of two items): no blocks
    return blocks


def _identity_lines(ident: Identity, model, cols: dict, rows: dict) -> list[dict] | None:
    """Where the identity holds in the table: for each row (an identity over
    columns) or each money column of the first block (over rows), the cell
    of each name; None when the table lacks a row or column it names."""
    names = [ident.target, *(n for _, n in ident.terms)]
    over = ident.over
    if over == "both":
        over = "columns" if all(n in cols for n in names) else "rows"
    roles = cols if over == "columns" else rows
    if any(n not in roles for n in names):
        return None
    if over == "columns":
        from fiscallint.understanding.table_model import measure_of

        # (a table turned, its rows the years and the changes: a row of 增减率 adds up to nothing)
        return [{n: (r.index, cols[n]) for n in names} for r in model.rows
                if measure_of(r.label) in (None, Measure.AMOUNT, Measure.CHANGE)]
    block = _first_block(model)
    return [{n: (rows[n], c.index) for n in names} for c in model.columns
            if c.measure in (None, Measure.AMOUNT, Measure.CHANGE) and c.index in block]


def _identity_figures(ident: Identity, at: dict, cells) -> tuple | None:
    """The stated figure and the operands (None for a blank cell) at one
    place, or None when they are not what the identity relates: a rate
    where a level is meant or the other way round, a blank operand of a
    ratio or a change rate."""
    stated = cells.get(at[ident.target])
    rated = ident.shape in ("ratio", "growth")
    if stated is None or stated.q.is_percent != rated:
        return None
    operands = [cells.get(at[n]) for _, n in ident.terms]
    if rated and any(o is None for o in operands):
        return None
    if any(o is not None and o.q.is_percent for o in operands):
        return None
    return stated, operands


def _identity_claim(text: str, form: Form, ident: Identity, stated, operands: list, some_unknown: bool = False):
    """The claim one identity makes at one place (None when it names no figure to add);
    ``some_unknown``: a blank operand may not be nil, so a sum is a bound."""
    from fiscallint.model.claim import Claim
    from fiscallint.understanding.table_model import fact_sign, written_sign

    how = f"form {form.name}: {ident.text}"
    signed_cells = any(fact_sign(text, f) < 0 for f in (stated, *(o for o in operands if o)))
    if ident.shape == "sum" and not signed_cells:
        parts = [o for o in operands if o is not None]  # a blank cell of a form is nothing
        return Claim("composition", stated, parts, "le" if some_unknown else "eq", how, pattern="form.sum",
                     trigger=form.name) if parts else None
    if some_unknown:
        return None
    if ident.shape in ("sum", "linear"):  # cells written negative count with their sign
        kept = [(f"{s}:{fact_sign(text, o)}", o) for (s, _), o in zip(ident.terms, operands) if o is not None]
        if not kept:
            return None
        # variant: each term's sign in the identity, then as written ("1:-1")
        return Claim("form_linear", stated, [o for _, o in kept], "eq", how, direction=written_sign(text, stated),
                     variant=",".join(v for v, _ in kept), pattern="form.signed-sum", trigger=form.name)
    if ident.shape == "growth":
        return Claim("row_growth", stated, operands, "eq", how, direction=written_sign(text, stated),
                     pattern="form.change-rate", trigger=form.name)
    return Claim("rate", stated, operands, "eq", how, pattern="form.ratio", trigger=form.name)


def form_claims(a, model, cells) -> list:
    """The claims a matched form's identities make about a table."""
    found = match(model, a.forms)
    if found is None:
        return []
    form, cols, rows = found
    blocks = [cols] if cols else _column_blocks(model, form)
    lost = _unnamed_columns_of_the_sums(model, form, blocks)
    out = []
    for ident in form.identities:
        for at in (at for block in blocks for at in _identity_lines(ident, model, block, rows) or ()):
            figures = _identity_figures(ident, at, cells)
            unknown = _blank_beside_figures(ident, at, cells) or _figure_in_no_role(at, lost, cells)
            claim = _identity_claim(a.doc.text, form, ident, *figures, some_unknown=unknown) if figures else None
            if claim is not None:
                out.append(claim)
    return out


def _unnamed_columns_of_the_sums(model, form: Form, blocks: list[dict[str, int]]) -> set[int]:
    """Columns of amounts the form names no role for, of the phase and year of
    the columns it sums ("上级支出", "支出": 上缴上级支出 or 项目支出 with the top line
    of a header lost); not a 其中 column (a part of another) nor one of another
    year or phase (上年决算数)."""
    mapped = {c for block in blocks for c in block.values()}
    by_index = {c.index: c for c in model.columns}
    summed = [by_index[c] for c in mapped if c in by_index]
    periods = {(c.phase, c.year) for c in summed}
    return {c.index for c in model.columns if c.index not in mapped and c.measure in (None, Measure.AMOUNT)
            and leaf_name(c.name).strip() and not leaf_name(c.name).strip().startswith("其中")
            and (c.phase, c.year) in periods}


def _figure_in_no_role(at: dict, lost: set[int], cells) -> bool:
    """A row summed across its columns that holds a figure in an unnamed column
    of the sums' phase and year: the sum may leave that column out, so it is a bound."""
    rows = {r for r, _ in at.values()}
    if len(rows) != 1 or not lost:
        return False
    (row,) = rows
    return any(r == row and c in lost and not f.q.is_percent for (r, c), f in cells.items())


def _blank_beside_figures(ident: Identity, at: dict, cells) -> bool:
    """An operand row left blank (or "—") in this column while it holds figures
    in others ("公务用车运行维护费 | — | 5.97 | 4.59"): not broken down there, not nil."""
    rows_of = {at[n][0] for _, n in ident.terms if at[n] not in cells}
    return ident.over != "columns" and any(r in rows_of for r, _ in cells)
