"""JSON Lines to articles, streamed one line at a time (batches of thousands of reports)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from pantau.ingest.decode import UTF8_BOM, decode_text, normalise_newlines
from pantau.ingest.fields import normalise_language, parse_published
from pantau.ingest.skipped import Rejected, Skipped, format_size
from pantau.model import Article

_DRAIN_CHUNK = 1 << 20
_JSON_TYPE_NAMES = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}


@dataclass(frozen=True)
class RawLine:
    number: int  # 1-based
    offset: int  # byte offset of the line in its file
    length: int  # bytes, newline included
    data: bytes | None  # None when the line is longer than the limit (never held in memory)


def read_jsonl(
    stream: BinaryIO,
    *,
    origin: str,
    stem: str,
    published: date | None,
    language: str | None,
    max_bytes: int,
) -> Iterator[Article | Skipped]:
    """One article per JSON object line; a bad line is Skipped as ``origin:line``, the rest go on.

    ``published``/``language`` fill in where a record has none (null or missing).
    """
    found_any = False
    for line in raw_lines(stream, max_bytes):
        where = f"{origin}:{line.number}"
        if line.data is None:
            found_any = True
            limit = format_size(max_bytes)
            yield Skipped(where, f"line too long ({format_size(line.length)} > limit {limit})")
            continue
        data = line.data.removeprefix(UTF8_BOM) if line.number == 1 else line.data
        if not data.strip():
            continue
        found_any = True
        try:
            record = _parse_line(data, line.offset + len(line.data) - len(data))
            yield article_from_record(
                record, default_id=f"{stem}-{line.number}", origin=where,
                published=published, language=language,
            )
        except Rejected as rejected:
            yield Skipped(where, rejected.reason)
    if not found_any:
        yield Skipped(origin, "empty file (no JSON lines)")


def raw_lines(stream: BinaryIO, max_bytes: int) -> Iterator[RawLine]:
    """The stream's lines; a line over ``max_bytes`` is drained in chunks, not held whole."""
    number = offset = 0
    while line := stream.readline(max_bytes + 1):
        number += 1
        length = len(line)
        too_long = length > max_bytes and not line.endswith(b"\n")
        while too_long and not line.endswith(b"\n") and (line := stream.readline(_DRAIN_CHUNK)):
            length += len(line)
        yield RawLine(number, offset, length, None if too_long else line)
        offset += length


def _parse_line(data: bytes, offset: int) -> dict[str, object]:
    try:
        text = decode_text(data, base_offset=offset)
    except Rejected as rejected:
        if rejected.reason.startswith("binary"):
            raise Rejected("binary data (not text)") from rejected
        raise
    try:
        record = json.loads(text)
    except json.JSONDecodeError as err:
        raise Rejected(f"broken JSON line: {err.msg} (column {err.colno})") from err
    if not isinstance(record, dict):
        kind = _JSON_TYPE_NAMES.get(type(record), "null")
        raise Rejected(f"JSON line is not an object (got {kind})")
    return record


def article_from_record(
    record: dict[str, object],
    *,
    default_id: str,
    origin: str,
    published: date | None,
    language: str | None,
) -> Article:
    """An article from ``{"id","text","published","language","url","source"}``; extra keys ignored."""
    text = record.get("text")
    if text is None:
        raise Rejected("missing field 'text'")
    if not isinstance(text, str):
        raise Rejected(f"field 'text' must be a string, not {_JSON_TYPE_NAMES.get(type(text), 'object')}")
    if not text.strip():
        raise Rejected("empty field 'text'")
    return Article(
        id=_record_id(record.get("id"), default_id),
        text=normalise_newlines(text),
        published=parse_published(record.get("published")) or published,
        language=normalise_language(record.get("language")) or language,
        url=_optional_string(record, "url"),
        source=_optional_string(record, "source"),
        origin=origin,
    )


def _record_id(value: object, default_id: str) -> str:
    if value is None:
        return default_id
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise Rejected("field 'id' must be a string or a number")
    article_id = str(value).strip()
    if not article_id:
        raise Rejected("empty field 'id'")
    return article_id


def _optional_string(record: dict[str, object], name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise Rejected(f"field '{name}' must be a string")
    return value.strip() or None
