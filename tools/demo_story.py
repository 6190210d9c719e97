"""The paragraph ``make demo`` prints after the summary and the profile: what the user just saw.

``make demo`` runs ``infobox parse PAGE`` and ``infobox profile PAGE SOURCE…``, then::

    .venv/bin/python tools/demo_story.py PAGE SOURCE…

which runs the same two commands again with ``--json`` (in this process, through
:func:`infobox.cli.main`), reads their output back into a ``Settlement`` and a
``Profile``, and tells the flaws they show in one paragraph. Each sentence is written
only when the output shows its flaw, with the values and sources the output gives:

- a wrong name: the infobox's ``name`` contradicted by its pushpin label or the lead's
  bold title (``name.differs-from-*``), and the name the profile chose instead;
- a land area larger than the total area (``area.land-exceeds-total``);
- a founding-year conflict between the sources (the profile's ``founded`` claim).

So the paragraph is true of the output it follows, for these fixtures or any others;
``tests/test_demo_story.py`` checks each claim against the library and that a source
without the flaw gets no sentence about it.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import textwrap
from collections.abc import Sequence
from typing import Any, Final

from infobox import Profile, Settlement, from_dict
from infobox.cli import main as infobox

#: Where to read more: the tour of the Zhezkazgan sources, the reconciling rules and
#: the catalogue of diagnostics.
READ_MORE: Final = (
    ("docs/tour.md", "these sources and their flaws"),
    ("docs/reconcile.md", "how a profile chooses"),
    ("docs/diagnostics.md", "every diagnostic code"),
)

#: The diagnostics that say the infobox's name is not the page's, and what they compare.
NAME_CHECKS: Final = {
    "name.differs-from-pushpin-label": "its pushpin label",
    "name.differs-from-lead-title": "the lead's bold title",
}

WIDTH: Final = 88


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _and(items: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``.

    >>> _and(["lv.txt"]), _and(["lv.txt", "en-old.txt"]), _and(["a", "b", "c"])
    ('lv.txt', 'lv.txt and en-old.txt', 'a, b and c')
    """
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _name_sentence(page: str, settlement: Settlement, profile: Profile) -> str | None:
    codes = {d.code for d in settlement.diagnostics}
    checks = [what for code, what in NAME_CHECKS.items() if code in codes]
    if not checks or settlement.name is None:
        return None
    sentence = (
        f"The infobox of {page} names the place {settlement.name!r}, "
        f"which {_and(checks)} contradict{'s' if len(checks) == 1 else ''}"
    )
    claim = profile.claims.get("name")
    if claim is not None and claim.value != settlement.name:
        sentence += f"; the profile chose {claim.value!r} ({', '.join(claim.sources)})"
        if claim.conflict:
            sentence += " and marked the name as a conflict (!)"
    return sentence + "."


def _area_sentence(subject: str, settlement: Settlement) -> str | None:
    land, total = settlement.area.land_km2, settlement.area.total_km2
    flagged = settlement.diagnostics_with("area.land-exceeds-total")
    if not flagged or land is None or total is None:
        return None
    return (
        f"{subject}, {_number(land)} km², is larger than its total area, "
        f"{_number(total)} km²: both are kept as written, with a warning."
    )


def _founded_sentence(profile: Profile) -> str | None:
    claim = profile.claims.get("founded")
    if claim is None or not claim.conflict:
        return None
    rivals = [a for a in claim.alternatives if a.reason in {"minority", "tie"}]
    said = [
        f"{_and(sources)} say{'s' if len(sources) == 1 else ''} {value}"
        for value, sources in [(claim.value, claim.sources)]
        + [(a.value, a.sources) for a in rivals]
    ]
    return (
        f"The sources disagree on the founding year: {', '.join(said)}; the profile "
        f"chose {claim.value} and marked the conflict (!)."
    )


def story(page: str, settlement: Settlement, profile: Profile) -> str:
    """The paragraph: each flaw the settlement and the profile show, and where to read more.

    ``page`` is the label of the page whose infobox ``settlement`` is.

    >>> from infobox import parse_infobox, reconcile
    >>> s = parse_infobox("{{Infobox settlement|name=Rīga|area_total_km2=304}}")
    >>> print(story("riga.wiki", s, reconcile(("riga.wiki", s))))  # doctest: +ELLIPSIS
    What you just saw: none of the flaws this demo is about (a wrong name, a land area
    larger than the total, a founding-year conflict). Read more in docs/tour.md (...
    """
    name = _name_sentence(page, settlement, profile)
    subject = f"The land area in {page}'s infobox" if name is None else "Its land area"
    sentences = [
        sentence
        for sentence in (name, _area_sentence(subject, settlement), _founded_sentence(profile))
        if sentence is not None
    ]
    if not sentences:
        sentences = [
            "None of the flaws this demo is about (a wrong name, a land area larger "
            "than the total, a founding-year conflict)."
        ]
    said = " ".join(sentences)
    more = _and([f"{path} ({what})" for path, what in READ_MORE])
    text = f"What you just saw: {said[0].lower()}{said[1:]} Read more in {more}."
    return textwrap.fill(text, WIDTH)


def _json(argv: Sequence[str]) -> tuple[int, dict[str, Any]]:
    """Run ``infobox ARGV`` in this process; its status and its JSON output (one line)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = infobox(argv)
    lines = out.getvalue().splitlines()
    return status, json.loads(lines[0]) if status == 0 and len(lines) == 1 else {}


def main(argv: Sequence[str] | None = None) -> int:
    """Print the paragraph for ``PAGE SOURCE…``; a bad input is infobox's one line and status.

    >>> main([])  # the usage, on stderr
    2
    """
    files = list(sys.argv[1:] if argv is None else argv)
    if not files:
        print("usage: demo_story.py PAGE [SOURCE …]", file=sys.stderr)
        return 2
    status, parsed = _json(["parse", "--json", files[0]])
    if status != 0 or not parsed:
        return status or 1
    status, profiled = _json(["profile", "--json", *files])
    if status != 0 or not profiled:
        return status or 1
    settlement = from_dict(Settlement, parsed["settlement"])
    profile = from_dict(Profile, profiled["profile"])
    print(story(profiled["sources"][0], settlement, profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
