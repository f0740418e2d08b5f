"""Rebuild Pantau's shipped spaCy models from ../shared/data (`make train`).

Steps (CPU, one thread per training job, two jobs at a time, well under an hour on 2 cores):
 1. scripts/nlp_convert.py   corpora -> training/corpus/*.spacy + lexicon (+ vectors text)
 2. scripts/nlp_vectors.py   static news vectors (word2vec, 20k x 100, used by both id models)
 3. two lanes in parallel: spacy train configs/id_ud.cfg then configs/en_ud.cfg; and
    scripts/nlp_pretrain.py (the NER encoder on unlabelled news) then spacy train configs/id_ner.cfg
 4. assemble: id = UD pipeline + sourced NER + rule morphology + lemmatizer; en = UD + rule NER,
    written to src/pantau/models/{id,en}_pantau/ (the hand-written MODEL_CARD.md is kept).

Usage: python scripts/train_models.py [--skip-train] [--smoke] [--data ../shared/data]
  --smoke  every step for a few updates only, into training/smoke/ (the shipped models are untouched):
           checks that `make train` still runs end to end, in a few minutes
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import spacy

REPO = Path(__file__).resolve().parents[1]
TRAINING = REPO / "training"
CORPUS = TRAINING / "corpus"
CODE = REPO / "scripts" / "nlp_spacy_code.py"
KEEP = ("MODEL_CARD.md",)


@dataclass(frozen=True)
class Layout:
    """Where a run writes: training outputs, assembled models, the pretrained encoder, vectors."""

    out: Path = TRAINING / "out"
    models: Path = REPO / "src" / "pantau" / "models"
    pretrained: Path = TRAINING / "pretrain" / "id_ner"
    vectors: Path = TRAINING / "vectors"


SMOKE = TRAINING / "smoke"
SMOKE_LAYOUT = Layout(SMOKE / "out", SMOKE / "models", SMOKE / "pretrain", SMOKE / "vectors")


def _train_cmd(layout: Layout, cfg: str, *overrides: str) -> list[str]:
    return [sys.executable, "-m", "spacy", "train", str(REPO / "configs" / f"{cfg}.cfg"),
            "--output", str(layout.out / cfg), "--code", str(CODE), *overrides]  # fmt: skip


def _pretrain_cmd(layout: Layout, *overrides: str) -> list[str]:
    return [sys.executable, str(REPO / "scripts" / "nlp_pretrain.py"), str(REPO / "configs" / "id_ner.cfg"),
            str(layout.pretrained), "--code", str(CODE), *overrides]  # fmt: skip


def _run_lane(name: str, steps: list[tuple[str, list[str]]], logs: Path, env: dict[str, str]) -> None:
    for step, cmd in steps:
        with (logs / f"{step}.log").open("w", encoding="utf-8") as log:
            print(f"[{name}] {step} (log: {logs / step}.log)", file=sys.stderr)
            if subprocess.run(cmd, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT).returncode != 0:
                raise RuntimeError(f"{step} failed; see {logs / step}.log")


def train(lanes: dict[str, list[tuple[str, list[str]]]], logs: Path) -> None:
    """Run the lanes in parallel (one thread each), the steps of a lane one after another."""
    from concurrent.futures import ThreadPoolExecutor

    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    logs.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=len(lanes)) as pool:
        futures = [pool.submit(_run_lane, name, steps, logs, env) for name, steps in lanes.items()]
        errors = [str(f.exception()) for f in futures if f.exception() is not None]
    if errors:
        raise SystemExit("; ".join(errors))


def _save(nlp: spacy.language.Language, target: Path) -> None:
    """Write `nlp` to `target`, replacing the old model but keeping its hand-written files."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    nlp.to_disk(tmp)
    for name in KEEP:
        if (target / name).is_file():
            shutil.copy2(target / name, tmp / name)
    shutil.rmtree(target, ignore_errors=True)
    tmp.rename(target)
    print(f"saved {target}", file=sys.stderr)


def assemble_id(layout: Layout) -> None:
    import pantau.analysis.pipeline  # noqa: F401  (registers Pantau factories)

    nlp = spacy.load(layout.out / "id_ud" / "model-best")
    nlp.tokenizer.initialize(lexicon_path=str(CORPUS / "lexicon"))  # the final lexicon, shared with lemmas
    ner_nlp = spacy.load(layout.out / "id_ner" / "model-last")  # refit on train + dev: its last state
    # the NER listens to its own encoder; fold that encoder into it so it can join the UD pipeline
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    nlp.add_pipe("pantau_id_morph", after="morphologizer")
    lemmatizer = nlp.add_pipe("pantau_id_lemmatizer", after="pantau_id_morph")
    lemmatizer.initialize(lexicon_path=str(CORPUS / "lexicon"))
    nlp.meta.update({"name": "pantau", "version": "0.1.0", "license": "CC BY-SA 4.0"})
    _save(nlp, layout.models / "id_pantau")


def assemble_en(layout: Layout) -> None:
    import pantau.analysis.pipeline  # noqa: F401
    from pantau.analysis.en_tokenizer import adjust

    # trained on all of EWT dev for the selected step count: its last state is the model
    nlp = spacy.load(layout.out / "en_ud" / "model-last")
    adjust(nlp.tokenizer, list(nlp.Defaults.suffixes or []), list(nlp.Defaults.prefixes or []))
    nlp.add_pipe("pantau_en_ner")
    nlp.meta.update({"name": "pantau", "version": "0.1.0", "license": "CC BY-SA 4.0"})
    _save(nlp, layout.models / "en_pantau")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--skip-train", action="store_true", help="only re-assemble from training/out")
    parser.add_argument("--smoke", action="store_true", help="a few updates per step, into training/smoke/")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO / "scripts"))
    import nlp_convert
    import nlp_vectors

    layout = SMOKE_LAYOUT if args.smoke else Layout()
    train_overrides: tuple[str, ...] = ()
    id_overrides: tuple[str, ...] = ()
    pretrain_overrides: tuple[str, ...] = ()
    vector_args: list[str] = []
    # spaCy's JSONL corpus ignores `limit`: the smoke run pretrains on the first lines of the text
    smoke_text = SMOKE / "pretrain_text.jsonl"
    if args.smoke:
        train_overrides = ("--training.max_steps", "20", "--training.eval_frequency", "10")
        id_overrides = ("--paths.vectors", str(layout.vectors / "spacy"))
        pretrain_overrides = ("--pretraining.max_epochs", "1", "--paths.raw_text", str(smoke_text), *id_overrides)
        vector_args = ["--epochs", "1"]
    if not args.skip_train:
        nlp_convert.main(["--data", str(args.data), "--out", str(CORPUS)])
        nlp_vectors.main(["--corpus", str(CORPUS), "--out", str(layout.vectors), *vector_args])
        if args.smoke:
            lines = (CORPUS / "pretrain_text.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
            smoke_text.write_text("".join(lines[:300]), encoding="utf-8")
        pretrained = ("--paths.init_tok2vec", str(layout.pretrained / "model-last.bin"))
        # two lanes for two cores: the UD parsers; the NER encoder's pretraining, then the NER
        train({
            "ud": [("id_ud", _train_cmd(layout, "id_ud", *train_overrides, *id_overrides)),
                   ("en_ud", _train_cmd(layout, "en_ud", *train_overrides))],
            "ner": [("pretrain_id_ner", _pretrain_cmd(layout, *pretrain_overrides)),
                    ("id_ner", _train_cmd(layout, "id_ner", *pretrained, *train_overrides, *id_overrides))],
        }, layout.out)  # fmt: skip
    assemble_id(layout)
    assemble_en(layout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
