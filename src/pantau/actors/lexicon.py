"""Per-language word lists of the actor KB (``lang/<lang>/actors.yaml``), validated."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pantau.actors.loader import read_yaml
from pantau.actors.records import ActorFileError

GENERIC_CONCEPTS: frozenset[str] = frozenset({
    "military", "police", "government", "protesters", "social_group", "residents", "civilians",
    "crowd", "rioters", "unidentified", "rebels", "militants",
})
_LIST_FIELDS = ("titles", "anaphors", "determiners", "plural_markers", "locatives", "not_actors", "name_stops")


@dataclass(frozen=True)
class Lexicon:
    generic: dict[str, tuple[str, ...]]  # concept -> descriptions
    titles: tuple[str, ...]
    anaphors: tuple[str, ...]
    determiners: frozenset[str]
    plural_markers: frozenset[str]
    locatives: frozenset[str]
    not_actors: tuple[str, ...]
    name_stops: frozenset[str]  # words that end a unit's name ("Polres Bogor AKBP ...")


def _words(value: object, path: Path, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ActorFileError(f"{path}: field '{field}' must be a list of non-empty strings")
    return tuple(value)


def read_lexicon(path: Path) -> Lexicon:
    data = read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("generic"), dict):
        raise ActorFileError(f"{path}:1: field 'generic' must map concepts to word lists")
    unknown = set(data["generic"]) - GENERIC_CONCEPTS
    if unknown:
        raise ActorFileError(f"{path}: field 'generic' has unknown concepts {sorted(unknown)}; "
                             f"use {sorted(GENERIC_CONCEPTS)}")
    generic = {k: _words(v, path, f"generic.{k}") for k, v in data["generic"].items()}
    lists = {name: _words(data.get(name), path, name) for name in _LIST_FIELDS}
    return Lexicon(
        generic=generic,
        titles=lists["titles"],
        anaphors=lists["anaphors"],
        determiners=frozenset(w.casefold() for w in lists["determiners"]),
        plural_markers=frozenset(w.casefold() for w in lists["plural_markers"]),
        locatives=frozenset(w.casefold() for w in lists["locatives"]),
        not_actors=lists["not_actors"],
        name_stops=frozenset(w.casefold() for w in lists["name_stops"]),
    )
