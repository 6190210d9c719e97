r"""Article text into blocks (headings, paragraphs, list items), each mapped to the input.

Two input forms are read:

* **wikitext** — the page is pre-scanned (:func:`infobox.scan.prepare`) and parsed by
  mwparserfromhell; what a reader sees is kept (links show their label, display
  templates their text) and the rest vanishes (infoboxes, refs, tables, comments,
  files, categories, which are collected). Lines follow MediaWiki: a blank line ends
  a paragraph, ``*``/``#`` lines are list items, ``== x ==`` is a heading.
* **plain text**, as a link-stripping export leaves it — a link's text often ends
  up on a line of its own, so a line that starts with punctuation is joined to the
  one before without a space (``Kazakhs\n, 30% Russians`` reads ``Kazakhs, 30%
  Russians``); ``•`` lines are list items; a short line standing alone is a heading.
  HTML character references (``&nbsp;``, ``&#8211;``, and ``&amp;nbsp;`` escaped
  twice as a dump's XML holds it) are decoded, as a browser would show them.

Every block's text carries a :class:`~infobox.article.offsets.Spans` back to the input.
Both readers take ``\r\n`` and a lone ``\r`` for line ends, as MediaWiki does when it
saves a page; offsets still point into the text as given.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final, Literal

import attrs
import mwparserfromhell
from mwparserfromhell.definitions import is_parsable
from mwparserfromhell.nodes import Comment, Heading, Tag, Text, Wikilink
from mwparserfromhell.parser import tokens as _T
from mwparserfromhell.smart_list import SmartList
from mwparserfromhell.wikicode import Wikicode

from .. import wikitree
from ..diagnostics import make
from ..models import Diagnostic
from ..scan import Located, Prepared, locate, prepare
from ..text import Conversions, link_text, node_text, render, render_text, shows_no_text
from .convert import conversion_text, convert_text
from .facts.weather_box import ClimateNames, locate_climate_tables, may_hold_climate_table
from .offsets import Spans, SpansBuilder, decode_entities, unify_line_ends

__all__ = ["Block", "Reading", "looks_like_wikitext", "read_plain", "read_wikitext"]

BlockKind = Literal["heading", "paragraph", "item"]


@attrs.frozen(kw_only=True)
class Block:
    """One heading, paragraph or list item, as a reader sees it.

    ``breaks`` are positions in ``text`` where a sentence ends although no
    punctuation says so (a plain-text line that ended without a full stop).
    """

    kind: BlockKind
    text: str
    spans: Spans = attrs.field(eq=False, repr=False)
    level: int = 0
    breaks: frozenset[int] = frozenset()


@attrs.frozen(kw_only=True)
class Reading:
    """The blocks of an article, and what was found on the way."""

    blocks: tuple[Block, ...]
    wikitext: bool
    categories: tuple[str, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    #: Where the page's settlement infobox ends (its lead follows), if it has one.
    infobox_end: int | None = None
    #: Where the climate tables a reader sees lie (``{{Weather box}}`` …), as
    #: ``(start, end)`` offsets in the input; :mod:`.facts.weather_box` reads them.
    climate_tables: tuple[tuple[int, int], ...] = ()
    #: The settlement infobox as :func:`~infobox.scan.locate` found it in the input,
    #: when the input is the text it was located in (no ``\r\n`` was unified).
    located: Located | None = attrs.field(default=None, eq=False, repr=False)


# A line starts after "\n" or "\r" and ends before either: every line end is one.
_WIKI_MARKS: Final = re.compile(
    r"\[\[|\{\{|'''|<ref[\s>/]|\[https?://"
    r"|(?:^|(?<=\r))(?:=+[^=\r\n]+=+[ \t]*(?=[\r\n]|\Z)|\{\|)",
    re.MULTILINE | re.IGNORECASE,
)


def looks_like_wikitext(text: str) -> bool:
    r"""Whether ``text`` is wikitext rather than plain text.

    >>> looks_like_wikitext("'''Jezkazgan''' is a [[city]]."), looks_like_wikitext("A city.")
    (True, False)
    >>> looks_like_wikitext("Title\r\n== History ==\r\n"), looks_like_wikitext("X\r== A ==\rY")
    (True, True)
    """
    return _WIKI_MARKS.search(text) is not None


# --- shared line handling ------------------------------------------------------------------

# A run of anything but white space; a no-break or thin space between two digits
# groups a number ("150 000") and stays, any other white space collapses. The
# quantifiers are possessive: nothing after a token can match inside it, and the
# regex engine keeps no state to backtrack into (a greedy group kept ~150 bytes a
# character of a long line).
_TOKEN_PATTERN: Final = r"(?:[^\s\x1d\x1e]++|(?<=\d)[\u00a0\u202f\u2009](?=\d))++"
_TOKEN: Final = re.compile(_TOKEN_PATTERN)
# Tokens separated by single plain spaces: copied as they are, in one piece.
_RUN: Final = re.compile(rf"{_TOKEN_PATTERN}(?: {_TOKEN_PATTERN})*+")
_JOIN_TIGHT: Final = frozenset(",.;:!?)]}»”%’'")


class _Paragraph:
    """Collects lines into one block, collapsing white space as it goes."""

    __slots__ = ("breaks", "builder", "kind", "level", "parts")

    def __init__(self, kind: BlockKind, level: int = 0) -> None:
        self.kind: BlockKind = kind
        self.level = level
        self.parts: list[str] = []
        self.builder = SpansBuilder()
        self.breaks: set[int] = set()

    @property
    def length(self) -> int:
        return len(self.builder)

    def last_char(self) -> str:
        return self.parts[-1][-1] if self.parts else ""

    def add(self, text: str, spans: Spans, start: int, end: int, joiner: int | None) -> None:
        """Append ``text[start:end]`` with runs of white space collapsed to one space.

        ``joiner`` is where the space that joins it to what came before comes
        from (None: no space).
        """
        parts, builder = self.parts, self.builder
        chunk = text[start:end]
        if chunk.isprintable() and "  " not in chunk:
            # The commonest case, without the regex: no white space but single plain
            # spaces (the others are not printable), so the chunk is one run, its
            # spaces at the ends aside. ~8x quicker than finding the run.
            run = chunk.strip(" ")
            if run:
                if joiner is not None and parts:
                    parts.append(" ")
                    spans.slice(joiner, joiner + 1, builder)
                at = start + (chunk[0] == " ")
                spans.slice(at, at + len(run), builder)
                parts.append(run)
            return
        self.add_runs(text, spans, start, end, joiner)

    def add_runs(self, text: str, spans: Spans, start: int, end: int, joiner: int | None) -> None:
        """:meth:`add`, run by run: the way for any text, and the tests' oracle."""
        parts, builder = self.parts, self.builder
        first = True
        for run in _RUN.finditer(text, start, end):
            if first:
                first = False
                if joiner is not None and parts:
                    parts.append(" ")
                    spans.slice(joiner, joiner + 1, builder)
                spans.slice(run.start(), run.end(), builder)
            else:
                # The space stands for the white space's last character, just before.
                parts.append(" ")
                spans.slice(run.start() - 1, run.end(), builder)
            parts.append(run.group())

    def block(self) -> Block | None:
        text = "".join(self.parts)
        if not text:
            return None
        return Block(
            kind=self.kind,
            text=text,
            spans=self.builder.build(),
            level=self.level,
            breaks=frozenset(self.breaks),
        )


