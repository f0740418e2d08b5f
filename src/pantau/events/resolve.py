"""From candidates to resolved events: canonical actors, the event's place, date and toll.

Decisions made here, each a general coding rule (CODING-RULES.md):
- the place is a locative place of the trigger's sentence, never one that only locates an
  organisation, a nationality or an origin, nor one inside a claim ("kata X di Jakarta");
  otherwise the place of the event told just before, or the report's main place;
- the date is the sentence's own time expression ("since 2016" does not date an act),
  otherwise the report's news date; a time the report only recalls makes the event historical;
- generic descriptions ("pemberontak", "the militants") take the name of the armed group the
  report names most; anaphors ("mereka", "pelaku") take the actor named last; a head of state
  or government that strikes is coded as that state's military forces.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from pantau.events.candidates import Candidate
from pantau.events.classify import classify, side_of, taxonomy
from pantau.mentions.lexicon import cue_words
from pantau.mentions.quantities import fatalities_of

ROLE_OK = {"locative", "mention"}
KIND_RANK = {"facility": 6, "populated": 5, "admin3": 4, "admin2": 3, "admin1": 2, "other": 1, "country": 0}
ARMED_GROUP_KINDS = {"rebel", "political_militia", "identity_militia"}
GENERIC_GROUPS = {"rebels", "militants", "rebel", "militant", "fighters", "terrorists"}
# Who a crowd or a social group is depends on what it does.
CROWD_WORDS = {"social_group", "residents", "crowd", "protesters", "rioters"}
CROWD_ROLE = {"Protests": "protesters", "Riots": "rioters"}
VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


@dataclass
class ResolvedEvent:
    event_type: str
    sub_event_type: str
    act: str
    actor1: Any | None  # pantau.actors.Actor
    actor2: Any | None
    place_mention: Any | None  # pantau.places.PlaceMention
    earliest: date | None
    latest: date | None
    day: date | None  # the single date written in the record
    time_precision: int
    historical: bool
    fatalities: tuple[int, int, int]
    sources: list[str]
    sentences: set[int]
    candidates: list[Candidate] = field(default_factory=list)
    weak: bool = False
    weak_kind: str = ""
    statement_time: bool = False  # dated by when something was said, not when it happened
    exact_day: bool = False  # told as "the day before/after": another day's incident, never merged across days
    anchored: bool = False  # dated by a day its own sentence names ("Jumat", "20 March")
    apart: bool = False  # told as happening elsewhere or separately: joins no mention of another sentence
    agent_side: str = "none"  # "state", "armed", ...: the initiator's side even when no actor names it ("pemberontak")

    @property
    def priority(self) -> int:
        return taxonomy().priority.get(self.sub_event_type, 0)


@dataclass(frozen=True)
class ArticleContext:
    """What the whole report says, for arguments a sentence leaves out."""

    published: date | None
    news_date: Any | None  # TimeMention: the first current "at" time of the report
    main_place: Any | None  # PlaceMention
    salient_group: Any | None  # Actor: the armed group the report names most
    year: int | None
    actor_mentions: Sequence[Any]
    statements: Sequence[tuple[int, int]] = ()
    claims: Sequence[tuple[int, int]] = ()  # claim holders and their frames: speakers are not antecedents
    text: str = ""
    lang: str = "id"


def article_context(published: date | None, times: Sequence[Any], places: Sequence[Any],
                    actors: Sequence[Any], excluded: Sequence[tuple[int, int]],
                    statements: Sequence[tuple[int, int]] = (), text: str = "",
                    dateline: tuple[int, int] = (0, 0), act_sentences: Sequence[tuple[int, int]] = (),
                    lang: str = "id") -> ArticleContext:
    current = [t for t in times if t.relation == "at" and not t.historical and not is_future(t, published)]
    # The report's own date for its news: the most precise time it gives, statement dates after
    # other days, and a month-or-vaguer span ("dua tahun terakhir") only when nothing else is told.
    current.sort(key=lambda t: (t.precision == 3, _inside(t, statements), t.precision))
    news_date = current[0] if current else None
    frame = historical_frame(times, len(current))
    if frame is not None:
        news_date = frame
    usable = [p for p in places if usable_place(p, excluded)]
    # Places told with an act come first: a photo caption's city is not the report's place.
    usable.sort(key=lambda p: not any(s <= p.start < e for s, e in act_sentences))
    locative = [p for p in usable if p.role == "locative"]
    # The dateline ("LIMA, 29 MAR -") says where the story was filed: a last resort for the place.
    filed_at = [p for p in places if dateline[0] <= p.start < dateline[1] and p.place.kind != "country"]
    main_place = (locative or usable or filed_at or [None])[0]
    groups = Counter(m.actor for m in actors if m.actor is not None and m.actor.kind in ARMED_GROUP_KINDS)
    # "the rebels" stand for a group the report keeps naming, not for one it names in passing
    salient = groups.most_common(1)[0][0] if groups and groups.most_common(1)[0][1] >= SALIENT_MENTIONS else None
    year = (news_date.latest.year if news_date else published.year if published else None)
    return ArticleContext(published, news_date, main_place, salient, year, actors, statements, excluded, text, lang)


SALIENT_MENTIONS = 2
HISTORY_FRAME_MIN = 3  # recalled times a report needs before it counts as a history piece


def historical_frame(times: Sequence[Any], current_count: int) -> Any | None:
    """The period a history feature is about ("Malari 1974"), when the report's times are mostly
    recalled ones: acts it tells without a date of their own belong to that period, not to today."""
    recalled = [t for t in times if t.relation == "at" and t.historical]
    if len(recalled) < HISTORY_FRAME_MIN or len(recalled) < HISTORY_FRAME_MIN * max(current_count, 1):
        return None
    years = Counter(t.earliest.year for t in recalled)
    year = years.most_common(1)[0][0]
    return next(t for t in recalled if t.earliest.year == year)


def _inside(mention: Any, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= mention.start and mention.end <= e for s, e in spans)


def usable_place(mention: Any, excluded: Sequence[tuple[int, int]]) -> bool:
    """A place that can locate an event: not a nationality, base or origin, not inside a claim, a
    backer phrase or a country named as an actor ("Rusia menyerang": those spans are excluded),
    and not a continent or a sea, which locate no ACLED event."""
    return mention.role in ROLE_OK and not _inside(mention, excluded) and bool(mention.place.country_code)


def choose_place(places: Sequence[Any], clause: tuple[int, int], trigger_start: int,
                 excluded: Sequence[tuple[int, int]], lang: str = "en") -> Any | None:
    """The place of an act: the most specific, then the one in the act's own clause, locative first."""
    usable = [p for p in places if usable_place(p, excluded)]
    if not usable:
        return None
    # English puts a place before the act it locates ("a London rally"); in Indonesian a name right
    # before the verb ends the subject ("karyawan PT Freeport Indonesia berunjuk rasa di Timika")
    modifier_first = lang == "en"
    # "di daerah X di dekat Damaskus": the place named "near" is only the reference point for X
    return max(usable, key=lambda p: (modifier_first and _modifies(p, trigger_start), KIND_RANK.get(p.place.kind, 0),
                                      not (p.near or p.relative), clause[0] <= p.start < clause[1],
                                      p.role == "locative", -abs(p.start - trigger_start)))


