"""Writing to a console that may not speak UTF-8.

A Chinese Windows console redirected to a file or a pipe is cp936 (GBK);
a CI runner may be ASCII. Text meant for people (the text format, rule
documentation, messages on standard error) is written in the stream's own
encoding and degrades where a character has no place in it: ``−`` becomes
``-``, ``10⁴`` becomes ``10^4``, ``…`` becomes ``...``, and whatever is still
left is written as a ``\\uXXXX`` escape (as Python writes its own error
messages), never a crash. Machine formats (JSON, SARIF, JUnit …) are written
as UTF-8 bytes whatever the console: the tools that read them expect UTF-8.
"""
from __future__ import annotations

import re
import sys
from typing import TextIO

_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺"
_SUPERSCRIPT_RUN = re.compile(f"[{_SUPERSCRIPT}]+")
_PLAIN = str.maketrans({
    "−": "-", "–": "-", "—": "-", "‐": "-", "‑": "-",
    "×": "x", "÷": "/", "·": ".", "•": "*", "…": "...", "≤": "<=", "≥": ">=", "≈": "~", "≠": "!=",
    "‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " ", "\u3000": "  ",
})
_TO_DIGITS = str.maketrans(_SUPERSCRIPT, "0123456789-+")


def degrade(text: str, encoding: str) -> str:
    """``text`` with every character ``encoding`` cannot write replaced: by
    its plain spelling where it has one, else by a backslash escape."""
    def superscripts(m: re.Match) -> str:
        run = m.group(0)
        try:
            run.encode(encoding)
            return run
        except UnicodeEncodeError:
            return "^" + run.translate(_TO_DIGITS)

    def plain(ch: str) -> str:
        try:
            ch.encode(encoding)
            return ch
        except UnicodeEncodeError:
            return ch.translate(_PLAIN)

    text = _SUPERSCRIPT_RUN.sub(superscripts, text)
    text = "".join(plain(ch) if ch in _PLAIN_KEYS else ch for ch in text)
    return text.encode(encoding, "backslashreplace").decode(encoding)


_PLAIN_KEYS = frozenset(chr(k) for k in _PLAIN)


def _encoding(stream: TextIO) -> str:
    enc = getattr(stream, "encoding", None) or "utf-8"
    try:
        "".encode(enc)
    except LookupError:
        return "utf-8"
    return enc


def write_text(text: str, stream: TextIO | None = None) -> None:
    """Text for people, in the stream's encoding, degraded where needed."""
    stream = stream if stream is not None else sys.stdout
    if stream is None:
        return
    enc = _encoding(stream)
    try:
        text.encode(enc)
    except UnicodeEncodeError:
        text = degrade(text, enc)
    stream.write(text)
    stream.flush()


def write_utf8(text: str, stream: TextIO | None = None) -> None:
    """A machine format: UTF-8 bytes, whatever the stream's encoding."""
    stream = stream if stream is not None else sys.stdout
    if stream is None:
        return
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a stream of text only (a test's capture): it takes str
        stream.write(text)
        stream.flush()
        return
    stream.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()
