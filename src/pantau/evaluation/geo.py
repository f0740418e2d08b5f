"""``pantau eval-geo``: toponym resolution and event-location accuracy on English corpora.

Datasets (``../shared/data``): LGL, GeoWebNews and TR-News (Gritta et al.; gold toponym spans with
GeoNames ids or coordinates) and Halterman's event-location sentences. Measures:

- resolution with gold toponyms: acc@161 km (right when the chosen geonameid equals gold or the point
  lies within 161 km), exact geonameid rate, mean/median error, share with no right candidate;
- end to end with Pantau's own recognition: precision, recall, acc@161 of the matched toponyms;
- event location: share of sentences where the chosen place overlaps the gold event location.
Nothing here is tuned on these sets; they only measure.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pantau.places import Geocoder, Place, PlaceMention, load_geocoder
from pantau.places.resolve import haversine_km

ACC_KM = 161.0
DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"
CORPORA = {"lgl": "lgl.xml.gz", "geowebnews": "GeoWebNews_GWN.xml.gz", "trnews": "TR-News.xml.gz"}


@dataclass(frozen=True)
class Toponym:
    start: int
    end: int
    geonameid: int | None
    latitude: float
    longitude: float


@dataclass(frozen=True)
class Document:
    text: str
    toponyms: tuple[Toponym, ...]
    spans: tuple[tuple[int, int], ...]  # every annotated span, with or without coordinates


def _number(element: ET.Element, *paths: str) -> str:
    for path in paths:
        value = element.findtext(path)
        if value and value.strip():
            return value.strip()
    return ""


def _align(text: str, phrase: str, start: int, end: int) -> tuple[int, int]:
    """Gold offsets, moved to the nearest occurrence of the phrase when they are off by a few
    characters (some TR-News articles count offsets on a slightly different text)."""
    if not phrase or text[start:end] == phrase:
        return start, end
    hits = [i for i in range(max(0, start - 40), min(len(text), start + 40)) if text.startswith(phrase, i)]
    if not hits:
        return start, end
    best = min(hits, key=lambda i: abs(i - start))
    return best, best + len(phrase)


def read_corpus(path: Path) -> Iterator[Document]:
    """Articles of an LGL/TR-News (``gaztag``) or GeoWebNews (``geonamesID``/``latitude``) file."""
    with gzip.open(path) as handle:
        root = ET.parse(handle).getroot()
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        toponyms, spans = [], []
        for node in article.iter("toponym"):
            phrase = _number(node, "phrase", "extractedName")
            start, end = _align(text, phrase, int(_number(node, "start")), int(_number(node, "end")))
            spans.append((start, end))
            tag = node.find("gaztag")
            source = tag if tag is not None else node
            gid = (tag.get("geonameid") if tag is not None else None) or _number(node, "geonamesID")
            lat, lon = _number(source, "lat", "latitude"), _number(source, "lon", "longitude")
            if lat and lon:
                toponyms.append(Toponym(start, end, int(gid) if gid else None, float(lat), float(lon)))
        yield Document(text, tuple(toponyms), tuple(spans))


def _right(place: Place | None, gold: Toponym) -> bool:
    if place is None:
        return False
    if gold.geonameid is not None and place.geonameid == gold.geonameid:
        return True
    return haversine_km(place.latitude, place.longitude, gold.latitude, gold.longitude) <= ACC_KM


def _error_km(place: Place, gold: Toponym) -> float:
    return haversine_km(place.latitude, place.longitude, gold.latitude, gold.longitude)


def score_gold_toponyms(geocoder: Geocoder, documents: list[Document]) -> dict[str, float]:
    total = right = exact = no_candidate = 0
    errors: list[float] = []
    for doc in documents:
        chosen = geocoder.resolve_spans(doc.text, [(t.start, t.end) for t in doc.toponyms], "en")
        for gold, mention in zip(doc.toponyms, chosen, strict=True):
            total += 1
            place = mention.place if mention else None
            right += _right(place, gold)
            exact += bool(place and gold.geonameid and place.geonameid == gold.geonameid)
            if place is not None:
                errors.append(_error_km(place, gold))
            if not any(_right(c, gold) for c in geocoder.candidates(doc.text, gold.start, gold.end, "en")):
                no_candidate += 1
    return {
        "toponyms": total,
        "acc161": right / total if total else 0.0,
        "exact": exact / total if total else 0.0,
        "resolved": len(errors) / total if total else 0.0,
        "mean_km": statistics.fmean(errors) if errors else 0.0,
        "median_km": statistics.median(errors) if errors else 0.0,
        "no_right_candidate": no_candidate / total if total else 0.0,
    }


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_end_to_end(geocoder: Geocoder, documents: list[Document]) -> dict[str, float]:
    predicted = true_positive = gold_total = gold_found = right = 0
    for doc in documents:
        mentions = geocoder.find_places(doc.text, "en")
        predicted += len(mentions)
        true_positive += sum(any(_overlaps((m.start, m.end), s) for s in doc.spans) for m in mentions)
        for gold in doc.toponyms:
            gold_total += 1
            match = next((m for m in mentions if _overlaps((m.start, m.end), (gold.start, gold.end))), None)
            if match is not None:
                gold_found += 1
                right += _right(match.place, gold)
    return {
        "precision": true_positive / predicted if predicted else 0.0,
        "recall": gold_found / gold_total if gold_total else 0.0,
        "acc161_matched": right / gold_found if gold_found else 0.0,
    }


def event_location(mentions: list[PlaceMention], trigger: tuple[int, int]) -> PlaceMention | None:
    """The place where the event at ``trigger`` happened: a locative place nearest the trigger,
    else any place that is not a nationality or origin."""
    usable = [m for m in mentions if m.role not in ("nationality", "origin")]
    if not usable:
        return None
    def distance(m: PlaceMention) -> tuple[bool, int]:
        return (m.role != "locative", min(abs(m.start - trigger[1]), abs(trigger[0] - m.end)))
    return min(usable, key=distance)


def _labelled(record: dict, label: str) -> list[tuple[int, int]]:
    """Character spans of one label, taken from the token indices: the character offsets of many
    records are stale (they point at blanks or single letters), the token indices are not."""
    tokens = record.get("tokens") or []
    spans = []
    for span in record.get("spans") or []:
        if span["label"] == label and span.get("token_end", len(tokens)) < len(tokens):
            spans.append((tokens[span["token_start"]]["start"], tokens[span["token_end"]]["end"]))
    return spans


def score_event_location(geocoder: Geocoder, path: Path) -> dict[str, float]:
    with zipfile.ZipFile(path) as archive:
        records = json.loads(archive.read("labeled_text.jsonl"))
    total = right = relabel_total = relabel_right = 0
    for record in records:
        gold = _labelled(record, "LOCATION")
        verbs = _labelled(record, "VERB")
        if record.get("answer") != "accept" or not gold or not verbs:
            continue
        chosen = event_location(geocoder.find_places(record["text"], "en"), verbs[0])
        hit = chosen is not None and any(_overlaps((chosen.start, chosen.end), g) for g in gold)
        total += 1
        right += hit
        if record.get("source") == "RELABEL":
            relabel_total += 1
            relabel_right += hit
    return {"sentences": total, "acc": right / total if total else 0.0,
            "relabel_sentences": relabel_total, "relabel_acc": relabel_right / relabel_total if relabel_total else 0.0}


def evaluate(data: Path, geocoder: Geocoder) -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    for name, file in CORPORA.items():
        documents = list(read_corpus(data / "geoparsing-eval-en" / file))
        results[name] = score_gold_toponyms(geocoder, documents)
        results[f"{name}_e2e"] = score_end_to_end(geocoder, documents)
    results["event_location"] = score_event_location(geocoder, data / "event-location" / "labeled_text.jsonl.zip")
    return results


def summary(results: dict[str, dict[str, float]]) -> dict[str, float]:
    """The flat figures ``--json`` prints."""
    flat = {f"{name}_acc161": round(results[name]["acc161"], 4) for name in CORPORA}
    flat.update({f"{name}_acc161_e2e": round(results[f"{name}_e2e"]["acc161_matched"], 4) for name in CORPORA})
    flat["event_location_acc"] = round(results["event_location"]["acc"], 4)
    return flat


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pantau eval-geo", description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object of fractions")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    args = parser.parse_args(argv)
    if not (args.data / "geoparsing-eval-en").is_dir():
        parser.error(f"no geoparsing-eval-en under {args.data}; pass --data")
    results = evaluate(args.data, load_geocoder())
    if args.json:
        print(json.dumps(summary(results)))
        return 0
    for name, figures in results.items():
        cells = ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items())
        print(f"{name:16s} {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
