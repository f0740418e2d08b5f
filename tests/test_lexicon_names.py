"""Names guarded against clitic splits when the lexicon is built (scripts/nlp_convert.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from pantau.actors.records import Actor
from pantau.analysis.lexicon import Lexicon
from pantau.places.gazetteer import Entry
from pantau.places.model import Place

REPO = Path(__file__).resolve().parents[1]


def _convert_script() -> ModuleType:
    sys.path.insert(0, str(REPO / "scripts"))  # nlp_convert imports its sibling nlp_nlpid
    spec = importlib.util.spec_from_file_location("nlp_convert", REPO / "scripts" / "nlp_convert.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lexicon() -> Lexicon:
    # "mek" and "isi" are stems, so "mekkah" and "isinya" look like stem + clitic to the splitter
    return Lexicon({"mek": "mek", "isi": "isi", "jalan": "jalan"})


def test_guarded_names_are_cut_by_the_splitter_and_written_as_names() -> None:
    text = [["Warga", "Mekkah", "dan", "Pasir", "Isinya"], ["isinya", "baru"], ["di", "Jalan", "itu"]]
    names = {"mekkah", "isinya", "jalan", "isiku"}
    # "jalan" is never cut, "isiku" never written, "isinya" mostly written in lowercase
    assert _convert_script().guarded_names(_lexicon(), names, text) == {"mekkah"}


def test_ud_splits_win_over_names() -> None:
    lexicon = _lexicon()
    lexicon.always_split = frozenset({"mekkah"})
    assert _convert_script().guarded_names(lexicon, {"mekkah"}, [["Mekkah"]]) == set()


class _FakeGazetteer:
    """name key -> (kind, population) rows, with the three methods known_names uses."""

    def __init__(self, names: dict[str, list[tuple[str, int]]]):
        self._keys = list(names)
        self._rows = [(key, kind, pop) for key, places in names.items() for kind, pop in places]

    def name_keys(self) -> list[str]:
        return self._keys

    def row_ids(self, key: str) -> tuple[int, ...]:
        return tuple(i for i, row in enumerate(self._rows) if row[0] == key)

    def entry(self, row: int) -> Entry:
        key, kind, population = self._rows[row]
        place = Place(geonameid=row, name=key, country_code="PS", country="Palestine", admin1="", admin2="",
                      admin3="", latitude=0.0, longitude=0.0, kind=kind, population=population)  # fmt: skip
        return Entry(row, place, "", "")


def test_known_names_take_notable_one_word_places_and_capitalised_actor_words() -> None:
    gazetteer = _FakeGazetteer({
        "ramallah": [("populated", 38_998)],
        "kuranji": [("admin3", 0)],
        "dusun kecil": [("populated", 90_000)],  # two words: a token never holds it
        "sepi": [("populated", 300)],  # too small
    })
    actors = [Actor("jad", "JAD: Jamaah Ansharut Daulah", 2, "ID", "rebel", ("JAD", "kelompok Daulah"))]
    names = _convert_script().known_names(gazetteer, actors)
    assert names == {"ramallah", "kuranji", "jad", "jamaah", "ansharut", "daulah"}  # not "kelompok"
