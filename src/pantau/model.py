"""The records that flow between the pipeline's stages.

Every stage takes and returns these frozen dataclasses (or plain tuples of them), so the data
flows one way: ingest -> langid -> segment -> analysis -> mentions -> events -> resolution ->
output/store. Character offsets always index the article's ``text``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Article:
    """One news report as it enters the pipeline."""

    id: str
    text: str
    published: date | None = None
    language: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""  # the file (and line) it came from, for messages


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article; ``start``/``end`` are offsets into the article text."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Evidence:
    """The text that supports one field of an event."""

    field: str
    sentence: int
    start: int
    end: int
    text: str


# ACLED's CSV columns, in ACLED's order, followed by Pantau's own.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
PANTAU_COLUMNS: tuple[str, ...] = (
    "article_id", "fatalities_low", "fatalities_high", "historical", "confidence", "language",
    "evidence",
)


@dataclass(frozen=True)
class Event:
    """One ACLED-style event record, with the evidence for each field."""

    article_id: str
    event_type: str
    sub_event_type: str
    disorder_type: str = ""
    event_date: str | None = None  # YYYY-MM-DD
    time_precision: int = 1  # ACLED: 1 day, 2 week, 3 month or vaguer
    actor1: str = ""
    assoc_actor_1: str = ""
    inter1: int | None = None
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int | None = None
    civilian_targeting: str = ""
    iso: int | None = None
    region: str = ""
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None  # ACLED: 1 town, 2 near/part of region, 3 larger region
    source: str = ""
    source_scale: str = ""
    notes: str = ""
    fatalities: int = 0
    fatalities_low: int = 0
    fatalities_high: int = 0
    tags: str = ""
    historical: bool = False
    confidence: float = 0.0
    language: str = ""
    event_id_cnty: str = ""
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)

    @property
    def year(self) -> int | None:
        return int(self.event_date[:4]) if self.event_date else None

    @property
    def interaction(self) -> str:
        codes = sorted(c for c in (self.inter1, self.inter2) if c is not None)
        return "".join(str(c) for c in codes)

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-ready data: ACLED's columns first, then Pantau's."""
        data = asdict(self)
        data["year"] = self.year
        data["interaction"] = self.interaction
        data["timestamp"] = None
        ordered = {name: data.get(name) for name in ACLED_COLUMNS}
        for name in PANTAU_COLUMNS:
            ordered[name] = data.get(name)
        ordered["evidence"] = [asdict(e) for e in self.evidence]
        return ordered
