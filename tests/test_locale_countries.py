"""Country names and the word for "country" as each wiki writes them."""

from __future__ import annotations

import pytest

from infobox.models import Subdivision
from infobox.values.countries import country_code, country_level, country_of


@pytest.mark.parametrize(
    ("language", "name", "code"),
    [
        ("ru", "Германия", "DE"),  # ruwiki Берлин
        ("ru", "Россия", "RU"),
        ("uk", "Німеччина", "DE"),
        ("uk", "Україна", "UA"),
        ("kk", "Германия", "DE"),
        ("kk", "Қазақстан", "KZ"),
        ("lv", "Vācija", "DE"),  # lvwiki Berlīne
        ("ltg", "Vācija", "DE"),  # Latgalian is read with Latvian names
        ("it", "Germania", "DE"),
        ("it", "Italia", "IT"),
        ("pl", "Niemcy", "DE"),
        ("es", "Alemania", "DE"),
        ("pt", "Alemanha", "DE"),
        ("cs", "Německo", "DE"),
        ("tr", "Almanya", "DE"),
        ("gl", "Alemaña", "DE"),
        ("fr", "Allemagne", "DE"),
        ("de", "Deutschland", "DE"),
        ("vi", "Đức", "DE"),
        ("ar", "ألمانيا", "DE"),
        ("bn", "জার্মানি", "DE"),
        ("ja", "ドイツ", "DE"),
        ("zh", "德国", "DE"),
        ("ru", "  германия ", "DE"),  # case and spaces aside
        ("ru", "Germany", "DE"),  # English names still match
    ],
)
def test_country_names_in_the_wikis_language(language: str, name: str, code: str) -> None:
    """A wiki's own name for a country gives its ISO code."""
    assert code == country_code(name, language=language)


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("ru", "Германи"),  # never fuzzy
        ("ru", "Берлин"),
        ("lv", "Vācijas"),  # an inflected form is no name
        ("it", "Germania Est"),
    ],
)
def test_other_names_give_no_code(language: str, name: str) -> None:
    """Exact matches only."""
    assert country_code(name, language=language) is None


def test_without_a_language_only_english_names_match() -> None:
    """The language's names are read only when it is given."""
    assert country_code("Германия") is None
    assert "DE" == country_code("Germany")


@pytest.mark.parametrize(
    ("language", "kind", "name", "expected"),
    [
        ("ru", "Страна", "Германия", ("Германия", "DE")),
        ("uk", "Країна", "Німеччина", ("Німеччина", "DE")),
        ("kk", "Ел", "Қазақстан", ("Қазақстан", "KZ")),
        ("lv", "Valsts", "Vācija", ("Vācija", "DE")),
        ("it", "Stato", "Germania", ("Germania", "DE")),
        ("pl", "Państwo", "Niemcy", ("Niemcy", "DE")),
        ("es", "País", "Alemania", ("Alemania", "DE")),
        ("pt", "País", "Alemanha", ("Alemanha", "DE")),
        ("cs", "Stát", "Německo", ("Německo", "DE")),
        ("tr", "Ülke", "Almanya", ("Almanya", "DE")),
        ("gl", "País", "Alemaña", ("Alemaña", "DE")),
        ("fr", "Pays", "Allemagne", ("Allemagne", "DE")),
        ("ar", "الدولة", "ألمانيا", ("ألمانيا", "DE")),
        ("ar", "البلد", "ألمانيا", ("ألمانيا", "DE")),
        ("vi", "Quốc gia", "Đức", ("Đức", "DE")),
        ("de", "Staat", "Deutschland", ("Deutschland", "DE")),
        ("de", "Land", "Deutschland", ("Deutschland", "DE")),
    ],
)
def test_country_of_reads_the_wikis_word_for_country(
    language: str, kind: str, name: str, expected: tuple[str, str]
) -> None:
    """The subdivision typed with the wiki's word for "country" is the country."""
    subdivisions = [
        Subdivision(index=1, type="Region", name="Somewhere"),
        Subdivision(index=2, type=kind, name=name),
    ]
    assert expected == country_of(subdivisions, language=language)


def test_state_words_count_only_on_their_own_wiki() -> None:
    """'Stato' names a US state elsewhere: only itwiki reads it as the country."""
    subdivisions = [
        Subdivision(index=0, type="Region", name="Lazio"),
        Subdivision(index=1, type="Stato", name="Italia"),
    ]
    assert (1, True) == country_level(subdivisions, language="it")[1:]
    assert (0, False) == country_level(subdivisions)[1:]
    assert (0, False) == country_level(subdivisions, language="ru")[1:]


def test_an_untyped_first_subdivision_in_the_wikis_language() -> None:
    """Without a country type, a first subdivision naming a country in the language counts."""
    subdivisions = [Subdivision(index=0, type=None, name="Германия")]
    assert ("Германия", "DE") == country_of(subdivisions, language="ru")
    assert (None, None) == country_of(subdivisions)
