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
from collections.abc import Iterable, Iterator
from typing import Final, Literal

import attrs
import mwparserfromhell
from mwparserfromhell.nodes import Comment, Heading, Tag, Text, Wikilink

from ..diagnostics import make
from ..models import Diagnostic
from ..scan import Located, locate, prepare
from ..text import Conversions, node_text, render
from .convert import conversion_text, convert_text
from .facts.weather_box import locate_climate_tables, may_hold_climate_table
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
# groups a number ("150 000") and stays, any other white space collapses.
_TOKEN_PATTERN: Final = r"(?:[^\s\x1d\x1e]|(?<=\d)[\u00a0\u202f\u2009](?=\d))+"
_TOKEN: Final = re.compile(_TOKEN_PATTERN)
# Tokens separated by single plain spaces: copied as they are, in one piece.
_RUN: Final = re.compile(rf"{_TOKEN_PATTERN}(?: {_TOKEN_PATTERN})*")
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
        first = True
        for run in _RUN.finditer(text, start, end):
            if first:
                first = False
                if joiner is not None and self.parts:
                    self.parts.append(" ")
                    spans.slice(joiner, joiner + 1, self.builder)
            else:
                self.parts.append(" ")
                spans.slice(run.start() - 1, run.start(), self.builder)
            self.parts.append(run.group())
            spans.slice(run.start(), run.end(), self.builder)

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
    r"<ref(?:\s[^<>]*)?>((?:(?!</ref\s*>|<ref[\s>/]|<!--).)*)</ref\s*>", re.S | re.I
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
    text, back = unify_line_ends(text)
    located = locate(text)
    prepared = prepare(_without_unseen(text, located), 0, len(text))
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
            piece = f"\n{_HEADING_MARK}{min(node.level, 6)}{title}\n"
            out.append(piece)
            builder.coarse(len(piece), start, position)
        elif isinstance(node, Comment):
            continue
        elif isinstance(node, Wikilink):
            target = str(node.title).translate(restore)
            category = _CATEGORY.match(target)
            if category is not None:
                name = " ".join(category.group(1).replace("_", " ").split())
                if name:
                    categories.append(name)
                continue
            if _HIDDEN_LINK.match(target):
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
    reader_text = "".join(out)
    diagnostics = _to_input(prepared.diagnostics, back)
    spans = builder.build() if back is None else builder.build().through(back)
    blocks = _wiki_blocks(reader_text, spans, diagnostics)
    infobox_end: int | None = None
    if located is not None:
        infobox_end = located.end if back is None else back.source(located.end, located.end)[0]
    climate_tables = tuple(
        span if back is None else back.source(*span)
        for span in (locate_climate_tables(code) if may_hold_climate_table(text) else ())
    )
    return Reading(
        blocks=blocks,
        wikitext=True,
        categories=tuple(categories),
        diagnostics=tuple(diagnostics),
        infobox_end=infobox_end,
        climate_tables=climate_tables,
    )


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
    return re.sub(r"[^\n]", " ", text)


def _emit_text(value: str, start: int, out: list[str], builder: SpansBuilder) -> None:
    value = value.replace(_HEADING_MARK, " ")
    at = 0
    for dropped in _DROP.finditer(value):
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
    for start, end in _lines(text):
        visible = _first_visible(text, start, end)
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
        found = _INDENTED_HEADING.fullmatch(text, start, end)
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
