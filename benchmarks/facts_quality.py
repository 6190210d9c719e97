"""Recall and precision of the fact reader on real Wikipedia articles read by hand.

The fixtures are ``fixtures/articles/real/{en,lv,ru}/<Name>.wiki`` (real pages, see
``ATTRIBUTION.md`` there) with ``<Name>.facts.json`` beside each: the facts a careful
reader finds in the article's prose (``facts``) and facts a naive reader would take but
that are wrong (``not``). This script runs :func:`infobox.parse_article` on each page,
in the fixture's language, and matches the facts it finds to the expected ones:

* a found fact matches an expected one of the same kind and unit when the values are
  equal (whole numbers; a region's name without case, or one of the fixture's
  ``alternatives`` for it) or, for decimals, within 1 % or
  0.15, and every qualifier the expected fact lists is equal (a ``place`` without case,
  one name may contain the other: ``Johannesburg`` in ``central Johannesburg``; a
  ``group`` without case and a plural ``s``); qualifiers it does not list are not
  compared;
* matching is one to one and greedy, the expected facts with the most qualifiers first;
* the same fact found twice in an article counts once, and a found fact that restates a
  matched one with fewer qualifiers (the lead's census count repeated in a later
  section without its year) is a duplicate, counted neither right nor wrong.

Recall is matched expected facts / expected facts, precision matched found facts /
found facts. The values of a climate table (``"source": "weather_box"``, in the fixture
and in the found fact's qualifiers) are scored apart, as the kind ``temperature (weather
box)``: a table's found fact is matched only with the fixture's table facts, a prose
fact only with its prose facts, and a table's found fact that matches none counts in
that row too (a year's column or a precipitation the fixture does not list), not in the
prose's precision. A ``not`` fact is *hit* when a found fact of the same source has its
kind and value and every qualifier it lists; the count is of found facts that hit one.

Run: ``.venv/bin/python benchmarks/facts_quality.py [--json] [--details]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from infobox import parse_article

REAL = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "real"
LANGS = ("en", "lv", "ru")
WEATHER_BOX = "temperature (weather box)"

Value = int | float | str


@dataclass(frozen=True)
class Expected:
    """One fact of a fixture: what a reader finds (or, in ``not``, must not take)."""

    kind: str
    value: Value
    unit: str | None
    qualifiers: Mapping[str, str]
    evidence: str = ""
    source: str = "text"
    alternatives: tuple[Value, ...] = ()


@dataclass(frozen=True)
class Found:
    """One fact the library found, reduced to what is compared."""

    kind: str
    value: Value
    unit: str | None
    qualifiers: Mapping[str, str]
    sentence: str = ""

    @property
    def source(self) -> str:
        """``weather_box`` for a climate table's value, ``text`` for the prose's."""
        return "weather_box" if self.qualifiers.get("source") == "weather_box" else "text"


def group(fact: Expected | Found) -> str:
    """The row a fact is scored under: its kind, or the weather-box row."""
    return WEATHER_BOX if fact.source == "weather_box" else fact.kind


@dataclass(frozen=True)
class Case:
    """A fixture: the page and its hand-read facts."""

    lang: str
    name: str
    path: Path
    facts: tuple[Expected, ...]
    not_facts: tuple[Expected, ...]


@dataclass
class Score:
    """Counts for one row of a table."""

    expected: int = 0
    found: int = 0
    matched_expected: int = 0
    matched_found: int = 0

    def add(self, other: Score) -> None:
        """Add another row's counts to this one."""
        self.expected += other.expected
        self.found += other.found
        self.matched_expected += other.matched_expected
        self.matched_found += other.matched_found

    @property
    def recall(self) -> float | None:
        """Matched expected facts / expected facts (None without any)."""
        return self.matched_expected / self.expected if self.expected else None

    @property
    def precision(self) -> float | None:
        """Matched found facts / found facts (None without any)."""
        return self.matched_found / self.found if self.found else None

    def as_dict(self) -> dict[str, Any]:
        """The counts and the two ratios, for ``--json``."""
        return {
            "expected": self.expected,
            "found": self.found,
            "matched": self.matched_expected,
            "recall": self.recall,
            "precision": self.precision,
        }


