"""The ACLED `region` of a country: one of ACLED's regions ("Southeast Asia", "Middle East", ...),
looked up by ISO 3166-1 alpha-2 code in ``pantau/data/regions.tsv``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

TABLE = "regions.tsv"
HEADER = ("iso2", "region")
ACLED_REGIONS = frozenset({
    "Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa", "Middle East",
    "South Asia", "Southeast Asia", "East Asia", "Caucasus and Central Asia", "Europe", "North America",
    "Central America", "South America", "Caribbean", "Oceania", "Antarctica",
})  # fmt: skip


def parse_table(text: str, name: str = f"pantau/data/{TABLE}") -> dict[str, str]:
    """Code -> region from the table's text; a malformed table raises ValueError naming file and line."""
    table: dict[str, str] = {}
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(line.split("\t"))
        if not header_seen:
            if fields != HEADER:
                raise ValueError(f"{name}:{number}: expected header {'<TAB>'.join(HEADER)!r}, got {line!r}")
            header_seen = True
            continue
        if len(fields) != 2 or not fields[1].strip():
            raise ValueError(f"{name}:{number}: expected 'iso2<TAB>region', got {line!r}")
        code, region = fields[0].strip(), fields[1].strip()
        if len(code) != 2 or not code.isascii() or not code.isalpha() or not code.isupper():
            raise ValueError(f"{name}:{number}: {code!r} is not an upper-case alpha-2 code")
        if region not in ACLED_REGIONS:
            raise ValueError(f"{name}:{number}: {region!r} is not an ACLED region")
        if code in table:
            raise ValueError(f"{name}:{number}: duplicate code {code!r}")
        table[code] = region
    if not header_seen:
        raise ValueError(f"{name}: no header row {'<TAB>'.join(HEADER)!r}")
    return table


@cache
def _regions() -> dict[str, str]:
    return parse_table(resources.files("pantau.data").joinpath(TABLE).read_text(encoding="utf-8"))


def region_of(iso2: str) -> str:
    """ACLED region of the country with this alpha-2 code ("ID" -> "Southeast Asia"); "" if unknown."""
    if not iso2:
        return ""
    return _regions().get(iso2.strip().upper(), "")
