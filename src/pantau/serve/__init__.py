"""Pantau stage: serve."""
