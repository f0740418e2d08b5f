"""Pantau stage: actors - the actor knowledge base.

Finds actor mentions in Indonesian and English text (named groups, state institutions, heads
of state, generic descriptions such as "polisi" or "gunmen") and names them as ACLED does
("Police Forces of Indonesia (2014-2024)", "Protesters (Indonesia)", "Taliban")::

    kb = load_actor_kb()
    for mention in kb.find_mentions("Polisi menangkap dua anggota JAD di Bekasi.", "id"):
        actor = kb.resolve(mention, country="ID", year=2019)
"""

from pantau.actors.kb import ActorKB, load_actor_kb
from pantau.actors.records import INTER_CODES, KINDS, Actor, ActorFileError, ActorMention

__all__ = ["INTER_CODES", "KINDS", "Actor", "ActorFileError", "ActorKB", "ActorMention", "load_actor_kb"]