def _modifies(mention: Any, trigger_start: int) -> bool:
    """"a London rally", "the Kabul bombing": a place right before a nominal act is its place."""
    return 0 <= trigger_start - mention.end <= 1


@cache
def when_clause_pattern(lang: str) -> re.Pattern[str]:
    """"sejak Maret 2015, ketika kelompok itu merebutnya": a when-clause right after a time
    expression happened at that time, whatever relation the expression has to the main clause."""
    leads = "|".join(re.escape(word) for word in sorted(cue_words(lang, "when_clause_leads")))
    appositives = "|".join(re.escape(word) for word in sorted(cue_words(lang, "appositive_leads")))
    opening = rf"(?:(?:{appositives}) )?" if appositives else ""
    return re.compile(rf"^\s*,?\s*{opening}(?:{leads})\b[^.;:!?]{{0,80}}$", re.IGNORECASE)


def is_future(time: Any, published: date | None) -> bool:
    """"next month", "pekan depan": a time after publication dates a plan, never a report."""
    return published is not None and time.earliest > published + timedelta(days=1)


def choose_time(times: Sequence[Any], trigger_start: int, statements: Sequence[tuple[int, int]],
                text: str = "", lang: str = "id") -> Any | None:
    """The time of an act: its sentence's own, nearest first, a statement's date only as a last resort."""
    for time in times:
        if time.end <= trigger_start and when_clause_pattern(lang).match(text[time.end:trigger_start]):
            return time
    dated = [t for t in times if t.relation == "at"]
    return min(dated, key=lambda t: (_inside(t, statements), abs(t.start - trigger_start))) if dated else None


NON_STATE_ARMED = ARMED_GROUP_KINDS | {"unidentified", "rebels", "militants"}


