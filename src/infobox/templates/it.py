"""Italian Wikipedia's settlement template: ``{{Divisione amministrativa}}``.

One template serves every administrative division on itwiki, from a country's
regions to its comuni and to foreign cities (Berlino, Chicago, Aarhus); its parameters
are Italian. Sources: the DBpedia mapping ``Mapping it:Divisione amministrativa``
(dbpedia/extraction-framework, ``mappings/Mapping_it.xml``), which lists the
parameters and what each holds, checked against every call in the 54 settlement pages
of the json-wikipedia itwiki sample (2013 revisions) and the 8 itwiki pages of the
research corpus (``fixtures/real/settlement/it``, 2013 and 2021 revisions). Newer
revisions of the template fill what is not given (coordinates, area, elevation…) from
Wikidata.
"""

from __future__ import annotations

from typing import Final

from .spec import Label, TemplateSpec

#: ``{{Divisione amministrativa}}``. ``Stato`` is the country (an ISO 3166-1 alpha-3
#: code such as ``ITA`` or ``DEU``); ``Divisione amm grado 1…4`` are the divisions above
#: the place, the first the region. The template shows each division's kind from the
#: country and the grade (Regione, Provincia…), which no parameter holds, so their
#: types stay unset. ``Fuso orario`` holds the offset (``+1``), not a zone's name.
DIVISIONE_AMMINISTRATIVA: Final = TemplateSpec(
    name="Divisione amministrativa",
    wiki="it",
    params={
        # names and header
        "Nome": "name",
        "Nome ufficiale": "official_name",
        "Tipo": "settlement_type",
        "Soprannome": "nickname",
        "Motto": "motto",
        "Inno": "anthem",
        # images
        "Panorama": "image_skyline",
        "Bandiera": "image_flag",
        "Stemma": "image_shield",
        "Mappa": "image_map",
        # location
        "Stato": "subdivision_name",
        "Divisione amm grado 1": "subdivision_name1",
        "Divisione amm grado 2": "subdivision_name2",
        "Divisione amm grado 3": "subdivision_name3",
        "Divisione amm grado 4": "subdivision_name4",
        "Capoluogo": "seat",
        # coordinates: degrees, minutes, seconds, hemisphere; or decimal degrees
        "Latitudine gradi": "latd",
        "Latitudine minuti": "latm",
        "Latitudine secondi": "lats",
        "Latitudine NS": "latNS",
        "Longitudine gradi": "longd",
        "Longitudine minuti": "longm",
        "Longitudine secondi": "longs",
        "Longitudine EW": "longEW",
        "Latitudine decimale": "latitude",
        "Longitudine decimale": "longitude",
        # history
        "Data istituzione": "established_date1",
        "Data soppressione": "extinct_date",
        # government
        "Amministratore locale": "leader_name",
        "Partito": "leader_party",
        "Amministratore locale 2": "leader_name1",
        "Partito 2": "leader_party1",
        # area, elevation, population
        "Superficie": "area_total_km2",
        "Note superficie": "area_footnotes",
        "Acque interne": "area_water_km2",
        "Altitudine": "elevation_m",
        "Abitanti": "population_total",
        "Note abitanti": "population_footnotes",
        "Aggiornamento abitanti": "population_as_of",
        "Nome abitanti": "population_demonym",
        # time zone and codes
        "Fuso orario": "utc_offset",
        "Codice postale": "postal_code",
        "Prefisso": "area_code",
        "Codice ISO": "iso_code",
        "Targa": "registration_plate",
        "Sito": "website",
    },
    labels=(
        Label("subdivision_type", "Stato", when="subdivision_name"),
        Label("seat_type", "Capoluogo", when="seat"),
        Label("established_title1", "Data di istituzione", when="established_date1"),
        Label("extinct_title", "Data di soppressione", when="extinct_date"),
        Label("leader_title", "Amministratore locale", when="leader_name"),
        Label("leader_title1", "Amministratore locale", when="leader_name1"),
        Label("postal_code_type", "Codice postale", when="postal_code"),
        Label("area_code_type", "Prefisso", when="area_code"),
        Label("registration_plate_type", "Targa", when="registration_plate"),
    ),
    other=frozenset(
        {
            "Didascalia",
            "Voce bandiera",
            "Voce stemma",
            "Note stato",
            "Grado amministrativo",
            "Voce divisione amm grado 1",
            "Voce divisione amm grado 2",
            "Voce divisione amm grado 3",
            "Voce divisione amm grado 4",
            "Stemma divisione amm grado 1",
            "Stemma divisione amm grado 2",
            "Stemma divisione amm grado 3",
            "Stemma divisione amm grado 4",
            "Divisione amm grado 2-2",
            "Voce divisione amm grado 2-2",
            "Divisione amm grado 2-3",
            "Voce divisione amm grado 2-3",
            "Data elezione",
            "Data elezione 2",
            "Lingue",
            "Lingue ufficiali",
            "Parlamentari",
            "Sottodivisioni",
            "Sottosottodivisioni",
            "Divisioni confinanti",
            "Altri fusi",
            "Codice statistico",
            "Codice catastale",
            "Zona sismica",
            "Gradi giorno",
            "Diffusività",
            "Patrono",
            "Festivo",
            "PIL",
            "PIL PPA",
            "PIL procapite",
            "PIL procapite PPA",
            "Immagine localizzazione",
            "Didascalia mappa",
            "Categoria",
            "Incipit",
        }
    ),
    wikidata=True,
    source=(
        "itwiki, Template:Divisione amministrativa: DBpedia 'Mapping it:Divisione "
        "amministrativa' (dbpedia/extraction-framework mappings/Mapping_it.xml) and the "
        "parameters of 62 real pages (json-wikipedia itwiki sample, research corpus)"
    ),
)

SPECS: Final = (DIVISIONE_AMMINISTRATIVA,)
