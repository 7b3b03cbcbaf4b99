"""Every sentence fiscallint says to a person, in one place.

A message is a :class:`Msg`: a ``str`` whose value is the English text
(what every format prints by default, what baselines key on) and which
keeps its template and arguments, so :mod:`fiscallint.support.i18n` can say it again
in another language from the gettext catalogue (``locale/*/LC_MESSAGES``).
The templates below are the catalogue's msgids: a rule names a template of
this module and its arguments, never writes a sentence of its own.

Arguments are figures and labels as the report writes them (never
translated), or messages themselves (translated in turn). A formula
(``A / B``, ``A + B``) is no sentence and is not translated.
"""
from __future__ import annotations


def N_(text: str) -> str:
    """Marks a msgid (for extraction); returns it unchanged."""
    return text


class Msg(str):
    """An English message that can be rendered again in another language."""

    template: str
    args: dict
    kind: str  # "text" (translated), "formula" (not translated), "join" (args["items"] joined by template)

    def __new__(cls, template: str, /, **args) -> "Msg":
        return cls._make(template, args, "text")

    @classmethod
    def formula(cls, template: str, /, **args) -> "Msg":
        """A formula or punctuation around messages: not translated itself."""
        return cls._make(template, args, "formula")

    @classmethod
    def join(cls, sep: str, items) -> "Msg":
        return cls._make(sep, {"items": list(items)}, "join")

    @classmethod
    def _make(cls, template: str, args: dict, kind: str) -> "Msg":
        if kind == "join":
            text = template.join(args["items"])
        else:
            text = template.format(**args)
        self = str.__new__(cls, text)
        self.template, self.args, self.kind = template, args, kind
        return self

    def __reduce__(self):
        return (_rebuild, (self.template, self.args, self.kind))

    def render(self, translate) -> str:
        """The message in the language of ``translate`` (a gettext function)."""
        if self.kind == "join":
            return self.template.join(_render(x, translate) for x in self.args["items"])
        template = translate(self.template) if self.kind == "text" else self.template
        return template.format(**{k: _render(v, translate) for k, v in self.args.items()})

    def templates(self):
        """Every translatable template of this message and of its arguments."""
        if self.kind == "text":
            yield self.template
        for v in (self.args["items"] if self.kind == "join" else self.args.values()):
            if isinstance(v, Msg):
                yield from v.templates()


def _rebuild(template: str, args: dict, kind: str) -> Msg:
    return Msg._make(template, args, kind)


def _render(value, translate):
    return value.render(translate) if isinstance(value, Msg) else value


# ---------------------------------------------------------------- figures
FIGURE_AT = N_("{figure} (line {line}:{column})")
PERCENTAGE_POINTS = N_("{value} percentage points")

# ---------------------------------------------------------------- arithmetic claims (FL1xx, FL301)
CLAIM_MISMATCH = N_("{expression}: computed {computed}, but {what} is stated as {stated} (line {line}:{column}): "
                    "apart by {margin} beyond rounding")
THE_FIGURE = N_("the figure")
# tables (table_model, checks/fl108_table_row_mismatch.py): the table, row and column are the document's own words
TABLE_CELL = N_("{table}, row {row}, {column}")
TABLE_ROW = N_("{table}, row {row}")
TABLE_ROW_MISMATCH = N_("{place}: {formula} = computed {computed}, but {column} is stated as {stated} "
                        "(line {line}:{column_no}): apart by {margin} beyond rounding")
BLANK_TOTAL = N_("{place}: {column} is blank, but its parts hold {parts}")
POINTS_NOT_FULL = N_("{table}, column {column}: {parts} = computed {computed}, but the points of a whole score table "
                     "add up to {full}")
POINTS_NOT_FULL_OR_APART = N_("{table}, column {column}: {parts} = computed {computed}, but the points of a whole "
                              "score table add up to {full} (or {apart} with 预算执行 scored apart)")
THE_TOTAL = N_("the total")
TOTAL_AT_MOST = N_("{total} (parts at most the total)")
THE_SHARE = N_("the share")
THE_RATE = N_("the rate")
THE_CHANGE = N_("the change")
THE_GROWTH_RATE = N_("the growth rate")
THE_RATE_OF_DECREASE = N_("the rate of decrease")
GROWTH_ON_BASE = N_("{delta} / base {current}")
SCORE_AT_MOST = N_("得分 (at most 分值)")
SCORE = N_("得分")
RESTATED = N_("{name} ({context}) is stated as {first} {interval} (line {line1}:{column1}) and as {stated} "
              "(line {line2}:{column2}): apart by {margin} beyond rounding")
