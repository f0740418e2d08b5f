"""Throughput of `pantau extract` on a 1,000-article JSON Lines batch, in one process.

    .venv/bin/python benchmarks/bench_extract.py [--articles 1000]

The batch repeats the bundled example reports (examples/reports.jsonl) under fresh ids, so the
figures measure the pipeline, not the variety of the text. Prints articles/s, words/s, events,
peak memory and the wall time of the whole command, progress lines included.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    examples = [json.loads(line) for line in (REPO / "examples" / "reports.jsonl").read_text().splitlines()]
    words = 0
    with tempfile.TemporaryDirectory() as folder:
        batch = Path(folder) / "batch.jsonl"
        with batch.open("w", encoding="utf-8") as out:
            for number in range(args.articles):
                article = dict(examples[number % len(examples)], id=f"bench-{number}")
                words += len(article["text"].split())
                out.write(json.dumps(article, ensure_ascii=False) + "\n")
        pantau = Path(sys.executable).with_name("pantau")
        start = time.perf_counter()
        result = subprocess.run([str(pantau), "extract", str(batch), "--format", "jsonl"],
                                capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - start
    events = sum(1 for line in result.stdout.splitlines() if line.strip())
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    progress = [line for line in result.stderr.splitlines() if "articles read" in line]
    print(f"articles: {args.articles}  exit code: {result.returncode}  events: {events}")
    print(f"wall time: {elapsed:.1f} s  ({args.articles / elapsed:.1f} articles/s, {words / elapsed:.0f} words/s)")
    print(f"peak memory of the extract process: {peak_mb:.0f} MB")
    print(f"progress lines on stderr: {len(progress)} (last: {progress[-1] if progress else '-'})")


if __name__ == "__main__":
    main()
