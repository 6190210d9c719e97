"""French Wikipedia's ``{{Infobox Commune de France}}`` and ``{{Infobox État d'Allemagne}}``.

Sources: the parameters the template defines and its redirect, as DBpedia's mapping
statistics list them (``dbpedia/extraction-framework``,
``server/src/main/statistics/mappingstats_fr.txt``, with ``mappings/Mapping_fr.xml``).

The template shows "Pays : France" with no parameter for it, then the region,
department, arrondissement, canton and intercommunality (``région``,
``département``, ``arrondissement``, ``canton``, ``intercomm``) under their fixed
labels. Coordinates are decimal degrees (``latitude``, ``longitude``). The
population is usually not written: the template takes it from the commune's data
templates (``{{Données/…}}``), so ``population``/``année_pop`` are read when given.

``{{Infobox État d'Allemagne}}`` is for Germany's states (Berlin, a city-state, among
them): it shows "Pays : Allemagne" with no parameter for it. Its parameters are from the
same statistics, with those a newer revision adds as the real page uses them
(``fixtures/real/settlement/fr/Berlin.wiki``, 2021: ``gentilé``). The minister-president
(``ministre-président``) is the leader, ``titre président`` his title when the state
names it otherwise (a city-state's mayor).
"""

from __future__ import annotations

from typing import Final

from .spec import Label, TemplateSpec

#: ``{{Infobox Commune de France}}``, French Wikipedia's infobox for a commune of France.
COMMUNE_DE_FRANCE: Final = TemplateSpec(
    name="Infobox Commune de France",
    wiki="fr",
    aliases=frozenset({"Infobox Communes de France"}),
    params={
        "nom": "name",
        "statut": "settlement_type",
        "image": "image_skyline",
        "légende": "image_caption",
        "blason": "image_shield",
        "drapeau": "image_flag",
        "région": "subdivision_name1",
        "département": "subdivision_name2",
        "arrondissement": "subdivision_name3",
        "canton": "subdivision_name4",
        "intercomm": "subdivision_name5",
        "maire": "leader_name",
        "latitude": "latitude",
        "longitude": "longitude",
        "altitude": "elevation_m",
        "alt mini": "elevation_min_m",
        "alt maxi": "elevation_max_m",
        "superficie": "area_total_km2",
        "population": "population_total",
        "année_pop": "population_as_of",
        "population agglomération": "population_urban",
        "gentilé": "population_demonym",
        "cp": "postal_code",
        "siteweb": "website",
    },
    labels=(
        Label("subdivision_type", "Pays", when="subdivision_name1"),
        Label("subdivision_name", "France", when="subdivision_name1"),
        Label("subdivision_type1", "Région", when="subdivision_name1"),
        Label("subdivision_type2", "Département", when="subdivision_name2"),
        Label("subdivision_type3", "Arrondissement", when="subdivision_name3"),
        Label("subdivision_type4", "Canton", when="subdivision_name4"),
        Label("subdivision_type5", "Intercommunalité", when="subdivision_name5"),
        Label("leader_title", "Maire", when="leader_name"),
    ),
    other=frozenset(
        {
            "aire coutumière",
            "année_pop agglomération",
            "autres noms",
            "collectivité",
            "etnies",
            "géoloc-département",
            "insee",
            "légende blason",
            "légende drapeau",
            "mandat maire",
            "métropole",
            "position",
            "position-département",
            "province",
            "subdivision",
            "taille drapeau",
            "île",
        }
    ),
    wikidata=True,
    source=(
        "frwiki, Modèle:Infobox Commune de France: its parameters and its redirect as "
        "DBpedia's mapping statistics list them (dbpedia/extraction-framework "
        "server/src/main/statistics/mappingstats_fr.txt, Mapping_fr.xml)"
    ),
)

#: ``{{Infobox État d'Allemagne}}``, French Wikipedia's infobox for a state of Germany.
ETAT_D_ALLEMAGNE: Final = TemplateSpec(
    name="Infobox État d'Allemagne",
    wiki="fr",
    params={
        "nom": "name",
        "nom allemand": "native_name",
        "drapeau": "image_flag",
        "blason": "image_shield",
        "imageloc": "image_map",
        "légende imageloc": "map_caption",
        "capitale": "seat",
        "titre président": "leader_title",
        "ministre-président": "leader_name",
        "latitude": "latitude",
        "longitude": "longitude",
        "superficie": "area_total_km2",
        "population": "population_total",
        "année_pop": "population_as_of",
        "gentilé": "population_demonym",
        "site officiel": "website",
    },
    labels=(
        Label("subdivision_type", "Pays", when="name"),
        Label("subdivision_name", "Allemagne", when="name"),
        Label("seat_type", "Capitale", when="seat"),
        Label("leader_title", "Ministre-président", when="leader_name"),
    ),
    other=frozenset(
        {
            "bundesrat",
            "d-élec",
            "date pib",
            "légende blason",
            "légende drapeau",
            "p-élec",
            "partis au pouvoir",
            "pib",
            "pib notes",
            "population notes",
            "rang pib",
            "rang pib par habitant",
            "rang population",
            "rang superficie",
            "sièges landtag",
            "superficie notes",
            "titre landtag",
            *(f"nom parti landtag {n}" for n in range(1, 8)),
            *(f"sièges parti landtag {n}" for n in range(1, 8)),
        }
    ),
    source=(
        "frwiki, Modèle:Infobox État d'Allemagne: its parameters as DBpedia's mapping "
        "statistics list them (dbpedia/extraction-framework "
        "server/src/main/statistics/mappingstats_fr.txt) and as frwiki's Berlin uses them"
    ),
)

SPECS: Final = (COMMUNE_DE_FRANCE, ETAT_D_ALLEMAGNE)
