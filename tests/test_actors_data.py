"""Consistency of the packaged actor data files."""

from __future__ import annotations

import pytest

from pantau.actors.countries import DATA_DIR, LANG_DIR, load_country_table
from pantau.actors.lexicon import GENERIC_CONCEPTS, read_lexicon
from pantau.actors.loader import read_actor_file, read_heads_of_state, read_states, read_yaml

# ACLED inter code of each kind of named actor
KIND_INTER = {"rebel": 2, "political_militia": 3, "identity_militia": 4, "external": 8}


def test_named_actor_kinds_match_inter_codes() -> None:
    wrong = [(r.actor.id, r.actor.kind, r.actor.inter) for r in read_actor_file(DATA_DIR / "named.yaml")
             if KIND_INTER.get(r.actor.kind, r.actor.inter) != r.actor.inter]
    assert wrong == []


def test_heads_of_state_have_government_periods() -> None:
    states = read_states(DATA_DIR / "states.yaml")
    heads = read_heads_of_state(DATA_DIR / "heads_of_state.yaml")
    assert [h.id for h in heads if not states.get(h.country) or not states[h.country].periods] == []


def test_named_aliases_are_not_news_sources() -> None:
    sources = {n.casefold() for n in read_yaml(DATA_DIR / "not_actors.yaml")["names"]}
    aliases = {a.casefold() for r in read_actor_file(DATA_DIR / "named.yaml") for a in r.actor.aliases}
    assert aliases & sources == set()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_language_describes_every_concept(lang: str) -> None:
    lexicon = read_lexicon(LANG_DIR / lang / "actors.yaml")
    assert set(lexicon.generic) == GENERIC_CONCEPTS
    assert all(lexicon.generic[c] for c in GENERIC_CONCEPTS)


@pytest.mark.parametrize(("iso2", "english", "in_label"), [
    ("ID", "Indonesia", "Indonesia"),
    ("CD", "Democratic Republic of Congo", "the Democratic Republic of Congo"),
    ("MM", "Myanmar", "Myanmar"),
    ("PH", "Philippines", "the Philippines"),
    ("PS", "Palestine", "Palestine"),
    ("XK", "Kosovo", "Kosovo"),
])
def test_country_names_follow_acled(iso2: str, english: str, in_label: str) -> None:
    table = load_country_table()
    assert (table.name(iso2), table.name_in_label(iso2)) == (english, in_label)
