"""The actor knowledge base: find actor mentions in text and name them as ACLED does."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

from pantau.actors.countries import DATA_DIR, LANG_DIR, LANGUAGES, CountryTable, load_country_table
from pantau.actors.lexicon import Lexicon, read_lexicon
from pantau.actors.loader import (
    ActorRecord,
    HeadOfState,
    parse_state_ref,
    read_actor_file,
    read_heads_of_state,
    read_petrarch_groups,
    read_states,
    read_yaml,
)
from pantau.actors.matcher import Entry, PhraseIndex, english_plural, tokenize
from pantau.actors.mentions import MentionComposer
from pantau.actors.records import STATE_KINDS, Actor, ActorFileError, ActorMention
from pantau.actors.states import StateForces, reference_date

# Which phrase wins when two aliases of the same length match (lower first).
_PRIORITY = {"user": 0, "named": 1, "hos": 2, "state": 3, "unit": 3, "petrarch": 4, "block": 5,
             "title": 6, "anaphor": 7, "generic": 8, "country": 9, "qualifier": 10}
_STATE_LABEL = re.compile(r"^(Military Forces|Police Forces|Government) of (?:the )?(.+?)(?: \((\d{4})-(\d{4})?\))?$")
_STATE_LABEL_KINDS = {"Military Forces": "military", "Police Forces": "police", "Government": "government"}
_ROLE_LABEL = re.compile(r"^(.+) \((.+)\)$")


class ActorKB:
    """Canonical actors, their aliases and the descriptions that stand for them."""

    def __init__(self, records: list[ActorRecord], user_ids: frozenset[str], heads: list[HeadOfState],
                 states: StateForces, state_names: dict[str, dict[str, tuple[str, ...]]],
                 countries: CountryTable, roles: dict[str, dict[str, object]],
                 defaults: dict[str, str | None], not_actors: tuple[str, ...]) -> None:
        self._records = {r.actor.id: r for r in records}  # later records override earlier ones
        self._by_name = {r.actor.name.casefold(): r.actor for r in self._records.values()}
        self._user_ids = user_ids
        self._heads = {h.id: h for h in heads}
        self._states = states
        self._state_names = state_names
        self._countries = countries
        self._roles = roles
        self._defaults = defaults
        self._not_actors = not_actors
        self._lexicons: dict[str, Lexicon] = {}
        self._indexes: dict[str, PhraseIndex] = {}

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> ActorKB:
        """The packaged KB, with the actors of ``extra`` YAML files added or overriding."""
        records = read_petrarch_groups(DATA_DIR / "petrarch_groups.tsv")
        records += read_actor_file(DATA_DIR / "named.yaml")
        user: list[ActorRecord] = []
        for path in extra:
            user += read_actor_file(Path(path))
        countries = load_country_table()
        state_info = read_states(DATA_DIR / "states.yaml")
        state_names = {c: {**i.names, **{f"unit:{k}": v for k, v in i.units.items()}} for c, i in state_info.items()}
        roles_data = read_yaml(DATA_DIR / "generic_roles.yaml")
        not_actors = read_yaml(DATA_DIR / "not_actors.yaml")["names"]
        heads = read_heads_of_state(DATA_DIR / "heads_of_state.yaml")
        kb = cls(records + user, frozenset(r.actor.id for r in user), heads, StateForces(state_info, countries),
                 state_names, countries, roles_data["roles"], roles_data["defaults"], tuple(not_actors))
        kb._check_branches()
        return kb

    def _check_branches(self) -> None:
        for record in self._records.values():
            for branch in record.branches:
                if parse_state_ref(branch.actor) is None and branch.actor not in self._records:
                    raise ActorFileError(f"{record.origin}: field 'branches' names unknown actor {branch.actor!r}")

    # --- finding mentions ------------------------------------------------------------------
    def find_mentions(self, text: str, lang: str) -> list[ActorMention]:
        """Actor mentions in ``text``, longest match first, in text order."""
        index = self._index(lang)
        tokens = tokenize(text, lang)
        hits = index.find(tokens)
        return MentionComposer(text, tokens, hits, self._lexicons[lang], lang, self._actor_for).compose()

    def _index(self, lang: str) -> PhraseIndex:
        if lang not in LANGUAGES:
            raise ValueError(f"lang must be one of {LANGUAGES}, got {lang!r}")
        if lang not in self._indexes:
            self._lexicons[lang] = read_lexicon(LANG_DIR / lang / "actors.yaml")
            self._indexes[lang] = self._build_index(lang, self._lexicons[lang])
        return self._indexes[lang]

    def _build_index(self, lang: str, lexicon: Lexicon) -> PhraseIndex:
        index = PhraseIndex(lang)

        def add(alias: str, kind: str, value: str, priority: str | None = None) -> None:
            entry = Entry(kind, value, _PRIORITY[priority or kind])
            index.add(alias, entry)
            plural = english_plural(alias) if lang == "en" and kind == "generic" else None
            if plural:
                index.add(plural, entry)

        for record in self._records.values():
            source = "user" if record.actor.id in self._user_ids else "named"
            if record.actor.id.startswith("petrarch_"):
                source = "petrarch"
            for alias in record.actor.aliases:
                add(alias, "named", record.actor.id, source)
        for country, names in self._state_names.items():
            for kind, aliases in names.items():
                for alias in aliases:
                    unit = kind.startswith("unit:")
                    add(alias, "unit" if unit else "state", f"{kind.removeprefix('unit:')}:{country}")
        for head in self._heads.values():
            for alias in head.aliases:
                add(alias, "hos", head.id)
        for alias in self._not_actors + lexicon.not_actors:
            add(alias, "block", "")
        for alias in lexicon.titles:
            add(alias, "title", "head_of_state")
        for alias in lexicon.anaphors:
            add(alias, "anaphor", "")
        for concept, aliases in lexicon.generic.items():
            for alias in aliases:
                add(alias, "generic", concept)
        forms = self._countries.forms[lang]
        for alias, iso2 in forms.names:
            add(alias, "country", iso2)
        for alias, iso2 in forms.qualifiers:
            add(alias, "qualifier", iso2)
        return index

    def _actor_for(self, entry: Entry, country: str | None) -> Actor:
        """The Actor of a named, state, unit or head-of-state phrase (latest period)."""
        if entry.type == "hos":
            return self._states.head_of_state(self._heads[entry.value], None)
        if entry.type in ("state", "unit"):
            ref = parse_state_ref(entry.value)
            assert ref is not None  # built from states.yaml by _build_index
            return self._states.actor(ref[1], ref[0], None)
        actor = self._records[entry.value].actor
        return self._branch(actor, country, None) if country else actor

    def _branch(self, actor: Actor, country: str | None, year: int | None) -> Actor:
        """The branch of a transnational group for events in ``country`` (IS -> IS (Syria))."""
        record = self._records.get(actor.id)
        when = reference_date(year) or date.today()
        if record is None or country is None:
            return actor
        for branch in reversed(record.branches):
            if branch.country == country and (branch.since is None or branch.since <= when):
                ref = parse_state_ref(branch.actor)
                return self._states.actor(ref[1], ref[0], year) if ref else self._records[branch.actor].actor
        return actor

    # --- naming actors -----------------------------------------------------------------------
    def resolve(self, mention: ActorMention, country: str | None, year: int | None) -> Actor | None:
        """The canonical actor of a mention for an event in ``country`` (ISO2) and ``year``.

        Named state forces and heads of state get the period of ``year``; generic police or
        army words take the country the text gives, else the event's; protesters, rioters,
        civilians and unidentified groups always take the event's country. None for anaphors
        (the event stage links them) and for rebels/militants without a name.
        """
        if mention.anaphor:
            return None
        actor = mention.actor
        if actor is not None:
            if actor.kind == "head_of_state" and actor.id in self._heads:
                return self._states.head_of_state(self._heads[actor.id], year)
            if actor.kind in STATE_KINDS and actor.country and actor.id not in self._records:
                return self._states.actor(actor.country, actor.kind, year)
            return self._branch(actor, mention.country or country, year)
        if mention.generic is None:
            return None
        role = self._defaults.get(mention.generic, mention.generic)
        if role is None:
            return None
        # Protesters, civilians... belong to the event's country; forces to the one the text names.
        where = (country or mention.country) if role in self._roles else (mention.country or country)
        return self.generic_actor(role, where, year) if where else None

    def generic_actor(self, role: str, country: str, year: int | None) -> Actor:
        """The ACLED actor of a role in a country: "Protesters (Indonesia)", "Police Forces of ..."."""
        if role in STATE_KINDS:
            return self._states.actor(country, role, year)
        if role == "head_of_state":
            government = self._states.actor(country, "government", year)
            return Actor(f"head_of_state:{country}", government.name, 1, country, "head_of_state")
        if role not in self._roles:
            raise ValueError(f"role must be one of {sorted(STATE_KINDS | set(self._roles))} "
                             f"or 'head_of_state', got {role!r}")
        spec = self._roles[role]
        name = str(spec["name"]).format(country=self._countries.name(country))
        return Actor(f"{role}:{country}", name, int(str(spec["inter"])), country, role)

    def state_forces(self, country: str, kind: str, year: int | None) -> Actor:
        """"Military Forces of Indonesia (2014-2024)" and the like; kind: military|police|government."""
        if kind not in STATE_KINDS:
            raise ValueError(f"kind must be one of {sorted(STATE_KINDS)}, got {kind!r}")
        return self._states.actor(country, kind, year)

    def by_name(self, name: str) -> Actor | None:
        """The actor with this canonical name, including generated state and generic names."""
        found = self._by_name.get(name.casefold())
        if found is not None:
            return found
        match = _STATE_LABEL.match(name)
        if match:
            iso2 = self._iso2_for(match.group(2))
            if iso2 is None:
                return None
            when = date(int(match.group(3)), 12, 31) if match.group(3) else None
            actor = self._states.actor_on(iso2, _STATE_LABEL_KINDS[match.group(1)], when)
            return actor if actor.name.casefold() == name.casefold() else None
        match = _ROLE_LABEL.match(name)
        if match:
            iso2 = self._iso2_for(match.group(2))
            for role, spec in self._roles.items():
                if iso2 and str(spec["name"]).format(country=match.group(2)).casefold() == name.casefold():
                    return self.generic_actor(role, iso2, None)
        return None

    def _iso2_for(self, english_name: str) -> str | None:
        wanted = english_name.casefold()
        for iso2, name in self._countries.english.items():
            if name.casefold() == wanted:
                return iso2
        return None


@lru_cache(maxsize=8)
def _cached_kb(extra: tuple[Path, ...]) -> ActorKB:
    return ActorKB.load(extra)


def load_actor_kb(extra: Sequence[Path] = ()) -> ActorKB:
    """The actor KB, loaded once per set of ``extra`` files."""
    return _cached_kb(tuple(Path(p).resolve() for p in extra))