def _sentence_between(text: str, start: int, end: int) -> bool:
    """A sentence ends between two offsets: a speaker is "mereka" in its own sentence only."""
    return bool(re.search(r"[.!?]\s", text[start:end])) or "\n" in text[start:end]


def _antecedent(mention: Any, ctx: ArticleContext) -> Any | None:
    """The actor an anaphor stands for: the last one named before it, outside any claim;
    "kelompok tersebut"/"the group" looks for the last armed group."""
    earlier = [m for m in ctx.actor_mentions if m.end <= mention.start and not m.anaphor
               and (m.actor is not None or m.generic)
               and not (_inside(m, ctx.claims) and _sentence_between(ctx.text, m.end, mention.start))]
    words = set(mention.text.lower().split())
    if cue_words(ctx.lang, "perpetrator_anaphors") & words:
        earlier = [m for m in earlier if _kind(m) in NON_STATE_ARMED]
    elif cue_words(ctx.lang, "group_anaphors") & words:
        groups = [m for m in earlier if _kind(m) in NON_STATE_ARMED]
        earlier = groups or earlier
    return earlier[-1] if earlier else None


FORCE_KINDS = {"military", "police"}


def _same_head_specified(mention: Any, ctx: ArticleContext) -> Any | None:
    """"the soldier ... the SAS soldier": a bare force noun stands for the one the report specifies
    elsewhere with the same head noun, if it specifies exactly one."""
    words = mention.text.lower().split()
    if not words:
        return None
    head = words[-1]
    specified = {(m.actor.name if m.actor is not None else m.country): m for m in ctx.actor_mentions
                 if m is not mention and (m.actor is not None or m.country) and len(m.text.split()) > 1
                 and m.text.lower().split()[-1] == head and _kind(m) == mention.generic}
    return next(iter(specified.values())) if len(specified) == 1 else None


def resolve_actor(mention: Any | None, kb: Any, country: str | None, ctx: ArticleContext,
                  event_type: str | None) -> Any | None:
    """The canonical actor a mention stands for in this event."""
    if mention is None:
        return None
    if mention.anaphor and not mention.generic:
        # "mereka", "kelompok tersebut": the actor named before; "prajurit itu" names its own kind
        mention = _antecedent(mention, ctx)
        if mention is None:
            return None
    elif mention.anaphor:
        mention = replace(mention, anaphor=False)
    if mention.actor is None and mention.generic in GENERIC_GROUPS and ctx.salient_group is not None:
        return ctx.salient_group
    if mention.actor is None and mention.country is None and mention.generic in FORCE_KINDS:
        mention = _same_head_specified(mention, ctx) or mention
    if mention.actor is None and mention.generic in CROWD_WORDS and event_type in CROWD_ROLE:
        where = mention.country or country
        return kb.generic_actor(CROWD_ROLE[event_type], where, ctx.year) if where else None
    if mention.actor is not None and mention.actor.kind == "named_group":
        return mention.actor  # named by the text, unknown to the knowledge base
    # State forces are named by the government period of the event's year, so even a named
    # mention ("Polri") is resolved again for that year.
    actor = kb.resolve(mention, mention.country or country, ctx.year) or mention.actor
    if actor is None:
        return None
    if actor.kind in {"head_of_state", "government", "state"} and event_type in VIOLENT_TYPES and actor.country:
        return kb.state_forces(actor.country, "military", ctx.year)
    return actor


def _kind(mention: Any | None) -> str | None:
    return mention.kind if mention is not None else None


