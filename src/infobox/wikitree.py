"""mwparserfromhell's tree of wikitext, built faster from the same tokens.

:func:`parse` returns what ``mwparserfromhell.parse(text, skip_style_tags=True)``
returns: the same node classes with the same attributes, so the same ``str()`` and the
same answers from every method. mwparserfromhell stays the authority on wiki syntax:
its C tokenizer cuts the text into tokens, exactly as ``mwparserfromhell.parse``
does; only the second step, turning the flat list of tokens into nodes, is ours.

Why: mwparserfromhell's ``Builder`` spends about four fifths of ``parse`` on that
second step. It dispatches every token through a table of functions, pops tokens
from a reversed list, and builds every node through its public constructor, whose
property setters pass every part through ``utils.parse_anything`` (which imports
four modules on each call). Here one loop walks the tokens in order, tells a text
token from the rest by one test of its type, and fills each node's private
attributes directly, with the values that its constructor would have stored. A text
without any character that the tokenizer acts on is one Text node, with no tokens.
The cyclic garbage collector is paused while the tokens and nodes are made (none of
them is in a cycle; it walked them again and again, a third of the time), and
restored after, as it was.

Relying on private attributes is only safe for the releases this was tested with
(0.6.6 to 0.7.2), so the module checks at import that the C tokenizer, every token
type and every attribute it fills are what it expects, and that its tree of a text
with every construct (:data:`_PROBE`) is mwparserfromhell's own (:data:`FAST`);
where not, :func:`parse` is ``mwparserfromhell.parse``. A token stream of a shape
the builder does not know, or an error from the tokenizer, also falls back to
``mwparserfromhell.parse``: a future release can make this slower, never different.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final

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
from mwparserfromhell.nodes.extras import Attribute, Parameter
from mwparserfromhell.parser import ParserError
from mwparserfromhell.parser import tokens as _tokens
from mwparserfromhell.parser.builder import Builder
from mwparserfromhell.smart_list import SmartList
from mwparserfromhell.wikicode import Wikicode

from .collector import paused

__all__ = ["FAST", "build", "parse", "tokenize"]

try:
    from mwparserfromhell.parser._tokenizer import CTokenizer as _CTokenizer
except ImportError:  # pragma: no cover - a build of mwparserfromhell without C
    _CTokenizer = None

# The characters at which mwparserfromhell's tokenizer does anything but copy text
# (MARKERS in its ctokenizer/tok_parse.h and tokenizer.py; NUL ends its input). A
# text with none of them is one Text token, so one Text node: no tokenizer needed.
_MARKER: Final = re.compile("[{}\\[\\]<>|=&'#*;:/\\-!\n\x00]")

_new: Final[Callable[[type], Any]] = object.__new__


class _Unexpected(Exception):
    """The token stream has a shape that this builder does not know."""


class _End:
    """The token appended after the last one, so the top level has a stop token."""


_END: Final = _End()


class _Absent:
    """Stands for a token type that this mwparserfromhell does not define."""


def _token(name: str) -> Any:
    """The mwparserfromhell token type of that name (:class:`_Absent` if it has none)."""
    kind = getattr(_tokens, name, _Absent)
    return kind if isinstance(kind, type) else _Absent


# Every token type that the Builder handles (parser/tokens.py).
_T_Text: Final = _token("Text")
_T_TemplateOpen: Final = _token("TemplateOpen")
_T_TemplateParamSeparator: Final = _token("TemplateParamSeparator")
_T_TemplateParamEquals: Final = _token("TemplateParamEquals")
_T_TemplateClose: Final = _token("TemplateClose")
_T_ArgumentOpen: Final = _token("ArgumentOpen")
_T_ArgumentSeparator: Final = _token("ArgumentSeparator")
_T_ArgumentClose: Final = _token("ArgumentClose")
_T_WikilinkOpen: Final = _token("WikilinkOpen")
_T_WikilinkSeparator: Final = _token("WikilinkSeparator")
_T_WikilinkClose: Final = _token("WikilinkClose")
_T_ExternalLinkOpen: Final = _token("ExternalLinkOpen")
_T_ExternalLinkSeparator: Final = _token("ExternalLinkSeparator")
_T_ExternalLinkClose: Final = _token("ExternalLinkClose")
_T_HTMLEntityStart: Final = _token("HTMLEntityStart")
_T_HTMLEntityNumeric: Final = _token("HTMLEntityNumeric")
_T_HTMLEntityHex: Final = _token("HTMLEntityHex")
_T_HTMLEntityEnd: Final = _token("HTMLEntityEnd")
_T_HeadingStart: Final = _token("HeadingStart")
_T_HeadingEnd: Final = _token("HeadingEnd")
_T_CommentStart: Final = _token("CommentStart")
_T_CommentEnd: Final = _token("CommentEnd")
_T_TagOpenOpen: Final = _token("TagOpenOpen")
_T_TagAttrStart: Final = _token("TagAttrStart")
_T_TagAttrEquals: Final = _token("TagAttrEquals")
_T_TagAttrQuote: Final = _token("TagAttrQuote")
_T_TagCloseOpen: Final = _token("TagCloseOpen")
_T_TagCloseSelfclose: Final = _token("TagCloseSelfclose")
_T_TagOpenClose: Final = _token("TagOpenClose")
_T_TagCloseClose: Final = _token("TagCloseClose")
_TOKEN_TYPES: Final = (
    _T_Text,
    _T_TemplateOpen,
    _T_TemplateParamSeparator,
    _T_TemplateParamEquals,
    _T_TemplateClose,
    _T_ArgumentOpen,
    _T_ArgumentSeparator,
    _T_ArgumentClose,
    _T_WikilinkOpen,
    _T_WikilinkSeparator,
    _T_WikilinkClose,
    _T_ExternalLinkOpen,
    _T_ExternalLinkSeparator,
    _T_ExternalLinkClose,
    _T_HTMLEntityStart,
    _T_HTMLEntityNumeric,
    _T_HTMLEntityHex,
    _T_HTMLEntityEnd,
    _T_HeadingStart,
    _T_HeadingEnd,
    _T_CommentStart,
    _T_CommentEnd,
    _T_TagOpenOpen,
    _T_TagAttrStart,
    _T_TagAttrEquals,
    _T_TagAttrQuote,
    _T_TagCloseOpen,
    _T_TagCloseSelfclose,
    _T_TagOpenClose,
    _T_TagCloseClose,
)


_list_new: Final[Callable[[type], Any]] = list.__new__
_list_append: Final = list.append
_list_extend: Final = list.extend


def _smart_list() -> Any:
    """An empty ``SmartList()``: a list whose ``_children`` is a new empty dict.

    ``SmartList.__new__`` (Python code) does just this; the import-time check makes
    sure that ``_children`` is SmartList's one slot and that no other ``__new__`` or
    ``__init__`` runs.
    """
    nodes = _list_new(SmartList)
    nodes._children = {}
    return nodes


def _text(value: str) -> Any:
    """``Text(value)`` for a ``str``."""
    node = _new(Text)
    node._value = value
    return node


def _code_of(nodes: list[Any]) -> Any:
    """``Wikicode(SmartList(nodes))``."""
    smart = _smart_list()
    _list_extend(smart, nodes)
    code = _new(Wikicode)
    code._nodes = smart
    return code


_Handler = Callable[[Any, Iterator[Any]], Any]
_HANDLERS: dict[type, _Handler] = {}


def _collect(
    tokens: Iterator[Any],
    stops: frozenset[type],
    # Bound once, as locals: these are read for every token.
    _text_kind: type = _T_Text,
    _new: Callable[[type], Any] = _new,
    _text: type = Text,
    _wikicode: type = Wikicode,
    _smart: type = SmartList,
    _list_new: Callable[[type], Any] = _list_new,
    _bind: Callable[[Any], Callable[[Any], None]] = _list_append.__get__,
    _handlers: dict[type, _Handler] = _HANDLERS,
) -> tuple[Any, Any]:
    """The Wikicode of the tokens before a token of a type in ``stops``, and that token.

    Raises :class:`_Unexpected` on any token that neither starts a node nor stops.
    """
    nodes = _list_new(_smart)
    nodes._children = {}
    append = _bind(nodes)
    for token in tokens:
        kind = type(token)
        if kind is _text_kind:
            node = _new(_text)
            node._value = token["text"]
            append(node)
        elif kind in stops:
            code = _new(_wikicode)
            code._nodes = nodes
            return code, token
        else:
            handler = _handlers.get(kind)
            if handler is None:
                raise _Unexpected(kind.__name__)
            append(handler(token, tokens))
    raise _Unexpected("end of tokens")


def _handles(kind: type) -> Callable[[_Handler], _Handler]:
    """Register a function as the builder of the node that a ``kind`` token starts."""

    def register(handler: _Handler) -> _Handler:
        _HANDLERS[kind] = handler
        return handler

    return register


_TEMPLATE_STOPS: Final = frozenset({_T_TemplateParamSeparator, _T_TemplateClose})
_PARAM_STOPS: Final = _TEMPLATE_STOPS | {_T_TemplateParamEquals}


@_handles(_T_TemplateOpen)
def _template(token: Any, tokens: Iterator[Any]) -> Any:
    """``{{name|positional|key=value}}``: a Template of Parameters."""
    name, token = _collect(tokens, _TEMPLATE_STOPS)
    params = []
    default = 1
    while type(token) is _T_TemplateParamSeparator:
        code, token = _collect(tokens, _PARAM_STOPS)
        param = _new(Parameter)
        if type(token) is _T_TemplateParamEquals:
            param._name = code
            param._value, token = _collect(tokens, _TEMPLATE_STOPS)
            param._showkey = True
        else:
            # A positional parameter's name is its number, as the Builder makes it.
            param._name = _code_of([_text(str(default))])
            param._value = code
            param._showkey = False
            default += 1
        params.append(param)
    node = _new(Template)
    node._name = name
    node._params = params
    return node


_ARGUMENT_STOPS: Final = frozenset({_T_ArgumentSeparator, _T_ArgumentClose})
_ARGUMENT_CLOSE: Final = frozenset({_T_ArgumentClose})


@_handles(_T_ArgumentOpen)
def _argument(token: Any, tokens: Iterator[Any]) -> Any:
    """``{{{name|default}}}``: an Argument."""
    node = _new(Argument)
    node._name, token = _collect(tokens, _ARGUMENT_STOPS)
    if type(token) is _T_ArgumentSeparator:
        node._default = _collect(tokens, _ARGUMENT_CLOSE)[0]
    else:
        node._default = None
    return node


_WIKILINK_STOPS: Final = frozenset({_T_WikilinkSeparator, _T_WikilinkClose})
_WIKILINK_CLOSE: Final = frozenset({_T_WikilinkClose})


@_handles(_T_WikilinkOpen)
def _wikilink(token: Any, tokens: Iterator[Any]) -> Any:
    """``[[title|text]]``: a Wikilink."""
    node = _new(Wikilink)
    node._title, token = _collect(tokens, _WIKILINK_STOPS)
    if type(token) is _T_WikilinkSeparator:
        node._text = _collect(tokens, _WIKILINK_CLOSE)[0]
    else:
        node._text = None
    return node


_EXTERNAL_STOPS: Final = frozenset({_T_ExternalLinkSeparator, _T_ExternalLinkClose})
_EXTERNAL_CLOSE: Final = frozenset({_T_ExternalLinkClose})


@_handles(_T_ExternalLinkOpen)
def _external_link(token: Any, tokens: Iterator[Any]) -> Any:
    """``[url title]`` or a bare URL: an ExternalLink."""
    brackets = token.get("brackets")
    node = _new(ExternalLink)
    node._url, token = _collect(tokens, _EXTERNAL_STOPS)
    if type(token) is _T_ExternalLinkSeparator:
        suppress_space = token.get("suppress_space")
        node._title = _collect(tokens, _EXTERNAL_CLOSE)[0]
    else:
        suppress_space = None
        node._title = None
    node._brackets = bool(brackets)
    node.suppress_space = suppress_space is True
    return node


@_handles(_T_HTMLEntityStart)
def _entity(token: Any, tokens: Iterator[Any]) -> Any:
    """``&name;``, ``&#123;`` or ``&#x7B;``: an HTMLEntity."""
    node = _new(HTMLEntity)
    token = next(tokens)
    hex_char = "x"
    if type(token) is _T_HTMLEntityNumeric:
        token = next(tokens)
        if type(token) is _T_HTMLEntityHex:
            hex_char = token.get("char")
            token = next(tokens)
            named, hexadecimal = False, True
        else:
            named, hexadecimal = False, False
    else:
        named, hexadecimal = True, False
    if type(token) is not _T_Text or type(next(tokens)) is not _T_HTMLEntityEnd:
        raise _Unexpected("entity")
    node._value = str(token["text"])
    node._named = named
    node._hexadecimal = hexadecimal
    node._hex_char = hex_char
    return node


