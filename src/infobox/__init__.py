"""infobox: typed, trustworthy data from Wikipedia's settlement infoboxes.

>>> from infobox import parse_infobox
>>> s = parse_infobox("{{Infobox settlement|name=Jezkazgan|population_total=89,079}}")
>>> s.name, s.population.total
('Jezkazgan', 89079)
"""

from importlib.metadata import version as _version

from .article import parse_article
from .errors import (
    DateConversionError,
    InfoboxError,
    InputTypeError,
    LanguageCodeError,
    ModelDataError,
    NoInfoboxError,
    SourceTypeError,
)
from .models import (
    Alternative,
    Area,
    Article,
    Citation,
    Claim,
    Coordinates,
    Diagnostic,
    Establishment,
    Fact,
    FrozenMap,
    Image,
    Leader,
    Link,
    Page,
    Param,
    PartialDate,
    Population,
    Profile,
    Section,
    Settlement,
    Subdivision,
    Timezone,
)
from .page import parse_page
from .reconcile import reconcile
from .render import RenderError, render_infobox
from .serialize import from_dict, to_dict
from .settlement import parse_infobox

__version__ = _version("infobox")

__all__ = [
    "Alternative",
    "Area",
    "Article",
    "Citation",
    "Claim",
    "Coordinates",
    "DateConversionError",
    "Diagnostic",
    "Establishment",
    "Fact",
    "FrozenMap",
    "Image",
    "InfoboxError",
    "InputTypeError",
    "LanguageCodeError",
    "Leader",
    "Link",
    "ModelDataError",
    "NoInfoboxError",
    "Page",
    "Param",
    "PartialDate",
    "Population",
    "Profile",
    "RenderError",
    "Section",
    "Settlement",
    "SourceTypeError",
    "Subdivision",
    "Timezone",
    "from_dict",
    "parse_article",
    "parse_infobox",
    "parse_page",
    "reconcile",
    "render_infobox",
    "to_dict",
]
