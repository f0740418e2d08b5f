"""Named groups from NER entities: proposed by the model, confirmed by a group word."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from pantau.actors import ActorMention
from pantau.mentions.entities import named_groups


def _doc(text: str, orgs: list[str]):
    doc = spacy.blank("id")(text)
    spans = []
    for org in orgs:
        start = text.index(org)
        spans.append(doc.char_span(start, start + len(org), label="ORG"))
    doc.ents = [s for s in spans if isinstance(s, Span)]
    return doc


def test_group_entities_become_actor_mentions() -> None:
    text = "Kelompok Laskar Merah menyerang kantor Kementerian Pertanian, kata Reuters."
    doc = _doc(text, ["Laskar Merah", "Kementerian Pertanian", "Reuters"])
    found = named_groups(doc, [], [], "id")
    assert [(m.text, m.actor.name, m.actor.kind) for m in found] == [("Laskar Merah", "Laskar Merah", "named_group")]


def test_entities_the_knowledge_base_covers_are_left_to_it() -> None:
    text = "Front Pembela Islam berunjuk rasa di Jakarta."
    doc = _doc(text, ["Front Pembela Islam"])
    known = [ActorMention(start=0, end=19, text="Front Pembela Islam", actor=None, generic="protesters", country=None)]
    assert named_groups(doc, known, [], "id") == []
