"""Galician Wikipedia's municipality template, ``{{Concello}}``, long called ``{{Concello info}}``.

Sources: the parameters the template defines and the redirect ``Concello info``, as
DBpedia's mapping statistics list them (``dbpedia/extraction-framework``,
``server/src/main/statistics/mappingstats_gl.txt``, with ``mappings/Mapping_gl.xml``),
and the real page Cambados (glwiki rev 2689672, 2012), which also writes the older
``coordenadas``, ``altitude``, ``densidade``, ``cp`` and the town hall's address.

The template is for the municipalities of Galicia only: it shows the province and
the comarca (``provincia``, ``comarca``), not the country. ``alcaldesa`` is the
same office as ``alcalde``, shown with its feminine title. The election results,
language census and budget rows have no place in the model.
"""

from __future__ import annotations

from typing import Final

from .spec import Label, TemplateSpec

#: ``{{Concello}}`` (``{{Concello info}}``), Galician Wikipedia's infobox for a Galician
#: municipality.
CONCELLO: Final = TemplateSpec(
    name="Concello",
    wiki="gl",
    aliases=frozenset({"Concello info"}),
    params={
        "nome": "name",
        "imaxe": "image_skyline",
        "pé": "image_caption",
        "escudo": "image_shield",
        "bandeira": "image_flag",
        "provincia": "subdivision_name1",
        "comarca": "subdivision_name2",
        "capital": "seat",
        "entidades": "parts",
        "coordenadas": "coordinates",
        "altitude": "elevation_m",
        "altitudemin": "elevation_min_m",
        "altitudemax": "elevation_max_m",
        "superficie": "area_total_km2",
        "poboación": "population_total",
        "ano poboación": "population_as_of",
        "densidade": "population_density_km2",
        "xentilicio": "population_demonym",
        "alcalde": "leader_name",
        "alcaldesa": "leader_name1",
        "partido": "leader_party",
        "cp": "postal_code",
        "web": "website",
    },
    labels=(
        Label("subdivision_type1", "Provincia", when="subdivision_name1"),
        Label("subdivision_type2", "Comarca", when="subdivision_name2"),
        Label("seat_type", "Capital", when="seat"),
        Label("leader_title", "Alcalde", when="leader_name"),
        Label("leader_title1", "Alcaldesa", when="leader_name1"),
    ),
    other=frozenset(
        {
            "1",
            "abstencións",
            "bng",
            "censo ano",
            "consumopúblicohab",
            "correo electrónico",
            "elec ano",
            "eleccións",
            "email",
            "en branco",
            "enderezo",
            "facebook",
            "fax",
            "galego ano",
            "galego nunca 29",
            "galego sempre 29",
            "galego ás veces 29",
            "gastocapitalhab",
            "nulos",
            "orz ano",
            "outros",
            "pp",
            "preposición1",
            "preposición2",
            "psg-psoe",
            "teléfono",
            "totalelectores",
            "totalgalego",
            "totalgastos",
            "totalingresos",
            "transferenciashab",
            "tributospropioshab",
            "twitter",
            "votantes",
            "votosbng",
            "votososoutros",
            "votospp",
            "votospsg-psoe",
        }
    ),
    source=(
        "glwiki, Modelo:Concello (redirect Concello info): its parameters as DBpedia's "
        "mapping statistics list them (dbpedia/extraction-framework "
        "server/src/main/statistics/mappingstats_gl.txt, Mapping_gl.xml) and the page "
        "Cambados"
    ),
)

SPECS: Final = (CONCELLO,)
