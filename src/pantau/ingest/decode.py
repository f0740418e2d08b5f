"""Bytes to text: refuse binary data and anything that is not UTF-8 (never guess an encoding)."""

from __future__ import annotations

from pantau.ingest.skipped import Rejected

UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
SNIFF_BYTES = 8192
# Control characters that never occur in text (tab, newlines, form feed and ESC are allowed).
_CONTROL_BYTES = (frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}) | {0x7F}
MAX_CONTROL_RATIO = 0.10


def looks_binary(sample: bytes) -> bool:
    """True for data with NUL bytes or many control characters (images, PDFs, archives)."""
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    control = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    return control / len(sample) > MAX_CONTROL_RATIO


def decode_text(data: bytes, *, base_offset: int = 0) -> str:
    """The data as text with ``\\n`` line endings; a UTF-8 byte-order mark is dropped.

    Line endings are normalised so that offsets and line numbers agree across platforms.
    ``base_offset`` is where ``data`` starts in its file, so errors point at the file's byte.
    """
    if data.startswith(UTF16_BOMS):
        raise Rejected("not valid UTF-8 (UTF-16 byte-order mark; convert the file to UTF-8)")
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM):]
        base_offset += len(UTF8_BOM)
    if b"\x00" in data or looks_binary(data[:SNIFF_BYTES]):
        raise Rejected("binary file (not text)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        bad = data[err.start]
        raise Rejected(f"not valid UTF-8 (byte 0x{bad:02x} at offset {base_offset + err.start})") from err
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
