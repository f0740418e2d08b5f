"""Pantau stage: ingest."""
