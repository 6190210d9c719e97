"""Where each character of a derived text came from in the input.

Reading an article rewrites its text: markup vanishes, lines are joined, a link
shows only its label. A :class:`Spans` records, for a derived text, the input
span behind every run of characters, so that a fact found in the derived text
can name its evidence in the input.
"""

from __future__ import annotations

import html
import re
from array import array
from bisect import bisect_right
from html.entities import html5
from typing import Final

__all__ = ["Spans", "SpansBuilder", "decode_entities", "unify_line_ends"]


class Spans:
    """A map from positions in a derived text to spans of the input.

    A run is *exact* when its characters were copied one for one (``text[i]``
    came from ``input[source + i]``) and *coarse* when they stand for a whole
    input span (a link's label stands for the whole link).

    >>> b = SpansBuilder()
    >>> b.exact(5, 10)          # five characters copied from input[10:15]
    >>> b.coarse(3, 40, 52)     # three characters standing for input[40:52]
    >>> spans = b.build()
    >>> spans.source(1, 3), spans.source(6, 7), spans.source(2, 7)
    ((11, 13), (40, 52), (12, 52))
    """

    __slots__ = ("_ends", "_exact", "_length", "_sources", "_starts")

    def __init__(
        self,
        starts: array[int],
        sources: array[int],
        ends: array[int],
        exact: bytearray,
        length: int,
    ) -> None:
        self._starts = starts
        self._sources = sources
        self._ends = ends
        self._exact = exact
        self._length = length

    def __len__(self) -> int:
        return self._length

    def _run(self, position: int) -> int:
        return max(bisect_right(self._starts, position) - 1, 0)

    def point(self, position: int) -> tuple[int, int]:
        """The input span behind the character at ``position``."""
        if not self._starts:
            return 0, 0
        run = self._run(position)
        if self._exact[run]:
            at = self._sources[run] + position - self._starts[run]
            return at, at + 1
        return self._sources[run], self._ends[run]

    def source(self, start: int, end: int) -> tuple[int, int]:
        """The input span behind ``text[start:end]`` (``end > start``)."""
        if end <= start:
            at = self.point(start)[0] if start < self._length else self.end()
            return at, at
        return self.point(start)[0], self.point(end - 1)[1]

    def end(self) -> int:
        """Where in the input the derived text's last character ends."""
        return self.point(self._length - 1)[1] if self._length else 0

    def slice(self, start: int, end: int, into: SpansBuilder) -> None:
        """Append the runs behind ``text[start:end]`` to ``into``."""
        if start >= end:
            return
        starts, sources, ends, exact = self._starts, self._sources, self._ends, self._exact
        # into.exact() and into.coarse(), written out: a paragraph slices every run.
        to_starts, to_sources, to_ends, to_exact = (
            into._starts,
            into._sources,
            into._ends,
            into._exact,
        )
        length = into._length
        last = len(starts) - 1
        run = self._run(start)  # found once; the runs after it follow in order
        position = start
        while position < end:
            run_end = starts[run + 1] if run < last else self._length
            stop = run_end if run_end < end else end
            count = stop - position
            if exact[run]:
                source = sources[run] + position - starts[run]
                if to_exact and to_exact[-1] and to_ends[-1] == source:
                    to_ends[-1] = source + count  # it continues the last exact run
                else:
                    to_starts.append(length)
                    to_sources.append(source)
                    to_ends.append(source + count)
                    to_exact.append(1)
            else:
                to_starts.append(length)
                to_sources.append(sources[run])
                to_ends.append(ends[run])
                to_exact.append(0)
            length += count
            position = stop
            run += 1
        into._length = length

    def through(self, outer: Spans) -> Spans:
        """Followed by ``outer``: the map from this derived text to ``outer``'s input.

        ``self`` maps a text derived from an intermediate text, ``outer`` maps
        that intermediate text to the input.

        >>> inner = SpansBuilder(); inner.exact(2, 1); inner.coarse(1, 3, 5)
        >>> outer = SpansBuilder(); outer.exact(2, 0); outer.coarse(1, 2, 4); outer.exact(3, 4)
        >>> composed = inner.build().through(outer.build())
        >>> composed.source(0, 1), composed.source(1, 2), composed.source(2, 3)
        ((1, 2), (2, 4), (4, 6))
        """
        into = SpansBuilder()
        for run, start in enumerate(self._starts):
            stop = self._starts[run + 1] if run + 1 < len(self._starts) else self._length
            if self._exact[run]:
                source = self._sources[run]
                outer.slice(source, source + stop - start, into)
            else:
                into.coarse(stop - start, *outer.source(self._sources[run], self._ends[run]))
        return into.build()


_CRLF: Final = re.compile(r"\r\n")


