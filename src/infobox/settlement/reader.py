"""The parameter bookkeeping of one parse: each parameter read with its offsets, then looked up.

:class:`Reader` parses the located infobox as a template, keeps every parameter raw
with offsets into the input (:class:`~infobox.models.Param`), reports duplicates and
positional values, and offers the look-ups the family modules share: whether a
parameter is given, its text, its items, a value read by a value parser with the
parser's diagnostics attached to the parameter, and a number with its unit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Final, TypeVar

import attrs
from mwparserfromhell.wikicode import Wikicode

from ..diagnostics import make
from ..locale import Locale, locale_for
from ..models import Diagnostic, Param, PartialDate
from ..names import normalize_title
from ..scan import Located, prepare
from ..templates.en import INFOBOX_SETTLEMENT
from ..templates.registry import spec_for
from ..templates.spec import TemplateSpec
from ..text import Rendered, args_plain, find_templates, render, render_links, render_text
from ..values.dates import parse_date
from ..values.numbers import Number, parse_count, parse_number
from ..values.units import parse_quantity, quantity_from_convert
from .split import Piece, Split, split_template

T = TypeVar("T")

COMMENT: Final = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
#: Templates that show a value the live template reads from Wikidata: nothing is missing.
WIKIDATA_KEYS: Final = frozenset({"official url", "official website", "wikidata", "wdib"})
_CONVERT_KEYS: Final = frozenset({"convert", "cvt"})
_FILE_LINK = re.compile(r"^\s*:?\s*(?:file|image|media)\s*:", re.IGNORECASE)


class Reader:
    """Reads one located infobox; holds the per-parameter state of one parse.

    ``params``, ``values`` and ``rendered`` are keyed by the parameters' names as
    written. The family modules ask for values by *canonical* name (the
    ``{{Infobox settlement}}`` parameter that holds the value): the template's
    :class:`~infobox.templates.spec.TemplateSpec` says which written parameter that
    is (:meth:`param`), or which label the template shows for it.
    """

    def __init__(self, text: str, located: Located, wiki: str | None = None) -> None:
        self.text = text
        self.located = located
        self.spec: TemplateSpec = INFOBOX_SETTLEMENT
        #: The wiki whose conventions apply: the one given, else the template's, else "en".
        self.wiki: str = wiki or "en"
        #: That wiki's conventions for numbers, dates and country names.
        self.locale: Locale = locale_for(self.wiki)
        self._given_wiki = wiki
        self.diagnostics: list[Diagnostic] = []
        self.params: dict[str, Param] = {}
        #: canonical name -> the name of the parameter that holds it, as written.
        self.alias: dict[str, str] = {}
        #: canonical name -> the label the template shows for it (no parameter holds it).
        self.labels: dict[str, str] = {}
        #: The value of each parameter (its text, and its tree on demand).
        self.values: dict[str, Piece] = {}
        self.rendered: dict[str, Rendered] = {}
        self.restore: dict[str, str] = {}
        self.unrendered: set[str] = set()

    # -- parameters -----------------------------------------------------------------

    def parse_template(self) -> Split | None:
        """The located infobox split into its name and parameters; None when it is no template."""
        located = self.located
        prepared = prepare(self.text, located.start, located.end)
        self.diagnostics.extend(located.diagnostics)
        self.diagnostics.extend(prepared.diagnostics)
        self.restore = dict(prepared.restore)
        # prepare() guarantees one template spanning the text, closed by "}}" when cut off.
        source = prepared.text if located.terminated else prepared.text + "}}"
        # MediaWiki splits template arguments before it reads bold and italic quotes;
        # mwparserfromhell reading them can swallow a following '|', so it does not.
        return self.chosen(split_template(source))

    def chosen(self, split: Split | None) -> Split | None:
        """``split`` when it is a settlement template (its spec and wiki taken), else None, said."""
        spec = spec_for(normalize_title(split.name.text)) if split is not None else None
        if split is not None and spec is not None:
            self.spec = spec
            self.wiki = self._given_wiki or spec.wiki or "en"
            self.locale = locale_for(self.wiki)
            return split
        located = self.located
        self.diagnostics.append(
            make(
                "infobox.unparseable",
                f"the infobox at offset {located.start} could not be read as a template; "
                "no parameters were taken from it",
                start=located.start,
                end=located.end,
            )
        )
        return None

    def read_params(self, template: Split) -> None:
        # mwparserfromhell keeps every character, so offsets follow from the lengths
        # of the pieces: "{{" name ("|" [key "="] value)* "}}".
        text = self.text
        restore = self.restore
        table = {ord(k): v for k, v in restore.items()} if restore else None
        # Many values are alike (empty, above all): each text is rendered once.
        rendered_texts: dict[str, Rendered] = {}
        pos = self.located.start + 2 + len(template.name.text)
        size = len(text)
        for showkey, key, piece in template.params:
            pos += 1
            if showkey:
                pos += len(key.text) + 1
            value = piece.text
            start, end = pos, pos + len(value)
            pos = end
            start += len(value) - len(value.lstrip())
            end -= len(value) - len(value.rstrip())
            end = min(end, size)
            if end < start:
                end = start
            written = key.text
            if "<!--" in written:
                written = COMMENT.sub("", written)
            name = (written.translate(table) if table else written).strip()
            if not showkey:
                self.check_positional(name, showkey, value, start, end)
            shown = piece.shown
            if shown is None:
                # Text and plain links (most values with markup) are read from the
                # tokens; anything else from the tree, built now.
                pending = piece.tokens  # none once its tree is built (its text was printed)
                quick = render_links(pending, restore) if pending else None
                rendered = quick if quick is not None else render(piece.code, restore)
            else:
                found = rendered_texts.get(shown)
                if found is None:
                    found = rendered_texts[shown] = render_text(shown, restore)
                rendered = found
            self.keep(name, piece, rendered, start, end)
        self._map_names()

    def check_positional(self, name: str, showkey: bool, value: str, start: int, end: int) -> None:
        """Report a value given with no name (``| 12 |``), unless the template reads it."""
        if (
            not showkey
            and name not in self.spec.params
            and name not in self.spec.other
            and COMMENT.sub("", value).strip()
        ):
            self.diagnostics.append(
                make(
                    "param.positional",
                    f"a value with no parameter name was given as parameter {name}: "
                    f"{excerpt(self.text[start:end])}",
                    param=name,
                    start=start,
                    end=end,
                )
            )

    def keep(self, name: str, piece: Piece, rendered: Rendered, start: int, end: int) -> None:
        """Keep parameter ``name`` at ``start``–``end``; a later one of the same name wins."""
        previous = self.params.pop(name, None)
        if previous is not None:
            self.diagnostics.append(
                make(
                    "param.duplicate",
                    f"{name} is given more than once; the value at offset {start} wins over "
                    f"the earlier one at offset {previous.start}: {excerpt(previous.raw)}",
                    param=name,
                    start=previous.start,
                    end=previous.end,
                )
            )
        self.params[name] = Param(
            name=name,
            raw=self.text[start:end],
            text=rendered.plain,
            links=rendered.links,
            start=start,
            end=end,
        )
        if previous is not None:
            # A repeated name moves to its last place, as in params, so that citations
            # (read in this order) follow the text.
            del self.values[name], self.rendered[name]
        self.values[name] = piece
        self.rendered[name] = rendered
        if rendered.diagnostics:
            self.report_at(name, rendered.diagnostics)  # e.g. {{start date|1998|4|31}}

    def _map_names(self) -> None:
        """Which written parameter holds each canonical name, and which labels apply.

        A canonical name held by several parameters is read from the first that shows
        text (else holds anything): the English name itself first, then the spec's
        parameters in its order.
        """
        spec = self.spec
        mapped = spec.params
        english = spec.english_params
        candidates: dict[str, list[str]] = {}
        for written in self.params:
            # With English names, one the template does not define is itself too (its
            # numbered families go on past the documented ranges).
            canonical = mapped.get(written) or (written if english else None)
            if canonical is not None:
                candidates.setdefault(canonical, []).append(written)
        order: dict[str, int] | None = None
        for canonical, names in candidates.items():
            if len(names) > 1:
                # One that shows text wins over one that holds only markup (a ref), which
                # wins over an empty one; then the English name, then the spec's order.
                if order is None:
                    order = {name: rank for rank, name in enumerate(spec.params)}
                ranks = order
                names.sort(
                    key=lambda n: (not self.params[n].text, not self.holds(n), ranks.get(n, -1))
                )
            self.alias[canonical] = names[0]
        for label in spec.labels:
            # The page's own parameter wins where it shows text, as the template's does.
            if self.given(label.when) and not self.shows(label.param):
                self.labels[label.param] = label.text

    def place_diagnostics(self) -> None:
        """Name the parameter in which each located diagnostic (a repaired tag) lies."""
        spans = sorted((p.start, p.end, p.name) for p in self.params.values())
        for i, diagnostic in enumerate(self.diagnostics):
            if diagnostic.param is not None or diagnostic.start is None:
                continue
            for start, end, name in spans:
                if start <= diagnostic.start < max(end, start + 1):
                    self.diagnostics[i] = attrs.evolve(diagnostic, param=name)
                    break

    # -- helpers --------------------------------------------------------------------

    def param(self, name: str) -> Param | None:
        """The parameter that holds the canonical name ``name``, None when none does."""
        written = self.alias.get(name)
        return self.params.get(written) if written is not None else None

    def value(self, name: str) -> Piece | None:
        """The value of the canonical name ``name``, None when no parameter holds it."""
        written = self.alias.get(name)
        return self.values.get(written) if written is not None else None

    def code(self, name: str) -> Wikicode | None:
        """The parsed value of the canonical name ``name``, None when no parameter holds it."""
        piece = self.value(name)
        return piece.code if piece is not None else None

    def raw(self, name: str) -> str:
        """The raw value of the canonical name ``name``, "" when no parameter holds it."""
        param = self.param(name)
        return param.raw if param is not None else ""

    def names(self) -> list[str]:
        """Every canonical name a parameter or a label holds, parameters first."""
        return [*self.alias, *(n for n in self.labels if n not in self.alias)]

    def is_label(self, name: str | None) -> bool:
        """Whether the template's label, not the page, gives the canonical ``name``."""
        return name is not None and name in self.labels and not self.shows(name)

    def shows(self, name: str) -> bool:
        """Whether a parameter of the page gives the canonical ``name`` some text."""
        param = self.param(name)
        return param is not None and bool(param.text)

    def written(self, name: str) -> str:
        """The name of the parameter that holds ``name``, as written (``name`` if none)."""
        return self.alias.get(name, name)

    def holds(self, written: str) -> bool:
        """Whether the parameter named ``written`` holds anything but spaces and comments."""
        param = self.params.get(written)
        if param is None:
            return False
        raw = param.raw
        return bool((COMMENT.sub("", raw) if "<!--" in raw else raw).strip())

    def given(self, name: str) -> bool:
        """Whether ``name`` holds anything besides white space and comments, or a label."""
        written = self.alias.get(name)
        return (written is not None and self.holds(written)) or name in self.labels

    def line(self, name: str | None) -> str | None:
        """The plain text of ``name``, None when unset; reports values that render to nothing.

        ``name`` None stands for a parameter that is not there (not the parameter named "").
        """
        param = self.param(name) if name is not None else None
        if name is None or param is None:
            return self.labels.get(name) if name is not None else None
        if not param.text:
            self._report_unrendered(param)
            return self.labels.get(name)  # the template's label where the page shows none
        text = param.text
        if name in self.spec.linked and "|" in text:
            # The template puts the value in a link: "target|label" shows the label.
            text = text.rpartition("|")[2].strip() or text
        return text

    def _report_unrendered(self, param: Param) -> None:
        """Say once that a parameter holding markup shows no text (unless already said)."""
        written = param.name
        if (
            written in self.unrendered
            or not self.holds(written)
            or self.rendered[written].diagnostics  # said why already
        ):
            return
        self.unrendered.add(written)
        code = self.values[written].code
        if not find_templates(code, WIKIDATA_KEYS) and not _only_files(code):
            self.report_at(
                written,
                [
                    make(
                        "value.unrendered",
                        f"{written} holds only markup that is not read as text "
                        f"({excerpt(param.raw)}); it was taken as unset",
                    )
                ],
            )

    def items(self, name: str | None) -> tuple[str, ...]:
        if name is None:
            return ()
        written = self.alias.get(name)
        rendered = self.rendered.get(written) if written is not None else None
        if rendered is not None and rendered.items:
            return rendered.items
        return (self.labels[name],) if name in self.labels else ()

    def report(self, name: str, found: Iterable[Diagnostic]) -> None:
        """Attach value-parser diagnostics to the parameter that holds canonical ``name``."""
        written = self.alias.get(name)
        if written is not None:
            self.report_at(written, found)
            return
        for diagnostic in found:  # about a label or an absent parameter: no offsets
            self.diagnostics.append(attrs.evolve(diagnostic, param=name))

    def report_at(self, written: str, found: Iterable[Diagnostic]) -> None:
        """Attach diagnostics to the parameter named ``written`` (as written)."""
        param = self.params[written]
        name = written
        for diagnostic in found:
            self.diagnostics.append(
                attrs.evolve(
                    diagnostic,
                    param=name,
                    start=param.start,
                    end=param.end,
                )
            )

    def read(
        self, name: str, parse: Callable[[str], tuple[T | None, tuple[Diagnostic, ...]]]
    ) -> T | None:
        text = self.line(name)
        if text is None:
            return None
        value, found = parse(text)
        self.report(name, found)
        return value

    def number(self, name: str) -> float | None:
        """The plain number in ``name`` (``quantity`` reads a {{convert}} and its unit)."""
        found = self.read(name, self.parse_number)
        return found.value if found is not None else None

    # The value parsers with the wiki's conventions.

    def parse_number(self, text: str) -> tuple[Number | None, tuple[Diagnostic, ...]]:
        return parse_number(text, locale=self.locale)

    def parse_count(self, text: str) -> tuple[int | None, tuple[Diagnostic, ...]]:
        """A head count in the wiki's conventions, else as English writes it, said.

        A comma that would make it a fraction of a person is read as a thousands
        separator, as enwiki writes it (``161,300`` on a decimal-comma wiki, in a page
        copied from English).
        """
        value, found = parse_count(text, locale=self.locale)
        if value is not None or not self.locale.decimal_comma:
            return value, found
        if not any(d.code == "number.fractional" for d in found):
            return value, found
        english, found_english = parse_count(text)
        if english is None:
            return value, found
        guessed = make(
            "number.convention-guessed",
            f"{text!r} is not a whole number in the wiki's conventions (a decimal comma); "
            f"a count of people has no fraction, so it was read as English writes "
            f"numbers: {english}",
        )
        return english, (*found_english, guessed)

    def parse_date(
        self, text: str
    ) -> tuple[PartialDate | None, str | None, tuple[Diagnostic, ...]]:
        return parse_date(text, locale=self.locale)

    def date(self, name: str) -> PartialDate | None:
        text = self.line(name)
        if text is None:
            return None
        date, _note, found = self.parse_date(text)
        self.report(name, found)
        return date

    def quantity(self, name: str, unit: str) -> tuple[float, str] | None:
        """A number and its unit: from a {{convert}} inside the value, else the suffix's unit."""
        piece = self.value(name)
        if piece is None:
            return None
        for template in find_templates(piece.code, _CONVERT_KEYS) if piece.has_templates else ():
            positional, named = args_plain(template, self.restore)
            result, found = quantity_from_convert(positional, named)
            self.report(name, found)
            if result is not None and result[1] != unit:
                self.report(
                    name,
                    [
                        make(
                            "units.mismatch",
                            f"{self.written(name)} holds a {{{{convert}}}} in {result[1]}, "
                            f"not {unit}; "
                            f"the template's unit was used",
                        )
                    ],
                )
            return result
        return self.with_unit(name, unit)

    def with_unit(self, name: str, unit: str) -> tuple[float, str] | None:
        """A number and the unit written after it (``1.2 km``), else the suffix's unit."""
        found = self.read(name, lambda text: parse_quantity(text, locale=self.locale))
        if found is None:
            return None
        value, given = found
        if given is None:
            return value, unit
        if given != unit:
            self.report(
                name,
                [
                    make(
                        "units.mismatch",
                        f"{self.written(name)} is written in {given}, not {unit}; "
                        "the written unit was used",
                    )
                ],
            )
        return value, given


def restored(text: str, restore: Mapping[str, str]) -> str:
    """Put back the characters :func:`infobox.scan.prepare` replaced by placeholders."""
    return text.translate({ord(k): v for k, v in restore.items()}) if restore else text


def _only_files(code: Wikicode) -> bool:
    """Whether ``code`` shows only files (an image parameter's usual content)."""
    return any(_FILE_LINK.match(str(link.title)) for link in code.filter_wikilinks())


def excerpt(raw: str, limit: int = 80) -> str:
    raw = " ".join(raw.split())
    return repr(raw if len(raw) <= limit else raw[: limit - 1] + "…")
