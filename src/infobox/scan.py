"""Find the settlement infobox in a page and make its text safe for mwparserfromhell.

This is the one place where the library reads wikitext without mwparserfromhell: a
linear pre-scan that only *locates* text for the real parser and *prepares* it, so
that mwparserfromhell never sees input that makes it slow (it is quadratic on
unclosed constructs) or that makes it cut the infobox differently from MediaWiki.
Nothing here decides what a parameter means, and nothing here splits on ``|``.

:func:`locate` finds the first ``{{Infobox settlement}}`` (or a redirect to it) as
MediaWiki's preprocessor does: it counts ``{{``/``}}`` (``{{{``/``}}}`` for
arguments) and skips comments and the extension tags whose content is not wikitext
(``<nowiki>``, ``<pre>``, ``<math>``, ``<syntaxhighlight>``, ``<source>`` and the rest
of mwparserfromhell's list). It skips the extension tags whose content is wikitext
parsed on its own as well (``<ref>``, ``<references>``, ``<poem>`` and the rest of
:data:`_OPAQUE`): MediaWiki matches an extension tag with the first closing tag of
its name before it counts any brace, so braces inside ``<ref>…</ref>`` never close
or open anything outside it. An extension tag without a closing tag is text.
``<code>`` is plain HTML, so braces in it count.

:func:`prepare` returns the infobox's text, the same length as the slice, with

* tags mangled by spaces (``< br / >``, ``< /ref >``, ``< ref name=x >``) and the
  line break ``</br>`` rewritten as well-formed tags of the same length
  (``<br   />``, ``</ref  >``, ``<ref name=x  >``, ``<br/>``);
* constructs that never close, close across braces or nest too deeply neutralised
  (those opened inside a ``<ref>…</ref>`` are unclosed at its ``</ref>``, and
  closers inside it close nothing outside it);
  and so are the few sequences that mwparserfromhell reads unlike MediaWiki in a way
  that would cut the infobox apart: bold and italic marks left unpaired in their
  line or parameter, tables and headings inside braces, template names it rejects;
  and NUL characters, at which mwparserfromhell stops reading.

*Neutralised* means that a character (``<``, ``[``, ``{``, ``}``, ``]``, ``'``,
``=``, ``|``, NUL) is replaced by a private-use placeholder chosen per call among the
characters absent from the slice, so that mwparserfromhell reads the construct as
text in one pass. :attr:`Prepared.restore` maps each placeholder back, and
:meth:`Prepared.restored` puts the original characters back into any part of the
prepared text: renderers of plain text call it on what they produce.

The contract, checked by the tests with Hypothesis: if ``located.terminated``,
``mwparserfromhell.parse(prepared.text)`` is a single ``Template`` node spanning the
whole text; if not, ``mwparserfromhell.parse(prepared.text + "}}")`` is. Every
offset in ``prepared.text`` is an offset in the page minus ``located.start``, and a
well-formed infobox comes back unchanged.
"""

from __future__ import annotations

import functools
import re
from array import array
from collections.abc import Mapping
from itertools import islice
from typing import Final

import attrs
from mwparserfromhell import definitions as _mw

from .diagnostics import make
from .models import Diagnostic, FrozenMap
from .names import SETTLEMENT_TEMPLATES, is_settlement_template, may_call_settlement_template

__all__ = ["KNOWN_TAGS", "MAX_NESTING", "Located", "Prepared", "locate", "prepare"]

#: Tag names that are repaired when spaces mangle them (``< ref >``, ``< br / >``):
#: HTML tags MediaWiki allows and the common extension tags. Any other name
#: (``< b and c >`` in a formula is not a bold tag) is left as text.
KNOWN_TAGS: Final[frozenset[str]] = frozenset(
    {
        # HTML that MediaWiki's sanitizer allows
        *("abbr", "b", "bdi", "bdo", "big", "blockquote", "br", "caption", "center"),
        *("cite", "code", "data", "dd", "del", "dfn", "div", "dl", "dt", "em", "font"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "kbd", "li", "mark", "ol"),
        *("p", "q", "rb", "rp", "rt", "rtc", "ruby", "s", "samp", "small", "span"),
        *("strike", "strong", "sub", "sup", "table", "td", "th", "time", "tr", "tt"),
        *("u", "ul", "var", "wbr"),
        # extension and transclusion tags
        *("ref", "references", "poem", "includeonly", "noinclude", "onlyinclude"),
        *("indicator", "mapframe", "maplink", "templatestyles", "charinsert"),
        *(name.lower() for name in _mw.PARSER_BLACKLIST),
    }
)

#: How many constructs may nest inside the infobox before the deeper ones are read
#: as text. mwparserfromhell gives up at 100 levels of its own, and one construct
#: costs it up to three, so deeper nesting would silently break the infobox apart.
MAX_NESTING: Final = 20

_PROTECTED: Final = frozenset(name.lower() for name in _mw.PARSER_BLACKLIST)
#: Extension tags whose content is wikitext that MediaWiki parses on its own (the
#: others Wikipedia has, such as ``<gallery>`` and ``<math>``, are in ``_PROTECTED``):
#: a closed one is opaque to the braces around it, as in MediaWiki's preprocessor,
#: while mwparserfromhell still reads its content. ``<includeonly>`` and the like are
#: not extension tags. All are in KNOWN_TAGS, so each closing tag found is read as one.
_OPAQUE: Final = frozenset(
    {
        *("ref", "references", "poem", "indicator"),
        *("mapframe", "maplink", "templatestyles", "charinsert"),
    }
)
_SINGLE_ONLY: Final = frozenset(name.lower() for name in _mw.SINGLE_ONLY)

# --- tokens ---------------------------------------------------------------------------

# What a tag name is to mwparserfromhell: text up to a markup character, space or quote.
_NAME_CLASS = r"[^\s{}\[\]<>|=&'#*;:/\\\"!\-]"
_TAG_NAME = re.compile(_NAME_CLASS + "+")
_CLOSER = re.compile(r"</(" + _NAME_CLASS + r"+)[^\S\n]*>")
_MANGLED = re.compile(r"<([^\S\n]*)(/?)([^\S\n]*)([A-Za-z][A-Za-z0-9]*)")
_MANGLED_ATTRS = re.compile(
    r"(?:[^\S\n]+[^\s=<>/\"'{}\[\]|]+[^\S\n]*=[^\S\n]*"
    r"(?:\"[^\"<>{}\[\]|\n]*\"|'[^'<>{}\[\]|\n]*'|[^\s\"'<>/{}\[\]|]+))*[^\S\n]*"
)
_TAG_END = re.compile(r"[<>\n]")
_SLASH_GAP = re.compile(r"/[^\S\n]+>")
_ATTR_STOP = re.compile(r"[<>=\"']")
_ATTRIBUTE_MARKUP = re.compile(r"[{}\[\]<]")
_TEMPLATE_NAME_STOP = re.compile(r"[|{}\[\]<>\n]")
_SCHEME = re.compile(r"[A-Za-z0-9+.\-]*:")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")

_PROTECTED_ALT = "|".join(sorted(_PROTECTED | _OPAQUE, key=lambda name: (-len(name), name)))
_LOCATE_TOKEN = re.compile(r"\{\{+|\}\}+|<(?:!--|[^\S\n]*(?i:" + _PROTECTED_ALT + r")(?![^\s/>]))")
_LOCATE_TOKEN_LINES = re.compile(_LOCATE_TOKEN.pattern + r"|\n")
#: What the main loop of prepare reads token by token (see _PREPARE_STEP_INSIDE).
_PREPARE_TOKEN = re.compile(r"\{\{+|\}\}+|\[\[?|\]\]?|<|\n|''+|[|=]")

# --- the public models ----------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Located:
    """Where the first settlement infobox is in a page.

    ``text[start:end]`` is the infobox from its ``{{`` to its ``}}``. When it has no
    closing braces (``terminated`` is false), ``end`` is where what was taken ends:
    after its last parameter line, never the rest of the article. ``others`` counts
    the settlement infoboxes that start after it. ``diagnostics`` holds
    ``infobox.unterminated`` and ``infobox.multiple`` when they apply.

    >>> page = "Intro {{Infobox settlement|name=X}} text"
    >>> found = locate(page)
    >>> found.start, found.end, found.name, page[found.start:found.end]
    (6, 35, 'Infobox settlement', '{{Infobox settlement|name=X}}')
    """

    start: int
    end: int
    name: str
    terminated: bool
    others: int
    diagnostics: tuple[Diagnostic, ...] = ()


def _frozen(mapping: Mapping[str, str]) -> FrozenMap[str, str]:
    return mapping if isinstance(mapping, FrozenMap) else FrozenMap(mapping)


