"""Choose one reading for each recognised name, using the whole article as context.

Score = prior (feature level, population) + share of the article's country evidence that the
reading's country holds + a bonus when "X, Y" reads as town-in-region. Divisions named after their
own seat ("Aleppo" governorate vs city) give way to the town unless the text says "province" etc.
"""

from __future__ import annotations

import math
from collections import Counter

from pantau.places.gazetteer import Entry
from pantau.places.lexicon import cues
from pantau.places.normalize import normalize_name
from pantau.places.recognize import Found

KIND_PRIOR = {"country": 3.0, "admin1": 2.2, "admin2": 0.3, "admin3": 0.1, "populated": 0.0, "other": 0.1}
CONTEXT_WEIGHT = 3.0
REGION_WEIGHT = 1.5
BIG_CITY = 500_000  # a bare name shared by a state and a city this big means the city ("Washington")
HIERARCHY_BONUS = 3.0
LEVEL_BONUS = 2.5  # "Kabupaten X", "X province": the reading of that level, unless context says otherwise
MAIN_NAME_BONUS = 0.5  # a place's own name is better evidence than one of its alternate names
SEAT_RADIUS_KM = 25.0
LANGUAGE_COUNTRY = {"id": "ID"}
DIVISION_LEVELS = {"admin1", "admin2", "regency", "admin3"}  # articles in Indonesian lean towards Indonesian readings


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def prior(entry: Entry) -> float:
    place = entry.place
    size = 2.0 * math.log10(place.population + 1) / 7.0
    if place.kind in ("admin2", "admin3"):
        size /= 2  # a county's summed population says less than a town's: bare names mean towns
    return KIND_PRIOR.get(place.kind, 0.0) + size


def level_ok(entry: Entry, level: str) -> bool:
    """Does this reading fit an explicit level word ("Kabupaten", "Desa", "province")?"""
    kind, name = entry.place.kind, entry.place.name
    return {
        "admin1": kind == "admin1",
        "admin2": kind == "admin2",
        "regency": kind == "admin2" and not name.startswith("Kota "),
        "admin3": kind == "admin3",
        "city": kind == "populated" or (kind == "admin2" and name.startswith("Kota ")),
        "village": kind in ("populated", "admin3"),
    }.get(level, True)


def contains(outer: Entry, inner: Entry) -> bool:
    """Is ``inner`` inside ``outer`` in the admin hierarchy?"""
    kind = outer.place.kind
    if outer.row == inner.row or inner.place.country_code != outer.place.country_code:
        return False
    if kind == "country":
        return True
    if kind == "admin1":
        return inner.admin1_key == outer.admin1_key
    if kind == "admin2":
        return inner.admin2_key == outer.admin2_key and inner.place.kind not in ("admin1", "admin2")
    if kind == "admin3":
        return inner.admin2_key == outer.admin2_key and inner.place.admin3 == outer.place.admin3 \
            and inner.place.kind == "populated"
    return False


def readings(found: Found) -> list[Entry]:
    """The entries this stretch can still mean after the seat rule (a level word keeps divisions)."""
    entries = list({e.row: e for e in found.entries}.values())  # an alias may be listed in both languages
    if found.level and any(level_ok(e, found.level) for e in entries) and found.level not in ("city", "village"):
        return entries
    towns = [e for e in entries if e.place.kind == "populated"]
    kept = []
    for e in entries:
        if e.place.kind in ("admin1", "admin2", "admin3") and any(_is_seat(t, e) for t in towns):
            continue  # the division is named after its seat: the bare name means the town
        if e.place.kind == "admin1" and found.level is None and any(
                t.place.population >= BIG_CITY and t.place.country_code == e.place.country_code for t in towns):
            continue
        kept.append(e)
    return kept or entries


def _is_seat(town: Entry, division: Entry) -> bool:
    """Is the division named after this town (its seat)? Same name, and the town at the division's
    point or, for regencies and districts, inside it."""
    if town.place.country_code != division.place.country_code:
        return False
    town_name, division_name = normalize_name(town.place.name), normalize_name(division.place.name)
    if town_name not in division_name and division_name not in town_name:
        return False
    if division.place.kind != "admin1" and contains(division, town):
        return True
    return haversine_km(town.place.latitude, town.place.longitude, division.place.latitude,
                        division.place.longitude) < SEAT_RADIUS_KM


