"""The infobox template split into its name and parameters from mwparserfromhell's tokens.

``mwparserfromhell.parse`` tokenizes the text (in C) and then builds a tree of
Python objects for all of it, though most parameter values (``89079``, ``2023``)
hold no markup at all. :func:`split_template` reads the same tokens that
``mwparserfromhell.parse(text, skip_style_tags=True)`` builds its tree from, cuts
them where that tree's builder cuts the template (at its own ``|``, ``=`` and
``}}``), and builds a tree only for a piece that holds markup, and only when it is
asked for: the trees are the very ones the whole parse would hold, and a piece's
text is the text its tree would print. mwparserfromhell stays the authority on
the syntax: its tokenizer decides every boundary, its builder every tree.

Tested against the whole parse (the reference path) in ``tests/test_oracle.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

import attrs
from mwparserfromhell.parser import tokens
from mwparserfromhell.wikicode import Wikicode

from .. import wikitree

__all__ = ["Piece", "Split", "build", "split_template"]

_TEXT: Final = tokens.Text
_OPEN: Final = tokens.TemplateOpen
_CLOSE: Final = tokens.TemplateClose
_SEPARATOR: Final = tokens.TemplateParamSeparator
_EQUALS: Final = tokens.TemplateParamEquals
_COMMENT_START: Final = tokens.CommentStart
_COMMENT_END: Final = tokens.CommentEnd
_HEX: Final = tokens.HTMLEntityHex
_EXTERNAL_OPEN: Final = tokens.ExternalLinkOpen
_EXTERNAL_SEPARATOR: Final = tokens.ExternalLinkSeparator
_EXTERNAL_CLOSE: Final = tokens.ExternalLinkClose
_TAG_OPEN: Final = tokens.TagOpenOpen
_TAG_ATTRIBUTE_START: Final = tokens.TagAttrStart
_TAG_ATTRIBUTE_EQUALS: Final = tokens.TagAttrEquals
_TAG_ATTRIBUTE_QUOTE: Final = tokens.TagAttrQuote
_TAG_CLOSE_OPEN: Final = tokens.TagCloseOpen
_TAG_CLOSE_SELF: Final = tokens.TagCloseSelfclose
_TAG_OPEN_CLOSE: Final = tokens.TagOpenClose
_TAG_CLOSE_CLOSE: Final = tokens.TagCloseClose
#: What ends a tag's attribute: the next attribute, or the end of the tag's head.
_TAG_HEAD_ENDS: Final = frozenset({_TAG_ATTRIBUTE_START, _TAG_CLOSE_OPEN, _TAG_CLOSE_SELF})
_ATTRIBUTE_KINDS: Final = _TAG_HEAD_ENDS | {_TAG_ATTRIBUTE_EQUALS, _TAG_ATTRIBUTE_QUOTE}
_ATTRIBUTE_PADS: Final = ("pad_first", "pad_before_eq", "pad_after_eq")
#: What the tree prints for each token of these kinds (Template.__str__, Wikilink's, …).
_WRITTEN: Final[dict[type, str]] = {
    _OPEN: "{{",
    _SEPARATOR: "|",
    _EQUALS: "=",
    _CLOSE: "}}",
    tokens.ArgumentOpen: "{{{",
    tokens.ArgumentSeparator: "|",
    tokens.ArgumentClose: "}}}",
    tokens.WikilinkOpen: "[[",
    tokens.WikilinkSeparator: "|",
    tokens.WikilinkClose: "]]",
    _COMMENT_START: "<!--",
    _COMMENT_END: "-->",
    tokens.HTMLEntityStart: "&",
    tokens.HTMLEntityNumeric: "#",
    tokens.HTMLEntityEnd: ";",
}


class Piece:
    """A template's name, or a parameter's name or value: its text, and its tree on demand.

    ``text`` is the wikitext as written (what ``str()`` of its tree gives). ``shown``
    is, for a piece of text and comments only, its text with the comments taken out
    (what a walk of its tree would join); None for a piece with any other markup.
    """

    __slots__ = ("_code", "_tokens", "shown", "text")

    def __init__(
        self,
        text: str,
        shown: str | None,
        token_list: Sequence[Any] = (),
        code: Wikicode | None = None,
    ) -> None:
        self.text = text
        self.shown = shown
        self._tokens = token_list
        self._code = code

    @classmethod
    def of(cls, code: Wikicode) -> Piece:
        """A piece for a tree already built (the reference path's)."""
        return cls(str(code), None, code=code)

    @property
    def code(self) -> Wikicode:
        """The piece's tree, built on first use: the one ``mwparserfromhell.parse`` builds."""
        code = self._code
        if code is None:
            code = self._code = build(self._tokens)
            self._tokens = ()
        return code

    @property
    def tokens(self) -> Sequence[Any]:
        """The tokens of the piece while its tree is not built (empty once it is)."""
        return self._tokens if self._code is None else ()

    @property
    def has_templates(self) -> bool:
        """Whether the piece may hold a template (at any depth): False when it cannot."""
        return "{{" in self.text

    @property
    def has_tags(self) -> bool:
        """Whether the piece may hold an HTML-style tag (``<small>``): False when it cannot."""
        return "<" in self.text

    @property
    def has_markup(self) -> bool:
        """Whether the piece holds anything but text and comments."""
        return self.shown is None


@attrs.frozen
class Split:
    """The template's name and its parameters: ``(showkey, name, value)`` in order.

    A positional parameter's name is its number, as mwparserfromhell names it.
    """

    name: Piece
    params: tuple[tuple[bool, Piece, Piece], ...]


def split_template(text: str) -> Split | None:
    """The template that ``text`` starts with, split; None when the text starts with none.

    What ``mwparserfromhell.parse(text, skip_style_tags=True).nodes[0]`` holds when
    that is a template, in pieces:

    >>> s = split_template("{{Infobox settlement| name = A <!-- c --> |x=[[b]]|c}}")
    >>> s.name.text, [(k, n.text, v.text, v.shown) for k, n, v in s.params]
    ... # doctest: +NORMALIZE_WHITESPACE
    ('Infobox settlement', [(True, ' name ', ' A <!-- c --> ', ' A  '),
    (True, 'x', '[[b]]', None), (False, '1', 'c', 'c')])
    >>> str(s.params[1][2].code.filter_wikilinks()[0].title)
    'b'
    """
    return _split(wikitree.tokenize(text))


def _split(found: list[Any]) -> Split | None:
    """:func:`split_template` of the tokens."""
    if not found or type(found[0]) is not _OPEN:
        return None
    # The builder's cuts: the name runs to the first "|" of the template's own; each
    # parameter to the next, its last "=" (of its own) ending its name.
    depth = 0
    name: Piece | None = None
    params: list[tuple[bool, Piece, Piece]] = []
    key: list[Any] | None = None
    key_plain = True
    current: list[Any] = []
    plain = True  # current holds only text (and whole comments)
    default = 1
    tokens_after = iter(found)
    next(tokens_after)
    for token in tokens_after:
        kind = type(token)
        if kind is _TEXT:
            current.append(token)
        elif depth:
            current.append(token)
            if kind is _OPEN:
                depth += 1
            elif kind is _CLOSE:
                depth -= 1
        elif kind is _SEPARATOR or kind is _CLOSE:
            if name is None:
                name = _piece(current, plain)
            elif key is None:
                number = str(default)
                params.append((False, Piece(number, number), _piece(current, plain)))
                default += 1
            else:
                params.append((True, _piece(key, key_plain), _piece(current, plain)))
            if kind is _CLOSE:
                return Split(name, tuple(params))
            key, current, plain = None, [], True
        elif kind is _EQUALS and name is not None:
            key, key_plain, current, plain = current, plain, [], True
        else:
            current.append(token)
            if kind is _OPEN:
                depth += 1
                plain = False
            elif kind is not _COMMENT_START and kind is not _COMMENT_END:
                plain = False
    return None  # no closing token: the builder would fail


def build(token_list: Sequence[Any]) -> Wikicode:
    """The tree mwparserfromhell's builder makes of these tokens.

    Built by :mod:`infobox.wikitree`'s builder where its import-time check found the
    mwparserfromhell it was tested with (the same tree, faster), else, and on any
    token stream it does not know, by mwparserfromhell's own ``Builder``.

    >>> str(build(wikitree.tokenize("[[a|b]] c")).filter_wikilinks()[0].text)
    'b'
    """
    return wikitree.build(token_list)


def _piece(token_list: list[Any], plain: bool) -> Piece:
    """The piece of these tokens: its text from the tokens alone when they are text and comments.

    ``plain`` says that they are (else the tree is built, and printed). A comment is
    ``CommentStart``, its text, ``CommentEnd``: it prints as ``<!--…-->``.
    """
    if plain:
        if len(token_list) == 1:  # one text token: the common case
            value: str = token_list[0]["text"]
            return Piece(value, value, token_list)
        written: list[str] = []
        shown: list[str] = []
        in_comment = False
        for token in token_list:
            kind = type(token)
            if kind is _TEXT:
                value = token["text"]
                written.append(value)
                if not in_comment:
                    shown.append(value)
            elif kind is _COMMENT_START and not in_comment:
                in_comment = True
                written.append("<!--")
            elif kind is _COMMENT_END and in_comment:
                in_comment = False
                written.append("-->")
            else:  # never from the tokenizer: let the builder read it
                plain = False
                break
        if plain and not in_comment:
            return Piece("".join(written), "".join(shown), token_list)
    text = _written(token_list)
    if text is not None:  # its tree is built when asked for
        return Piece(text, None, token_list)
    code = build(token_list)
    return Piece(str(code), None, code=code)


def _written(token_list: Sequence[Any]) -> str | None:
    """The text that the tree of these tokens prints, from the tokens; None where unsure.

    Templates, arguments, wikilinks, external links, entities, comments and HTML-style
    tags print each token's text in order (``[``, a URL, a space unless suppressed, a
    title, ``]``; ``<``, a name, each attribute with its padding and quotes, ``>``).
    Where the tree might not print its tokens so (an attribute with an empty name and
    a value is built as a name alone), or the lean builder would not build it (wiki
    markup such as a list item, a heading, an unquoted attribute value with a space),
    None: the tree is printed instead.

    >>> _written(wikitree.tokenize("{{a|b=[[c|d]]}} [http://e.kz f] &#x7B;"))
    '{{a|b=[[c|d]]}} [http://e.kz f] &#x7B;'
    >>> _written(wikitree.tokenize('<ref name="g h">i</ref><br />'))
    '<ref name="g h">i</ref><br />'
    >>> _written(wikitree.tokenize("* a list item")) is None
    True
    """
    parts: list[str] = []
    brackets: list[bool] = []  # whether each external link open has brackets
    # The attribute being read: its paddings, its name's and value's text, its quote.
    in_attribute = False
    before_equals = after_equals = ""
    name: list[str] = []
    value: list[str] | None = None  # None: no "=" yet
    quote = ""
    for token in token_list:
        kind = type(token)
        if kind is _TEXT:
            parts.append(token["text"])
            if in_attribute:
                (name if value is None else value).append(token["text"])
            continue
        if in_attribute and kind not in _ATTRIBUTE_KINDS:
            return None  # markup inside an attribute
        fixed = _WRITTEN.get(kind)
        if fixed is not None:
            parts.append(fixed)
        elif kind is _HEX:
            char = token.get("char")
            if type(char) is not str:
                return None
            parts.append(char)
        elif kind is _EXTERNAL_OPEN:
            bracketed = bool(token.get("brackets"))
            brackets.append(bracketed)
            if bracketed:
                parts.append("[")
        elif kind is _EXTERNAL_SEPARATOR and brackets and brackets[-1]:
            if token.get("suppress_space") is not True:
                parts.append(" ")
        elif kind is _EXTERNAL_CLOSE and brackets:
            if brackets.pop():
                parts.append("]")
        elif kind is _TAG_OPEN:
            if token.get("wiki_markup") or token.get("invalid"):
                return None
            parts.append("<")
        elif kind is _TAG_ATTRIBUTE_EQUALS and in_attribute and value is None:
            if not "".join(name):
                return None  # the builder takes the value of an empty name as the name
            parts.append(f"{before_equals}={after_equals}")
            value = []
        elif kind is _TAG_ATTRIBUTE_QUOTE and in_attribute and value == [] and not quote:
            quote = token.get("char")
            if quote not in ('"', "'"):
                return None
            parts.append(quote)
        elif kind in _TAG_HEAD_ENDS:
            if in_attribute:  # the attribute ends: its closing quote, or its padding
                if value is None:
                    parts.append(before_equals)
                elif quote:
                    parts.append(quote)
                elif any(char.isspace() for char in "".join(value)):
                    return None  # the builder refuses it
            in_attribute = False
            if kind is _TAG_ATTRIBUTE_START:
                pads = [token.get(key) or "" for key in _ATTRIBUTE_PADS]
                if any(type(pad) is not str or not (pad == "" or pad.isspace()) for pad in pads):
                    return None
                first, before_equals, after_equals = pads
                parts.append(first)
                in_attribute = True
                name, value, quote = [], None, ""
                continue
            padding = token.get("padding") or ""
            if token.get("wiki_markup") or type(padding) is not str:
                return None
            if padding and not padding.isspace():
                return None
            if kind is _TAG_CLOSE_OPEN:
                parts.append(f"{padding}>")
            else:
                parts.append(f"{padding}>" if token.get("implicit") else f"{padding}/>")
        elif kind is _TAG_OPEN_CLOSE:
            if token.get("wiki_markup"):
                return None
            parts.append("</")
        elif kind is _TAG_CLOSE_CLOSE:
            parts.append(">")
        else:
            return None
    if in_attribute:
        return None
    return "".join(parts)
