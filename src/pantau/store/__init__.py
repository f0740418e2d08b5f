"""Pantau stage: store."""
