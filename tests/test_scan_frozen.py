"""The pre-scan gives, to the character, what it gave before it was made faster.

``fixtures/scan/expected.json`` holds what :func:`infobox.scan.locate` and
:func:`infobox.scan.prepare` returned, at commit 69343c4 (before issue 14), for every
page in ``fixtures/`` and for a fixed, seeded soup of markup: the located extent and
diagnostics, and for ``prepare`` over the whole page and over the located slice, a
hash of the prepared text, the placeholders and the diagnostics (for a soup page,
a hash of all that). The faster scanners
must give exactly the same. Regenerate only when a change of output is intended::

    PYTHONPATH=/path/to/reference/src python tests/test_scan_frozen.py --write
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest

from infobox.scan import locate, prepare

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
EXPECTED = FIXTURES / "scan" / "expected.json"

#: Pieces of the seeded soup: every construct the scanners treat apart, and names.
PIECES = [
    *("{{", "}}", "{{{", "}}}", "{", "}", "[[", "]]", "[", "]", "|", "=", "\n", "\n\n", " "),
    *("a", "x", ":", "//", "-", "!", "#", "*", "&amp;", "\t", "\ue000", "'", '"', ">", "<"),
    *("''", "'''", "'''''", "''''", "\n=", "\n==x==\n", "\n{|", "\n|}", "\n|-\n", "||", "!!"),
    *("[http://a.b ", "[//x y]", "mailto:x", "[[a|", "[[a]]", "[[File:x|thumb|", "{{x|"),
    *("<ref>", "</ref>", "<small>", "</small>", "<b>", "</b>", "<div>", "</div>", "<li>"),
    *("<span>", "</span>", "<br>", "</br>", "<br/>", "</br >", "<ref name=x />", "<Ref>"),
    *('<ref name="a b">', "<sup>", "</sup>", "</REF>", "<ref", "/>", "<br", "<code>"),
    *("<!--", "-->", "<!-- c -->", "<!--\n", "<nowiki>", "</nowiki>", "<pre>", "</pre>"),
    *("<math>", "</math>", '<syntaxhighlight lang="x">', "</syntaxhighlight>", "-{", "}-"),
    *("< ref >", "< /ref >", "< br / >", "<ref name=x / >", "< / ref >", "</ b>"),
    *('<span style="', "<span title='a'>", '<b class="x" >', "{{{1}}}", "{{!}}", "{{{a|"),
    *("{{#if:a|b}}", "{{a|b=c}}", "<references />", "\n}}", "\n|name=", "{{Infobox person|"),
    *("<ref>{{cite web|url=http://a.b|title=t}}</ref>", "{{Infobox city", "{{Template:Infobox"),
    *("<ref>{{cite web|url=http://a.b|title=t}</ref>", "<ref name=a>", "<poem>", "</poem>"),
    *("[[a|b]]", "[[a b]]", "[[People's]]", "[[a|b=c]]", "{{x}}", "{{x|y}}", "{{x|y=z}}"),
    *("{{ }}", "{{x|a\n}}", "{{Infobox settlement}}", "{{infobox_town|", "\n'''X'''"),
    *("{{Info<!-- -->box settlement|", "{{Infobox" + " " * 250 + "settlement|", "\x00"),
    *("{{ Infobox settlement \n|", "<nowiki><!--</nowiki>", "\n| pop = 5", "\n==H==\n"),
    *('<ref name="a b">x</ref>', "<ref>{{x|y}}</ref>", "<ref>{{x|[[a]]}} y</ref>", "<br >"),
    *("<ref name=x/>", "<br />", "<ref>{{ |a}}</ref>", "<ref>{{x}}{{y}}</ref>", "<ref>"),
    *("<ref>{{x}}{</ref>", "<ref>a|b=c</ref>", "<ref name=x>", "<ref>x'y</ref>", "</ref>"),
]
OPENINGS = ["{{Infobox settlement|", "{{Infobox settlement\n|", "{{ infobox_town <!--x-->|"]
#: The units of benchmarks/bench_pathological.py, each repeated in an infobox.
PATHOLOGICAL = [
    *("<ref>a ", "<div>a ", "<small>x ", "<nowiki>x ", '<span style="a ', "<span x "),
    *("a<b ", "</br ", "[http://a.b x ", "[[a|b ", "\n{|\n", "<!-- x ", "{{{x|", "''a\n"),
    *("</small> ", '[[a|<ref>{{{x|[http://b c <span style="<!--', "{{a|", "}}", "[[a]]"),
]


def soup(count: int, seed: int) -> list[str]:
    """``count`` pages of markup soup around infobox openings, the same on every run."""
    rng = random.Random(seed)
    pages = []
    for _ in range(count):
        parts = [rng.choice(PIECES) for _ in range(rng.randrange(0, 40))]
        if rng.random() < 0.8:
            parts.insert(rng.randrange(len(parts) + 1), rng.choice(OPENINGS))
        pages.append("".join(parts))
    return pages


#: Values that mostly close, for infoboxes that mostly end where they should.
VALUES = [
    *("89079", "[[a]]", "[[a|b]]", "[[a|b=c]]", "{{x|y}}", "{{x|y=z}}", "<ref>r</ref>"),
    *("''i''", "'''b'''", "<br />", "<!-- c -->", "{{x|[[a]]}}", "[http://a.b c]", "a = b"),
    *("<ref name=a />", "{{coord|1|N|2|E}}", "<small>s</small>", "{{{1}}}", "x\ny", "''"),
    *("<ref>{{cite|a=[[b]]}}</ref>", '<ref name="p">{{x|y}}</ref>', "<br/>", "<ref>r"),
]


def structured(count: int, seed: int) -> list[str]:
    """``count`` pages with an infobox of parameters, mostly well-formed, and soup around."""
    rng = random.Random(seed)
    pages = []
    for _ in range(count):
        params = "".join(
            "\n| p = " + " ".join(rng.choice(VALUES + PIECES[:8]) for _ in range(rng.randrange(4)))
            for _ in range(rng.randrange(6))
        )
        around = [
            "".join(rng.choice(PIECES + VALUES * 3) for _ in range(rng.randrange(12)))
            for _ in range(2)
        ]
        pages.append(around[0] + rng.choice(OPENINGS) + params + "\n}}" + around[1])
    return pages


def inputs() -> dict[str, str]:
    """Every input of the frozen table, by a readable id."""
    found = {
        str(path.relative_to(FIXTURES)): path.read_text(encoding="utf-8")
        for path in sorted(FIXTURES.glob("**/*.wiki"))
    }
    for index, unit in enumerate(PATHOLOGICAL):
        found[f"pathological/{index}"] = "{{Infobox settlement|a=" + unit * 60 + "|b=1}}"
        found[f"pathological-open/{index}"] = "{{Infobox settlement|a=" + unit * 60
    for index, page in enumerate(soup(1500, seed=14)):
        found[f"soup/{index}"] = page
    for index, page in enumerate(structured(1000, seed=15)):
        found[f"soup/structured/{index}"] = page
    return found


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def _prepared(text: str, start: int, end: int) -> dict[str, Any]:
    p = prepare(text, start, end)
    return {
        "text": _digest(p.text),
        "restore": sorted(p.restore.items()),
        "diagnostics": [[d.code, d.message, d.start, d.end] for d in p.diagnostics],
    }


def snapshot(text: str) -> dict[str, Any]:
    """What the scanners return for ``text``, in JSON-able form."""
    found = locate(text)
    result: dict[str, Any] = {"input": _digest(text), "page": _prepared(text, 0, len(text))}
    if found is not None:
        result["located"] = [found.start, found.end, found.name, found.terminated, found.others]
        result["located_diagnostics"] = [
            [d.code, d.message, d.start, d.end] for d in found.diagnostics
        ]
        result["slice"] = _prepared(text, found.start, found.end)
    return result


def _expected() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(EXPECTED.read_text(encoding="utf-8"))
    return loaded


INPUTS = inputs()


def entry(key: str, text: str) -> Any:
    """The table's entry: the snapshot, or for a soup page (thousands) its digest."""
    found = _json(snapshot(text))
    if key.startswith("soup/"):
        return _digest(json.dumps(found, sort_keys=True))
    return found


