"""read_inputs: files, folders and stdin to articles; a bad input is Skipped, never fatal."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePath
from typing import BinaryIO

from pantau.ingest.decode import SNIFF_BYTES, UTF8_BOM, decode_text, looks_binary
from pantau.ingest.fields import normalise_language
from pantau.ingest.html import html_article
from pantau.ingest.jsonl import read_jsonl
from pantau.ingest.skipped import Rejected, Skipped, format_size
from pantau.model import Article

# File suffix -> how it is read.
SUPPORTED_SUFFIXES: dict[str, str] = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
STDIN = "-"
_SUFFIX_LIST = ", ".join(SUPPORTED_SUFFIXES)


@dataclass(frozen=True)
class _Options:
    published: date | None
    language: str | None
    max_bytes: int


def read_inputs(
    paths: Sequence[str],
    *,
    published: date | None = None,
    language: str | None = None,
    max_bytes: int = 20_000_000,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Skipped]:
    """Articles from ``.txt``/``.html``/``.htm``/``.jsonl`` files, folders of them, or ``-`` (stdin).

    Each input that cannot be read yields a ``Skipped`` naming it and why, and the batch goes
    on. ``published``/``language`` fill in where an article has none (for HTML they win over the
    page's metadata, which is often a guess). ``max_bytes`` caps a text/HTML file and a JSON line.
    """
    if isinstance(paths, str | os.PathLike):  # a lone string would be read letter by letter
        raise TypeError(f"paths must be a list of paths, got the single path {str(paths)!r}")
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes}")
    try:
        language = normalise_language(language)
    except Rejected as rejected:
        raise ValueError(rejected.reason) from None
    options = _Options(published, language, max_bytes)
    for given in map(os.fspath, paths):
        if given == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, options)
        else:
            yield from _read_path(given, options)


def _read_path(given: str, options: _Options) -> Iterator[Article | Skipped]:
    path = Path(given)
    try:
        if path.is_dir():
            unreadable: list[OSError] = []
            found = _files_in_folder(path, unreadable)
            for error in unreadable:
                yield Skipped(str(error.filename or given), f"cannot read folder: {error.strerror or error}")
            if not found and not unreadable:
                yield Skipped(given, f"no {_SUFFIX_LIST} files in folder")
            for relative in found:
                yield from _read_file(str(PurePath(given) / relative), path / relative, options)
            return
        if not path.exists():
            yield Skipped(given, "no such file")
            return
    except OSError as err:
        yield Skipped(given, f"cannot read: {err.strerror or err}")
        return
    if not path.is_file():
        yield Skipped(given, "not a regular file")
    elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
        kind = f"'{path.suffix}'" if path.suffix else "(no extension)"
        yield Skipped(given, f"unsupported file type {kind} (expected {_SUFFIX_LIST})")
    else:
        yield from _read_file(given, path, options)


def _files_in_folder(folder: Path, unreadable: list[OSError]) -> list[PurePath]:
    """Supported files under ``folder``, recursively, sorted, hidden files and folders left out.

    Subfolders that cannot be listed are added to ``unreadable`` (os.walk would skip them silently).
    """
    found: list[PurePath] = []
    for root, folders, files in os.walk(folder, onerror=unreadable.append):
        folders[:] = [name for name in folders if not name.startswith(".")]
        relative_root = PurePath(root).relative_to(folder)
        found.extend(
            relative_root / name
            for name in files
            if not name.startswith(".") and PurePath(name).suffix.lower() in SUPPORTED_SUFFIXES
        )
    return sorted(found, key=lambda relative: relative.parts)


def _read_file(origin: str, path: Path, options: _Options) -> Iterator[Article | Skipped]:
    kind = SUPPORTED_SUFFIXES[path.suffix.lower()]
    try:
        size = path.stat().st_size
        if size == 0:
            yield Skipped(origin, "empty file")
        elif kind == "jsonl":
            with path.open("rb") as stream:  # streamed line by line: no size limit for the file
                yield from _read_jsonl_stream(stream, origin, path.stem, options)
        elif size > options.max_bytes:  # checked before reading: never load a huge file whole
            yield Skipped(origin, _too_large(size, options.max_bytes))
        else:
            with path.open("rb") as stream:
                data = stream.read(options.max_bytes + 1)
            yield _document(data, kind, article_id=path.stem, origin=origin, options=options)
    except OSError as err:
        yield Skipped(origin, f"cannot read: {err.strerror or err}")


def _read_stdin(stream: BinaryIO, options: _Options) -> Iterator[Article | Skipped]:
    """Standard input, sniffed: JSON lines if it starts with "{", HTML if "<", else text."""
    # A buffer lets us look at the start without consuming it; detached afterwards so the
    # caller's stream is not closed with it.
    wrapped = not isinstance(stream, io.BufferedReader)
    buffered = io.BufferedReader(stream) if wrapped else stream  # type: ignore[arg-type]
    try:
        head = buffered.peek(SNIFF_BYTES).removeprefix(UTF8_BOM).lstrip()
        if not head:
            yield Skipped(STDIN, "empty input")
        elif head.startswith(b"{"):
            yield from _read_jsonl_stream(buffered, STDIN, "stdin", options)
        else:
            data = buffered.read(options.max_bytes + 1)
            kind = "html" if head.startswith(b"<") else "text"
            yield _document(data, kind, article_id="stdin", origin=STDIN, options=options)
    finally:
        if wrapped:
            buffered.detach()


def _read_jsonl_stream(
    stream: io.BufferedReader, origin: str, stem: str, options: _Options
) -> Iterator[Article | Skipped]:
    if looks_binary(stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]):
        yield Skipped(origin, "binary file (not text)")
        return
    yield from read_jsonl(
        stream, origin=origin, stem=stem, published=options.published,
        language=options.language, max_bytes=options.max_bytes,
    )


def _document(
    data: bytes, kind: str, *, article_id: str, origin: str, options: _Options
) -> Article | Skipped:
    """One text or HTML document (already read, at most ``max_bytes + 1`` bytes)."""
    if len(data) > options.max_bytes:
        return Skipped(origin, f"too large (over the limit of {format_size(options.max_bytes)})")
    try:
        text = decode_text(data)
        if not text.strip():
            raise Rejected("empty file (only whitespace)")
        if kind == "html":
            return html_article(
                text, article_id=article_id, origin=origin,
                published=options.published, language=options.language,
            )
    except Rejected as rejected:
        return Skipped(origin, rejected.reason)
    return Article(
        id=article_id, text=text, published=options.published, language=options.language, origin=origin
    )


def _too_large(size: int, limit: int) -> str:
    return f"too large ({format_size(size)} > limit {format_size(limit)})"
