"""Evaluation gate: event scores on the gold sets must not fall below pinned floors.

    .venv/bin/python benchmarks/eval_gate.py            # print the scores, compare with the floors
    .venv/bin/python benchmarks/eval_gate.py --update   # pin the current scores (minus a margin)

Floors and a digest of each gold set live in benchmarks/eval_baseline.json; a changed gold set
(other digest) is reported rather than compared, since its old floor means nothing. The seed's
floor is F1 = 1.000 with no forbidden or stale event: the first bar of the project.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from pantau.dates import parse_published
from pantau.evaluation.events import Report, load_golds, score_article
from pantau.model import Article
from pantau.pipeline import load

REPO = Path(__file__).resolve().parents[1]
BASELINE = REPO / "benchmarks" / "eval_baseline.json"
SETS = {"seed": REPO.parent / "shared" / "seed", "dev-id": REPO.parent / "shared" / "eval" / "dev-id",
        "dev-id-indosum": REPO / "eval" / "dev-id-indosum", "dev-en": REPO / "eval" / "dev-en"}
MARGIN = 0.02


def digest(folder: Path) -> str:
    sha = hashlib.sha256()
    for path in sorted(folder.glob("*.gold.json")):
        sha.update(path.read_bytes())
    return sha.hexdigest()[:16]


def score(folder: Path) -> Report:
    extractor = load()
    report = Report()
    for path, gold in load_golds([str(folder)]):
        meta = gold["article"]
        article = Article(id=meta["id"], text=(path.parent / meta["file"]).read_text(encoding="utf-8"),
                          published=parse_published(meta["published"]), language=meta.get("language"))
        score_article(report, gold, [e.to_dict() for e in extractor.extract(article)])
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="pin the current scores as floors")
    args = parser.parse_args()
    baseline = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    failed = False
    for name, folder in SETS.items():
        if not folder.is_dir():
            print(f"{name}: not here ({folder}), skipped")
            continue
        report = score(folder)
        line = (f"{name}: F1={report.f1:.3f} P={report.precision:.3f} R={report.recall:.3f} "
                f"forbidden={report.forbidden} historical_as_current={report.historical_as_current}")
        pinned = baseline.get(name)
        if args.update:
            floor = 1.0 if name == "seed" else round(max(0.0, report.f1 - MARGIN), 3)
            baseline[name] = {"digest": digest(folder), "f1_floor": floor}
        elif pinned and pinned["digest"] != digest(folder):
            line += "  (gold set changed: floor not applied)"
        elif pinned and report.f1 + 1e-9 < pinned["f1_floor"]:
            line += f"  BELOW FLOOR {pinned['f1_floor']:.3f}"
            failed = True
        print(line)
    if args.update:
        BASELINE.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