def _json(value: Any) -> Any:
    """``value`` as it reads back from JSON (tuples become lists)."""
    return json.loads(json.dumps(value))


@pytest.mark.parametrize("key", sorted(k for k in INPUTS if not k.startswith("soup/")))
def test_each_fixture_scans_as_before(key: str) -> None:
    """locate and prepare give on each fixture page exactly what they gave at 69343c4."""
    assert _expected()[key] == entry(key, INPUTS[key])


def test_the_seeded_soup_scans_as_before() -> None:
    """locate and prepare give on 2,500 seeded soup pages what they gave at 69343c4."""
    expected = _expected()
    differing = [
        key
        for key, text in INPUTS.items()
        if key.startswith("soup/") and expected[key] != entry(key, text)
    ]
    assert [] == differing


def test_the_table_covers_every_input() -> None:
    """The frozen table has one entry per input, and nothing else."""
    assert sorted(INPUTS) == sorted(_expected())


def main() -> None:
    """Write the frozen table with the scanners on the import path."""
    if sys.argv[1:] != ["--write"]:
        raise SystemExit(__doc__)
    table = {key: entry(key, text) for key, text in INPUTS.items()}
    EXPECTED.write_text(json.dumps(table, ensure_ascii=True, sort_keys=True) + "\n", "utf-8")


if __name__ == "__main__":
    main()