def _lines(text: str) -> Iterator[tuple[int, int]]:
    position = 0
    size = len(text)
    while position <= size:
        newline = text.find("\n", position)
        if newline < 0:
            newline = size
        yield position, newline
        position = newline + 1


def _to_input(diagnostics: Iterable[Diagnostic], back: Spans | None) -> list[Diagnostic]:
    """Diagnostics with their offsets in the unified text moved to the input's."""
    if back is None:
        return list(diagnostics)
    moved: list[Diagnostic] = []
    for d in diagnostics:
        if d.start is not None:
            start, end = back.source(d.start, d.start if d.end is None else d.end)
            d = attrs.evolve(d, start=start, end=None if d.end is None else end)
        moved.append(d)
    return moved


def _first_visible(text: str, start: int, end: int) -> int:
    found = _TOKEN.search(text, start, end)
    return found.start() if found is not None else end


# --- plain text -------------------------------------------------------------------------------

_BULLET: Final = re.compile(r"[•·▪◦‣∙●○■□➢►✓*–—-](?=[ \t\u00a0])|\d{1,3}[.)](?=[ \t]+\S)")
_HEADING_TEXT: Final = re.compile(r"[^\W\d_][^.!?:;,]{0,78}[^\W_]|[^\W\d_]{2,}")


def _identity(text: str) -> Spans:
    builder = SpansBuilder()
    builder.exact(len(text), 0)
    return builder.build()


def read_plain(text: str) -> Reading:
    r"""Read plain article text into blocks.

    HTML character references are decoded first (``15&nbsp;km`` reads ``15\u00a0km``;
    see :func:`~infobox.article.offsets.decode_entities`); offsets still point into
    ``text``, an entity's character to the entity as written.

    >>> r = read_plain("A city in Kazakhstan\n, on a reservoir.\n\nBorn here\n\n • Oleg")
    >>> for block in r.blocks:
    ...     print(block.kind, block.text)
    paragraph A city in Kazakhstan, on a reservoir.
    heading Born here
    item Oleg
    """
    text, back = unify_line_ends(text)
    text, decoded, doubled = decode_entities(text)
    if decoded is not None and back is not None:
        spans = decoded.through(back)
    else:
        spans = decoded or back or _identity(text)
    blocks: list[Block] = []
    diagnostics: list[Diagnostic] = []
    for start, end in doubled:
        start, end = (start, end) if back is None else back.source(start, end)
        diagnostics.append(
            make(
                "article.entity-double-escaped",
                "an HTML entity escaped twice (such as &amp;nbsp;) was decoded to its character",
                start=start,
                end=end,
            )
        )
    current: _Paragraph | None = None
    lines_in_current = 0

    def finish() -> None:
        nonlocal current, lines_in_current
        if current is not None:
            block = current.block()
            if block is not None:
                if (
                    block.kind == "paragraph"
                    and lines_in_current == 1
                    and _is_plain_heading(block.text)
                ):
                    block = attrs.evolve(block, kind="heading", level=2)
                    diagnostics.append(
                        make(
                            "article.heading-guessed",
                            f"the line {block.text!r} stands alone and was read as a heading",
                            start=block.spans.source(0, len(block.text))[0],
                            end=block.spans.end(),
                        )
                    )
                blocks.append(block)
        current = None
        lines_in_current = 0

    for start, end in _lines(text):
        visible = _first_visible(text, start, end)
        if visible == end:
            finish()
            continue
        bullet = _BULLET.match(text, visible, end)
        if bullet is not None:
            finish()
            current = _Paragraph("item")
            current.add(text, spans, bullet.end(), end, None)
            lines_in_current = 1
            continue
        indented = visible > start
        if current is None or (current.kind == "item" and not indented):
            finish()
            current = _Paragraph("paragraph")
            current.add(text, spans, visible, end, None)
            lines_in_current = 1
            continue
        first = text[visible]
        before = current.last_char()
        if first in _JOIN_TIGHT:
            diagnostics.append(
                make(
                    "article.line-joined",
                    f"a line break before {first!r} was removed",
                    start=spans.source(start - 1, visible + 1)[0],
                    end=spans.source(start - 1, visible + 1)[1],
                )
            )
            current.add(text, spans, visible, end, None)
        else:
            if not indented and first.isupper() and before.isalnum():
                current.breaks.add(current.length + 1)
            current.add(text, spans, visible, end, start - 1)
        lines_in_current += 1
    finish()
    return Reading(blocks=tuple(blocks), wikitext=False, diagnostics=tuple(diagnostics))


