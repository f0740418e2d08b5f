"""The actor knowledge base's records: canonical actors and their mentions in a text."""

from __future__ import annotations

from dataclasses import dataclass

# ACLED actor types ("inter" codes) and the kinds of actor Pantau distinguishes within them.
INTER_CODES: dict[int, str] = {
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}
KINDS: frozenset[str] = frozenset({
    "military", "police", "government", "head_of_state", "rebel", "political_militia",
    "identity_militia", "rioters", "protesters", "civilians", "unidentified", "external", "other",
})
STATE_KINDS: frozenset[str] = frozenset({"military", "police", "government"})


@dataclass(frozen=True)
class Actor:
    """One canonical actor, named as ACLED names it."""

    id: str
    name: str  # ACLED-style canonical name
    inter: int  # ACLED inter code 1-8
    country: str | None  # ISO2, or None for transnational groups
    kind: str  # one of KINDS
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActorMention:
    """A span of text that names or describes an actor; offsets index the text given."""

    start: int
    end: int
    text: str
    actor: Actor | None  # a named actor the KB resolved directly (Taliban, Densus 88 -> police)
    generic: str | None  # a description whose actor depends on the event country ("police")
    country: str | None  # ISO2 when the text itself says it ("tentara Suriah" -> SY)
    anaphor: bool = False  # "kelompok tersebut", "the group": points back to an earlier actor

    @property
    def kind(self) -> str | None:
        """The named actor's kind, else the description's ("police", "rebels")."""
        return self.actor.kind if self.actor is not None else self.generic


class ActorFileError(ValueError):
    """An actor data file is malformed; the message names the file, line and field."""