_HEADING_END: Final = frozenset({_T_HeadingEnd})


@_handles(_T_HeadingStart)
def _heading(token: Any, tokens: Iterator[Any]) -> Any:
    """``== title ==``: a Heading."""
    level = int(token.get("level"))
    if level < 1 or level > 6:
        raise _Unexpected("heading level")
    node = _new(Heading)
    node._title = _collect(tokens, _HEADING_END)[0]
    node._level = level
    return node


_COMMENT_END: Final = frozenset({_T_CommentEnd})


@_handles(_T_CommentStart)
def _comment(token: Any, tokens: Iterator[Any]) -> Any:
    """``<!-- contents -->``: a Comment, whose contents are a string."""
    node = _new(Comment)
    node._contents = str(_collect(tokens, _COMMENT_END)[0])
    return node


_TAG_HEAD_STOPS: Final = frozenset({_T_TagAttrStart, _T_TagCloseOpen, _T_TagCloseSelfclose})
_ATTRIBUTE_STOPS: Final = _TAG_HEAD_STOPS | {_T_TagAttrEquals, _T_TagAttrQuote}
_TAG_BODY_END: Final = frozenset({_T_TagOpenClose})
_TAG_CLOSE: Final = frozenset({_T_TagCloseClose})


def _padding(value: Any) -> str:
    """What a padding setter stores: ``""`` or the whitespace given."""
    if not value:
        return ""
    padding = str(value)
    if not padding.isspace():
        raise _Unexpected("padding")
    return padding


