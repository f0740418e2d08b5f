"""Train small static word vectors for Indonesian news and export them as a spaCy vectors model.

Text: training/corpus/vectors_text.txt (IndoSum dev folds + nlp-id corpus + NER train tokens,
written by scripts/nlp_convert.py), lowercased; the clitics are split the way the tokenizer
splits them so the vector keys match runtime tokens.  word2vec (gensim, skip-gram) then
`spacy init vectors --attr LOWER --prune N` keeps the N most frequent rows (others map to their
nearest kept row), which bounds the size of the shipped model.

Usage: python scripts/nlp_vectors.py [--dim 100] [--rows 20000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from gensim.models import Word2Vec

from pantau.analysis.clitics import split_clitics
from pantau.analysis.lexicon import Lexicon

REPO = Path(__file__).resolve().parents[1]


class Sentences:
    """Re-iterable lowercased, clitic-split sentences (gensim makes several passes)."""

    def __init__(self, path: Path, lexicon: Lexicon):
        self.path = path
        self.lexicon = lexicon

    def __iter__(self):  # type: ignore[no-untyped-def]
        with self.path.open(encoding="utf-8") as handle:
            for line in handle:
                words: list[str] = []
                for token in line.split():
                    words.extend(split_clitics(token.lower(), self.lexicon.known, self.lexicon.stem_known))
                yield words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO / "training" / "corpus")
    parser.add_argument("--out", type=Path, default=REPO / "training" / "vectors")
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--epochs", type=int, default=5)
    args = parser.parse_args(argv)
    lexicon = Lexicon.from_disk(args.corpus / "lexicon")
    sentences = Sentences(args.corpus / "vectors_text.txt", lexicon)
    model = Word2Vec(
        sentences, vector_size=args.dim, window=5, min_count=3, sg=1, workers=1, epochs=args.epochs, seed=1
    )
    args.out.mkdir(parents=True, exist_ok=True)
    text_vectors = args.out / "vectors.w2v.txt"
    model.wv.save_word2vec_format(str(text_vectors), binary=False)
    print(f"trained {len(model.wv)} vectors of {args.dim} dims", file=sys.stderr)
    cmd = [
        sys.executable, "-m", "spacy", "init", "vectors", "id", str(text_vectors), str(args.out / "spacy"),
        "--prune", str(args.rows), "--attr", "LOWER", "--name", "pantau_id_news.vectors",
    ]  # fmt: skip
    subprocess.run(cmd, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
