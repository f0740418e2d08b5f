"""Records and name cleaning shared by the gazetteer build modules."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pantau.places.normalize import is_latin, normalize_name
from pantau.places.sources import RawAdmin, RawCity, RawCountry, RawIsland, RawWilayah


@dataclass(frozen=True)
class PlaceRow:
    geonameid: int | None
    name: str
    kind: str
    country_code: str
    admin1_key: str  # "ID.07" or ""
    admin2_key: str  # "ID.07.3374" or ""
    admin3: str
    latitude: float
    longitude: float
    population: int
    names: tuple[str, ...]  # folded lookup keys


@dataclass(frozen=True)
class Sources:
    countries: list[RawCountry]
    admin1: list[RawAdmin]
    admin2: list[RawAdmin]
    cities15000: list[RawCity]
    cities500: list[RawCity]
    wilayah: list[RawWilayah]
    islands: list[RawIsland]
    extra_country_names: dict[str, list[str]]  # ISO code -> names from Babel/pycountry
    continents: tuple[RawCity, ...] = ()  # feature code "CONT", no country


def clean_names(main: str, alternates: Iterable[str], stop: frozenset[str]) -> tuple[str, ...]:
    """Folded lookup keys: Latin-script names, minus stop words and lowercase-only alternates."""
    keys: list[str] = []
    for index, name in enumerate((main, *alternates)):
        name = name.split(" (")[0].strip()
        if not name or not is_latin(name) or any(ch.isdigit() for ch in name) or len(name) > 60:
            continue
        if index > 0 and not any(ch.isupper() for ch in name):
            continue  # romanisation junk such as "surudeu"; real names are capitalised
        if index > 0 and name.isupper() and len(name) <= 4:
            continue  # airport and station codes ("POS", "HAK"), not names people write
        key = normalize_name(name)
        if len(key) < (2 if index == 0 else 3) or key in stop or key in keys:
            continue
        keys.append(key)
    return tuple(keys)
