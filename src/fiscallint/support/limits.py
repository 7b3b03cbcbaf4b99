"""Budgets per input: what one report may cost to read, checked while it is
read, so that a hostile or absurd file (a zip bomb, a 5 GB "text" file, a
million figures) is refused in bounded time and memory.

Every budget has a default and is changed in the configuration::

    [limits]                     # fiscallint.toml ([tool.fiscallint.limits] in pyproject.toml)
    file-size = "64 MiB"         # bytes of one input as given (a .txt, a .docx, standard input)
    part-size = "64 MiB"         # inflated bytes of one part of a .docx (word/document.xml …)
    total-size = "256 MiB"       # inflated bytes of all the parts of a .docx
    compression-ratio = 100      # inflated / compressed, for a part that inflates past 1 MiB
    parts = 1000                 # members of a .docx's ZIP container
    text-length = 2000000        # characters of the text checked (a .txt decoded, a .docx rendered)
    figures = 200000             # quantities found in one report
    table-cells = 200000         # cells of the tables of one .docx

An input over a budget is an :class:`BudgetError` (an ``InputError``): one
line naming the file, the budget and the key to raise it; the run exits 2
and the other files are still checked.

How each is checked, before the costly step it guards:

* ``file-size``: the file's size on disk before it is read, and the bytes
  read from a stream (standard input, an upload) while they are read;
* ``parts``, ``part-size``, ``total-size``, ``compression-ratio``: first
  from the ZIP end record and central directory (free), then again while every member is
  inflated in chunks and thrown away (:func:`inspect_zip`), because the
  directory may lie: nothing is inflated whole, and python-docx opens the
  file only once it has passed. The same pass refuses a part that declares
  a DTD (``<!DOCTYPE``/``<!ENTITY``: entity expansion; a Word part never
  needs one) and counts the table cells of ``word/document.xml``;
* ``text-length``: after decoding (the bytes are bounded by ``file-size``)
  and while a .docx is rendered;
* ``figures``: after the quantity grammar has tokenised the text, before a
  single quantity is built;
* ``table-cells``: while ``word/document.xml`` is inflated and while it is
  rendered.

:func:`check` is the one test every reader (and the upload server) calls;
:func:`read_capped` reads a stream under ``file-size``. The budgets of a run
are handed down to the readers with its options
(:class:`fiscallint.support.options.Options`); None means the defaults.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace

from fiscallint.support.errors import InputError

KiB, MiB, GiB = 1 << 10, 1 << 20, 1 << 30

# A part that inflates to less than this is never refused for its ratio:
# small, repetitive XML (styles, settings) compresses far better than text.
RATIO_FLOOR = 1 * MiB
CHUNK = 256 * KiB


@dataclass(frozen=True)
class Limits:
    file_size: int = 64 * MiB
    part_size: int = 64 * MiB
    total_size: int = 256 * MiB
    compression_ratio: float = 100
    parts: int = 1000
    text_length: int = 2_000_000
    figures: int = 200_000
    table_cells: int = 200_000


# configuration key -> (field, what is counted, kind of value)
BUDGETS = {
    "file-size": ("file_size", "bytes of one input", "size"),
    "part-size": ("part_size", "inflated bytes of one .docx part", "size"),
    "total-size": ("total_size", "inflated bytes of all the .docx parts", "size"),
    "compression-ratio": ("compression_ratio", "inflated / compressed size of a .docx part", "ratio"),
    "parts": ("parts", "parts of a .docx", "count"),
    "text-length": ("text_length", "characters of text", "count"),
    "figures": ("figures", "figures (quantities)", "count"),
    "table-cells": ("table_cells", "table cells", "count"),
}
_KEY_OF = {f: k for k, (f, _, _) in BUDGETS.items()}


class BudgetError(InputError):
    """An input over one of its budgets; the message names the file and the budget."""


DEFAULT_LIMITS = Limits()


def check(display: str, key: str, value: float, limits: Limits | None = None, what: str | None = None) -> None:
    """Raise :class:`BudgetError` when ``value`` is over the budget ``key``
    (a configuration key: ``"part-size"``, ``"figures"`` …). ``what`` says
    what was measured (``"word/document.xml inflates to"``)."""
    limits = limits or DEFAULT_LIMITS
    name, counted, kind = BUDGETS[key]
    budget = getattr(limits, name)
    if value > budget:
        raise BudgetError(f"{display}: over budget: {what or counted} {_show(value, kind)}, "
                          f"the {key} budget is {_show(budget, kind)} (limits.{key} in the configuration)")


def _show(value: float, kind: str) -> str:
    if kind == "size":
        return f"{int(value):,} bytes"
    if kind == "ratio":
        return f"{value:,.0f}:1"
    return f"{int(value):,}"


# ---------------------------------------------------------------- configuration
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(|b|kb|kib|k|mb|mib|m|gb|gib|g)\s*", re.IGNORECASE)
_FACTORS = {"": 1, "b": 1, "k": KiB, "kb": 1000, "kib": KiB, "m": MiB, "mb": 1000 ** 2, "mib": MiB,
            "g": GiB, "gb": 1000 ** 3, "gib": GiB}


class LimitsError(ValueError):
    """A ``limits`` table that cannot be used; the message names the key."""


def parse(table: object, where: str) -> Limits:
    """The budgets of a configuration's ``limits`` table (every key
    optional). Sizes are a number of bytes or a string with a unit
    (``"64 MiB"``, ``"500KB"``); counts are positive integers; the ratio a
    positive number. Anything else raises :class:`LimitsError` naming it."""
    if not isinstance(table, dict):
        raise LimitsError(f"{where}: limits must be a table of budget = value (keys: {', '.join(BUDGETS)})")
    values = {}
    for key, raw in table.items():
        if key not in BUDGETS:
            raise LimitsError(f"{where}: limits: unknown key {key!r} (known: {', '.join(BUDGETS)})")
        name, _, kind = BUDGETS[key]
        values[name] = _value(raw, kind, f"{where}: limits.{key}")
    return replace(Limits(), **values)


def _value(raw: object, kind: str, where: str) -> float:
    if isinstance(raw, bool):
        raise LimitsError(f"{where}: {raw!r} is not a number")
    if kind == "size" and isinstance(raw, str):
        m = _SIZE.fullmatch(raw)
        if not m:
            raise LimitsError(f"{where}: {raw!r} is not a size (a number of bytes, or e.g. \"64 MiB\", \"500 KB\")")
        value = float(m.group(1)) * _FACTORS[m.group(2).lower()]
        raw = int(value)
    if kind == "ratio":
        if not isinstance(raw, (int, float)) or not raw > 0 or raw != raw or raw == float("inf"):
            raise LimitsError(f"{where}: {raw!r} must be a positive number")
        return float(raw)
    if not isinstance(raw, int) or raw <= 0:
        raise LimitsError(f"{where}: {raw!r} must be a positive integer" + (" or a size such as \"64 MiB\"" if kind == "size" else ""))
    return raw


def changed(limits: Limits) -> dict:
    """The budgets that differ from the defaults, by configuration key (for
    the result cache's fingerprint and for worker processes)."""
    base = asdict(Limits())
    return {_KEY_OF[f.name]: getattr(limits, f.name) for f in fields(Limits) if getattr(limits, f.name) != base[f.name]}


# ---------------------------------------------------------------- reading under a budget
def read_capped(stream, display: str, limits: Limits | None = None) -> bytes:
    """All of a binary stream (standard input, an upload, a file), read in
    chunks and refused as soon as it passes ``file-size``."""
    limits = limits or DEFAULT_LIMITS
    chunks, size = [], 0
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        check(display, "file-size", size, limits, "it holds at least")
        chunks.append(chunk)


def read_path(path, display: str, limits: Limits | None = None) -> bytes:
    """A file's bytes, refused before reading when its size is over
    ``file-size`` (and while reading, should it grow). OSError propagates."""
    limits = limits or DEFAULT_LIMITS
    size = path.stat().st_size
    check(display, "file-size", size, limits, "the file is")
    with open(path, "rb") as f:
        return read_capped(f, display, limits)


_DTD = (b"<!DOCTYPE", b"<!ENTITY", "<!DOCTYPE".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"),
        "<!ENTITY".encode("utf-16-le"), "<!ENTITY".encode("utf-16-be"))
_CELL = (b"<w:tc>", b"<w:tc ")
_TAIL = max(len(p) for p in _DTD + _CELL) - 1


def zip_entries(data: bytes) -> int | None:
    """The number of members a ZIP's end record declares, read from its
    last bytes without parsing the directory (None: no end record found)."""
    import struct

    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65557))
    if end < 0 or end + 22 > len(data):
        return None
    count = struct.unpack_from("<H", data, end + 10)[0]
    if count == 0xFFFF:  # ZIP64: the count is in the ZIP64 end record
        z64 = data.rfind(b"PK\x06\x06", max(0, end - 65557), end)
        if z64 >= 0 and z64 + 40 <= len(data):
            count = struct.unpack_from("<Q", data, z64 + 32)[0]
    return count