@dataclass
class Result:
    """What scoring one article gives."""

    case: Case
    detected_lang: str
    found: tuple[Found, ...]
    matches: list[tuple[Expected, Found]] = field(default_factory=list)
    misses: list[Expected] = field(default_factory=list)
    false: list[Found] = field(default_factory=list)
    duplicates: list[Found] = field(default_factory=list)
    not_hits: list[tuple[Expected, Found]] = field(default_factory=list)

    def by_kind(self) -> dict[str, Score]:
        """The article's counts per kind (weather-box values in their own row)."""
        rows: dict[str, Score] = {}
        for e in self.case.facts:
            rows.setdefault(group(e), Score()).expected += 1
        for e, _ in self.matches:
            row = rows.setdefault(group(e), Score())
            row.matched_expected += 1
            row.matched_found += 1
            row.found += 1
        for f in self.false:
            rows.setdefault(group(f), Score()).found += 1
        return rows

    def total(self) -> Score:
        """The article's counts over the kinds of the prose (climate tables apart)."""
        total = Score()
        for kind, row in self.by_kind().items():
            if kind != WEATHER_BOX:
                total.add(row)
        return total

    def weather_box(self) -> Score:
        """The article's counts for its climate table's values."""
        return self.by_kind().get(WEATHER_BOX, Score())


def _expected(raw: Mapping[str, Any]) -> Expected:
    value = raw["value"]
    return Expected(
        kind=raw["kind"],
        value=value,
        unit=raw.get("unit"),
        qualifiers=dict(raw.get("qualifiers") or {}),
        evidence=raw.get("evidence", ""),
        source=raw.get("source", "text"),
        alternatives=tuple(raw.get("alternatives", ())),
    )


def load_cases(root: Path = REAL) -> list[Case]:
    """Every fixture under ``root``, in language and name order."""
    cases = []
    for lang in LANGS:
        for path in sorted((root / lang).glob("*.wiki")):
            data = json.loads(path.with_suffix(".facts.json").read_text(encoding="utf-8"))
            cases.append(
                Case(
                    lang=lang,
                    name=f"{lang}/{path.stem}",
                    path=path,
                    facts=tuple(_expected(f) for f in data["facts"]),
                    not_facts=tuple(_expected(f) for f in data.get("not", ())),
                )
            )
    return cases


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _group(text: str) -> str:
    text = _norm(text)
    return text[:-1] if text.endswith("s") else text


def values_match(expected: Value, found: Value) -> bool:
    """Equal names (without case), equal whole numbers, decimals within 1 % or 0.15."""
    if isinstance(expected, str) or isinstance(found, str):
        if not (isinstance(expected, str) and isinstance(found, str)):
            return False
        return _norm(expected) == _norm(found)
    if isinstance(expected, int) and isinstance(found, int):
        return expected == found
    return abs(float(expected) - float(found)) <= max(0.15, 0.01 * abs(float(expected)))


def qualifier_matches(name: str, expected: str, found: str | None) -> bool:
    """One listed qualifier: equal, with names compared loosely (see the module doc)."""
    if found is None:
        return False
    if name == "place":
        a, b = _norm(expected), _norm(found)
        return bool(a) and bool(b) and (a in b or b in a)
    if name == "group":
        return _group(expected) == _group(found)
    return _norm(expected) == _norm(found)


def matches(expected: Expected, found: Found) -> bool:
    """Whether a found fact is the expected one (kind, unit, value, listed qualifiers)."""
    if expected.kind != found.kind or expected.source != found.source:
        return False
    if expected.unit is not None and found.unit is not None and expected.unit != found.unit:
        return False
    if not any(values_match(v, found.value) for v in (expected.value, *expected.alternatives)):
        return False
    return all(
        qualifier_matches(k, v, found.qualifiers.get(k)) for k, v in expected.qualifiers.items()
    )


