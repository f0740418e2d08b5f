"""The `source` of a record: who claims the event, named the way analysts know them.

Claim holders come from the event's own sentences ("menurut X", "X said"); agencies the report
cites anywhere ("seperti dikutip dari Antara", "told AFP", "(Reuters)") are sources of all its
events, as ACLED lists the outlets a record rests on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

import yaml


@cache
def _aliases(section: str | None = None) -> list[tuple[re.Pattern[str], str]]:
    text = resources.files("pantau.data").joinpath("sources.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    sections = [section] if section else ["reporters", "institutions"]
    table = {name: forms for key in sections for name, forms in data[key].items()}
    patterns = []
    for canonical, forms in table.items():
        for form in sorted(forms, key=len, reverse=True):
            # All-capital acronyms match only as written ("AP", not "ap"); names match any case.
            flags = 0 if form.isupper() else re.IGNORECASE
            patterns.append((re.compile(rf"(?<!\w){re.escape(form)}(?!\w)", flags), str(canonical)))
    return patterns


def canonical_source(holder: str) -> str:
    """A known organisation's canonical name when the holder names it, else the holder as written."""
    for pattern, canonical in _aliases():
        if pattern.search(holder):
            return canonical
    return holder


def cited_agencies(text: str) -> list[str]:
    """Known organisations the report names anywhere, in order of first mention."""
    found: dict[str, int] = {}
    for pattern, canonical in _aliases("reporters"):
        match = pattern.search(text)
        if match and (canonical not in found or match.start() < found[canonical]):
            found[canonical] = match.start()
    return sorted(found, key=found.__getitem__)


def combine(holders: Iterable[str], agencies: Iterable[str], limit: int = 4) -> list[str]:
    names: list[str] = []
    for name in [canonical_source(h) for h in holders] + list(agencies):
        if name not in names:
            names.append(name)
    return names[:limit]
