"""``Event`` <-> ``EventRow``: field by field, so a read-back event equals the saved one."""

from __future__ import annotations

from dataclasses import fields

from pantau.model import Event, Evidence
from pantau.store.schema import EventRow, EvidenceRow

# Every Event field but evidence is a column of the same name (a test checks they agree).
EVENT_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Event) if f.name != "evidence")


def event_row(event: Event, position: int) -> EventRow:
    values = {name: getattr(event, name) for name in EVENT_COLUMNS}
    row = EventRow(position=position, status="extracted", **values)
    row.evidence = [
        EvidenceRow(
            position=index, field=item.field, sentence=item.sentence, start=item.start, end=item.end,
            text=item.text,
        )
        for index, item in enumerate(event.evidence)
    ]
    return row


def event_from_row(row: EventRow) -> Event:
    evidence = tuple(
        Evidence(field=item.field, sentence=item.sentence, start=item.start, end=item.end, text=item.text)
        for item in sorted(row.evidence, key=lambda item: item.position)
    )
    return Event(**{name: getattr(row, name) for name in EVENT_COLUMNS}, evidence=evidence)
