"""A page without a settlement infobox: NoInfoboxError names the infobox it has instead."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
from pathlib import Path
from typing import Final

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infobox import NoInfoboxError, parse_infobox
from infobox.infoboxes import first_infobox, is_infobox_name

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OTHER = FIXTURES / "real" / "other"

# --- first_infobox on hand-made text ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{{Infobox company|name=A}}", "Infobox company"),
        ("{{infobox_company\n| name = A\n}}", "Infobox company"),
        ("{{ Infobox  person }}", "Infobox person"),
        ("{{Template:Infobox person|name=A}}", "Infobox person"),
        ("{{Infobox settlement\n<!-- basic info -->\n| name = A}}", "Infobox settlement"),
        ("{{Info<!-- split -->box person}}", "Infobox person"),
        ("{{Use dmy dates|date=May 2020}}\n{{About|x}}\n{{Infobox river|a=b}}", "Infobox river"),
        ("{{speciesbox|genus=Aspidoscelis}}", "Speciesbox"),
        ("{{Automatic taxobox|taxon=X}}", "Automatic taxobox"),
        ("{{Infobox Unternehmen|Name=BBDO}}", "Infobox Unternehmen"),
        ("{{Miejscowość infobox|nazwa=Berlin}}", "Miejscowość infobox"),
        ("{{Apdzīvotas vietas infokaste|nosaukums=Berlīne}}", "Apdzīvotas vietas infokaste"),
        ("{{Ficha de entidad subnacional|nombre=Berlín}}", "Ficha de entidad subnacional"),
        ("{{Info/Assentamento|nome=Berlim}}", "Info/Assentamento"),
        ("{{Infoskreine Latvejis mīsts|pasauka=Dagda}}", "Infoskreine Latvejis mīsts"),
        ("{{Yerleşim bilgi kutusu|ad=Berlin}}", "Yerleşim bilgi kutusu"),
        ("{{Thông tin khu dân cư|tên=Ottawa}}", "Thông tin khu dân cư"),
        ("{{Карточка компании|название=X}}", "Карточка компании"),
        ("{{صندوق معلومات تجمع سكاني|اسم=برلين}}", "صندوق معلومات تجمع سكاني"),
    ],
)
def test_first_infobox_names_it(text: str, expected: str) -> None:
    """The first infobox called is named as MediaWiki normalises titles, in any wiki's style."""
    assert expected == first_infobox(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain text",
        "{{Coord|1|2}} {{cite web|url=x}} {{НП|название=Берлин}} {{Bio|Nome=Alfred}}",
        "{{Navbox|list={{Infobox person|name=A}}}}",
        "{{#if:x|{{Infobox person}}}}",
        "<!-- {{Infobox person}} -->",
        "<!-- never closed {{Infobox person}}",
        "<nowiki>{{Infobox person}}</nowiki>",
        "<pre>{{Infobox person}}</pre>",
        "a<ref>{{Infobox person}}</ref>",
        "{{{Infobox person|}}}",
        "{{Infobox\nperson}}",
        "{{Infobox person",
        "{{Infobox person <b>x</b>}}",
        "{{Userbox|x}} {{Quote box|x}} {{Navbox|x}}",
    ],
)
def test_first_infobox_is_none_without_one_at_top_level(text: str) -> None:
    """Nested, commented, escaped, malformed or non-infobox templates are not named."""
    assert first_infobox(text) is None


def test_tags_and_comments_are_skipped_not_ended() -> None:
    """An infobox after a comment, a closed <ref>, a self-closing <ref/> or <nowiki> counts."""
    text = (
        "<!-- {{ -->intro<ref name=a/> x<ref>{{cite|{{</ref><nowiki>}}</nowiki>"
        "<NOWIKI>{{</NoWiki >\n{{Infobox company|name=A}}"
    )
    assert "Infobox company" == first_infobox(text)


def test_an_unclosed_tag_is_text() -> None:
    """A <nowiki> or <ref> without its closing tag hides nothing (MediaWiki reads it as text)."""
    assert "Infobox company" == first_infobox("<nowiki> <ref>x {{Infobox company}}")


def test_huge_pathological_text_is_scanned_linearly() -> None:
    """Many unclosed tags and openers, and deep nesting, finish at once and find nothing."""
    text = "<ref>x" * 50_000 + "<nowiki>" * 50_000 + "{{a|" * 50_000 + "{{Infobox x}}"
    assert first_infobox(text) is None
    assert first_infobox("{{<!--" * 100_000) is None


