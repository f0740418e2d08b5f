"""Country names for actor labels (ISO2 -> "Indonesia") and for spotting countries in text.

Only what the actor KB needs; the full gazetteer is ``pantau.places``.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import pycountry

from pantau.actors.loader import check_country, read_tsv_rows, read_yaml
from pantau.actors.records import ActorFileError

DATA_DIR = Path(str(files("pantau") / "data" / "actors"))
LANG_DIR = Path(str(files("pantau") / "lang"))
LANGUAGES: tuple[str, ...] = ("id", "en")


@dataclass(frozen=True)
class CountryForms:
    """Surface forms of countries in one language, each with its ISO2 code."""

    names: tuple[tuple[str, str], ...]  # may stand alone as a state ("Rusia", "Russia")
    qualifiers: tuple[tuple[str, str], ...]  # only beside an actor noun ("Syrian", "U.S.")


@dataclass(frozen=True)
class CountryTable:
    english: dict[str, str]  # ISO2 -> ACLED English name
    with_the: frozenset[str]
    forms: dict[str, CountryForms]  # language -> forms

    def name(self, iso2: str) -> str:
        """ACLED's English name of a country ("Democratic Republic of Congo")."""
        if iso2 in self.english:
            return self.english[iso2]
        country = pycountry.countries.get(alpha_2=iso2)
        if country is None:
            raise ValueError(f"unknown ISO2 country code {iso2!r}")
        return str(getattr(country, "common_name", None) or country.name)

    def name_in_label(self, iso2: str) -> str:
        """The name as it reads after "Military Forces of" ("the Philippines")."""
        name = self.name(iso2)
        return f"the {name}" if iso2 in self.with_the else name


def _read_ngec(path: Path) -> tuple[dict[str, str], list[tuple[str, str]], list[tuple[str, str]]]:
    names: dict[str, str] = {}
    name_forms: list[tuple[str, str]] = []
    adjective_forms: list[tuple[str, str]] = []
    for _, (iso2, name, forms) in read_tsv_rows(path, 3):
        names[iso2] = name
        name_forms.append((name, iso2))
        adjective_forms.extend((form, iso2) for form in forms.split("|") if form)
    return names, name_forms, adjective_forms


def _code_lists(data: object, path: Path, field: str) -> list[tuple[str, str]]:
    """[(form, ISO2)] from a mapping ISO2 -> list of forms."""
    if data is None:
        return []
    if not isinstance(data, dict):
        raise ActorFileError(f"{path}:1: field '{field}' must map ISO2 codes to lists of names")
    pairs = []
    for code, forms in data.items():
        line = data.key_lines.get(code, 0) if hasattr(data, "key_lines") else 0
        iso2 = check_country(code, path, line, field)
        if not isinstance(forms, list) or not all(isinstance(f, str) for f in forms):
            raise ActorFileError(f"{path}:{line}: field '{code}' must be a list of names, got {forms!r}")
        pairs.extend((form, str(iso2)) for form in forms)
    return pairs


def load_country_table() -> CountryTable:
    """Read the packaged country files (NGEC extract, ACLED overrides, per-language names)."""
    english, en_names, en_adjectives = _read_ngec(DATA_DIR / "countries_en.tsv")
    overrides_path = DATA_DIR / "country_overrides.yaml"
    overrides = read_yaml(overrides_path)
    for name, iso2 in _code_lists({k: [v] for k, v in overrides["names"].items()}, overrides_path, "names"):
        english[iso2] = name
    with_the = frozenset(overrides["with_the"])

    id_path = LANG_DIR / "id" / "actors_countries.yaml"
    id_names = _code_lists(read_yaml(id_path), id_path, "country")
    en_path = LANG_DIR / "en" / "actors_countries.yaml"
    en_extra = read_yaml(en_path)
    en_names += _code_lists(en_extra.get("names"), en_path, "names")
    en_adjectives += _code_lists(en_extra.get("adjectives"), en_path, "adjectives")
    forms = {
        "id": CountryForms(tuple(id_names), ()),
        "en": CountryForms(tuple(en_names), tuple(en_adjectives)),
    }
    return CountryTable(english, with_the, forms)