def found_facts(text: str, lang: str) -> tuple[str, tuple[Found, ...]]:
    """The detected language and the facts parse_article finds, each fact once."""
    detected = parse_article(text).lang
    article = parse_article(text, lang=lang)
    seen: dict[tuple[object, ...], Found] = {}
    for f in article.facts:
        q = dict(f.qualifiers)
        key = (f.kind, f.value, f.unit, tuple(sorted(q.items())))
        seen.setdefault(key, Found(f.kind, f.value, f.unit, q, f.sentence))
    return detected, tuple(seen.values())


def compatible(expected: Expected, found: Found) -> bool:
    """Whether a found fact restates an expected one, perhaps with fewer qualifiers.

    The kind and value agree, and every listed qualifier the found fact has agrees:
    ``population 1215 {scope: city}`` restates ``1215 {scope: city, year: 2010}``.
    """
    return (
        expected.kind == found.kind
        and expected.source == found.source
        and any(values_match(v, found.value) for v in (expected.value, *expected.alternatives))
        and all(
            qualifier_matches(k, v, found.qualifiers[k])
            for k, v in expected.qualifiers.items()
            if k in found.qualifiers
        )
    )


def _distance(expected: Expected, found: Found) -> float:
    if isinstance(expected.value, str) or isinstance(found.value, str):
        return 0.0
    return abs(float(expected.value) - float(found.value))


def score_case(case: Case) -> Result:
    """Match one article's found facts to its expected ones.

    One to one and greedy: the expected facts with the most qualifiers choose first,
    each the closest matching found fact. A found fact left over that restates a
    matched expected fact with fewer qualifiers (the lead's count repeated in a later
    section without its year) is a duplicate, neither right nor wrong; every other one
    left over is false. A found fact that matches a ``not`` fact is a wrong ``not``
    fact, counted once however many ``not`` facts it matches.
    """
    detected, found = found_facts(case.path.read_text(encoding="utf-8"), case.lang)
    result = Result(case=case, detected_lang=detected, found=found)
    free = list(found)
    for e in sorted(case.facts, key=lambda e: -len(e.qualifiers)):
        candidates = [f for f in free if matches(e, f)]
        if not candidates:
            result.misses.append(e)
            continue
        hit = min(candidates, key=lambda f: _distance(e, f))
        free.remove(hit)
        result.matches.append((e, hit))
    matched = [e for e, _ in result.matches]
    for f in free:
        if any(compatible(e, f) for e in matched):
            result.duplicates.append(f)
        else:
            result.false.append(f)
    for f in found:
        hit_not = next((n for n in case.not_facts if matches(n, f)), None)
        if hit_not is not None:
            result.not_hits.append((hit_not, f))
    return result


def score(cases: Iterable[Case] | None = None) -> list[Result]:
    """Every fixture scored."""
    return [score_case(c) for c in (load_cases() if cases is None else cases)]


def table(results: Sequence[Result]) -> dict[str, Any]:
    """The scores: per language, per kind, per language and kind, overall, per article.

    ``languages`` and ``overall`` count the facts of the prose; the climate-table values
    are apart, in ``weather_box`` (per language) and ``overall_weather_box``. A found
    temperature that matches no expected fact counts in the prose (a wrong temperature
    is wrong wherever it was read).
    """
    langs: dict[str, Score] = {}
    boxes: dict[str, Score] = {}
    kinds: dict[str, Score] = {}
    lang_kinds: dict[str, dict[str, Score]] = {}
    overall, overall_box = Score(), Score()
    not_hits: dict[str, int] = {}
    for r in results:
        langs.setdefault(r.case.lang, Score())
        for kind, row in r.by_kind().items():
            if kind == WEATHER_BOX:
                boxes.setdefault(r.case.lang, Score()).add(row)
                overall_box.add(row)
            else:
                langs[r.case.lang].add(row)
                overall.add(row)
            kinds.setdefault(kind, Score()).add(row)
            lang_kinds.setdefault(r.case.lang, {}).setdefault(kind, Score()).add(row)
        not_hits[r.case.lang] = not_hits.get(r.case.lang, 0) + len(r.not_hits)
    return {
        "languages": {k: v.as_dict() | {"not_hits": not_hits.get(k, 0)} for k, v in langs.items()},
        "weather_box": {k: v.as_dict() for k, v in boxes.items()},
        "kinds": {k: v.as_dict() for k, v in sorted(kinds.items())},
        "language_kinds": {
            lang: {k: v.as_dict() for k, v in sorted(rows.items())}
            for lang, rows in lang_kinds.items()
        },
        "overall": overall.as_dict() | {"not_hits": sum(not_hits.values())},
        "overall_weather_box": overall_box.as_dict(),
        "articles": [
            {
                "article": r.case.name,
                "detected_lang": r.detected_lang,
                **r.total().as_dict(),
                "weather_box": r.weather_box().as_dict(),
                "not_hits": len(r.not_hits),
                "duplicates": [_show(f) for f in r.duplicates],
                "misses": [_show(e) for e in r.misses],
                "false": [_show(f) for f in r.false],
                "not_found": [_show(f) | {"not": _show(n)} for n, f in r.not_hits],
            }
            for r in results
        ],
    }


