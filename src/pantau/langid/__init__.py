"""Pantau stage: langid."""
