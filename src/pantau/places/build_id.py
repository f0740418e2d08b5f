"""Indonesian rows of the gazetteer extract: Kemendagri regencies, districts and islands.

Kemendagri lists names and hierarchy but no coordinates (except islands), so each regency or
district borrows the point of the GeoNames place of the same name in the same province (the seat,
as ACLED codes divisions), falling back to the regency seat or the province capital.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from pantau.places.normalize import normalize_name
from pantau.places.rows import PlaceRow, Sources, clean_names
from pantau.places.sources import RawCity

BARE_ISLAND_KM2 = 100.0
MAX_LATITUDE = 6.5  # Indonesia's northernmost islands lie near 6 N
MOVED_TOWN_POPULATION = 10_000  # towns this big may be matched outside the province GeoNames gives


def squash(name: str) -> str:
    """Folded name without spaces: Kemendagri writes "Tebing Tinggi", GeoNames "Tebingtinggi"."""
    return normalize_name(name).replace(" ", "")


def _best(cities: Iterable[RawCity]) -> RawCity | None:
    return max(cities, key=lambda c: (c.population, -c.geonameid), default=None)


def _nearest(cities: list[RawCity], point: tuple[float, float]) -> RawCity | None:
    def distance(c: RawCity) -> tuple[float, int]:
        return (math.hypot(c.latitude - point[0], c.longitude - point[1]), c.geonameid)
    return min(cities, key=distance, default=None)


def regency_name(raw: str) -> tuple[str, str, bool]:
    """("Kota Tangerang", "Tangerang", True) from Kemendagri's "Kota Tangerang" (ACLED/GADM style)."""
    words = [w for w in raw.split() if w != "Administrasi"]
    is_city = words[0] == "Kota"
    base = " ".join(words[1:]) if words[0] in ("Kota", "Kabupaten") else " ".join(words)
    return (f"Kota {base}" if is_city else base), base, is_city


_ENGLISH_DIRECTIONS = {"North": "Utara", "South": "Selatan", "West": "Barat", "East": "Timur", "Central": "Tengah",
                       "Southeast": "Tenggara", "Southwest": "Barat Daya", "Northeast": "Timur Laut"}


def _geonames_regency(name: str) -> tuple[bool, str]:
    """(is_city, squashed Indonesian base name) of a GeoNames admin2 name ("South Tapanuli Regency")."""
    words = [w for w in name.replace("Regency", "").split() if w != "Administrasi"]
    is_city = words[0] == "Kota"
    if words[0] in ("Kota", "Kabupaten"):
        words = words[1:]
    if words and words[0] in _ENGLISH_DIRECTIONS:
        words = [*words[1:], _ENGLISH_DIRECTIONS[words[0]]]
    return is_city, squash(" ".join(words))


def regency_keys(sources: Sources, provinces: dict[str, str]) -> dict[str, str]:
    """GeoNames admin2 key -> Kemendagri-based key. GeoNames' Indonesian admin2 codes drifted from
    the official ones (its "ID.26.1275" is Medan, officially 12.71), so match by name per province."""
    official: dict[tuple[str, bool, str], str] = {}
    for w in sources.wilayah:
        if len(w.code) == 5 and w.code[:2] in provinces:
            a1 = f"ID.{provinces[w.code[:2]]}"
            _, base, is_city = regency_name(w.name)
            official[(a1, is_city, squash(base))] = f"{a1}.{w.code.replace('.', '')}"
    mapping = {}
    for admin in sources.admin2:
        if admin.key.startswith("ID."):
            is_city, base = _geonames_regency(admin.asciiname)
            target = official.get((admin.key.rsplit(".", 1)[0], is_city, base))
            if target is not None:
                mapping[admin.key] = target
    return mapping


