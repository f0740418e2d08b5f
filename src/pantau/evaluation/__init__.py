"""Pantau stage: evaluation."""
