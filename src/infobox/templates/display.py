"""Templates of other wikis that only show text, as data: which argument they show.

English Wikipedia's display templates (``{{nowrap}}``, ``{{lang}}``, the flags…) are
read by :mod:`infobox.text`; these are their counterparts on other wikis, whose
names do not collide with English ones. Names are lower-case, as
:func:`infobox.text.template_key` gives them.

>>> "число" in FIRST_ARG
True
"""

from __future__ import annotations

from typing import Final

__all__ = ["FIRST_ARG", "FLAG_NAME", "SECOND_ARG"]

#: Templates whose display is their first positional argument.
FIRST_ARG: Final[frozenset[str]] = frozenset(
    {
        # ru, uk, kk
        "число",  # ru {{число|3644826}}: the number, grouped
        "s",  # ru {{s|…}}: text kept on one line
        "comment",  # ru, uk {{comment|text|tooltip}}: the text
        # it, ltg, lv, vi, ar, fr
        "ta",  # it {{TA|892 km²}}: "tutto attaccato", text kept on one line
        "numero",  # it {{Numero|3769495}}: a number, grouped for display
        # ltg {{Vol-de|Dagden}}: a name in another language (de, lv, ru…), shown as given
        *(f"vol-{code}" for code in ("da", "de", "es", "et", "lt", "ltg", "lv", "pl", "ru", "vi")),
        "unité",  # fr: {{unité|891.68|km|2}} shows the number and its unit
        "nombre",  # fr: {{nombre|3644826|habitants}} shows the number and its noun
        # pl, es, pt, cs, tr, gl
        "fmtn",  # pt: {{Fmtn|891.82}} is {{formatnum:891.82}}
        # en (other templates)
    }
)

#: Templates whose display is their second positional argument (a language code first).
SECOND_ARG: Final[frozenset[str]] = frozenset(
    {
        # ru, uk, kk
        # it, ltg, lv, vi, ar, fr
        # pl, es, pt, cs, tr, gl
    }
)

#: Templates that show a flag and the country's name (the first argument).
FLAG_NAME: Final[frozenset[str]] = frozenset(
    {
        # ru, uk, kk
        "флагификация",  # ru {{флагификация|Германия}}
        # it, ltg, lv, vi, ar, fr
        # pl, es, pt, cs, tr, gl
        "bayrak",  # tr: {{bayrak|Almanya}}: a flag and "Almanya" ({{bayraksimge}}: a flag only)
    }
)