TABLES_RESTATED = N_("{name} ({context}) is stated as {first} {interval} in {first_place} (line {line1}:{column1}) "
                     "and as {stated} in {second_place} (line {line2}:{column2}): apart by {margin} beyond rounding")
UNCHECKED = N_("{kind} {figure} not checked: {reason}")

# the likely slip (slips.py): "…; it would hold if 3933.42 were 3393.42 (two adjacent digits swapped)"
WITH_SLIP = N_("{message}; {slip}")
WOULD_HOLD_IF = N_("it would hold if {slip}")
WOULD_HOLD_IF_EITHER = N_("it would hold if {first}, or if {second}")
# FL105: "增加8.65万元，下降4.80%": the change words disagree, and the rate fits the rate's word
WOULD_HOLD_IF_WORDS_AGREED = N_("it would hold if the amount's change word were the rate's ({rate_word}), which gives {computed}%")
SLIP = N_("{written} were {meant} ({kind})")
SLIP_KINDS = {k: k for k in (N_("two adjacent digits swapped"), N_("one digit mistyped"), N_("a digit dropped"),
                             N_("a digit doubled"), N_("the decimal point moved"), N_("万元 written for 元"),
                             N_("元 written for 万元"), N_("a minus sign dropped"),
                             N_("the change's word reversed"))}

DEMOTED = N_("{message} [pattern {pattern} demoted: measured precision {precision} on real text]")

# ---------------------------------------------------------------- verdicts (recompute)
DIVISOR_ZERO = N_("a divisor can be zero")
COUNT_EXCEEDS_TOTAL = N_("a listed count exceeds the total: not a breakdown")
COUNTS_A_SELECTION = N_("the listed counts cover under half the total: a selection")
FIRST_PARTS_ADD_UP = N_("the first parts add up; the rest lie outside the list")
HOLDS_WITH_OTHER_PAIR = N_("holds with another pair of figures")
LIST_MAY_BE_PARTIAL = N_("the parts fall short of the total, and a list after 含 (including) may leave items out")
SHORT_OF_AN_OPEN_LIST = N_("{message}; the parts fall short of the total, no plain slip explains the gap, "
                           "and nothing says the list names every part: it may leave items out")
# FL101: an open list short of its total, beside a list of the same items short by no slip
SHORT_LIKE_ITS_PARALLEL = N_("{message}; the parts fall short of the total, as those of the list of the same "
                             "items at line {line}:{column} fall short of theirs by no plain slip: these lists "
                             "may leave items out")
# FL101: a table row whose parts are many times its figure (or a small part of it), no slip explaining it
ROWS_ADD_TO_ANOTHER_COLUMN = N_("{message}; the rows, one figure each, add up to the total row's figure in "
                                "another column: a blank cell may have been lost, or the budget spent in full")
FAR_FROM_ITS_ROWS = N_("{message}; the rows read as its parts are {times} times its figure and no plain "
                       "slip explains it: they may not be its parts (check how the table was read: fiscallint cat --tables)")
# FL109: a standard per month paid to persons the whole year
TIMES_TWELVE_MONTHS = N_("{factors} × 12 months (全年)")
# FL101: a list opening its sentence whose parts are many times the figure of the sentence before
FAR_FROM_THE_SENTENCE_BEFORE = N_("{message}; the list opens its sentence and its parts are {times} times the figure "
                                  "of the sentence before, no plain slip explaining it: it may break down another figure")
TWO_VALUES_NO_SLIP = N_("{message}; no plain typing slip turns one value into the other: they may be two "
                        "facts (another body, scope, phase or period) that share a name")
HOLDS_WITH_OTHER_TOTAL = N_("holds as the breakdown of another figure of the sentence before")
HOLDS_IF_TRUNCATED = N_("holds when the stated figure's last digit was cut rather than rounded")
HOLDS_IF_ROUNDED_UP = N_("holds when the stated figure's last digit was rounded up")
HOLDS_IF_ROUNDED_TWICE = N_("holds when the figure was rounded twice (33.047 to 33.05, then to 33.1)")
HOLDS_IF_SCORE_WHOLE = N_("holds with the score rounded to a whole number, as it is written")
HOLDS_IF_SCORE_CUT = N_("holds with the score's fraction dropped, as a whole number is written")
SCORE_BELOW_PROPORTION = N_("{message}; the score is below what the proportional rule gives, and a region's "
                            "scoring rule may deduct more: a judgment, not arithmetic")