@attrs.frozen(kw_only=True)
class Prepared:
    r"""The infobox's text made safe for mwparserfromhell, and what was done to it.

    ``text`` has exactly the length of the slice it came from. Characters that were
    neutralised are private-use placeholders; ``restore`` maps each placeholder to
    the character it replaced (placeholders are chosen per call among characters
    absent from the slice). Renderers of plain text pass their output through
    :meth:`restored`. ``diagnostics`` carry offsets in the *input* page.

    >>> p = prepare("{{Infobox settlement|name=A [[B}}", 0, 33)
    >>> p.text == "{{Infobox settlement|name=A \ue000\ue000B}}", p.restored(p.text)[-5:]
    (True, '[[B}}')
    """

    text: str
    diagnostics: tuple[Diagnostic, ...] = ()
    restore: Mapping[str, str] = attrs.field(factory=FrozenMap, converter=_frozen)

    def restored(self, text: str) -> str:
        r"""Put the original characters back in (part of) the prepared text.

        >>> prepare("{{Infobox settlement|a=<ref>b}}", 0, 31).restored("\ue000ref>b")
        '<ref>b'
        """
        if not self.restore:
            return text
        return text.translate({ord(key): value for key, value in self.restore.items()})


# --- helpers shared by both passes -------------------------------------------------------


class _Finder:
    """``str.find`` that remembers its answers, so repeated searches stay linear.

    Once ``needle`` is missing after position ``p``, it is missing after every
    later position too, so the next search from there fails without scanning. And
    once a search from ``p`` found it at ``q``, a search from anywhere in ``p..q``
    finds it at ``q`` again (many ``<ref>`` in one ``<ref>…</ref>`` share a closer).
    """

    __slots__ = ("_end", "_found", "_matched", "_missing_after", "_text")

    def __init__(self, text: str, end: int) -> None:
        self._text = text
        self._end = end
        self._missing_after: dict[str, int] = {}
        self._found: dict[str, tuple[int, int]] = {}  # needle -> (searched from, found at)
        self._matched: dict[str, tuple[int, re.Match[str]]] = {}

    def find(self, needle: str, start: int) -> int:
        if start >= self._missing_after.get(needle, self._end + 1):
            return -1
        since, at = self._found.get(needle, (0, -1))
        if since <= start <= at:
            return at
        found = self._text.find(needle, start, self._end)
        if found < 0:
            self._missing_after[needle] = start
        else:
            self._found[needle] = (start, found)
        return found

    def search(self, key: str, pattern: re.Pattern[str], start: int) -> re.Match[str] | None:
        if start >= self._missing_after.get(key, self._end + 1):
            return None
        last = self._matched.get(key)
        if last is not None and last[0] <= start <= last[1].start():
            return last[1]
        found = pattern.search(self._text, start, self._end)
        if found is None:
            self._missing_after[key] = start
        else:
            self._matched[key] = (start, found)
        return found


_OPEN, _SELF, _CLOSE, _INCOMPLETE, _BADCLOSE = range(5)


@attrs.frozen
class _Tag:
    kind: int
    name: str  # lower case
    end: int
    repair: str | None = None  # same-length replacement of text[start:end]
    original: str = ""


def _canonical(closing: bool, name: str, attributes: str, selfclose: bool) -> str:
    attributes = attributes.strip()
    return (
        "<"
        + ("/" if closing else "")
        + name
        + (" " + attributes if attributes else "")
        + (" />" if selfclose else ">")
    )


def _same_length(closing: bool, name: str, attributes: str, selfclose: bool, size: int) -> str:
    core = "<" + ("/" if closing else "") + name + attributes.rstrip()
    tail = "/>" if selfclose else ">"
    return core + " " * (size - len(core) - len(tail)) + tail


def _slash_mangled(inner: str) -> bool:
    """Whether an opening tag's tail is a self-closing slash followed by spaces."""
    stripped = inner.rstrip()
    return (
        stripped != inner
        and stripped.endswith("/")
        and (len(stripped) == 1 or stripped[-2].isspace())
    )


def _mangled_at(text: str, i: int, end: int) -> _Tag | None:
    """Read a known tag with spaces where mwparserfromhell allows none."""
    match = _MANGLED.match(text, i, end)
    if match is None:
        return None
    lead, slash, gap, name = match.groups()
    if name.lower() not in KNOWN_TAGS:
        return None
    after = match.end()
    if after < end and not (text[after].isspace() or text[after] in "/>"):
        return None
    stop = _TAG_END.search(text, after, end)
    if stop is None or stop.group() != ">":
        return None
    inner = text[after : stop.start()]
    closing = bool(slash)
    selfclose = not closing and inner.rstrip().endswith("/")
    attributes = inner.rstrip()[:-1] if selfclose else inner
    if closing and attributes.strip():
        return None
    if lead and _MANGLED_ATTRS.fullmatch(attributes) is None:
        return None
    if not (lead or (closing and gap) or (selfclose and _slash_mangled(inner))):
        return None
    size = stop.end() - i
    if closing and name.lower() in _SINGLE_ONLY:  # "< /br >" is a line break too
        return _Tag(
            kind=_SELF,
            name=name.lower(),
            end=stop.end(),
            repair=_same_length(False, name, "", True, size),
            original=_canonical(False, name, "", True),
        )
    single = selfclose or name.lower() in _SINGLE_ONLY
    return _Tag(
        kind=_CLOSE if closing else (_SELF if single else _OPEN),
        name=name.lower(),
        end=stop.end(),
        repair=_same_length(closing, name, attributes, selfclose, size),
        original=_canonical(closing, name, attributes, selfclose),
    )


def _attributes_end(text: str, j: int, end: int, finder: _Finder) -> int:
    """Where an opening tag's attributes end (after ``>``), or -1 if they never do.

    Follows mwparserfromhell: a quote right after ``=`` opens a quoted value that may
    hold ``>``; a quote that never closes, or a ``<`` outside quotes, leaves the tag
    incomplete.
    """
    after_equals = -1
    while True:
        stop = _ATTR_STOP.search(text, j, end)
        if stop is None:
            return -1
        char, at = stop.group(), stop.start()
        if char == ">":
            return at + 1
        if char == "<":
            return -1
        if char == "=":
            after_equals = at + 1
            j = at + 1
            continue
        if after_equals >= 0 and not text[after_equals:at].strip():
            close = finder.find(char, at + 1)
            while close >= 2 and text[close - 1] == "\\" and text[close - 2] != "\\":
                close = finder.find(char, close + 1)
            if close < 0:
                return -1
            following = text[close + 1 : close + 3]
            if following[:1] == ">" or following[:1].isspace() or following == "/>":
                j = close + 1
            else:  # mwparserfromhell rereads the value as unquoted
                j = at + 1
        else:
            j = at + 1
        after_equals = -1


def _tag_at(text: str, i: int, end: int, finder: _Finder) -> _Tag | None:
    """Read the tag that starts with the ``<`` at ``i``; None if it is just text."""
    nxt = text[i + 1 : i + 2]
    if nxt == "/":
        closer = _CLOSER.match(text, i, end)
        if closer is not None and closer.group(1).lower() not in _SINGLE_ONLY:
            return _Tag(kind=_CLOSE, name=closer.group(1).lower(), end=closer.end())
        mangled = _mangled_at(text, i, end)
        if mangled is not None:
            return mangled
        name = _TAG_NAME.match(text, i + 2, end)
        if name is not None and name.group().lower() in _SINGLE_ONLY:
            # "</br>" is a line break to MediaWiki, and to mwparserfromhell a closing tag
            # that ends the tag around it: it becomes "<br/>", of the same length.
            rest = _opening_at(text, i, name, end, finder)
            if rest.kind in (_OPEN, _SELF):
                inner = text[name.end() : rest.end - 1]
                core = inner.rstrip().removesuffix("/").rstrip()
                return _Tag(
                    kind=_SELF,
                    name=rest.name,
                    end=rest.end,
                    repair=_same_length(False, name.group(), core, True, rest.end - i),
                    original=_canonical(False, name.group(), core, True),
                )
        return _Tag(kind=_BADCLOSE, name=name.group().lower() if name else "", end=i + 2)
    if not nxt or nxt.isspace():
        return _mangled_at(text, i, end) if nxt else None
    name = _TAG_NAME.match(text, i + 1, end)
    if name is None:
        return None
    return _opening_at(text, i, name, end, finder)


def _opening_at(text: str, i: int, name: re.Match[str], end: int, finder: _Finder) -> _Tag:
    lower = name.group().lower()
    j = name.end()
    nxt = text[j : j + 2]
    if nxt[:1] == ">":
        return _Tag(kind=_SELF if lower in _SINGLE_ONLY else _OPEN, name=lower, end=j + 1)
    if nxt == "/>":
        return _Tag(kind=_SELF, name=lower, end=j + 2)
    gap = _SLASH_GAP.match(text, j, end)
    if gap is not None and lower in KNOWN_TAGS:  # "<br/ >"
        return _Tag(
            kind=_SELF,
            name=lower,
            end=gap.end(),
            repair=_same_length(False, name.group(), "", True, gap.end() - i),
            original=_canonical(False, name.group(), "", True),
        )
    if not nxt[:1].isspace():
        return _Tag(kind=_INCOMPLETE, name=lower, end=j) if not nxt else _NOT_A_TAG
    stop = _attributes_end(text, j, end, finder)
    if stop < 0 or _ATTRIBUTE_MARKUP.search(text, j, stop) is not None:
        # Braces, brackets or tags in attributes may close what is around the tag for
        # MediaWiki but not for mwparserfromhell: such a tag is read as text.
        return _Tag(kind=_INCOMPLETE, name=lower, end=j)
    inner = text[j : stop - 1]
    if lower in KNOWN_TAGS and _slash_mangled(inner):
        attributes = inner.rstrip()[:-1]
        return _Tag(
            kind=_SELF,
            name=lower,
            end=stop,
            repair=_same_length(False, name.group(), attributes, True, stop - i),
            original=_canonical(False, name.group(), attributes, True),
        )
    selfclose = text[stop - 2] == "/"
    return _Tag(kind=_SELF if selfclose or lower in _SINGLE_ONLY else _OPEN, name=lower, end=stop)


