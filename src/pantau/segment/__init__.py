"""Pantau stage: segment."""
