"""English."""

from __future__ import annotations

from typing import Final

from ...models import FrozenMap
from . import COMMON_UNITS, FactWords, Language, words

__all__ = ["ENGLISH"]

_POINTS: Final = {"north": "N", "south": "S", "east": "E", "west": "W"}
# "southwest", "south-west", "south west" and "to the south west" are all SW.
_COMPASS: Final = {
    **_POINTS,
    **{
        f"{ns}{sep}{ew}": _POINTS[ns] + _POINTS[ew]
        for ns in ("north", "south")
        for ew in ("east", "west")
        for sep in ("", "-", " ")
    },
}

_MONTHS: Final = (
    *("january", "february", "march", "april", "may", "june"),
    *("july", "august", "september", "october", "november", "december"),
)

# The census's races and ethnicity, each as the US census writes it. "From other races"
# and "from two or more races" are left out: a rest and a mix, no group of people.
_CENSUS_GROUPS: Final = {
    "White": ("white",),
    # Plain "Black" is left out: outside the US census it is no "African American".
    "African American": ("african american", "black or african american"),
    "Native American": (
        "native american",
        "american indian",
        "american indian and alaska native",
        "american indian or alaska native",
    ),
    "Asian": ("asian",),
    "Pacific Islander": (
        "pacific islander",
        "native hawaiian and other pacific islander",
        "native hawaiian or other pacific islander",
    ),
    "Hispanic or Latino": ("hispanic or latino", "hispanic or latino of any race"),
}

