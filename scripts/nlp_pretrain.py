"""Pretrain the NER encoder on unlabelled news text (`spacy pretrain`, characters objective).

spaCy's `pretrain` builds the pipeline from its config without running `[initialize]`, so the
static vectors that the encoder concatenates are missing and shape inference fails.  This wrapper
loads the vectors into the fresh pipeline first, then runs spaCy's own pretraining loop.

Usage: python scripts/nlp_pretrain.py CONFIG OUTPUT_DIR [--code scripts/nlp_spacy_code.py] [--section.key value ...]
The weights of the last epoch (`model-last.bin`) go to `[paths] init_tok2vec` of the NER config.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy
import spacy.training.pretrain as spacy_pretrain
from spacy.cli._util import parse_config_overrides
from spacy.util import import_file, load_config, load_model_from_config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("config", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--code", type=Path, default=None)
    args, extra = parser.parse_known_args(argv)
    if args.code:
        import_file("pantau_spacy_code", args.code)
    overrides = parse_config_overrides(extra)  # e.g. --pretraining.max_epochs 1, as for `spacy pretrain`
    config = load_config(args.config, overrides=overrides, interpolate=False).interpolate()
    vectors_path = config["paths"]["vectors"]

    def with_vectors(cfg, **kwargs):  # type: ignore[no-untyped-def]
        nlp = load_model_from_config(cfg, **kwargs)
        nlp.vocab.vectors = spacy.load(vectors_path).vocab.vectors
        return nlp

    spacy_pretrain.load_model_from_config = with_vectors
    args.output.mkdir(parents=True, exist_ok=True)
    spacy_pretrain.pretrain(config, args.output, silent=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
