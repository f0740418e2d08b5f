"""The on-disk format of the shipped gazetteer extract (``pantau/data/gazetteer``).

Two gzipped TSV files written with a fixed gzip header, so the same input gives the same bytes:
``places.tsv.gz`` (one row per place, the row number is its id) and ``names.tsv.gz`` (folded name
-> comma-separated row ids). ``MANIFEST.json`` records counts and SHA-256 digests.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from pathlib import Path

from pantau.places.rows import PlaceRow

PLACES_FILE = "places.tsv.gz"
NAMES_FILE = "names.tsv.gz"
MANIFEST_FILE = "MANIFEST.json"
PLACE_COLUMNS = ("geonameid", "name", "kind", "country_code", "admin1_key", "admin2_key", "admin3",
                 "latitude", "longitude", "population")


def format_place(row: PlaceRow) -> str:
    """One ``places.tsv`` line (without newline)."""
    cells = ("" if row.geonameid is None else str(row.geonameid), row.name, row.kind, row.country_code,
             row.admin1_key, row.admin2_key, row.admin3, f"{row.latitude:.5f}", f"{row.longitude:.5f}",
             str(row.population))
    if any("\t" in c or "\n" in c for c in cells):
        raise ValueError(f"tab or newline in gazetteer row {cells}")
    return "\t".join(cells)


def format_names(index: dict[str, tuple[int, ...]]) -> list[str]:
    return [f"{name}\t{','.join(map(str, ids))}" for name, ids in index.items()]


def _gzip_bytes(lines: list[str]) -> bytes:
    buffer = io.BytesIO()
    # mtime=0 and no file name in the header: the archive depends on the content only.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))
    return buffer.getvalue()


def write_extract(rows: list[PlaceRow], index: dict[str, tuple[int, ...]], out_dir: Path,
                  source_digests: dict[str, str]) -> dict[str, object]:
    """Write the extract files and return the manifest written beside them."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files = {
        PLACES_FILE: _gzip_bytes(["\t".join(PLACE_COLUMNS), *map(format_place, rows)]),
        NAMES_FILE: _gzip_bytes(format_names(index)),
    }
    manifest: dict[str, object] = {
        "places": len(rows),
        "names": len(index),
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()},
        "content": {name: hashlib.sha256(gzip.decompress(data)).hexdigest() for name, data in files.items()},
        "sources": source_digests,
    }
    for name, data in files.items():
        (out_dir / name).write_bytes(data)
    text = json.dumps(manifest, indent=2, sort_keys=True) + "\n"
    (out_dir / MANIFEST_FILE).write_text(text, encoding="utf-8")
    return manifest
