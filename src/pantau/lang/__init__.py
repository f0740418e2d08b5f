"""Language knowledge: YAML/TSV data files per language, loaded once and validated."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

SUPPORTED_LANGUAGES: tuple[str, ...] = ("id", "en")


class LexiconError(ValueError):
    """A knowledge file is missing or malformed."""


class KnowledgeLoader(yaml.SafeLoader):
    """YAML 1.1 reads "no", "on", "yes" as booleans; in word lists they are words."""


KnowledgeLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@cache
def load_yaml(lang: str, name: str) -> dict[str, Any]:
    """Load ``lang/<lang>/<name>.yaml`` from the package; raise LexiconError if it is malformed."""
    if lang not in SUPPORTED_LANGUAGES:
        raise LexiconError(f"unsupported language {lang!r}; expected one of {SUPPORTED_LANGUAGES}")
    path = resources.files("pantau.lang").joinpath(lang, f"{name}.yaml")
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=KnowledgeLoader)
    except FileNotFoundError as error:
        raise LexiconError(f"missing knowledge file lang/{lang}/{name}.yaml") from error
    except yaml.YAMLError as error:
        raise LexiconError(f"lang/{lang}/{name}.yaml is not valid YAML: {error}") from error
    if not isinstance(data, dict):
        raise LexiconError(f"lang/{lang}/{name}.yaml must hold a mapping at the top level")
    return data


def word_list(data: dict[str, Any], key: str, *, where: str) -> tuple[str, ...]:
    """A list of lowercase strings under ``key``; raise LexiconError naming the file otherwise."""
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise LexiconError(f"{where}: '{key}' must be a list of strings")
    return tuple(item.lower() for item in value)