def _attribute(start: Any, tokens: Iterator[Any]) -> tuple[Any, Any]:
    """One attribute of a tag; returns it and the token that ended it."""
    name = quotes = None
    code, token = _collect(tokens, _ATTRIBUTE_STOPS)
    while True:
        kind = type(token)
        if kind is _T_TagAttrEquals:
            name = code
            code, token = _collect(tokens, _ATTRIBUTE_STOPS)
        elif kind is _T_TagAttrQuote:
            # The Builder goes on with the same node list after a quote.
            quotes = token.get("char")
            more, token = _collect(tokens, _ATTRIBUTE_STOPS)
            _list_extend(code._nodes, more._nodes)
        else:
            break
    node = _new(Attribute)
    # The Builder's `if name:` is the truth of a Wikicode: of its text.
    if name is not None and str(name):
        node._name = name
        value = code
    else:
        node._name = code
        value = None
    quotes = str(quotes) if quotes else None
    if quotes not in (None, '"', "'"):
        raise _Unexpected("quotes")
    if quotes is None and value is not None:
        # Attribute's quotes setter refuses no quotes around a value with spaces.
        unquoted = "".join([part._value for part in value._nodes if type(part) is Text])
        if any(char.isspace() for char in unquoted):
            raise _Unexpected("unquoted value with spaces")
    node._quotes = quotes
    node._value = value
    node._pad_first = _padding(start.get("pad_first"))
    node._pad_before_eq = _padding(start.get("pad_before_eq"))
    node._pad_after_eq = _padding(start.get("pad_after_eq"))
    return node, token


