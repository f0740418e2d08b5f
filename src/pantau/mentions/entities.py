"""Named groups the actor knowledge base does not know, found by our trained NER model.

A report may name an organisation no dictionary lists ("Jaish al-Adl", a local militia, a
mass organisation): the NER model's ORG entities that no known actor, place, news agency or
rank covers become actor mentions named as the text names them, so an attack they carry out is
coded to them rather than to an "Unidentified Armed Group".
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import cache
from typing import Any

from pantau.actors import Actor, ActorMention
from pantau.events.sources import canonical_source
from pantau.lang import load_yaml, word_list

LOG = logging.getLogger(__name__)
MIN_CHARS = 3
# The model proposes; a word that makes an organisation an armed or organised group confirms.
# Outlets, companies and ministries are organisations too, and none of them is a party.
GROUP_WORDS = {
    "kelompok", "organisasi", "ormas", "milisi", "faksi", "gerakan", "front", "laskar", "brigade", "jamaah",
    "jemaah", "harakat", "jaish", "liwa", "tentara", "pasukan", "batalion", "group", "movement", "militia",
    "faction", "army", "brigades", "battalion", "forces", "organisation", "organization", "jihad",
    "mujahidin", "mujahideen", "ansar", "ansarut", "katibat", "separatis", "separatist", "pemberontak", "rebels",
}
NAMED_GROUP_INTER = 3  # ACLED: an organised group of unknown standing is coded as a political militia


@cache
def _not_groups(lang: str) -> frozenset[str]:
    """Ranks and titles the model sometimes takes for organisations ("AKBP", "Kapolres")."""
    return frozenset(word_list(load_yaml(lang, "segment"), "abbreviations", where=f"lang/{lang}/segment.yaml"))


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def named_groups(doc: Any, actors: Sequence[ActorMention], places: Sequence[Any], lang: str) -> list[ActorMention]:
    """Actor mentions for the ORG entities of ``doc`` that nothing else explains."""
    taken = [(m.start, m.end) for m in actors] + [(p.start, p.end) for p in places]
    found = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        text = ent.text.strip(" ,.;:\"'()")
        start = ent.start_char + ent.text.index(text) if text else ent.start_char
        end = start + len(text)
        if len(text) < MIN_CHARS or _overlaps(start, end, taken) or text.lower() in _not_groups(lang):
            continue
        if canonical_source(text) != text:
            continue  # a news agency or monitor reports; it is not a party
        before = doc.text[max(0, start - 30):start].lower().split()[-2:]
        if not (GROUP_WORDS & {w.lower() for w in text.split()} or GROUP_WORDS & set(before)):
            continue
        actor = Actor(id=f"named:{text.lower()}", name=text, inter=NAMED_GROUP_INTER, country=None,
                      kind="named_group")
        found.append(ActorMention(start=start, end=end, text=text, actor=actor, generic=None, country=None))
    return found


def analyse_groups(text: str, lang: str, actors: Sequence[ActorMention], places: Sequence[Any]) -> list[ActorMention]:
    """Run the shipped NER model over ``text``; no model shipped means no extra mentions."""
    try:
        from pantau.analysis import load_pipeline

        nlp = load_pipeline(lang)
    except (ImportError, FileNotFoundError) as error:  # ModelNotFoundError is a FileNotFoundError
        LOG.warning("named-group recognition is off: %s", error)
        return []
    wanted = [name for name in ("tok2vec", "ner") if name in nlp.pipe_names]
    with nlp.select_pipes(enable=wanted):  # the tagger and parser are not needed for entities
        doc = nlp(text)
    return named_groups(doc, actors, places, lang)
