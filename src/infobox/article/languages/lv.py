"""Latvian."""

from __future__ import annotations

from typing import Final

from ...models import FrozenMap
from . import COMMON_UNITS, FactWords, Language, words

__all__ = ["LATVIAN"]

# Month -> its forms: nominative, locative ("jūlijā", in July), genitive, dative,
# accusative ("uz 1. janvāri", as of 1 January).
_MONTHS: Final = (
    "janvāris janvārī janvāra janvārim janvāri",
    "februāris februārī februāra februārim februāri",
    "marts martā marta martam martu",
    "aprīlis aprīlī aprīļa aprīlim aprīli",
    "maijs maijā maija maijam maiju",
    "jūnijs jūnijā jūnija jūnijam jūniju",
    "jūlijs jūlijā jūlija jūlijam jūliju",
    "augusts augustā augusta augustam augustu",
    "septembris septembrī septembra septembrim septembri",
    "oktobris oktobrī oktobra oktobrim oktobri",
    "novembris novembrī novembra novembrim novembri",
    "decembris decembrī decembra decembrim decembri",
)

# Direction -> its stem: "uz dienvidrietumiem" (towards the south-west), "dienvidrietumos"
# (in the south-west), "dienvidrietumu virzienā" (in the south-western direction).
_POINTS: Final = {
    "ziemeļ": "N",
    "dienvid": "S",
    "austrum": "E",
    "rietum": "W",
    "ziemeļaustrum": "NE",
    "ziemeļrietum": "NW",
    "dienvidaustrum": "SE",
    "dienvidrietum": "SW",
}

_REGIONS: Final = {
    "apgabals": "apgabals apgabala apgabalā apgabalam apgabalu",
    "novads": "novads novada novadā novadam novadu",
    "rajons": "rajons rajona rajonā rajonam rajonu",
    "province": "province provinces provincē provincei provinci",
    "reģions": "reģions reģiona reģionā reģionam reģionu",
    "apriņķis": "apriņķis apriņķa apriņķī apriņķim apriņķi",
    "oblasts": "oblasts oblasta oblastā",
    "pagasts": "pagasts pagasta pagastā pagastam pagastu",
}

_GROUPS: Final = {
    "Kazakhs": "kazahi kazahu kazahiem",
    "Russians": "krievi krievu krieviem",
    "Ukrainians": "ukraiņi ukraiņu ukraiņiem",
    "Germans": "vācieši vāciešu vāciešiem",
    "Chechens": "čečeni čečenu čečeniem",
    "Koreans": "korejieši korejiešu korejiešiem",
    "Latvians": "latvieši latviešu latviešiem",
    "Lithuanians": "lietuvieši lietuviešu",
    "Estonians": "igauņi igauņu",
    "Belarusians": "baltkrievi baltkrievu",
    "Poles": "poļi poļu",
    "Tatars": "tatāri tatāru",
    "Uzbeks": "uzbeki uzbeku",
    "Jews": "ebreji ebreju",
    "Armenians": "armēņi armēņu",
    "Azerbaijanis": "azerbaidžāņi azerbaidžāņu",
    "Uyghurs": "uiguri uiguru",
    "Kyrgyz": "kirgīzi kirgīzu",
    "Bashkirs": "baškīri baškīru",
    "Ingush": "inguši ingušu",
    "Greeks": "grieķi grieķu",
    "Moldovans": "moldāvi moldāvu",
    "Georgians": "gruzīni gruzīnu",
    "Roma": "čigāni čigānu romi romu",
    "Finns": "somi somu",
    "Muslims": "musulmaņi musulmaņu",
    "Christians": "kristieši kristiešu",
    "Orthodox Christians": "pareizticīgie pareizticīgo",
    "Catholics": "katoļi katoļu",
    "Lutherans": "luterāņi luterāņu",
    "French": "franči franču",
}

