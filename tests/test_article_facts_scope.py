"""Properties of whose population a sentence states: not a part, a denial or another place."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infobox.article.facts import extract
from infobox.article.languages import LANGUAGES, Language

EN, LV, RU = LANGUAGES["en"], LANGUAGES["lv"], LANGUAGES["ru"]


class Carrier:
    """A sentence with a slot for its subject and one for a count, in its variants.

    ``own`` fill the subject with the place (a name of it, ``the town``): the sentence
    gives the count as a population. ``parts`` are sub-areas and regions around the
    place, ``foreign`` other places' names; ``negated`` is the sentence denied.
    """

    def __init__(
        self,
        language: Language,
        template: str,
        negated: str,
        own: tuple[str, ...],
        parts: tuple[str, ...],
        foreign: tuple[str, ...],
    ) -> None:
        self.language = language
        self.template = template
        self.negated = negated
        self.own = own
        self.parts = parts
        self.foreign = foreign

    def __repr__(self) -> str:
        return f"Carrier({self.language.code}, {self.template!r})"


NAMES = {"en": ("Karatal",), "lv": ("Kuldīga",), "ru": ("Казань",)}

CARRIERS = [
    Carrier(
        EN,
        "{S} has {N} inhabitants.",
        "{S} does not have {N} inhabitants.",
        ("Karatal", "The town", "The city", "It"),
        ("The borough of Mitte", "The old town", "The district", "Collin County", "The park"),
        ("Springfield", "Almaty", "Marseille", "Zhanaozen"),
    ),
    Carrier(
        EN,
        "{S} had {N} residents at the 2010 census.",
        "{S} never had {N} residents at the 2010 census.",
        ("Karatal", "The town", "The village"),
        ("The borough of Mitte", "The neighbourhood", "The county", "The suburb"),
        ("Springfield", "Almaty", "Marseille"),
    ),
    Carrier(
        EN,
        "The population of {S} was {N} at the 2010 census.",
        "The population of {S} was not {N} at the 2010 census.",
        ("Karatal", "the town", "the city"),
        ("the borough of Mitte", "the old town", "the district", "the county"),
        ("Springfield", "Almaty", "Marseille"),
    ),
    Carrier(
        EN,
        "In 2020, {N} people lived in {S}.",
        "In 2020, {N} people no longer lived in {S}.",
        ("Karatal", "the town"),
        ("the borough", "the old town", "the district", "the county"),
        ("Springfield", "Almaty", "Marseille"),
    ),
    Carrier(
        LV,
        "{S} dzīvo {N} iedzīvotāju.",
        "{S} nedzīvo {N} iedzīvotāju.",
        ("Kuldīgā", "Pilsētā"),
        ("Vecpilsētā", "Apkaimē", "Novadā", "Kuldīgas novadā", "Parkā"),
        ("Rīgā", "Jelgavā", "Liepājā"),
    ),
    Carrier(
        LV,
        "{S} iedzīvotāju skaits 2021. gadā bija {N}.",
        "{S} iedzīvotāju skaits 2021. gadā nebija {N}.",
        ("Kuldīgas", "Pilsētas"),
        ("Vecpilsētas", "Apkaimes", "Novada", "Kuldīgas novada"),
        ("Rīgas", "Jelgavas", "Liepājas"),
    ),
    Carrier(
        RU,
        "В {S} проживает {N} человек.",
        "В {S} не проживает {N} человек.",
        ("Казани", "городе"),
        ("районе", "микрорайоне", "старом городе", "Вахитовском районе", "области"),
        ("Москве", "Самаре", "Уфе"),
    ),
    Carrier(
        RU,
        "Население {S} составляет {N} человек.",
        "Население {S} не составляет {N} человек.",
        ("Казани", "города"),
        ("района", "микрорайона", "Вахитовского района", "области", "старого города"),
        ("Москвы", "Самары", "Уфы"),
    ),
]


def grouped(value: int, language: Language) -> str:
    """The count as the language groups it: ``12,345`` or ``12 345``."""
    text = f"{value:,}"
    return text if language.code == "en" else text.replace(",", "\u00a0")


def populations(sentence: str, language: Language) -> list[int | float | str]:
    """The values of the populations a sentence gives about the carrier's place."""
    names = NAMES[language.code]
    return [f.value for f in extract(sentence, language, names=names) if f.kind == "population"]


def fill(template: str, subject: str, count: str) -> str:
    """The template with its subject (capitalised at the start) and count."""
    if template.startswith("{S}"):
        subject = subject[:1].upper() + subject[1:]
    return template.replace("{S}", subject).replace("{N}", count)


@pytest.mark.parametrize("carrier", CARRIERS, ids=repr)
def test_each_carrier_gives_the_place_s_population(carrier: Carrier) -> None:
    """The carrier with the place as its subject gives the count (the property's premise)."""
    count = grouped(12345, carrier.language)
    for subject in carrier.own:
        assert [12345] == populations(fill(carrier.template, subject, count), carrier.language)


@given(
    carrier=st.sampled_from(CARRIERS),
    value=st.integers(min_value=1000, max_value=9_999_999),
    data=st.data(),
)
def test_a_part_a_denial_or_another_place_never_gives_the_same_population(
    carrier: Carrier, value: int, data: st.DataObject
) -> None:
    """A sub-area subject, a negation or a foreign subject never gives the place's count."""
    language = carrier.language
    count = grouped(value, language)
    own = data.draw(st.sampled_from(carrier.own), label="own")
    assert [value] == populations(fill(carrier.template, own, count), language)
    part = data.draw(st.sampled_from(carrier.parts), label="part")
    assert value not in populations(fill(carrier.template, part, count), language)
    assert value not in populations(fill(carrier.negated, own, count), language)
    foreign = data.draw(st.sampled_from(carrier.foreign), label="foreign")
    assert value not in populations(fill(carrier.template, foreign, count), language)
    if language is EN:
        invented = data.draw(NAME, label="invented")
        assert value not in populations(fill(carrier.template, invented, count), language)


#: Invented English place names: ``Rozantel``, ``Garmuvor``.
NAME = st.lists(
    st.sampled_from(["ka", "ro", "zan", "tel", "mu", "vor", "lin", "gar", "bu", "sk"]),
    min_size=2,
    max_size=4,
).map(lambda parts: "".join(parts).capitalize())