def _hierarchy_bonus(text: str, found: list[Found], options: list[list[Entry]]) -> list[dict[int, float]]:
    bonus: list[dict[int, float]] = [{} for _ in found]
    for k in range(len(found) - 1):
        # "X, Y, Z": X may sit in Y or, when Y is not its container, directly in Z.
        for m in range(k + 1, min(k + 3, len(found))):
            gap = text[found[m - 1].end:found[m].start]
            if gap.strip() not in (",", "") or "\n" in gap:
                break
            for inner in options[k]:
                for outer in options[m]:
                    if contains(outer, inner):
                        bonus[k][inner.row] = max(bonus[k].get(inner.row, 0.0), HIERARCHY_BONUS / (m - k))
                        bonus[m][outer.row] = max(bonus[m].get(outer.row, 0.0), 1.0)
    return bonus


def _said_within(gap: str, lang: str) -> bool:
    """"X in central Mali", "X di Mali": the words between two names say the first lies in the second
    (one describing word may come between)."""
    words = gap.lower().split()
    return 1 <= len(words) <= 2 and words[0] in cues(lang).within and all(w.isalpha() for w in words)


def _outside_named_country(text: str, found: list[Found], options: list[list[Entry]], lang: str) -> list[bool]:
    """For each stretch: is it told as lying in a country ("the town of X in central Mali") that
    none of its readings lies in?"""
    outside = [False] * len(found)
    for k in range(len(found) - 1):
        countries = {e.place.country_code for e in options[k + 1] if e.place.kind == "country"}
        if countries and options[k] and _said_within(text[found[k].end:found[k + 1].start], lang):
            outside[k] = all(e.place.country_code not in countries for e in options[k])
    return outside


def _votes(options: list[list[Entry]], found: list[Found]) -> list[Counter[str]]:
    """Each mention's vote for the article's country ("ID") and region ("ID.07"): aliases firmly,
    ambiguous names by how sure their prior is."""
    votes: list[Counter[str]] = []
    for entries, f in zip(options, found, strict=True):
        vote: Counter[str] = Counter()
        if entries:
            scores = [prior(e) for e in entries]
            top = max(scores)
            best = entries[scores.index(top)]
            weight = 2.0 if f.alias else 1.0 / sum(math.exp(s - top) for s in scores)
            vote[best.place.country_code] += weight
            if best.admin1_key:
                vote[best.admin1_key] += weight
        votes.append(vote)
    return votes


def _context_shares(votes: list[Counter[str]], lang: str) -> list[dict[str, float]]:
    """For each mention, the share of every country in the *other* mentions' votes."""
    total: Counter[str] = Counter()
    for vote in votes:
        total.update(vote)
    if lang in LANGUAGE_COUNTRY:
        total[LANGUAGE_COUNTRY[lang]] += 0.5
    shares = []
    for vote in votes:
        others = {key: w - vote.get(key, 0.0) for key, w in total.items()}
        countries = sum(w for key, w in others.items() if "." not in key) or 1.0
        shares.append({key: w / countries for key, w in others.items()})
    return shares


def resolve(text: str, found: list[Found], lang: str) -> list[tuple[Entry, float]]:
    """The chosen entry and a 0-1 confidence for each recognised stretch, in order; confidence 0
    means no reading is credible."""
    options = [readings(f) for f in found]
    shares = _context_shares(_votes(options, found), lang)
    bonus = _hierarchy_bonus(text, found, options)
    outside = _outside_named_country(text, found, options, lang)
    chosen: list[tuple[Entry, float]] = []
    for k, entries in enumerate(options):
        level = found[k].level
        scored = sorted(((prior(e) + CONTEXT_WEIGHT * shares[k].get(e.place.country_code, 0.0)
                          + REGION_WEIGHT * shares[k].get(e.admin1_key, 0.0)
                          + (LEVEL_BONUS if level and level_ok(e, level) else 0.0)
                          + (MAIN_NAME_BONUS if normalize_name(e.place.name) == found[k].key else 0.0)
                          + bonus[k].get(e.row, 0.0), -e.row, e) for e in entries), reverse=True,
                        key=lambda item: (item[0], item[1]))
        best_score, _, best = scored[0]
        unsupported = shares[k].get(best.place.country_code, 0.0) == 0.0 and any(
            w > 0 for key, w in shares[k].items() if "." not in key)
        namesake_region = level in DIVISION_LEVELS and all(e.place.kind == "populated" for e in entries)
        if (unsupported and namesake_region) or outside[k]:
            # "the coastal region of X" in a country nothing else in the report points to, or "the
            # town of X in central Mali" with no reading of X in Mali: the gazetteer lacks the place
            # meant, and this reading is a namesake
            chosen.append((best, 0.0))
            continue
        margin = best_score - scored[1][0] if len(scored) > 1 else 3.0
        confidence = 1.0 / (1.0 + math.exp(-1.5 * margin))
        if not found[k].cued and not found[k].alias:
            confidence *= 0.85
        chosen.append((best, round(confidence, 3)))
    return chosen
