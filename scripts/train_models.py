"""Rebuild Pantau's shipped spaCy models from ../shared/data (`make train`).

Steps (CPU, one thread per training job, two jobs at a time, well under an hour on 2 cores):
 1. scripts/nlp_convert.py   corpora -> training/corpus/*.spacy + lexicon (+ vectors text)
 2. scripts/nlp_vectors.py   static news vectors (word2vec, 20k x 100, used by both id models)
 3. spacy train configs/id_ud.cfg, configs/id_ner.cfg (in parallel), then configs/en_ud.cfg
 4. assemble: id = UD pipeline + sourced NER + rule morphology + lemmatizer; en = UD + rule NER,
    written to src/pantau/models/{id,en}_pantau/ (the hand-written MODEL_CARD.md is kept).

Usage: python scripts/train_models.py [--skip-train] [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import spacy

REPO = Path(__file__).resolve().parents[1]
TRAINING = REPO / "training"
CORPUS = TRAINING / "corpus"
OUT = TRAINING / "out"
MODELS = REPO / "src" / "pantau" / "models"
CODE = REPO / "scripts" / "nlp_spacy_code.py"
KEEP = ("MODEL_CARD.md",)


def _train_cmd(cfg: str) -> list[str]:
    return [sys.executable, "-m", "spacy", "train", str(REPO / "configs" / f"{cfg}.cfg"),
            "--output", str(OUT / cfg), "--code", str(CODE)]  # fmt: skip


def train(configs: list[list[str]]) -> None:
    """Run each group of configs in parallel, groups one after another; stop on the first failure."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    OUT.mkdir(parents=True, exist_ok=True)
    for group in configs:
        jobs = []
        for cfg in group:
            log = (OUT / f"{cfg}.log").open("w", encoding="utf-8")
            print(f"training {cfg} (log: {OUT / cfg}.log)", file=sys.stderr)
            jobs.append((cfg, subprocess.Popen(_train_cmd(cfg), cwd=REPO, env=env, stdout=log,
                                               stderr=subprocess.STDOUT)))  # fmt: skip
        for cfg, job in jobs:
            if job.wait() != 0:
                raise SystemExit(f"training {cfg} failed; see {OUT / cfg}.log")


def _save(nlp: spacy.language.Language, target: Path) -> None:
    """Write `nlp` to `target`, replacing the old model but keeping its hand-written files."""
    tmp = target.with_name(target.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    nlp.to_disk(tmp)
    for name in KEEP:
        if (target / name).is_file():
            shutil.copy2(target / name, tmp / name)
    shutil.rmtree(target, ignore_errors=True)
    tmp.rename(target)
    print(f"saved {target}", file=sys.stderr)


def assemble_id() -> None:
    import pantau.analysis.pipeline  # noqa: F401  (registers Pantau factories)

    nlp = spacy.load(OUT / "id_ud" / "model-best")
    nlp.tokenizer.initialize(lexicon_path=str(CORPUS / "lexicon"))  # the final lexicon, shared with lemmas
    ner_nlp = spacy.load(OUT / "id_ner" / "model-best")
    nlp.add_pipe("ner", source=ner_nlp)
    nlp.add_pipe("pantau_id_morph", after="morphologizer")
    lemmatizer = nlp.add_pipe("pantau_id_lemmatizer", after="pantau_id_morph")
    lemmatizer.initialize(lexicon_path=str(CORPUS / "lexicon"))
    nlp.meta.update({"name": "pantau", "version": "0.1.0", "license": "CC BY-SA 4.0"})
    _save(nlp, MODELS / "id_pantau")


def assemble_en() -> None:
    import pantau.analysis.pipeline  # noqa: F401
    from pantau.analysis.en_tokenizer import adjust

    nlp = spacy.load(OUT / "en_ud" / "model-best")
    adjust(nlp.tokenizer, list(nlp.Defaults.suffixes or []), list(nlp.Defaults.prefixes or []))
    nlp.add_pipe("pantau_en_ner")
    nlp.meta.update({"name": "pantau", "version": "0.1.0", "license": "CC BY-SA 4.0"})
    _save(nlp, MODELS / "en_pantau")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--skip-train", action="store_true", help="only re-assemble from training/out")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO / "scripts"))
    import nlp_convert
    import nlp_vectors

    if not args.skip_train:
        nlp_convert.main(["--data", str(args.data), "--out", str(CORPUS)])
        nlp_vectors.main(["--corpus", str(CORPUS), "--out", str(TRAINING / "vectors")])
        train([["id_ud", "id_ner"], ["en_ud"]])
    assemble_id()
    assemble_en()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