def _part_name(name: str) -> str:
    """A ZIP member's name for a one-line message: a damaged file's names may
    hold line breaks and control characters (shown escaped) and run long."""
    shown = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in name)
    return shown if len(shown) <= 80 else shown[:77] + "..."


def check_zip_directory(data: bytes, display: str, limits: Limits | None = None) -> None:
    """The parts budget from a ZIP's end record, before anything builds its
    directory (a 35 MB archive of 400,000 empty members costs 10 s and
    300 MB to open)."""
    count = zip_entries(data)
    if count is not None:
        check(display, "parts", count, limits, "the ZIP container declares")


def inspect_zip(data: bytes, display: str, limits: Limits | None = None) -> int:
    """Check a .docx (a ZIP) against the budgets before anything parses it:
    the central directory's counts and sizes, then every member inflated in
    chunks (never whole) with the actual sizes counted, a DTD refused, the
    cells of ``word/document.xml`` counted. Returns the number of table
    cells seen. Raises BudgetError, or InputError for a damaged archive."""
    import io
    import zipfile
    import zlib

    limits = limits or DEFAULT_LIMITS
    check_zip_directory(data, display, limits)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise InputError(f"{display}: a damaged .docx or ZIP file (it cannot be opened)") from None
    with archive:
        infos = archive.infolist()
        check(display, "parts", len(infos), limits, "the ZIP container holds")
        declared = 0
        for info in infos:
            name = _part_name(info.filename)
            check(display, "part-size", info.file_size, limits, f"{name} declares")
            if info.file_size > RATIO_FLOOR:
                check(display, "compression-ratio", info.file_size / max(1, info.compress_size), limits,
                      f"{name} declares a ratio of")
            declared += info.file_size
        check(display, "total-size", declared, limits, "the parts declare")
        total = cells = 0
        for info in infos:
            if not info.filename or info.is_dir():
                continue  # (a nameless entry, found by fuzzing: is_dir() indexes its last character)
            xml = info.filename.lower().endswith((".xml", ".rels"))
            body = info.filename == "word/document.xml"
            size, tail = 0, b""
            try:
                with archive.open(info) as member:
                    while True:
                        chunk = member.read(CHUNK)
                        if not chunk:
                            break
                        size += len(chunk)
                        total += len(chunk)
                        check(display, "part-size", size, limits, f"{_part_name(info.filename)} inflates to at least")
                        check(display, "total-size", total, limits, "the parts inflate to at least")
                        if size > RATIO_FLOOR:
                            check(display, "compression-ratio", size / max(1, info.compress_size), limits,
                                  f"{_part_name(info.filename)} inflates at a ratio of")
                        if not xml:
                            continue
                        window = tail + chunk
                        if any(p in window for p in _DTD):
                            raise InputError(f"{display}: {_part_name(info.filename)} declares a DTD or an entity "
                                             "(<!DOCTYPE/<!ENTITY): refused, a Word part never needs one")
                        if body:
                            cells += sum(window.count(p) - tail.count(p) for p in _CELL)
                            check(display, "table-cells", cells, limits, "word/document.xml holds at least")
                        tail = window[-_TAIL:]
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
                raise InputError(f"{display}: a damaged .docx ({_part_name(info.filename)}: {exc})") from None
            except (NotImplementedError, RuntimeError) as exc:  # unknown compression, encryption
                raise InputError(f"{display}: a .docx that cannot be read ({_part_name(info.filename)}: {exc})") from None
    return cells
