"""Numbers as editors write them in infobox values: grouping, signs, scale words, markers.

The caller has already rendered the value to plain text (no refs, comments or
markup; ``&nbsp;`` is U+00A0; a list or ``<br>`` is a newline). Two entry
points read that text, both total (they never raise for any string) and linear
in the length of the text:

* :func:`parse_number` gives a :class:`Number` (a float, and whether it was
  written as a whole number and marked as approximate);
* :func:`parse_count` gives a non-negative ``int`` for head counts.

A value is returned only when the text holds exactly one number that can be
read one way. Anything else gives ``None`` and a diagnostic, because a wrong
number (a value fused with its neighbour, a range read as its first end, a
year taken for a count) is worse than no number.

How a value is read, in order:

1. **Markers.** Any number of approximate markers may come first: ``c.``,
   ``ca.``, ``ca``, ``circa``, ``about``, ``around``, ``approx.``,
   ``approximately``, ``roughly``, ``nearly``, ``almost``, ``some``, ``est.``,
   ``estimated``, ``~``, ``≈`` (case-insensitive; a word marker must end at a
   non-letter). They set ``approximate`` and add ``number.approximate``.
   ``approx.``, ``est.``, ``estimated``, ``or so`` right after the number, or
   ``(approx.)``/``(est.)`` alone in parentheses, do the same. A bound
   (``over``, ``more than``, ``under``, ``at least``, ``up to``, ``<``, ``≥`` …
   before the number; ``+``, ``or more``, ``and above``, ``plus`` … after it)
   is not a value: ``None`` and ``number.ambiguous``.
2. **Sign.** ``-``, U+2212 ``−`` or ``+``, right before the digits. An en dash
   is not read as a minus.
3. **The numeral.** A run of digits and single separators, each separator
   between two digits. Separators are ``,`` ``.`` the apostrophes ``'`` and
   ``’``, and the spaces U+0020, U+00A0, U+202F, U+2009 and U+2007, which count
   as one kind. The run is then read with one decimal mark (``.``, or ``,``
   when ``decimal_comma=True``) and at most one kind of group separator:

   * groups after the first have exactly 3 digits, the first 1–3 digits and no
     leading zero (``1,234,567``, ``1 234 567``, ``1'234``); Indian grouping with
     commas is accepted too (``12,34,567``: 2-digit groups, then 3);
   * the decimal mark may appear once, after the last group (``1,234.5``);
   * the decimal mark used as a group separator is accepted only when it
     cannot be a decimal mark, that is when it appears twice or more
     (``1.234.567`` is 1234567 by default; ``1,234,567`` with
     ``decimal_comma=True``);
   * by default ``1,234`` is 1234 and ``1.5`` is 1.5; ``1,5``, ``1,23`` and
     ``0,123`` are not numbers (a decimal comma needs ``decimal_comma=True``);
   * with ``decimal_comma=True``, ``1,5`` is 1.5 and ``1.234,5`` is 1234.5; a
     lone period before exactly three digits (``1.234``) could be either
     reading and is ``number.ambiguous``; a lone period before any other
     count of digits (``1.5``, ``1234.567``) can only be a decimal point.

   A run that fits no reading holds more than one number (``89079 92907``,
   ``1,234 567``, ``1.5.2010``): ``None`` and ``number.ambiguous``. A lone
   space between two digit groups is read as grouping when it fits the rule
   (``12 345`` is 12345): the text gives no way to tell it from two numbers.
   Any Unicode decimal digit is read as its value (Bengali ``১২৩``, Arabic-Indic
   ``١٢٣``, Persian ``۱۲۳``, Devanagari, full-width …), whatever the locale; the
   Arabic decimal separator ``٫`` is the decimal mark and the Arabic thousands
   separator ``٬`` groups. More than 50 digits is ``number.unparseable``.

   A ``locale`` (:class:`infobox.locale.Locale`, a wiki's conventions from CLDR)
   sets ``decimal_comma`` from its decimal mark (ru, de, it, pl …: ``891,68`` is
   891.68, and ``1,234`` is 1.234). Where the language also groups with a full
   stop (it, es, pt, de, tr, vi …: CLDR's group separator is ``.``), a lone
   period before three digits is grouping, not ambiguous: ``1.234`` is 1234;
   elsewhere (ru, fr, pl: CLDR groups with a space) it stays
   ``number.ambiguous``. Without a locale nothing changes.
4. **Scale word.** A word right after the numeral multiplies it:
   ``hundred``, ``thousand``, ``million``, ``billion``, ``trillion`` (and
   plurals), ``k`` (thousand), ``mn``/``mln``/``mio`` (million), ``bn``/``mrd``
   (billion), ``lakh``/``lac`` (10⁵), ``crore`` (10⁷), and the Russian,
   Kazakh, Latvian and German forms (``тыс.``, ``млн``, ``млрд``, ``мың``,
   ``tūkst.``, ``milj.``, ``Millionen`` …). ``m`` and ``M`` are never a scale:
   after a number they usually mean metres (see :func:`parse_count` for
   counts). An exponent (``1e6``) is ``number.ambiguous``.
5. **Glued text.** Letters written right against the digits, with no space,
   must be a scale word, an ordinal ending (``st``, ``nd``, ``rd``, ``th``) or
   a unit symbol (``300m``, ``12km2``, ``6ft``, ``1.2km``); anything else
   (``12abc``, ``0x1F``, ``1990s``) is ``number.unparseable``: the digits may
   be part of a code, a year or a typo. Only Latin letters are checked: a word
   of another script glued to a number (``1234人``) is read as a word after it.
   A percent sign after a count (``5%``, ``5 %``) is ``number.unparseable``
   in :func:`parse_count`: a share is no head count.
6. **Trailing text.** Anything in parentheses or square brackets after the
   number is ignored (``89079 (20th)``, ``1,234 (2010 census)``, ``[1]``), and
   so are words (``300 m``, ``5,000 people``, ``47 km2``, ``km²``: a digit
   inside a word is part of the word). A caller that honours a unit written
   after the number reads it from the rest that :func:`parse_number_and_rest`
   returns (:func:`infobox.values.units.parse_quantity` does). Another number outside brackets
   (``12,345 13,000``, ``1,000–2,000``, ``1,000 to 2,000``,
   ``1,234 (2010) 1,500``) is ``number.ambiguous``, and so is a character
   with a numeric value that is not a plain digit (``2½``, ``10⁶``, ``89079¹``):
   it may be a fraction, a power or a footnote mark.

Text before the number other than markers and a sign (``(2010) 1,234``,
``Census: 5,000``) is ``number.unparseable``: the library does not guess
which number the words describe.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Final

import attrs

from ..diagnostics import make
from ..models import Diagnostic

if TYPE_CHECKING:
    from ..locale import Locale

__all__ = ["Number", "parse_count", "parse_number", "parse_number_and_rest"]


@attrs.frozen(kw_only=True)
class Number:
    """A number read from a value.

    ``integral`` is true when the number was written without a decimal part,
    or when a scale word makes it whole (``1.2 million``). ``approximate`` is
    true when a marker such as ``c.``, ``about`` or ``~`` came with it.

    >>> Number(value=89079.0, integral=True, approximate=False).value
    89079.0
    """

    value: float = attrs.field(validator=attrs.validators.instance_of(float))
    integral: bool = attrs.field(validator=attrs.validators.instance_of(bool))
    approximate: bool = attrs.field(validator=attrs.validators.instance_of(bool))


# --- character classes ------------------------------------------------------------------

# Every space that groups digits is read as U+0020 (they are one separator kind). The
# Arabic thousands separator U+066C is read as an apostrophe (a separator that only
# groups), the Arabic decimal separator U+066B as the decimal mark.
_SPACES: Final = dict.fromkeys("\u00a0\u202f\u2009\u2007", " ")
_SPACE_TABLE: Final = str.maketrans({**_SPACES, "\u066c": "'", "\u066b": "."})
_SPACE_TABLE_COMMA: Final = str.maketrans({**_SPACES, "\u066c": "'", "\u066b": ","})
# Separator character -> its kind. The apostrophes are one kind too.
_SEPARATOR_KIND: Final[dict[str, str]] = {",": ",", ".": ".", " ": " ", "'": "'", "\u2019": "'"}
_SIGNS: Final[dict[str, bool]] = {"-": True, "\u2212": True, "+": False}  # sign -> negative
_MAX_DIGITS: Final = 50

# Markers are matched case-insensitively at a position. A marker that ends in a
# letter must be followed by a non-letter ("ca" does not match "cape").
_APPROX_PREFIXES: Final = (
    "approximately",
    "approx.",
    "approx",
    "estimated",
    "roughly",
    "around",
    "almost",
    "nearly",
    "circa",
    "about",
    "some",
    "est.",
    "ca.",
    "ca",
    "c.",
    "~",
    "\u2248",  # ≈
    "\u223c",  # ∼
)
_BOUND_PREFIXES: Final = (
    "more than",
    "fewer than",
    "less than",
    "greater than",
    "upwards of",
    "in excess of",
    "at least",
    "at most",
    "up to",
    "over",
    "under",
    "below",
    "above",
    ">=",
    "<=",
    ">",
    "<",
    "\u2265",  # ≥
    "\u2264",  # ≤
)
_APPROX_SUFFIXES: Final = ("approximately", "approx.", "approx", "estimated", "est.", "or so")
_BOUND_SUFFIXES: Final = (
    "or more",
    "or less",
    "or fewer",
    "or over",
    "or above",
    "or under",
    "or below",
    "and more",
    "and over",
    "and above",
    "and up",
    "plus",
)
# Words between two numbers that make them a range (for the message only).
_RANGE_WORDS: Final = frozenset(
    {
        "-",
        "\u2013",
        "\u2014",
        "\u2212",
        "to",
        "and",
        "or",
        "/",
        "x",
        "\u00d7",
        "by",
        "+/-",
        "\u00b1",
    }
)

# Scale words (lower case) -> power of ten. A word matches whole: "5 km" has none.
_SCALE_WORDS: Final = (
    ("hundred hundreds", 2),
    ("thousand thousands k tsd tausend тыс тысяча тысячи тысяч мың", 3),
    ("tūkst tūkstotis tūkstoši", 3),
    ("lakh lakhs lac", 5),
    ("million millions mn mln mio millionen млн миллион миллиона миллионов", 6),
    ("milj miljons miljoni miljonu", 6),
    ("crore crores", 7),
    ("billion billions bn mrd milliard milliards milliarden млрд миллиард миллиарда", 9),
    ("миллиардов miljards miljardi", 9),
    ("trillion trillions", 12),
)
_SCALES: Final[dict[str, int]] = {
    word: power for words, power in _SCALE_WORDS for word in words.split()
}
# Letters that may be glued to the digits (lower case): ordinal endings and unit
# symbols. Anything else glued to a number makes it unreadable (``12abc``, ``0x1F``).
_GLUED_WORDS: Final = frozenset(
    word
    for words in (
        "st nd rd th",
        "m km cm mm ft mi in yd ha ac sq sqm sqkm sqmi sqft acre acres hectare hectares",
        "metre metres meter meters feet foot mile miles inch inches yard yards",
        "kilometre kilometres kilometer kilometers dunam dunams square per",
    )
    for word in words.split()
)
_PERCENT: Final = frozenset("%\u2030\uff05")  # % ‰ ％


# --- small scanners ---------------------------------------------------------------------


def _quote(text: str, limit: int = 60) -> str:
    """Quote the text for a message, cut short when it is long."""
    text = text.strip()
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _match(s: str, i: int, words: Sequence[str]) -> int:
    """Return where the first of ``words`` found at ``s[i:]`` ends, or -1."""
    if i >= len(s):
        return -1  # no word is empty: the common case, at the end of the text
    for word in words:
        end = i + len(word)
        if s[i:end].lower() != word:
            continue
        if word[-1].isalpha() and end < len(s) and s[end].isalpha():
            continue
        return end
    return -1


def _skip_spaces(s: str, i: int) -> int:
    while i < len(s) and s[i] == " ":
        i += 1
    return i


def _skip_white(s: str, i: int) -> int:
    while i < len(s) and s[i].isspace():
        i += 1
    return i


def _word_end(s: str, i: int) -> int:
    while i < len(s) and s[i].isalpha():
        i += 1
    return i


def _scan_numeral(s: str, i: int) -> tuple[int, list[str], list[str]]:
    """Digit groups and the separator kinds between them, from ``s[i]``."""
    n = len(s)
    j = i
    while j < n and s[j].isdecimal():
        j += 1
    groups = [s[i:j]]
    seps: list[str] = []
    while j + 1 < n and s[j] in _SEPARATOR_KIND and s[j + 1].isdecimal():
        k = j + 1
        while k < n and s[k].isdecimal():
            k += 1
        seps.append(_SEPARATOR_KIND[s[j]])
        groups.append(s[j + 1 : k])
        j = k
    return j, groups, seps


def _grouped(groups: Sequence[str], sep: str) -> bool:
    """Whether the digit groups are one integer grouped in thousands (or Indian style)."""
    first, rest = groups[0], groups[1:]
    if not first or first[0] == "0":
        return False
    if len(first) <= 3 and all(len(g) == 3 for g in rest):
        return True
    # Indian grouping: 12,34,56,789.
    return (
        sep == ","
        and len(rest) >= 2
        and len(first) <= 2
        and all(len(g) == 2 for g in rest[:-1])
        and len(rest[-1]) == 3
    )


def _read_numeral(
    token: str, groups: list[str], seps: list[str], decimal_comma: bool, dot_groups: bool
) -> tuple[str, str | None] | str:
    """Split a numeral into integer and fraction digits, or say why it cannot be read."""
    dec = "," if decimal_comma else "."
    groupers = {".", " ", "'"} if decimal_comma else {",", " ", "'"}

    def not_one() -> str:  # the message, made only when it is given
        return (
            f"{_quote(token)} is more than one number, or a broken grouping (groups after "
            "the first have exactly three digits, with one kind of separator)"
        )

    if not seps:
        return groups[0], None
    if not groups[0]:  # ".5"
        if len(seps) == 1 and seps[0] in {".", dec}:
            return "", groups[1]
        return not_one()
    kinds = set(seps)
    if len(seps) >= 2 and kinds == {dec}:
        # The decimal mark twice or more can only group thousands.
        return ("".join(groups), None) if _grouped(groups, dec) else not_one()
    if seps[-1] == dec:
        int_groups, int_seps = groups[:-1], seps[:-1]
        if not int_seps:
            return int_groups[0], groups[-1]
        sep = int_seps[0]
        if set(int_seps) == {sep} and sep in groupers and _grouped(int_groups, sep):
            return "".join(int_groups), groups[-1]
        return not_one()
    if len(kinds) != 1:
        return not_one()
    sep = seps[0]
    if decimal_comma and sep == "." and len(seps) == 1:
        if _grouped(groups, ".") and dot_groups:
            return "".join(groups), None  # the locale groups with a full stop
        if _grouped(groups, "."):
            return (
                f"{_quote(token)} may be {groups[0]}.{groups[1]} or {groups[0]}{groups[1]}: "
                "with decimal_comma=True a lone period before three digits is ambiguous"
            )
        return groups[0], groups[1]  # the period can only be a decimal point here
    if sep in groupers and _grouped(groups, sep):
        return "".join(groups), None
    if sep == "," and len(seps) == 1:
        digits = f"{len(groups[1])} digit" + ("" if len(groups[1]) == 1 else "s")
        return (
            f"{_quote(token)} is not one number: a comma before {digits} is no thousands "
            "separator (for a decimal comma pass decimal_comma=True)"
        )
    return not_one()


def _ascii_digits(digits: str) -> str:
    """Decimal digits of any script, as ASCII."""
    if digits.isascii():
        return digits
    return "".join(str(unicodedata.decimal(c)) for c in digits)


# --- the reader -------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class _Reading:
    """What :func:`_read` found: an exact value and the word right after the number."""

    value: Decimal
    integral: bool
    approximate: bool
    next_word: str
    rest: str


def _read(
    text: str, decimal_comma: bool, locale: Locale | None
) -> tuple[_Reading | None, tuple[Diagnostic, ...]]:
    """Read one number from plain text; see the module docstring for the rules."""
    dot_groups = False
    if locale is not None:
        decimal_comma = decimal_comma or locale.decimal_comma
        dot_groups = decimal_comma and locale.dot_groups
    s = text.translate(_SPACE_TABLE_COMMA if decimal_comma else _SPACE_TABLE)
    n = len(s)
    i = _skip_white(s, 0)
    if i == n:
        return None, ()

    def fail(code: str, message: str) -> tuple[None, tuple[Diagnostic, ...]]:
        return None, (make(code, message),)

    marker = ""
    while True:
        if i < n and s[i].isdecimal():
            break  # the common case: no prefix word starts with a digit
        end = _match(s, i, _APPROX_PREFIXES)
        if end >= 0:
            marker = marker or s[i:end]
            i = _skip_white(s, end)
            continue
        end = _match(s, i, _BOUND_PREFIXES)
        if end >= 0:
            return fail(
                "number.ambiguous", f"{_quote(text)} gives a bound ({s[i:end]!r}), not a value"
            )
        break

    negative = signed = False
    if i < n and s[i] in _SIGNS:
        negative, signed = _SIGNS[s[i]], True
        i += 1
    dec = "," if decimal_comma else "."
    starts = i < n and (
        s[i].isdecimal() or (s[i] in {".", dec} and i + 1 < n and s[i + 1].isdecimal())
    )
    if not starts:
        if signed:
            return fail("number.unparseable", f"{_quote(text)} has no digits after its sign")
        if i < n and s[i] == "\u2013" and i + 1 < n and s[i + 1].isdecimal():
            return fail(
                "number.unparseable",
                f"{_quote(text)} starts with an en dash, which is not read as a minus sign",
            )
        return fail("number.unparseable", f"{_quote(text)} does not start with a number")

    end, groups, seps = _scan_numeral(s, i)
    token = s[i:end]
    numeral = _read_numeral(token, groups, seps, decimal_comma, dot_groups)
    if isinstance(numeral, str):
        return fail("number.ambiguous", numeral)
    int_digits, frac_digits = numeral
    if len(int_digits) + len(frac_digits or "") > _MAX_DIGITS:
        return fail("number.unparseable", f"{_quote(text)} has more than {_MAX_DIGITS} digits")

    pos = end
    if pos < n and s[pos] in "eE":
        k = pos + 1
        if k < n and s[k] in "+-\u2212":
            k += 1
        if k < n and s[k].isdecimal():
            return fail("number.ambiguous", f"{_quote(text)} uses an exponent, which is not read")

    glued_end = _word_end(s, pos)
    glued = s[pos:glued_end].lower()
    if glued.isascii() and glued and glued not in _SCALES and glued not in _GLUED_WORDS:
        return fail(
            "number.unparseable",
            f"{_quote(text)} has letters glued to its digits ({s[pos:glued_end]!r}) that are "
            "no unit, scale word or ordinal",
        )
    k = _skip_spaces(s, pos)
    power = 0
    k_end = _word_end(s, k)
    if k_end > k and s[k:k_end].lower() in _SCALES:
        power = _SCALES[s[k:k_end].lower()]
        pos = k_end + 1 if k_end < n and s[k_end] == "." else k_end

    k = _skip_spaces(s, pos)
    next_word = s[k : _word_end(s, k)]
    after_plus = _skip_spaces(s, k + 1)
    if (
        k < n
        and s[k] == "+"
        and not s.startswith("+/-", k)
        and not (after_plus < n and s[after_plus].isdecimal())
    ):
        return fail("number.ambiguous", f"{_quote(text)} gives a lower bound ('+'), not a value")
    end = _match(s, k, _BOUND_SUFFIXES)
    if end >= 0:
        return fail("number.ambiguous", f"{_quote(text)} gives a bound ({s[k:end]!r}), not a value")
    end = _match(s, k, _APPROX_SUFFIXES)
    if end < 0 and k < n and s[k] == "(":
        inner = _skip_white(s, k + 1)
        end = _match(s, inner, _APPROX_SUFFIXES)
        if end >= 0:
            close = _skip_white(s, end)
            end = close + 1 if close < n and s[close] == ")" else -1
    if end >= 0:
        marker = marker or s[k:end]

    other = _other_number(s, pos)
    if other >= 0:
        between = s[pos:other].strip().lower()
        if not s[other].isdecimal():
            message = (
                f"{_quote(text)} has {s[other]!r} outside brackets (a fraction, power or "
                "footnote mark), which is not read"
            )
        elif between in _RANGE_WORDS:
            message = f"{_quote(text)} is a range ({between!r}), not one value"
        else:
            message = f"{_quote(text)} holds more than one number"
        return fail("number.ambiguous", message)

    digits = _ascii_digits(int_digits or "0")
    if frac_digits is not None:
        digits += "." + _ascii_digits(frac_digits)
    with localcontext() as context:
        context.prec = 2 * _MAX_DIGITS
        value = Decimal(digits).scaleb(power)
    if negative:
        value = -value
    integral = frac_digits is None or (power > 0 and value == value.to_integral_value())
    diagnostics: tuple[Diagnostic, ...] = ()
    if marker:
        diagnostics = (
            make("number.approximate", f"{_quote(text)} is marked as approximate ({marker!r})"),
        )
    reading = _Reading(
        value=value,
        integral=integral,
        approximate=bool(marker),
        next_word=next_word,
        rest=text[pos:],
    )
    return reading, diagnostics


def _other_number(s: str, pos: int) -> int:
    """Return where another number starts in ``s[pos:]`` outside brackets, or -1.

    A number is a decimal digit or any other character with a numeric value
    (``½``, ``⁶``, ``¹``): glued to a number these may be a fraction, a power
    or a footnote mark, and none of them can be dropped safely. A digit inside
    a word (``km2``, ``km²``) is part of the word, not a number.
    """
    depth = 0
    in_word = False
    for j in range(pos, len(s)):
        c = s[j]
        if c.isalpha():
            in_word = True
        elif c.isdecimal() or unicodedata.numeric(c, None) is not None:
            if not in_word and depth == 0:
                return j
        else:
            in_word = False
            if c in "([":
                depth += 1
            elif c in ")]":
                depth = max(0, depth - 1)
    return -1


# --- public functions -------------------------------------------------------------------


def parse_number(
    text: str, *, decimal_comma: bool = False, locale: Locale | None = None
) -> tuple[Number | None, tuple[Diagnostic, ...]]:
    """Read the one number in a rendered value, or say why there is none.

    Empty text gives ``(None, ())``. See the module docstring for the rules.

    >>> parse_number("c. 1,234.5 m (20th)")[0]
    Number(value=1234.5, integral=False, approximate=True)
    >>> parse_number("1,5", decimal_comma=True)[0].value
    1.5
    >>> [d.code for d in parse_number("89079 92907")[1]]
    ['number.ambiguous']

    A ``locale`` (:func:`infobox.locale.locale_for`) reads the wiki's own
    conventions: its decimal mark, and a full stop as a group separator where the
    language groups with one (``1.234`` is 1234 in Italian).

    >>> from infobox.locale import locale_for
    >>> parse_number("891,68", locale=locale_for("ru"))[0].value
    891.68
    >>> parse_number("1.234", locale=locale_for("it"))[0].value
    1234.0
    """
    found, diagnostics = parse_number_and_rest(text, decimal_comma=decimal_comma, locale=locale)
    return (found[0] if found is not None else None), diagnostics


def parse_number_and_rest(
    text: str, *, decimal_comma: bool = False, locale: Locale | None = None
) -> tuple[tuple[Number, str] | None, tuple[Diagnostic, ...]]:
    """Like :func:`parse_number`, with the text after the number (and its scale word).

    The rest is what a caller reads a unit from (``300 m``, ``47 km²``,
    ``40/sq mi``); it is returned as written, spaces included.

    >>> found, _ = parse_number_and_rest("1,234.5 m (20th)")
    >>> found[0].value, found[1]
    (1234.5, ' m (20th)')
    """
    reading, diagnostics = _read(text, decimal_comma, locale)
    if reading is None:
        return None, diagnostics
    number = Number(
        value=float(reading.value) + 0.0,  # + 0.0 turns -0.0 into 0.0
        integral=reading.integral,
        approximate=reading.approximate,
    )
    return (number, reading.rest), diagnostics


def parse_count(
    text: str, *, decimal_comma: bool = False, locale: Locale | None = None
) -> tuple[int | None, tuple[Diagnostic, ...]]:
    """Read a head count: a non-negative whole number, scale words applied.

    A percentage (``5%``) gives ``number.unparseable``, a negative number
    ``number.negative``, a fractional one
    ``number.fractional``; an ``m``/``M``/``b``/``B`` right after the number
    (``2.1m``) could mean million or billion and gives ``number.ambiguous``.

    >>> parse_count("1.2 million")[0], parse_count("89,079 (20th)")[0]
    (1200000, 89079)
    >>> [d.code for d in parse_count("12.5")[1]]
    ['number.fractional']
    >>> from infobox.locale import locale_for
    >>> parse_count("6\N{NO-BREAK SPACE}177\N{NO-BREAK SPACE}535 чел", locale=locale_for("ru"))[0]
    6177535
    """
    reading, diagnostics = _read(text, decimal_comma, locale)
    if reading is None:
        return None, diagnostics
    if reading.next_word in {"m", "M", "b", "B"}:
        return None, (
            *diagnostics,
            make(
                "number.ambiguous",
                f"{_quote(text)}: {reading.next_word!r} after a count may mean million or billion",
            ),
        )
    if reading.rest.lstrip()[:1] in _PERCENT:
        return None, (
            *diagnostics,
            make("number.unparseable", f"{_quote(text)} is a percentage, not a count"),
        )
    if reading.value < 0:
        return None, (
            *diagnostics,
            make("number.negative", f"{_quote(text)} is a negative count"),
        )
    if reading.value != reading.value.to_integral_value():
        return None, (
            *diagnostics,
            make("number.fractional", f"{_quote(text)} is not a whole number of people"),
        )
    return int(reading.value), diagnostics