_FRAGMENTS: Final = st.sampled_from(
    [
        *("{{", "}}", "{{{", "}}}", "|", "\n", " ", "_", "<", ">", "[[", "]]", "x", "="),
        *("<!--", "-->", "<nowiki>", "</nowiki>", "<ref>", "</ref>", "<ref name=a/>"),
        *("Infobox company", "infobox_person", "Speciesbox", "Miejscowość infobox"),
        *("Template:", "Infobox", " infobox", "Coord"),
    ]
)
_COMMENT: Final = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_GAPS: Final = re.compile(r"[\s_]+")


def _folded(text: str) -> str:
    return _GAPS.sub(" ", _COMMENT.sub("", text)).casefold()


@given(st.lists(_FRAGMENTS | st.text(max_size=4), max_size=40).map("".join))
def test_first_infobox_never_raises_and_names_what_is_there(text: str) -> None:
    """Any text gives None or an infobox name that the text writes (comments and _ aside)."""
    found = first_infobox(text)
    if found is not None:
        assert is_infobox_name(found)
        assert _folded(found) in _folded(text)


# --- NoInfoboxError -----------------------------------------------------------------


def test_the_error_pickles_with_its_attributes() -> None:
    """NoInfoboxError crosses process boundaries with length and found."""
    for error in (NoInfoboxError(length=3), NoInfoboxError(length=9, found="Infobox person")):
        copy = pickle.loads(pickle.dumps(error))
        assert (error.length, error.found, str(error)) == (copy.length, copy.found, str(copy))


def test_without_an_infobox_the_message_is_unchanged() -> None:
    """When no infobox of any kind is found, the message says only that none is there."""
    with pytest.raises(NoInfoboxError) as caught:
        parse_infobox("{{Coord|1|2}} text")
    assert caught.value.found is None
    assert (
        "no settlement infobox ({{Infobox settlement}} or an alias) in a text of 18 characters"
        == str(caught.value)
    )


#: Each page in fixtures/real/other/ and its first infobox, read by hand from the page
#: (None would say: its first infobox-like template has no infobox name, as ruwiki's {{НП}}).
FIRST_INFOBOX: Final[dict[str, str | None]] = {
    "de/BBDO.wiki": "Infobox Unternehmen",
    "en/Alabama.wiki": "Infobox U.S. state",  # after {{About}} and {{pp-move-indef}}
    "en/Allen_R._Morris.wiki": "Infobox person",
    "en/Alsea_(company).wiki": "Infobox company",
    "en/Banco_Azteca.wiki": "Infobox company",  # after {{more citations needed}}
    "en/Common_checkered_whiptail.wiki": "Speciesbox",  # written {{speciesbox
    "en/Kraton_(polymer).wiki": "Infobox company",
    "en/Piedmont.wiki": "Infobox Region of Italy",  # after {{About}}, {{redirect}}
    "en/V._P._Menon.wiki": "Infobox person",  # after {{Use Indian English}}
}
OTHER_PAGES: Final = sorted(str(p.relative_to(OTHER)) for p in OTHER.glob("*/*.wiki"))


@pytest.mark.parametrize("rel", OTHER_PAGES, ids=OTHER_PAGES)
def test_other_page_error_names_its_first_infobox(rel: str) -> None:
    """Each page without a settlement infobox raises NoInfoboxError naming its first infobox."""
    assert rel in FIRST_INFOBOX, "read the page's first infobox by hand and add it"
    expected = FIRST_INFOBOX[rel]
    with pytest.raises(NoInfoboxError) as caught:
        parse_infobox((OTHER / rel).read_text(encoding="utf-8"))
    assert expected == caught.value.found
    if expected is None:
        assert "first infobox" not in str(caught.value)
    else:
        assert str(caught.value).endswith(f"; the first infobox is {expected}")


def test_cli_says_which_infobox_in_one_line(tmp_path: Path) -> None:
    """The parse command prints the error as one stderr line naming the infobox, exit 1."""
    made = tmp_path / "person.wiki"
    made.write_text("{{Use dmy dates}}\n{{Infobox person\n| name = X\n}}", encoding="utf-8")
    page = OTHER / "en" / "Alsea_(company).wiki"
    result = subprocess.run(
        [sys.executable, "-m", "infobox.cli", "parse", str(made), str(page)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert 1 == result.returncode
    assert "" == result.stdout
    assert [
        f"infobox: {made}: no settlement infobox ({{{{Infobox settlement}}}} or an alias) "
        "found; the first infobox is Infobox person",
        f"infobox: {page}: no settlement infobox ({{{{Infobox settlement}}}} or an alias) "
        "found; the first infobox is Infobox company",
    ] == result.stderr.splitlines()
