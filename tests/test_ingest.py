"""pantau.ingest: files, folders, JSON lines and stdin become articles; bad inputs are Skipped."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from pantau.ingest import Skipped, read_inputs
from pantau.model import Article

PAGE = b"""<!DOCTYPE html>
<html lang="id-ID"><head>
<title>Bentrok antarwarga di Kota Contoh</title>
<meta property="og:site_name" content="Kabar Contoh">
<meta property="article:published_time" content="2024-03-05T10:00:00+07:00">
<link rel="canonical" href="https://kabar.example/berita/1">
</head><body>
<nav><a href="/">Beranda</a> <a href="/politik">Politik</a></nav>
<article>
<h1>Bentrok antarwarga di Kota Contoh</h1>
<p>Dua orang tewas dalam bentrokan antara dua kelompok warga di Kota Contoh pada Senin malam,
menurut keterangan polisi setempat kepada wartawan.</p>
<p>Kepala kepolisian resor mengatakan situasi sudah kondusif dan aparat gabungan masih berjaga
di sekitar lokasi kejadian hingga Selasa pagi.</p>
</article>
<footer>Hak cipta Kabar Contoh</footer>
</body></html>"""


def read_all(paths: list[str], **options: object) -> list[Article | Skipped]:
    return list(read_inputs(paths, **options))  # type: ignore[arg-type]


def only(results: list[Article | Skipped]) -> Article | Skipped:
    assert len(results) == 1, results
    return results[0]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n\t\n", "empty file (only whitespace)"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file (not text)"),
        ("controls.txt", bytes(range(1, 9)) * 40, "binary file (not text)"),
        ("latin1.txt", "Warga di café".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at offset 12)"),
        ("bom-latin1.txt", b"\xef\xbb\xbfab\xff", "not valid UTF-8 (byte 0xff at offset 5)"),
        ("utf16.txt", "Warga berkumpul".encode("utf-16"), "not valid UTF-8 (UTF-16 byte-order mark"),
        ("broken.html", b"<html><<<body", "no article text found in HTML"),
        ("bare.htm", b"<html><head><title></title></head><body></body></html>", "no article text found"),
        ("report.pdf", b"%PDF-1.4 ...", "unsupported file type '.pdf' (expected .txt, .html, .htm, .jsonl)"),
        ("README", b"Warga berkumpul.", "unsupported file type (no extension)"),
        ("empty.jsonl", b"", "empty file"),
        ("blank.jsonl", b"\n\n", "empty file (no JSON lines)"),
        ("data.jsonl", b"\x00\x01\x02\x03binary", "binary file (not text)"),
    ],
)
def test_bad_file_is_skipped_with_a_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = only(read_all([str(path)]))
    assert isinstance(result, Skipped)
    assert result.origin == str(path)
    assert result.reason.startswith(reason)


@pytest.mark.parametrize(
    ("content", "text"),
    [
        # one sentence per line, kept as is
        (b"Polisi menangkap dua orang.\nMereka ditahan.\n", "Polisi menangkap dua orang.\nMereka ditahan.\n"),
        # pre-tokenized text (spaces around punctuation) is not touched
        (b"Polisi menangkap dua orang , kata Kapolres .", "Polisi menangkap dua orang , kata Kapolres ."),
        # a UTF-8 byte-order mark is dropped
        (b"\xef\xbb\xbfWarga berunjuk rasa.", "Warga berunjuk rasa."),
        # Windows and old Mac line endings become \n
        (b"Baris satu.\r\nBaris dua.\rBaris tiga.", "Baris satu.\nBaris dua.\nBaris tiga."),
        # non-ASCII UTF-8 text
        ("Warga menolak — kata «Pak» Café.".encode(), "Warga menolak — kata «Pak» Café."),
    ],
)
def test_text_file_becomes_an_article(tmp_path: Path, content: bytes, text: str) -> None:
    path = tmp_path / "laporan.satu.txt"
    path.write_bytes(content)
    article = only(read_all([str(path)], published=date(2024, 5, 1), language="ID"))
    assert article == Article(
        id="laporan.satu", text=text, published=date(2024, 5, 1), language="id", origin=str(path)
    )


def test_huge_file_is_skipped_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: takes no disk and no memory
    result = only(read_all([str(path)]))
    assert result == Skipped(str(path), "too large (104.9 MB > limit 20 MB)")


def test_max_bytes_limits_a_small_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("x" * 2_000_001)
    result = only(read_all([str(path)], max_bytes=1_000_000))
    assert result == Skipped(str(path), "too large (2 MB > limit 1 MB)")


@pytest.mark.parametrize(
    ("paths", "reason"),
    [
        (["missing.txt"], "no such file"),
        (["missing-folder/"], "no such file"),
    ],
)
def test_missing_input_is_skipped(tmp_path: Path, paths: list[str], reason: str) -> None:
    named = [str(tmp_path / p) for p in paths]
    assert read_all(named) == [Skipped(named[0], reason)]


def test_bad_input_does_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Warga berunjuk rasa di depan kantor bupati.")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00")
    names = [str(tmp_path / "bad.txt"), str(tmp_path / "nope.txt"), str(tmp_path / "good.txt")]
    kinds = [type(result).__name__ for result in read_all(names)]
    assert kinds == ["Skipped", "Skipped", "Article"]


def test_folder_is_read_recursively_sorted_without_hidden_or_foreign_files(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    for relative in ["b/2.txt", "a.txt", "sub/c.html", "z.jsonl", ".hidden.txt", ".git/x.txt", "notes.pdf",
                     "a.gold.json"]:
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("placeholder")
    (folder / "sub/c.html").write_bytes(PAGE)
    (folder / "z.jsonl").write_text('{"id": "z1", "text": "Warga berunjuk rasa."}\n')
    results = read_all([str(folder)])
    origins = [result.origin for result in results]
    assert origins == [f"{folder}/a.txt", f"{folder}/b/2.txt", f"{folder}/sub/c.html", f"{folder}/z.jsonl:1"]
    assert [result.id for result in results if isinstance(result, Article)] == ["a", "2", "c", "z1"]


def test_empty_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_text("x")
    result = only(read_all([str(tmp_path)]))
    assert result == Skipped(str(tmp_path), "no .txt, .html, .htm, .jsonl files in folder")


def test_unreadable_subfolder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("Warga berunjuk rasa.")
    real_walk = os.walk

    def walk_with_a_locked_folder(top: Path, onerror: Callable[[OSError], None]) -> Iterator[tuple]:
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield from real_walk(top)

    monkeypatch.setattr("pantau.ingest.reader.os.walk", walk_with_a_locked_folder)
    results = read_all([str(tmp_path)])
    assert results[0] == Skipped(str(tmp_path / "locked"), "cannot read folder: Permission denied")
    assert isinstance(results[1], Article) and results[1].id == "a"


def test_html_gives_text_by_paragraph_and_page_metadata(tmp_path: Path) -> None:
    path = tmp_path / "bentrok.html"
    path.write_bytes(PAGE)
    article = only(read_all([str(path)]))
    assert isinstance(article, Article)
    lines = article.text.split("\n")
    assert lines[0] == "Bentrok antarwarga di Kota Contoh"
    assert lines[1].startswith("Dua orang tewas") and lines[2].startswith("Kepala kepolisian")
    assert "Beranda" not in article.text and "Hak cipta" not in article.text
    assert (article.id, article.published, article.language) == ("bentrok", date(2024, 3, 5), "id")
    assert (article.url, article.source) == ("https://kabar.example/berita/1", "Kabar Contoh")


def test_html_user_metadata_wins_over_the_page(tmp_path: Path) -> None:
    path = tmp_path / "bentrok.htm"
    path.write_bytes(PAGE)
    article = only(read_all([str(path)], published=date(2024, 3, 6), language="en"))
    assert isinstance(article, Article)
    assert (article.published, article.language) == (date(2024, 3, 6), "en")


def write_jsonl(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": 1, "text": "Warga berunjuk rasa.",', "broken JSON line: Expecting property name"),
        ("[1, 2]", "JSON line is not an object (got array)"),
        ('"Warga berunjuk rasa."', "JSON line is not an object (got string)"),
        ("null", "JSON line is not an object (got null)"),
        ('{"id": "x"}', "missing field 'text'"),
        ('{"text": null}', "missing field 'text'"),
        ('{"text": "  "}', "empty field 'text'"),
        ('{"text": 5}', "field 'text' must be a string, not number"),
        ('{"text": "a", "published": "03/04/2024"}', "bad published date '03/04/2024'"),
        ('{"text": "a", "published": "2024-02-30"}', "bad published date '2024-02-30'"),
        ('{"text": "a", "published": 20240301}', "bad published date 20240301"),
        ('{"text": "a", "id": true}', "field 'id' must be a string or a number"),
        ('{"text": "a", "id": [1]}', "field 'id' must be a string or a number"),
        ('{"text": "a", "id": " "}', "empty field 'id'"),
        ('{"text": "a", "url": 3}', "field 'url' must be a string"),
        ('{"text": "a", "source": {"name": "x"}}', "field 'source' must be a string"),
        ('{"text": "a", "language": "Bahasa Indonesia"}', "bad language code 'Bahasa Indonesia'"),
    ],
)
def test_bad_jsonl_line_is_skipped_and_the_rest_go_on(tmp_path: Path, line: str, reason: str) -> None:
    lines = ['{"id": "a", "text": "Satu."}', line, '{"id": "b", "text": "Dua."}']
    name = write_jsonl(tmp_path / "batch.jsonl", lines)
    first, bad, last = read_all([name])
    assert isinstance(first, Article) and isinstance(last, Article)
    assert (first.id, first.origin, last.id, last.origin) == ("a", f"{name}:1", "b", f"{name}:3")
    assert isinstance(bad, Skipped) and bad.origin == f"{name}:2"
    assert bad.reason.startswith(reason)


@pytest.mark.parametrize(
    ("line", "defaults", "expected"),
    [
        ('{"id": 42, "text": "a"}', {}, ("42", None, None)),
        ('{"text": "a"}', {}, ("batch-1", None, None)),
        ('{"text": "a", "published": "2024-03-05"}', {}, ("batch-1", date(2024, 3, 5), None)),
        ('{"text": "a", "published": "2024-03-05T23:30:00+07:00"}', {}, ("batch-1", date(2024, 3, 5), None)),
        ('{"text": "a", "published": "2024-03-05 08:00"}', {}, ("batch-1", date(2024, 3, 5), None)),
        ('{"text": "a", "published": null}', {"published": date(2024, 1, 1)},
         ("batch-1", date(2024, 1, 1), None)),
        ('{"text": "a", "published": "2024-03-05"}', {"published": date(2024, 1, 1)},
         ("batch-1", date(2024, 3, 5), None)),
        ('{"text": "a", "language": "ID"}', {}, ("batch-1", None, "id")),
        ('{"text": "a", "language": "en-US"}', {"language": "id"}, ("batch-1", None, "en")),
        ('{"text": "a", "language": null}', {"language": "id"}, ("batch-1", None, "id")),
    ],
)
def test_jsonl_record_fields(tmp_path: Path, line: str, defaults: dict[str, object],
                             expected: tuple[str, date | None, str | None]) -> None:
    article = only(read_all([write_jsonl(tmp_path / "batch.jsonl", [line])], **defaults))
    assert isinstance(article, Article)
    assert (article.id, article.published, article.language) == expected


def test_jsonl_keeps_url_source_and_text(tmp_path: Path) -> None:
    record = {"id": "x", "text": "Baris satu.\r\nBaris dua.", "url": "https://a.example/1", "source": "Kabar"}
    article = only(read_all([write_jsonl(tmp_path / "b.jsonl", [json.dumps(record)])]))
    assert article == Article(
        id="x", text="Baris satu.\nBaris dua.", url="https://a.example/1", source="Kabar",
        origin=f"{tmp_path}/b.jsonl:1",
    )


def test_jsonl_line_over_the_limit_is_skipped_and_line_numbers_stay_right(tmp_path: Path) -> None:
    long_line = json.dumps({"id": "long", "text": "x" * 5000})
    name = write_jsonl(tmp_path / "b.jsonl", ['{"text": "Satu."}', long_line, '{"text": "Tiga."}'])
    results = read_all([name], max_bytes=1000)
    assert [result.origin for result in results] == [f"{name}:1", f"{name}:2", f"{name}:3"]
    assert results[1] == Skipped(f"{name}:2", "line too long (5 kB > limit 1 kB)")
    assert isinstance(results[2], Article) and results[2].id == "b-3"


def test_jsonl_invalid_utf8_line_names_the_file_offset(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_bytes(b'{"text": "ok"}\n{"text": "caf\xe9"}\n')
    results = read_all([str(path)])
    assert results[1] == Skipped(f"{path}:2", "not valid UTF-8 (byte 0xe9 at offset 28)")


def test_jsonl_is_streamed_for_large_batches(tmp_path: Path) -> None:
    lines = [json.dumps({"id": n, "text": f"Laporan nomor {n}."}) for n in range(1500)]
    results = read_all([write_jsonl(tmp_path / "big.jsonl", lines)])
    assert [result.id for result in results if isinstance(result, Article)] == [str(n) for n in range(1500)]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"id": "s1", "text": "Satu."}\n{"text": "Dua."}\n', [("s1", "-:1"), ("stdin-2", "-:2")]),
        (b'\xef\xbb\xbf  \n{"text": "Satu."}\n', [("stdin-2", "-:2")]),
        (PAGE, [("stdin", "-")]),
        (b"Warga berunjuk rasa di depan kantor bupati.\n", [("stdin", "-")]),
        (b"", [("-", "empty input")]),
        (b"\x00\x01\x02", [("-", "binary file (not text)")]),
        (b"{\x00\x01\x02", [("-", "binary file (not text)")]),
    ],
)
def test_stdin_is_sniffed(data: bytes, expected: list[tuple[str, str]]) -> None:
    results = read_all(["-"], stdin=io.BytesIO(data))
    found = [(r.id, r.origin) if isinstance(r, Article) else (r.origin, r.reason) for r in results]
    assert found == expected


def test_stdin_text_keeps_the_text() -> None:
    article = only(read_all(["-"], stdin=io.BytesIO(b"Polisi menangkap dua orang .\n"), language="id"))
    assert article == Article(id="stdin", text="Polisi menangkap dua orang .\n", language="id", origin="-")


@pytest.mark.parametrize(
    ("options", "message"),
    [({"language": "Indonesian"}, "bad language code"), ({"max_bytes": 0}, "max_bytes must be positive")],
)
def test_bad_options_raise(options: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        read_all(["-"], stdin=io.BytesIO(b"x"), **options)


def test_a_single_string_is_not_taken_for_a_list_of_paths() -> None:
    with pytest.raises(TypeError, match="list of paths"):
        read_all("reports")  # type: ignore[arg-type]


def test_path_objects_are_accepted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Warga berunjuk rasa.")
    article = only(read_all([tmp_path / "a.txt"]))  # type: ignore[list-item]
    assert isinstance(article, Article) and article.origin == str(tmp_path / "a.txt")


def test_skipped_message() -> None:
    assert Skipped("reports/a.html", "binary file (not text)").message() == (
        "pantau: skipped reports/a.html: binary file (not text)"
    )
