"""pantau.output: events as JSON Lines, CSV, GeoJSON and a Rich table."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rich.console import Console

from pantau.model import ACLED_COLUMNS, PANTAU_COLUMNS, Event, Evidence
from pantau.output import FORMATS, render_table, write_csv, write_events, write_geojson, write_jsonl

LOCATED = Event(
    article_id="a1", event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
    event_date="2024-03-04", actor1="Unidentified Armed Group (Indonesia)", actor2="Civilians (Indonesia)",
    inter1=3, inter2=7, country="Indonesia", location="Kota Contoh", latitude=-0.8917, longitude=119.8707,
    fatalities=2, fatalities_low=2, fatalities_high=4, source="Kabar Contoh", notes='Bom "rakitan" di Café',
    confidence=0.75, language="id",
    evidence=(
        Evidence("sub_event_type", 0, 10, 20, "bom rakitan"),
        Evidence("fatalities", 1, 30, 35, "tewas"),
    ),
)
UNLOCATED = Event(
    article_id="a1", event_type="Protests", sub_event_type="Peaceful protest",
    actor1="Protesters (Indonesia)", historical=True, notes="Baris satu,\nbaris dua",
)
EVENTS = [LOCATED, UNLOCATED]


def test_jsonl_has_one_record_per_line() -> None:
    out = io.StringIO()
    assert write_jsonl(EVENTS, out) == 2
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert records == [event.to_dict() for event in EVENTS]
    assert list(records[0]) == [*ACLED_COLUMNS, *PANTAU_COLUMNS]
    assert "di Café" in out.getvalue()  # non-ASCII kept readable, not \u-escaped


def test_csv_columns_and_cells() -> None:
    out = io.StringIO()
    assert write_csv(EVENTS, out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == ACLED_COLUMNS + PANTAU_COLUMNS
    first, second = rows
    assert (first["event_date"], first["year"], first["interaction"]) == ("2024-03-04", "2024", "37")
    assert (first["latitude"], first["longitude"], first["fatalities"]) == ("-0.8917", "119.8707", "2")
    assert (first["inter1"], second["inter1"], second["event_date"], second["timestamp"]) == ("3", "", "", "")
    assert (first["historical"], second["historical"]) == ("false", "true")
    assert first["notes"] == 'Bom "rakitan" di Café' and second["notes"] == "Baris satu,\nbaris dua"
    assert json.loads(first["evidence"]) == [
        {"field": "sub_event_type", "sentence": 0, "start": 10, "end": 20, "text": "bom rakitan"},
        {"field": "fatalities", "sentence": 1, "start": 30, "end": 35, "text": "tewas"},
    ]
    assert " " not in first["evidence"].replace("bom rakitan", "")  # compact JSON
    assert second["evidence"] == "[]"


def test_csv_without_events_still_has_the_header() -> None:
    out = io.StringIO()
    assert write_csv([], out) == 0
    assert out.getvalue() == ",".join(ACLED_COLUMNS + PANTAU_COLUMNS) + "\n"


@pytest.mark.parametrize(
    ("events", "geometries"),
    [
        (EVENTS, [{"type": "Point", "coordinates": [119.8707, -0.8917]}, None]),
        ([UNLOCATED], [None]),
        ([], []),
    ],
)
def test_geojson_feature_collection(events: list[Event], geometries: list[object]) -> None:
    out = io.StringIO()
    assert write_geojson(iter(events), out) == len(events)
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    assert [feature["geometry"] for feature in collection["features"]] == geometries
    assert [feature["properties"] for feature in collection["features"]] == [e.to_dict() for e in events]
    assert all(feature["type"] == "Feature" for feature in collection["features"])


def test_geojson_refuses_nan_coordinates() -> None:
    with pytest.raises(ValueError, match="JSON"):
        nowhere = Event("a", "Battles", "Armed clash", latitude=float("nan"), longitude=1.0)
        write_geojson([nowhere], io.StringIO())


def render(events: list[Event]) -> str:
    console = Console(file=io.StringIO(), width=200, color_system=None)
    render_table(events, console)
    return console.file.getvalue()  # type: ignore[attr-defined]


def test_table_shows_the_main_fields_and_marks_historical_rows() -> None:
    text = render(EVENTS)
    expected_cells = [
        "2024-03-04", "Explosions/Remote violence", "Remote explosive/landmine/IED",
        "Unidentified Armed Group (Indonesia)", "Civilians (Indonesia)", "Kota Contoh (Indonesia)",
        "2 (2-4)", "Kabar Contoh", "Peaceful protest",
    ]
    for expected in expected_cells:
        assert expected in text
    historical_lines = [line for line in text.splitlines() if "(historical)" in line]
    assert len(historical_lines) == 1 and "2024-03-04" not in historical_lines[0]


def test_table_without_events_says_so() -> None:
    assert render([]).strip() == "No events."


@pytest.mark.parametrize(("fmt", "marker"), [("table", "Kota Contoh"), ("jsonl", '"article_id": "a1"'),
                                             ("csv", "event_id_cnty,"), ("geojson", "FeatureCollection")])
def test_write_events_by_format(fmt: str, marker: str) -> None:
    out = io.StringIO()
    assert write_events(EVENTS, fmt, out) == 2
    assert marker in out.getvalue()


def test_formats_are_the_documented_ones() -> None:
    assert FORMATS == ("table", "jsonl", "csv", "geojson")


def test_unknown_format_names_the_allowed_ones() -> None:
    with pytest.raises(ValueError, match="'xml'; choose one of: table, jsonl, csv, geojson"):
        write_events(EVENTS, "xml", io.StringIO())