def _is_plain_heading(line: str) -> bool:
    return (
        len(line) <= 80
        and len(line.split()) <= 8
        and _HEADING_TEXT.fullmatch(line) is not None
        and line[0].isupper()
    )


# --- wikitext -------------------------------------------------------------------------------

_HEADING_MARK: Final = "\x1d"
# A closed ref, as MediaWiki matches it: up to the first closing tag. A ref holding
# another ref's opener or a comment is left to the parser.
_CLOSED_REF: Final = re.compile(
    r"<ref(?:\s[^<>]*)?>([^<]*+(?:<(?!/ref\s*>|ref[\s>/]|!--)[^<]*+)*+)</ref\s*>", re.I
)
_DROP: Final = re.compile(r"'{2,}|__[A-Z_]{3,}__")
_CATEGORY: Final = re.compile(r"\s*(?:category|kategorija|категория)\s*:\s*(.*)", re.IGNORECASE)
_HIDDEN_LINK: Final = re.compile(
    r"\s*(?:file|image|media|attēls|fails|файл|изображение)\s*:", re.IGNORECASE
)
#: ``{{convert}}`` shows its value and unit symbol in article text (see :mod:`.convert`).
_CONVERSIONS: Final = Conversions(convert=convert_text, conversion=conversion_text)
_HIDDEN_TAGS: Final = frozenset({"table", "ref", "references", "gallery", "math", "score"})
_INDENTED_HEADING: Final = re.compile(
    r"[ \t\u00a0]+(={2,6})[ \t]*([^=\n]+?)[ \t]*(={2,6})[ \t\u00a0]*"
)
_LINE_MARKUP: Final = frozenset({"*", "#", ":", ";", "----"})
_LIST_MARK: Final = re.compile(r"[*#:;]+[ \t]*")


def read_wikitext(text: str) -> Reading:
    r"""Read wikitext into blocks of what a reader sees.

    >>> page = ("{{Infobox settlement|name=X}}\n'''X''' ({{lang-kk|Х}}) is a [[city]].<ref>r</ref>"
    ...         "\n== History ==\n* [[A|B]] c\n[[Category:Towns]]")
    >>> r = read_wikitext(page)
    >>> [(b.kind, b.text) for b in r.blocks], r.categories
    ([('paragraph', 'X (Х) is a city.'), ('heading', 'History'), ('item', 'B c')], ('Towns',))
    """
    return _read_wikitext(text, tree=False)


def _read_wikitext(text: str, *, tree: bool, window: int | None = None) -> Reading:
    """:func:`read_wikitext`; ``tree``: walk mwparserfromhell's tree of the whole page.

    Without ``tree`` only the top level of the page is read, from the C tokenizer's
    tokens, and a node is built only for a construct whose text is shown (or that
    may hold a climate table); the tests keep the tree's walk as the oracle.
    ``window``: how much is tokenized at a time (see :func:`_top_level`).
    """
    text, back = unify_line_ends(text)
    located = locate(text)
    prepared = prepare(_without_unseen(text, located), 0, len(text))
    gate = may_hold_climate_table(text)
    top = None if tree else _top_level(prepared, gate, window or _WINDOW)
    if top is None:
        top = _top_level_of_tree(prepared, gate)
    out, builder, categories, tables = top
    reader_text = "".join(out)
    del out, top
    diagnostics = _to_input(prepared.diagnostics, back)
    del prepared
    spans = builder.build() if back is None else builder.build().through(back)
    del builder
    blocks = _wiki_blocks(reader_text, spans, diagnostics)
    infobox_end: int | None = None
    if located is not None:
        infobox_end = located.end if back is None else back.source(located.end, located.end)[0]
    climate_tables = tuple(span if back is None else back.source(*span) for span in tables)
    return Reading(
        blocks=blocks,
        wikitext=True,
        categories=tuple(categories),
        diagnostics=tuple(diagnostics),
        infobox_end=infobox_end,
        climate_tables=climate_tables,
        located=located if back is None else None,
    )


#: What a reader sees of a page's top level: its text in pieces, the map of those
#: pieces to the page, its categories, and where its climate tables lie.
_TopLevel = tuple[list[str], SpansBuilder, list[str], list[tuple[int, int]]]


def _top_level_of_tree(prepared: Prepared, gate: bool) -> _TopLevel:
    """The reader's text of the page's top level, from mwparserfromhell's whole tree."""
    code = mwparserfromhell.parse(prepared.text, skip_style_tags=True)
    restore = {ord(k): v for k, v in prepared.restore.items()}
    out: list[str] = []
    builder = SpansBuilder()
    categories: list[str] = []
    position = 0
    for node in code.nodes:
        raw = node.value if isinstance(node, Text) else str(node)
        start, position = position, position + len(raw)
        if isinstance(node, Text):
            _emit_text(raw.translate(restore), start, out, builder)
        elif isinstance(node, Heading):
            title = render(node.title, prepared.restore).plain
            _emit_heading(title, node.level, start, position, out, builder)
        elif isinstance(node, Comment):
            continue
        elif isinstance(node, Wikilink):
            if _link_is_hidden(str(node.title).translate(restore), categories):
                continue
            _emit_coarse(
                node_text(node, prepared.restore, _CONVERSIONS), start, position, out, builder
            )
        elif isinstance(node, Tag) and node.wiki_markup in _LINE_MARKUP:
            # ``*``, ``#``, ``:``, ``;`` and ``----`` open a line: keep them for the lines.
            out.append(raw)
            builder.exact(len(raw), start)
        elif isinstance(node, Tag) and str(node.tag).strip().lower() in _HIDDEN_TAGS:
            continue
        else:
            _emit_coarse(
                node_text(node, prepared.restore, _CONVERSIONS), start, position, out, builder
            )
    tables = list(locate_climate_tables(code)) if gate else []
    return out, builder, categories, tables


