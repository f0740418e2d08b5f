"""Pantau stage: mentions."""