@_handles(_T_TagOpenOpen)
def _tag(token: Any, tokens: Iterator[Any]) -> Any:
    """``<name attr=value>contents</name>``, ``<br/>`` or wiki markup: a Tag."""
    node = _new(Tag)
    wiki_markup = token.get("wiki_markup")
    invalid = token.get("invalid")
    node._tag, token = _collect(tokens, _TAG_HEAD_STOPS)
    attrs = []
    while type(token) is _T_TagAttrStart:
        attribute, token = _attribute(token, tokens)
        attrs.append(attribute)
    padding = token.get("padding")
    if type(token) is _T_TagCloseSelfclose:
        implicit = token.get("implicit")
        closing_wiki_markup = token.get("wiki_markup")
        node._closing_tag = node._tag
        contents = _new(Wikicode)
        contents._nodes = _smart_list()
        node._contents = contents
        self_closing = True
        wiki_style_separator = None
    else:  # TagCloseOpen
        implicit = self_closing = False
        wiki_style_separator = token.get("wiki_markup")
        node._closing_tag = None  # keeps the attributes in Tag.__init__'s order
        node._contents, token = _collect(tokens, _TAG_BODY_END)
        closing_wiki_markup = token.get("wiki_markup")
        node._closing_tag = _collect(tokens, _TAG_CLOSE)[0]
    # The rest in the order in which Tag.__init__ sets them.
    node._attrs = attrs
    wiki_markup = str(wiki_markup) if wiki_markup else None
    if closing_wiki_markup is None:  # wiki_markup's setter copies it when unset
        node._closing_wiki_markup = wiki_markup
    else:
        node._closing_wiki_markup = str(closing_wiki_markup) if closing_wiki_markup else None
    node._wiki_markup = wiki_markup
    node._self_closing = self_closing
    node._invalid = bool(invalid)
    node._implicit = bool(implicit)
    node._padding = _padding(padding) if padding else ""
    node._wiki_style_separator = str(wiki_style_separator) if wiki_style_separator else None
    return node


