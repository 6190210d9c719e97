"""What a reader sees: wikitext values rendered to plain text, list items, links and refs.

mwparserfromhell defines the structure; this module decides what each node
shows. Links become their text, display templates (``{{lang}}``, ``{{nowrap}}``,
``{{flag}}``, …) their text, list templates and ``<br>`` separate items, and
refs, comments, maintenance templates and files vanish (refs are returned
separately so that they can become citations).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final

import attrs
import mwparserfromhell
from mwparserfromhell.nodes import (
    Argument,
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Tag,
    Template,
    Text,
    Wikilink,
)
from mwparserfromhell.parser import tokens as _tokens
from mwparserfromhell.wikicode import Wikicode

from . import wikitree
from .models import Diagnostic, Link
from .names import normalize_title
from .templates import display
from .values.coordinates import COORD_TEMPLATES
from .values.countries import country_name, is_code
from .values.dates import DATE_TEMPLATES, template_text
from .values.units import conversion_template_unit

__all__ = [
    "BREAK",
    "Conversions",
    "Rendered",
    "args_plain",
    "collapse",
    "descendants",
    "external_links",
    "find_templates",
    "link_text",
    "node_text",
    "plain",
    "render",
    "render_links",
    "render_text",
    "shows_no_text",
    "template_args",
    "template_key",
    "unknown_flag_codes",
]

#: Marks an item boundary (``<br>``, a list template's item, a ``*`` line) in
#: rendered text. Plain text turns it into a space; item splitting cuts at it.
BREAK: Final = "\x1e"

_QUOTES = re.compile(r"'{2,}")
_BREAKS = re.compile(rf"[\s{BREAK}]*{BREAK}[\s{BREAK}]*")
_FILE_PREFIX = re.compile(r"^\s*:?\s*(?:file|image|media|category)\s*:", re.IGNORECASE)
_INTERWIKI = re.compile(r"^[a-z]{2,3}(?:-[a-z]+)?:", re.IGNORECASE)


def collapse(text: str) -> str:
    r"""``text`` with each run of white space one space, none at the ends; BREAK is white space.

    What ``re.sub(r"\s+", " ", text).strip()`` gives: ``str.split`` and the ``\s`` of a
    ``str`` pattern take the same characters for white space (``str.isspace``), among
    them :data:`BREAK` (U+001E), without a regular expression.

    >>> collapse(" a \n b\x1ec ")
    'a b c'
    """
    return " ".join(text.split())


@attrs.frozen(kw_only=True)
class Conversions:
    """How a reader sees unit templates, for a renderer other than the infobox values'.

    ``convert`` gets ``{{convert}}``'s (and ``{{cvt}}``'s) positional and named
    arguments as plain text; ``conversion`` the value, a range's end (or "") and the
    source unit of ``{{km2 to mi2|12}}`` and its kin. Each returns the text shown.
    """

    convert: Callable[[Sequence[str], Mapping[str, str]], str]
    conversion: Callable[[str, str, str], str]


@attrs.frozen(kw_only=True)
class Rendered:
    """A value rendered for a reader, with what was found on the way.

    ``text`` keeps item boundaries as :data:`BREAK`; use :attr:`plain` and
    :attr:`items` to read it.
    """

    text: str
    links: tuple[Link, ...]
    refs: tuple[Tag, ...] = attrs.field(eq=False)
    #: Why a template in the value shows nothing (a date template whose parts make no date).
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False)

    @property
    def plain(self) -> str:
        """The text with white space and item breaks collapsed to single spaces.

        >>> render(mwparserfromhell.parse("[[Akim]] {{small|([[mayor]])}}")).plain
        'Akim (mayor)'
        """
        return collapse(self.text)

    @property
    def items(self) -> tuple[str, ...]:
        """The non-empty items, split at ``<br>``, list templates and list lines.

        >>> render(mwparserfromhell.parse("Jezqazğan <br/> Жезқазған")).items
        ('Jezqazğan', 'Жезқазған')
        """
        parts = (collapse(part) for part in _BREAKS.split(self.text))
        return tuple(part for part in parts if part)


def template_key(template: Template) -> str:
    """A template's name normalised for lookup: MediaWiki's title rules, lower-cased.

    >>> template_key(mwparserfromhell.parse("{{ lang_kk |x}}").filter_templates()[0])
    'lang kk'
    """
    return normalize_title(str(template.name)).casefold()


def shows_no_text(name: str) -> bool:
    """Whether a template called ``name`` (as written, text alone) shows a reader nothing.

    True when :func:`node_text` of ``{{name|…}}`` is empty whatever its arguments: a
    name no display rule knows (maintenance tags, footnotes, icons, maps). A reader
    that skips such a template needs no tree of it.

    >>> shows_no_text("Citation needed"), shows_no_text("lang-kk"), shows_no_text("convert")
    (True, False, False)
    """
    key = normalize_title(name).casefold()
    return not (
        key in _TEMPLATE_HANDLERS
        or (key.startswith("utc") and _UTC_TEMPLATE.match(key) is not None)
        or ":" in key
        or key.startswith("lang-")
        or key in _SYMBOLS
        or key in _FIRST_ARG
        or key in display.FIRST_ARG
        or key in _SECOND_ARG
        or key in display.SECOND_ARG
        or key in _FLAG_NAME
        or key in display.FLAG_NAME
        or key in _ARG_LISTS
        or key in _URL
        or key in DATE_TEMPLATES_KEYS
        or (" to " in key and conversion_template_unit(key) is not None)
        or key in _BREAK_TEMPLATES
        or (len(key) <= 3 and _is_country_template(normalize_title(name)))
    )


def template_args(template: Template) -> tuple[list[Wikicode], dict[str, Wikicode]]:
    """The positional and named arguments of a template, as MediaWiki numbers them.

    An explicit ``2=`` sets the second positional argument; a gap reads as empty.

    >>> pos, named = template_args(mwparserfromhell.parse("{{x|a|k = v|3=c}}").nodes[0])
    >>> [str(p) for p in pos], {k: str(v) for k, v in named.items()}
    (['a', '', 'c'], {'k': ' v'})
    """
    numbered: dict[int, Wikicode] = {}
    named: dict[str, Wikicode] = {}
    counter = 0
    for param in template.params:
        if not param.showkey:
            counter += 1
            numbered[counter] = param.value
            continue
        key = str(param.name).strip()
        # MediaWiki numbers an argument by ASCII digits only ("²" is a name, not 2).
        if key.isascii() and key.isdigit() and key[0] != "0" and len(key) < 6:
            numbered[int(key)] = param.value
        else:
            named[key] = param.value
    last = max(numbered, default=0)
    if len(numbered) == last:  # no gaps: the common case needs no empty filler
        return [numbered[i] for i in range(1, last + 1)], named
    empty = mwparserfromhell.parse("")
    return [numbered.get(i, empty) for i in range(1, last + 1)], named


def plain(code: Wikicode | str, restore: Mapping[str, str] | None = None) -> str:
    """Plain text of some wikitext, white space collapsed; ``restore`` as for :func:`render`.

    >>> plain("{{flag|Kazakhstan}}<ref>x</ref> <!-- c -->")
    'Kazakhstan'
    """
    if isinstance(code, str):
        code = wikitree.parse(code)
    shown = _shown(code.nodes)
    if shown is not None:  # text and comments only: no walk
        return collapse(_shown_text(shown, restore))
    return render(code, restore).plain


def render(code: Wikicode, restore: Mapping[str, str] | None = None) -> Rendered:
    """Render parsed wikitext for a reader; ``restore`` maps placeholder characters back.

    >>> r = render(mwparserfromhell.parse("[[Ulytau Region]]<ref name=a/>"))
    >>> r.plain, r.links, len(r.refs)
    ('Ulytau Region', (Link(target='Ulytau Region', text='Ulytau Region'),), 1)
    """
    shown = _shown(code.nodes)
    if shown is not None:  # text and comments only: no walk
        return Rendered(text=_shown_text(shown, restore), links=(), refs=())
    return _walk(code, restore)


def _walk(code: Wikicode, restore: Mapping[str, str] | None = None) -> Rendered:
    """:func:`render` by the walk over every node, whatever the nodes are (no shortcut)."""
    walker = _Walker(restore)
    walker.nodes(code.nodes)
    text = "".join(walker.out)
    if restore:
        text = text.translate(walker.table)
    return Rendered(
        text=text,
        links=tuple(walker.links),
        refs=tuple(walker.refs),
        diagnostics=tuple(walker.diagnostics),
    )


def render_text(shown: str, restore: Mapping[str, str] | None = None) -> Rendered:
    """:func:`render` of wikitext that holds only text and comments, from its text alone.

    ``shown`` is the text with the comments taken out (the text nodes joined, as the
    walk joins them): the result is exactly what :func:`render` gives for the tree,
    with no tree and no walk.

    >>> code = mwparserfromhell.parse("89,079 <!-- 2023 --> ''est.''")
    >>> render_text("89,079  ''est.''") == render(code)
    True
    """
    return Rendered(text=_shown_text(shown, restore), links=(), refs=())


_T_TEXT: Final = _tokens.Text
_T_COMMENT_START: Final = _tokens.CommentStart
_T_COMMENT_END: Final = _tokens.CommentEnd
_T_LINK_OPEN: Final = _tokens.WikilinkOpen
_T_LINK_SEPARATOR: Final = _tokens.WikilinkSeparator
_T_LINK_CLOSE: Final = _tokens.WikilinkClose


def render_links(
    token_list: Sequence[Any], restore: Mapping[str, str] | None = None
) -> Rendered | None:
    """:func:`render` of the tree of these tokens, from the tokens, for text and plain links.

    The tokens (mwparserfromhell's tokenizer's) must hold only text, comments and
    wikilinks whose title and text are text alone (``[[Almaty]]``, ``[[Almaty|city]]``),
    the common value with markup; for any other token, None (build the tree and
    render it). What is written is what the walk writes: text joined across comments,
    a link's shown text, its :class:`~infobox.models.Link`.

    >>> r = render_links(wikitree.tokenize("[[Ulytau_Region]] <!-- c --> [[Almaty|city]]"))
    >>> r.plain, [link.target for link in r.links]
    ('Ulytau Region city', ['Ulytau Region', 'Almaty'])
    >>> render_links(wikitree.tokenize("{{small|a}}")) is None
    True
    """
    table = {ord(k): v for k, v in restore.items()} if restore else {}
    out: list[str] = []
    links: list[Link] = []
    run: list[str] = []  # text joined across comments, as the walk joins it
    in_comment = False
    found = iter(token_list)
    for token in found:
        kind = type(token)
        if kind is _T_TEXT:
            if not in_comment:
                run.append(token["text"])
        elif in_comment:
            if kind is not _T_COMMENT_END:
                return None
            in_comment = False
        elif kind is _T_COMMENT_START:
            in_comment = True
        elif kind is _T_LINK_OPEN:
            if run:
                out.append(_written_text("".join(run), table))
                run = []
            title: list[str] = []
            label: list[str] | None = None
            for token in found:
                kind = type(token)
                if kind is _T_TEXT:
                    (title if label is None else label).append(token["text"])
                elif kind is _T_LINK_SEPARATOR and label is None:
                    label = []
                elif kind is _T_LINK_CLOSE:
                    break
                else:
                    return None
            else:
                return None  # no closing token: not a link the builder makes
            # As _Walker.wikilink, with the nodes' texts.
            stripped = _shown_target("".join(title).translate(table), label is not None)
            if stripped is None:
                continue
            target = collapse(stripped.replace("_", " "))
            shown = (
                _written_text("".join(label), table)
                if label is not None
                else _QUOTES.sub("", target)
            )
            out.append(shown)
            if target:
                links.append(Link(target=target, text=collapse(shown)))
        else:
            return None
    if in_comment:
        return None
    if run:
        out.append(_written_text("".join(run), table))
    text = "".join(out)
    if table:
        text = text.translate(table)
    return Rendered(text=text, links=tuple(links), refs=())


def _written_text(value: str, table: Mapping[int, str]) -> str:
    """What the walk writes for a run of text (:meth:`_Walker.text`)."""
    if table:
        value = value.translate(table)
    return _QUOTES.sub("", value).replace(BREAK, " ")


def _shown_text(shown: str, restore: Mapping[str, str] | None) -> str:
    """The rendered text (item breaks kept) of text and comments, from ``shown`` alone.

    What the walk writes for one run of text (:meth:`_Walker.text`), the placeholders
    put back before and after, as :func:`render` does.
    """
    table = {ord(k): v for k, v in restore.items()} if restore else None
    if table:
        shown = shown.translate(table)
    text = _QUOTES.sub("", shown) if "''" in shown else shown
    if BREAK in text:
        text = text.replace(BREAK, " ")
    if table:
        text = text.translate(table)
    return text


def _shown(nodes: Iterable[Any]) -> str | None:
    """The text of nodes that are all Text or Comment, comments taken out; None otherwise.

    The one run of text that the walk would join (it joins text across comments).
    """
    parts = []
    for node in nodes:
        kind = type(node)
        if kind is Text:
            parts.append(node.value)
        elif kind is not Comment:
            return None
    return "".join(parts)


def node_text(
    node: Any, restore: Mapping[str, str] | None = None, conversions: Conversions | None = None
) -> str:
    """What a reader sees of one node, item breaks as spaces, white space kept.

    ``conversions`` shows ``{{convert}}`` and its kin (the article reader's symbols);
    without it they show as infobox values read them.

    >>> node_text(mwparserfromhell.parse("{{lang-kk|Жезқазған}}").nodes[0])
    'Жезқазған'
    """
    walker = _Walker(restore, conversions)
    walker.nodes([node])
    text = "".join(walker.out)
    if restore:
        text = text.translate(walker.table)
    return text.replace(BREAK, " ")


# Templates whose display is their first positional argument.
_FIRST_ARG: Final = frozenset(
    {
        "nowrap",
        "nobr",
        "small",
        "smaller",
        "big",
        "larger",
        "large",
        "huge",
        "resize",
        "nobold",
        "noitalic",
        "nowrap begin",
        "sup",
        "sub",
        "abbr",
        "abbrlink",
        "ill",
        "interlanguage link",
        "interlanguage link multi",
        "keep together",
        "avoid wrap",
        "plain",
        "nbsp-",
        "bold",
        "italic",
        "em",
        "strong",
        "center",
        "centre",
        "font",
        "color",
        "colour",
        "sc",
        "smallcaps",
        "small caps",
        "lower",
        "upper",
        "nobreak",
        "transliteration",
        "tooltip",
        "hover title",
        "lang-en",
        "nq",
        "nastaliq",
        "script/nastaliq",
        "rtl-lang",
        "wrap",
    }
)
# Templates whose display is their second positional argument (a language code first).
_SECOND_ARG: Final = frozenset(
    {"lang", "langx", "transl", "transliteration", "native name", "native phrase", "script"}
)
# Templates that show a flag icon and the country's name.
_FLAG_NAME: Final = frozenset(
    {"flag", "flagcountry", "flagu", "flag country", "flagcu", "flag+link", "flagg"}
)
# Flag templates whose first argument is not the country: {{flag+link|History of|POL}}
# (a link prefix) and {{flagg|uncb|POL}} (a display mode) name it second.
_FLAG_SECOND: Final = frozenset({"flag+link", "flagg"})
# Line-break templates: {{br}} and {{break}} (one or more <br>) separate items.
_BREAK_TEMPLATES: Final = frozenset({"br", "break"})
# {{UTC+6}}, {{UTC−5}}, {{UTC+05:30}}, {{UTC}}: a link to the offset's article.
_UTC_TEMPLATE: Final = re.compile(
    r"^utc(?:\s*(?P<sign>[+\-\u2212±])\s*(?P<hours>[0-9]{1,2})(?::?(?P<minutes>[0-9]{2}))?)?$"
)
# List templates: each positional argument is an item.
_ARG_LISTS: Final = frozenset(
    {
        "ubl",
        "ublist",
        "ubt",
        "unbullet",
        "unbulleted",
        "unbulleted list",
        "unbulletedlist",
        "nblist",
        "nonbulleted list",
        "vunblist",
        "hlist",
        "flatlist",
        "plainlist",
        "plain list",
        "bulleted list",
        "bulletedlist",
        "blist",
        "collapsible list",
        "cslist",
        "bulleted",
        "ordered list",
        "olist",
        "enum",
    }
)
# Characters some small templates stand for.
_SYMBOLS: Final = {
    "nbsp": "\u00a0",
    "thinsp": "\u2009",
    "spaces": " ",
    "sp": " ",
    "space": " ",
    "ndash": "–",
    "mdash": "—",
    "snd": " – ",
    "spaced ndash": " – ",
    "spnd": " – ",
    "•": " · ",
    "middot": " · ",
    "dot": " · ",
    "·": " · ",
    "=": "=",
    "!": "|",
    "!!": "||",
    "pipe": "|",
    "'": "'",
    "''": "''",
    "-": "",
    "nnbsp": "\u202f",
}
# Templates that display a URL.
_URL: Final = frozenset({"url", "official url", "official website", "official site", "website"})


class _Walker:
    """Walks nodes depth-first and writes what a reader sees."""

    __slots__ = ("conversions", "diagnostics", "links", "out", "refs", "table")

    def __init__(
        self,
        restore: Mapping[str, str] | None = None,
        conversions: Conversions | None = None,
    ) -> None:
        #: How ``{{convert}}`` and ``{{km2 to mi2}}`` show; None: as infobox values read them.
        self.conversions = conversions
        self.out: list[str] = []
        self.links: list[Link] = []
        self.refs: list[Tag] = []
        self.diagnostics: list[Diagnostic] = []
        #: Placeholder characters (see :func:`infobox.scan.prepare`) -> what they replaced.
        self.table = {ord(k): v for k, v in restore.items()} if restore else {}

    def nodes(self, nodes: Iterable[Any]) -> None:
        run: list[str] = []  # text nodes joined across comments, as MediaWiki strips them first
        for node in nodes:
            if isinstance(node, Text):
                run.append(node.value)
            elif not isinstance(node, Comment):
                if run:
                    self.text("".join(run))
                    run = []
                self.node(node)
        if run:
            self.text("".join(run))

    def text(self, value: str) -> None:
        """Write text as written: runs of two or more apostrophes are bold or italic marks.

        Only the text's own apostrophes make marks: MediaWiki reads quotes before it
        decodes entities, so ``&#39;&#39;`` (and ``<nowiki>''</nowiki>``) shows ``''``.
        """
        if self.table:
            value = value.translate(self.table)
        self.out.append(_QUOTES.sub("", value).replace(BREAK, " "))

    def sub(self, code: Wikicode) -> str:
        """Render ``code`` on its own, keeping its links."""
        saved, self.out = self.out, []
        self.nodes(code.nodes)
        result, self.out = "".join(self.out), saved
        return result

    def node(self, node: Any) -> None:
        if isinstance(node, Text):
            self.text(node.value)
        elif isinstance(node, Wikilink):
            self.wikilink(node)
        elif isinstance(node, Template):
            self.template(node)
        elif isinstance(node, Tag):
            self.tag(node)
        elif isinstance(node, HTMLEntity):
            self.out.append(_entity(node))
        elif isinstance(node, ExternalLink):
            if node.title is not None:
                self.nodes(node.title.nodes)
            elif not node.brackets:
                self.nodes(node.url.nodes)  # a free link shows its URL, entities decoded
        elif isinstance(node, Argument):
            if node.default is not None:
                self.nodes(node.default.nodes)
        elif isinstance(node, Heading):
            self.out.append(BREAK)
            self.nodes(node.title.nodes)
            self.out.append(BREAK)
        elif isinstance(node, Comment):
            pass

    def wikilink(self, link: Wikilink) -> None:
        stripped = _shown_target(str(link.title).translate(self.table), link.text is not None)
        if stripped is None:
            return
        target = collapse(stripped.replace("_", " "))
        shown = self.sub(link.text) if link.text is not None else _QUOTES.sub("", target)
        self.out.append(shown)
        if target:
            self.links.append(Link(target=target, text=collapse(shown)))

    def tag(self, tag: Tag) -> None:
        name = str(tag.tag).strip().lower()
        if name == "ref":
            self.refs.append(tag)
        elif name in ("br", "hr", "li", "dt", "dd"):
            self.out.append(BREAK)
            if not tag.self_closing:
                self.nodes(tag.contents.nodes)
        elif name in _SILENT_TAGS:
            return
        elif name in ("nowiki", "pre"):
            self.out.append(str(tag.contents))
        elif not tag.self_closing:
            block = name in ("p", "div", "ul", "ol", "table", "tr", "center")
            if block:
                self.out.append(BREAK)
            self.nodes(tag.contents.nodes)
            if block:
                self.out.append(BREAK)

    def template(self, template: Template) -> None:
        raw_name = str(template.name)
        key = template_key(template)
        handler = _TEMPLATE_HANDLERS.get(key)
        if handler is not None:
            handler(self, template)
        elif key.startswith("utc") and (utc := _UTC_TEMPLATE.match(key)) is not None:
            self.out.append(_utc_text(utc))  # before parser functions: {{UTC+05:30}}
        elif ":" in key:
            self.parser_function(key, raw_name, template)
        elif key.startswith("lang-"):
            self.arg(template, 0)
        elif key in _SYMBOLS:
            count = _count_arg(template) if key == "nbsp" else 1
            self.out.append(_SYMBOLS[key] * count)
        elif key in _FIRST_ARG or key in display.FIRST_ARG:
            self.arg(template, 0)
        elif key in _SECOND_ARG or key in display.SECOND_ARG:
            self.arg(template, 1)
        elif key in _FLAG_NAME or key in display.FLAG_NAME:
            self.flag(template)
        elif key in _ARG_LISTS:
            self.arg_list(template)
        elif key in _URL:
            self.url(template)
        elif key in DATE_TEMPLATES_KEYS:
            self.date(template)
        elif " to " in key and conversion_template_unit(key) is not None:
            self.conversion(template, key)
        elif key in _BREAK_TEMPLATES:
            self.out.append(BREAK)
        elif len(key) <= 3 and _is_country_template(name := normalize_title(raw_name)):
            self.out.append(country_name(name) or "")  # {{CAN}}, {{EU}}: a flag and the name
        # Anything else (maintenance tags, footnotes, icons, maps) shows no text we keep;
        # shows_no_text() tells these names apart without a tree: keep the two in step.

    def arg(self, template: Template, index: int) -> None:
        # Display templates trim their text, as Module:Lang and friends do.
        positional, _ = template_args(template)
        if index < len(positional):
            self.out.append(self.sub(positional[index]).strip())

    def flag(self, template: Template) -> None:
        positional, named = template_args(template)
        index = 1 if template_key(template) in _FLAG_SECOND else 0
        if "name" in named:
            self.out.append(self.sub(named["name"]).strip())
        elif index < len(positional):
            # A code shows its country's name; a code that names no country shows
            # nothing, never the code as if it were a name ("country.unknown-code").
            text = self.sub(positional[index]).strip()
            self.out.append(country_name(text) or "" if is_code(text) else text)

    def sic(self, template: Template) -> None:
        # {{sic|Teh}}, {{sic|Te|h}} (split against bots), {{sic|?|Teh}}: the text as
        # quoted, without the "[sic]" mark.
        positional, _ = template_args(template)
        parts = [self.sub(value) for value in positional]
        if parts and parts[0].strip() == "?":
            parts = parts[1:]
        self.out.append("".join(parts).strip())

    def arg_list(self, template: Template) -> None:
        positional, _ = template_args(template)
        for value in positional:
            self.out.append(BREAK)
            self.nodes(value.nodes)
        self.out.append(BREAK)

    def url(self, template: Template) -> None:
        positional, _ = template_args(template)
        if positional:
            self.out.append(collapse(self.sub(positional[0])))

    def date(self, template: Template) -> None:
        positional, named = template_args(template)
        name = normalize_title(str(template.name))
        args = [plain_of(self, value) for value in positional]
        after_number = any("0" <= char <= "9" for char in "".join(self.out))
        text, found = template_text(
            name, args, {k: plain_of(self, v) for k, v in named.items()}, after_number=after_number
        )
        self.out.append(text)
        self.diagnostics.extend(found)

    def parser_function(self, key: str, raw_name: str, template: Template) -> None:
        function, _, argument = raw_name.partition(":")
        function = function.strip().casefold()
        if function in ("formatnum", "lc", "uc", "lcfirst", "ucfirst", "padleft", "padright"):
            self.nodes(wikitree.parse(argument).nodes)

    def coord(self, template: Template) -> None:
        positional, _ = template_args(template)
        parts = [plain_of(self, value) for value in positional]
        self.out.append(" ".join(part for part in parts if ":" not in part))

    def convert(self, template: Template) -> None:
        positional, named = template_args(template)
        if self.conversions is not None:
            args = [plain_of(self, value) for value in positional]
            flags = {key: plain_of(self, value) for key, value in named.items()}
            self.out.append(self.conversions.convert(args, flags))
            return
        parts = [plain_of(self, value) for value in positional[:4]]
        if len(parts) >= 4 and parts[1] in _RANGE_WORDS:
            self.out.append(f"{parts[0]} {parts[1]} {parts[2]} {parts[3]}")
        elif len(parts) >= 2:
            self.out.append(f"{parts[0]} {parts[1]}")
        elif parts:
            self.out.append(parts[0])

    def conversion(self, template: Template, key: str) -> None:
        """``{{km2 to mi2|12}}`` shows ``12 km2``; a second number is a range's end."""
        positional, named = template_args(template)
        value = positional[0] if positional else named.get("num")
        if value is None:
            return
        unit = key.partition(" to ")[0].strip()
        shown = plain_of(self, value)
        end = plain_of(self, positional[1]) if len(positional) > 1 else ""
        if self.conversions is not None:
            self.out.append(self.conversions.conversion(shown, end, unit))
            return
        if end[:1].isdecimal():
            shown = f"{shown} to {end}"
        self.out.append(f"{shown} {unit}")

    def circa(self, template: Template) -> None:
        self.out.append("c. ")
        self.arg(template, 0)

    def list_of_names(self, template: Template) -> None:
        _, named = template_args(template)
        for key in sorted(named, key=_natural_key):
            if key.startswith("name"):
                self.out.append(BREAK)
                self.nodes(named[key].nodes)
        self.out.append(BREAK)


def _is_country_template(name: str) -> bool:
    """Whether ``name`` is a country template: a known three-letter code in capitals, or EU.

    Two-letter names other than ``EU`` are left alone: ``{{AD}}`` or ``{{MA}}`` need not
    be Andorra or Morocco.
    """
    return (len(name) == 3 or name == "EU") and is_code(name) and country_name(name) is not None


def _utc_text(match: re.Match[str]) -> str:
    """``UTC+06:00`` for ``{{UTC+6}}``, as the template's link shows it (``−`` for minus)."""
    if match["sign"] is None:
        return "UTC"
    sign = "+" if match["sign"] == "+" else "−" if match["sign"] in "-\u2212" else "±"
    return f"UTC{sign}{int(match['hours']):02d}:{match['minutes'] or '00'}"


def plain_of(walker: _Walker, code: Wikicode) -> str:
    """Render ``code`` with ``walker`` (keeping its links) and collapse it to one line."""
    return collapse(walker.sub(code))


def _natural_key(key: str) -> tuple[str, int]:
    head = key.rstrip("0123456789")
    tail = key[len(head) :]
    return (head, int(tail) if tail and len(tail) < 6 else 0)


def _count_arg(template: Template) -> int:
    positional, _ = template_args(template)
    if positional:
        text = str(positional[0]).strip()
        if text.isdigit() and len(text) <= 2:
            return int(text)
    return 1


def _entity(node: HTMLEntity) -> str:
    try:
        return str(node.normalize())
    except (ValueError, OverflowError):
        return str(node)


_RANGE_WORDS: Final = frozenset({"to", "-", "–", "and", "or", "by", "x", "×", "+/-", "±"})
_SILENT_TAGS: Final = frozenset(
    {
        "references",
        "math",
        "gallery",
        "timeline",
        "score",
        "syntaxhighlight",
        "source",
        "templatestyles",
        "imagemap",
        "mapframe",
        "maplink",
        "graph",
        "chem",
        "ce",
        "section",
        "indicator",
        "inputbox",
        "categorytree",
        "poem-",
        "style",
        "script",
    }
)
DATE_TEMPLATES_KEYS: Final = frozenset(name.casefold() for name in DATE_TEMPLATES)

_TEMPLATE_HANDLERS: Final[dict[str, Callable[[_Walker, Template], None]]] = {
    "coord": _Walker.coord,
    "coor": _Walker.coord,
    "convert": _Walker.convert,
    "cvt": _Walker.convert,
    "circa": _Walker.circa,
    "c.": _Walker.circa,
    "native name list": _Walker.list_of_names,
    "sic": _Walker.sic,
}
# {{coord}}'s other names (redirects such as {{coords}} and {{coor d}}) show the same.
_TEMPLATE_HANDLERS.update({name.casefold(): _Walker.coord for name in COORD_TEMPLATES})


def args_plain(
    template: Template, restore: Mapping[str, str] | None = None
) -> tuple[list[str], dict[str, str]]:
    """A template's positional and named arguments as plain text.

    ``restore`` maps placeholder characters back, as for :func:`render`; names too.

    >>> args_plain(mwparserfromhell.parse("{{coord|47|N|region:KZ|display= title }}").nodes[0])
    (['47', 'N', 'region:KZ'], {'display': 'title'})
    """
    positional, named = template_args(template)
    table = {ord(k): v for k, v in restore.items()} if restore else {}
    return [plain(v, restore) for v in positional], {
        k.translate(table): plain(v, restore) for k, v in named.items()
    }


#: A URL's scheme ("https:", "ftp://", "//"), after which MediaWiki needs an address.
_SCHEME = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?(?://)?", re.IGNORECASE)


#: Characters no URL of MediaWiki's holds (its URL class excludes U+0000–U+0020 and
#: U+007F); space, tab and line ends already end a link for mwparserfromhell.
_URL_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def external_links(code: Wikicode) -> list[ExternalLink]:
    r"""The external links in ``code`` (at any depth) that MediaWiki would make links.

    mwparserfromhell reads a bare scheme (``http://`` just before ``</ref>``) as a
    link; MediaWiki needs an address after the scheme, so those are left out. So are
    URLs holding a control character (a vertical tab, U+001C, …): MediaWiki's URLs
    never do, and makes no link of them.

    >>> code = mwparserfromhell.parse("<ref>http://</ref> [https://a.kz A] [http://b\x0bc.kz B]")
    >>> [str(link.url) for link in external_links(code)]
    ['https://a.kz']
    """
    return [
        link
        for link in descendants(code)
        if isinstance(link, ExternalLink)
        and _SCHEME.sub("", url := str(link.url), count=1).strip()
        and not _URL_CONTROL.search(url)
    ]


def unknown_flag_codes(code: Wikicode) -> list[str]:
    """The codes in flag templates in ``code`` that name no country (they show nothing).

    >>> unknown_flag_codes(mwparserfromhell.parse("{{flag|XYZ}} {{flag|POL}} {{flag|Foo}}"))
    ['XYZ']
    """
    found = []
    for template in find_templates(code, _FLAG_NAME):
        positional, named = template_args(template)
        index = 1 if template_key(template) in _FLAG_SECOND else 0
        if "name" not in named and index < len(positional):
            text = plain(positional[index])
            if is_code(text) and country_name(text) is None:
                found.append(text)
    return found


def find_templates(code: Wikicode, keys: Sequence[str] | frozenset[str]) -> list[Template]:
    """Templates in ``code`` (at any depth) whose :func:`template_key` is in ``keys``.

    >>> [str(t) for t in find_templates(mwparserfromhell.parse("a {{Coord|1|2}}"), {"coord"})]
    ['{{Coord|1|2}}']
    """
    found = []
    for template in descendants(code):
        if isinstance(template, Template) and template_key(template) in keys:
            found.append(template)
    return found


def descendants(code: Wikicode) -> list[Any]:
    """Every node of ``code`` at any depth, in the order of ``code.filter(recursive=True)``.

    The same nodes as mwparserfromhell's filter, which walks them through a generator
    per node: here one list, filled depth first (a node, then each of its children's
    nodes, as ``__children__`` gives them).

    >>> [str(n) for n in descendants(mwparserfromhell.parse("a{{b|[[c]]}}"))]
    ['a', '{{b|[[c]]}}', 'b', '[[c]]', 'c']
    """
    found: list[Any] = []
    _descend(code.nodes, found)
    return found


def _descend(nodes: Iterable[Any], found: list[Any]) -> None:
    for node in nodes:
        found.append(node)
        if type(node) is not Text:  # a text node has no children
            for child in node.__children__():
                _descend(child.nodes, found)


def _shown_target(title: str, labelled: bool) -> str | None:
    """A link's target as a reader may see it, or None when the link shows nothing.

    A file link shows nothing here (its caption is not text of the value), nor does an
    interwiki link without a label; a leading ``:`` (``[[:Category:X]]``) is dropped.
    """
    if ":" not in title:  # no namespace, no interwiki prefix, no leading ":"
        return title.strip()
    if _FILE_PREFIX.match(title):
        return None
    stripped = title.strip()
    if stripped.startswith(":"):
        return stripped[1:].strip()
    if _INTERWIKI.match(stripped) and not labelled:
        return None
    return stripped


def link_text(title: str, label: str | None, table: Mapping[int, str] | None = None) -> str:
    """What a reader sees of a link whose title and label are text alone (no markup).

    The same as :func:`node_text` of ``[[title|label]]``, without a tree; ``table``
    maps placeholder characters back (as :meth:`str.translate` takes it).

    >>> link_text("Ulytau_Region", None), link_text("a", "''b''"), link_text("File:x.png", None)
    ('Ulytau Region', 'b', '')
    """
    stripped = _shown_target(title.translate(table) if table else title, label is not None)
    if stripped is None:
        return ""
    if label is None:
        shown = collapse(stripped.replace("_", " "))
    else:
        shown = (label.translate(table) if table else label).replace(BREAK, " ")
    if "''" in shown:
        shown = _QUOTES.sub("", shown)
    if table:
        shown = shown.translate(table)
    return shown.replace(BREAK, " ")