_NOT_A_TAG: Final = _Tag(kind=-1, name="", end=0)


def _protected_closer(lower: str) -> re.Pattern[str]:
    return re.compile(r"<[^\S\n]*/[^\S\n]*" + re.escape(lower) + r"[^\S\n]*>", re.IGNORECASE)


_PROTECTED_CLOSERS: Final = {lower: _protected_closer(lower) for lower in _PROTECTED | _OPAQUE}

_VALID, _NESTED, _INVALID = range(3)
_NAME_KEEP = 512


def _template_name(text: str, q: int, end: int, finder: _Finder) -> tuple[int, str]:
    """Read a template name from ``q`` as mwparserfromhell would.

    Returns ``(_VALID, name)`` with comments kept (up to 512 characters),
    ``(_NESTED, "")`` when the name holds a template, or ``(_INVALID, "")`` when
    mwparserfromhell would not read a template here at all. Scans stop at the next
    ``{``, so the scans of all names together read each character once.
    """
    parts: list[str] = []
    kept = 0
    has_text = after_newline = False
    pos = q
    while True:
        stop = _TEMPLATE_NAME_STOP.search(text, pos, end)
        at = end if stop is None else stop.start()
        if at > pos:
            chunk = text[pos:at]
            if not chunk.isspace():
                if after_newline or "''" in chunk:  # bold or italic marks: not a name
                    return _INVALID, ""
                has_text = True
            if kept < _NAME_KEEP:
                parts.append(chunk)
                kept += len(chunk)
        char = "" if stop is None else stop.group()
        if char in ("", "|") or (char == "}" and text.startswith("}}", at)):
            break  # the end of the text ends a name too: the template is unterminated
        if char == "\n":
            after_newline = after_newline or has_text
            pos = at + 1
            continue
        if char == "<" and text.startswith("<!--", at):
            close = finder.find("-->", at + 4)
            if close < 0:
                return _INVALID, ""
            pos = close + 3
            continue
        if char == "{" and text.startswith("{{", at):
            return _NESTED, ""
        return _INVALID, ""
    if not has_text:
        return _INVALID, ""
    return _VALID, "".join(parts)


def _is_external_link(text: str, j: int, end: int) -> bool:
    """Whether ``[`` before ``j`` opens a bracketed external link for mwparserfromhell."""
    if text.startswith("//", j):
        k = j + 2
    else:
        scheme = _SCHEME.match(text, j, end)
        if scheme is None:
            return False
        k = scheme.end()
        slashes = text.startswith("//", k)
        if not _mw.is_scheme(text[j : k - 1], slashes):
            return False
        if slashes:
            k += 2
    return k < end and text[k] not in "\n ]"


# --- locate -------------------------------------------------------------------------------


@attrs.define
class _Candidate:
    start: int
    name: str
    depth: int  # index of its piece on the brace stack
    end: int = -1  # -1 while open
    template: bool = True  # False once its braces closed as an argument {{{...}}}


def locate(text: str) -> Located | None:
    r"""Find the first settlement infobox in ``text``, or None.

    One linear pass counts braces the way MediaWiki does; ``{{`` inside comments,
    ``<nowiki>``, ``<pre>``, ``<math>``, ``<ref>…</ref>`` and the like does not count.
    The pass ends early once the first infobox is closed and no template after it
    can be a settlement infobox (:func:`_last_possible_call`).

    >>> locate("<!-- {{Infobox city}} --> {{Infobox person}} {{infobox_town|a=1}}").name
    'infobox_town'
    >>> found = locate("{{Infobox settlement\n| name = X\n\n'''X''' is a town.")
    >>> found.terminated, found.end, [d.code for d in found.diagnostics]
    (False, 31, ['infobox.unterminated'])
    >>> locate("no infobox here") is None
    True
    """
    if (is_settlement_template, may_call_settlement_template) != _NAME_TESTS:
        # The name tests were replaced (tests do): no shortcut is known to hold.
        return _locate(text, early=False) if may_call_settlement_template(text) else None
    if not _possible_calls(text, 0):  # a superset of may_call_settlement_template
        return None
    found = _locate(text, early=True)
    if found is None or _calls_at(text, found.start):
        return found
    return found if may_call_settlement_template(text) else None


def _calls_at(text: str, start: int) -> bool:
    """Whether the fast test is sure to pass on ``text`` for the call at ``start``.

    It reads every ``{{`` and its name up to ``|`` or ``}``; when the call found at
    ``start`` passes alone, with the character that ends its name and no comment in
    it, it passes in the page too: it is read there the same way.
    """
    run = _CALL.match(text, start)
    if run is None or run.end() >= len(text) or text[run.end()] not in "|}":
        return False
    call = text[start : run.end() + 1]
    return "<!--" not in call and may_call_settlement_template(call)


def _locate(text: str, *, early: bool) -> Located | None:
    """:func:`locate` without its fast test; ``early``: stop once nothing can change."""
    n = len(text)
    settlement = _is_settlement if early else is_settlement_template
    finder = _Finder(text, n)
    stack: list[list[int]] = []  # [position, braces left, candidate index or -1]
    candidates: list[_Candidate] = []
    open_candidates = 0
    templates = 0  # candidates closed as templates
    possible_end = -1  # past the last "{{" after which a candidate may start; -1: unknown
    line_at = array("q")
    line_depth = array("q")
    search = _LOCATE_TOKEN.search
    name_run = _NAME_RUN.match
    pos = 0
    while True:
        token = search(text, pos)
        if token is None:
            break
        i = token.start()
        first = text[i]
        if first == "\n":
            line_at.append(i)
            line_depth.append(len(stack))
            pos = i + 1
        elif first == "{":
            pos = token.end()
            size = pos - i
            index = -1
            # _template_name, at once for the usual name that ends at "|" or "}}"
            run = name_run(text, pos)
            after = run.end() if run is not None else -1
            if run is not None and (
                after == n or text[after] == "|" or text.startswith("}}", after)
            ):
                name = run.group()
                valid = bool(name) and not name.isspace() and "''" not in name
            else:
                status, name = _template_name(text, pos, n, finder)
                valid = status == _VALID
            if valid and settlement(name):
                index = len(candidates)
                candidates.append(_Candidate(start=pos - 2, name=name, depth=len(stack)))
                if not open_candidates:
                    search = _LOCATE_TOKEN_LINES.search
                open_candidates += 1
            stack.append([i, size, index])
        elif first == "}":
            left = token.end() - i
            at = i
            while left >= 2 and stack:
                piece = stack[-1]
                used = 3 if left >= 3 and piece[1] >= 3 else 2
                if piece[2] >= 0:
                    candidate = candidates[piece[2]]
                    candidate.end = at + used
                    candidate.template = used == 2
                    templates += used == 2
                    piece[2] = -1
                    open_candidates -= 1
                    if not open_candidates:
                        search = _LOCATE_TOKEN.search
                piece[1] -= used
                at += used
                left -= used
                if piece[1] < 2:
                    stack.pop()
            pos = token.end()
            if early and templates and not open_candidates:
                # The first infobox and its end are final; only later ones could count.
                if possible_end < 0:
                    possible_end = _last_possible_call(text, pos)
                if pos >= possible_end:
                    break
        elif text.startswith("<!--", i):
            close = finder.find("-->", i + 4)
            if close >= 0:
                pos = close + 3
            elif open_candidates:
                pos = i + 4  # inside an infobox, an unclosed comment is read as text
            else:
                break  # as in MediaWiki, the rest of the page is a comment
        else:
            pos = _skip_protected(text, i, n, finder)
    return _choose(text, candidates, line_at, line_depth)


#: The name tests that the shortcuts of :func:`locate` hold for (tests may replace them).
_NAME_TESTS: Final = (is_settlement_template, may_call_settlement_template)
#: :func:`infobox.names.is_settlement_template`, asked once per name that pages share.
_is_settlement = functools.lru_cache(maxsize=4096)(is_settlement_template)
#: The usual template name: up to "|" or "}}" with nothing that ends a name before.
_NAME_RUN = re.compile(r"[^|{}\[\]<>\n]*")
#: A run of "{{" and the name after it as written, and a comment if one is in it.
_CALL = re.compile(r"\{\{+([^{}|<>\[\]]*+)(<!--)?")
_FOLD = re.compile(r"[\s_]+")


