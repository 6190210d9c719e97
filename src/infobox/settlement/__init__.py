"""``parse_infobox``: find the settlement infobox and turn its parameters into a Settlement.

The pipeline: :func:`infobox.scan.locate` finds the infobox's extent in one
linear pass; :func:`infobox.scan.prepare` repairs mangled tags and neutralises
unclosed markup without changing the slice's length; mwparserfromhell's tokenizer
reads only that slice, and a tree is built only for the values that hold markup;
each parameter family is then read by the value parsers in :mod:`infobox.values`.
Every parameter is kept raw with offsets into the input.

The files, one step or parameter family each (the modules are internal; this
package exports :func:`parse_infobox` and :data:`IMAGE_PARAMS`):

- ``parse.py``: :func:`parse_infobox`, which reads the families in order into a Settlement
  (and ``read_infobox``, the same for an infobox already located);
- ``split.py``: the template cut into its name and parameters from mwparserfromhell's
  tokens, each piece's text, and its tree only where it holds markup (on demand);
- ``reader.py``: :class:`~infobox.settlement.reader.Reader`, the state of one parse:
  each parameter with its offsets, duplicates and positional values, and the
  look-ups the families share (its text, items, a number and its unit, diagnostics
  attached to the parameter they are about);
- ``coordinates.py``: ``{{coord}}`` and the legacy latd/longd family;
- ``quantities.py``: elevation, areas, population counts and density;
- ``numbered.py``: subdivisions, established dates, leaders, and the country they name;
- ``timezones.py``: time zones and UTC offsets;
- ``links.py``: the website and the images;
- ``citations.py``: the citations and named refs;
- ``checks.py``: the name against the pushpin label and the lead, unknown parameters.
"""

from .links import IMAGE_PARAMS
from .parse import parse_infobox

__all__ = ["IMAGE_PARAMS", "parse_infobox"]