def indonesian_rows(sources: Sources, provinces: dict[str, str], by_a1: dict[str, list[RawCity]],
                    by_a2: dict[str, list[RawCity]], points: dict[str, tuple[float, float]],
                    stop: frozenset[str]) -> tuple[list[PlaceRow], dict[int, tuple[str, str]]]:
    """Regency, district and island rows, plus geonameid -> (admin2 key, district) links for towns."""
    to_official = regency_keys(sources, provinces)
    admin2_ids = {to_official[a.key]: a for a in sources.admin2 if a.key in to_official}
    by_a2 = {to_official.get(k, ""): v for k, v in by_a2.items() if k in to_official}
    regency_key: dict[str, str] = {}
    rows: list[PlaceRow] = []
    stand_ins: set[str] = set()  # regencies (and districts) placed at a stand-in point for now
    for w in sources.wilayah:
        if len(w.code) != 5 or w.code[:2] not in provinces:
            continue
        a1 = f"ID.{provinces[w.code[:2]]}"
        key = f"{a1}.{w.code.replace('.', '')}"
        regency_key[w.code] = key
        name, base, is_city = regency_name(w.name)
        pool = by_a2.get(key, [])
        named = [c for c in by_a1.get(a1, []) if squash(c.name) == squash(base)]
        seat = (_best(named) or _best(pool)) if is_city else (
            _best(c for c in pool if c.feature_code == "PPLA2") or _best(named) or _best(pool))
        lat, lon = (seat.latitude, seat.longitude) if seat else points[a1]
        if seat is None:
            stand_ins.add(key)
        points[key] = (lat, lon)
        geonames = admin2_ids.get(key)
        alternates = [w.name, f"Kab {base}" if not is_city else f"Kota {base}", base]
        if geonames is not None:
            alternates.extend([geonames.asciiname, geonames.name])
        rows.append(PlaceRow(geonames.geonameid if geonames else None, name, "admin2", "ID", a1, key, "",
                             lat, lon, sum(c.population for c in pool), clean_names(name, alternates, stop)))

    districts: dict[str, list[tuple[str, str]]] = defaultdict(list)  # province, squashed name -> (a2, a3)
    for w in sources.wilayah:
        if len(w.code) != 8 or w.code[:5] not in regency_key:
            continue
        a2 = regency_key[w.code[:5]]
        a1 = a2.rsplit(".", 1)[0]
        same = [c for c in by_a1.get(a1, []) if squash(c.name) == squash(w.name)]
        in_regency = [c for c in same if c.admin2 and to_official.get(f"{a1}.{c.admin2}") == a2]
        seat = _best(in_regency) or _nearest(same, points[a2])
        lat, lon = (seat.latitude, seat.longitude) if seat else points[a2]
        if seat is None:
            stand_ins.add(f"{a2}|{w.name}")
        rows.append(PlaceRow(None, w.name, "admin3", "ID", a1, a2, w.name, lat, lon, 0,
                             clean_names(w.name, [f"Kecamatan {w.name}"], stop)))
        districts[f"{a1}|{squash(w.name)}"].append((a2, w.name))
    villages: dict[str, list[tuple[str, str]]] = defaultdict(list)
    district_name = {w.code: w.name for w in sources.wilayah if len(w.code) == 8}
    for w in sources.wilayah:
        if len(w.code) == 13 and w.code[:5] in regency_key:
            a2 = regency_key[w.code[:5]]
            district = district_name.get(w.code[:8], "")
            villages[f"{a2.rsplit('.', 1)[0]}|{squash(w.name)}"].append((a2, district))

    links = _town_links(rows, by_a1, districts, villages, to_official)
    rows = _place_stand_ins(rows, stand_ins, by_a1, links)

    for island in sources.islands:
        if island.code[:2] not in provinces:
            continue
        a1 = f"ID.{provinces[island.code[:2]]}"
        a2 = regency_key.get(island.code[:5], "")  # "35.00": an island spanning regencies
        base = island.name.removeprefix("Pulau ").strip()
        english = f"{base} Island"
        # Only big islands are known by the bare name ("Madura"); small ones need "Pulau". Islands
        # coded under no single regency ("52.00") span several and are big, area or not.
        big = island.area_km2 >= BARE_ISLAND_KM2 or island.code[3:5] == "00"
        names = [english, base] if big else [english]
        # The source drops the minus sign of a few southern islands (Madura at 7.04 N): Indonesia
        # ends near 6 N, so a point beyond is mirrored back south.
        latitude = -island.latitude if island.latitude > MAX_LATITUDE else island.latitude
        rows.append(PlaceRow(None, english, "other", "ID", a1, a2, "", latitude,
                             island.longitude, 0, clean_names(island.name, names, stop)))
    return rows, links


