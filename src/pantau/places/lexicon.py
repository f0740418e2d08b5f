"""Loaders for the place-name knowledge kept in ``pantau/lang/{id,en}/places_*.yaml``.

Each file is validated on first use and cached; a malformed file raises ``LexiconError`` naming
the file and the offending key, so a typo never silently disables a rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from pantau.places.normalize import normalize_name

LANGUAGES: tuple[str, ...] = ("id", "en")
ROLES: tuple[str, ...] = ("base", "origin", "nationality", "destination", "street", "locative")
ADMIN_LEVELS: tuple[str, ...] = ("admin1", "admin2", "regency", "admin3", "city", "village")


class LexiconError(ValueError):
    """A places_*.yaml file is malformed."""


@dataclass(frozen=True)
class AliasEntry:
    target: str  # "SY" (country), "ID.07" (admin1 key), "CONT.EU" (continent), "ID:Yogyakarta" (town)
    surface: str  # as written in the file
    kind: str  # "name" | "abbreviation" | "demonym"


@dataclass(frozen=True)
class Cues:
    role_before: dict[str, frozenset[str]]  # role -> folded cue phrases
    origin_dari_heads: frozenset[str]
    locative_dari_heads: frozenset[str]
    nationality_after: frozenset[str]
    admin_prefixes: dict[str, str]  # folded prefix -> level
    admin_suffixes: dict[str, str]
    facilities_before: dict[str, str]  # folded facility words -> English template with "{}"
    facilities_after: dict[str, str]
    person_titles: frozenset[str]
    relative_before: frozenset[str]  # "utara", "north of": the name only anchors a direction
    near_before: frozenset[str]  # "dekat", "near": the name is a reference point
    within: frozenset[str]  # "in", "di": "X in (central) Mali" says X lies in Mali
    date_words: frozenset[str]  # days and months: a place name may be followed by them


def _read(lang: str, name: str) -> dict[str, Any]:
    if lang not in LANGUAGES:
        raise LexiconError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    path = resources.files("pantau") / "lang" / lang / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise LexiconError(f"lang/{lang}/{name}: expected a mapping at top level")
    return data


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{where}: expected a list of non-empty strings")
    return value


@cache
def stop_words(lang: str | None = None) -> frozenset[str]:
    """Folded words that are never a place on their own in text of ``lang``: its own list, plus
    English's for Indonesian (which quotes English); English text does not read Indonesian words
    ("lima" is five in Indonesian, and Peru's capital in English). None: both lists."""
    languages = LANGUAGES if lang in {None, "id"} else (lang,)
    words: set[str] = set()
    for name in languages:
        words.update(normalize_name(w) for w in _strings(_read(name, "places_stopwords.yaml").get("words"),
                                                        f"lang/{name}/places_stopwords.yaml:words"))
    return frozenset(words)


@cache
def aliases() -> tuple[AliasEntry, ...]:
    """Hand-kept names, abbreviations and demonyms of countries and admin1 divisions, both languages."""
    entries: list[AliasEntry] = []
    for lang in LANGUAGES:
        data = _read(lang, "places_aliases.yaml")
        for section in ("countries", "admin1", "continents", "towns"):
            for target, spec in (data.get(section) or {}).items():
                where = f"lang/{lang}/places_aliases.yaml:{section}.{target}"
                if section == "countries":
                    valid = isinstance(target, str) and len(target) == 2 and target.isupper()
                elif section == "towns":
                    valid = ":" in str(target)  # "ID:Yogyakarta": country code and GeoNames name
                else:
                    valid = "." in str(target)
                if not valid or not isinstance(spec, dict):
                    raise LexiconError(f"{where}: bad key or entry")
                unknown = set(spec) - {"acled", "names", "abbreviations", "demonyms"}
                if unknown:
                    raise LexiconError(f"{where}: unknown field(s) {sorted(unknown)}")
                for field, kind in (("names", "name"), ("abbreviations", "abbreviation"),
                                    ("demonyms", "demonym")):
                    entries.extend(AliasEntry(target, s, kind) for s in _strings(spec.get(field), where))
    return tuple(entries)


@cache
def acled_country_names() -> dict[str, str]:
    """ISO code -> the English country name ACLED writes, where it differs from GeoNames."""
    names: dict[str, str] = {}
    for target, spec in (_read("en", "places_aliases.yaml").get("countries") or {}).items():
        if isinstance(spec, dict) and isinstance(spec.get("acled"), str):
            names[target] = spec["acled"]
    return names


def _folded_set(values: Any, where: str) -> frozenset[str]:
    return frozenset(normalize_name(v) for v in _strings(values, where))


def _level_map(values: Any, where: str) -> dict[str, str]:
    if values is None:
        return {}
    if not isinstance(values, dict) or not all(v in ADMIN_LEVELS for v in values.values()):
        raise LexiconError(f"{where}: expected a mapping of words to one of {ADMIN_LEVELS}")
    return {normalize_name(k): v for k, v in values.items()}


@cache
def cues(lang: str) -> Cues:
    """Role, level and facility cue words of one language."""
    data = _read(lang, "places_cues.yaml")
    where = f"lang/{lang}/places_cues.yaml"
    role_data = data.get("role_before") or {}
    if set(role_data) - set(ROLES):
        raise LexiconError(f"{where}:role_before: roles must be among {ROLES}")
    facilities = {}
    for side in ("facilities_before", "facilities_after"):
        templates = data.get(side) or {}
        if not isinstance(templates, dict) or not all("{}" in str(v) for v in templates.values()):
            raise LexiconError(f"{where}:{side}: expected words -> templates with a '{{}}' slot")
        facilities[side] = {normalize_name(k): v for k, v in templates.items()}
    return Cues(
        role_before={r: _folded_set(role_data.get(r), f"{where}:role_before.{r}") for r in ROLES},
        origin_dari_heads=_folded_set(data.get("origin_dari_heads"), f"{where}:origin_dari_heads"),
        locative_dari_heads=_folded_set(data.get("locative_dari_heads"), f"{where}:locative_dari_heads"),
        nationality_after=_folded_set(data.get("nationality_after"), f"{where}:nationality_after"),
        admin_prefixes=_level_map(data.get("admin_prefixes"), f"{where}:admin_prefixes"),
        admin_suffixes=_level_map(data.get("admin_suffixes"), f"{where}:admin_suffixes"),
        facilities_before=facilities["facilities_before"],
        facilities_after=facilities["facilities_after"],
        person_titles=_folded_set(data.get("person_titles"), f"{where}:person_titles"),
        relative_before=_folded_set(data.get("relative_before"), f"{where}:relative_before"),
        near_before=_folded_set(data.get("near_before"), f"{where}:near_before"),
        within=_folded_set(data.get("within"), f"{where}:within"),
        date_words=_folded_set(data.get("date_words"), f"{where}:date_words"),
    )
