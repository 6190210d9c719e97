"""What the sentences before one tell it: the section it stands in, the areas named last.

:func:`~infobox.article.facts.extract` reads one sentence; a few things it says
are known only from the text before it. ``в ней проживает около 1,9 млн человек``
(*1.9 million people live in it*) counts the people of the agglomeration named in
the sentence before; ``2002 — 20 551`` is a population only as an item of a list
under a population heading. ``parse_article`` passes one :class:`Context` from
sentence to sentence and tells it where each block and section starts.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

__all__ = ["Area", "Context"]


@attrs.frozen
class Area:
    """An area a sentence named: its scope and the genders of its noun.

    The scope is ``city``, ``urban``, ``metro``, or ``part`` for a part of the place
    or a region around it; the genders are ``f``, ``mn``, … or ``*`` for a name of
    the place, which fits any pronoun.
    """

    scope: str
    genders: str


@attrs.define
class Context:
    """The state carried from one sentence of an article to the next.

    >>> context = Context()
    >>> context.section("Население")
    >>> context.block(item=True)
    >>> context.heading, context.item, context.areas
    ('Население', True, ())
    """

    #: Whether the block being read is an item of a list.
    item: bool = False
    #: The areas the sentence before named, or how to find them when first asked: most
    #: sentences never ask (see :attr:`areas`).
    _areas: tuple[Area, ...] | Callable[[], tuple[Area, ...]] = attrs.field(
        default=(), alias="areas", repr=False
    )
    #: (level, heading) of the sections the one being read stands in, outermost first.
    _path: tuple[tuple[int, str], ...] = attrs.field(default=(), alias="_path", repr=False)

    @property
    def areas(self) -> tuple[Area, ...]:
        """The areas the sentence before named, in order (none at the start of a block)."""
        if callable(self._areas):
            self._areas = self._areas()
        return self._areas

    @areas.setter
    def areas(self, areas: tuple[Area, ...] | Callable[[], tuple[Area, ...]]) -> None:
        """Set the areas, or a function that finds them when they are first asked for."""
        self._areas = areas

    @property
    def heading(self) -> str:
        """The text of the heading of the section being read ("" before the first one)."""
        return self._path[-1][1] if self._path else ""

    @property
    def headings(self) -> tuple[str, ...]:
        """The headings of the sections the one being read stands in, outermost first."""
        return tuple(heading for _, heading in self._path)

    def section(self, heading: str, level: int = 2) -> None:
        """A new section starts under ``heading`` of ``level`` (``== History ==`` is 2).

        >>> context = Context()
        >>> context.section("History")
        >>> context.section("1800–1945", 3)
        >>> context.headings
        ('History', '1800–1945')
        """
        self._path = (*((k, h) for k, h in self._path if k < level), (level, heading))
        self.item = False
        self.areas = ()

    def block(self, *, item: bool) -> None:
        """A new paragraph or list item starts: the areas named before it are forgotten."""
        self.item = item
        self.areas = ()
