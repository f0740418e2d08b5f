"""The event scores on the gold sets stay at or above their pinned floors (benchmarks/eval_baseline.json)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("eval_gate", REPO / "benchmarks" / "eval_gate.py")
assert spec is not None and spec.loader is not None
eval_gate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(eval_gate)
BASELINE = json.loads((REPO / "benchmarks" / "eval_baseline.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(BASELINE))
def test_scores_hold_their_floor(name: str) -> None:
    folder = eval_gate.SETS[name]
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here")
    if eval_gate.digest(folder) != BASELINE[name]["digest"]:
        pytest.skip(f"the {name} gold set changed since its floor was pinned")
    report = eval_gate.score(folder)
    assert report.f1 >= BASELINE[name]["f1_floor"]
    if name == "seed":  # the project's first bar: everything right, nothing forbidden or stale
        assert (report.f1, report.forbidden, report.historical_as_current) == (1.0, 0, 0)
        assert all(right == total for right, total in report.attrs.values())
