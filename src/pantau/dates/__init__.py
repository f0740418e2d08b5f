"""Pantau stage: dates."""
