"""`pantau eval`: extract every gold article and score the events, explaining each mismatch.

The gold format and matching rules are those of the project's yardstick
(``../shared/eval/score_events.py``): an event matches when its type is listed, its place is
within the radius (or its location names a listed place) and its date lies in the span; the
matched pairs are then checked attribute by attribute. Precision counts current predictions that
match a required or optional event; recall counts required events found.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pantau.model import Article

ATTRIBUTES = ("sub_event_type", "actor1", "actor2", "fatalities", "source", "date")


def norm(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = " ; ".join(str(v) for v in value)
    text = re.sub(r"[^\w\s-]", " ", str(value).lower())
    return re.sub(r"\s+", " ", text).strip()


def mentions(value: Any, aliases: Sequence[str]) -> bool:
    padded = f" {norm(value)} "
    return any(f" {norm(a)} " in padded for a in aliases if norm(a))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def place_ok(pred: dict[str, Any], loc: dict[str, Any]) -> bool:
    lat, lon = pred.get("latitude"), pred.get("longitude")
    if lat is not None and lon is not None and "lat" in loc and distance_km(
            float(lat), float(lon), loc["lat"], loc["lon"]) <= loc.get("radius_km", 25):
        return True
    return mentions(pred.get("location"), loc.get("names", []))


def date_ok(pred: dict[str, Any], span: Sequence[str]) -> bool:
    day = str(pred.get("event_date") or "")[:10]
    return bool(day) and span[0] <= day <= span[1]


def attribute_hits(pred: dict[str, Any], gold: dict[str, Any]) -> dict[str, bool | None]:
    low, high = gold.get("fatalities", [0, 0])
    hits: dict[str, bool | None] = {
        "sub_event_type": norm(pred.get("sub_event_type")) in {norm(s) for s in gold.get("sub_event_type", [])},
        "date": date_ok(pred, gold["date"]),
        "fatalities": low <= int(pred.get("fatalities") or 0) <= high,
    }
    for role in ("actor1", "actor2", "source"):
        aliases = gold.get(role) or []
        hits[role] = mentions(pred.get(role), aliases) if aliases else None
    return hits


def why_not(pred: dict[str, Any], gold: dict[str, Any]) -> list[str]:
    reasons = []
    if norm(pred.get("event_type")) not in {norm(t) for t in gold.get("event_type", [])}:
        reasons.append(f"type {pred.get('event_type')} not in {gold.get('event_type')}")
    if not place_ok(pred, gold["location"]):
        reasons.append(f"place {pred.get('location')!r} not at {gold['location'].get('names', [])[:2]}")
    if not date_ok(pred, gold["date"]):
        reasons.append(f"date {pred.get('event_date')} outside {gold['date']}")
    return reasons


def core_match(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    return not why_not(pred, gold)


def match(preds: list[dict[str, Any]], golds: list[dict[str, Any]]) -> dict[str, tuple[int, dict[str, Any]]]:
    pairs = []
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(preds):
            if core_match(pred, gold):
                hits = attribute_hits(pred, gold)
                pairs.append((sum(1 for h in hits.values() if h), gi, pi, hits))
    pairs.sort(key=lambda t: -t[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = {}
    for _, gi, pi, hits in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out[golds[gi]["id"]] = (pi, hits)
    return out


@dataclass
class Report:
    required: int = 0
    matched: int = 0
    predicted: int = 0
    correct: int = 0
    forbidden: int = 0
    historical_as_current: int = 0
    attrs: dict[str, list[int]] = field(default_factory=lambda: {a: [0, 0] for a in ATTRIBUTES})
    lines: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.required if self.required else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_article(report: Report, gold: dict[str, Any], preds: list[dict[str, Any]]) -> None:
    current = [p for p in preds if not p.get("historical")]
    by_status = {s: [g for g in gold["events"] if g["status"] == s] for s in ("required", "optional", "historical")}
    got = match(current, by_status["required"])
    rest = [p for i, p in enumerate(current) if i not in {pi for pi, _ in got.values()}]
    got_opt = match(rest, by_status["optional"])
    unmatched = [p for i, p in enumerate(rest) if i not in {pi for pi, _ in got_opt.values()}]
    stale = [p for p in unmatched if any(date_ok(p, h["date"]) for h in by_status["historical"])]
    bad = [(p, rule["what"]) for p in current for rule in gold.get("forbidden", []) if forbidden_hit(p, rule)]
    for _, hits in got.values():
        for name, hit in hits.items():
            if hit is not None:
                report.attrs[name][0] += int(hit)
                report.attrs[name][1] += 1
    report.required += len(by_status["required"])
    report.matched += len(got)
    report.predicted += len(current)
    report.correct += len(got) + len(got_opt)
    report.forbidden += len(bad)
    report.historical_as_current += len(stale)
    article_id = gold["article"]["id"]
    report.lines.append(f"{article_id}: predicted {len(current)}, matched {sorted(got)} of "
                        f"{len(by_status['required'])} required, optional {sorted(got_opt)}")
    for gold_event in by_status["required"]:
        if gold_event["id"] in got:
            wrong = [a for a, h in got[gold_event["id"]][1].items() if h is False]
            if wrong:
                report.lines.append(f"  {gold_event['id']} matched; wrong: {', '.join(wrong)}")
            continue
        closest = min(current, key=lambda p: len(why_not(p, gold_event)), default=None)
        reason = "; ".join(why_not(closest, gold_event)) if closest else "nothing predicted"
        report.lines.append(f"  missed {gold_event['id']} ({gold_event['what'][:70]}): {reason}")
    for pred in unmatched:
        report.lines.append(f"  extra: {pred.get('event_type')} / {pred.get('sub_event_type')} at "
                            f"{pred.get('location')!r} on {pred.get('event_date')}")
    for _, what in bad:
        report.lines.append(f"  forbidden: {what}")


def forbidden_hit(pred: dict[str, Any], rule: dict[str, Any]) -> bool:
    if rule.get("country") and mentions(pred.get("country"), rule["country"]):
        return True
    actors = rule.get("actor")
    return bool(actors) and (mentions(pred.get("actor1"), actors) or mentions(pred.get("actor2"), actors))


def load_golds(paths: Sequence[str]) -> list[tuple[Path, dict[str, Any]]]:
    files: list[Path] = []
    for path in map(Path, paths):
        files += sorted(path.glob("**/*.gold.json")) if path.is_dir() else [path]
    return [(f, json.loads(f.read_text(encoding="utf-8"))) for f in files]


def main(paths: Sequence[str], *, as_json: bool = False, quiet: bool = False) -> int:
    from pantau.dates import parse_published
    from pantau.pipeline import load

    extractor = load()
    report = Report()
    for path, gold in load_golds(paths):
        meta = gold["article"]
        text = (path.parent / meta["file"]).read_text(encoding="utf-8")
        published = parse_published(meta["published"]) if meta.get("published") else None
        article = Article(id=meta["id"], text=text, published=published, language=meta.get("language"))
        preds = [e.to_dict() for e in extractor.extract(article)]
        score_article(report, gold, preds)
    summary = {"f1": report.f1, "precision": report.precision, "recall": report.recall,
               "required": report.required, "matched": report.matched, "predicted": report.predicted,
               "forbidden": report.forbidden, "historical_as_current": report.historical_as_current,
               "attributes": {a: {"right": h, "of": n} for a, (h, n) in report.attrs.items()}}
    if as_json:
        print(json.dumps(summary))
        return 0
    if not quiet:
        print("\n".join(report.lines))
    print("attributes of matched events: " + " ".join(f"{a}={h}/{n}" for a, (h, n) in report.attrs.items()))
    print(f"events: F1={report.f1:.3f} P={report.precision:.3f} R={report.recall:.3f} "
          f"forbidden={report.forbidden} historical_as_current={report.historical_as_current}")
    sys.stdout.flush()
    return 0
