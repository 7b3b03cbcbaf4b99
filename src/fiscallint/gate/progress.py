"""The progress of a run over many reports: one line on standard error,
rewritten in place ("fiscallint: 120/1000 files, 37 findings"), erased when
the run is done.

Shown only where a person watches it and it cannot garble anything:

* standard error is a terminal (a CI log, a pipe or a file never gets it);
* the run checks two reports or more (one report is over before a line is
  worth showing);
* no report is read from standard input (a person typing a report into the
  terminal would see the line drawn over what they type);
* ``--quiet`` is not given.

Standard output is never written while the line shows: every output format
is written after the last report is checked, and the line is erased first,
so a terminal that shows both streams gets the findings on clean lines.
The count of findings is that of the checks, before the configuration's
suppressions and the baseline are applied (they apply to the whole run, at
its end). The line is ASCII, rewritten with a carriage return and spaces
(no terminal escape codes), at most ten times a second.
"""
from __future__ import annotations

import sys
import time
from typing import Callable, TextIO


class Progress:
    """Counts reports done and findings so far, and redraws the line."""

    def __init__(self, total: int, stream: TextIO, interval: float = 0.1,
                 clock: Callable[[], float] = time.monotonic):
        self.total = total
        self.stream = stream
        self.interval = interval
        self.clock = clock
        self.done = 0
        self.findings = 0
        self.errors = 0
        self._shown = 0  # length of the line on screen
        self._last = None  # when it was last drawn

    def __call__(self, outcome) -> None:
        """One more report done: ``outcome`` is its result (with
        ``findings``) or the one-line error that stopped it."""
        self.done += 1
        if isinstance(outcome, str):
            self.errors += 1
        else:
            self.findings += len(getattr(outcome, "findings", ()))
        now = self.clock()
        if self.done == self.total or self._last is None or now - self._last >= self.interval:
            self._last = now
            self._draw(self.line())

    def line(self) -> str:
        parts = [f"fiscallint: {self.done}/{self.total} files", f"{self.findings} finding" + ("" if self.findings == 1 else "s")]
        if self.errors:
            parts.append(f"{self.errors} not read")
        return ", ".join(parts)

    def close(self) -> None:
        """Erase the line (before anything else is written)."""
        if self._shown:
            self._write("\r" + " " * self._shown + "\r")
            self._shown = 0

    def _draw(self, line: str) -> None:
        pad = max(0, self._shown - len(line))
        self._write("\r" + line + " " * pad)
        self._shown = len(line)

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):
            self._shown = 0  # a closed or broken terminal: nothing to erase either


def _is_terminal(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, OSError, ValueError):
        return False


def for_run(total: int, quiet: bool = False, reads_stdin: bool = False,
            stream: TextIO | None = None) -> Progress | None:
    """The progress line for a run over ``total`` reports, or None where it
    is not shown (the module's docstring says when)."""
    stream = sys.stderr if stream is None else stream
    if quiet or reads_stdin or total < 2 or stream is None or not _is_terminal(stream):
        return None
    return Progress(total, stream)
