"""The rules of each language, one module per language.

A language module (``en``, ``lv``, ``ru``, …) defines one :class:`Language`: the
words the sentence splitter, the language detector and the fact rules need.
Adding a language is adding a module here and listing it in :data:`LANGUAGES`.

Word lists for the fact rules (:class:`FactWords`) are *phrases*: a string of
words separated by spaces, matched word by word against the sentence's words
(lower-cased) and punctuation, so ``"above sea level"``, ``"tūkst."`` and
``"к юго-западу"`` are phrases of three, two and four tokens (the hyphen is a
token of its own). A word ending in ``*`` is a stem: ``"iedzīvotāj*"`` matches
``iedzīvotāji``, ``iedzīvotāju`` and ``iedzīvotājiem``. Units are the exception:
they are matched with their case as written (``MW`` is not ``mw``, ``m`` is not
``M``), so each spelling is listed.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import attrs

from ...models import FrozenMap

__all__ = ["COMMON_UNITS", "LANGUAGES", "FactWords", "Language", "words"]


def words(text: str) -> frozenset[str]:
    """The set of the space-separated words of ``text``, for writing word lists compactly.

    >>> sorted(words("and or  but"))
    ['and', 'but', 'or']
    """
    return frozenset(text.split())


#: The spaces that group digits in every language: space, no-break space, narrow
#: no-break space and thin space.
SPACE_SEPARATORS: Final = frozenset(" \u00a0\u202f\u2009")

#: Unit symbols written the same way in every language, to their canonical unit:
#: ``km``, ``mi``, ``m``, ``ft``, ``°C``, ``°F``, ``%``, ``km2``, ``sqmi``, ``ha``,
#: ``MW``, ``GW``. Language modules add their own words to these.
COMMON_UNITS: Final[FrozenMap[str, str]] = FrozenMap(
    {
        "km": "km",
        "mi": "mi",
        "m": "m",
        "ft": "ft",
        "°C": "°C",
        "° C": "°C",
        "°С": "°C",  # Cyrillic Es, as Russian texts often write it
        "℃": "°C",
        "°F": "°F",
        "℉": "°F",
        "%": "%",
        "km²": "km2",
        "km2": "km2",
        "km^2": "km2",
        "mi²": "sqmi",
        "ha": "ha",
        "MW": "MW",
        "GW": "GW",
    }
)


@attrs.frozen(kw_only=True)
class FactWords:
    """The words the fact rules of :mod:`infobox.article.facts` look for in one language.

    Every field is data; the engine knows no word of any language. Phrases are
    written as described in this module's docstring. Fields that map a phrase to
    a value say so; the others are sets of phrases. Where a rule looks for a
    phrase (before the number, after it, anywhere in the sentence) is described
    in ``docs/facts.md``.

    >>> FactWords(groups=FrozenMap({"kazahi": "Kazakhs"})).groups["kazahi"]
    'Kazakhs'
    """

    #: Unit as written -> canonical unit (see :data:`COMMON_UNITS`); case-sensitive.
    units: FrozenMap[str, str] = attrs.field(factory=FrozenMap)
    #: Compass direction phrase after a distance -> ``N``, ``NE``, … ``NW``.
    directions: FrozenMap[str, str] = attrs.field(factory=FrozenMap)
    #: Ethnic or other group, in any case form -> its English name (``kazahi`` -> ``Kazakhs``).
    groups: FrozenMap[str, str] = attrs.field(factory=FrozenMap)
    #: Right before a number: the number is approximate (``about``, ``ap``, ``около``).
    approximate: frozenset[str] = frozenset()
    #: Right before a number: the number is a bound, not a value (``more than``, ``более``).
    bounds: frozenset[str] = frozenset()
    #: Right after a number (its scale word or unit): the number is a bound, not a
    #: value (``or more``, ``un vairāk``, ``с лишним``). A ``+`` written against the
    #: number (``300+``) is one in every language.
    bounds_after: frozenset[str] = frozenset()
    #: Right before a count: the count is a change, not a population (``by``, ``par``).
    changes: frozenset[str] = frozenset()
    #: Before a count: the count is a population (``population``, ``население``).
    population: frozenset[str] = frozenset()
    #: Right after a population word: it is not about a head count (``density``).
    not_population: frozenset[str] = frozenset()
    #: Between a population word and its count: the words that tie them (``is``,
    #: ``was``, ``of``, ``totals``, ``составляет``, ``bija``, ``—``). Years, dates and
    #: their words may stand among them; any other word unties the count.
    population_links: frozenset[str] = frozenset()
    #: Right after a population word: the word opening its owner (``of`` in
    #: ``the population of Alabama was``). Empty in a language that puts the owner in
    #: the genitive without a word (``население объединённого Берлина составляло``):
    #: then up to three words of any kind may.
    population_of: frozenset[str] = frozenset()
    #: Words that name a part of the population, not all of it (``foreign``,
    #: ``migrants``, ``students``, ``иностранцев``, ``ārzemnieku``): before a
    #: population word, right after a count or after its resident word.
    subgroups: frozenset[str] = frozenset()
    #: Right before a count: it is a part of a count named before (``of whom``, ``из них``).
    partitives: frozenset[str] = frozenset()
    #: Right before the first number of a range or change (``from``, ``between``, ``с``).
    range_from: frozenset[str] = frozenset()
    #: Between the two numbers of a range or change (``to``, ``and``, ``до``, ``līdz``).
    range_to: frozenset[str] = frozenset()
    #: Right after a share or an area: the whole it is a part of (``of``, ``no``,
    #: ``от``, ``всех``). A share must then be of the population; an area is then
    #: the area of something else (``700 km² of vineyards``).
    of_words: frozenset[str] = frozenset()
    #: Group words that are also adjectives (English ``German``, ``Catholic``): they
    #: name a group only when no other noun follows (``German top athletes``,
    #: ``the Catholic Church`` are not groups).
    adjective_groups: frozenset[str] = frozenset()
    #: Right after a count: the count is a population (``inhabitants``, ``жителей``).
    residents: frozenset[str] = frozenset()
    #: Right after a count: people, a population only with a population word or a
    #: living word near (``people``, ``человек``).
    people: frozenset[str] = frozenset()
    #: Near a count of people: they live there (``live``, ``dzīvo``, ``проживает``).
    living: frozenset[str] = frozenset()
    #: Scope marker -> ``city``, ``urban`` or ``metro``.
    scopes: FrozenMap[str, str] = attrs.field(factory=FrozenMap)
    #: Right before a year: the year dates a count (``as of``, ``in``, ``на``).
    year_before: frozenset[str] = frozenset()
    #: Right after a year: the year dates a count (``census``, ``gadā``, ``году``).
    year_after: frozenset[str] = frozenset()
    #: Right before a year: the year bounds a date, so it is no founding year
    #: (``before``, ``no later than``, ``pirms``, ``после``).
    date_bounds: frozenset[str] = frozenset()
    #: A verb or noun of founding (``founded``, ``dibināta``, ``основан``).
    founding: frozenset[str] = frozenset()
    #: Words that name the article's own place (``city``, ``it``, ``pilsēta``, ``город``).
    own_place: frozenset[str] = frozenset()
    #: After a founding year: what was founded (``as a village``, ``как посёлок``).
    as_words: frozenset[str] = frozenset()
    #: Relative pronouns (``that``, ``which``, ``kas``, ``который``): a founding after
    #: one is about the noun before it.
    relatives: frozenset[str] = frozenset()
    #: Before a temperature -> ``mean``, ``max``, ``min``, ``mean_max``, ``mean_min``.
    statistics: FrozenMap[str, str] = attrs.field(factory=FrozenMap)
    #: Near a mean temperature without a month: it is the year's (``annual``, ``среднегодовая``).
    annual: frozenset[str] = frozenset()
    #: Next to a temperature: it is a threshold, not a climate value (``isotherm``, ``freezing``).
    thresholds: frozenset[str] = frozenset()
    #: Month words that name a month only next to a day number (English ``may``).
    day_months: FrozenMap[str, int] = attrs.field(factory=FrozenMap)
    #: Before a length: it is an elevation (``elevation``, ``altitude``).
    elevation: frozenset[str] = frozenset()
    #: After a length -> 1 above sea level, -1 below (``above sea level``, ``над уровнем моря``).
    sea_level: FrozenMap[str, int] = attrs.field(factory=FrozenMap)
    #: Right after a length: it is a height, the structure named next (``tall``, ``augsts``).
    height_after: frozenset[str] = frozenset()
    #: Right before a length: it is a height, the structure named before (``высотой``).
    height_before: frozenset[str] = frozenset()
    #: Nouns that name a facility with a capacity (``power plant``, ``ТЭЦ``).
    facilities: frozenset[str] = frozenset()
    #: After a distance's direction, before the place (``of``, ``from``, ``no``, ``от``).
    from_place: frozenset[str] = frozenset()
    #: Right after a distance with no direction, before the place (``from``, ``no``, ``от``).
    distance_from: frozenset[str] = frozenset()
    #: After a number or a count's noun: it is a rate (``per``, ``uz``, ``на``), as ``/`` is.
    per: frozenset[str] = frozenset()
    #: Verbs of lying somewhere: the place is their subject or follows them (``lies``, ``atrodas``).
    location_verbs: frozenset[str] = frozenset()
    #: Words that end a name phrase (``and``, ``which``, ``un``, ``и``).
    phrase_stops: frozenset[str] = frozenset()
    #: Articles dropped from the start of a name phrase (``the``).
    articles: frozenset[str] = frozenset()
    #: Region head word as written, lower-case -> (nominative, gender); an empty
    #: nominative keeps the word as written (``province`` -> ``("", "")``,
    #: ``apgabala`` -> ``("apgabals", "")``, ``области`` -> ``("область", "f")``).
    region_heads: FrozenMap[str, tuple[str, str]] = attrs.field(factory=FrozenMap)
    #: Gender -> (ending as written, nominative ending) for the adjectives of a
    #: region's name, longest first (``ской`` -> ``ская``).
    adjective_endings: FrozenMap[str, tuple[tuple[str, str], ...]] = attrs.field(factory=FrozenMap)
    #: Right before a region's name: the place is in it (``city in``, ``capital of``).
    region_before: frozenset[str] = frozenset()
    #: Right after a region's name: the place is in it (``centrs``).
    region_after: frozenset[str] = frozenset()
    #: Before a region: it is a former one (``previously``, ``agrāk``, ``ранее``).
    former: frozenset[str] = frozenset()
    #: Right before a year: the region holds since then (``since``, ``kopš``, ``с``).
    since: frozenset[str] = frozenset()
    #: Words that join two statements: a count's scope is named before them (``and``, ``un``).
    conjunctions: frozenset[str] = frozenset()
    #: Words that end the reach of a former or since marker (``but``, ``now``, ``но``).
    resets: frozenset[str] = frozenset()

    # Populations: whose count it is, and counts owned by the place (docs/facts.md).
    #: Nouns of an area that is not the place itself: a part of it (``borough``,
    #: ``park``, ``old town``, ``район``, ``apkaime``) or a region around it
    #: (``county``, ``novads``). A count said of one is not the place's population.
    other_areas: frozenset[str] = frozenset()
    #: A pronoun standing for an area named before it (``в ней``, ``tajā``) -> the
    #: genders of the nouns it may stand for (``f``, ``mn``). A count said of it takes
    #: the scope of the last such area named before it, in its sentence or the one before.
    area_pronouns: FrozenMap[str, str] = attrs.field(factory=FrozenMap)
    #: An area noun (a scope phrase, an other area, ``столица``) -> its gender
    #: (``агломерац*`` -> ``f``), for finding what an area pronoun stands for.
    area_genders: FrozenMap[str, str] = attrs.field(factory=FrozenMap)
    #: The first word of a sentence that opens with a count in a phrase of its own
    #: (``With 2,400,000 inhabitants in 2019, the Lyon metropolitan area is …``): the
    #: count belongs to the subject after that phrase.
    fronted: frozenset[str] = frozenset()
    #: Nouns that are a population word only when the place owns them
    #: (``its official estimate for 2022 was 48,200``).
    estimates: frozenset[str] = frozenset()
    #: Words that make the place the owner of the noun after them (``its``); a name
    #: of the place or an own-place word with ``'s`` does too (``the town's``).
    possessives: frozenset[str] = frozenset()
    #: Between two counts of a series, besides ``,``, ``;`` and the conjunctions: a
    #: count of another year compared (``down from``, ``против``, ``salīdzinot ar``).
    series_links: frozenset[str] = frozenset()
    #: Before the source of a figure (``according to``, ``по данным``, ``saskaņā ar``):
    #: a name within three words after them is no place a count is said of.
    sources: frozenset[str] = frozenset()

    # --- negation, and the words of the kinds' rules added with it (issue 13) ---------
    #: Words that negate the clause they stand in (``not``, ``never``, ``no longer``;
    #: ``ne``, ``nav``; ``не``, ``нет``): a fact stated there is none.
    negations: frozenset[str] = frozenset()
    #: Phrases that open with a negation word but do not negate the statement
    #: (``not only``, ``not far``; ``ne tikai``; ``не только``). Bounds and date
    #: bounds (``не менее``, ``ne vēlāk kā``) are exceptions by themselves.
    negation_exceptions: frozenset[str] = frozenset()
    #: A negative prefix written against a verb (Latvian ``ne``: ``neietilpst``); it is
    #: a negation only on a verb of the fact rules (lying, living, founding, region
    #: relations, population links, :attr:`memberships`). Empty when the language has none.
    negation_prefix: str = ""
    #: Words that state the place is part of a region, also in a clause that refers
    #: back to a region named before (``part``, ``belongs``; ``sastāvā``, ``ietilpst``;
    #: ``состав``, ``входит``): negated, they undo that region.
    memberships: frozenset[str] = frozenset()
    #: The own-place words that are pronouns (``it``, ``its``; ``tā``, ``tās``; ``он``,
    #: ``его``): they may stand for anything named before, so a founding far from its
    #: verb and an area need a noun or a name of the place, not one of these.
    pronouns: frozenset[str] = frozenset()


@attrs.frozen(kw_only=True, cache_hash=True)
class Language:
    """What the article reader knows about one language.

    >>> from infobox.article.languages.en import ENGLISH
    >>> ENGLISH.code, "the" in ENGLISH.stopwords
    ('en', True)
    """

    #: ISO 639-1 code, as in :attr:`infobox.Article.lang`.
    code: str
    #: The language's English name.
    name: str
    #: The script its words are written in: ``Latin`` or ``Cyrillic``.
    script: str
    #: Frequent short words, lower-case; detection counts them.
    stopwords: frozenset[str]
    #: Letters typical of the language and rare elsewhere (Latvian ``ā``); detection
    #: counts them. Empty when the language has none.
    letters: frozenset[str] = frozenset()
    #: Letters that show the text is *not* this language although the script
    #: matches (Kazakh ``қ`` in Cyrillic text that is not Russian).
    foreign_letters: frozenset[str] = frozenset()
    #: Lower-case words written with a final period that does not end a sentence,
    #: without that period (``approx``, ``tūkst``, ``г``). Multi-part ones list each
    #: part as written before its period (``e.g`` for ``e.g.``).
    abbreviations: frozenset[str] = frozenset()
    #: Whether ``24,5`` is twenty-four and a half (a decimal comma).
    decimal_comma: bool = False
    #: Characters that group the digits of a number in threes (``148,700``,
    #: ``150 000``): the spaces, and the comma where it is not the decimal mark.
    group_separators: frozenset[str] = SPACE_SEPARATORS
    #: Whether a period right after a number makes it an ordinal (Latvian
    #: ``1938. gadā``, ``16. maijā``).
    ordinal_period: bool = False
    #: Month names in every form the language uses, lower-case phrases -> 1–12.
    months: FrozenMap[str, int] = attrs.field(factory=FrozenMap)
    #: Scale words after a number, lower-case phrases -> multiplier
    #: (``thousand`` -> 1000, ``tūkst.`` -> 1000, ``млн`` -> 1000000).
    scales: FrozenMap[str, int] = attrs.field(factory=FrozenMap)
    #: The words of the fact rules.
    facts: FactWords = FactWords()


def _registry() -> Mapping[str, Language]:
    from .en import ENGLISH
    from .lv import LATVIAN
    from .ru import RUSSIAN

    return MappingProxyType({lang.code: lang for lang in (ENGLISH, LATVIAN, RUSSIAN)})


#: Every supported language by its code.
LANGUAGES: Final[Mapping[str, Language]] = _registry()
