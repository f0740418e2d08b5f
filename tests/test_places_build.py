"""The shipped gazetteer extract matches its manifest, its sources and its rebuild (drift tests)."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import defaultdict
from pathlib import Path

import pytest

from pantau.places.build import country_names_from_libraries, country_rows
from pantau.places.extract import MANIFEST_FILE, NAMES_FILE, PLACES_FILE, format_place, write_extract
from pantau.places.lexicon import stop_words
from pantau.places.normalize import normalize_name
from pantau.places.rows import PlaceRow, Sources, clean_names
from pantau.places.sources import RawCity, read_cities15000, read_countries

GAZETTEER = Path(__file__).resolve().parents[1] / "src" / "pantau" / "data" / "gazetteer"


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads((GAZETTEER / MANIFEST_FILE).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def place_lines() -> list[str]:
    return gzip.decompress((GAZETTEER / PLACES_FILE).read_bytes()).decode("utf-8").splitlines()[1:]


@pytest.fixture(scope="module")
def names() -> dict[str, str]:
    lines = gzip.decompress((GAZETTEER / NAMES_FILE).read_bytes()).decode("utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines)


@pytest.mark.parametrize("name", [PLACES_FILE, NAMES_FILE])
def test_files_match_manifest(manifest: dict, name: str) -> None:
    assert hashlib.sha256((GAZETTEER / name).read_bytes()).hexdigest() == manifest["files"][name]


def test_sizes_stay_small() -> None:
    sizes = [p.stat().st_size for p in GAZETTEER.glob("*.gz")]
    assert sum(sizes) < 25_000_000 and max(sizes) < 40_000_000


def test_sources_unchanged_since_build(manifest: dict, shared: Path) -> None:
    data = shared / "data"
    for name, digest in manifest["sources"].items():
        path = next((p for p in (data / "geonames" / name, data / "wilayah-indonesia-kemendagri" / name)
                     if p.exists()), None)
        if path is not None:
            assert hashlib.sha256(path.read_bytes()).hexdigest()[:16] == digest, f"{name} changed: rebuild"


def test_country_rows_rebuild_identically(shared: Path, place_lines: list[str]) -> None:
    geonames = shared / "data" / "geonames"
    cities = read_cities15000(geonames / "cities15000.zip")
    sources = Sources(read_countries(geonames / "countryInfo.tsv"), [], [], cities, [], [], [],
                      country_names_from_libraries())
    by_cc: dict[str, list[RawCity]] = defaultdict(list)
    for city in cities:
        by_cc[city.country_code].append(city)
    with_capital = {c.country_code for c in cities if c.feature_code == "PPLC"}
    rebuilt = {r.country_code: format_place(r) for r in country_rows(sources, by_cc, stop_words())}
    shipped = {line.split("\t")[3]: line for line in place_lines if line.split("\t")[2] == "country"}
    compared = [code for code in sorted(rebuilt) if code in with_capital]
    assert len(compared) > 200
    assert [rebuilt[c] for c in compared] == [shipped.get(c) for c in compared]


def test_no_stop_word_is_a_name(names: dict[str, str]) -> None:
    assert not stop_words("en") & set(names)


def test_indonesian_stop_words_stay_names_for_english_text(names: dict[str, str]) -> None:
    # "lima" is five in Indonesian and Peru's capital in English: the index keeps it, and only the
    # Indonesian reader drops it
    assert "lima" in names
    assert "lima" in stop_words("id") and "lima" not in stop_words("en")


INDONESIAN_NAMES = [("jawa tengah", "Central Java"), ("sumatera utara", "North Sumatra"),
                    ("papua pegunungan", "Highland Papua"), ("kabupaten nduga", "Nduga"),
                    ("kota tangerang", "Kota Tangerang"), ("kecamatan cibinong", "Cibinong")]


@pytest.mark.parametrize(("key", "name"), INDONESIAN_NAMES)
def test_kemendagri_names_indexed(names: dict[str, str], place_lines: list[str], key: str, name: str) -> None:
    rows = [place_lines[int(i)].split("\t")[1] for i in names[key].split(",")]
    assert name in rows


CLEANING = [
    ("Vila", ["Casas Vila", "surudeu", "Сольдеу"], ("vila", "casas vila")),
    ("Dian", ["Dian"], ()),
    ("Aleppo", ["Halab", "Alep", "Aleppo (city)"], ("aleppo", "halab", "alep")),
    ("Yang", ["Yang Village"], ("yang village",)),
]


@pytest.mark.parametrize(("main", "alternates", "expected"), CLEANING)
def test_clean_names(main: str, alternates: list[str], expected: tuple[str, ...]) -> None:
    assert clean_names(main, alternates, stop_words()) == expected


def test_write_is_deterministic(tmp_path: Path) -> None:
    rows = [PlaceRow(1, "Alpha", "populated", "ID", "ID.07", "", "", -7.0, 110.4, 10, ("alpha",))]
    index = {normalize_name("Alpha"): (0,)}
    first = write_extract(rows, index, tmp_path / "a", {})
    second = write_extract(rows, index, tmp_path / "b", {})
    assert first == second
    assert (tmp_path / "a" / PLACES_FILE).read_bytes() == (tmp_path / "b" / PLACES_FILE).read_bytes()


def test_malformed_cue_file_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    from pantau.places import lexicon

    monkeypatch.setattr(lexicon, "_read", lambda lang, name: {"admin_prefixes": {"kabupaten": "county"}})
    lexicon.cues.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match="admin_prefixes"):
            lexicon.cues("id")
    finally:
        lexicon.cues.cache_clear()
