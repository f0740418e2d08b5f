"""ACLED event type and sub-event type from an act, its means and the sides involved.

The rules are data (``pantau/data/event_rules.yaml``); this module only reads and applies them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from pantau.lang import LexiconError

SIDES: tuple[str, ...] = ("state", "armed", "crowd", "civilian", "none")
SIDE_OF_KIND = {
    "military": "state", "police": "state", "government": "state", "head_of_state": "state",
    "state": "state", "rebel": "armed", "rebels": "armed", "militants": "armed",
    "political_militia": "armed", "identity_militia": "armed", "unidentified": "armed",
    "external": "armed", "protesters": "crowd", "rioters": "crowd", "mob": "crowd",
    "civilians": "civilian", "other": "civilian", "social_group": "civilian", "residents": "civilian",
    "crowd": "crowd", "named_group": "armed",
}


@dataclass(frozen=True)
class Rule:
    acts: frozenset[str]
    qualifiers: frozenset[str]
    agent: frozenset[str]
    target: frozenset[str]
    context: frozenset[str]
    event_type: str
    sub_event_type: str
    agent_kinds: frozenset[str] = frozenset()

    def matches(self, act: str, qualifiers: set[str], agent: str, target: str, context: set[str],
                agent_kind: str | None = None) -> bool:
        return (
            act in self.acts
            and (not self.qualifiers or bool(self.qualifiers & qualifiers))
            and (not self.agent or _side_in(agent, self.agent))
            and (not self.agent_kinds or agent_kind in self.agent_kinds)
            and (not self.target or _side_in(target, self.target))
            and (not self.context or bool(self.context & context))
        )


def _side_in(side: str, allowed: frozenset[str]) -> bool:
    return side in allowed or (side == "state" and "armed" in allowed)


@dataclass(frozen=True)
class Taxonomy:
    rules: tuple[Rule, ...]
    priority: dict[str, int]
    disorder: dict[str, str]  # event type -> ACLED disorder type


def _strings(value: object, where: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"{where}: expected a list of strings, got {value!r}")
    return frozenset(value)


@cache
def taxonomy() -> Taxonomy:
    """The ACLED taxonomy and the classification rules, validated against each other."""
    data_dir = resources.files("pantau.data")
    types = yaml.safe_load(data_dir.joinpath("acled_taxonomy.yaml").read_text(encoding="utf-8"))
    raw = yaml.safe_load(data_dir.joinpath("event_rules.yaml").read_text(encoding="utf-8"))
    known = {(t, s) for t, entry in types.items() for s in entry["sub_event_types"]}
    rules = []
    for number, entry in enumerate(raw["rules"], start=1):
        where = f"data/event_rules.yaml rule {number}"
        event_type, sub_event_type = entry["result"]
        if (event_type, sub_event_type) not in known:
            raise LexiconError(f"{where}: {event_type} / {sub_event_type} is not in ACLED's taxonomy")
        agent, target = _strings(entry.get("agent"), where), _strings(entry.get("target"), where)
        if not (agent | target) <= set(SIDES):
            raise LexiconError(f"{where}: sides must be among {SIDES}")
        rules.append(Rule(_strings(entry["acts"], where), _strings(entry.get("qualifiers"), where),
                          agent, target, _strings(entry.get("context"), where), event_type, sub_event_type,
                          _strings(entry.get("agent_kinds"), where)))
    priority = {str(k): int(v) for k, v in raw["priority"].items()}
    disorder = {t: entry["disorder_type"] for t, entry in types.items()}
    return Taxonomy(tuple(rules), priority, disorder)


def side_of(kind: str | None) -> str:
    return SIDE_OF_KIND.get(kind or "", "none") if kind else "none"


def classify(act: str, qualifiers: Iterable[str], agent_kind: str | None, target_kind: str | None,
             context: Iterable[str]) -> tuple[str, str] | None:
    """(event_type, sub_event_type), or None when ACLED would not code the act."""
    quals, ctx = set(qualifiers), set(context)
    agent, target = side_of(agent_kind), side_of(target_kind)
    for rule in taxonomy().rules:
        if rule.matches(act, quals, agent, target, ctx, agent_kind):
            return rule.event_type, rule.sub_event_type
    return None
