"""Citations: every ``<ref>`` and short footnote (``{{sfn}}``) in a value, with its fields.

A ``<ref name=x />`` that only reuses a ref takes the fields of the ref that defines
``x`` (in the same group) anywhere in the text: :func:`resolve_reuses`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Final

import attrs
from mwparserfromhell.nodes import Comment, Tag, Template
from mwparserfromhell.wikicode import Wikicode

from . import wikitree
from .models import Citation
from .names import normalize_title
from .text import descendants, external_links, plain, template_args

__all__ = [
    "SHORT_FOOTNOTES",
    "SHORT_REF_TEMPLATES",
    "citation_nodes",
    "citations_from",
    "is_reuse",
    "named_definitions",
    "named_definitions_in",
    "ref_key",
    "resolve_reuses",
    "resolved",
    "reuses",
]

#: Short-footnote templates that make their own footnote (no ``<ref>`` around them),
#: all with the grammar ``author1 … author4 | year | p= | pp= | loc=`` (Module:Footnotes).
SHORT_FOOTNOTES: Final = frozenset({"sfn", "sfnp", "sfnb", "sfnnb"})
#: Author–date templates of the same grammar written inside a ``<ref>``.
SHORT_REF_TEMPLATES: Final = frozenset(
    {
        "harv",
        "harvnb",
        "harvp",
        "harvtxt",
        "harvcol",
        "harvcolnb",
        "harvcoltxt",
        "harvard citation",
        "harvard citation no brackets",
        "harvard citation text",
    }
)
_SHORT: Final = SHORT_FOOTNOTES | SHORT_REF_TEMPLATES
#: Module:Footnotes' names for the page and its aliases, in the order they are read.
_PAGE_KEYS: Final = ("p", "page", "pp", "pages")


def _key(template: Template) -> str:
    return normalize_title(_name(template)).casefold()


def _is_ref(node: object) -> bool:
    return isinstance(node, Tag) and str(node.tag).strip().lower() == "ref"


def citation_nodes(code: Wikicode, refs: Sequence[Tag]) -> list[Tag | Template]:
    """``refs`` and the short footnotes (``{{sfn}}``, not inside a ref) of ``code``, in order.

    >>> import mwparserfromhell
    >>> code = mwparserfromhell.parse("1{{sfn|A|2001}}<ref>x</ref>")
    >>> [str(n) for n in citation_nodes(code, code.filter_tags())]
    ['{{sfn|A|2001}}', '<ref>x</ref>']
    """
    if "sfn" not in str(code).casefold():  # the common case: no short footnote to place
        return list(refs)
    wanted = {id(ref) for ref in refs}
    inside: set[int] = set()
    for ref in refs:
        if not ref.self_closing:
            inside.update(id(n) for n in descendants(ref.contents))
    found: list[Tag | Template] = []
    for node in descendants(code):
        if isinstance(node, Tag):
            if id(node) in wanted:
                found.append(node)
        elif (
            isinstance(node, Template) and id(node) not in inside and _key(node) in SHORT_FOOTNOTES
        ):
            found.append(node)
    return found


def citations_from(
    param: str, refs: Iterable[Tag | Template], restore: Mapping[str, str] | None = None
) -> list[Citation]:
    """One :class:`Citation` per ``<ref>`` tag or short footnote found in parameter ``param``.

    The first cite template in a ref gives ``template`` and ``fields`` (every
    named argument, as plain text); an author–date template (``{{harvnb}}``) gives
    ``author``, ``year`` and ``pages``; a bare ref gives its first link. A
    ``{{sfn}}`` is a citation of its own. ``restore`` maps the placeholder
    characters of :func:`infobox.scan.prepare` back.

    >>> import mwparserfromhell
    >>> code = mwparserfromhell.parse(
    ...     "<ref name=z>{{Cite web|url=https://z.kz|title=T|date=2022-06-28}}</ref>")
    >>> [c] = citations_from("leader_name", code.filter_tags())
    >>> c.name, c.template, c.url, c.date
    ('z', 'Cite web', 'https://z.kz', '2022-06-28')
    >>> import mwparserfromhell
    >>> [s] = citations_from("name", mwparserfromhell.parse("{{sfn|Smith|Jones|2001|p=5}}").nodes)
    >>> s.template, s.author, s.year, s.pages, dict(s.fields)
    ('sfn', 'Smith; Jones', '2001', '5', {'p': '5'})
    """
    table = {ord(k): v for k, v in restore.items()} if restore else {}
    result = []
    for ref in refs:
        if isinstance(ref, Template):
            result.append(_short(param, None, ref, restore))
            continue
        name = None
        if ref.has("name"):
            name = str(ref.get("name").value).translate(table).strip().strip("\"'") or None
        template = url = title = date = None
        fields: dict[str, str] = {}
        contents = ref.contents if not ref.self_closing else None
        if contents is not None:
            templates = [t for t in contents.nodes if isinstance(t, Template)]
            cite = next(
                (t for t in templates if _name(t).lower().startswith(("cite", "citation"))),
                None,
            )
            short = next((t for t in templates if _key(t) in _SHORT), None)
            if cite is not None:
                template = _name(cite).translate(table)
                _, named = template_args(cite)
                fields = {
                    key.translate(table): plain(value, restore) for key, value in named.items()
                }
                url = fields.get("url") or None
                title = fields.get("title") or None
                date = fields.get("date") or None
            elif short is not None:
                result.append(_short(param, name, short, restore))
                continue
            else:
                link = next(iter(external_links(contents)), None)
                if link is not None:
                    # MediaWiki decodes character references in a link's URL.
                    url = plain(link.url, restore) or None
                    title = plain(link.title, restore) if link.title is not None else None
                title = title or plain(contents, restore) or None
        result.append(
            Citation(
                param=param,
                name=name,
                template=template,
                url=url,
                title=title,
                date=date,
                fields=fields,
            )
        )
    return result


def _short(
    param: str, name: str | None, template: Template, restore: Mapping[str, str] | None
) -> Citation:
    """A short citation: ``author1 … author4 | year``, the page from ``p=``/``pp=``."""
    table = {ord(k): v for k, v in restore.items()} if restore else {}
    positional, named = template_args(template)
    parts = [plain(value, restore) for value in positional]
    while parts and not parts[-1]:
        parts.pop()
    authors, year = (parts[:-1], parts[-1]) if len(parts) > 1 else (parts, None)
    fields = {key.translate(table): plain(value, restore) for key, value in named.items()}
    pages = next((fields[k] for k in _PAGE_KEYS if fields.get(k)), None)
    return Citation(
        param=param,
        name=name,
        template=_name(template).translate(table),
        author="; ".join(a for a in authors if a) or None,
        year=year or None,
        pages=pages,
        fields=fields,
    )


def reuses(ref: Tag) -> bool:
    """Whether a ref has no content, so that it reuses the ref its name defines.

    >>> import mwparserfromhell
    >>> [reuses(t) for t in mwparserfromhell.parse("<ref name=a/><ref name=a> </ref>"
    ...                                           "<ref name=a>{{SCref|1}}</ref>").nodes]
    [True, True, False]
    """
    return bool(ref.self_closing) or not _COMMENT.sub("", str(ref.contents)).strip()


def is_reuse(citation: Citation) -> bool:
    """Whether a citation holds only a name, as a reuse (``<ref name=x />``) gives it.

    >>> is_reuse(Citation(param="p", name="x")), is_reuse(Citation(param="p", title="T"))
    (True, False)
    """
    return citation.name is not None and citation == Citation(
        param=citation.param, name=citation.name
    )


def ref_key(ref: Tag, restore: Mapping[str, str] | None = None) -> tuple[str, str] | None:
    """A named ref's ``(group, name)``, as MediaWiki matches them; None when unnamed.

    Quotes around a value and white space are dropped; the rest must match exactly.

    >>> import mwparserfromhell
    >>> tag = mwparserfromhell.parse('<ref group=note name = " a b "/>').nodes[0]
    >>> ref_key(tag)
    ('note', 'a b')
    """
    table = {ord(k): v for k, v in restore.items()} if restore else {}

    def value(attribute: str) -> str:
        if not ref.has(attribute):
            return ""
        return str(ref.get(attribute).value).translate(table).strip().strip("\"'").strip()

    name = value("name")
    return (value("group"), name) if name else None


_REF_OPEN = re.compile(r"<ref(?=[\s>/])[^<>]*>", re.IGNORECASE)
_REF_CLOSE = re.compile(r"</ref\s*>", re.IGNORECASE)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)


def named_definitions(
    text: str,
    spans: Iterable[tuple[int, int]],
    wanted: Collection[tuple[str, str]] | None = None,
) -> list[tuple[tuple[str, str], Citation]]:
    """The named refs with content in the parts ``spans`` of ``text``, in order.

    A linear pre-scan locates ``<ref …>`` openers and their ``</ref>``; only those
    slices, which hold no other ref, are parsed. Refs inside comments are not
    definitions. ``wanted``, when given, limits the result to those ``(group,
    name)`` keys: a ref with another name is not parsed past its opening tag,
    which keeps a page with hundreds of refs cheap when one name is reused.

    >>> page = 'a<ref name="c">[https://c.kz C]</ref> <!-- <ref name=d>x</ref> -->'
    >>> [(key, c.url) for key, c in named_definitions(page, [(0, len(page))])]
    [(('', 'c'), 'https://c.kz')]
    """
    return [found for part in named_definitions_in(text, [*spans], wanted) for found in part]


def named_definitions_in(
    text: str,
    spans: Sequence[tuple[int, int]],
    wanted: Collection[tuple[str, str]] | None = None,
) -> list[list[tuple[tuple[str, str], Citation]]]:
    """:func:`named_definitions` of each span on its own, the text scanned once for all.

    >>> page = '<ref name="c">C</ref> x <ref name=d>D</ref>'
    >>> [[key for key, _ in part] for part in named_definitions_in(page, [(0, 22), (22, 43)])]
    [[('', 'c')], [('', 'd')]]
    """
    closes = [m.start() for m in _REF_CLOSE.finditer(text)]
    opens = [m.start() for m in _REF_OPEN.finditer(text)]
    comments = _comment_spans(text)
    comment_starts = [start for start, _ in comments]
    parts = []
    for start, end in spans:
        found: list[tuple[tuple[str, str], Citation]] = []
        parts.append(found)
        used = -1
        for opener in _REF_OPEN.finditer(text, start, end):
            if opener[0].endswith("/>") or "name" not in opener[0].lower():
                continue
            at = bisect.bisect_right(comment_starts, opener.start()) - 1
            if at >= 0 and comments[at][1] > opener.start():
                continue  # inside a comment
            i = bisect.bisect_left(closes, opener.end())
            if i == len(closes) or closes[i] > end or i <= used:
                continue  # unclosed, or its closer ends an earlier ref: slices never overlap
            j = bisect.bisect_left(opens, opener.end())
            if j < len(opens) and opens[j] < closes[i]:
                continue  # another ref opens first: this one is unclosed (refs do not nest)
            used = i
            if wanted is not None and (
                not any(name in opener[0] for _, name in wanted)  # cheap: the name is written
                or _opener_key(opener[0]) not in wanted
            ):
                continue
            close = _REF_CLOSE.match(text, closes[i])
            assert close is not None
            piece = wikitree.parse_styled(text[opener.start() : close.end()])
            tag = piece.nodes[0] if piece.nodes else None
            if not _is_ref(tag):
                continue
            assert isinstance(tag, Tag)
            key = ref_key(tag)
            if key is not None and not reuses(tag):
                found.append((key, citations_from("", [tag])[0]))
    return parts


def _comment_spans(text: str) -> list[tuple[int, int]]:
    """Where ``_COMMENT.finditer(text)`` matches, found by ``str.find`` (a third of the time).

    A comment runs from ``<!--`` to the first ``-->`` after it, else to the end.

    >>> _comment_spans("a<!--b-->c<!---->d<!--e")
    [(1, 9), (10, 17), (18, 23)]
    """
    spans = []
    start = text.find("<!--")
    while start >= 0:
        close = text.find("-->", start + 4)
        if close < 0:
            spans.append((start, len(text)))
            break
        spans.append((start, close + 3))
        start = text.find("<!--", close + 3)
    return spans


def _opener_key(opener: str) -> tuple[str, str] | None:
    """The ``(group, name)`` of a ref's opening tag, read as :func:`ref_key` reads it.

    >>> _opener_key('<ref group=n name="a b">')
    ('n', 'a b')
    """
    nodes = wikitree.parse_styled(opener + "</ref>").nodes
    node = nodes[0] if nodes else None
    return ref_key(node) if isinstance(node, Tag) and _is_ref(node) else None


def resolve_reuses(
    citations: Sequence[tuple[Citation, tuple[str, str] | None]],
    definitions: Iterable[tuple[tuple[str, str], Citation]],
) -> list[Citation]:
    """Each reuse given the fields of the first definition of its group and name.

    ``citations`` pairs each citation with the key (:func:`ref_key`) of the ref it
    reuses, None when it is no reuse; ``definitions`` are the page's ``(key,
    citation)`` definitions in text order (MediaWiki shows the first one). A reuse
    with no definition stays as it is.

    >>> reuse = Citation(param="a", name="x")
    >>> cite = Citation(param="", name="x", title="T")
    >>> resolve_reuses([(reuse, ("", "x"))], [(("", "x"), cite)])[0].title
    'T'
    """
    first: dict[tuple[str, str], Citation] = {}
    for defined_key, definition in definitions:
        first.setdefault(defined_key, definition)
    result = []
    for citation, key in citations:
        found = first.get(key) if key is not None else None
        result.append(
            citation
            if found is None
            else attrs.evolve(found, param=citation.param, name=citation.name)
        )
    return result


def resolved(citations: Iterable[Citation]) -> tuple[Citation, ...]:
    """The citations with each reuse given the fields of the first that defines its name.

    What :func:`infobox.parse_infobox` does with ``<ref name=x />``, for citations
    already read (groups aside): a settlement's citations, as a renderer writes them.

    >>> a = Citation(param="name", name="x", title="T")
    >>> resolved([Citation(param="motto", name="x"), a])[0].title
    'T'
    """
    citations = list(citations)
    definitions = [(("", c.name), c) for c in citations if c.name and not is_reuse(c)]
    return tuple(
        resolve_reuses(
            [(c, ("", c.name) if c.name and is_reuse(c) else None) for c in citations],
            definitions,
        )
    )


def _name(template: Template) -> str:
    r"""A template's name as written, without its comments (MediaWiki ignores them).

    >>> import mwparserfromhell
    >>> _name(mwparserfromhell.parse("{{Cite web <!-- c -->\n|url=u}}").nodes[0])
    'Cite web'
    """
    return "".join(str(n) for n in template.name.nodes if not isinstance(n, Comment)).strip()