_TOP_STOPS: Final = frozenset({_End})


def _build(tokens: list[Any]) -> Any:
    """The Wikicode of a token list; raises :class:`_Unexpected` on an unknown shape."""
    tokens.append(_END)
    return _collect(iter(tokens), _TOP_STOPS)[0]


def _reference(text: str) -> Any:
    """``mwparserfromhell.parse(text, skip_style_tags=True)``: the slower, general way."""
    return mwparserfromhell.parse(text, skip_style_tags=True)


def tokenize(text: str) -> list[Any]:
    """The tokens of ``text`` that ``mwparserfromhell.parse(text, skip_style_tags=True)`` reads.

    Its C tokenizer's, else (a build without it) its Python one's. A new tokenizer
    each time, as ``mwparserfromhell.parse`` does: one that raised may keep a stack
    of tokens that would fail every later call.

    >>> [type(t).__name__ for t in tokenize("{{a|b}}")]
    ['TemplateOpen', 'Text', 'TemplateParamSeparator', 'Text', 'TemplateClose']
    """
    if _CTokenizer is None:  # pragma: no cover - mwparserfromhell without its C extension
        from mwparserfromhell.parser.tokenizer import Tokenizer

        python_tokens: list[Any] = Tokenizer().tokenize(text, 0, True)  # type: ignore[no-untyped-call]
        return python_tokens
    tokens: list[Any] = _CTokenizer().tokenize(text, 0, True)
    return tokens


