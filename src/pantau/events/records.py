"""Resolved events as ACLED-style records, with evidence per field and an English summary."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

import pycountry
import yaml

from pantau.events.classify import taxonomy
from pantau.events.regions import region_of
from pantau.events.resolve import ResolvedEvent
from pantau.model import Event, Evidence, Sentence

GEO_PRECISION = {"populated": 1, "admin3": 1, "facility": 2, "admin2": 2, "other": 2, "admin1": 3, "country": 3}
CIVILIAN_TYPES = {"Violence against civilians"}


@cache
def _templates() -> dict[str, str]:
    text = resources.files("pantau.data").joinpath("notes.yaml").read_text(encoding="utf-8")
    return {str(k): str(v) for k, v in yaml.safe_load(text).items()}


def _iso_numeric(code: str) -> int | None:
    country = pycountry.countries.get(alpha_2=code) if code else None
    return int(country.numeric) if country is not None else None


def _long_date(value: str | None) -> str:
    if not value:
        return "an unknown date"
    year, month, day = (int(part) for part in value.split("-"))
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    return f"{day} {months[month - 1]} {year}"


def write_notes(event: ResolvedEvent, location: str, event_date: str | None, sources: Sequence[str]) -> str:
    """One English sentence in ACLED's style: "On 29 November 2024, X took control of ..."."""
    template = _templates().get(event.sub_event_type, "{actor1} were involved in an incident in {location}")
    actor1 = event.actor1.name if event.actor1 else "unidentified actors"
    actor2 = event.actor2.name if event.actor2 else ""
    body = template.format(actor1=actor1, actor2=actor2 or "others", location=location or "an unknown place")
    if not actor2:
        body = re.sub(r" (?:on|with|from|at|against|of|targeting) others\b| and others\b", "", body)
        body = body.replace(" by others", "")
    _, best, high = event.fatalities
    toll = ""
    if best:
        toll = f"; {best} {'person was' if best == 1 else 'people were'} reported killed"
        if high > best:
            toll += f" (up to {high})"
    claim = f", according to {'; '.join(sources)}" if sources else ""
    prefix = "In the past (recalled), on" if event.historical else "On"
    return f"{prefix} {_long_date(event_date)}, {body}{toll}{claim}."


def _evidence(event: ResolvedEvent, sentences: Sequence[Sentence]) -> tuple[Evidence, ...]:
    by_index = {s.index: s for s in sentences}
    items: list[Evidence] = []

    def add(field: str, mention: Any | None, sentence: int) -> None:
        if mention is not None and sentence in by_index:
            items.append(Evidence(field, sentence, mention.start, mention.end, mention.text))

    for candidate in event.candidates:
        sentence = candidate.sentence
        start, end = candidate.trigger_span
        items.append(Evidence("event_type", sentence, start, end, candidate.trigger_text))
        add("actor1", candidate.agent, sentence)
        add("actor2", candidate.target, sentence)
        for casualty in candidate.casualties:
            if casualty.kind == "killed":
                add("fatalities", casualty, sentence)
        for claim in candidate.claims:
            add("source", claim, sentence)
    place = event.place_mention
    if place is not None:
        holder = next((s.index for s in sentences if s.start <= place.start < s.end), -1)
        add("location", place, holder)
    unique = {(e.field, e.start, e.end): e for e in items}
    return tuple(sorted(unique.values(), key=lambda e: (e.start, e.field)))


def _geo_precision(mention: Any) -> int:
    """ACLED: 1 the town itself, 2 near a town or part of a region, 3 a larger region."""
    precision = GEO_PRECISION.get(mention.place.kind, 2)
    return max(precision, 2) if mention.relative else precision


TRANSLITERATION_MARKS = "‘’ʿʾ'`"  # GeoNames "‘Afrin", "Samarra’": ACLED writes "Afrin", "Samarra"


def _plain_name(name: str) -> str:
    """A place name as ACLED writes it: without the ayn and hamza marks at its ends."""
    return name.strip(TRANSLITERATION_MARKS) or name


def to_record(event: ResolvedEvent, article_id: str, language: str, sentences: Sequence[Sentence],
              number: int) -> Event:
    place = event.place_mention.place if event.place_mention is not None else None
    event_date = event.day.isoformat() if event.day else None
    location = _plain_name(place.name) if place else ""
    where = ", ".join(part for part in ((place.admin1 if place and place.admin1 != location else ""),
                                        place.country if place else "") if part)
    sources = event.sources[:4]
    notes = write_notes(event, f"{location} ({where})" if where else location, event_date, sources)
    low, best, high = event.fatalities
    confidence = 0.5 + 0.1 * sum(x is not None for x in (event.actor1, event.actor2, place)) + 0.1 * bool(sources)
    return Event(
        article_id=article_id, event_type=event.event_type, sub_event_type=event.sub_event_type,
        disorder_type=taxonomy().disorder.get(event.event_type, ""), event_date=event_date,
        time_precision=event.time_precision,
        actor1=event.actor1.name if event.actor1 else "", inter1=event.actor1.inter if event.actor1 else None,
        actor2=event.actor2.name if event.actor2 else "", inter2=event.actor2.inter if event.actor2 else None,
        civilian_targeting="Civilian targeting" if event.event_type in CIVILIAN_TYPES else "",
        iso=_iso_numeric(place.country_code) if place else None,
        region=region_of(place.country_code) if place else "",
        country=place.country if place else "", admin1=place.admin1 if place else "",
        admin2=place.admin2 if place else "", admin3=place.admin3 if place else "", location=location,
        latitude=place.latitude if place else None, longitude=place.longitude if place else None,
        geo_precision=_geo_precision(event.place_mention) if place else None,
        source="; ".join(sources), notes=notes, fatalities=best, fatalities_low=low, fatalities_high=high,
        historical=event.historical, confidence=round(min(confidence, 0.95), 2), language=language,
        event_id_cnty=f"{article_id}-{number}", evidence=_evidence(event, sentences),
    )
