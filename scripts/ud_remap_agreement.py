"""How well the 2017 GSD trees, converted, agree with the current GSD annotation of the same sentences.

The 2017 dev file and the current dev file annotate (almost) the same sentences.  This prints the
agreement (UPOS, UAS, LAS over all words) of the 2017 trees with the current ones: after the hand
rules of `ud_remap` alone, and after the learned conversion too (k-fold: learned on the other folds).

Usage: python scripts/ud_remap_agreement.py [--data ../shared/data] [--lexicon training/corpus/lexicon]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pantau.analysis.clitics import split_clitics
from pantau.analysis.conllu import Sentence, read_conllu
from pantau.analysis.lexicon import Lexicon
from pantau.analysis.ud_remap import LearnedRemap, parallel_pairs

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlp_convert import hand_remapped
from nlp_nlpid import ud_lexicon

REPO = Path(__file__).resolve().parents[1]
FOLDS = 5


def agreement(pairs: list[tuple[Sentence, Sentence]]) -> tuple[float, float, float]:
    words = upos = uas = las = 0
    for old, new in pairs:
        for a, b in zip(old.words, new.words, strict=True):
            words += 1
            upos += a.upos == b.upos
            uas += a.head == b.head
            las += a.head == b.head and a.deprel == b.deprel
    return upos / words, uas / words, las / words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--lexicon", type=Path, default=REPO / "training" / "corpus" / "lexicon")
    args = parser.parse_args(argv)
    gsd = args.data / "ud-indonesian-gsd"
    lexicon = Lexicon.from_disk(args.lexicon)
    current = list(read_conllu(gsd / "id_gsd-ud-dev.conllu"))
    current_upos = ud_lexicon([*read_conllu(args.data / "ud-indonesian-csui" / "id_csui-ud-train.conllu"), *current])

    def split(token: str) -> list[str]:
        return split_clitics(token, lexicon.known, lexicon.stem_known)

    legacy = hand_remapped(read_conllu(gsd / "legacy-v2.0-2017" / "id-ud-dev.conllu"), split, current_upos)
    pairs = [(old, new) for old, new in parallel_pairs(legacy, current)
             if [w.form for w in old.words] == [w.form for w in new.words]]  # fmt: skip
    learned: list[tuple[Sentence, Sentence]] = []
    for fold in range(FOLDS):
        train = [p for i, p in enumerate(pairs) if i % FOLDS != fold]
        remap = LearnedRemap().fit(train)
        learned += [(remap.apply(old), new) for i, (old, new) in enumerate(pairs) if i % FOLDS == fold]
    print(f"{len(pairs)} sentences with the same words under both annotations")
    for name, scored in (("hand rules", pairs), ("hand rules + learned", learned)):
        upos, uas, las = agreement(scored)
        print(f"{name:22} UPOS {upos:.3f}  UAS {uas:.3f}  LAS {las:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
