"""Claims of responsibility name the perpetrator of an attack the report left unattributed.

"ISIS mengklaim bertanggung jawab atas ledakan tersebut" / "the Taliban claimed responsibility": the
armed group named before the claim is the initiator of the report's main attack, unless the
claim is negated ("belum ada kelompok yang mengaku ...") or denied.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pantau.events.candidates import SentenceView
from pantau.events.context import cues
from pantau.events.resolve import NON_STATE_ARMED, ResolvedEvent
from pantau.mentions.lexicon import cue_index

CLAIMABLE_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
NEGATION_REACH = 4


def claimant(view: SentenceView, lang: str) -> Any | None:
    """The armed group that claims an attack in this sentence, if one does."""
    for hit in cue_index(lang, "responsibility").find(view.words):
        before = view.words[max(0, hit.first - NEGATION_REACH):hit.first]
        if any(word in cues(lang).negation for word in before) or "belum" in before or "no" in before:
            continue
        groups = [m for m in view.actors if m.actor is not None and m.actor.kind in NON_STATE_ARMED
                  and view.token_at(m.start) < hit.first]
        if groups:
            return groups[-1].actor
    return None


def attribute_claims(events: Sequence[ResolvedEvent], views: Sequence[SentenceView], lang: str) -> None:
    """Give the claimed group to the nearest earlier unattributed attack of the report."""
    for view in views:
        group = claimant(view, lang)
        if group is None:
            continue
        told = [e for e in events if e.event_type in CLAIMABLE_TYPES and not e.historical
                and min(e.sentences) <= view.sentence.index
                and (e.actor1 is None or e.actor1.kind == "unidentified")]
        if told:
            max(told, key=lambda e: min(e.sentences)).actor1 = group
