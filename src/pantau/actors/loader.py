"""Read and validate the actor data files (packaged ones and user ``--actors`` files).

Every error names the file, the line and the field, so that a user can fix their own file:
``my.yaml:12: field 'inter' must be an integer 1-8, got 'x'``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pycountry
import yaml

from pantau.actors.records import KINDS, STATE_KINDS, Actor, ActorFileError

_ID = re.compile(r"^[a-z0-9_]+$")
_ACTOR_FIELDS = ("id", "name", "inter", "country", "kind", "aliases", "branches")
_BRANCH_FIELDS = ("country", "actor", "from")
_STATE_REF = re.compile(r"^(military|police|government):([A-Z]{2})$")
# Kosovo has no ISO 3166-1 code but ACLED codes events there; XK is its customary code.
_EXTRA_ISO2 = frozenset({"XK"})


@dataclass(frozen=True)
class Branch:
    """Use ``actor`` (an actor id or a state force "military:AF") for events in ``country``."""

    country: str
    actor: str
    since: date | None = None


@dataclass(frozen=True)
class ActorRecord:
    """A named actor as read from a file, with the file position for later messages."""

    actor: Actor
    branches: tuple[Branch, ...]
    origin: str


@dataclass(frozen=True)
class HeadOfState:
    id: str
    country: str
    terms: tuple[tuple[date, date | None], ...]
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class StateInfo:
    """Government periods and institution names of one country."""

    periods: tuple[date, ...]
    names: dict[str, tuple[str, ...]]  # kind -> institution names
    units: dict[str, tuple[str, ...]]  # kind -> regional unit words ("Polres")


class _LinedDict(dict[Any, Any]):
    """A YAML mapping that remembers where it and each of its values start (1-based lines)."""

    line: int = 0
    key_lines: dict[Any, int]


class _LineLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> _LinedDict:
    loader.flatten_mapping(node)
    mapping = _LinedDict()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = value_node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml(path: Path) -> Any:
    """Parse a YAML file, keeping line numbers on its mappings; syntax errors name the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ActorFileError(f"{path}: cannot read actor file: {error.strerror}") from error
    try:
        return yaml.load(text, Loader=_LineLoader)  # a SafeLoader subclass: no arbitrary objects
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else 0
        raise ActorFileError(f"{path}:{line}: invalid YAML: {error.problem}") from error


def _fail(path: Path, line: int, field: str, message: str) -> ActorFileError:
    return ActorFileError(f"{path}:{line}: field '{field}' {message}")


def _line(mapping: Any, key: str) -> int:
    if isinstance(mapping, _LinedDict):
        return mapping.key_lines.get(key, mapping.line)
    return 0


def is_iso2(code: str) -> bool:
    return code in _EXTRA_ISO2 or pycountry.countries.get(alpha_2=code) is not None


def check_country(value: Any, path: Path, line: int, field: str = "country") -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not is_iso2(value):
        raise _fail(path, line, field, f"must be an ISO 3166-1 alpha-2 code like 'ID', got {value!r}")
    return value


def _date(value: Any, path: Path, line: int, field: str) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _fail(path, line, field, f"must be a date YYYY-MM-DD, got {value!r}")