def _town_links(rows: list[PlaceRow], by_a1: dict[str, list[RawCity]], districts: dict[str, list[tuple[str, str]]],
                villages: dict[str, list[tuple[str, str]]], to_official: dict[str, str]) -> dict[int, tuple[str, str]]:
    """GeoNames town -> (official regency key, district name), from the most specific evidence: a
    city or regency of the town's name, GeoNames' own (mapped) regency, then a district, then a village
    of that name in the province. GeoNames still files some towns under the province they left
    (Batam under Riau, Pamulang under West Java), so a name unique in the whole country also counts."""
    regencies: dict[str, str] = {}
    for kota_first in (True, False):
        for r in rows:
            if r.kind == "admin2" and r.name.startswith("Kota ") == kota_first:
                regencies.setdefault(f"{r.admin1_key}|{squash(regency_name(r.name)[1])}", r.admin2_key)
    national_regencies: dict[str, set[str]] = defaultdict(set)
    for key, a2 in regencies.items():
        national_regencies[key.split("|", 1)[1]].add(a2)
    national_districts: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, found in districts.items():
        national_districts[key.split("|", 1)[1]].extend(found)
    links: dict[int, tuple[str, str]] = {}
    for a1, pool in sorted(by_a1.items()):
        if not a1.startswith("ID."):
            continue
        for c in pool:
            name = squash(c.name)
            key = f"{a1}|{name}"
            matches = set(districts.get(key, [])) or set(villages.get(key, []))
            known = to_official.get(f"{a1}.{c.admin2}", "") if c.admin2 else ""
            if key in regencies:
                matches = {m for m in matches if m[0] == regencies[key]} or {(regencies[key], "")}
            elif known:
                matches = {m for m in matches if m[0] == known} or {(known, "")}
            moved = c.population >= MOVED_TOWN_POPULATION  # small namesakes elsewhere are other places
            if not matches and moved and len(national_regencies.get(name, ())) == 1:
                matches = {(next(iter(national_regencies[name])), "")}
            if not matches and moved and len(national_districts.get(name, ())) == 1:
                matches = set(national_districts[name])
            found_regencies = {m[0] for m in matches}
            a3 = {m[1] for m in matches}
            if len(found_regencies) == 1:
                links[c.geonameid] = (found_regencies.pop(), a3.pop() if len(a3) == 1 else "")
            else:
                links[c.geonameid] = ("", "")  # never keep GeoNames' drifted admin2 code
    return links


def _place_stand_ins(rows: list[PlaceRow], stand_ins: set[str], by_a1: dict[str, list[RawCity]],
                     links: dict[int, tuple[str, str]]) -> list[PlaceRow]:
    """Move regencies that sit at their province capital (no seat known) to their biggest linked town:
    a point inside the regency beats one hundreds of kilometres away. Their districts without a
    point of their own follow."""
    towns: dict[str, list[RawCity]] = defaultdict(list)
    for a1, pool in by_a1.items():
        if a1.startswith("ID."):
            for c in pool:
                regency = links.get(c.geonameid, ("", ""))[0]
                if regency in stand_ins and regency.startswith(f"{a1}."):  # linked within its province
                    towns[regency].append(c)
    moved = {key: (seat.latitude, seat.longitude) for key in sorted(towns)
             if (seat := _best(towns[key])) is not None}
    placed = []
    for row in rows:
        follows = (row.kind == "admin2" and row.admin2_key in stand_ins) or \
            (row.kind == "admin3" and f"{row.admin2_key}|{row.name}" in stand_ins)
        if follows and row.admin2_key in moved:
            row = replace(row, latitude=moved[row.admin2_key][0], longitude=moved[row.admin2_key][1])
        placed.append(row)
    return placed