def _letters(name: str) -> str:
    """A name without spaces or ``_``, its first letter upper case, case folded."""
    name = _FOLD.sub("", name)
    return (name[:1].upper() + name[1:]).casefold()


#: Each settlement template's name as :func:`_letters` reduces it.
_LETTERS: Final = frozenset(_letters(name) for name in SETTLEMENT_TEMPLATES)


@functools.lru_cache(maxsize=4096)  # a pure function of names that pages share
def _may_be_settlement(name: str) -> bool:
    """Whether a name as written, without comments, may be a settlement infobox's.

    True whenever :func:`infobox.names.is_settlement_template` is: that compares
    the name with its spaces folded, after an optional namespace, first letter in
    upper case; this compares the letters alone, case aside, after any colon.
    """
    if _letters(name) in _LETTERS:
        return True
    if ":" not in name:
        return False
    parts = name.split(":")
    return any(_letters(":".join(parts[k:])) in _LETTERS for k in range(1, len(parts)))


def _possible_calls(text: str, pos: int) -> set[tuple[str, str]]:
    """The calls from ``pos`` on that may be of a settlement infobox (see _CALL)."""
    calls = set(_CALL.findall(text, pos))
    return {call for call in calls if call[1] or _may_be_settlement(call[0])}


def _last_possible_call(text: str, pos: int) -> int:
    """Past the last ``{{`` from ``pos`` on that may call a settlement infobox.

    ``pos`` if there is none: after it, no candidate can start. A superset of what
    the scan would find, read by regular expressions: a name with a comment in it
    counts whatever it is; any other is compared by its letters alone.
    """
    last = pos
    possible = _possible_calls(text, pos)
    if possible:
        for call in _CALL.finditer(text, pos):
            if call.groups("") in possible:
                last = call.end()
    return last


def _skip_protected(text: str, i: int, end: int, finder: _Finder) -> int:
    """Past the ``<nowiki>``- or ``<ref>``-like element at ``i`` if it closes, else past ``<``.

    The element ends at the first closing tag of its name, as in MediaWiki, even
    if that is in a comment or in a nested element of the same name.
    """
    tag = _tag_at(text, i, end, finder)
    if tag is None or tag.kind != _OPEN or tag.name not in _PROTECTED_CLOSERS:
        return i + 1
    close = finder.search("</" + tag.name, _PROTECTED_CLOSERS[tag.name], tag.end)
    return i + 1 if close is None else close.end()


def _choose(
    text: str, candidates: list[_Candidate], line_at: array[int], line_depth: array[int]
) -> Located | None:
    templates = [c for c in candidates if c.template]
    if not templates:
        return None
    first = templates[0]
    diagnostics: list[Diagnostic] = []
    name = _COMMENT.sub("", first.name).strip()
    if first.end >= 0:
        end = first.end
    else:
        starts = {c.start for c in templates[1:]}
        end = _unterminated_end(text, first, starts, line_at, line_depth)
        diagnostics.append(
            make(
                "infobox.unterminated",
                f"the infobox '{name}' has no closing braces; "
                f"read it up to its last parameter line ({end - first.start} characters)",
                start=first.start,
                end=end,
            )
        )
    following = [c for c in templates[1:] if c.start >= end]
    if following:
        second = following[0]
        diagnostics.append(
            make(
                "infobox.multiple",
                f"{len(following)} more settlement infobox"
                f"{'es follow' if len(following) > 1 else ' follows'} the first; "
                "only the first was read",
                start=second.start,
                end=second.end if second.end >= 0 else second.start + 2,
            )
        )
    return Located(
        start=first.start,
        end=end,
        name=name,
        terminated=first.end >= 0,
        others=len(following),
        diagnostics=tuple(diagnostics),
    )


def _unterminated_end(
    text: str,
    infobox: _Candidate,
    other_starts: set[int],
    line_at: array[int],
    line_depth: array[int],
) -> int:
    """Where an infobox without closing braces ends: before the first line not in it.

    A line ends the infobox when it is a ``==`` heading, another settlement infobox,
    or, directly inside the infobox, a line starting with ``'''`` (the lead's bold
    title) or a line after a blank line that is not a parameter (``|``), closing
    braces or a comment. If no line qualifies directly inside the infobox (a nested
    template is open too), the first line that would qualify at any depth is used.
    """
    n = len(text)
    fallback = -1
    blank_before = False
    for index in range(len(line_at)):
        newline = line_at[index]
        if newline < infobox.start:
            continue
        line = newline + 1
        k = line
        while k < n and text[k] in " \t\r\f\v":
            k += 1
        if k >= n or text[k] == "\n":
            blank_before = True
            continue
        heading = text[line] == "="
        other = k in other_starts
        bold = text.startswith("'''", k)
        paragraph = blank_before and not (text[k] in "|}" or text.startswith("<!--", k))
        blank_before = False
        if heading or other:
            return _trim_end(text, infobox.start, line)
        if bold or paragraph:
            if line_depth[index] - infobox.depth == 1:
                return _trim_end(text, infobox.start, line)
            if fallback < 0:
                fallback = line
    return _trim_end(text, infobox.start, fallback if fallback >= 0 else n)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start + 2 and text[end - 1].isspace():
        end -= 1
    return end


# --- prepare ----------------------------------------------------------------------------

_BRACE, _TAG_FRAME, _LINK, _EXTERNAL, _ROOT = range(5)
# Events kept per construct, in text order, and replayed into the enclosing construct
# when a construct is neutralised: what was inside it is then inside that one.
_BAR, _EQUALS, _SPLIT, _POISON, _QUOTE, _NEWLINE = range(6)
# A run of parameter lines read at once, each of which gives the three events
# (_NEWLINE, _BAR, _SPLIT) and nothing else: what they do is what the run does.
_LINES = 6
# A parameter's plain name, up to its "=".
_PLAIN_NAME = r"[^\n\[\]{}<>'|=]*+(?:'(?!')[^\n\[\]{}<>'|=]*+)*+"
_SIMPLE_DEPTH = MAX_NESTING - 1  # a template and a link in it: neither too deep
_SIMPLE_TAG_DEPTH = MAX_NESTING - 2  # a ref, a template in it and a link in that
_BAD_TITLE = re.compile(r"[\n\[\]{}<>]")
# A link, or a template whose name mwparserfromhell accepts, holding no markup but
# "|", "=", single quotes and (in a template's parameters) such links: no line break,
# other bracket, brace, tag, bold or italic mark. Read token by token it is pushed, its
# "|" and "=" are events of its own, and it is closed and settled with nothing to
# pair; so is each link in it, one level deeper. Nothing else changes.
# possessive, and each character read one way only: what fails is never read twice
_PLAIN = r"[^\n\[\]{}<>'|]*+(?:'(?!')[^\n\[\]{}<>'|]*+)*+"
_LINK_TEXT = r"\[\[" + _PLAIN + r"(?:\|" + _PLAIN + r")*+\]\]"
_SIMPLE_LINK = re.compile(_LINK_TEXT)
_SIMPLE_TEMPLATE = re.compile(
    r"\{\{" + _PLAIN + r"((?:\|" + _PLAIN + r"(?:" + _LINK_TEXT + _PLAIN + r")*+)*+)\}\}"
)
# A tag that, read token by token, only sets its attributes aside (a line break, a
# ref that names itself and ends at once) or, for a closed ref, is pushed, closed by
# its own closing tag and settled with nothing to pair inside, like the templates (with
# a name) and links it holds (see _SIMPLE_TEMPLATE): nothing else changes.
_REF_ATTRIBUTES = r"""(?:[ ]+name[ ]*=[ ]*(?:"[^"<>{}\[\]|\n\\'/=]*"|[A-Za-z0-9_.:\-]+))?[ ]*"""
_NAMED_TEMPLATE = (
    r"\{\{[^\S\n]*+(?:[^\s\[\]{}<>'|]|'(?!'))"
    + _PLAIN
    + r"(?:\|"
    + _PLAIN
    + r"(?:"
    + _LINK_TEXT
    + _PLAIN
    + r")*+)*+\}\}"
)
_REF_TEXT = (
    r"[^\n\[\]{}<']*+(?:(?:'(?!')|" + _LINK_TEXT + "|" + _NAMED_TEMPLATE + r")[^\n\[\]{}<']*+)*+"
)
_SIMPLE_TAG = re.compile(
    r"<br[ ]?/?>|<ref" + _REF_ATTRIBUTES + r"(?:/>|>" + _REF_TEXT + r"(</ref>))"
)
# The steps of the main loop: ``match`` from a position reads the text up to the next
# token that counts in one run (group 1 is that token), with what the loop would jump
# one match at a time (see _SIMPLE_LINK, _SIMPLE_TEMPLATE, _SIMPLE_TAG).
_JUMPED_TAG = r"<br[ ]?/?>|<ref" + _REF_ATTRIBUTES + r"(?:/>|>" + _REF_TEXT + r"</ref>)"


