"""infobox: typed, trustworthy data from Wikipedia's settlement infoboxes.

>>> from infobox import parse_infobox
>>> s = parse_infobox("{{Infobox settlement|name=Jezkazgan|population_total=89,079}}")
>>> s.name, s.population.total
('Jezkazgan', 89079)
"""

from importlib.metadata import version as _version

from .errors import InfoboxError, InputTypeError, NoInfoboxError
from .models import (
    Area,
    Citation,
    Coordinates,
    Diagnostic,
    Establishment,
    FrozenMap,
    Image,
    Leader,
    Link,
    Param,
    PartialDate,
    Population,
    Settlement,
    Subdivision,
    Timezone,
)
from .serialize import from_dict, to_dict
from .settlement import parse_infobox

__version__ = _version("infobox")

__all__ = [
    "Area",
    "Citation",
    "Coordinates",
    "Diagnostic",
    "Establishment",
    "FrozenMap",
    "Image",
    "InfoboxError",
    "InputTypeError",
    "Leader",
    "Link",
    "NoInfoboxError",
    "Param",
    "PartialDate",
    "Population",
    "Settlement",
    "Subdivision",
    "Timezone",
    "from_dict",
    "parse_infobox",
    "to_dict",
]
