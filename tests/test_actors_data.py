"""Consistency of the packaged actor data files."""

from __future__ import annotations

from pathlib import Path

import pytest

from pantau.actors.countries import DATA_DIR, LANG_DIR, load_country_table
from pantau.actors.lexicon import GENERIC_CONCEPTS, read_lexicon
from pantau.actors.loader import read_actor_file, read_heads_of_state, read_petrarch_groups, read_states, read_yaml
from pantau.actors.records import ActorFileError

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


def test_a_generated_extract_with_a_short_row_names_its_line(tmp_path: Path) -> None:
    extract = tmp_path / "groups.tsv"
    extract.write_text("# id\tname\tinter\tcountry\taliases\nG1\tSome Front\t2\tSY\tfront\nG2\tBroken row\n",
                       encoding="utf-8")
    with pytest.raises(ActorFileError, match=r"groups\.tsv:3: expected 5 tab-separated fields, got 2"):
        read_petrarch_groups(extract)
