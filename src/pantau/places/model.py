"""The records the places stage hands to the rest of the pipeline."""

from __future__ import annotations

from dataclasses import dataclass

KINDS: tuple[str, ...] = ("country", "admin1", "admin2", "admin3", "populated", "facility", "other")
MENTION_ROLES: tuple[str, ...] = ("locative", "base", "nationality", "origin", "destination", "street",
                                  "mention")


@dataclass(frozen=True)
class Place:
    """A gazetteer entry, named the way ACLED writes it; divisions sit at their capital's point.

    ``admin1``..``admin3`` name the divisions down to the place's own level, so an admin1 place lists
    itself as ``admin1`` and a regency itself as ``admin2`` (as ACLED fills them). Continents are kind
    "other" with no country; Indonesian islands are kind "other" inside their province.
    """

    geonameid: int | None
    name: str
    country_code: str  # ISO 3166-1 alpha-2
    country: str  # English country name as ACLED writes it
    admin1: str  # English names of the containing divisions ("" if unknown)
    admin2: str
    admin3: str
    latitude: float
    longitude: float
    kind: str  # one of KINDS
    population: int


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text: character offsets into the text passed in, and its resolution."""

    start: int
    end: int
    text: str
    place: Place
    role: str  # one of MENTION_ROLES
    score: float  # 0-1 confidence of the resolution
    relative: bool = False  # "100 km utara Baghdad", "north of Kabul": the act was near the place, not in it
    near: bool = False  # "di dekat Damaskus", "near Kabul": a reference point for another place named with it
