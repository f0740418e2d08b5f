"""Pantau stage: analysis."""
