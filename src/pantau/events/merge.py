"""Within a report, all mentions of one event become one record.

Two mentions are one event when they share the event type, their dates overlap, their places
agree (the same place, or one holds the other: "Afghanistan" and "Kabul") and their actors do not
conflict; distinct place, day, actors or type stay apart, as ACLED disaggregates them. A weak
mention (a description, or an act with no argument of its own) only adds to an event told
elsewhere and never stands alone.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import timedelta
from typing import Any

from pantau.events.classify import side_of
from pantau.events.resolve import GENERIC_GROUPS, KIND_RANK, NON_STATE_ARMED, ResolvedEvent
from pantau.places.resolve import haversine_km

# Event types whose mentions often describe one incident from another angle
# ("a bomb exploded" / "the attack killed 7"): a weak mention may join either.
RELATED_TYPES = {
    "Battles": {"Battles", "Explosions/Remote violence", "Violence against civilians"},
    "Explosions/Remote violence": {"Explosions/Remote violence", "Battles", "Violence against civilians"},
    "Violence against civilians": {"Violence against civilians", "Explosions/Remote violence", "Battles"},
    "Protests": {"Protests", "Riots"},
    "Riots": {"Riots", "Protests"},
    "Strategic developments": {"Strategic developments"},
}


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def places_agree(a: Any | None, b: Any | None) -> bool:
    if a is None or b is None:
        return True
    pa, pb = a.place, b.place
    if pa.country_code != pb.country_code:
        return False
    if pa.name == pb.name or (pa.geonameid is not None and pa.geonameid == pb.geonameid):
        return True
    if (a.relative or b.relative) and haversine_km(
            pa.latitude, pa.longitude, pb.latitude, pb.longitude) <= RELATIVE_KM:
        return True  # "a power plant north of Baghdad" and "near Samarra": one place told two ways
    if _ascii(pa.name) == _ascii(pb.name):
        return True  # one town under two spellings ("Diyarbakir", "Diyarbakır")
    broad, narrow = (pa, pb) if KIND_RANK.get(pa.kind, 0) <= KIND_RANK.get(pb.kind, 0) else (pb, pa)
    if broad.kind == "country":
        return True
    if broad.kind == "admin1":
        return narrow.admin1 == broad.name
    if broad.kind == "admin2":
        return narrow.admin2 == broad.name
    return False


RELATIVE_KM = 150.0  # how far "north of X" may lie from X and still be the place named elsewhere
DATE_TOLERANCE = timedelta(days=1)  # "kemarin" read from a late publication timestamp


def _dates_overlap(a: ResolvedEvent, b: ResolvedEvent) -> bool:
    if a.historical != b.historical:
        return False
    if a.earliest is None or b.earliest is None:
        return True
    if a.exact_day or b.exact_day or (a.anchored and b.anchored):
        # two days each named by their own sentence are two days: no allowance for a late timestamp
        return a.earliest <= (b.latest or b.earliest) and b.earliest <= (a.latest or a.earliest)
    return (a.earliest - DATE_TOLERANCE <= (b.latest or b.earliest)
            and b.earliest - DATE_TOLERANCE <= (a.latest or a.earliest))


CROSS_TYPE_PRIORITY = 5
CROWD_KINDS = {"protesters", "rioters"}
STATE_KINDS = {"military", "police", "government"}
TWO_SIDED_TYPES = {"Battles", "Riots", "Protests"}
NON_STATE_KINDS = NON_STATE_ARMED | {"named_group", "external"}


def _same(actor_a: Any | None, actor_b: Any | None) -> bool:
    if actor_a is None or actor_b is None or actor_a.name == actor_b.name:
        return True
    # The same crowd is "protesters" while it marches and "rioters" once it throws stones; army
    # and police fighting side by side are one side of one battle.
    for kinds in (CROWD_KINDS, STATE_KINDS):
        if actor_a.kind in kinds and actor_b.kind in kinds and actor_a.country == actor_b.country:
            return True
    # "gunmen" in one sentence and the group that claimed them in another are one side
    kinds = {actor_a.kind, actor_b.kind}
    return "unidentified" in kinds and kinds <= NON_STATE_KINDS


ONE_SIDED_TYPES = {"Explosions/Remote violence", "Violence against civilians"}


def _initiator_side(event: ResolvedEvent) -> str:
    return side_of(event.actor1.kind) if event.actor1 is not None else event.agent_side


def _hit_hits_back(a: ResolvedEvent, b: ResolvedEvent) -> bool:
    """The side ``a`` hit is the one that acts in ``b`` (police stabbed, then police shooting the
    attacker): a response, not the same one-sided act told again."""
    return a.actor1 is None and a.actor2 is not None and b.actor1 is not None and a.actor2.name == b.actor1.name \
        and side_of(b.actor1.kind) in {"state", "armed"}


def _actors_agree(a: ResolvedEvent, b: ResolvedEvent) -> bool:
    one_sided = {a.event_type, b.event_type} <= ONE_SIDED_TYPES
    if one_sided and {_initiator_side(a), _initiator_side(b)} == {"state", "armed"}:
        return False  # the regime's shelling and the rebels' rockets, even when the rebels go unnamed
    if a.event_type not in TWO_SIDED_TYPES and (_hit_hits_back(a, b) or _hit_hits_back(b, a)):
        return False
    straight = _same(a.actor1, b.actor1) and _same(a.actor2, b.actor2)
    swapped = a.event_type in TWO_SIDED_TYPES and _same(a.actor1, b.actor2) and _same(a.actor2, b.actor1)
    return straight or swapped


def compatible(event: ResolvedEvent, other: ResolvedEvent) -> bool:
    """One incident told twice: a report describes one attack with several verbs ("menyerang",
    "menembak", "meledakkan"), so related violent types merge when place, day and actors agree."""
    types_ok = other.event_type in RELATED_TYPES.get(event.event_type, {event.event_type}) or _arrests_at_demo(
        event, other) or _force_against_riot(event, other) or _force_against_riot(other, event) or (
        _damage_in_violence(event, other))
    if (event.apart or other.apart) and not event.sentences & other.sentences:
        return False  # "Sementara itu di tempat lain, ...": a second incident, not the first retold
    if {event.event_type, other.event_type} == {"Protests", "Riots"} and any(
            "peaceful" in c.qualifiers for c in event.candidates + other.candidates):
        return False  # "the march was peaceful, though anarchists clashed with police": two events
    facility_mismatch = _facility_differs(event.place_mention, other.place_mention)
    quelling = _force_against_riot(event, other) or _force_against_riot(other, event)  # sides are opposed by nature
    same_spot = _damage_in_violence(event, other)  # within a few km, which places_agree may not see
    return (types_ok and not facility_mismatch and _dates_overlap(event, other)
            and (same_spot or places_agree(event.place_mention, other.place_mention))
            and (quelling or _actors_agree(event, other)))


def _arrests_at_demo(event: ResolvedEvent, other: ResolvedEvent) -> bool:
    """Arrests of demonstrators are the intervention in their demonstration, not an event apart."""
    crowd = other.actor2 is not None and other.actor2.kind in CROWD_KINDS
    return event.event_type in {"Protests", "Riots"} and other.sub_event_type == "Arrests" and crowd


SAME_SPOT_KM = 25.0  # a town and the district or village it holds


def _damage_in_violence(event: ResolvedEvent, other: ResolvedEvent) -> bool:
    """Buildings a crowd burns or wrecks where it riots that day are the riot's damage, one event;
    so are the vehicles attackers burn where they attack ("also burned several military vehicles")."""
    types = {event.event_type, other.event_type}
    if "Looting/property destruction" not in {event.sub_event_type, other.sub_event_type} or not (
            types == {"Riots", "Strategic developments"} or (
            "Strategic developments" in types and types - {"Strategic developments"} <= VIOLENT_TYPES)):
        return False
    a, b = event.place_mention, other.place_mention
    return a is not None and b is not None and haversine_km(
        a.place.latitude, a.place.longitude, b.place.latitude, b.place.longitude) <= SAME_SPOT_KM


def _force_against_riot(event: ResolvedEvent, other: ResolvedEvent) -> bool:
    """Police firing that kills people where a mob riots that day is the riot's quelling, one event
    with the police as its second side ("police opened fire to quell the mob")."""
    mob = event.actor1 is None or event.actor1.kind in CROWD_KINDS | {"crowd", "mob"}
    return event.event_type == "Riots" and mob and other.event_type == "Violence against civilians" and (
        other.actor1 is not None and other.actor1.kind in STATE_KINDS)


def _facility_differs(a: Any | None, b: Any | None) -> bool:
    """A facility ("X International Airport") is a distinct place from its town."""
    if a is None or b is None:
        return False
    return (a.place.kind == "facility") != (b.place.kind == "facility") or (
        a.place.kind == "facility" and a.place.name != b.place.name)


def absorb(event: ResolvedEvent, other: ResolvedEvent) -> None:
    """Fold ``other`` into ``event``: the most specific value of each field wins."""
    if _force_against_riot(other, event):  # the police firing was told first: it becomes the riot
        police = event.actor1
        event.event_type, event.sub_event_type, event.act = other.event_type, other.sub_event_type, other.act
        event.actor1, event.actor2 = other.actor1, other.actor2 or police
        other = replace(other, actor1=None, actor2=None)
    elif _force_against_riot(event, other):
        event.actor2 = event.actor2 or other.actor1
        other = replace(other, actor1=None, actor2=None)
    if _damage_in_violence(event, other) and other.event_type != "Strategic developments":
        event.event_type, event.sub_event_type, event.act = other.event_type, other.sub_event_type, other.act
    if _arrests_at_demo(event, other) and event.sub_event_type == "Peaceful protest":
        event.sub_event_type = "Protest with intervention"
    elif not other.weak and other.priority > event.priority and other.event_type != "Strategic developments" and (
            other.event_type == event.event_type or other.priority >= CROSS_TYPE_PRIORITY):
        # Across types only a telling means or outcome wins (a suicide vest, an air strike, a town
        # taken); "clash" does not overrule "attack" on civilians, nor the reverse.
        event.event_type, event.sub_event_type, event.act = other.event_type, other.sub_event_type, other.act
    if other.priority > event.priority and other.actor1 is not None and not other.weak:
        event.actor1 = other.actor1  # the sub-event type that wins brings its initiator
    if event.actor1 is None and other.actor1 is not None:
        event.actor1 = other.actor1
    if event.actor2 is None and other.actor2 is not None and (
            event.actor1 is None or other.actor2.name != event.actor1.name):
        event.actor2 = other.actor2
    if other.place_mention is not None and (event.place_mention is None or _more_exact(other.place_mention,
                                                                                       event.place_mention)):
        event.place_mention = other.place_mention
    if other.earliest is not None and (event.earliest is None or (
            (other.statement_time, not other.anchored, other.time_precision)
            < (event.statement_time, not event.anchored, event.time_precision))):
        event.earliest, event.latest, event.time_precision = other.earliest, other.latest, other.time_precision
        event.day = other.day
        event.statement_time = other.statement_time
        event.anchored = other.anchored  # a day the report names outranks one read from its date
    if other.weak_kind not in {"descriptive", "background"} and other.fatalities[1] > event.fatalities[1]:
        event.fatalities = other.fatalities
    for source in other.sources:
        if source not in event.sources:
            event.sources.append(source)
    event.sentences |= other.sentences
    event.candidates += other.candidates
    event.weak = event.weak and other.weak


def _more_exact(candidate: Any, current: Any) -> bool:
    """The finer kind wins; of two as fine, the town where the act happened beats the town it
    happened some way from ("near Samarra" over "north of Baghdad")."""
    def rank(mention: Any) -> tuple[int, bool]:
        return KIND_RANK.get(mention.place.kind, 0), not mention.relative

    return rank(candidate) > rank(current)


def merge_events(events: list[ResolvedEvent]) -> list[ResolvedEvent]:
    """Group the resolved mentions of a report into events, in reading order."""
    merged: list[ResolvedEvent] = []
    for event in sorted(events, key=lambda e: (e.weak, min(e.sentences))):
        if event.weak_kind == "background":
            continue  # an earlier act given as a cause: neither this event nor one of its own
        # An event of the same type is the likelier home; a related type only after that.
        fits = [e for e in merged if compatible(e, event)]
        if event.weak_kind == "anaphoric":  # "serangan itu", "peristiwa ini": the act just told
            fits.sort(key=lambda e: (min(abs(s - min(event.sentences)) for s in e.sentences),
                                     e.event_type != event.event_type))
        else:
            fits.sort(key=lambda e: e.event_type != event.event_type)
        if fits:
            absorb(fits[0], event)
        elif not event.weak:
            merged.append(event)
    return merged


def normalise_sides(event: ResolvedEvent, kb: Any, year: int | None) -> None:
    """ACLED's convention for demonstrations: the crowd is actor1, named for what it did."""
    if event.event_type not in {"Protests", "Riots"}:
        return
    if event.actor2 is not None and event.actor2.kind in CROWD_KINDS and (
            event.actor1 is None or event.actor1.kind not in CROWD_KINDS):
        event.actor1, event.actor2 = event.actor2, event.actor1
    wanted = "protesters" if event.event_type == "Protests" else "rioters"
    crowd = event.actor1
    country = event.place_mention.place.country_code if event.place_mention is not None else None
    if crowd is None and country:
        event.actor1 = kb.generic_actor(wanted, country, year)  # the crowd goes unnamed: still a crowd
        return
    if crowd is not None and crowd.kind not in CROWD_KINDS and country and event.sub_event_type != "Mob violence":
        event.actor2 = event.actor2 or crowd  # police who break up a march are its second actor
        event.actor1 = kb.generic_actor(wanted, country, year)
    elif crowd is not None and crowd.kind in CROWD_KINDS and crowd.kind != wanted and crowd.country:
        event.actor1 = kb.generic_actor(wanted, crowd.country, year)


VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
CIVILIAN_KINDS = {"civilians", "residents", "social_group", "crowd", "protesters"}
UNNAMED_DESTROYERS = {"Looting/property destruction"}


FROM_A_DISTANCE = {"Air/drone strike", "Shelling/artillery/missile attack"}


def attribute_unclaimed_air_strikes(events: list[ResolvedEvent]) -> None:
    """An air strike told without its air force was flown by the state forces the same report names
    striking from the air or shelling in that country ("pesawat rezim membom X ... serangan udara
    di Y"); with no such forces, or with two, it stays unattributed."""
    for event in events:
        if event.sub_event_type != "Air/drone strike" or event.actor1 is not None or event.place_mention is None:
            continue
        country = event.place_mention.place.country_code
        strikers = {other.actor1.name: other.actor1 for other in events
                    if other is not event and other.sub_event_type in FROM_A_DISTANCE and other.actor1 is not None
                    and other.actor1.kind in STATE_KINDS and other.place_mention is not None
                    and other.place_mention.place.country_code == country}
        if len(strikers) == 1:
            event.actor1 = next(iter(strikers.values()))


def complete_actors(event: ResolvedEvent, kb: Any, year: int | None) -> None:
    """ACLED's defaults where a report leaves a side unnamed or names it loosely.

    Violence whose perpetrator goes unnamed is by an "Unidentified Armed Group (COUNTRY)";
    unarmed people a one-sided attack hits are "Civilians (COUNTRY)"; civilians never start
    political violence, so a civilian-looking initiator was the victim.
    """
    if event.actor1 is not None and event.actor2 is not None and event.actor1.name == event.actor2.name:
        event.actor2 = None  # one side told twice, from two mentions
    country = event.place_mention.place.country_code if event.place_mention is not None else ""
    if event.sub_event_type in UNNAMED_DESTROYERS and event.actor1 is None and country:
        event.actor1 = kb.generic_actor("unidentified", country, year)  # arson by unnamed people
    if event.sub_event_type == "Arrests" and event.actor1 is None and country:
        event.actor1 = kb.state_forces(country, "police", year)  # "tiga orang ditangkap": by the police
    if event.event_type not in VIOLENT_TYPES or not country:
        return
    if event.actor1 is not None and event.actor1.kind in CIVILIAN_KINDS:
        event.actor2 = event.actor2 or event.actor1
        event.actor1 = None
    if event.actor1 is None and event.sub_event_type not in {"Government regains territory"}:
        event.actor1 = kb.generic_actor("unidentified", country, year)
    if event.actor2 is None and event.actor1 is not None and event.actor1.kind in STATE_KINDS and any(
            c.target is not None and c.target.actor is None and c.target.generic in GENERIC_GROUPS
            for c in event.candidates):
        # "helicopters fired at insurgent hideouts": unnamed fighters hit by the state are an
        # armed side, not civilians
        event.actor2 = kb.generic_actor("unidentified", country, year)
    if event.event_type in ONE_SIDED_TYPES and event.actor2 is not None and event.actor2.kind in CIVILIAN_KINDS:
        event.actor2 = kb.generic_actor("civilians", country, year)
    if event.event_type == "Violence against civilians" and event.actor2 is None:
        event.actor2 = kb.generic_actor("civilians", country, year)
    if event.event_type == "Explosions/Remote violence" and event.actor2 is None and (
            event.fatalities[1] > 0 or any("civilian_venue" in c.qualifiers for c in event.candidates)):
        # a blast that kills, or one in a restaurant or a market, with no side named
        event.actor2 = kb.generic_actor("civilians", country, year)