def _step(text: str, others: str, tokens: str, *, lines: bool = False) -> re.Pattern[str]:
    """Runs of ``text`` between ``others`` (possessive, unrolled), then ``(tokens)``.

    With ``lines``, after a line break group 2 is a run of parameter lines, each a
    plain name up to its "=" and a value read as the text before a token is.
    """
    run = text + "(?:(?:" + others + ")" + text + ")*+"
    if not lines:
        return re.compile(run + "(" + tokens + ")")
    line = r"[ \t]*+\|" + _PLAIN_NAME + "=" + run
    return re.compile(run + "(" + tokens + r")(?:(?<=\n)(" + line + r"(?:\n" + line + ")*+))?")


# With nothing open, "]", "}}", "|" and "=" close or follow nothing (see
# _Preparer.close_bracket, close_braces and event) and a line break counts only
# before a table (see line_start): all are text. A template is jumped unless a lone
# "{" follows it (see _Preparer.after_closer) or it ends the slice.
_ROOT_JUMPS = (
    r"\{(?!\{)|'(?!')|" + _LINK_TEXT + "|" + _NAMED_TEMPLATE + r"(?=[^{}]|\{\{)|" + _JUMPED_TAG
)
_PREPARE_STEP_ROOT = _step(
    r"[^{\[<'\n]*+", _ROOT_JUMPS + r"|\n(?![ \t\r\f\v]*\{\|)", r"\{\{+|\[\[?|<|''+|\n"
)
# Where no bold or italic mark is open on the line (nothing open, nothing pending),
# a pair of marks of one kind with text and jumps between on the line is pushed and
# popped by settle with no effect (unless in a tag's attributes: see _Preparer.run).
_LINE_TEXT = r"[^{\[<'\n]*+(?:(?:" + _ROOT_JUMPS + r")[^{\[<'\n]*+)*+"
_QUOTE_PAIR = r"''(?!')" + _LINE_TEXT + r"''(?!')|'''(?!')" + _LINE_TEXT + r"'''(?!')"
_PREPARE_STEP_PAIRS = _step(
    r"[^{\[<'\n]*+",
    _QUOTE_PAIR + "|" + _ROOT_JUMPS + r"|\n(?![ \t\r\f\v]*\{\|)",
    r"\{\{+|\[\[?|<|''+|\n",
)
# After a bold or italic mark on the line, where every line break counts.
_PREPARE_STEP_PENDING = _step(r"[^{\[<'\n]*+", _ROOT_JUMPS, r"\{\{+|\[\[?|<|''+|\n")
# Outside all constructs "|" and "=" are events of nothing (see _Preparer.event).
_PREPARE_STEP_OUTSIDE = _step(
    r"[^{}\[\]<\n']*+", r"\{(?!\{)|\}(?!\})|'(?!')", r"\{\{+|\}\}+|\[\[?|\]\]?|<|\n|''+"
)
# Inside a construct every token of _PREPARE_TOKEN counts (a lone "{", "}" or "'" is
# text); after a line break, group 2 is a run of parameter lines with plain names and
# values whose tokens ("\n", "|", "=" and nothing else) the loop may take at once ...
_INSIDE_TEXT = r"[^{}\[\]<\n'|=]*+"
_INSIDE_TOKENS = r"\{\{+|\}\}+|\[\[?|\]\]?|<|\n|''+|\||="
_PREPARE_STEP_INSIDE = _step(_INSIDE_TEXT, r"\{(?!\{)|\}(?!\})|'(?!')", _INSIDE_TOKENS, lines=True)
# ... and where the loop's jumps all apply (not too deep, no opaque tag open: a ref
# in one must not take the closing tag of the ref around it), a step jumps them too,
# a template only when no brace follows it (see _Preparer.after_closer).
_PREPARE_STEP_JUMP = _step(
    _INSIDE_TEXT,
    r"\{(?!\{)|\}(?!\})|'(?!')|" + _LINK_TEXT + "|" + _NAMED_TEMPLATE + "(?=[^{}])|" + _JUMPED_TAG,
    _INSIDE_TOKENS,
    lines=True,
)
_HIDEABLE = frozenset("<{}[]|='")  # characters that may be neutralised
_INDENT = re.compile(r"[ \t\r\f\v]*+")
_LINE_MARKS = "= \t\r\f\v{"  # what line_start may act on after a line break ("" too)
#: settle skips a construct without bold or italic marks (a test switches it off).
_SETTLE_QUOTED_ONLY = True


class _Frame:
    """One open construct on the preparer's stack."""

    __slots__ = (
        "attribute_quotes",
        "closer",
        "count",
        "deep",
        "events",
        "hide_rest",
        "key",
        "kind",
        "name",
        "name_ok",
        "poisoned",
        "pos",
        "quoted",
        "size",
        "title_end",
    )

    def __init__(self, kind: int, pos: int, deep: bool, *, size: int = 1, name: str = "") -> None:
        self.kind = kind
        self.pos = pos
        self.deep = deep  # nested too deeply: both ends are neutralised
        self.size = size  # braces in the run
        self.count = size  # braces not yet matched
        self.hide_rest = False  # braces: the outer matches of this run are neutralised
        self.name = name
        self.name_ok = True  # braces: mwparserfromhell would accept the template's name
        self.key = False  # braces: between a "|" and its "=" (a parameter's name)
        self.poisoned = False  # braces: that name has "}}{{" in it
        self.title_end = -1  # links: where the first "|" directly inside is
        self.closer = -1  # opaque tags (see _OPAQUE): where their closing tag is
        self.attribute_quotes: list[int] = []  # tags: quote marks in the attributes
        self.events: list[tuple[int, int, int]] = []  # (event, position, size)
        self.quoted = False  # whether a bold or italic mark is in the events

    def transparent(self) -> bool:
        """Whether mwparserfromhell will not see this construct (it is neutralised)."""
        return self.deep or (
            self.kind == _BRACE and (self.hide_rest or (self.size == 2 and not self.name_ok))
        )


@attrs.define
class _Tally:
    count: int = 0
    start: int = -1
    end: int = -1
    names: dict[str, int] = attrs.Factory(dict)

    def add(self, start: int, end: int, name: str = "") -> None:
        self.count += 1
        if self.start < 0 or start < self.start:
            self.start, self.end = start, end
        if name:
            self.names[name] = self.names.get(name, 0) + 1

    def listing(self, before: str, after: str) -> str:
        if not self.names:
            return ""
        shown = sorted(self.names.items(), key=lambda item: (-item[1], item[0]))
        text = ", ".join(f"{before}{name}{after} ({count})" for name, count in shown[:5])
        return ": " + text + (", …" if len(shown) > 5 else "")


_UNCLOSED_LABELS: Final = {
    "tag": ("unclosed tag", "unclosed tags"),
    "incomplete": (
        "incomplete tag (no '>', a quote that never closes or markup in its attributes)",
        "incomplete tags (no '>', a quote that never closes or markup in their attributes)",
    ),
    "link": ("unclosed link '[['", "unclosed links '[['"),
    "external": ("unclosed external link '['", "unclosed external links '['"),
    "table": (
        "table '{|' inside a template (MediaWiki splits it at each '|')",
        "tables '{|' inside a template (MediaWiki splits them at each '|')",
    ),
    "comment": ("unclosed comment '<!--'", "unclosed comments '<!--'"),
    "braces": ("unclosed template '{{'", "unclosed templates '{{'"),
    "quotes": (
        "unpaired bold or italic mark ('' or ''') in its line",
        "unpaired bold or italic marks ('' or ''') in their lines",
    ),
}


