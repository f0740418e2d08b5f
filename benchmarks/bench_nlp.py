"""Throughput of the shipped pipelines (tokenize + tag + parse + NER) on one core.

Usage: OMP_NUM_THREADS=1 python benchmarks/bench_nlp.py [--lang id] [--repeat 3] [--data ../shared/data]
Text: UD-GSD test + UD-PUD raw sentences (id) or UD-EWT test (en), grouped into ~10-sentence texts.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from pantau.analysis.conllu import read_conllu
from pantau.analysis.pipeline import analyse, load_pipeline

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
FILES = {
    "id": ["ud-indonesian-gsd/id_gsd-ud-test.conllu", "ud-indonesian-pud/id_pud-ud-test.conllu"],
    "en": ["ud-english-ewt/en_ewt-ud-test.conllu.gz"],
}


def texts(lang: str, data: Path, per_text: int = 10) -> list[str]:
    sents = [s.text for rel in FILES[lang] for s in read_conllu(data / rel)]
    return [" ".join(sents[i : i + per_text]) for i in range(0, len(sents), per_text)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=sorted(FILES), default="id")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args(argv)
    batch = texts(args.lang, args.data)
    load_pipeline(args.lang)
    best_wall = best_cpu = 0.0
    for _ in range(args.repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        words = sum(len(doc) for doc in analyse(batch, args.lang))
        best_wall = max(best_wall, words / (time.perf_counter() - wall))
        best_cpu = max(best_cpu, words / (time.process_time() - cpu))
    print(
        f"{args.lang}: {words} words, best of {args.repeat}: {best_wall:,.0f} words/s wall-clock, "
        f"{best_cpu:,.0f} words per CPU-second (one process, one thread)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