ENGLISH: Final = Language(
    code="en",
    name="English",
    script="Latin",
    stopwords=words(
        "the of and to in is was a an for on by with as at from that which it its are were "
        "has had have be been this or also city town"
    ),
    abbreviations=words(
        "mr mrs ms dr st mt ft jr sr prof gen col lt sgt rev gov sen rep inc ltd co corp "
        "no nos vol pp p ed eds approx est ca c cf vs etc al e.g i.e e g i a.d b.c "
        "u.s u.k u.s.s.r jan feb mar apr jun jul aug sep sept oct nov dec fig"
    ),
    decimal_comma=False,
    group_separators=frozenset(", \u00a0\u202f\u2009"),
    # "may" alone is too often the verb: the month needs "in" or "of" before it.
    months=FrozenMap(
        {
            **{name: number for number, name in enumerate(_MONTHS, 1) if name != "may"},
            "in may": 5,
            "of may": 5,
        }
    ),
    scales=FrozenMap({"thousand": 10**3, "million": 10**6, "mln": 10**6, "billion": 10**9}),
    facts=FactWords(
        units=FrozenMap(
            {
                **COMMON_UNITS,
                **dict.fromkeys(
                    ("kilometre", "kilometres", "kilometer", "kilometers", "kms"), "km"
                ),
                **dict.fromkeys(("mile", "miles"), "mi"),
                **dict.fromkeys(("metre", "metres", "meter", "meters"), "m"),
                **dict.fromkeys(("foot", "feet"), "ft"),
                **dict.fromkeys(("degrees Celsius", "degrees C"), "°C"),
                **dict.fromkeys(("degrees Fahrenheit", "degrees F"), "°F"),
                **dict.fromkeys(("percent", "per cent"), "%"),
                **dict.fromkeys(
                    (
                        "sq km",
                        "sq. km",
                        "square kilometre",
                        "square kilometres",
                        "square kilometer",
                        "square kilometers",
                    ),
                    "km2",
                ),
                **dict.fromkeys(("sq mi", "sq. mi", "square mile", "square miles"), "sqmi"),
                **dict.fromkeys(("hectare", "hectares"), "ha"),
                **dict.fromkeys(("megawatt", "megawatts"), "MW"),
                **dict.fromkeys(("gigawatt", "gigawatts"), "GW"),
            }
        ),
        directions=FrozenMap(
            {
                **_COMPASS,
                **{f"to the {words}": point for words, point in _COMPASS.items()},
                **{"ne": "NE", "nw": "NW", "se": "SE", "sw": "SW"},
            }
        ),
        groups=FrozenMap(
            {
                form: plural
                for plural, forms in {
                    "Kazakhs": "kazakhs kazakh",
                    "Russians": "russians russian",
                    "Ukrainians": "ukrainians ukrainian",
                    "Germans": "germans german",
                    "Chechens": "chechens chechen",
                    "Koreans": "koreans korean",
                    "Tatars": "tatars tatar",
                    "Uzbeks": "uzbeks uzbek",
                    "Belarusians": "belarusians belarusian",
                    "Poles": "poles",
                    "Latvians": "latvians latvian",
                    "Lithuanians": "lithuanians lithuanian",
                    "Estonians": "estonians estonian",
                    "Jews": "jews jewish",
                    "Armenians": "armenians armenian",
                    "Azerbaijanis": "azerbaijanis azerbaijani",
                    "Uyghurs": "uyghurs uyghur",
                    "Kyrgyz": "kyrgyz",
                    "Bashkirs": "bashkirs bashkir",
                    "Ingush": "ingush",
                    "Greeks": "greeks greek",
                    "Moldovans": "moldovans moldovan",
                    "Georgians": "georgians georgian",
                    "Dungans": "dungans dungan",
                    "Roma": "roma",
                    "Finns": "finns",
                    "Muslims": "muslims muslim islam",
                    "Christians": "christians christian christianity",
                    "Hindus": "hindus hindu hinduism",
                    "Orthodox Christians": "orthodox",
                    "Catholics": "catholics catholic",
                    "Lutherans": "lutherans lutheran",
                    "French": "french",
                }.items()
                for form in forms.split()
            }
            # The races and ethnicity of the US census ("88.2% White, 6.1% African
            # American"; "Hispanic or Latino of any race were 4.9%"), as the census names them.
            | {form: group for group, forms in _CENSUS_GROUPS.items() for form in forms}
        ),
        # The singular forms double as adjectives: "German top athletes".
        adjective_groups=words(
            "white black asian hispanic latino islander american french hindu "
            "kazakh russian ukrainian german chechen korean tatar uzbek belarusian latvian "
            "lithuanian estonian jewish armenian azerbaijani uyghur bashkir greek moldovan "
            "georgian dungan muslim christian orthodox catholic lutheran"
        ),
        approximate=frozenset(
            (
                "about",
                "around",
                "approximately",
                "approx",
                "approx.",
                "roughly",
                "nearly",
                "almost",
                "some",
                "circa",
                "c.",
                "ca.",
                "ca",
                "an estimated",
                "estimated",
                "est.",
                "~",
                "≈",
            )
        ),
        bounds=frozenset(
            (
                "more than",
                "over",
                "fewer than",
                "less than",
                "under",
                "at least",
                "at most",
                "up to",
                "upwards of",
                "in excess of",
                "greater than",
                "above",
                "below",
                "exceeding",
                "exceeds",
                "exceeded",
                "surpassed",
                "beyond",
                "north of",
                "south of",
                "shy of",
                "short of",
                "as many as",
                "as much as",
                "as high as",
                "as low as",
                "<",
                ">",
                "≤",
                "≥",
            )
        ),
        bounds_after=frozenset(
            (
                "or more",
                "or over",
                "or above",
                "or greater",
                "or higher",
                "and more",
                "and over",
                "and above",
                "and up",
                "and upwards",
                "or fewer",
                "or less",
                "or lower",
                "or below",
                "or under",
                "plus",
            )
        ),
        changes=frozenset(("by", "a further", "another", "an additional", "additional")),
        population=frozenset(("population", "populace", "number of inhabitants")),
        not_population=frozenset(
            ("density", "growth", "decline", "increase", "decrease", "change", "rank")
        ),
        population_links=frozenset(
            (
                *("is", "was", "were", "are", "be", "been", "being", "has", "had", "have"),
                *("of", "at", "to", "only", "just", "total", "totals", "totalled", "totaled"),
                *("totalling", "totaling", "reached", "numbered", "numbers", "stood", "stands"),
                *("estimated", "estimate", "estimates", "census", "recorded", "counted"),
                *("—", "–", ":"),
            )
        ),
        population_of=frozenset(("of", "in", "within")),
        subgroups=frozenset(
            (
                *("foreign", "foreigners", "foreign-born", "immigrant*", "migrant*"),
                *("emigrant*", "expatriate*", "refugee*", "student*", "pupil*", "member*"),
                *("worker*", "employee*", "rural", "male", "female", "black", "white"),
                *("hispanic", "latino", "asian", "african", "afrikaner*", "minorit*"),
                *("indigenous", "native", "elderly", "working-age"),
                *("prison", "prisoner*", "inmate*"),
            )
        ),
        partitives=frozenset(
            ("of whom", "of which", "including", "among them", "among whom", "incl.")
        ),
        range_from=frozenset(("from", "between")),
        range_to=frozenset(("to", "and", "until", "till")),
        of_words=frozenset(("of",)),
        residents=frozenset(("inhabitants", "residents", "dwellers")),
        people=frozenset(("people", "persons", "souls")),
        living=frozenset(
            ("live", "lived", "living", "lives", "reside", "resided", "residing", "home to")
        ),
        scopes=FrozenMap(
            {
                **dict.fromkeys(
                    ("city", "town", "village", "settlement", "city proper", "municipality"),
                    "city",
                ),
                **dict.fromkeys(
                    (
                        "urban area",
                        "urban agglomeration",
                        "agglomeration",
                        "conurbation",
                        "built-up area",
                    ),
                    "urban",
                ),
                **dict.fromkeys(
                    ("metropolitan area", "metro area", "metropolitan region", "metropolitan"),
                    "metro",
                ),
            }
        ),
        year_before=frozenset(
            (
                *("in", "as of", "of", "at", "by", "in the", "at the", "of the", "to the"),
                *("by the", "for"),
            )
        ),
        year_after=frozenset(("census", "estimate", "estimates")),
        date_bounds=frozenset(
            (
                "before",
                "after",
                "by",
                "until",
                "till",
                "prior to",
                "no later than",
                "not later than",
                "no earlier than",
                "not earlier than",
                "as early as",
                "as late as",
            )
        ),
        founding=frozenset(
            ("founded", "established", "created", "founding", "foundation", "set up")
        ),
        own_place=frozenset(
            (
                *("city", "town", "village", "settlement", "hamlet", "municipality", "it", "its"),
                # A US census-designated place's article calls it so: "the CDP has a total area".
                *("cdp", "census-designated place", "census designated place"),
            )
        ),
        as_words=frozenset(("as",)),
        relatives=words("that which who whom whose"),
        statistics=FrozenMap(
            {
                # "average January low temperatures"
                **{
                    f"{word} {month} {end}": stat
                    for word in ("average", "mean")
                    for month in _MONTHS
                    for end, stat in (("low", "mean_min"), ("high", "mean_max"))
                },
                "average": "mean",
                "mean": "mean",
                "average high": "mean_max",
                "average low": "mean_min",
                "mean maximum": "mean_max",
                "mean minimum": "mean_min",
                "highest": "max",
                "maximum": "max",
                "record high": "max",
                "lowest": "min",
                "minimum": "min",
                "record low": "min",
            }
        ),
        annual=frozenset(
            ("annual", "annually", "yearly", "year-round", "all year", "for the year")
        ),
        thresholds=frozenset(
            ("isotherm*", "freezing", "threshold*", "boiling", "melting", "dew point")
        ),
        day_months=FrozenMap({"may": 5}),
        elevation=frozenset(("elevation", "altitude")),
        sea_level=FrozenMap(
            {
                "above sea level": 1,
                "above mean sea level": 1,
                "amsl": 1,
                "asl": 1,
                "a.s.l.": 1,
                "below sea level": -1,
            }
        ),
        height_after=frozenset(("tall", "high", "in height")),
        height_before=frozenset(),
        facilities=frozenset(
            (
                "power plant",
                "power station",
                "plant",
                "station",
                "dam",
                "wind farm",
                "solar farm",
                "solar park",
                "gres",
                "chp",
            )
        ),
        from_place=frozenset(("of", "from", "away from")),
        distance_from=frozenset(("from", "away from")),
        per=frozenset(("per",)),
        location_verbs=frozenset(
            ("lies", "lie", "located", "situated", "sits", "stands", "is", "are")
        ),
        phrase_stops=words(
            "and or but which where that while with by on in at near along via to is was are "
            "were has have had lies lie located situated for from as its where whose when "
            "than there this these those"
        ),
        articles=frozenset(("the", "a", "an")),
        region_heads=FrozenMap(
            dict.fromkeys(
                (
                    "province",
                    "region",
                    "oblast",
                    "county",
                    "district",
                    "governorate",
                    "voivodeship",
                    "prefecture",
                ),
                ("", ""),
            )
        ),
        region_before=frozenset(
            (
                "city in",
                "town in",
                "village in",
                "settlement in",
                "capital of",
                "center of",
                "centre of",
                "seat of",
                "part of",
                "located in",
                "situated in",
                "lies in",
                # what the US census calls a place: "a census-designated place (CDP) in
                # Placer County", "an unincorporated community in Lincoln County"
                *("place in", "cdp ) in", "community in"),
            )
        ),
        former=frozenset(("previously", "formerly", "until", "earlier", "prior to")),
        since=frozenset(("since",)),
        conjunctions=words("and or but while whereas"),
        resets=frozenset(("but", "however", "now", "today", "currently", "whereas", "since")),
        # Populations: whose count it is (other areas, fronted phrases, estimates).
        other_areas=frozenset(
            (
                *("borough", "boroughs", "district", "districts", "neighbourhood"),
                *("neighbourhoods", "neighborhood", "neighborhoods", "quarter", "ward"),
                *("suburb", "suburbs", "park", "old town", "old city", "precinct"),
                *("county", "province", "region", "oblast", "state", "country"),
                # "the Greater Toronto Area", "Greater Manchester": an area wider than the
                # place, named after it.
                "greater",
            )
        ),
        fronted=words("with having"),
        estimates=frozenset(
            ("estimate", "official estimate", "latest estimate", "most recent estimate")
        ),
        possessives=words("its"),
        sources=frozenset(("according to", "as reported by", "reported by", "estimated by")),
        series_links=frozenset(
            (
                "down from",
                "up from",
                "compared with",
                "compared to",
                "as against",
            )
        ),
        # --- negation (issue 13) ---------------------------------------------------------
        negations=frozenset(
            (
                *("not", "never", "no longer", "neither", "nor", "none", "nowhere"),
                *("isn't", "wasn't", "aren't", "weren't", "doesn't", "didn't", "don't"),
                *("hasn't", "haven't", "hadn't", "cannot", "can't"),
            )
        ),
        negation_exceptions=frozenset(
            ("not only", "not just", "not far", "not least", "not until", "never before")
        ),
        memberships=frozenset(("part", "belong*", "within", "included")),
        pronouns=frozenset(("it", "its")),
        history_headings=frozenset(("histor*",)),
    ),
    # Detection only: frequent words of settlement articles (see Language.detection_words).
    detection_words=words(
        "population located lies capital village county census inhabitants residents borough "
        "largest"
    ),
)