class _Preparer:
    """One linear pass over ``text[start:end]`` with a stack of open constructs.

    Braces come first, as in MediaWiki: ``}}`` closes the innermost open braces and
    every construct opened since is unclosed. A ``]]``, ``]`` or ``</tag>`` closes the
    innermost open link, external link or same-named tag if only tags lie between;
    those tags are unclosed. An opaque tag (``<ref>…</ref>``) is a wall: no closer in
    it reaches past it, and its closing tag leaves all still open in it unclosed.
    Unclosed constructs are neutralised, and so are the sequences that
    mwparserfromhell reads unlike MediaWiki in a way that would cut the infobox apart:
    bold and italic marks that pair across lines or parameters, tables and headings
    inside braces, template names it rejects. Side stacks index the
    frames by kind so that every step is O(1); a construct's content is replayed into
    the enclosing one when it is neutralised, at most :data:`MAX_NESTING` times.

    The pass jumps from token to token with one compiled expression, and reads at once
    what it would read token by token to no effect: links, named templates and closed
    refs that hold no other markup, line breaks and self-closing tags, a parameter's
    "|name=" (with the events its tokens give); outside all constructs it asks for no
    "|" or "=" and only for the line breaks that can matter, and with nothing open one
    match reads all of that up to the next token that counts. A test compares these
    shortcuts with reading token by token.
    """

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.finder = _Finder(text, end)
        self.root = _Frame(_ROOT, start, False)
        self.stack: list[_Frame] = []
        self.braces: list[int] = []  # stack indexes of brace frames
        self.non_tags: list[int] = []  # stack indexes of frames that are not tags
        self.tags: dict[str, list[int]] = {}  # tag name -> stack indexes
        self.opaque: list[int] = []  # stack indexes of tags with a closer (see _OPAQUE)
        self.scopes: list[int] = []  # stack indexes of frames that are not transparent
        self.neutral: dict[int, str] = {}  # position -> the character replaced
        self.changed: dict[int, str] = {}  # position -> repaired character
        self.repaired: list[Diagnostic] = []
        self.unclosed: dict[str, _Tally] = {kind: _Tally() for kind in _UNCLOSED_LABELS}
        self.unopened = _Tally()
        self.too_deep = _Tally()
        self.spare_closers = start  # where unmatched "}" at the very end begin
        # The attributes of the last tag read: quote marks, "|" and "=" in them are
        # text while the tag stays a tag (its frame keeps its quote marks, to
        # neutralise them if the tag is neutralised).
        self.attributes_end = start
        self.attributes_depth = -1
        self.attributes_of: _Frame | None = None

    # the stack

    def push(self, frame: _Frame) -> None:
        index = len(self.stack)
        self.stack.append(frame)
        if frame.kind == _TAG_FRAME:
            self.tags.setdefault(frame.name, []).append(index)
            if frame.closer >= 0:
                self.opaque.append(index)
        else:
            self.non_tags.append(index)
            if frame.kind == _BRACE:
                self.braces.append(index)
        if not frame.transparent():
            self.scopes.append(index)

    def pop(self) -> _Frame:
        index = len(self.stack) - 1
        frame = self.stack.pop()
        if frame.kind == _TAG_FRAME:
            self.tags[frame.name].pop()
            if frame.closer >= 0:
                self.opaque.pop()
        else:
            self.non_tags.pop()
            if frame.kind == _BRACE:
                self.braces.pop()
        if self.scopes and self.scopes[-1] == index:
            self.scopes.pop()
        return frame

    def scope(self) -> _Frame:
        """The innermost construct mwparserfromhell will see."""
        return self.stack[self.scopes[-1]] if self.scopes else self.root

    def scope_below(self, index: int) -> _Frame:
        """The innermost construct mwparserfromhell will see below ``stack[index]``."""
        scopes = self.scopes
        if scopes and scopes[-1] >= index:
            return self.stack[scopes[-2]] if len(scopes) >= 2 else self.root
        return self.scope()

    def barrier(self) -> int:
        """The stack index of the innermost opaque tag, or -1: nothing closes below it."""
        return self.opaque[-1] if self.opaque else -1

    def limit(self) -> int:
        """Where the innermost opaque tag's content ends (the end of the slice if none)."""
        return self.stack[self.opaque[-1]].closer if self.opaque else self.end

    def blocked(self, at: int, size: int) -> None:
        """A closer in an opaque tag that closes nothing there is text.

        mwparserfromhell reads it as text in the tag's content too, unless the tag is
        too deep for it to see: then it is neutralised, or it would close what is around.
        """
        if self.opaque and self.stack[self.opaque[-1]].deep:
            self.hide(at, size)

    def in_external(self) -> bool:
        return bool(self.non_tags) and self.stack[self.non_tags[-1]].kind == _EXTERNAL

    def deep(self) -> bool:
        return len(self.stack) >= MAX_NESTING

    def hide(self, position: int, count: int = 1) -> None:
        text, neutral = self.text, self.neutral
        for at in range(position, position + count):
            neutral[at] = text[at]

    def unwind_to(self, index: int) -> None:
        while len(self.stack) - 1 > index:
            self.abandon(self.pop())

    def abandon(self, frame: _Frame, *, quietly: bool = False) -> None:
        """Neutralise a construct that never closes (or closes across another)."""
        kind = frame.kind
        at = frame.pos
        if kind == _BRACE and at == self.start:  # the infobox's own braces: the caller
            self.settle(frame)  # closes them, so its content is final
            return
        self.replay(frame, self.scope())
        if quietly:
            self.hide(at, 2 if kind == _LINK else 1)
        elif kind == _BRACE:
            self.hide(at, frame.count)
            self.unclosed["braces"].add(at, at + frame.count)
        elif kind == _TAG_FRAME:
            self.hide(at)
            for quote in frame.attribute_quotes:  # no longer in attributes: keep them text
                self.hide(quote)
            self.unclosed["tag"].add(at, at + 1 + len(frame.name), frame.name)
        elif kind == _LINK:
            self.hide(at, 2)
            self.unclosed["link"].add(at, at + 2)
        else:
            self.hide(at)
            self.unclosed["external"].add(at, at + 1)

    def close(self, kind: int, at: int, width: int) -> None:
        """Close the innermost non-tag construct, a ``kind``, with ``text[at:at+width]``."""
        index = self.non_tags[-1]
        self.unwind_to(index)
        frame = self.pop()
        self.settle(frame)
        if frame.deep:
            self.hide(frame.pos, 2 if kind == _LINK else 1)
            self.hide(at, width)
            self.too_deep.add(frame.pos, at + width)

    # events

    def event(self, event: int, at: int, size: int = 0) -> None:
        if self.scopes:
            self.follow(self.stack[self.scopes[-1]], event, at, size)
            return
        # Outside all constructs only bold and italic marks and the line breaks that
        # bound them count (see settle); a break with no mark before it bounds nothing.
        events = self.root.events
        if event == _QUOTE or (event == _NEWLINE and events and events[-1][0] != _NEWLINE):
            events.append((event, at, size))

    def follow(self, frame: _Frame, event: int, at: int, size: int = 0) -> None:
        """Record an event in ``frame``; inside braces, track parameter names.

        Nothing is split here: mwparserfromhell reads the parameters. But MediaWiki
        splits them first, so bold and italic marks must pair within a parameter's
        name or value (see :meth:`settle`); and in a parameter's name, "}}" followed
        by "{{" makes mwparserfromhell reject the template at the next "=", so such
        an "=" is read as text.
        """
        if frame.kind == _BRACE:
            if event == _BAR:
                frame.key = True
                frame.poisoned = False
            elif event == _POISON:
                frame.poisoned = frame.poisoned or frame.key
            elif event in (_EQUALS, _SPLIT) and frame.key:  # a replayed split follows its "|"
                if frame.poisoned:
                    self.hide(at)
                    return
                frame.key = False
                event = _SPLIT
            elif event == _LINES:  # each line's "|" and "=" leave no name open
                frame.key = frame.poisoned = False
        elif frame.kind == _LINK and event == _BAR and frame.title_end < 0:
            frame.title_end = at
        frame.events.append((event, at, size))

    def replay(self, frame: _Frame, scope: _Frame) -> None:
        """What was inside ``frame`` is now inside ``scope``."""
        if scope.kind == _BRACE:
            for event, at, size in frame.events:
                self.follow(scope, event, at, size)
        else:  # only braces act on events; the rest keep them for settling or replay
            if scope.kind == _LINK and scope.title_end < 0:
                text = self.text
                bars = (
                    at if event == _BAR else text.find("|", at)  # a run's first "|"
                    for event, at, _ in frame.events
                    if event in (_BAR, _LINES)
                )
                scope.title_end = next(bars, -1)
            scope.events.extend(frame.events)
        scope.quoted = scope.quoted or frame.quoted
        frame.events.clear()
        frame.quoted = False

    def settle(self, frame: _Frame) -> None:
        """Pair the bold (''') and italic ('') marks of a construct whose content is final.

        As in MediaWiki, marks pair within a line and, inside braces, within a
        parameter's name or value; mwparserfromhell lets them pair across those,
        which would cut the infobox apart, so marks left unpaired are neutralised.
        """
        if not frame.quoted and _SETTLE_QUOTED_ONLY:  # nothing to pair
            frame.events.clear()
            return
        bounds = (_NEWLINE, _BAR, _SPLIT) if frame.kind == _BRACE else (_NEWLINE,)
        open_marks: list[tuple[int, int, int]] = []  # (2 or 3, start, length)
        for event, at, size in frame.events:
            if event == _QUOTE:
                if size == 5:
                    italic_first = bool(open_marks) and open_marks[-1][0] == 2
                    parts = (
                        [(2, at, 2), (3, at + 2, 3)]
                        if italic_first
                        else [(3, at, 3), (2, at + 3, 2)]
                    )
                else:
                    parts = [(size, at, size)]
                for kind, start, length in parts:
                    if open_marks and open_marks[-1][0] == kind:
                        open_marks.pop()
                    elif any(mark[0] == kind for mark in open_marks):
                        self.unpaired(start, length)  # it would cross the other mark
                    else:
                        open_marks.append((kind, start, length))
            elif event in bounds or event == _LINES:  # a run of lines starts with "\n"
                for _, start, length in open_marks:
                    self.unpaired(start, length)
                open_marks.clear()
        for _, start, length in open_marks:
            self.unpaired(start, length)
        frame.events.clear()
        frame.quoted = False

    def unpaired(self, start: int, length: int) -> None:
        self.hide(start, length)
        self.unclosed["quotes"].add(start, start + length)

    # tokens

    def run(self) -> Prepared:
        text, end = self.text, self.end
        nul = text.find("\0", self.start, end)
        while nul >= 0:  # mwparserfromhell stops reading at NUL and drops the rest
            self.hide(nul)
            nul = text.find("\0", nul + 1, end)
        pos = self.line_start(self.start)
        stack, scopes, outside = self.stack, self.scopes, self.root.events
        step_inside = _PREPARE_STEP_INSIDE.match
        step_jump = _PREPARE_STEP_JUMP.match
        step_outside = _PREPARE_STEP_OUTSIDE.match
        step_root = _PREPARE_STEP_ROOT.match
        step_pending = _PREPARE_STEP_PENDING.match
        step_pairs = _PREPARE_STEP_PAIRS.match
        opaque = self.opaque
        simple_link = _SIMPLE_LINK.match
        simple_template = _SIMPLE_TEMPLATE.match
        simple_tag = _SIMPLE_TAG.match
        while True:
            if scopes:
                step = step_inside if opaque or len(stack) >= _SIMPLE_TAG_DEPTH else step_jump
            elif stack:
                step = step_outside
            elif outside and outside[-1][0] != _NEWLINE:
                step = step_pending
            else:  # quote marks in the attributes of a tag are no events (see quote_run)
                step = step_pairs if pos >= self.attributes_end else step_root
            token = step(text, pos, end)
            if token is None:
                break
            i, j = token.span(1)
            first = text[i]
            if first == "\n":
                if scopes:
                    frame = stack[scopes[-1]]
                    if (
                        token.lastindex == 2
                        and frame is stack[-1]
                        and frame.kind == _BRACE
                        and self.attributes_end <= i
                    ):
                        # "\n| name = value" lines read at once, as their tokens would be
                        frame.events.append((_LINES, i, 0))
                        frame.key = frame.poisoned = False
                        pos = token.end()
                        continue
                while stack and stack[-1].kind == _EXTERNAL:
                    self.abandon(self.pop())  # external links end at the line
                if scopes:  # follow() of a line break
                    stack[scopes[-1]].events.append((_NEWLINE, i, 0))
                else:
                    self.event(_NEWLINE, i)
                pos = self.line_start(i + 1) if text[i + 1 : i + 2] in _LINE_MARKS else i + 1
                continue
            if first == "|" or first == "=":
                if not (
                    i < self.attributes_end
                    and len(stack) == self.attributes_depth
                    and self.attributes_of is None
                ):  # not in the attributes of a tag that stays a tag (see in_attributes)
                    self.event(_BAR if first == "|" else _EQUALS, i)
                pos = j
                continue
            if (first == "{" or first == "[") and j - i == 2 and len(stack) < _SIMPLE_DEPTH:
                # A link or template with no markup inside is pushed, read and closed
                # with no effect but on what follows it (see _SIMPLE_TEMPLATE): jump it.
                if first == "[":
                    simple = simple_link(text, i, end)
                    if simple is not None:
                        pos = simple.end()
                        continue
                else:
                    simple = simple_template(text, i, end)
                    if simple is not None and text[i + 2 : simple.start(1)].strip():
                        pos = simple.end()
                        if pos == end:
                            self.spare_closers = end
                            continue
                        if text[pos] != "}":
                            self.after_closer(pos)
                            continue
            if first == "'":
                self.quote_run(i, j - i)
                pos = j
            elif first == "{":
                self.open_braces(i, j - i)
                pos = j
            elif first == "}":
                self.close_braces(i, j - i)
                pos = j
            elif first == "[":
                if j - i == 2:
                    self.push(_Frame(_LINK, i, self.deep()))
                elif _is_external_link(text, i + 1, end):
                    if self.in_external():
                        self.hide(i)  # text inside an external link, and if that goes
                    else:
                        self.push(_Frame(_EXTERNAL, i, self.deep()))
                pos = j
            elif first == "]":
                pos = self.close_bracket(i, j - i)
            else:
                if len(stack) < _SIMPLE_TAG_DEPTH:
                    simple = simple_tag(text, i, end)
                    # A ref's closing tag must be its own, not that of the ref around it.
                    if simple is not None and (
                        simple.start(1) < 0 or not opaque or simple.start(1) < self.limit()
                    ):
                        pos = simple.end()
                        continue
                pos = self.angle(i)
        bottom = self.stack[self.braces[0]] if self.braces else None
        if bottom is not None and bottom.pos == self.start:
            # The caller will append "}}": a "}" left over at the end would join it.
            trailing = end
            while trailing > self.start and text[trailing - 1] == "}":
                trailing -= 1
            trailing = max(trailing, self.spare_closers)
            self.hide(trailing, end - trailing)
        while self.stack:
            self.abandon(self.pop())
        self.settle(self.root)
        return self.result()

    def line_start(self, j: int) -> int:
        text, end = self.text, self.end
        if text[j : j + 1] == "=":
            return self.heading(j)
        indent = _INDENT.match(text, j, end)
        k = indent.end() if indent is not None else j
        if text.startswith("{|", k) and k + 2 <= end:
            # A table. Inside a template MediaWiki splits it at each "|" (tables there
            # are written with {{!}}), and mwparserfromhell reads a table's attribute
            # lines unlike the rest, so it is read as text and its "|" stay bare.
            self.hide(k)
            self.unclosed["table"].add(k, k + 2)
            return k + 1
        return k

    def heading(self, j: int) -> int:
        """Neutralise a heading's "=" where mwparserfromhell would end the braces in it.

        Inside braces, MediaWiki reads a "== heading ==" line only where "}}" cannot
        close anything on it; mwparserfromhell reads headings in a parameter's name
        and in any construct but a template value, and then misses the "}}".
        """
        scope = self.scope()
        if scope.kind == _ROOT:
            return j
        if (
            scope.kind == _BRACE
            and scope.size == 2
            and not (scope.key and self.text[j + 1 : j + 2] == "=")
        ):
            return j  # a value, or a single "=" that separates a name from its value
        run = j
        while run < self.end and self.text[run] == "=":
            run += 1
        self.hide(j, run - j)
        return run

    def open_braces(self, i: int, size: int) -> None:
        frame = _Frame(_BRACE, i, self.deep(), size=size)
        status, _ = _template_name(self.text, i + size, self.end, self.finder)
        # A name holding a template may turn invalid if that template is neutralised.
        frame.name_ok = status == _VALID
        self.push(frame)

    def close_braces(self, at: int, left: int) -> None:
        run_end = at + left
        barrier = self.barrier()
        while left >= 2 and self.braces and self.braces[-1] > barrier:
            self.unwind_to(self.braces[-1])
            index = len(self.stack) - 1
            frame = self.stack[index]
            used = 3 if left >= 3 and frame.count >= 3 else 2
            if frame.transparent() or (used == 2 and not frame.name_ok):
                # Too deep for mwparserfromhell, a name it would reject, or a template
                # named by a template or argument out of one run of braces
                # ("{{{{x}}|a}}"), which mwparserfromhell may read as "{{{" first.
                self.hide(frame.pos + frame.count - used, used)
                self.hide(at, used)
                if frame.deep:
                    self.too_deep.add(frame.pos, at + used)
                self.replay(frame, self.scope_below(index))
            else:
                self.settle(frame)
            frame.count -= used
            at += used
            left -= used
            if frame.count < 2:
                self.pop()
                if frame.count == 1:
                    self.hide(frame.pos)  # a lone "{" before "{{...}}": text either way
            elif not frame.hide_rest:
                # Whatever else this run opens is named by this match.
                frame.hide_rest = True
                if self.scopes and self.scopes[-1] == index:
                    self.scopes.pop()
        if left >= 2 and barrier >= 0:
            self.blocked(at, left)
        elif run_end == self.end:
            self.spare_closers = at
        elif left == 0:
            self.after_closer(run_end)

    def after_closer(self, at: int) -> None:
        """Guard the character after a closing "}}" (see :meth:`follow`)."""
        if self.text[at : at + 1] != "{":
            return
        if self.text[at + 1 : at + 2] != "{":
            self.hide(at)  # a lone "{" is text either way
        else:
            self.event(_POISON, at)

    def close_bracket(self, at: int, size: int) -> int:
        """Close a link with "]]" or an external link with "]"; return where to go on.

        A link whose title mwparserfromhell rejects (a line break, bracket, brace or
        angle bracket in it), or an external link that spans lines, is text to it as
        to MediaWiki; it is neutralised quietly and the brackets close what is around.
        """
        text = self.text
        barrier = self.barrier()
        while self.non_tags and self.non_tags[-1] > barrier:
            frame = self.stack[self.non_tags[-1]]
            if size == 2 and frame.kind == _LINK:
                title_end = frame.title_end if frame.title_end >= 0 else at
                if frame.deep or _BAD_TITLE.search(text, frame.pos + 2, title_end) is None:
                    self.close(_LINK, at, 2)
                    return at + 2
            elif frame.kind == _EXTERNAL:
                if frame.deep or text.find("\n", frame.pos, at) < 0:
                    self.close(_EXTERNAL, at, 1)
                    return at + 1
            else:
                break
            self.unwind_to(self.non_tags[-1])
            self.abandon(self.pop(), quietly=True)
        else:
            self.blocked(at, size)
        return at + size

    def quote_run(self, at: int, size: int) -> None:
        if self.in_attributes(at):
            if self.attributes_of is not None:
                self.attributes_of.attribute_quotes.extend(range(at, at + size))
            return
        if size > 5 or size == 4:  # the extra apostrophes are text: keep them so
            extra = size - 5 if size > 5 else 1
            self.hide(at, extra)
            at, size = at + extra, size - extra
        self.event(_QUOTE, at, size)
        self.scope().quoted = True

    def angle(self, i: int) -> int:
        text = self.text
        if text.startswith("<!--", i):
            close = self.finder.find("-->", i + 4)
            if 0 <= close < self.limit():  # not across the closing tag of an opaque tag
                return close + 3
            self.hide(i)
            self.unclosed["comment"].add(i, i + 4)
            return i + 4
        tag = _tag_at(text, i, self.end, self.finder)
        if tag is None or tag.kind < 0:
            # Text to mwparserfromhell; but if what follows the name is neutralised, it
            # would read "<name" and the placeholder as a tag, so it is neutralised now.
            word = _TAG_NAME.match(text, i + 1, self.end)
            after = word.end() if word is not None else i + 1
            if text[after : after + 1] in _HIDEABLE:
                self.hide(i)
            return i + 1
        if tag.repair is not None:
            self.repair(i, tag)
        kind, name = tag.kind, tag.name
        if kind == _INCOMPLETE:
            self.hide(i)
            self.unclosed["incomplete"].add(i, tag.end, name)
            return i + 1
        if kind == _CLOSE:
            if not self.close_tag(name, i):
                self.hide(i)
                self.unopened.add(i, tag.end, name)
            return tag.end
        if kind == _BADCLOSE:
            self.hide(i)
            self.unopened.add(i, tag.end, name)
            return i + 1
        if kind == _SELF:
            self.attributes(tag.end, None)
            return i + 1
        if name in _PROTECTED:
            found = self.finder.search("</" + name, _PROTECTED_CLOSERS[name], tag.end)
            if found is not None and found.start() < self.limit():
                closer = _mangled_at(text, found.start(), self.end)
                if closer is not None:
                    self.repair(found.start(), closer)
                return found.end()
            self.hide(i)
            self.unclosed["tag"].add(i, tag.end, name)
            return i + 1
        frame = _Frame(_TAG_FRAME, i, self.deep(), name=name)
        if name in _OPAQUE:
            # Opaque up to its first closing tag, if that is in the content of the opaque
            # tag around it (a nested "<ref>" pairs with nothing, as in MediaWiki).
            found = self.finder.search("</" + name, _PROTECTED_CLOSERS[name], tag.end)
            if found is not None and found.start() < self.limit():
                frame.closer = found.start()
        self.push(frame)
        if not frame.deep:
            self.attributes(tag.end, frame)
        return i + 1

    def attributes(self, end: int, frame: _Frame | None) -> None:
        self.attributes_end = end
        self.attributes_depth = len(self.stack)
        self.attributes_of = frame

    def in_attributes(self, at: int) -> bool:
        """Whether ``at`` is directly in the attributes of a tag that stays a tag."""
        return at < self.attributes_end and len(self.stack) == self.attributes_depth

    def close_tag(self, name: str, at: int) -> bool:
        """Close the innermost ``name`` tag if only tags lie between; say if it closed.

        The closing tag of an opaque tag closes it whatever lies between: what its
        content left open is unclosed. No other closing tag reaches past an opaque tag.
        """
        index = barrier = self.barrier()
        if barrier < 0 or self.stack[barrier].closer != at:
            indexes = self.tags.get(name)
            if not indexes or indexes[-1] < barrier:
                return False
            index = indexes[-1]
            if self.non_tags and self.non_tags[-1] > index:
                return False
        self.unwind_to(index)
        frame = self.pop()
        self.settle(frame)
        if frame.deep:
            self.hide(frame.pos)
            self.hide(at)
            self.too_deep.add(frame.pos, at + 1)
        return True

    def repair(self, i: int, tag: _Tag) -> None:
        assert tag.repair is not None
        original = self.text[i : tag.end]
        for offset, char in enumerate(tag.repair):
            if original[offset] != char:
                self.changed[i + offset] = char
        self.repaired.append(
            make(
                "markup.repaired",
                f"repaired the mangled tag {original!r} to {tag.original!r}",
                start=i,
                end=tag.end,
            )
        )

    # the result

    def diagnostics(self) -> list[Diagnostic]:
        found = list(self.repaired)
        for kind, (one, many) in _UNCLOSED_LABELS.items():
            tally = self.unclosed[kind]
            if tally.count:
                label = one if tally.count == 1 else many
                found.append(
                    make(
                        "markup.unclosed",
                        f"read {tally.count} {label} as plain text" + tally.listing("<", ">"),
                        start=tally.start,
                        end=tally.end,
                    )
                )
        if self.unopened.count:
            tally = self.unopened
            found.append(
                make(
                    "markup.unopened",
                    f"read {tally.count} closing tag{'s' if tally.count > 1 else ''} "
                    "that close nothing as plain text" + tally.listing("</", ">"),
                    start=tally.start,
                    end=tally.end,
                )
            )
        if self.too_deep.count:
            tally = self.too_deep
            found.append(
                make(
                    "markup.too-deep",
                    f"read {tally.count} construct{'s' if tally.count > 1 else ''} nested "
                    f"more than {MAX_NESTING} deep as plain text",
                    start=tally.start,
                    end=tally.end,
                )
            )
        found.sort(key=lambda d: (d.start if d.start is not None else -1, d.code))
        return found

    def result(self) -> Prepared:
        text, start, end = self.text, self.start, self.end
        placeholders = _placeholders(text[start:end], sorted(set(self.neutral.values())))
        edits = dict(self.changed)
        for at, char in self.neutral.items():
            edits[at] = placeholders[char]
        pieces: list[str] = []
        last = start
        for at in sorted(edits):
            pieces.append(text[last:at])
            pieces.append(edits[at])
            last = at + 1
        pieces.append(text[last:end])
        return Prepared(
            text="".join(pieces),
            diagnostics=tuple(self.diagnostics()),
            restore={placeholder: char for char, placeholder in placeholders.items()},
        )


