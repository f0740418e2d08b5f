"""Print the gazetteer's load time, memory and lookup/recognition speed.

Usage: ``.venv/bin/python benchmarks/bench_gazetteer.py``
"""

from __future__ import annotations

import resource
import statistics
import time

from pantau.places import Gazetteer, Geocoder

QUERIES = ["Aleppo", "Jakarta", "Tangerang", "Suriah", "US", "Paris", "Kabupaten Nduga", "Springfield",
           "Jawa Tengah", "Mogadishu", "Kandahar", "Sampang", "Idlib", "Poso", "Georgia", "Medan"]
ARTICLE = (
    "Serangan udara AS menewaskan 12 warga sipil di dekat Aleppo, Suriah, pada Senin. Lembaga pemantau "
    "yang berbasis di Inggris menyebut jet Rusia juga terlibat. Sementara itu di Indonesia, polisi menangkap "
    "tiga orang di Kecamatan Cibinong, Kabupaten Bogor, Jawa Barat, dan dua lainnya di Kota Tangerang.\n"
) * 10


def main() -> None:
    start = time.perf_counter()
    gazetteer = Gazetteer()
    loaded = time.perf_counter() - start
    geocoder = Geocoder(gazetteer)
    ready = time.perf_counter() - start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"gazetteer load: {loaded:.2f} s; geocoder ready: {ready:.2f} s; max RSS {rss_mb:.0f} MB; "
          f"{len(gazetteer)} places")
    for label in ("cold", "warm"):
        times = []
        for query in QUERIES:
            t0 = time.perf_counter()
            geocoder.lookup(query)
            times.append(time.perf_counter() - t0)
        print(f"lookup ({label}): mean {statistics.mean(times) * 1e3:.3f} ms, max {max(times) * 1e3:.3f} ms")
    t0 = time.perf_counter()
    mentions = geocoder.find_places(ARTICLE, "id")
    elapsed = time.perf_counter() - t0
    print(f"find_places: {len(ARTICLE)} chars, {len(mentions)} mentions in {elapsed * 1e3:.1f} ms "
          f"({len(ARTICLE) / elapsed / 1e3:.0f} kchar/s)")


if __name__ == "__main__":
    main()
