"""``pantau eval-geo`` on tiny corpora written for these tests (same formats as the real ones)."""

from __future__ import annotations

import gzip
import json
import zipfile
from pathlib import Path

import pytest

from pantau.evaluation import geo
from pantau.places import Geocoder, Place, PlaceMention, load_geocoder

GAZTAG_XML = """<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><text><![CDATA[Shelling hit Aleppo again. Later, aid reached Damascus.]]></text>
<toponyms>
<toponym><phrase>Aleppo</phrase><start>13</start><end>19</end>
<gaztag geonameid="170063"><name>Aleppo</name><lat>36.20124</lat><lon>37.16117</lon></gaztag></toponym>
<toponym><phrase>Damascus</phrase><start>44</start><end>52</end>
<gaztag geonameid="170654"><name>Damascus</name><lat>33.5102</lat><lon>36.29128</lon></gaztag></toponym>
</toponyms></article></articles>
"""

GWN_XML = """<?xml version="1.0" ?>
<articles><article file="0"><text>Flooding closed roads near Nairobi on Monday.</text>
<toponyms>
<toponym><extractedName>Nairobi</extractedName><type>Literal</type><start>27</start><end>34</end>
<geonamesID>184745</geonamesID><latitude>-1.28333</latitude><longitude>36.81667</longitude></toponym>
<toponym><extractedName>roads</extractedName><type>Literal_Expression</type><start>15</start><end>20</end>
</toponym>
</toponyms></article></articles>
"""


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return load_geocoder()


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(text)
    return path


def test_reads_gaztag_format(tmp_path: Path) -> None:
    [doc] = list(geo.read_corpus(_write(tmp_path / "a.xml.gz", GAZTAG_XML)))
    assert [doc.text[t.start:t.end] for t in doc.toponyms] == ["Aleppo", "Damascus"]
    assert doc.toponyms[0].geonameid == 170063


def test_reads_geowebnews_format_and_keeps_spans_without_coordinates(tmp_path: Path) -> None:
    [doc] = list(geo.read_corpus(_write(tmp_path / "g.xml.gz", GWN_XML)))
    assert [(t.geonameid, round(t.latitude, 2)) for t in doc.toponyms] == [(184745, -1.28)]
    assert len(doc.spans) == 2


ALIGN = [
    ("Rain fell on Lyon today.", "Lyon", 13, 17, (13, 17)),
    ("Rain fell on Lyon today.", "Lyon", 11, 15, (13, 17)),  # stale offsets move to the phrase
    ("Rain fell on Lyon today.", "Paris", 13, 17, (13, 17)),  # phrase absent: keep the offsets
]


@pytest.mark.parametrize(("text", "phrase", "start", "end", "expected"), ALIGN)
def test_align(text: str, phrase: str, start: int, end: int, expected: tuple[int, int]) -> None:
    assert geo._align(text, phrase, start, end) == expected


def test_gold_toponym_scores(tmp_path: Path, geocoder: Geocoder) -> None:
    docs = list(geo.read_corpus(_write(tmp_path / "a.xml.gz", GAZTAG_XML)))
    figures = geo.score_gold_toponyms(geocoder, docs)
    assert figures["toponyms"] == 2 and figures["acc161"] == 1.0 and figures["no_right_candidate"] == 0.0


def test_end_to_end_scores(tmp_path: Path, geocoder: Geocoder) -> None:
    docs = list(geo.read_corpus(_write(tmp_path / "g.xml.gz", GWN_XML)))
    figures = geo.score_end_to_end(geocoder, docs)
    assert figures == {"precision": 1.0, "recall": 1.0, "acc161_matched": 1.0}


def _mention(start: int, end: int, role: str) -> PlaceMention:
    place = Place(None, "X", "SY", "Syria", "", "", "", 0.0, 0.0, "populated", 0)
    return PlaceMention(start, end, "X", place, role, 0.9)


EVENT_LOCATION = [
    ([_mention(0, 5, "nationality"), _mention(30, 35, "locative")], (10, 15), (30, 35)),
    ([_mention(0, 5, "mention"), _mention(40, 45, "mention")], (8, 12), (0, 5)),
    ([_mention(0, 5, "origin")], (8, 12), None),
]


@pytest.mark.parametrize(("mentions", "trigger", "expected"), EVENT_LOCATION)
def test_event_location_choice(mentions: list[PlaceMention], trigger: tuple[int, int],
                               expected: tuple[int, int] | None) -> None:
    chosen = geo.event_location(mentions, trigger)
    assert (None if chosen is None else (chosen.start, chosen.end)) == expected


def test_main_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for file in geo.CORPORA.values():
        _write(tmp_path / "geoparsing-eval-en" / file, GAZTAG_XML)
    text = "Militants attacked a checkpoint in Kandahar on Friday."
    record = {"text": text, "answer": "accept", "source": "RELABEL",
              "tokens": [{"start": m, "end": m + len(w)} for m, w in _words(text)],
              "spans": [{"label": "VERB", "token_start": 1, "token_end": 1},
                        {"label": "LOCATION", "token_start": 5, "token_end": 5}]}
    (tmp_path / "event-location").mkdir()
    with zipfile.ZipFile(tmp_path / "event-location" / "labeled_text.jsonl.zip", "w") as archive:
        archive.writestr("labeled_text.jsonl", json.dumps([record]))
    assert geo.main(["--json", "--data", str(tmp_path)]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(figures) == {"lgl_acc161", "geowebnews_acc161", "trnews_acc161", "lgl_acc161_e2e",
                            "geowebnews_acc161_e2e", "trnews_acc161_e2e", "event_location_acc"}
    assert figures["trnews_acc161"] == 1.0 and figures["event_location_acc"] == 1.0


def _words(text: str) -> list[tuple[int, str]]:
    out, position = [], 0
    for word in text.split():
        position = text.index(word, position)
        out.append((position, word))
        position += len(word)
    return out
