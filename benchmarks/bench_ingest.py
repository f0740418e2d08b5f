"""Ingest speed and memory: read a generated JSON Lines batch (and a few HTML pages).

    .venv/bin/python benchmarks/bench_ingest.py [--articles 1000] [--pages 50]

Prints articles per second and the process's peak resident memory. The texts are generated
here (no shared data), about 2 kB each, like a short news report.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from pantau.ingest import Skipped, read_inputs

PARAGRAPH = (
    "Dua orang tewas dan tiga lainnya luka-luka dalam bentrokan antara dua kelompok warga di Kota Contoh "
    "pada Senin malam, kata kepala kepolisian resor setempat kepada wartawan. Aparat gabungan masih "
    "berjaga di sekitar lokasi kejadian hingga Selasa pagi untuk mencegah bentrokan susulan."
)


def write_batch(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            text = "\n".join(f"{PARAGRAPH} (laporan {number}, paragraf {p})" for p in range(6))
            record = {"id": f"bench-{number}", "text": text, "published": "2024-03-05", "language": "id",
                      "url": f"https://kabar.example/{number}", "source": "Kabar Contoh"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_pages(folder: Path, count: int) -> None:
    folder.mkdir()
    body = "".join(f"<p>{PARAGRAPH} (paragraf {p})</p>\n" for p in range(6))
    for number in range(count):
        page = (f"<html lang='id'><head><title>Bentrok {number}</title></head><body><nav>Beranda</nav>"
                f"<article><h1>Bentrok {number}</h1>{body}</article></body></html>")
        (folder / f"page-{number:04d}.html").write_text(page, encoding="utf-8")


def measure(label: str, paths: list[str]) -> None:
    start = time.perf_counter()
    articles = skipped = 0
    for result in read_inputs(paths):
        if isinstance(result, Skipped):
            skipped += 1
        else:
            articles += 1
    seconds = time.perf_counter() - start
    rate = articles / seconds if seconds > 0 else float("inf")
    print(f"{label}: {articles} articles, {skipped} skipped in {seconds:.2f} s = {rate:,.0f} articles/s")


def peak_rss_mb() -> float:
    # ru_maxrss is kilobytes on Linux, bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="articles in the JSON Lines batch")
    parser.add_argument("--pages", type=int, default=50, help="HTML pages (trafilatura); 0 to skip")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        batch = Path(folder) / "batch.jsonl"
        write_batch(batch, options.articles)
        print(f"batch: {batch.stat().st_size / 1e6:.1f} MB; peak RSS before reading: {peak_rss_mb():.0f} MB")
        measure("jsonl", [str(batch)])
        if options.pages:
            write_pages(Path(folder) / "pages", options.pages)
            measure("html ", [str(Path(folder) / "pages")])
    print(f"peak RSS: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
