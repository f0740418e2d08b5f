"""What ingest reports instead of an article when an input cannot be read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Skipped:
    """An input that was left out, and why (one line a user can act on)."""

    origin: str  # the input as a user would name it: "reports/a.html", "batch.jsonl:17", "-"
    reason: str

    def message(self) -> str:
        return f"pantau: skipped {self.origin}: {self.reason}"


class Rejected(Exception):
    """Raised inside ingest when one input cannot become an article; becomes a ``Skipped``.

    Not part of the public API: ``read_inputs`` never lets it escape, so one bad input never
    stops the batch.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def format_size(n_bytes: int) -> str:
    """Sizes in decimal units, as file managers show them: 104857600 -> '104.9 MB'."""
    for unit, scale in (("MB", 1_000_000), ("kB", 1_000)):
        if n_bytes >= scale:
            return f"{n_bytes / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n_bytes} bytes"
