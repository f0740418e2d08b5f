"""Pantau stage: actors."""