_QUICK_PLACEHOLDERS = 24


def _placeholders(text: str, chars: list[str]) -> dict[str, str]:
    """One private-use character per replaced character, none of them in ``text``."""
    if not chars:
        return {}
    # Most texts hold none of the first few candidates: a few fast searches find them.
    free = []
    for cp in range(0xE000, 0xE000 + _QUICK_PLACEHOLDERS):
        if chr(cp) not in text:
            free.append(chr(cp))
            if len(free) == len(chars):
                return dict(zip(chars, free, strict=True))
    taken = set(_PRIVATE_USE.findall(text))
    blocks = (range(0xE000, 0xF900), range(0xF0000, 0xFFFFE), range(0x100000, 0x10FFFE))
    candidates = (chr(cp) for block in blocks for cp in block)
    free = list(islice((char for char in candidates if char not in taken), len(chars)))
    if len(free) < len(chars):  # a text holding all 137,000 private-use characters
        taken = set(text)
        others = (chr(cp) for cp in range(0x10000, 0xE0000) if chr(cp) not in taken)
        free += islice(others, len(chars) - len(free))
        free += ["\ufffd"] * (len(chars) - len(free))  # nothing left: restoring is lossy
    return dict(zip(chars, free, strict=True))


def prepare(text: str, start: int, end: int) -> Prepared:
    """Make ``text[start:end]`` safe for mwparserfromhell, keeping its length.

    The slice should start with the infobox's ``{{`` (as :func:`locate` gives it);
    those braces are never neutralised, so an unterminated infobox parses once
    ``"}}"`` is appended. Offsets out of range are clamped; nothing raises.

    >>> page = "{{Infobox settlement|name=A < br / > B|note=<ref>x}}"
    >>> p = prepare(page, 0, len(page))
    >>> p.text[26:38], len(p.text) == len(page)
    ('A <br   /> B', True)
    >>> [(d.code, d.message) for d in p.diagnostics]  # doctest: +NORMALIZE_WHITESPACE
    [('markup.repaired', "repaired the mangled tag '< br / >' to '<br />'"),
     ('markup.unclosed', 'read 1 unclosed tag as plain text: <ref> (1)')]
    """
    size = len(text)
    start = max(0, min(start, size))
    end = max(start, min(end, size))
    return _Preparer(text, start, end).run()
