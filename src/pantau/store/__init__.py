"""Pantau stage: store. Articles and their events in SQLite (default) or PostgreSQL."""

from __future__ import annotations

from pantau.store.schema import EVENT_STATUSES
from pantau.store.store import SaveResult, Store, StoreError

__all__ = ["EVENT_STATUSES", "SaveResult", "Store", "StoreError"]
