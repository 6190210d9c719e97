"""Dutch Wikipedia's infobox for a German state, ``{{Infobox deelstaat Duitsland}}``.

Sources: the parameters the template defines, as DBpedia's mapping statistics list
them (``dbpedia/extraction-framework``, ``server/src/main/statistics/mappingstats_nl.txt``;
``mappings/Mapping_nl.xml`` has no mapping for it), and the parameters a newer revision
adds as the real page uses them (``fixtures/real/settlement/nl/Berlijn.wiki``, 2021:
``meetjaar``, ``locatie``, ``image``/``caption``…).

The template is for Germany's states only: it shows the country as Duitsland with no
parameter for it. ``kaart`` is a call of a locator-map template (kept raw),
``detailkaart`` the map file of the state's districts. ``locatie`` is the point as
plain text (``52°31′12″N, 13°24′36″E``);
``mp``/``mptitel`` are the minister-president (a city-state's mayor) and his title.
"""

from __future__ import annotations

from typing import Final

from .spec import Label, TemplateSpec

#: ``{{Infobox deelstaat Duitsland}}``, nlwiki's infobox for a state of Germany.
DEELSTAAT_DUITSLAND: Final = TemplateSpec(
    name="Infobox deelstaat Duitsland",
    wiki="nl",
    params={
        "naam": "name",
        "altnaam": "native_name",
        "vlag": "image_flag",
        "wapen": "image_shield",
        "detailkaart": "image_map",
        "detailkaartbijschrift": "map_caption",
        "image": "image_skyline",
        "caption": "image_caption",
        "hoofdstad": "seat",
        "km2": "area_total_km2",
        "bevolking": "population_total",
        "meetjaar": "population_as_of",
        "bevolkingsdichtheid": "population_density_km2",
        "locatie": "coordinates",
        "iso": "iso_code",
        "website": "website",
        "mptitel": "leader_title",
        "mp": "leader_name",
    },
    labels=(
        Label("subdivision_type", "Land", when="name"),
        Label("subdivision_name", "Duitsland", when="name"),
        Label("seat_type", "Hoofdstad", when="seat"),
        Label("leader_title", "Minister-president", when="leader_name"),
    ),
    other=frozenset(
        {
            "Bundesland",
            "Kreisschlüssel",
            "bondsraad",
            "caption1",
            "caption2",
            "detailkaartkop",
            "districten",
            "economie2",
            "economienaam2",
            "image1",
            "image2",
            "inwoners migratieachtergrond",
            "inwoners migratieachtergrond meetjaar",
            "kaart",
            "legenda",
            "partijen",
            "portaal2",
            "vlagartikel",
            "volkslied",
            "wapenartikel",
        }
    ),
    source=(
        "nlwiki, Sjabloon:Infobox deelstaat Duitsland: its parameters as DBpedia's mapping "
        "statistics list them (dbpedia/extraction-framework "
        "server/src/main/statistics/mappingstats_nl.txt) and as nlwiki's Berlijn uses them"
    ),
)

SPECS: Final = (DEELSTAAT_DUITSLAND,)
