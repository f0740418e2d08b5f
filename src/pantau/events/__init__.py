"""Pantau stage: events."""