SCORE_ABOVE_PROPORTION = N_("{message}; the score is above what the proportional rule gives, and a region's "
                            "scoring rule may give partial credit more freely: a judgment, not arithmetic")
A_HAIR_BEYOND_ROUNDING = N_("{message}; the gap is a small share of the stated figure's last place: no typing slip "
                            "comes so near, figures rounded from more digits than shown (or a rate on a comparable base) do")
SCORE_OF_BARE_FIGURES = N_("{message}; the target and the outcome are bare numbers, the outcome under half the "
                           "target: they may measure different things (万元 planned, 台 bought)")
EACH_AT_MOST_TOTAL = N_("overlapping attributes, each at most the total")
FIGURE_EXCEEDS_TOTAL = N_("a listed figure exceeds the total: not a part")
AUTHOR_UNCLEAR = N_("does not hold, but which figures the author related is unclear")

# ---------------------------------------------------------------- plausibility (FL2xx)
FIGURE_REASON = N_("{figure} {reason}")
FIGURE_COLON_REASON = N_("{figure}: {reason}")
MAY_HAVE_BEEN_MEANT = N_("; {unit} may have been meant")
CHECK_EXPLAINED = N_("{figure}: {reason}; check that the report explains it")
TIMES_BUDGET = N_("is {times} times the report's whole budget")
TIMES_WHOLE = N_("is {times} times the {whole} it is a part of")
APART_1E4 = N_("is 10⁴ times apart from the same figure stated before")
SAME_DIGITS_OTHER_UNIT = N_("has the digits of an amount the report states in {unit} elsewhere, {times} times: "
                            "10⁴ times apart")
ADDS_UP_LARGER = N_("makes its list add up only when read 10⁴ times larger")
ADDS_UP_SMALLER = N_("makes its list add up only when read 10⁴ times smaller")
SHARE_HOLDS_LARGER = N_("makes its share hold only when read 10⁴ times larger")
SHARE_HOLDS_SMALLER = N_("makes its share hold only when read 10⁴ times smaller")
PER_UNIT_OUT_OF_SCALE = N_("comes to {per}元 per {unit}, against a median of {median}元 for the items of its list")
OVER_ESTABLISHMENT = N_("exceeds the establishment by {over}")
SHARE_ABOVE_100 = N_("a share of a whole cannot exceed 100%")
BOUNDED_ABOVE_100 = N_("a {word} cannot exceed 100%")
MAY_EXCEED_100 = N_("a {word} above 100% means more was spent or done than planned")
SHARES_ADD_UP = N_("the shares of {whole} add up to at least {total}%")
ONE_WHOLE = N_("one whole")
COUNT_LIST = N_("{count} but {listed} item(s) are listed ({how}: “{first}” … “{last}”)")
COUNT_LIST_AT_MOST = N_("{count} but at most {listed} item(s) are listed ({how}: “{first}” … “{last}”)")
LIST_AFTER = N_("the list after the count")
LIST_BEFORE = N_("the list before the count")
LIST_NUMBERED = N_("the numbered paragraphs after the count")
LIST_UNDER = N_("the list under “{name}”")
HEADINGS_STYLE_RUN = N_("headings “{first}” … “{last}” (lines {line1}–{line2}) number the {level} level in another style")
HEADING_STYLE = N_("heading “{first}” (line {line}) numbers the {level} level in another style")
HEADING_JUMP = N_("heading “{first}” (line {line}) follows number {previous} of its level: {expected} expected")
COUNT_TWICE = N_("a count is written twice side by side, as {first} and as {second} (line {line}:{column}), "
                 "and the two disagree")
WORDS_RESTATED = N_("“{words}” is stated as {first} (line {line1}:{column1}) and as {second} (line {line2}:{column2}): "
                    "apart by {margin} beyond rounding; if they are different figures, the labels should say how")
ABOVE_WHOLE = N_("{figure}{noun} (line {line1}:{column1}) exceeds the {whole}{noun} the report gives as the "
                 "township's whole (line {line2}:{column2})")

