"""ACLED `region` of a country code (pantau/data/regions.tsv)."""

from __future__ import annotations

import pycountry
import pytest

from pantau.events.regions import parse_table, region_of

# ACLED's regions, as the ACLED Codebook names them.
ACLED_REGIONS = {
    "Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa",
    "Middle East", "South Asia", "Southeast Asia", "East Asia", "Caucasus and Central Asia",
    "Europe", "North America", "Central America", "South America", "Caribbean", "Oceania", "Antarctica",
}


@pytest.mark.parametrize(
    ("iso2", "region"),
    [
        ("ID", "Southeast Asia"),
        ("SY", "Middle East"),
        # ACLED's own country table (acledR::acled_countries) puts Afghanistan with Central Asia
        # and Mexico in North America; Pakistan stays in South Asia.
        ("AF", "Caucasus and Central Asia"),
        ("PK", "South Asia"),
        ("RU", "Europe"),
        ("NG", "Western Africa"),
        ("MX", "North America"),
        ("GT", "Central America"),
        ("GE", "Caucasus and Central Asia"),
        ("TR", "Middle East"),
        ("IR", "Middle East"),
        ("EG", "Northern Africa"),
        ("SD", "Northern Africa"),
        ("SS", "Eastern Africa"),
        ("MZ", "Eastern Africa"),
        ("ZW", "Southern Africa"),
        ("AO", "Middle Africa"),
        ("CY", "Europe"),
        ("TL", "Southeast Asia"),
        ("MN", "East Asia"),
        ("XK", "Europe"),
        ("id", "Southeast Asia"),
        ("", ""),
        ("XX", ""),
    ],
)
def test_region_of(iso2: str, region: str) -> None:
    assert region_of(iso2) == region


def test_every_iso_code_has_an_acled_region() -> None:
    missing = [c.alpha_2 for c in pycountry.countries if not region_of(c.alpha_2)]
    assert missing == []
    used = {region_of(c.alpha_2) for c in pycountry.countries}
    assert used - ACLED_REGIONS == set()
    assert used == ACLED_REGIONS  # every ACLED region holds at least one code


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("# comment\niso2\tregion\nID\tSoutheast Asia\nSY Middle East\n", 4),
        ("iso2\tregion\nID\tSoutheast Asia\nID\tSoutheast Asia\n", 3),
        ("iso2\tregion\nIDN\tSoutheast Asia\n", 2),
        ("iso2\tregion\nID\tAsia\n", 2),
        ("code\tregion\nID\tSoutheast Asia\n", 1),
    ],
)
def test_malformed_table_names_file_and_line(text: str, line: int) -> None:
    with pytest.raises(ValueError, match=rf"^regions\.tsv:{line}: "):
        parse_table(text, "regions.tsv")
