"""Rule-based UD morphological features for Indonesian, from UPOS + affixes + closed classes.

UD Indonesian features are nearly all predictable: Number on nouns (reduplication = plural),
Voice on verbs (di-/ter- passive, otherwise active), NumType, Polarity and the pronoun and
determiner types.  Source of the values: UD Indonesian-GSD/CSUI annotation (CC BY-SA 4.0).
Registered as the `pantau_id_morph` component; `features()` is the pure rule.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

CLOSED_CLASS: dict[tuple[str, str], str] = {
    ("PRON", "yang"): "PronType=Rel",
    ("PRON", "ia"): "Number=Sing|Person=3|PronType=Prs",
    ("PRON", "dia"): "Number=Sing|Person=3|PronType=Prs",
    ("PRON", "beliau"): "Number=Sing|Person=3|PronType=Prs",
    ("PRON", "nya"): "Number=Sing|Person=3|PronType=Prs",
    ("PRON", "mereka"): "Number=Plur|Person=3|PronType=Prs",
    ("PRON", "saya"): "Number=Sing|Person=1|PronType=Prs",
    ("PRON", "aku"): "Number=Sing|Person=1|PronType=Prs",
    ("PRON", "ku"): "Number=Sing|Person=1|PronType=Prs",
    ("PRON", "kami"): "Clusivity=Ex|Number=Plur|Person=1|PronType=Prs",
    ("PRON", "kita"): "Clusivity=In|Number=Plur|Person=1|PronType=Prs",
    ("PRON", "anda"): "Number=Sing|Person=2|PronType=Prs",
    ("PRON", "kamu"): "Number=Sing|Person=2|PronType=Prs",
    ("PRON", "mu"): "Number=Sing|Person=2|PronType=Prs",
    ("PRON", "ini"): "PronType=Dem",
    ("PRON", "itu"): "PronType=Dem",
    ("DET", "ini"): "PronType=Dem",
    ("DET", "itu"): "PronType=Dem",
    ("DET", "tersebut"): "PronType=Dem",
    ("DET", "sang"): "Definite=Def|PronType=Art",
    ("DET", "si"): "Definite=Def|PronType=Art",
    ("DET", "sebuah"): "Definite=Ind|PronType=Art",
    ("DET", "seorang"): "Definite=Ind|PronType=Art",
    ("DET", "suatu"): "Definite=Ind|PronType=Art",
    ("DET", "para"): "Number=Plur|PronType=Ind",
    ("DET", "semua"): "PronType=Tot",
    ("DET", "seluruh"): "PronType=Tot",
    ("DET", "segala"): "PronType=Tot",
    ("DET", "beberapa"): "PronType=Ind",
    ("DET", "berbagai"): "PronType=Ind",
    ("DET", "nya"): "Definite=Def|PronType=Art",
    ("PART", "tidak"): "Polarity=Neg",
    ("PART", "tak"): "Polarity=Neg",
    ("PART", "bukan"): "Polarity=Neg",
    ("PART", "belum"): "Polarity=Neg",
    ("PART", "jangan"): "Polarity=Neg",
}


def _reduplicated(word: str) -> bool:
    head, sep, tail = word.partition("-")
    return bool(sep) and tail.startswith(head) and len(head) > 1


def features(form: str, upos: str) -> str:
    """UD FEATS string for a word with the given UPOS ("" when the class has none)."""
    low = form.lower()
    fixed = CLOSED_CLASS.get((upos, low))
    if fixed is not None:
        return fixed
    if upos == "NOUN":
        return "Number=Plur" if _reduplicated(low) else "Number=Sing"
    if upos == "NUM":
        return "NumType=Card"
    if upos == "VERB":
        return "Voice=Pass" if low.startswith(("di", "ter")) else "Voice=Act"
    if upos == "ADJ":
        if low.startswith("ke-") or (low.startswith("ke") and low[2:] in ORDINAL_STEMS):
            return "NumType=Ord"
        if low.startswith("ter"):
            return "Degree=Sup"
    return ""


ORDINAL_STEMS = frozenset({"dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"})


class MorphRules:
    """Sets `token.morph` from `features()`; keeps features a previous component already set."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            self.set_annotations(token)
        return doc

    @staticmethod
    def set_annotations(token: Token) -> None:
        if str(token.morph):
            return
        feats = features(token.text, token.pos_)
        if feats:
            token.set_morph(feats)


@Language.factory("pantau_id_morph", assigns=["token.morph"], requires=["token.pos"])
def make_id_morph(nlp: Language, name: str) -> MorphRules:
    return MorphRules()
