"""The `pantau` command: formats, batches, bad input, storage and queries."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from pantau.cli import EXIT_OK, EXIT_SKIPPED, main

REPORT_ID = ("Kelompok bersenjata menyerang pos polisi di Kabupaten Intan Jaya, Papua, Senin (1/5). "
             "Dua polisi tewas dalam serangan itu, kata Kapolda Papua.\n")
REPORT_EN = "Gunmen attacked a police checkpoint in Quetta, Pakistan, on Monday, killing three officers, police said.\n"


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "papua.txt").write_text(REPORT_ID, encoding="utf-8")
    (folder / "quetta.txt").write_text(REPORT_EN, encoding="utf-8")
    return folder


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_extract_jsonl_fields(reports: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", str(reports / "papua.txt"), "--published", "2023-05-02", "--format", "jsonl"], capsys)
    assert code == EXIT_OK
    records = [json.loads(line) for line in out.splitlines()]
    assert records and records[0]["article_id"] == "papua"
    for field in ("event_date", "event_type", "sub_event_type", "actor1", "country", "latitude", "fatalities",
                  "fatalities_low", "fatalities_high", "geo_precision", "time_precision", "evidence", "notes"):
        assert field in records[0]


@pytest.mark.parametrize("fmt", ["csv", "geojson", "table"])
def test_extract_other_formats(reports: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", str(reports), "--published", "2023-05-02", "--format", fmt], capsys)
    assert code == EXIT_OK
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows and list(rows[0])[:3] == ["event_id_cnty", "event_date", "year"]
    elif fmt == "geojson":
        collection = json.loads(out)
        assert collection["type"] == "FeatureCollection" and collection["features"]
    else:
        assert "Battles" in out


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", b"\x00\x01\x02\x03binary\x00", "binary"),
        ("latin1.txt", "Polisi menembak di Bogor, kata Kapolres Jos\u00e9.".encode("latin-1"), "UTF-8"),
        ("french.txt", "La police a arr\u00eat\u00e9 trois hommes \u00e0 Paris hier soir apr\u00e8s une manifestation.".encode(),
         "French"),
        ("broken.html", b"<html><body><div><p></div></html", "HTML"),
    ],
)
def test_bad_input_is_skipped_with_a_message_and_the_batch_goes_on(
        reports: Path, name: str, content: bytes, reason: str, capsys: pytest.CaptureFixture[str]) -> None:
    (reports / name).write_bytes(content)
    code, out, err = run(["extract", str(reports), "--published", "2023-05-02", "--format", "jsonl"], capsys)
    assert code == EXIT_SKIPPED
    assert name in err and reason in err
    assert {json.loads(line)["article_id"] for line in out.splitlines()} >= {"papua", "quetta"}


def test_jsonl_batch_with_a_broken_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": "a", "text": REPORT_ID, "published": "2023-05-02", "language": None}),
             '{"id": "b", "text": ',
             json.dumps({"id": "c", "text": REPORT_EN, "published": "2019-04-16", "language": "en"})]
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(["extract", str(batch), "--format", "jsonl"], capsys)
    assert code == EXIT_SKIPPED and "batch.jsonl:2" in err
    assert {json.loads(line)["article_id"] for line in out.splitlines()} == {"a", "c"}


def test_ingest_is_idempotent_and_queryable(reports: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "events.db")
    assert run(["ingest", str(reports), "--published", "2023-05-02", "--db", db], capsys)[0] == EXIT_OK
    _, first, _ = run(["export", "--db", db, "--format", "jsonl"], capsys)
    _, _, err = run(["ingest", str(reports), "--published", "2023-05-02", "--db", db], capsys)
    assert "2 unchanged" in err
    _, second, _ = run(["export", "--db", db, "--format", "jsonl"], capsys)
    assert first == second and first
    _, out, _ = run(["events", "--db", db, "--country", "Pakistan", "--format", "jsonl"], capsys)
    assert {json.loads(line)["country"] for line in out.splitlines()} == {"Pakistan"}


def test_bad_input_never_changes_stored_data(reports: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "events.db")
    run(["ingest", str(reports), "--published", "2023-05-02", "--db", db], capsys)
    _, before, _ = run(["export", "--db", db, "--format", "jsonl"], capsys)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "papua.txt").write_bytes(b"\x00\x00\x00")
    code, _, _ = run(["ingest", str(bad), "--db", db], capsys)
    _, after, _ = run(["export", "--db", db, "--format", "jsonl"], capsys)
    assert code == EXIT_SKIPPED and before == after


def test_a_file_that_is_not_a_database_is_refused_and_kept(tmp_path: Path, reports: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    not_db = tmp_path / "notes.db"
    not_db.write_text("my notes, not a database\n", encoding="utf-8")
    code, _, err = run(["ingest", str(reports), "--db", str(not_db)], capsys)
    assert code == 2 and "notes.db" in err
    assert not_db.read_text(encoding="utf-8") == "my notes, not a database\n"


USER_ACTORS = """\
actors:
  - id: fps
    name: "FPS: Front Pembebasan Sungai"
    inter: 3
    country: ID
    kind: political_militia
    aliases: [FPS, Front Pembebasan Sungai]
"""


def test_user_actor_file_names_a_group(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    actors = tmp_path / "my.yaml"
    actors.write_text(USER_ACTORS, encoding="utf-8")
    report = tmp_path / "fps.txt"
    report.write_text("Kelompok FPS menyerang pos polisi di Kabupaten Mimika, Papua, Senin (1/5).\n", encoding="utf-8")
    code, out, _ = run(["extract", str(report), "--published", "2023-05-02", "--format", "jsonl",
                        "--actors", str(actors)], capsys)
    assert code == EXIT_OK
    assert [json.loads(line)["actor1"] for line in out.splitlines()] == ["FPS: Front Pembebasan Sungai"]


def test_a_broken_user_actor_file_is_refused_with_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    actors = tmp_path / "bad.yaml"
    actors.write_text(USER_ACTORS.replace("inter: 3", "inter: many"), encoding="utf-8")
    report = tmp_path / "fps.txt"
    report.write_text("Kelompok FPS menyerang pos polisi di Mimika, Senin (1/5).\n", encoding="utf-8")
    code, _, err = run(["extract", str(report), "--published", "2023-05-02", "--actors", str(actors)], capsys)
    assert code == 2
    assert re.search(r"bad\.yaml:\d+: field 'inter'", err)


def test_an_internal_error_skips_only_that_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from pantau.pipeline import Extractor

    original = Extractor.extract

    def failing(self: Extractor, article: Any) -> Any:
        if "Makassar" in article.text:
            raise RuntimeError("boom")
        return original(self, article)

    monkeypatch.setattr(Extractor, "extract", failing)
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps({"id": name, "text": text, "published": "2023-04-05", "language": "id"})
                               for name, text in [("a", "Polisi membubarkan massa di Makassar, Selasa (4/4)."),
                                                  ("b", "Dua bom meledak di Surabaya, Senin (3/4).")]))
    code = main(["extract", str(batch), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert code == EXIT_SKIPPED
    assert "internal error (RuntimeError: boom)" in err
    assert [json.loads(line)["article_id"] for line in out.splitlines()] == ["b"]
