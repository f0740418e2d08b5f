"""Pantau stage: time expressions and their resolution against the publication date.

    >>> from datetime import date
    >>> [(m.text, str(m.earliest)) for m in find_times("Polisi tiba Senin (10/7).", "id", date(2017, 7, 12))]
    [('Senin (10/7)', '2017-07-10')]

How it works: ``lang/<lang>/dates.yaml`` keeps the surface forms, keyed by concept (weekdays,
months, units, number words, fixed phrases) and the grammar as regex templates whose
``{placeholders}`` expand to those forms (``grammar.py``). Each template's rule name selects a
small resolver (``relative_rules.py``, ``calendar_rules.py``, ``future_rules.py``) that turns a
match into a span of days with its ACLED precision; month-name dates go to dateparser
(``absolute.py``). ``finder.py`` keeps the longest non-overlapping matches and adds the relation
word before each ("sejak", "until") and the historical flag.
"""

from __future__ import annotations

from pantau.dates.finder import find_times, is_historical
from pantau.dates.lexicon import DateLexicon, LexiconError, load_lexicon
from pantau.dates.mention import HISTORICAL_WINDOW_DAYS, RELATIONS, TimeMention
from pantau.dates.published import parse_published

__all__ = [
    "HISTORICAL_WINDOW_DAYS",
    "RELATIONS",
    "DateLexicon",
    "LexiconError",
    "TimeMention",
    "find_times",
    "is_historical",
    "load_lexicon",
    "parse_published",
]
