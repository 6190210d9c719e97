"""Languages detection tells apart from the supported ones, without fact rules.

Each is only what :mod:`infobox.article.detect` reads: its script, its frequent
words (function words and the commonest words of settlement articles) and, for
Cyrillic, the letters its alphabet lacks. They are the languages a supported one is
most often confused with — Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian and
Kazakh for Russian; Lithuanian, Latgalian and Estonian for Latvian; German, French,
Dutch and the other large languages of Western Europe for English. A text that reads
as one of them is ``und``, never the supported language it resembles.
"""

from __future__ import annotations

from typing import Final

from . import Language, letters_outside, words

__all__ = ["OTHERS"]


def _cyrillic(code: str, name: str, alphabet: str, frequent: str) -> Language:
    return Language(
        code=code,
        name=name,
        script="Cyrillic",
        stopwords=words(frequent),
        foreign_letters=letters_outside(alphabet, "Cyrillic"),
    )


def _latin(code: str, name: str, frequent: str) -> Language:
    # Latin-script texts quote names in every orthography: no foreign letters.
    return Language(code=code, name=name, script="Latin", stopwords=words(frequent))


OTHERS: Final = (
    _cyrillic(
        "uk",
        "Ukrainian",
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
        "і й та у в на з із зі до від що як це був була було були його її їх також "
        "місто міста місті році року не за по для при під над між який яка яке які є ще "
        "вже де коли населення близько тисяч осіб розташоване розташований столиця "
        "області району",
    ),
    _cyrillic(
        "be",
        "Belarusian",
        "абвгґдеёжзійклмнопрстуўфхцчшыьэюя",
        "і й ў у на з да ад што як гэта быў была было былі яго яе іх таксама горад "
        "горада горадзе годзе года не за па для пры пад які якая якое якія каля тысяч "
        "чалавек насельніцтва сталіца вобласці раёна",
    ),
    _cyrillic(
        "bg",
        "Bulgarian",
        "абвгдежзийклмнопрстуфхцчшщъьюяѝ",
        "е са се и в на с по от до за към във със че това този тази който която които "
        "най след през при между като град градът града година години беше бил била "
        "било ще не население населението столица столицата област области района души "
        "жители около хиляди се намира е разположен ѝ му ги си",
    ),
    _cyrillic(
        "sr",
        "Serbian",
        "абвгдђежзијклљмнњопрстћуфхцчџш",
        "је су и у на са од до за по из као што који која које град града граду године "
        "био била било није ће се око хиљада становника попису главни налази",
    ),
    _cyrillic(
        "mk",
        "Macedonian",
        "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
        "е се и во на со од до за по како што кој која кое град градот година бил била "
        "било главен жители околу",
    ),
    _cyrillic(
        "kk",
        "Kazakh",
        "абвгғдеёжзийкқлмнңоөпрсстуұүфхһцчшщъыіьэюяә",
        "және мен бен пен да де та те бұл ол қала қаласы жылы облысы ауданы халқы бар "
        "болып ең орталығы астанасы мың адам",
    ),
    _latin(
        "lt",
        "Lithuanian",
        "ir yra su iš į kad kaip buvo bei per prie nuo iki po jo jos tai apie miestas "
        "miesto mieste metais metų gyventojų gyvena sostinė žmonių tūkstančių",
    ),
    _latin(
        "ltg",
        "Latgalian",
        "i ir ar nu pi kai ka kas jis jei jū tys ari beja byus par da ap iz mīsts mīsta "
        "mīstā golvysmīsts latvejis latvejā latgolys latgolā goda godā dzeivoj ļaužu "
        "centrys nūvoda skaits vairōk",
    ),
    _latin(
        "et",
        "Estonian",
        "ja on ei et see mis kui oli ka ning kes selle linn linna linnas aastal asub "
        "elab umbes inimest pealinn",
    ),
    _latin(
        "de",
        "German",
        "der die das und ist ein eine einer des dem den im zu mit von auf für als wurde "
        "wird liegt stadt sich nicht auch bei nach aus zum zur sind war hat einwohner "
        "gemeinde hauptstadt",
    ),
    _latin(
        "fr",
        "French",
        "le la les de des du un une et est à au aux en dans pour par sur qui que il elle "
        "ville commune a été son sa ses ce cette avec habitants capitale",
    ),
    _latin(
        "nl",
        "Dutch",
        "de het een van en in is op te dat die met voor zijn werd was aan als bij door "
        "ligt stad gemeente heeft er ook inwoners hoofdstad",
    ),
    _latin(
        "it",
        "Italian",
        "il lo la i gli le di del della dei delle e è un una in per con da su che comune "
        "città nel nella al alla abitanti capitale",
    ),
    _latin(
        "es",
        "Spanish",
        "el la los las de del y en es un una por con para que ciudad se su al como fue "
        "no habitantes capital",
    ),
    _latin(
        "pt",
        "Portuguese",
        "o a os as de do da dos das e em é um uma por com para que cidade no na se foi ao "
        "habitantes capital",
    ),
    _latin(
        "pl",
        "Polish",
        "i w na z się do jest nie że to od po jak oraz miasto miasta roku przez dla jego "
        "mieszkańców stolica",
    ),
    _latin(
        "cs",
        "Czech",
        "a v na se je z do že to od po jak město města roku který která které pro jeho "
        "obyvatel hlavní",
    ),
    _latin(
        "sv",
        "Swedish",
        "och i på är att en ett av som för med den det till stad staden har invånare huvudstad",
    ),
    _latin(
        "vi",
        "Vietnamese",
        "là và của các những một trong được có này cho với người thành phố năm tỉnh "
        "huyện thủ đô dân số",
    ),
    _latin(
        "id",
        "Indonesian",
        "yang dan di adalah ini dengan untuk dari pada kota ke itu sebagai juga tahun penduduk ibu",
    ),
    _latin(
        "sw",
        "Swahili",
        "ni na ya wa la kwa katika mji za cha pia wakazi mkuu",
    ),
    _latin(
        "tl",
        "Tagalog",
        "ang ng sa mga na ay isang at ito lungsod kabisera",
    ),
)