def _show(fact: Expected | Found) -> dict[str, Any]:
    shown: dict[str, Any] = {
        "kind": fact.kind,
        "value": fact.value,
        "unit": fact.unit,
        "qualifiers": dict(fact.qualifiers),
    }
    if isinstance(fact, Expected):
        shown["evidence"] = fact.evidence
        if fact.source != "text":
            shown["source"] = fact.source
    else:
        shown["sentence"] = fact.sentence
    return shown


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f} %"


def render(data: Mapping[str, Any], *, details: bool = False) -> str:
    """The tables as Markdown."""
    head = "| {} | expected | found | matched | recall | precision |{}"
    lines = ["Facts in the prose (climate tables apart):", ""]
    lines += [
        head.format("language", " wrong 'not' facts |"),
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for lang, row in data["languages"].items():
        lines.append(_row(lang, row) + f" {row['not_hits']} |")
    lines.append(_row("**all**", data["overall"]) + f" {data['overall']['not_hits']} |")
    lines += ["", "Climate tables ({{Weather box}}, {{Климат города}}):", ""]
    lines += ["| language | expected | matched | recall |", "|---|---:|---:|---:|"]
    boxes = dict(data["weather_box"]) | {"**all**": data["overall_weather_box"]}
    for lang, row in boxes.items():
        lines.append(f"| {lang} | {row['expected']} | {row['matched']} | {_pct(row['recall'])} |")
    lines += ["", head.format("kind", ""), "|---|---:|---:|---:|---:|---:|"]
    lines += [_row(kind, row) for kind, row in data["kinds"].items()]
    lines += ["", head.format("article", " climate table | lang detected | wrong 'not' facts |")]
    lines.append("|---|---:|---:|---:|---:|---:|---:|---|---:|")
    for a in data["articles"]:
        box = a["weather_box"]
        table = f"{box['matched']}/{box['expected']}" if box["expected"] else "—"
        lines.append(_row(a["article"], a) + f" {table} | {a['detected_lang']} | {a['not_hits']} |")
    if details:
        for a in data["articles"]:
            lines += ["", f"## {a['article']}"]
            lines += [f"- miss: {_brief(m)}" for m in a["misses"]]
            lines += [f"- false: {_brief(f)}" for f in a["false"]]
            lines += [f"- duplicate: {_brief(f)}" for f in a["duplicates"]]
            lines += [f"- wrong 'not' fact: {_brief(f)}" for f in a["not_found"]]
    return "\n".join(lines)


def _row(label: str, row: Mapping[str, Any]) -> str:
    return (
        f"| {label} | {row['expected']} | {row['found']} | {row['matched']} | "
        f"{_pct(row['recall'])} | {_pct(row['precision'])} |"
    )


def _brief(fact: Mapping[str, Any]) -> str:
    unit = f" {fact['unit']}" if fact["unit"] else ""
    where = fact.get("evidence") or fact.get("sentence", "")
    return f"{fact['kind']} {fact['value']}{unit} {fact['qualifiers']} ← {where[:160]!r}"


def main(argv: Sequence[str] | None = None) -> int:
    """Score every fixture and print the tables (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--details", action="store_true", help="list misses and false facts")
    args = parser.parse_args(argv)
    data = table(score())
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render(data, details=args.details) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
