"""The reference path of parse_infobox: the oracle that tests/test_oracle.py checks by.

The fast path (:mod:`infobox.settlement.split`) reads the infobox from
mwparserfromhell's tokens and builds a tree only for a value that holds markup;
a value of text and comments renders from its text alone; the families skip
values that cannot hold what they look for. The reference path is the plain one:
``mwparserfromhell.parse`` of the whole prepared slice, every parameter read from
the tree's :class:`~mwparserfromhell.nodes.Template` (``str()`` of each name and
value, comments stripped from each), every value rendered by walking its tree,
and no value skipped; every other parse is ``mwparserfromhell.parse`` too, not
:func:`infobox.wikitree.parse`. Inside :func:`reference`,
:func:`infobox.parse_infobox` takes the reference path.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import mwparserfromhell
import pytest
from mwparserfromhell.nodes import Template

from infobox import wikitree
from infobox.models import Settlement
from infobox.scan import prepare
from infobox.settlement import parse as parse_module
from infobox.settlement.parse import parse_infobox
from infobox.settlement.reader import COMMENT, Reader, restored
from infobox.settlement.split import Piece, Split
from infobox.text import render

__all__ = ["ReferencePiece", "ReferenceReader", "reference", "reference_parse_infobox"]


class ReferencePiece(Piece):
    """A piece of the whole tree: its tree built already, and no shortcut taken on its text."""

    @property
    def has_templates(self) -> bool:
        """Always maybe: the reference path looks for templates in every value."""
        return True

    @property
    def has_tags(self) -> bool:
        """Always maybe: the reference path looks for tags in every value."""
        return True

    @property
    def has_markup(self) -> bool:
        """Always maybe: the reference path walks every value's tree."""
        return True


def _piece(code: mwparserfromhell.wikicode.Wikicode) -> ReferencePiece:
    return ReferencePiece(str(code), None, code=code)


class ReferenceReader(Reader):
    """:class:`~infobox.settlement.reader.Reader` on the whole tree of the slice."""

    def parse_template(self) -> Split | None:
        """The slice parsed whole by ``mwparserfromhell.parse``; its first node, if a template."""
        located = self.located
        prepared = prepare(self.text, located.start, located.end)
        self.diagnostics.extend(located.diagnostics)
        self.diagnostics.extend(prepared.diagnostics)
        self.restore = dict(prepared.restore)
        source = prepared.text if located.terminated else prepared.text + "}}"
        code = mwparserfromhell.parse(source, skip_style_tags=True)
        node = code.nodes[0] if code.nodes else None
        if not isinstance(node, Template):
            return self.chosen(None)
        params = tuple(
            (bool(param.showkey), _piece(param.name), _piece(param.value)) for param in node.params
        )
        return self.chosen(Split(_piece(node.name), params))

    def read_params(self, template: Split) -> None:
        """Every parameter from its tree: ``str()`` of names and values, each value rendered."""
        pos = self.located.start + 2 + len(str(template.name.code))
        for showkey, key, piece in template.params:
            pos += 1
            if showkey:
                pos += len(str(key.code)) + 1
            value = str(piece.code)
            start, end = pos, pos + len(value)
            pos = end
            start += len(value) - len(value.lstrip())
            end -= len(value) - len(value.rstrip())
            end = max(start, min(end, len(self.text)))
            name = restored(COMMENT.sub("", str(key.code)), self.restore).strip()
            self.check_positional(name, showkey, value, start, end)
            self.keep(name, piece, render(piece.code, self.restore), start, end)
        self._map_names()


@contextlib.contextmanager
def reference() -> Iterator[None]:
    """Inside, :func:`infobox.parse_infobox` takes the reference path (not thread-safe)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parse_module, "Reader", ReferenceReader)
        patch.setattr(wikitree, "parse", _parse)
        yield


def _parse(text: str) -> mwparserfromhell.wikicode.Wikicode:
    """``mwparserfromhell.parse`` where the fast path uses :func:`infobox.wikitree.parse`."""
    code: mwparserfromhell.wikicode.Wikicode = mwparserfromhell.parse(text, skip_style_tags=True)
    return code


def reference_parse_infobox(text: str, wiki: str | None = None) -> Settlement:
    """:func:`infobox.parse_infobox` on the reference path."""
    with reference():
        return parse_infobox(text, wiki)