def _fast(text: str) -> Any:
    """The tree built from the C tokenizer's tokens, or the reference's on any doubt."""
    if not _MARKER.search(text):
        return _code_of([_text(text)] if text else [])
    try:
        with paused():  # the young tokens and nodes hold no cycle
            return _build(tokenize(text))
    except (
        _Unexpected,
        ParserError,
        StopIteration,
        KeyError,
        TypeError,
        ValueError,
        RecursionError,
    ):
        pass
    return _reference(text)


def _expected_attributes() -> dict[type, tuple[str, ...]]:
    """The instance attributes that the builder sets, per class."""
    return {
        Text: ("_value",),
        Template: ("_name", "_params"),
        Parameter: ("_name", "_value", "_showkey"),
        Argument: ("_name", "_default"),
        Wikilink: ("_title", "_text"),
        ExternalLink: ("_url", "_title", "_brackets", "suppress_space"),
        HTMLEntity: ("_value", "_named", "_hexadecimal", "_hex_char"),
        Heading: ("_title", "_level"),
        Comment: ("_contents",),
        Attribute: ("_name", "_quotes", "_value", "_pad_first", "_pad_before_eq", "_pad_after_eq"),
        Tag: (
            "_tag",
            "_closing_tag",
            "_contents",
            "_attrs",
            "_closing_wiki_markup",
            "_wiki_markup",
            "_self_closing",
            "_invalid",
            "_implicit",
            "_padding",
            "_wiki_style_separator",
        ),
        Wikicode: ("_nodes",),
    }


def _internals_match() -> bool:
    """Whether this mwparserfromhell is one whose internals the builder knows.

    The C tokenizer must exist, every token type the builder reads, and every node
    class must be created by ``object.__new__`` and set, through its public
    constructor, exactly the attributes that the builder sets.
    """
    if _CTokenizer is None:
        return False
    # SmartList.__new__ sets its one slot, _children, to a new dict: _smart_list too.
    for base in SmartList.__mro__:
        if "__init__" in vars(base) and base is not list and base is not object:
            return False
        if "__new__" in vars(base) and base not in (SmartList, list, object):
            return False
    if getattr(SmartList, "__slots__", None) != ("_children",):
        return False
    if getattr(SmartList(), "_children", None) != {}:  # type: ignore[no-untyped-call]
        return False
    if _Absent in _TOKEN_TYPES or len(set(_TOKEN_TYPES)) != len(_TOKEN_TYPES):
        return False
    try:
        built = _built_by_constructors()
    except (TypeError, ValueError):  # constructors that take other arguments
        return False
    for cls, expected in _expected_attributes().items():
        if any("__new__" in vars(base) for base in cls.__mro__[:-1]):
            return False
        if tuple(vars(built[cls])) != expected:
            return False
    return True


def _built_by_constructors() -> dict[type, Any]:
    """One node of each class, made by its public constructor as the Builder calls it."""
    empty = Wikicode(_smart_list())
    return {
        Text: Text("a"),
        Template: Template(empty, []),
        Parameter: Parameter(empty, empty, True),
        Argument: Argument(empty, empty),
        Wikilink: Wikilink(empty, empty),
        ExternalLink: ExternalLink(empty, empty, brackets=True, suppress_space=False),
        HTMLEntity: HTMLEntity("a", named=True, hexadecimal=False),
        Heading: Heading(empty, 2),
        Comment: Comment("a"),
        Attribute: Attribute(empty, empty, '"', " ", "", ""),
        Tag: Tag(empty, empty, [], None, False, False, False, "", empty, None, None),
        Wikicode: empty,
    }


