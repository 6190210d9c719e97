"""The catalogue of diagnostic codes: the one place where codes and severities live.

``docs/diagnostics.md`` documents each code; a test checks that the two agree.
"""

from __future__ import annotations

from typing import Final

from .models import Diagnostic, Severity

__all__ = ["CATALOGUE", "make"]

#: code -> (severity, what it means). Codes are stable: add, never rename.
CATALOGUE: Final[dict[str, tuple[Severity, str]]] = {
    "markup.repaired": ("info", "an HTML tag mangled by spaces was repaired before parsing"),
    "markup.unclosed": (
        "info",
        "an opening tag, link or table that never closes was read as plain text",
    ),
    "markup.unopened": ("info", "a closing tag that closes nothing was read as plain text"),
    "markup.too-deep": (
        "info",
        "markup nested deeper than the parser can follow was read as plain text",
    ),
    "infobox.unterminated": (
        "warning",
        "the infobox has no closing braces; what is there was parsed",
    ),
    "infobox.multiple": (
        "info",
        "the text holds more than one settlement infobox; the first was read",
    ),
    "infobox.wikidata": (
        "info",
        "the template shows values from Wikidata that the page does not give; "
        "only what the page gives was read",
    ),
    "infobox.unparseable": (
        "error",
        "the located infobox could not be read as a template; no parameters were taken",
    ),
    "param.duplicate": ("warning", "a parameter is given more than once; the last one wins"),
    "param.positional": ("warning", "a value has no parameter name"),
    "param.unknown": (
        "info",
        "a parameter the template does not define holds a value; it was not read",
    ),
    "number.unparseable": ("warning", "a numeric parameter holds no number that can be read"),
    "number.convention-guessed": (
        "info",
        "a count is not a whole number in the wiki's conventions; it was read as English "
        "writes numbers (a comma groups thousands)",
    ),
    "number.approximate": ("info", "a number is marked as approximate (c., about, ~)"),
    "number.ambiguous": ("warning", "a numeric value holds more than one number or a range"),
    "number.negative": ("warning", "a count or size is negative"),
    "number.fractional": ("warning", "a count of people has a fractional part"),
    "date.unparseable": ("warning", "a date parameter holds no date that can be read"),
    "date.ambiguous": (
        "info",
        "a date value holds a range, two dates or a form with two readings; the first date, "
        "or only the part every reading shares, was kept",
    ),
    "coordinates.unparseable": ("warning", "the coordinates cannot be read"),
    "coordinates.out-of-range": ("error", "a latitude or longitude is outside its range"),
    "coordinates.hemisphere-assumed": (
        "info",
        "a legacy coordinate has no hemisphere letter; N or E was assumed",
    ),
    "coordinates.conflict": (
        "warning",
        "both {{coord}} and the legacy latd/longd family are given and disagree",
    ),
    "area.land-exceeds-total": ("warning", "the land area is larger than the total area"),
    "area.water-exceeds-total": ("warning", "the water area is larger than the total area"),
    "units.disagree": (
        "warning",
        "the same quantity is given in two units that do not agree",
    ),
    "units.mismatch": (
        "info",
        "a unit written in the value or its {{convert}} differs from the parameter's suffix; "
        "the written unit was used",
    ),
    "density.auto-without-area": (
        "warning",
        "density is 'auto' but there is no total area to compute it from",
    ),
    "density.auto-without-population": (
        "warning",
        "density is 'auto' but there is no total population to compute it from",
    ),
    "density.inconsistent": (
        "warning",
        "a stated density is far from the total population divided by the area",
    ),
    "utc-offset.from-zone-name": (
        "info",
        "the UTC offset was empty and was read from the time zone's name",
    ),
    "utc-offset.contradicts-zone-name": (
        "warning",
        "the UTC offset is not the one the time zone's name states",
    ),
    "value.unrendered": (
        "warning",
        "a value holds only markup that is not read as text (an unknown template); "
        "it was taken as unset",
    ),
    "utc-offset.unparseable": ("warning", "a UTC offset cannot be read"),
    "country.unknown-code": (
        "warning",
        "a flag template holds a country code that names no known country; it shows no text",
    ),
    "name.differs-from-pushpin-label": (
        "warning",
        "the infobox name is not the name on the pushpin map",
    ),
    "name.differs-from-lead-title": (
        "warning",
        "the infobox name is not the bold title of the page's lead",
    ),
    "image.not-a-file": ("info", "an image parameter holds something other than a file name"),
    "citation.unresolved": (
        "info",
        "a <ref name=x /> reuses a ref that the text does not define; its citation is empty",
    ),
    "website.unparseable": ("warning", "the website parameter holds no URL"),
    "article.line-joined": (
        "info",
        "a plain-text line that starts with punctuation was joined to the line before",
    ),
    "article.heading-guessed": (
        "info",
        "a short plain-text line standing alone was read as a section heading",
    ),
    "article.heading-indented": (
        "info",
        "an indented == heading == (preformatted text in MediaWiki) was read as a heading",
    ),
    "article.title-guessed": (
        "info",
        "the article has no bold title; the subject of its first sentence was taken",
    ),
    "article.language-unknown": (
        "warning",
        "the language could not be told from the text; no facts were read",
    ),
    "article.language-unsupported": (
        "warning",
        "the language has no fact rules; sections were read, facts were not",
    ),
    "article.climate-units": (
        "warning",
        "a climate table names units the reader does not know; none of its values was read",
    ),
    "article.climate-implausible": (
        "warning",
        "a climate table's value is outside any place's climate; it was not read",
    ),
    "page.no-settlement": ("info", "the page has no settlement infobox"),
    "profile.conflict": (
        "warning",
        "sources disagree on a field; the majority or better-sourced value was chosen",
    ),
    "profile.duplicate-label": ("info", "two sources had one label; the later was renamed"),
}


def make(
    code: str,
    message: str,
    *,
    param: str | None = None,
    start: int | None = None,
    end: int | None = None,
) -> Diagnostic:
    """Build a diagnostic whose severity comes from the catalogue.

    >>> make("param.duplicate", "name is given twice", param="name").severity
    'warning'
    """
    severity, _ = CATALOGUE[code]
    return Diagnostic(
        code=code, severity=severity, message=message, param=param, start=start, end=end
    )
