"""pantau.store: articles and events saved, replaced atomically, filtered and read back unchanged."""

from __future__ import annotations

import sqlite3
from dataclasses import fields, replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect

import pantau.store.store as store_module
from pantau.model import Article, Event, Evidence
from pantau.store import EVENT_STATUSES, Store, StoreError
from pantau.store.convert import EVENT_COLUMNS

ARTICLE = Article(
    id="bentrok-1", text="Dua orang tewas dalam bentrokan warga di Kota Contoh.", published=date(2024, 3, 5),
    language="id", url="https://kabar.example/1", source="Kabar Contoh", origin="reports/bentrok-1.txt",
)
CLASH = Event(
    article_id="bentrok-1", event_type="Riots", sub_event_type="Mob violence",
    disorder_type="Political violence", event_date="2024-03-04", time_precision=1,
    actor1="Rioters (Indonesia)", assoc_actor_1="Warga Desa A",
    inter1=5, actor2="Civilians (Indonesia)", inter2=7, civilian_targeting="Civilian targeting", iso=360,
    region="Southeast Asia", country="Indonesia", admin1="Sulawesi Tengah", admin2="Kota Contoh",
    admin3="Kecamatan Contoh", location="Kota Contoh", latitude=-0.8917, longitude=119.8707, geo_precision=1,
    source="Kabar Contoh", source_scale="National", notes="Dua orang tewas.", fatalities=2, fatalities_low=2,
    fatalities_high=3, tags="crowd size=no report", historical=False, confidence=0.8125, language="id",
    event_id_cnty="IDN1",
    evidence=(
        Evidence("fatalities", 0, 0, 15, "Dua orang tewas"),
        Evidence("event_type", 0, 22, 31, "bentrokan"),
    ),
)
BACKGROUND = Event(
    article_id="bentrok-1", event_type="Protests", sub_event_type="Peaceful protest", event_date="2023-01-10",
    actor1="Protesters (Indonesia)", country="Indonesia", historical=True,
)
ARREST = Event(
    article_id="tangkap-2", event_type="Strategic developments", sub_event_type="Arrests",
    event_date="2024-02-01", actor1="Police Forces of Indonesia (2014-)", actor2="Jemaah Islamiyah",
    country="indonesia", latitude=None, longitude=None,
)
UNDATED = Event(
    article_id="tangkap-2", event_type="Battles", sub_event_type="Armed clash", country="Philippines",
    actor1="Military Forces of the Philippines", actor2="Abu Sayyaf",
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store(tmp_path / "pantau.db")
    yield opened  # type: ignore[misc]
    opened.close()


def test_event_columns_match_the_model() -> None:
    model_fields = {f.name for f in fields(Event)} - {"evidence"}
    table_columns = {column.name for column in inspect(store_module.EventRow).columns}
    assert set(EVENT_COLUMNS) == model_fields
    assert model_fields <= table_columns


def test_events_round_trip_unchanged(store: Store) -> None:
    assert store.save(ARTICLE, [CLASH, BACKGROUND]) == "added"
    assert store.events(include_historical=True) == [BACKGROUND, CLASH]
    assert store.article_count() == 1


def test_data_survives_reopening(tmp_path: Path) -> None:
    with Store(str(tmp_path / "p.db")) as first:
        first.save(ARTICLE, [CLASH])
    with Store(f"sqlite:///{tmp_path / 'p.db'}") as second:
        assert second.events() == [CLASH]


@pytest.mark.parametrize(
    ("changed_article", "version", "result"),
    [
        (ARTICLE, "v1", "unchanged"),
        (replace(ARTICLE, source="Other"), "v1", "unchanged"),  # only id, text and version count
        (ARTICLE, "v2", "updated"),
        (replace(ARTICLE, text=ARTICLE.text + " Polisi berjaga."), "v1", "updated"),
    ],
)
def test_save_again(store: Store, changed_article: Article, version: str, result: str) -> None:
    store.save(ARTICLE, [CLASH, BACKGROUND], extractor_version="v1")
    assert store.save(changed_article, [CLASH], extractor_version=version) == result
    expected = [BACKGROUND, CLASH] if result == "unchanged" else [CLASH]
    assert store.events(include_historical=True) == expected
    assert store.article_count() == 1


@pytest.mark.parametrize(
    ("article", "version", "unchanged"),
    [
        (ARTICLE, "v1", True),
        (ARTICLE, "v2", False),
        (replace(ARTICLE, text="teks lain"), "v1", False),
        (replace(ARTICLE, id="lain"), "v1", False),
    ],
)
def test_is_unchanged(store: Store, article: Article, version: str, unchanged: bool) -> None:
    store.save(ARTICLE, [CLASH], extractor_version="v1")
    assert store.is_unchanged(article, extractor_version=version) is unchanged


def test_update_replaces_only_that_articles_events(store: Store) -> None:
    store.save(ARTICLE, [CLASH])
    store.save(replace(ARTICLE, id="tangkap-2", text="Polisi menangkap terduga teroris."), [ARREST, UNDATED])
    store.save(ARTICLE, [], extractor_version="v2")
    assert store.events() == [ARREST, UNDATED]
    assert store.article_count() == 2


def test_failed_save_rolls_back_and_keeps_earlier_data(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.save(ARTICLE, [CLASH, BACKGROUND], extractor_version="v1")
    original = store_module.event_row

    def failing_row(event: Event, position: int) -> object:
        if position == 1:
            raise RuntimeError("forced failure")
        return original(event, position)

    monkeypatch.setattr(store_module, "event_row", failing_row)
    with pytest.raises(RuntimeError, match="forced failure"):
        store.save(replace(ARTICLE, text="teks baru"), [CLASH, BACKGROUND], extractor_version="v2")
    with pytest.raises(RuntimeError, match="forced failure"):
        new_events = [replace(CLASH, article_id="baru"), replace(BACKGROUND, article_id="baru")]
        store.save(replace(ARTICLE, id="baru"), new_events)
    monkeypatch.undo()
    assert store.events(include_historical=True) == [BACKGROUND, CLASH]
    assert store.article_count() == 1
    # the old version is still the stored one: saving it again changes nothing
    assert store.save(ARTICLE, [CLASH, BACKGROUND], extractor_version="v1") == "unchanged"


def test_event_of_another_article_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="tangkap-2"):
        store.save(ARTICLE, [CLASH, ARREST])
    assert store.article_count() == 0


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, [ARREST, CLASH, UNDATED]),
        ({"include_historical": True}, [BACKGROUND, ARREST, CLASH, UNDATED]),
        ({"country": "INDONESIA"}, [ARREST, CLASH]),
        ({"country": "Philippines"}, [UNDATED]),
        ({"event_type": "riots"}, [CLASH]),
        ({"event_type": "Strategic developments"}, [ARREST]),
        ({"since": date(2024, 3, 1)}, [CLASH]),
        ({"until": date(2024, 3, 4)}, [ARREST, CLASH]),
        ({"since": date(2024, 2, 1), "until": date(2024, 2, 1)}, [ARREST]),
        ({"actor": "police"}, [ARREST]),
        ({"actor": "CIVILIANS"}, [CLASH]),
        ({"actor": "abu sayyaf"}, [UNDATED]),
        ({"actor": "protesters"}, []),
        ({"actor": "protesters", "include_historical": True}, [BACKGROUND]),
        ({"actor": "%"}, []),  # LIKE wildcards are taken literally
        ({"actor": "(2014-)"}, [ARREST]),
        ({"country": "indonesia", "actor": "police", "since": date(2024, 3, 1)}, []),
    ],
)
def test_event_filters(store: Store, query: dict[str, object], expected: list[Event]) -> None:
    store.save(ARTICLE, [CLASH, BACKGROUND])
    store.save(replace(ARTICLE, id="tangkap-2", text="Polisi menangkap terduga teroris."), [UNDATED, ARREST])
    assert store.events(**query) == expected  # type: ignore[arg-type]


