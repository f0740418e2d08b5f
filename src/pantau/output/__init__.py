"""Pantau stage: output."""