LATVIAN: Final = Language(
    code="lv",
    name="Latvian",
    script="Latin",
    stopwords=words(
        "un ir no uz ar par kas ka arī bet vai tiek tika gadā gada līdz pēc pie pilsēta "
        "pilsētā tās tā šī kā to ir bija"
    ),
    letters=frozenset("āēīūčšžģķļņ"),
    # Latvian writes no "y" but in foreign names (under 0.2 % of letters in the
    # fixtures); Latgalian, written with the same letters, has 1.5–4 % of them.
    foreign_letters=frozenset("y"),
    abbreviations=words(
        "g gs t.sk u.c utt piem apm tūkst milj sk att nr lpp dz pag sal prof dr t sk u c"
    ),
    decimal_comma=True,
    ordinal_period=True,
    months=FrozenMap(
        {form: number for number, forms in enumerate(_MONTHS, 1) for form in forms.split()}
    ),
    scales=FrozenMap(
        {
            "tūkst.": 10**3,
            "tūkst": 10**3,
            "tūkstotis": 10**3,
            "tūkstoš*": 10**3,
            "milj.": 10**6,
            "milj": 10**6,
            "miljon*": 10**6,
            "miljard*": 10**9,
            "mljrd.": 10**9,
        }
    ),
    facts=FactWords(
        units=FrozenMap(
            {
                **COMMON_UNITS,
                "kilometr*": "km",
                "jūdz*": "mi",
                **dict.fromkeys(
                    ("metri", "metrus", "metru", "metriem", "metrs", "metrā", "metros"), "m"
                ),
                **dict.fromkeys(("pēdas", "pēdu", "pēdām"), "ft"),
                **dict.fromkeys(("grādi", "grādus", "grādiem", "grādu", "grādi pēc Celsija"), "°C"),
                **dict.fromkeys(("procenti", "procentu", "procentus", "procentiem"), "%"),
                **dict.fromkeys(("kvadrātkilometr*", "kv. km", "kv.km"), "km2"),
                "hektār*": "ha",
                "megavat*": "MW",
                "gigavat*": "GW",
            }
        ),
        directions=FrozenMap(
            {
                phrase: point
                for stem, point in _POINTS.items()
                for phrase in (f"uz {stem}iem", f"{stem}os", f"{stem}u virzienā")
            }
        ),
        groups=FrozenMap({form: name for name, forms in _GROUPS.items() for form in forms.split()}),
        approximate=frozenset(("ap", "apmēram", "aptuveni", "gandrīz", "apm.", "~", "≈")),
        bounds=frozenset(
            (
                "vairāk nekā",
                "vairāk kā",
                "mazāk nekā",
                "mazāk kā",
                "pāri par",
                "vismaz",
                "vairāk par",
                "mazāk par",
                "pāri",
                "līdz",
                "līdz pat",
                "pārsniedz",
                "pārsniedza",
                "ne vairāk kā",
                "virs",
                "zem",
                "<",
                ">",
                "≤",
                "≥",
            )
        ),
        bounds_after=frozenset(
            (
                "un vairāk",
                "vai vairāk",
                "un mazāk",
                "vai mazāk",
                "ar uzviju",
            )
        ),
        changes=frozenset(("par", "vēl")),
        population=frozenset(("iedzīvotāju skait*", "iedzīvotāj*", "populācij*")),
        not_population=frozenset(("blīvum*", "pieaugum*", "samazināj*", "īpatsvar*")),
        population_links=frozenset(
            (
                *("ir", "bija", "būs", "sastāda", "sastādīja", "sasniedz", "sasniedza"),
                *("veido", "veidoja", "kopā", "tikai", "—", "–", ":"),
            )
        ),
        population_of=frozenset(),
        subgroups=frozenset(
            (
                *("ārzemniek*", "ārvalstniek*", "ārvalstu", "imigrant*", "migrant*"),
                *("emigrant*", "bēgļ*", "student*", "skolēn*", "locekļ*", "strādniek*"),
                *("darbiniek*", "lauku", "vīrieš*", "sieviet*", "minoritāt*"),
                *("mazākumtautīb*", "pamatiedzīvotāj*", "ieslodzīt*", "cietuma"),
            )
        ),
        partitives=frozenset(
            ("no kuriem", "no kurām", "no tiem", "tostarp", "ieskaitot", "to skaitā")
        ),
        range_from=frozenset(("no", "starp")),
        range_to=frozenset(("līdz", "un")),
        of_words=frozenset(("no", "visu", "visiem", "visām")),
        residents=frozenset(("iedzīvotāj*",)),
        people=frozenset(("cilvēk*", "personas", "personu", "personām")),
        living=frozenset(("dzīvo", "dzīvoja", "mīt", "mita")),
        scopes=FrozenMap(
            {
                "pilsēt*": "city",
                "ciem*": "city",
                "miest*": "city",
                "apdzīvot* platīb*": "urban",
                "aglomerācij*": "urban",
                "metropol*": "metro",
            }
        ),
        year_before=frozenset(("uz", "kopš")),
        year_after=frozenset((". gadā", ". gada", ". g.", "gadā", "gada")),
        date_bounds=frozenset(
            (
                "pirms",
                "pēc",
                "ne vēlāk kā",
                "ne agrāk kā",
                "vēlāk par",
                "agrāk par",
                "vēlāk nekā",
                "agrāk nekā",
            )
        ),
        founding=frozenset(("izveido*", "dibinā*", "nodibinā*", "radās")),
        own_place=frozenset(("pilsēt*", "ciemat*", "ciems", "ciemu", "miest*", "tās")),
        as_words=frozenset(("kā",)),
        relatives=words("kas kura kurš kuru kuras kuri kurā"),
        statistics=FrozenMap(
            {
                "vidēj*": "mean",
                "maksimāl*": "max",
                "augstāk*": "max",
                "minimāl*": "min",
                "zemāk*": "min",
            }
        ),
        annual=frozenset(
            ("gada vidēj*", "vidēj* gada", "gadskārt*", "visu gadu", "visa gada", "gada laikā")
        ),
        thresholds=frozenset(("izoterm*", "sasalšan*", "slieksn*", "vārīšan*", "kušan*")),
        elevation=frozenset(
            ("virs jūras līmeņa", "augstums virs jūras līmeņa", "augstumā virs jūras līmeņa")
        ),
        sea_level=FrozenMap(
            {
                "virs jūras līmeņa": 1,
                "augstumā virs jūras līmeņa": 1,
                "v. j. l.": 1,
                "vjl": 1,
                "zem jūras līmeņa": -1,
            }
        ),
        height_after=frozenset(
            ("augsts", "augsta", "augstu", "augstais", "augstā", "augstās", "augstie")
        ),
        height_before=frozenset(),
        facilities=frozenset(
            ("elektrostacij*", "spēkstacij*", "koģenerācijas stacij*", "hes", "tec", "aes")
        ),
        from_place=frozenset(("no",)),
        distance_from=frozenset(("no", "attālumā no")),
        per=frozenset(("uz",)),
        location_verbs=frozenset(("atrodas", "atradās", "izvietots", "izvietota", "ir")),
        phrase_stops=words(
            "un vai bet kas kur kura kurā kurš ar pie uz ir bija tiek tika atrodas atradās no "
            "par kā ka arī lai jo"
        ),
        articles=frozenset(),
        region_heads=FrozenMap(
            {
                form: (nominative, "")
                for nominative, forms in _REGIONS.items()
                for form in forms.split()
            }
        ),
        region_before=frozenset(("pilsēta", "atrodas", "atradās", "ietilpst", "ietilpa")),
        region_after=frozenset(
            ("centrs", "administratīvais centrs", "galvaspilsēta", "sastāvā", "daļa")
        ),
        former=frozenset(("agrāk", "iepriekš", "līdz", "bijušais", "bijusī", "senāk")),
        since=frozenset(("kopš", "no")),
        conjunctions=words("un vai bet taču savukārt"),
        resets=frozenset(("bet", "taču", "tagad", "šobrīd", "pašlaik", "kopš", "savukārt")),
        # Populations: whose count it is (other areas, area pronouns, fronted phrases).
        other_areas=frozenset(
            (
                *("rajon*", "mikrorajon*", "apkaim*", "novad*", "apgabal*", "pagast*"),
                *("parks", "parkā", "parka", "vecpilsēt*", "priekšpilsēt*", "valst*"),
            )
        ),
        area_pronouns=FrozenMap({"tajā": "mf", "tur": "mfn"}),
        area_genders=FrozenMap(
            {
                "pilsēt*": "f",
                "galvaspilsēt*": "f",
                "aglomerācij*": "f",
                "metropol*": "f",
                "apdzīvot* platīb*": "f",
                "apkaim*": "f",
                "vecpilsēt*": "f",
                "ciem*": "m",
                "miest*": "m",
                "novad*": "m",
                "rajon*": "m",
                "pagast*": "m",
                "centr*": "m",
            }
        ),
        fronted=words("ar"),
        sources=frozenset(("saskaņā ar", "pēc")),
        series_links=frozenset(("salīdzinot ar",)),
        # --- negation (issue 13) ---------------------------------------------------------
        negations=frozenset(
            (
                *("ne", "nav", "nebija", "nebūs", "nekad", "nemaz", "nedz", "netika"),
                *("netiek", "netiks", "neesot", "nebūtu"),
            )
        ),
        negation_exceptions=frozenset(("ne tikai", "ne tālu", "ne vien")),
        negation_prefix="ne",
        memberships=frozenset(("sastāvā", "sastāvs", "ietilpst", "ietilpa", "pieder", "piederēja")),
        pronouns=frozenset(("tā", "tās", "tas", "tajā", "tai", "to")),
    ),
)