def test_sqlite_uses_wal_and_stores_review_status(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Store(path) as opened:
        opened.save(ARTICLE, [CLASH])
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert connection.execute("SELECT status FROM events").fetchall() == [("extracted",)]
        evidence = connection.execute('SELECT field, start, "end" FROM evidence ORDER BY position').fetchall()
        assert evidence == [("fatalities", 0, 15), ("event_type", 22, 31)]
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("UPDATE events SET status = 'maybe'")
    finally:
        connection.close()
    assert EVENT_STATUSES == ("extracted", "confirmed", "corrected", "rejected")


@pytest.mark.parametrize(
    ("content", "as_url"),
    [(b"event_id_cnty,event_date\nIDN1,2024-03-04\n", False), (b"not a database at all", True)],
)
def test_a_file_that_is_not_sqlite_is_refused_and_kept(tmp_path: Path, content: bytes, as_url: bool) -> None:
    path = tmp_path / "events.csv"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=r"events\.csv"):
        Store(f"sqlite:///{path}" if as_url else path)
    assert path.read_bytes() == content


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder"):
        Store(tmp_path)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("nosuchdb://localhost/x", "cannot open nosuchdb://"),
        ("sqlite:////nonexistent-folder/sub/p.db", "unable to open database file"),
        ("postgresql+nosuchdriver://reviewer:secret@localhost/pantau", r"reviewer:\*\*\*@localhost"),
    ],
)
def test_unusable_url_raises_store_error(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        Store(url)
