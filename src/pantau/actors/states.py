"""State forces named by government period: "Police Forces of Indonesia (2014-2024)".

ACLED splits a country's state forces at each change of government. An event is given the
period in force on 1 July of its year (the middle of the year), or the latest one without a year.
"""

from __future__ import annotations

from datetime import date

from pantau.actors.countries import CountryTable
from pantau.actors.loader import HeadOfState, StateInfo
from pantau.actors.records import STATE_KINDS, Actor

_LABELS = {
    "military": "Military Forces of {country}",
    "police": "Police Forces of {country}",
    "government": "Government of {country}",
    "head_of_state": "Government of {country}",
}


def reference_date(year: int | None) -> date | None:
    return date(year, 7, 1) if year is not None else None


class StateForces:
    """Builds the canonical state actors of each country and period."""

    def __init__(self, states: dict[str, StateInfo], countries: CountryTable) -> None:
        self._states = states
        self._countries = countries

    def period(self, country: str, when: date | None) -> tuple[int, int | None] | None:
        """(start year, end year or None) of the government period in force on ``when``."""
        info = self._states.get(country)
        if info is None or not info.periods:
            return None
        starts = info.periods
        index = len(starts) - 1
        if when is not None:
            earlier = [i for i, start in enumerate(starts) if start <= when]
            if not earlier:
                return None  # before the first period we know: leave the period out
            index = earlier[-1]
        end = starts[index + 1].year if index + 1 < len(starts) else None
        return starts[index].year, end

    def actor_on(self, country: str, kind: str, when: date | None) -> Actor:
        """The state actor of ``kind`` for ``country`` on a date (latest period if None)."""
        if kind not in _LABELS:
            raise ValueError(f"state kind must be one of {sorted(_LABELS)}, got {kind!r}")
        base = _LABELS[kind].format(country=self._countries.name_in_label(country))
        span = self.period(country, when)
        if span is None:
            return Actor(f"{kind}:{country}", base, 1, country, kind, self._aliases(country, kind))
        start, end = span
        label = f"{base} ({start}-{end if end is not None else ''})"
        return Actor(f"{kind}:{country}:{start}", label, 1, country, kind, self._aliases(country, kind))

    def actor(self, country: str, kind: str, year: int | None) -> Actor:
        return self.actor_on(country, kind, reference_date(year))

    def head_of_state(self, head: HeadOfState, year: int | None) -> Actor:
        """The government a head of state led: in ``year`` if in office then, else the last term."""
        term_start = head.terms[-1][0]
        when = reference_date(year)
        if when is not None:
            for start, end in head.terms:
                if start <= when and (end is None or when < end):
                    term_start = start
        government = self.actor_on(head.country, "head_of_state", date.fromordinal(term_start.toordinal() + 1))
        return Actor(head.id, government.name, 1, head.country, "head_of_state", head.aliases)

    def _aliases(self, country: str, kind: str) -> tuple[str, ...]:
        info = self._states.get(country)
        if info is None or kind not in STATE_KINDS:
            return ()
        return info.names.get(kind, ()) + info.units.get(kind, ())
