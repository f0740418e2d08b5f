"""Rule-based English NER stand-in (`pantau_en_ner`): PER, ORG, LOC from tagged proper-noun runs.

No licensed English NER training data is available to the project, and no official spaCy English
pipeline is published on PyPI, so English entities come from rules over the trained UPOS tagger:
a maximal run of PROPN tokens (optionally joined by "of"/"for"/"the"/"and") is a candidate, and is
typed by cue words (titles -> PER, organisation heads -> ORG), a place list (pycountry countries and
first-level subdivisions, ISO 3166, LGPL-2.1) and the preceding preposition.  Documented in the
English model card; precision is favoured over recall (a lone unknown capitalised word is skipped).
"""

from __future__ import annotations

from functools import lru_cache

import pycountry
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

PERSON_TITLES = frozenset(
    [
        "mr", "mrs", "ms", "miss", "dr", "prof", "president", "minister", "governor", "mayor",
        "senator", "gen", "general", "col", "colonel", "lt", "capt", "captain", "maj", "major", "sgt",
        "sergeant", "commander", "chief", "officer", "spokesman", "spokeswoman", "spokesperson", "king",
        "queen", "prince", "princess", "pope", "bishop", "imam", "sheikh", "rev", "judge", "justice",
        "inspector", "superintendent", "brig", "brigadier", "adm", "admiral", "secretary", "ambassador",
        "premier", "chancellor", "deputy", "regent"
    ]
)
ORG_HEADS = frozenset(
    [
        "police", "army", "navy", "force", "forces", "ministry", "department", "agency", "office",
        "council", "committee", "commission", "party", "front", "movement", "union", "association",
        "organisation", "organization", "university", "college", "school", "hospital", "court",
        "parliament", "assembly", "government", "bank", "company", "corp", "corporation", "inc", "ltd",
        "group", "brigade", "battalion", "regiment", "command", "institute", "foundation", "federation",
        "league", "alliance", "network", "church", "mosque", "tribunal", "bureau", "authority",
        "service", "services", "guard", "militia", "rebels", "airlines", "news", "times", "post",
        "agency", "coalition", "secretariat", "cabinet", "senate", "congress", "house", "board",
        "centre", "center"
    ]
)
LOC_HEADS = frozenset(
    [
        "province", "district", "regency", "city", "town", "village", "island", "islands", "street",
        "road", "avenue", "river", "mountain", "mount", "lake", "sea", "ocean", "strait", "valley",
        "region", "county", "state", "square", "bridge", "airport", "port"
    ]
)
LOC_PREPOSITIONS = frozenset({"in", "at", "near", "from", "across", "into", "to", "outside", "inside"})
JOINERS = frozenset({"of", "for", "the", "and", "&"})


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Lowercased country and first-level subdivision names from pycountry."""
    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value.lower())
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            names.add(sub.name.lower())
    return frozenset(names)


CUE_WORDS = ORG_HEADS | LOC_HEADS | PERSON_TITLES


def _namey(token: Token) -> bool:
    """Capitalised proper noun, or a capitalised cue noun ("Ministry", "Police") inside a name."""
    return token.text[:1].isupper() and (token.pos_ == "PROPN" or token.lower_.rstrip(".") in CUE_WORDS)


def _runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of name-like tokens (joined by "of", "the", ...) that contain a proper noun."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if not _namey(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < len(doc):
            if _namey(doc[j]):
                j += 1
            elif doc[j].lower_ in JOINERS and j + 1 < len(doc) and _namey(doc[j + 1]):
                j += 2
            else:
                break
        if any(t.pos_ == "PROPN" for t in doc[i:j]):
            runs.append((i, j))
        i = j
    return runs


def classify(doc: Doc, start: int, end: int) -> tuple[int, int, str] | None:
    """Type one candidate run; returns (start, end, label) or None to drop it."""
    words = [t.lower_.rstrip(".") for t in doc[start:end]]
    if words[0] in PERSON_TITLES and end - start > 1 and not set(words[1:]) & ORG_HEADS:
        return (start + 1, end, "PER")
    before = doc[start - 1].lower_.rstrip(".") if start > 0 else ""
    if set(words) & ORG_HEADS:
        return (start, end, "ORG")
    text = doc[start:end].text.lower()
    if text in place_names() or words[-1] in LOC_HEADS:
        return (start, end, "LOC")
    if before in PERSON_TITLES:
        return (start, end, "PER")
    if end - start == 1 and doc[start].text.isupper() and len(doc[start].text) > 1:
        return (start, end, "ORG")
    if before in LOC_PREPOSITIONS:
        return (start, end, "LOC")
    if end - start >= 2:
        return (start, end, "PER")
    return None


class EnglishRuleNer:
    """Adds rule-found entities to `doc.ents` (keeps any entities already present)."""

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    @staticmethod
    def find(doc: Doc) -> list[Span]:
        found: list[Span] = []
        for start, end in _runs(doc):
            typed = classify(doc, start, end)
            if typed is not None:
                found.append(Span(doc, typed[0], typed[1], label=typed[2]))
        return found

    @staticmethod
    def set_annotations(doc: Doc, spans: list[Span]) -> None:
        doc.ents = filter_spans([*doc.ents, *spans])


@Language.factory("pantau_en_ner", assigns=["doc.ents"], requires=["token.pos"])
def make_en_ner(nlp: Language, name: str) -> EnglishRuleNer:
    return EnglishRuleNer()