#: How much of a long page is tokenized at a time (characters): the tokens of a
#: whole long line would take ~40 bytes a character.
_WINDOW: Final = 1 << 14
#: A cut keeps this far from a window's end.
_MARGIN: Final = 256
# What, in text the tokenizer gave back, may be the opening of a construct it gave up
# because the window ended (it writes back only the opener): the windows are cut before.
_MAY_REOPEN: Final = re.compile(r"\{\{|\[\[|\[(?:[A-Za-z][A-Za-z0-9+.\-]*:|//)|<|\{\||(?m:^=)")


def _reopens(source: str, start: int, end: int) -> int:
    """Where in ``source[start:end]`` (a text token) an opener may have been given up, or -1.

    What follows the text is looked at too: ``[`` and the URL after it are two tokens.
    """
    # Each opener starts with one of these characters; finding none is ~9x quicker than
    # the search.
    if (
        source.find("{", start, end) < 0
        and source.find("[", start, end) < 0
        and source.find("<", start, end) < 0
        and source.find("=", start, end) < 0
    ):
        return -1
    found = _MAY_REOPEN.search(source, start, end + 16)
    return found.start() if found is not None and found.start() < end else -1


#: The characters an opener starts with.
_OPENER_CHARS: Final = "{[<="


class _Openers:
    """:func:`_reopens` over one text, remembering where the next opener character is.

    The walk asks about text after text, forward: between two opener characters
    (``{``, ``[``, ``<``, ``=``: each opener starts with one) nothing needs a search.
    Where each of the four is next is kept apart, and found again by ``str.find`` only
    once the walk passes it (~5x quicker than a regex search for any of them).
    """

    __slots__ = ("found", "next", "since", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self.since = len(source) + 1  # no place looked at yet
        self.found = [0] * len(_OPENER_CHARS)  # each character's first place at or after since
        self.next = -1  # the first opener character at or after ``since``

    def find(self, start: int, end: int) -> int:
        """``_reopens(source, start, end)``."""
        if start < self.since or start > self.next:
            source, found, size = self.source, self.found, len(self.source)
            backwards = start < self.since
            for k, char in enumerate(_OPENER_CHARS):
                if backwards or found[k] < start:
                    at = source.find(char, start)
                    found[k] = at if at >= 0 else size
            self.since = start
            self.next = min(found)
        if self.next >= end:
            return -1  # no opener character in [start, next), so none in [start, end)
        return _reopens(self.source, start, end)


#: One top-level item of a window: its first token, the token after it, its start and
#: end in the page, and its name (a text's own text; see :func:`_extent`).
_Item = tuple[int, int, int, int, str | None]


def _top_level(prepared: Prepared, gate: bool, window: int = _WINDOW) -> _TopLevel | None:
    """The reader's text of the page's top level, from the tokens; None if they are odd.

    What :func:`_top_level_of_tree` gives, without a tree of the whole page: the
    tokens are walked once to find where each top-level construct lies, and a node
    is built (by mwparserfromhell's own builder, from its own tokens) only for one
    whose text is shown or that may hold a climate table. Comments, categories,
    hidden links and hidden tags (tables, refs) need their extent alone. The walk
    checks that every text token lies where it is counted to lie: if one does not (a
    token stream this walk misreads), the caller falls back on the tree.

    A page longer than ``window`` characters is tokenized a window at a time, each
    cut after a space before a letter or digit in top-level text (where no
    construct is open and no line starts) and before any text that may be an opener
    the tokenizer gave up at the window's end; the next window starts at the cut.
    Each construct before a cut closed inside its window, so the tokenizer read it as
    it reads the whole page.
    """
    source = prepared.text
    size = len(source)
    emitter = _Emitter(prepared, gate)
    at = 0
    width = window
    while True:
        if size - at <= width:
            tokens = wikitree.tokenize(source if not at else source[at:])
            for item in _items(tokens, source, at, size):
                if item is None:
                    return None
                emitter.item(tokens, *item)
            if emitter.position != size:
                return None
            break
        limit = at + width - min(_MARGIN, width // 4)
        tokens = wikitree.tokenize(source[at : at + width])
        items: list[_Item] = []
        for item in _items(tokens, source, at, limit):
            if item is None:
                return None
            items.append(item)
        cut = _cut(items, source, at)
        if cut is None:
            del tokens, items
            width *= 2  # no place to cut: a wider window
            continue
        for first, after, start, end, name in items:
            if start >= cut:
                break
            if end > cut:  # the text the cut falls in
                assert name is not None
                emitter.item(tokens, first, after, start, cut, name[: cut - start])
                break
            emitter.item(tokens, first, after, start, end, name)
        del tokens, items  # before the next window's are made
        at, width = cut, window
    return emitter.finish()


def _items(tokens: list[Any], source: str, offset: int, limit: int) -> Iterator[_Item | None]:
    """The top-level items of ``tokens`` (read from ``source[offset:]``), up to ``limit``.

    A text's name is its text. Stops before a construct that ends after ``limit`` or
    that holds text that may be an opener given up (:data:`_MAY_REOPEN`), and after
    a text that reaches ``limit`` or holds one (cut short there). None: a token is not
    where it is counted to lie.
    """
    whole = limit >= len(source)
    openers = None if whole else _Openers(source)
    position = offset
    count = len(tokens)
    i = 0
    while i < count:
        token = tokens[i]
        if token.__class__ is _T.Text:
            value = token["text"]
            if not source.startswith(value, position):
                yield None
                return
            end = position + len(value)
            if not whole:
                assert openers is not None
                found = openers.find(position, end)
                stop = min(limit, end if found < 0 else found)
                if stop < end:
                    yield i, i + 1, position, stop, value[: stop - position]
                    return
            yield i, i + 1, position, end, value
            position = end
            i += 1
            continue
        if token.__class__ is _T.WikilinkOpen:
            link = _plain_link(tokens, i, source, position)
            if link is not None:
                after, end = link
                if openers is not None and (
                    end > limit or openers.find(position + 2, end - 2) >= 0
                ):
                    return
                yield i, after, position, end, tokens[i + 1]["text"]
                i, position = after, end
                continue
        if token.__class__ is _T.TagOpenOpen and token.get("wiki_markup"):
            marked = _line_mark(tokens, i)
            if marked is not None:
                after, width, tag = marked
                end = position + width
                if not whole and end > limit:
                    return
                yield i, after, position, end, tag
                i, position = after, end
                continue
        extent = _extent(tokens, i, source, position, openers)
        if extent is None:
            yield None
            return
        after, end, name, reopens = extent
        if not whole and (reopens or end > limit):
            return
        if not whole and tokens[i].__class__ is _T.HeadingStart:
            # A heading ends where its line does (a comment may carry the line on): the
            # line must end in the window, with nothing given up before it ends.
            line_end = source.find("\n", end, limit)
            assert openers is not None
            if line_end < 0 or openers.find(end, line_end) >= 0:
                return
        yield i, after, position, end, name
        i, position = after, end


def _line_mark(tokens: list[Any], i: int) -> tuple[int, int, str] | None:
    """The extent of the self-closing wiki-markup tag opened by ``tokens[i]`` (``*``, ``----``).

    The index of the token after it, its width and its tag's name (``li``, ``hr``), as
    :func:`_extent` gives them: only the markup is written back, not the name. None for
    any other tag.
    """
    if (
        i + 2 < len(tokens)
        and tokens[i + 1].__class__ is _T.Text
        and tokens[i + 2].__class__ is _T.TagCloseSelfclose
    ):
        width = len(tokens[i]["wiki_markup"]) + len(tokens[i + 2].get("padding") or "")
        return i + 3, width, tokens[i + 1]["text"]
    return None


def _plain_link(tokens: list[Any], i: int, source: str, position: int) -> tuple[int, int] | None:
    """Where the link opened by ``tokens[i]`` ends, if it is text alone (``[[a]]``, ``[[a|b]]``).

    The index of the token after it and the offset after its text; None for any other
    link, or when a text token is not where it is counted to lie (:func:`_extent` then
    reads it, and says so).
    """
    count = len(tokens)
    if i + 2 >= count or tokens[i + 1].__class__ is not _T.Text:
        return None
    title = tokens[i + 1]["text"]
    at = position + 2
    if not source.startswith(title, at):
        return None
    at += len(title)
    kind = tokens[i + 2].__class__
    if kind is _T.WikilinkClose:
        return i + 3, at + 2
    if (
        kind is _T.WikilinkSeparator
        and i + 4 < count
        and tokens[i + 3].__class__ is _T.Text
        and tokens[i + 4].__class__ is _T.WikilinkClose
    ):
        label = tokens[i + 3]["text"]
        if source.startswith(label, at + 1):
            return i + 5, at + 1 + len(label) + 2
    return None


def _cut(items: list[_Item], source: str, at: int) -> int | None:
    """The last place among ``items`` after ``at`` where a window may be cut, or None.

    That is after a space and before a letter or digit in top-level text: no construct
    is open there, and no line starts (where ``=``, ``*`` or ``{|`` would mean more).
    """
    for first, after, start, end, _ in reversed(items):
        if after != first + 1 or end - start < 2:
            continue  # a construct, or no room for a space and what follows it
        space = source.rfind(" ", start, end - 1)
        while space >= start:
            if space + 1 > at and source[space + 1].isalnum():
                return space + 1
            space = source.rfind(" ", start, space)
    return None


class _Emitter:
    """Writes the reader's text of top-level items, and collects what they hold."""

    def __init__(self, prepared: Prepared, gate: bool) -> None:
        self.prepared = prepared
        self.source = prepared.text
        # A page that names a climate table somewhere: where each name may stand.
        self.climate = ClimateNames(prepared.text) if gate else None
        self.restore = {ord(k): v for k, v in prepared.restore.items()}
        # The placeholder characters, found before a text is translated back: most
        # texts hold none, and translating looks every character up in a dict.
        self.placeholders = (
            re.compile("[" + re.escape("".join(prepared.restore)) + "]") if self.restore else None
        )
        self.out: list[str] = []
        self.joined: list[str] = []  # the pieces so far, joined a few thousand at a time
        self.builder = SpansBuilder()
        self.categories: list[str] = []
        self.tables: list[tuple[int, int]] = []
        self.entities: dict[str, str] = {}  # each entity's text, by what it is written as
        self.position = 0

    def finish(self) -> _TopLevel:
        self.joined += self.out
        return self.joined, self.builder, self.categories, self.tables

    def restored(self, text: str) -> str:
        """``text`` with its placeholder characters translated back."""
        if self.placeholders is not None and self.placeholders.search(text) is not None:
            return text.translate(self.restore)
        return text

    def item(
        self, tokens: list[Any], first: int, after: int, start: int, end: int, name: str | None
    ) -> None:
        """Write the item ``tokens[first:after]`` at ``source[start:end]``."""
        out, builder = self.out, self.builder
        if len(out) >= 4096:
            self.joined.append("".join(out))
            out.clear()
        self.position = end
        token = tokens[first]
        kind = token.__class__
        if kind is _T.Text:  # the commonest item: _emit_text's work, written out
            assert name is not None
            if self.placeholders is not None and self.placeholders.search(name) is not None:
                name = name.translate(self.restore)
            if _HEADING_MARK in name or "''" in name or "__" in name:
                _emit_text(name, start, out, builder)
            elif name:
                out.append(name)
                builder.exact(len(name), start)
            return
        if kind is _T.CommentStart:
            return
        source = self.source
        if kind is _T.TagOpenOpen and token.get("wiki_markup") in _LINE_MARKUP:
            # ``*``, ``#``, ``:``, ``;`` and ``----`` open a line: keep them for the lines.
            raw = source[start:end]
            out.append(raw)
            builder.exact(len(raw), start)
            return
        node: Any = None
        # Only a template or a tag may hold a climate table (what locate_climate_tables
        # looks into): a link, a heading or an entity need no search.
        if (
            self.climate is not None
            and (kind is _T.TemplateOpen or kind is _T.TagOpenOpen)
            and self.climate.may_hold(start, end)
        ):
            node = _build(tokens, first, after)
            code = Wikicode(SmartList([node]))  # type: ignore[no-untyped-call]
            self.tables += locate_climate_tables(code, start)
        if kind is _T.HTMLEntityStart:
            # A page writes the same few entities (&nbsp;, &ndash;) again and again: each
            # is rendered once. Its text is a function of what it is written as.
            raw = source[start:end]
            shown = self.entities.get(raw)
            if shown is None:
                shown = node_text(_build(tokens, first, after), self.prepared.restore, _CONVERSIONS)
                self.entities[raw] = shown
            _emit_coarse(shown, start, end, out, builder)
            return
        if kind is _T.WikilinkOpen:
            if name is None:
                node = node or _build(tokens, first, after)
                name = str(node.title)
            target = self.restored(name)
            if _link_is_hidden(target, self.categories):
                return
            if node is None:
                seen = _plain_link_text(tokens, first, after, target, self.restored)
                if seen is not None:
                    _emit_coarse(seen, start, end, out, builder)
                    return
        elif kind is _T.TemplateOpen:
            if node is None and _template_shows_nothing(tokens, first):
                return
        elif kind is _T.TagOpenOpen:
            if name is None:
                node = node or _build(tokens, first, after)
                name = str(node.tag)
            if name.strip().lower() in _HIDDEN_TAGS:
                return
        if kind is _T.HeadingStart and node is None and after - first == 3:
            # "== text ==": the title is text alone, rendered without a tree.
            level = int(token.get("level") or 0)
            if 1 <= level <= 6 and tokens[first + 1].__class__ is _T.Text:
                title = render_text(tokens[first + 1]["text"], self.prepared.restore).plain
                _emit_heading(title, level, start, end, out, builder)
                return
        node = node or _build(tokens, first, after)
        if kind is _T.HeadingStart:
            title = render(node.title, self.prepared.restore).plain
            _emit_heading(title, node.level, start, end, out, builder)
        else:
            text = node_text(node, self.prepared.restore, _CONVERSIONS)
            _emit_coarse(text, start, end, out, builder)


def _template_shows_nothing(tokens: list[Any], first: int) -> bool:
    """Whether the template opened by ``tokens[first]`` shows nothing, by its name alone.

    Only a name written in text alone is looked at (:func:`~infobox.text.shows_no_text`).
    """
    if first + 2 >= len(tokens) or tokens[first + 1].__class__ is not _T.Text:
        return False
    if tokens[first + 2].__class__ not in (_T.TemplateParamSeparator, _T.TemplateClose):
        return False
    return shows_no_text(tokens[first + 1]["text"])


def _plain_link_text(
    tokens: list[Any], start: int, end: int, target: str, restored: Callable[[str], str]
) -> str | None:
    """:func:`~infobox.text.node_text` of a link written in text alone (``[[a|b]]``), or None.

    ``tokens[start:end]`` are the link's tokens, ``target`` its target with placeholder
    characters translated back; ``restored`` translates them back in the label.
    """
    # [[a]] and [[a|b]], the commonest, told by their number of tokens: one token
    # between the brackets is text, and so are the two around a separator.
    width = end - start
    if width == 3 and tokens[start + 1].__class__ is _T.Text:
        return link_text(target, None)
    if (
        width == 5
        and tokens[start + 1].__class__ is _T.Text
        and tokens[start + 2].__class__ is _T.WikilinkSeparator
        and tokens[start + 3].__class__ is _T.Text
    ):
        return link_text(target, restored(tokens[start + 3]["text"]))
    label: list[str] | None = None
    for index in range(start + 1, end - 1):
        token = tokens[index]
        kind = token.__class__
        if kind is _T.Text:
            if label is not None:
                label.append(token["text"])
        elif kind is _T.WikilinkSeparator and label is None:
            label = []
        else:
            return None
    # node_text translates the target, the label and what they show: a placeholder
    # stands for one character, so translating each once is the same.
    return link_text(target, None if label is None else restored("".join(label)))


def _build(tokens: list[Any], start: int, end: int) -> Any:
    """The node that ``tokens[start:end]`` (one whole construct) stand for."""
    return wikitree.build(tokens[start:end]).nodes[0]


def _emit_heading(
    title: str, level: int, start: int, end: int, out: list[str], builder: SpansBuilder
) -> None:
    """Write a heading: its plain title, after the heading mark and its level."""
    piece = f"\n{_HEADING_MARK}{min(level, 6)}{title}\n"
    out.append(piece)
    builder.coarse(len(piece), start, end)


def _link_is_hidden(target: str, categories: list[str]) -> bool:
    """Whether a link to ``target`` shows nothing: a category (collected) or a file."""
    if ":" not in target:  # both patterns need a namespace
        return False
    category = _CATEGORY.match(target)
    if category is not None:
        name = " ".join(category.group(1).replace("_", " ").split())
        if name:
            categories.append(name)
        return True
    return _HIDDEN_LINK.match(target) is not None


# The tokens that open a construct, and those that close one.
_OPENERS: Final = frozenset(
    {
        _T.TemplateOpen,
        _T.ArgumentOpen,
        _T.WikilinkOpen,
        _T.ExternalLinkOpen,
        _T.HeadingStart,
        _T.CommentStart,
        _T.HTMLEntityStart,
        _T.TagOpenOpen,
    }
)
_CLOSERS: Final = frozenset(
    {
        _T.TemplateClose,
        _T.ArgumentClose,
        _T.WikilinkClose,
        _T.ExternalLinkClose,
        _T.HeadingEnd,
        _T.CommentEnd,
        _T.HTMLEntityEnd,
        _T.TagCloseSelfclose,
        _T.TagCloseClose,
    }
)
# Markup tokens of one width, as mwparserfromhell writes them back.
_WIDTHS: Final = {
    _T.TemplateOpen: 2,
    _T.TemplateParamSeparator: 1,
    _T.TemplateParamEquals: 1,
    _T.TemplateClose: 2,
    _T.ArgumentOpen: 3,
    _T.ArgumentSeparator: 1,
    _T.ArgumentClose: 3,
    _T.WikilinkOpen: 2,
    _T.WikilinkSeparator: 1,
    _T.WikilinkClose: 2,
    _T.HTMLEntityStart: 1,
    _T.HTMLEntityNumeric: 1,
    _T.HTMLEntityEnd: 1,
    _T.CommentStart: 4,
    _T.CommentEnd: 3,
}
_NAME_ENDS: Final = frozenset(
    {
        _T.WikilinkSeparator,
        _T.WikilinkClose,
        _T.TagAttrStart,
        _T.TagCloseOpen,
        _T.TagCloseSelfclose,
    }
)
# A tag's parts, in the order of its tokens.
_NAME, _ATTRIBUTES, _CONTENTS, _CLOSING = range(4)


class _Frame:
    """One construct open in :func:`_extent`'s walk, and what its width still needs."""

    __slots__ = (
        "after",
        "brackets",
        "equals",
        "level",
        "name",
        "part",
        "quote",
        "raw",
        "tail",
        "wiki",
    )

    def __init__(self) -> None:
        self.wiki = False  # a tag written as wiki markup ("{|", "*"): its name is not written
        self.part = _NAME  # which part of a tag the walk is in
        self.brackets = False  # an external link in brackets
        self.level = 0  # a heading's level
        self.equals = False  # the current attribute has its "="
        self.quote = ""  # the current attribute's quote, written again after its value
        self.tail = ""  # the current attribute's padding before "=" (written even without one)
        self.after = ""  # the current attribute's padding after "="
        self.name = ""  # a tag's name
        self.raw = False  # a tag whose contents the tokenizer does not parse (<gallery>)

    def end_attribute(self) -> int:
        """The width of what the attribute being read writes after its last token."""
        if self.part != _ATTRIBUTES:
            return 0
        width = len(self.quote) if self.equals else len(self.tail)
        self.equals, self.quote, self.tail = False, "", ""
        return width


def _shared_frame(raw: bool) -> _Frame:
    """A frame for constructs that are not tags: past any name, so nothing is collected."""
    frame = _Frame()
    frame.part = _CONTENTS
    frame.raw = raw
    return frame


_PLAIN_FRAME: Final = _shared_frame(False)
_COMMENT_FRAME: Final = _shared_frame(True)


def _extent(
    tokens: list[Any], i: int, source: str, position: int, openers: _Openers | None = None
) -> tuple[int, int, str | None, bool] | None:
    """Where the construct opened by ``tokens[i]`` at ``source[position]`` ends.

    Returns the index of the token after it, the offset after its text, the name of a
    link's target or a tag when it is text alone (None when it holds more), and, given
    ``openers`` (a window's text), whether it holds text that may be an opener given up
    (:data:`_MAY_REOPEN`); or None when a text token is not where it is counted to lie.
    Widths are those of mwparserfromhell's ``str()`` of the node, which writes back
    the text it was read from.
    """
    frames: list[_Frame] = []
    top = tokens[i].__class__
    name: list[str] | None = [] if top in (_T.WikilinkOpen, _T.TagOpenOpen) else None
    naming = name is not None  # still in the top construct's name
    reopens = False
    count = len(tokens)
    while i < count:
        token = tokens[i]
        kind = token.__class__
        i += 1
        if kind is _T.Text:
            value = token["text"]
            frame = frames[-1]
            if naming and len(frames) == 1 and name is not None:
                name.append(value)
            if frame.wiki and (frame.part == _NAME or frame.part == _CLOSING):
                continue  # a wiki-markup tag's name is not written back
            if not source.startswith(value, position):
                return None
            if frame.part == _NAME:
                frame.name += value
            if (
                openers is not None
                and not reopens
                and not frame.raw
                and openers.find(position, position + len(value)) >= 0
            ):
                reopens = True
            position += len(value)
            continue
        if naming and len(frames) == 1:
            # The name ends where the link's label or the tag's attributes start.
            naming = False
            if kind not in _NAME_ENDS:
                name = None
        width = _WIDTHS.get(kind)
        if width is not None:
            position += width
            if kind in _OPENERS:
                # A template, link, argument, entity or comment: nothing of it is read
                # but its widths, so one shared frame stands for each (a comment's text
                # is not parsed).
                frames.append(_COMMENT_FRAME if kind is _T.CommentStart else _PLAIN_FRAME)
            elif kind in _CLOSERS:
                frames.pop()
                if not frames:
                    return i, position, None if name is None else "".join(name), reopens
            continue
        if kind is _T.TagOpenOpen:
            frame = _Frame()
            markup = token.get("wiki_markup")
            frame.wiki = bool(markup)
            position += len(markup) if markup else 2 if token.get("invalid") else 1
            frames.append(frame)
        elif kind is _T.HeadingStart:
            reopens = reopens or (
                openers is not None and bool(frames)
            )  # ends with its line: see _items
            frame = _Frame()
            frame.level = token.get("level") or 0
            position += frame.level
            frames.append(frame)
        elif kind is _T.HeadingEnd:
            position += frames.pop().level
            if not frames:
                return i, position, None, reopens
        elif kind is _T.ExternalLinkOpen:
            frame = _Frame()
            frame.brackets = bool(token.get("brackets"))
            position += frame.brackets
            frames.append(frame)
        elif kind is _T.ExternalLinkSeparator:
            position += frames[-1].brackets and not token.get("suppress_space")
        elif kind is _T.ExternalLinkClose:
            position += frames.pop().brackets
            if not frames:
                return i, position, None, reopens
        elif kind is _T.HTMLEntityHex:
            position += len(token.get("char") or "")
        elif kind is _T.TagAttrStart:
            frame = frames[-1]
            position += frame.end_attribute() + len(token.get("pad_first") or "")
            frame.part = _ATTRIBUTES
            frame.tail = token.get("pad_before_eq") or ""
            frame.after = token.get("pad_after_eq") or ""
        elif kind is _T.TagAttrEquals:
            frame = frames[-1]
            position += len(frame.tail) + 1 + len(frame.after)
            frame.equals = True
        elif kind is _T.TagAttrQuote:
            frame = frames[-1]
            frame.quote = token.get("char") or ""
            position += len(frame.quote)
        elif kind is _T.TagCloseOpen:
            frame = frames[-1]
            position += frame.end_attribute() + len(token.get("padding") or "")
            position += len(token.get("wiki_markup") or "") if frame.wiki else 1
            frame.part = _CONTENTS
            frame.raw = not is_parsable(frame.name.strip())
        elif kind is _T.TagCloseSelfclose:
            frame = frames.pop()
            position += frame.end_attribute() + len(token.get("padding") or "")
            if not frame.wiki:
                position += 1 if token.get("implicit") else 2
            if not frames:
                return i, position, None if name is None else "".join(name), reopens
        elif kind is _T.TagOpenClose:
            frame = frames[-1]
            position += len(token.get("wiki_markup") or "") if frame.wiki else 2
            frame.part = _CLOSING
        elif kind is _T.TagCloseClose:
            frame = frames.pop()
            position += 0 if frame.wiki else 1
            if not frames:
                return i, position, None if name is None else "".join(name), reopens
        else:
            return None
    return None


def _without_unseen(text: str, located: Located | None) -> str:
    """The page with the settlement infobox and the insides of closed refs blanked.

    No reader sees them, and they are often most of a page's markup. The length is
    the same and newlines stay, so offsets hold; a closed ref is opaque to the
    preprocessor anyway.
    """
    pieces: list[str] = []
    at = 0
    if located is not None and located.terminated:
        pieces += [text[: located.start], _blank(text[located.start : located.end])]
        at = located.end
    for ref in _CLOSED_REF.finditer(text, at):
        pieces += [text[at : ref.start(1)], _blank(ref.group(1))]
        at = ref.end(1)
    pieces.append(text[at:])
    return "".join(pieces)


def _blank(text: str) -> str:
    if "\n" not in text:
        return " " * len(text)
    return "\n".join(" " * len(line) for line in text.split("\n"))


def _drops(value: str) -> Iterator[re.Match[str]]:
    """``_DROP.finditer(value)``, found quicker.

    A match starts only at ``''`` or ``__``: ``str.find`` goes from one to the next,
    and the pattern is tried only there (the regex's own search tests every character).
    """
    at = 0
    while True:
        quotes, underscores = value.find("''", at), value.find("__", at)
        if quotes < 0 and underscores < 0:
            return
        at = underscores if quotes < 0 or 0 <= underscores < quotes else quotes
        found = _DROP.match(value, at)
        if found is None:
            at += 1
            continue
        yield found
        at = found.end()


def _emit_text(value: str, start: int, out: list[str], builder: SpansBuilder) -> None:
    value = value.replace(_HEADING_MARK, " ")
    if "''" not in value and "__" not in value:  # nothing that _DROP drops
        if value:
            out.append(value)
            builder.exact(len(value), start)
        return
    at = 0
    for dropped in _drops(value):
        if dropped.start() > at:
            out.append(value[at : dropped.start()])
            builder.exact(dropped.start() - at, start + at)
        at = dropped.end()
    if at < len(value):
        out.append(value[at:])
        builder.exact(len(value) - at, start + at)


def _emit_coarse(shown: str, start: int, end: int, out: list[str], builder: SpansBuilder) -> None:
    # A rendered node never opens a line of its own: its newlines become spaces.
    shown = shown.replace("\n", " ").replace(_HEADING_MARK, " ")
    if shown:
        out.append(shown)
        builder.coarse(len(shown), start, end)


def _wiki_blocks(text: str, spans: Spans, diagnostics: list[Diagnostic]) -> tuple[Block, ...]:
    blocks: list[Block] = []
    current: _Paragraph | None = None

    def finish() -> None:
        nonlocal current
        if current is not None:
            block = current.block()
            if block is not None:
                blocks.append(block)
        current = None

    tables = 0
    end = -1
    for line in text.split("\n"):
        start, end = end + 1, end + 1 + len(line)
        # The first character that is not white space (the reader's marks are, to str).
        visible = end - len(line.lstrip())
        # A table the pre-scan left as text: its lines are data, not prose.
        if text.startswith("{|", visible):
            finish()
            tables += 1
            continue
        if tables:
            if text.startswith("|}", visible):
                tables -= 1
            continue
        if visible == end:
            finish()
            continue
        if text.startswith(_HEADING_MARK, start):
            finish()
            marked = _Paragraph("heading", int(text[start + 1]))
            marked.add(text, spans, start + 2, end, None)
            block = marked.block()
            if block is not None:
                blocks.append(block)
            continue
        found = None if visible == start else _INDENTED_HEADING.fullmatch(text, start, end)
        if found is not None:
            finish()
            level = min(len(found.group(1)), len(found.group(3)), 6)
            indented = _Paragraph("heading", level)
            indented.add(text, spans, found.start(2), found.end(2), None)
            block = indented.block()
            if block is not None:
                blocks.append(block)
                diagnostics.append(
                    make(
                        "article.heading-indented",
                        f"the heading {block.text!r} is indented, which MediaWiki shows as "
                        "preformatted text; it was read as a heading",
                        start=spans.source(start, end)[0],
                        end=spans.source(start, end)[1],
                    )
                )
            continue
        if text.startswith("----", start):
            finish()
            continue
        mark = _LIST_MARK.match(text, start, end)
        if mark is not None:
            finish()
            kind: BlockKind = "item" if any(c in "*#" for c in mark.group()) else "paragraph"
            single = _Paragraph(kind)
            single.add(text, spans, mark.end(), end, None)
            block = single.block()
            if block is not None:
                blocks.append(block)
            continue
        if current is None:
            current = _Paragraph("paragraph")
            current.add(text, spans, start, end, None)
        else:
            current.add(text, spans, start, end, start - 1)
    finish()
    return tuple(blocks)
