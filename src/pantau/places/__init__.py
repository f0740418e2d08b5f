"""Pantau stage: places."""