# ---------------------------------------------------------------- suppressions (FL9xx)
WORD_COMMENT = N_("Word comment: {text}")
UNKNOWN_RULE = N_("unknown rule {rule}")
NO_REASON = N_("no reason given (write one after the rule code)")
NOT_ON_FIGURE = N_("the comment is not on a figure")
SUPPRESSION_NOT_USED = N_("suppression not used: {problem}")
SUPPRESSION_MATCHED_NOTHING = N_("the suppression of {rule} on {figure} matched no finding")

# ---------------------------------------------------------------- a file that cannot be read (reading, docx_reader)
READ_CANNOT_DECODE = N_("cannot decode as {encoding}: {error}")
READ_BAD_BOM = N_("has a {encoding} byte-order mark but does not decode: {error}")
READ_ZIP = N_("a ZIP container that is not a Word .docx (.xlsx, .zip?)")
READ_LEGACY = N_("a legacy Office file (.doc/.wps/.xls): save it as .docx (or install LibreOffice to convert it)")
READ_PDF = N_("a PDF file: export it as text first")
READ_EXECUTABLE = N_("an executable, not a report")
READ_IMAGE = N_("an image, not a report")
READ_NUL = N_("binary data (NUL bytes), not a text report")
READ_NO_ENCODING = N_("cannot detect the text encoding (use --encoding): it could not be checked")
READ_EMPTY = N_("the file is empty: it could not be checked")
READ_BLANK = N_("the file holds only blanks: it could not be checked")
READ_EMPTY_STDIN = N_("standard input is empty: it could not be checked")
READ_NO_TEXT = N_("holds no text: it could not be checked")
STDIN_CLOSED = N_("standard input is closed: nothing to check")
STDIN_UNREADABLE = N_("standard input cannot be read ({error}): nothing to check")
READ_DIRECTORY = N_("is a directory")
READ_NO_FILE = N_("no such file")
READ_CANNOT = N_("cannot read: {error}")
READ_DAMAGED = N_("a damaged .docx or ZIP file (it cannot be opened)")
READ_BINARY = N_("binary data, not a text report")
NO_SUCH_PATH = N_("no such file or directory")
NO_REPORT_IN_DIRECTORY = N_("directory holds no report ({kinds})")
TOO_DEEP = N_("too deeply nested to analyse")
INTERNAL_ERROR = N_("internal error ({error}); please report it")
READ_NEEDS_DOCX = N_("reading .docx needs python-docx (pip install python-docx)")
READ_BAD_DOCX = N_("not a readable .docx ({error})")

# ---------------------------------------------------------------- summary (text output, HTML page)
PROBLEMS = (N_("{n} problem"), N_("{n} problems"))
ERRORS = (N_("{n} error"), N_("{n} errors"))
WARNINGS = (N_("{n} warning"), N_("{n} warnings"))
INFOS = (N_("{n} info"), N_("{n} info"))
FILES = (N_("{n} file"), N_("{n} files"))
FOUND = N_("Found {problems} ({errors}, {warnings}{info}) in {files}.")
NOTHING_FOUND = N_("No problems found in {files}.")
UNREADABLE = N_("{n} file(s) could not be checked (see above).")
NO_CLAIM = N_("note: no claim was recognised, so nothing was checked.")
H_RULE, H_NAME, H_COUNT, H_COVERAGE = N_("rule"), N_("name"), N_("count"), N_("coverage")
COV_QUANTITIES = N_("quantities found")
COV_CLAIMS = N_("claims recognised")
COV_CONSISTENT = N_("· checked, consistent")
COV_CONTRADICTORY = N_("· checked, contradictory")
COV_UNCHECKED = N_("· not checkable")
COV_UNLINKED = N_("figures linked to no claim")

# ---------------------------------------------------------------- where, in a Word document
IN_TABLE = N_("table {table}, row {row}, column {column}")
IN_PARAGRAPH = N_("paragraph {paragraph}")