def unify_line_ends(text: str) -> tuple[str, Spans | None]:
    r"""``text`` with every line end made ``\n``, and the map back to ``text``.

    A line ends at ``\r\n`` (Windows), ``\r`` (old Mac OS) or ``\n``, as MediaWiki
    reads them. The map is None when no ``\r\n`` was shortened (a lone ``\r``
    becomes ``\n`` in place, so offsets hold as they are); a ``\n`` that stands
    for ``\r\n`` maps to both characters.

    >>> unified, back = unify_line_ends("a\r\nb\rc")
    >>> unified, back.source(2, 3), back.source(1, 2)
    ('a\nb\nc', (3, 4), (1, 3))
    >>> unify_line_ends("a\rb")
    ('a\nb', None)
    """
    if "\r" not in text:
        return text, None
    if "\r\n" not in text:
        return text.replace("\r", "\n"), None
    builder = SpansBuilder()
    at = 0
    for line_end in _CRLF.finditer(text):
        builder.exact(line_end.start() - at, at)
        builder.coarse(1, line_end.start(), line_end.end())
        at = line_end.end()
    builder.exact(len(text) - at, at)
    return text.replace("\r\n", "\n").replace("\r", "\n"), builder.build()


# An HTML character reference, complete with its ";", behind any number of escaped
# ampersands ("&amp;nbsp;" is "&nbsp;" escaped once more, as a dump's XML holds it).
_ENTITY: Final = re.compile(
    r"&(?P<escapes>(?:amp;)*)(?P<body>#[0-9]{1,8};|#[xX][0-9a-fA-F]{1,7};|[A-Za-z][A-Za-z0-9]{1,31};)"
)
# Decoded characters that would end a line or hide among the reader's marks: an
# entity never opens a line of its own (HTML shows ``&#10;`` as white space).
_ENTITY_SPACES: Final = str.maketrans(
    dict.fromkeys("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", " ")
)


def decode_entities(text: str) -> tuple[str, Spans | None, list[tuple[int, int]]]:
    r"""``text`` with its HTML character references decoded, and the map back to ``text``.

    A reference is what :func:`html.unescape` decodes — named (``&nbsp;``, the
    names of :data:`html.entities.html5`), decimal (``&#8211;``) or hexadecimal
    (``&#x2013;``) — but only when written complete with its ``;``: an ampersand
    in running text (``AT&T``, ``R&D``, ``&copy`` without ``;``) stays as written.
    A reference escaped again (``&amp;nbsp;``, ``&amp;amp;#8211;``) is decoded
    through every level; the third value lists the span of each such reference.
    Each decoded character maps to the whole reference; the map is None when
    there is none.

    >>> decoded, back, doubled = decode_entities("15&nbsp;km &amp; 3&amp;nbsp;m")
    >>> decoded, back.source(2, 3), doubled
    ('15\xa0km & 3\xa0m', (2, 8), [(18, 28)])
    >>> decode_entities("AT&T, &unknown; and &copy 2020")[0]
    'AT&T, &unknown; and &copy 2020'
    """
    doubled: list[tuple[int, int]] = []
    if "&" not in text:
        return text, None, doubled
    builder = SpansBuilder()
    out: list[str] = []
    at = 0
    for match in _ENTITY.finditer(text):
        escapes = match.group("escapes").count(";")
        body = match.group("body")
        if body[0] != "#" and body not in html5:
            if not escapes:
                continue
            # "&amp;amp;foo;": the last "amp;" is the reference, "foo;" is text.
            body, escapes = "amp;", escapes - 1
            end = match.start("body")
        else:
            end = match.end()
        decoded = html.unescape(f"&{body}").translate(_ENTITY_SPACES)
        out.append(text[at : match.start()])
        builder.exact(match.start() - at, at)
        out.append(decoded)
        builder.coarse(len(decoded), match.start(), end)
        at = end
        if escapes:
            doubled.append((match.start(), end))
    if not out:
        return text, None, doubled
    out.append(text[at:])
    builder.exact(len(text) - at, at)
    return "".join(out), builder.build(), doubled


class SpansBuilder:
    """Builds a :class:`Spans` run by run, in the order of the derived text.

    Runs are kept in arrays of machine integers (25 bytes a run, not a list's ~116):
    a long line of links has a run every few characters.

    >>> b = SpansBuilder()
    >>> b.exact(2, 0); b.exact(3, 2)   # adjacent exact runs merge
    >>> b.build().source(0, 5)
    (0, 5)
    """

    __slots__ = ("_ends", "_exact", "_length", "_sources", "_starts")

    def __init__(self) -> None:
        self._starts: array[int] = array("q")
        self._sources: array[int] = array("q")
        self._ends: array[int] = array("q")
        self._exact = bytearray()
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def exact(self, count: int, source: int) -> None:
        """The next ``count`` characters are ``input[source:source + count]``."""
        if count <= 0:
            return
        if self._exact and self._exact[-1] and self._ends[-1] == source and self._starts:
            self._ends[-1] = source + count
        else:
            self._starts.append(self._length)
            self._sources.append(source)
            self._ends.append(source + count)
            self._exact.append(1)
        self._length += count

    def coarse(self, count: int, start: int, end: int) -> None:
        """The next ``count`` characters stand for ``input[start:end]`` as a whole."""
        if count <= 0:
            return
        self._starts.append(self._length)
        self._sources.append(start)
        self._ends.append(end)
        self._exact.append(0)
        self._length += count

    def build(self) -> Spans:
        """The finished map."""
        return Spans(self._starts, self._sources, self._ends, self._exact, self._length)
