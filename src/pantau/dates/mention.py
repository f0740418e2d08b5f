"""The record this stage returns: one time expression, resolved to a span of days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# A period that ends more than this many days before publication is background, not news.
HISTORICAL_WINDOW_DAYS = 30

RELATIONS: tuple[str, ...] = ("at", "since", "until", "before", "after")


PUBLICATION_RELATIVE_RULES = frozenset({"day_offset", "night_before", "count_ago", "vague_ago", "recent"})


@dataclass(frozen=True)
class TimeMention:
    """A time expression in a text; ``start``/``end`` index the text given to ``find_times``."""

    start: int
    end: int
    text: str
    earliest: date
    latest: date  # a span: a day, a week, a month, a year
    precision: int  # ACLED time_precision: 1 a day, 2 a week or a few days, 3 a month or vaguer
    relation: str = "at"  # at, since, until, before, after
    historical: bool = False  # the period lies clearly before the report's news window
    rule: str = ""  # the rule that read it ("weekday", "day_offset", ...)

    @property
    def anchored(self) -> bool:
        """A named day ("Jumat", "20 March"), not one counted from the publication time
        ("kemarin", "last night"), which a late timestamp can shift by a day."""
        return self.precision == 1 and self.rule not in PUBLICATION_RELATIVE_RULES

    def __post_init__(self) -> None:
        if self.relation not in RELATIONS:
            raise ValueError(f"unknown relation {self.relation!r}; allowed: {', '.join(RELATIONS)}")
        if self.latest < self.earliest:
            raise ValueError(f"time span ends ({self.latest}) before it starts ({self.earliest})")
        if self.precision not in (1, 2, 3):
            raise ValueError(f"precision must be 1, 2 or 3, got {self.precision}")