# ---------------------------------------------------------------- the annotated page (--format html, serve)
PAGE_TITLE = N_("fiscallint: annotated report")
SEVERITY = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}
H_SUMMARY = N_("Summary")
H_FINDINGS = N_("Findings")
H_BY_SEVERITY = N_("By severity")
H_BY_KIND = N_("By kind")
H_REPORT = N_("The report")
H_UNREADABLE = N_("Files that could not be read")
LEGEND_STATED = N_("the stated figure that disagrees")
LEGEND_OTHER = N_("a figure it was computed from or compared with")
NAV_PREVIOUS, NAV_NEXT, NAV_TOP = N_("previous"), N_("next"), N_("top")
FINDING_N = N_("Finding {n} of {total}")
AT_LINE = N_("line {line}, column {column}")
EX_COMPUTED_FROM = N_("What was computed")
EX_COMPUTED = N_("Computed value")
EX_STATED = N_("What the report states")
EX_MARGIN = N_("Apart by, beyond rounding")
EX_FIGURES = N_("Figures involved")
EX_SLIP = N_("Likely slip")
EX_CHECK = N_("What to check")
NO_TEXT = N_("The text of this report is not available (it was read from standard input).")
CLEAN_NOTE = N_("Every figure found was read and every claim recognised was checked: none disagrees.")
GENERATED_BY = N_("Made by fiscallint {version}. fiscallint never says which figure is wrong: it cannot know.")
TABLE_N = N_("Table {n}")

# what to check, by rule (the plain explanation beside each finding)
CHECK_HINTS = {
    "FL101": N_("Add up the parts yourself and compare them with the total. One of the figures may be mistyped, "
                "or a part may be missing from the list; compare with the accounts or the annexed tables."),
    "FL102": N_("Divide the part by the whole and compare it with the stated share. Check that the share is taken "
                "of the right whole and that both figures are this year's."),
    "FL103": N_("Divide the actual amount by the planned amount and compare it with the stated rate. Check both "
                "amounts against the budget and the accounts (决算)."),
    "FL104": N_("Subtract the two figures and compare the result with the stated change. Check last year's figure "
                "and this year's figure."),
    "FL105": N_("Work out the growth rate from the amount and its change and compare it with the stated rate. "
                "Check last year's figure, which the rate is taken of."),
    "FL106": N_("The same figure is written twice with two values: find which one the accounts give, and correct "
                "the other (or say in the label why they differ)."),
    "FL107": N_("The total and its parts, stated in different places, do not add up: check each of them against "
                "the accounts."),
    "FL199": N_("fiscallint could not tell which figures are related: read the sentence and check the arithmetic "
                "yourself."),
    "FL201": N_("Check the unit written after the figure (元 or 万元): the amount is out of scale with the rest "
                "of the report."),
    "FL202": N_("Check the staff numbers against the establishment (编制): more staff in post than the "
                "establishment allows needs an explanation or a correction."),
    "FL203": N_("A rate or share above 100% is unusual: check the figure, or explain in the report why it is "
                "above 100%."),
    "FL204": N_("Count the items listed and compare them with the stated number."),
    "FL205": N_("Check the numbering of the headings: a number is skipped or written in another style."),
    "FL206": N_("The same thing is counted twice with two values: check which is right, or say in the label how "
                "the two differ."),
    "FL207": N_("A count of villages or communities is larger than the township's whole: check both figures."),
    "FL900": N_("Write the reason after the rule code in the Word comment, and name a rule that exists."),
    "FL901": N_("The suppression matched no finding: remove the Word comment or the configuration entry."),
}
CHECK_DEFAULT = N_("Check the figures named in the message against the accounts.")

# the local page (fiscallint serve)
SERVE_HEADING = N_("Check a report")
SERVE_INTRO = N_("Choose a report (.docx or .txt) and press Check, or drop the file on this page. The file is read "
                 "in memory and forgotten: nothing is stored.")
SERVE_CHOOSE = N_("Report file")
SERVE_SUBMIT = N_("Check")
SERVE_DROP = N_("Drop a report here")
SERVE_ANOTHER = N_("Check another report")
SERVE_TOO_LARGE = N_("The file is larger than {limit}: fiscallint reads reports up to that size.")
SERVE_NO_FILE = N_("No file was sent: choose a report first.")
SERVE_NOT_REPORT = N_("This file is not a report fiscallint can read: {reason}")
SERVE_FAILED = N_("This file could not be checked: {reason}")
SERVE_LEGACY = N_("a legacy Word file (.doc/.wps): save it as .docx and try again")
SERVE_LISTENING = N_("fiscallint serve: open http://{host}:{port}/ in a browser (Ctrl+C stops it)")