def _strings(value: Any, path: Path, line: int, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(path, line, field, f"must be a list of non-empty strings, got {value!r}")
    return tuple(v.strip() for v in value)


def _branches(value: Any, path: Path, line: int) -> tuple[Branch, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _fail(path, line, "branches", f"must be a list of mappings, got {value!r}")
    branches = []
    for item in value:
        item_line = item.line if isinstance(item, _LinedDict) else line
        if not isinstance(item, dict):
            raise _fail(path, item_line, "branches", f"each branch must be a mapping, got {item!r}")
        unknown = sorted(set(item) - set(_BRANCH_FIELDS))
        if unknown:
            raise _fail(path, item_line, unknown[0], f"is not allowed in a branch; use {_BRANCH_FIELDS}")
        country = check_country(item.get("country"), path, _line(item, "country"))
        target = item.get("actor")
        if country is None or not isinstance(target, str) or not target:
            raise _fail(path, item_line, "actor", "a branch needs a 'country' and an 'actor' id")
        since = item.get("from")
        branches.append(Branch(country, target, _date(since, path, _line(item, "from"), "from") if since else None))
    return tuple(branches)


def parse_actor(item: Any, path: Path) -> ActorRecord:
    """Validate one actor mapping of a named-actor file."""
    line = item.line if isinstance(item, _LinedDict) else 0
    if not isinstance(item, dict):
        raise ActorFileError(f"{path}:{line}: each actor must be a mapping, got {item!r}")
    unknown = sorted(set(item) - set(_ACTOR_FIELDS))
    if unknown:
        raise _fail(path, _line(item, unknown[0]), str(unknown[0]), f"is not allowed; use {_ACTOR_FIELDS}")
    actor_id = item.get("id")
    if not isinstance(actor_id, str) or not _ID.match(actor_id):
        raise _fail(path, _line(item, "id"), "id", f"must be lower-case letters, digits and _, got {actor_id!r}")
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _fail(path, _line(item, "name"), "name", f"must be a non-empty string, got {name!r}")
    inter = item.get("inter")
    if isinstance(inter, bool) or not isinstance(inter, int) or not 1 <= inter <= 8:
        raise _fail(path, _line(item, "inter"), "inter", f"must be an integer 1-8, got {inter!r}")
    kind = item.get("kind")
    if kind not in KINDS:
        raise _fail(path, _line(item, "kind"), "kind", f"must be one of {sorted(KINDS)}, got {kind!r}")
    country = check_country(item.get("country"), path, _line(item, "country"))
    aliases = _strings(item.get("aliases"), path, _line(item, "aliases"), "aliases")
    actor = Actor(actor_id, name.strip(), inter, country, kind, aliases)
    return ActorRecord(actor, _branches(item.get("branches"), path, _line(item, "branches")), f"{path}:{line}")


def read_actor_file(path: Path) -> list[ActorRecord]:
    """All actors of a named-actor YAML file (``actors:`` list), validated."""
    data = read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise _fail(path, _line(data, "actors") or 1, "actors", "must be a list of actor mappings")
    records = [parse_actor(item, path) for item in data["actors"]]
    seen: dict[str, str] = {}
    for record in records:
        if record.actor.id in seen:
            raise ActorFileError(f"{record.origin}: field 'id' repeats {record.actor.id!r} ({seen[record.actor.id]})")
        seen[record.actor.id] = record.origin
    return records


def read_tsv_rows(path: Path, width: int) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of a generated extract, comments skipped; a row of another width is an error."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != width:
            raise ActorFileError(f"{path}:{number}: expected {width} tab-separated fields, got {len(fields)}")
        yield number, fields


def read_petrarch_groups(path: Path) -> list[ActorRecord]:
    """The generated PETRARCH2 group extract (tab-separated, see scripts/build_actors.py)."""
    records = []
    for number, (actor_id, name, inter, country, aliases) in read_tsv_rows(path, 5):
        actor = Actor(actor_id, name, int(inter), country, "rebel", tuple(a for a in aliases.split("|") if a))
        records.append(ActorRecord(actor, (), f"{path}:{number}"))
    return records


def read_heads_of_state(path: Path) -> list[HeadOfState]:
    data = read_yaml(path)
    if not isinstance(data, list):
        raise ActorFileError(f"{path}:1: expected a list of heads of state")
    heads = []
    for item in data:
        line = _line(item, "terms")
        terms = []
        for term in item.get("terms") or []:
            if not isinstance(term, list) or len(term) != 2:
                raise _fail(path, line, "terms", f"each term must be [start, end or null], got {term!r}")
            end = _date(term[1], path, line, "terms") if term[1] is not None else None
            terms.append((_date(term[0], path, line, "terms"), end))
        if not terms:
            raise _fail(path, line, "terms", "must list at least one term")
        country = check_country(item.get("country"), path, _line(item, "country"))
        if country is None or not isinstance(item.get("id"), str):
            raise _fail(path, _line(item, "id"), "id", "a head of state needs an 'id' and a 'country'")
        aliases = _strings(item.get("aliases"), path, _line(item, "aliases"), "aliases")
        heads.append(HeadOfState(item["id"], country, tuple(terms), aliases))
    return heads


def read_states(path: Path) -> dict[str, StateInfo]:
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise ActorFileError(f"{path}:1: expected a mapping of ISO2 country codes")
    states = {}
    for code, entry in data.items():
        country = check_country(code, path, _line(data, code), "country code")
        assert country is not None  # a mapping key is never null here
        line = _line(entry, "periods")
        periods = tuple(_date(d, path, line, "periods") for d in entry.get("periods") or [])
        if list(periods) != sorted(periods):
            raise _fail(path, line, "periods", "must list dates oldest first")
        names = {k: _strings(entry.get(k), path, _line(entry, k), k) for k in STATE_KINDS}
        units_raw = entry.get("units") or {}
        units = {k: _strings(v, path, _line(units_raw, k), f"units.{k}") for k, v in units_raw.items()}
        if set(units) - STATE_KINDS:
            raise _fail(path, _line(entry, "units"), "units", f"keys must be among {sorted(STATE_KINDS)}")
        states[country] = StateInfo(periods, names, units)
    return states


def parse_state_ref(ref: str) -> tuple[str, str] | None:
    """("military", "AF") for a state-force reference "military:AF"; None for an actor id."""
    match = _STATE_REF.match(ref)
    return (match.group(1), match.group(2)) if match else None
