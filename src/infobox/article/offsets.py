"""Where each character of a derived text came from in the input.

Reading an article rewrites its text: markup vanishes, lines are joined, a link
shows only its label. A :class:`Spans` records, for a derived text, the input
span behind every run of characters, so that a fact found in the derived text
can name its evidence in the input.
"""

from __future__ import annotations

from bisect import bisect_right

__all__ = ["Spans", "SpansBuilder"]


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
        starts: list[int],
        sources: list[int],
        ends: list[int],
        exact: list[bool],
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
        position = start
        while position < end:
            run = self._run(position)
            run_end = self._starts[run + 1] if run + 1 < len(self._starts) else self._length
            stop = min(run_end, end)
            if self._exact[run]:
                into.exact(stop - position, self._sources[run] + position - self._starts[run])
            else:
                into.coarse(stop - position, self._sources[run], self._ends[run])
            position = stop


class SpansBuilder:
    """Builds a :class:`Spans` run by run, in the order of the derived text.

    >>> b = SpansBuilder()
    >>> b.exact(2, 0); b.exact(3, 2)   # adjacent exact runs merge
    >>> b.build().source(0, 5)
    (0, 5)
    """

    __slots__ = ("_ends", "_exact", "_length", "_sources", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._sources: list[int] = []
        self._ends: list[int] = []
        self._exact: list[bool] = []
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
            self._exact.append(True)
        self._length += count

    def coarse(self, count: int, start: int, end: int) -> None:
        """The next ``count`` characters stand for ``input[start:end]`` as a whole."""
        if count <= 0:
            return
        self._starts.append(self._length)
        self._sources.append(start)
        self._ends.append(end)
        self._exact.append(False)
        self._length += count

    def build(self) -> Spans:
        """The finished map."""
        return Spans(self._starts, self._sources, self._ends, self._exact, self._length)
