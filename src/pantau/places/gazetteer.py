"""Read access to the shipped gazetteer extract: name lookup, places by id, the admin hierarchy.

Loading keeps the rows as raw lines and parses a row only when it is asked for, which keeps start-up
near one second; ``Place`` records are cached per row.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from pantau.places.extract import NAMES_FILE, PLACE_COLUMNS, PLACES_FILE
from pantau.places.lexicon import acled_country_names
from pantau.places.model import KINDS, Place
from pantau.places.normalize import normalize_name


class GazetteerError(ValueError):
    """The gazetteer files are missing or malformed."""


@dataclass(frozen=True)
class Entry:
    """A place plus the codes that place it in the hierarchy (for containment checks)."""

    row: int
    place: Place
    admin1_key: str
    admin2_key: str


def default_directory() -> Traversable:
    return resources.files("pantau") / "data" / "gazetteer"


def _lines(directory: Traversable, name: str) -> list[str]:
    path = directory / name
    if not path.is_file():
        raise GazetteerError(f"gazetteer file {name} missing in {directory}; run scripts/build_gazetteer.py")
    return gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()


class Gazetteer:
    """The extract in memory: ``lookup`` by name, ``entry`` by row id, divisions by key."""

    def __init__(self, directory: Traversable | None = None) -> None:
        directory = directory or default_directory()
        lines = _lines(directory, PLACES_FILE)
        if tuple(lines[0].split("\t")) != PLACE_COLUMNS:
            raise GazetteerError(f"{PLACES_FILE}: unexpected header {lines[0]!r}")
        self._rows = lines[1:]
        self._names: dict[str, str] = dict(line.split("\t", 1) for line in _lines(directory, NAMES_FILE))
        self._division_names: dict[str, str] = {}
        self.countries: dict[str, int] = {}  # ISO code -> row
        self.divisions: dict[str, int] = {}  # admin key -> row
        for row, line in enumerate(self._rows):
            cells = line.split("\t", 6)
            kind = cells[2]
            if kind == "populated":
                break  # divisions come first in the extract
            if kind == "country":
                self.countries[cells[3]] = row
            elif kind == "other" and cells[4].startswith("CONT."):
                self.divisions[cells[4]] = row  # continents, for aliases such as "European"
            elif kind in ("admin1", "admin2"):
                key = cells[4] if kind == "admin1" else cells[5]
                self.divisions.setdefault(key, row)
                self._division_names.setdefault(key, cells[1])
        self._acled = acled_country_names()
        self.entry = lru_cache(maxsize=50_000)(self._entry)

    def __len__(self) -> int:
        return len(self._rows)

    def row_ids(self, key: str) -> tuple[int, ...]:
        """Row ids of places with this folded name, most populous first (empty if none)."""
        ids = self._names.get(key)
        return tuple(int(i) for i in ids.split(",")) if ids else ()

    def has_name(self, key: str) -> bool:
        return key in self._names

    def name_keys(self) -> list[str]:
        """Every lookup key, for approximate matching."""
        return list(self._names)

    def lookup(self, name: str) -> list[Entry]:
        return self.lookup_key(normalize_name(name))

    def lookup_key(self, key: str) -> list[Entry]:
        """Entries whose folded name is ``key`` (already normalised)."""
        return [self.entry(i) for i in self.row_ids(key)]

    def country_name(self, code: str) -> str:
        if code in self._acled:
            return self._acled[code]
        row = self.countries.get(code)
        return self._rows[row].split("\t", 2)[1] if row is not None else ""

    def division_name(self, key: str) -> str:
        return self._division_names.get(key, "")

    def _entry(self, row: int) -> Entry:
        cells = self._rows[row].split("\t")
        if len(cells) != len(PLACE_COLUMNS) or cells[2] not in KINDS:
            raise GazetteerError(f"{PLACES_FILE}: bad row {row}: {cells[:4]}")
        gid, name, kind, cc, a1, a2, a3, lat, lon, pop = cells
        place = Place(
            geonameid=int(gid) if gid else None,
            name=self.country_name(cc) if kind == "country" else name,
            country_code=cc,
            country=self.country_name(cc),
            # A division lists itself too, as ACLED fills admin1..3 down to the event's level.
            admin1=self.division_name(a1),
            admin2=self.division_name(a2),
            admin3=a3,
            latitude=float(lat),
            longitude=float(lon),
            kind=kind,
            population=int(pop),
        )
        return Entry(row, place, a1, a2)
