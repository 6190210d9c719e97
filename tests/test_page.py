"""parse_page: the infobox, the article and the page-level diagnostics together."""

from __future__ import annotations

from pathlib import Path

import pytest

from infobox import InputTypeError, Page, from_dict, parse_infobox, parse_page, to_dict

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_zhezkazgan_page() -> None:
    """The seed page: the infobox, the lead's facts, the category, and the name conflict."""
    text = (FIXTURES / "zhezkazgan" / "en.wiki").read_text(encoding="utf-8")
    page = parse_page(text)
    assert page.settlement == parse_infobox(text)
    assert page.article.title == "Jezkazgan"
    assert page.categories == ("Cities and towns in Kazakhstan",)
    assert {f.value for f in page.article.facts_of("population")} == {89079, 92907}
    [conflict] = page.diagnostics
    assert conflict.code == "name.differs-from-lead-title"
    assert "Balkhash" in conflict.message
    assert "Jezkazgan" in conflict.message


def test_page_without_infobox_has_an_article_and_says_so() -> None:
    """No settlement infobox: settlement is None, with an info diagnostic."""
    page = parse_page("{{Infobox person|name=X}}\n'''X''' was founded in 1938.")
    assert page.settlement is None
    assert [d.code for d in page.diagnostics] == ["page.no-settlement"]
    assert page.article.title == "X"


def test_matching_name_gives_no_page_diagnostic() -> None:
    """An infobox name equal to the bold title raises nothing at page level."""
    page = parse_page("{{Infobox settlement|name=Zhezkazgan}}\n'''Jezkazgan''' is a city.")
    assert page.diagnostics == ()


@pytest.mark.parametrize(
    "path",
    sorted((FIXTURES / "real").rglob("*.wiki")),
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_real_pages_parse_and_round_trip(path: Path) -> None:
    """Every real page gives a page whose JSON view round-trips."""
    page = parse_page(path.read_text(encoding="utf-8"))
    assert from_dict(Page, to_dict(page)) == page
    assert page.article.sections


def test_non_str_raises() -> None:
    """Bytes are an InputTypeError."""
    with pytest.raises(InputTypeError):
        parse_page(b"{{Infobox settlement}}")  # type: ignore[arg-type]
