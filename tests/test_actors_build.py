"""The generated actor extracts match a fresh build from ../shared (fails on drift)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "pantau" / "data" / "actors"


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_actors", REPO / "scripts" / "build_actors.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("builder", "filename"), [
    ("build_countries", "countries_en.tsv"),
    ("build_groups", "petrarch_groups.tsv"),
])
def test_generated_file_matches_sources(shared: Path, builder: str, filename: str) -> None:
    built = getattr(_build_script(), builder)(shared)
    assert built == (DATA / filename).read_text(encoding="utf-8"), f"rerun scripts/build_actors.py ({filename})"


@pytest.mark.parametrize(("filename", "expected_row"), [
    ("countries_en.tsv", "SY\tSyria\tSyrian|Syrians|Syrian Arab Republic\n"),
    ("petrarch_groups.tsv", "petrarch_moro_islamic_liberation_front\tMoro Islamic Liberation Front\t2\tPH\t"),
])
def test_generated_file_holds_known_rows(filename: str, expected_row: str) -> None:
    assert expected_row in (DATA / filename).read_text(encoding="utf-8")
