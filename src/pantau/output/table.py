"""Events as a readable terminal table (Rich)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from pantau.model import Event

HISTORICAL_MARK = "(historical)"


def render_table(events: Sequence[Event], console: Console | None = None) -> None:
    """Date, type/sub-type, actors, place, fatalities and source; historical rows dimmed and marked."""
    console = console if console is not None else Console()
    if not events:
        console.print("No events.")
        return
    table = Table(show_lines=False, header_style="bold")
    table.add_column("Date", no_wrap=True)
    table.add_column("Type / sub-type")
    table.add_column("Actor 1")
    table.add_column("Actor 2")
    table.add_column("Location (country)")
    table.add_column("Fatalities", justify="right")
    table.add_column("Source")
    for event in events:
        date_cell = event.event_date or "?"
        if event.historical:
            date_cell = f"{date_cell}\n{HISTORICAL_MARK}"
        table.add_row(
            date_cell,
            f"{event.event_type}\n{event.sub_event_type}",
            event.actor1 or "-",
            event.actor2 or "-",
            _place(event),
            _fatalities(event),
            event.source or "-",
            style="dim" if event.historical else None,
        )
    console.print(table)


def _place(event: Event) -> str:
    place = event.location or event.admin1 or "?"
    return f"{place} ({event.country})" if event.country else place


def _fatalities(event: Event) -> str:
    if event.fatalities_high > event.fatalities_low:
        return f"{event.fatalities} ({event.fatalities_low}-{event.fatalities_high})"
    return str(event.fatalities)