# One of every construct and every variant of the tokens that the builder reads.
_PROBE: Final = (
    "== H ==\n{{T|a|k=v|=e|b}} {{{A}}} {{{A|d}}} [[L]] [[L|t]] [http://x.kz]"
    " [http://x.kz t] http://x.kz [http://x.kz'''b'''] &nbsp; &#123; &#x7B; &#X7b;"
    " <!-- c --> <ref name=\"a b\" group = g >r</ref > <ref name='a'/> <br> </br>"
    ' <span a=b c>s</span> <div ="x">y</div> <nowiki>{{n}}</nowiki>\n'
    '* i\n# j\n; k : l\n----\n{| class="w"\n|+ c\n|-\n! h !! h\n| a || s=1 | b\n|}\n'
)


def _same(one: Any, other: Any) -> bool:
    """Whether two trees (or parts) are equal: types, attribute names, order, values."""
    if type(one) is not type(other):
        return False
    if isinstance(one, list):
        return len(one) == len(other) and all(map(_same, one, other))
    if hasattr(one, "__dict__"):
        mine, theirs = vars(one), vars(other)
        return list(mine) == list(theirs) and all(
            _same(value, theirs[name]) for name, value in mine.items()
        )
    return bool(one == other)


def _probe_matches() -> bool:
    """Whether the builder's tree of :data:`_PROBE` is mwparserfromhell's own."""
    try:
        return _same(_reference(_PROBE), _build(tokenize(_PROBE)))
    except (_Unexpected, ParserError, StopIteration, KeyError, TypeError, ValueError):
        return False


#: Whether :func:`parse` builds trees itself (else it is ``mwparserfromhell.parse``):
#: whether the installed mwparserfromhell has the internals that the builder knows,
#: and builds the same tree of a text with every construct.
FAST: Final[bool] = _internals_match() and _probe_matches()

_parse: Callable[[str], Any] = _fast if FAST else _reference


def parse(text: str) -> Wikicode:
    """What ``mwparserfromhell.parse(text, skip_style_tags=True)`` returns, faster.

    >>> code = parse("{{Infobox settlement|name=Almaty|Kazakhstan}}")
    >>> template = code.filter_templates()[0]
    >>> [(str(p.name), str(p.value), p.showkey) for p in template.params]
    [('name', 'Almaty', True), ('1', 'Kazakhstan', False)]
    """
    code: Wikicode = _parse(text) if type(text) is str else _reference(text)
    return code


def parse_styled(text: str) -> Wikicode:
    """What ``mwparserfromhell.parse(text)`` returns (bold and italic read as tags), faster.

    Only a run of two apostrophes makes the tokenizer read a style tag, so a text
    without one has the same tokens either way and :func:`parse` builds its tree; a
    text with one is left to ``mwparserfromhell.parse``.

    >>> [type(n).__name__ for n in parse_styled("''a'' [[b]]").nodes]
    ['Tag', 'Text', 'Wikilink']
    """
    if "''" in text:
        code: Wikicode = mwparserfromhell.parse(text)
        return code
    return parse(text)


def build(tokens: Sequence[Any]) -> Wikicode:
    """The tree mwparserfromhell's ``Builder`` makes of these tokens (one whole construct or more).

    For a reader that walks the C tokenizer's tokens itself and needs the nodes of only
    some stretches: the lean builder where :data:`FAST`, else (and on a token stream it
    does not know) mwparserfromhell's own ``Builder``. ``tokens`` is not changed.

    >>> tokens = tokenize("[[a|b]] c")
    >>> str(build(tokens).filter_wikilinks()[0].text), len(tokens)
    ('b', 6)
    """
    if FAST:
        try:
            code: Wikicode = _build(list(tokens))
        except (_Unexpected, ParserError, StopIteration, KeyError, TypeError, ValueError):
            pass
        else:
            return code
    builder: Any = Builder
    built: Wikicode = builder().build(list(tokens))
    return built