def resolve_candidate(candidate: Candidate, kb: Any, ctx: ArticleContext, places: Sequence[Any],
                      times: Sequence[Any], excluded: Sequence[tuple[int, int]],
                      previous: ResolvedEvent | None, recent_times: Sequence[Any] = (),
                      day_shift: int = 0, act_shift: int = 0) -> ResolvedEvent | None:
    """One candidate with its arguments resolved, or None when ACLED would not code it."""
    agent_kind, target_kind = _kind(_deref(candidate.agent, ctx)), _kind(_deref(candidate.target, ctx))
    if target_kind == "named_group":
        target_kind = "other"  # an organisation hit by violence is not known to be armed
    if candidate.act in {"seize"} and side_of(agent_kind) == "none" and ctx.salient_group is not None:
        agent_kind = ctx.salient_group.kind
    result = classify(candidate.act, candidate.qualifiers, agent_kind, target_kind, candidate.context)
    if result is None:
        return None
    event_type, sub_event_type = result
    place = candidate.place or choose_place(places, candidate.clause_span, candidate.trigger_span[0], excluded,
                                            ctx.lang)
    if place is None:
        candidate.weak = candidate.weak or not (candidate.agent or candidate.target or candidate.casualties)
        place = previous.place_mention if previous is not None else ctx.main_place
    time = choose_time([t for t in times if not is_future(t, ctx.published)], candidate.trigger_span[0],
                       ctx.statements, ctx.text, ctx.lang)
    statement_time = time is not None and _inside(time, ctx.statements)
    anchored = time is not None and not statement_time and time.anchored
    act_shifted = time is not None and act_shift != 0 and time.precision == 1 \
        and time.end <= candidate.trigger_span[0]
    if act_shifted:
        time = replace(time, earliest=time.earliest + timedelta(days=act_shift),
                       latest=time.latest + timedelta(days=act_shift))
    if time is None:
        # A sentence without a time of its own goes on in the time just told ("Pada 2002, ... .
        # Bom itu menewaskan ..."), else in the report's news date.
        told = [t for t in recent_times if t.relation == "at" and not is_future(t, ctx.published)
                and not _inside(t, ctx.statements) and (t.precision <= 2 or t.historical)]
        time = told[-1] if told else ctx.news_date
        if time is not None and day_shift and time.precision == 1:
            # "Enam orang tewas sehari sebelumnya": the day before the one just told.
            time = replace(time, earliest=time.earliest + timedelta(days=day_shift),
                           latest=time.latest + timedelta(days=day_shift))
    if time is not None:
        earliest, latest, precision, historical = time.earliest, time.latest, time.precision, time.historical
    else:
        earliest = latest = ctx.published
        precision, historical = 2, False
    day = event_day(earliest, latest, precision, ctx.published)
    country = place.place.country_code if place is not None else None
    actor1 = resolve_actor(candidate.agent, kb, country, ctx, event_type)
    actor2 = resolve_actor(candidate.target, kb, country, ctx, event_type)
    if sub_event_type == "Air/drone strike" and actor1 is not None and side_of(actor1.kind) != "state" \
            and "drone" not in candidate.qualifiers:
        actor1 = None  # only states fly air strikes; a garbled clause must not make rebels bomb from the air
    if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
        actor2 = None
    return ResolvedEvent(
        event_type=event_type, sub_event_type=sub_event_type, act=candidate.act, actor1=actor1,
        actor2=actor2, place_mention=place, earliest=earliest, latest=latest, day=day, time_precision=precision,
        historical=historical, statement_time=statement_time,
        # the sentence's toll belongs to the act on the sentence's own day, not to one told the day before
        fatalities=fatalities_of([] if act_shifted else candidate.casualties),
        sources=[c.text for c in candidate.claims], sentences=set(candidate.sentences),
        candidates=[candidate], weak=candidate.weak, weak_kind=candidate.weak_kind, anchored=anchored,
        apart=candidate.apart, agent_side=side_of(agent_kind),
    )


LONG_SPAN_DAYS = 40


def event_day(earliest: date | None, latest: date | None, precision: int, published: date | None) -> date | None:
    """The date a record carries for a span: the day itself, the middle of a few days; for a long
    span, the publication date when it reaches it ("this year"), else its first day ("in 2011"),
    with time_precision 3 saying the day is not known."""
    if earliest is None or latest is None or precision == 1:
        return earliest
    long_span = (latest - earliest).days > LONG_SPAN_DAYS
    if long_span and published is not None and earliest <= published <= latest:
        return published
    if long_span:
        return earliest
    upper = min(latest, published) if published is not None and published >= earliest else latest
    return earliest + (upper - earliest) / 2


def _deref(mention: Any | None, ctx: ArticleContext) -> Any | None:
    if mention is not None and mention.anaphor and not mention.generic:
        return _antecedent(mention, ctx)
    return mention


def as_incident_of_its_day(event: ResolvedEvent, earlier: Sequence[ResolvedEvent]) -> None:
    """"Enam orang tewas sehari sebelumnya": a toll told for another day is that day's own incident,
    of the kind of act the report last told by its means ("menembakkan roket"), not by a toll."""
    told = next((e for e in reversed(earlier) if e.act != "kill"
                 and e.weak_kind not in {"background", "descriptive", "toll"}), None)
    if told is None:
        return
    event.event_type, event.sub_event_type, event.act = told.event_type, told.sub_event_type, told.act
    event.actor1, event.weak, event.exact_day = told.actor1, False, True
