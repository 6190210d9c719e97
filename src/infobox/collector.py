"""The cyclic garbage collector paused while a parse makes its short-lived objects.

A parse makes many young objects (the scan's, tokens, nodes, values) and none of them
is in a cycle, yet the collector would walk them again and again while they are made:
a third of the time of building a tree, a tenth of reading an infobox. Inside
:func:`paused` it does not run; everything freed meanwhile is freed as usual (by
reference counting), and the collector runs later.

It is set back as it was: a caller that turned it off keeps it off. The pause covers
the whole process for that moment (see the limitations page on threads).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["paused"]


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Pause the cyclic garbage collector inside, and set it back as it was after.

    >>> with paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
