"""Language detection from the text alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from infobox.article.detect import SAMPLE, detect_language

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The city was founded in 1938 and is the centre of the region.", "en"),
        ("Pilsētu izveidoja 1938. gadā, un tā ir apgabala centrs.", "lv"),
        ("Город был основан в 1938 году и является центром области.", "ru"),
        ("Жезқазған — Қазақстандағы қала, Ұлытау облысының орталығы және ол үлкен.", "und"),
        ("Київ — столиця України і найбільше місто країни, він є на річці.", "und"),
        ("Die Stadt wurde 1938 gegründet und ist das Zentrum der Region.", "und"),
        ("", "und"),
        ("12 345 678 — 90", "und"),
        ("Berlin", "und"),
    ],
)
def test_detects_supported_languages_and_nothing_else(text: str, code: str) -> None:
    """en, lv and ru are told apart; Kazakh, Ukrainian, German and noise are `und`."""
    assert detect_language(text) == code


@pytest.mark.parametrize(
    ("name", "code"), [("lv.txt", "lv"), ("en-old.txt", "en"), ("en.wiki", "en")]
)
def test_zhezkazgan_seeds(name: str, code: str) -> None:
    """The seeds are detected as their languages, Cyrillic names notwithstanding."""
    text = (FIXTURES / "zhezkazgan" / name).read_text(encoding="utf-8")
    assert detect_language(text) == code


def test_only_the_sample_is_read() -> None:
    """Text after the first SAMPLE characters does not change the answer."""
    english = "The city is in the north of the country and it has a port. " * 400
    assert len(english) > SAMPLE
    assert detect_language(english + " и в на " * SAMPLE) == "en"


def test_latgalian_is_not_latvian() -> None:
    """Latgalian shares Latvian's letters and many words but writes `y`: not Latvian."""
    latgalian = (
        "Reiga ir Latvejis golvysmīsts i lelōkais mīsts. Jō ir lels ūsts pi Baltejis jiurys, "
        "kas ir svareigs par tierdzeibu. Reigā dzeivoj vairōk nakai 600 000 ļaužu, i ir "
        "daudzi muzeji ar vacom bazneicom."
    )
    assert detect_language(latgalian) == "und"
