"""The registry of resolvers: rule name (as used in the lexicons' ``rules``) -> resolver."""

from __future__ import annotations

from collections.abc import Callable

from pantau.dates.calendar_rules import CALENDAR_RESOLVERS
from pantau.dates.context import Context
from pantau.dates.future_rules import FUTURE_RESOLVERS
from pantau.dates.relative_rules import RELATIVE_RESOLVERS
from pantau.dates.spans import Span

Resolver = Callable[[Context], Span | None]

RESOLVERS: dict[str, Resolver] = {**RELATIVE_RESOLVERS, **CALENDAR_RESOLVERS, **FUTURE_RESOLVERS}
