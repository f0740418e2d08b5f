"""Event candidates: one per trigger that reports an act, with its arguments found in the text.

A candidate carries mentions, not yet canonical names: the actor mentions on each side, the
place mention, the time mention, casualty counts and claim holders, each with its offsets.
Resolution (canonical actors, coordinates, dates) and merging happen in later steps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from pantau.events.context import (
    PUNCTUATION_BREAKS,
    backed_spans,
    clause_end,
    clause_start,
    cues,
    domains_in,
    in_proper_name,
    is_anaphoric,
    is_background,
    is_blocked,
    is_descriptive,
    is_explained,
    is_month,
    is_stative,
    is_vetoed,
    measures_since,
    political_markers,
    punctuation_end,
    qualifiers_for,
    qualifiers_in,
)
from pantau.mentions.claims import ClaimHolder
from pantau.mentions.lexicon import PhraseHit, cue_index, cue_words, normalise_words, trigger_index
from pantau.mentions.morphology import voice_of_word
from pantau.mentions.quantities import Casualties, find_casualties
from pantau.mentions.tokens import Token
from pantau.model import Sentence

SINCE_MEASURE_REACH = 8
NON_ACLED_DOMAINS = {"sport", "cyber", "accident", "disaster", "disease", "private", "legal", "drill", "entertainment",
                     "corruption"}


@dataclass
class SentenceView:
    """One sentence with its tokens and the article-level mentions that fall inside it."""

    sentence: Sentence
    tokens: list[Token]
    words: list[str]
    actors: list[Any]  # pantau.actors.ActorMention
    places: list[Any]  # pantau.places.PlaceMention
    times: list[Any]  # pantau.dates.TimeMention
    claims: list[ClaimHolder]
    casualties: list[Casualties]
    outcomes: list[Any]  # spans of death/injury words ("tewas", "terluka"), for victims
    domains: set[str]
    political: int
    claim_frames: list[tuple[int, int]] = field(default_factory=list)  # char ranges of reported-speech frames
    lang: str = "id"
    triggers: list[PhraseHit] | None = None  # computed once, on demand

    def token_at(self, offset: int) -> int:
        for index, token in enumerate(self.tokens):
            if token.start <= offset < token.end or offset < token.start:
                return index
        return len(self.tokens) - 1

    def in_claim(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.claim_frames) or any(
            c.start <= start and end <= c.end for c in self.claims)


@dataclass
class Candidate:
    article_id: str
    sentence: int
    trigger: PhraseHit
    trigger_text: str
    trigger_span: tuple[int, int]
    act: str
    qualifiers: set[str]
    agent: Any | None  # ActorMention
    target: Any | None
    place: Any | None  # PlaceMention chosen in the sentence, or None (inherited later)
    time: Any | None  # TimeMention chosen in the sentence, or None
    casualties: list[Casualties]
    claims: list[ClaimHolder]
    context: set[str]
    weak: bool = False
    # Why a mention is weak: "descriptive" ("merupakan serangan terbesar") adds nothing;
    # "background" (the cause of an act: "dipicu oleh penembakan X") is another, earlier act;
    # "anaphoric" ("serangan itu") and "toll" ("korban tewas menjadi tiga") add to the event
    # they refer to, never stand alone.
    weak_kind: str = ""
    apart: bool = False  # "di tempat lain", "in a separate attack": not one of the acts told before
    sentences: set[int] = field(default_factory=set)
    clause_span: tuple[int, int] = (0, 0)  # characters of the trigger's clause


def _may_act(view: SentenceView, mention: Any, position: int, blocked: list[tuple[int, int]]) -> bool:
    """A mention that can be a doer: no victim, no unit named as a place, no speaker or backer."""
    return not _is_victim(view, mention) and not _in_place_phrase(view, position) and not _is_blocked_actor(
        view, mention, position, blocked)


def _nearest_before(view: SentenceView, index: int, lower: int, blocked: list[tuple[int, int]]) -> Any | None:
    best = None
    for mention in view.actors:
        position = view.token_at(mention.start)
        end_position = view.token_at(max(mention.start, mention.end - 1))
        if lower <= position and end_position < index and _may_act(view, mention, position, blocked):
            best = mention
    return best


CUE_REACH = 4  # words: the longest lead cue ("di bawah kendali", "under the control of")


def _cue_ends_at(words: list[str], position: int, lang: str, section: str) -> bool:
    """Whether a cue of ``section`` ends right before ``position`` (articles between allowed)."""
    while position > 0 and words[position - 1] in cue_words(lang, "articles"):
        position -= 1
    window = words[max(0, position - CUE_REACH):position]
    return any(hit.last == len(window) - 1 for hit in cue_index(lang, section).find(window))


def _case_of(words: list[str], trigger: PhraseHit, lang: str) -> bool:
    """"kasus penyerangan", "the investigation into the shooting": an act named as a case."""
    return _cue_ends_at(words, trigger.first, lang, "case_leads")


CROWD_GENERICS = {"protesters", "social_group", "residents", "crowd", "rioters"}


def _complaint(view: SentenceView, trigger: PhraseHit, lang: str) -> bool:
    """"Wiranto protes karena dituduh ...", "the ministry protested the decision": a bare protest word
    with no crowd in the sentence is a complaint, not a demonstration."""
    phrase = " ".join(view.words[trigger.first:trigger.last + 1])
    if trigger.concept != "protest" or phrase not in cue_words(lang, "bare_protest_words"):
        return False
    if "protest_crowd" in qualifiers_in(view.words, lang):
        return False
    return not any(mention.generic in CROWD_GENERICS for mention in view.actors)


GROUND_ACTS = {"seize", "regain", "transfer"}  # acts about ground, which must name some
LEFT_PLACE_REACH = 3  # "mundur dari (kota) Afrin", "withdrew from (the town of) Manbij"


def _place_left(view: SentenceView, trigger: PhraseHit) -> Any | None:
    """The place a force withdraws from is where the transfer happened, though "dari"/"from" reads
    as an origin elsewhere."""
    for place in view.places:
        position = view.token_at(place.start)
        if 0 < position - trigger.last <= LEFT_PLACE_REACH and place.role in {"origin", "locative", "mention"}:
            return replace(place, role="locative")
    return None


def _opens_with_incident(words: list[str], lang: str) -> bool:
    """"Peristiwa ini menewaskan tiga warga", "The incident left two dead": the sentence goes on with
    the act just told."""
    head = [word for word in words[:3] if word not in cue_words(lang, "articles")]
    demonstratives = cue_words(lang, "demonstratives")
    return len(head) >= 2 and (
        (head[0] in cue_words(lang, "incident_nouns") and head[1] in demonstratives)
        or (head[0] in demonstratives and head[1] in cue_words(lang, "incident_nouns")))


def _participle(words: list[str], trigger: PhraseHit, lang: str) -> bool:
    """"Taliban fighters ... while attacking police", "a mob rioted, burning shops": an English
    participle after a clause word or a comma shares the subject of the clause before it."""
    return lang == "en" and trigger.first > 0 and words[trigger.first].endswith("ing") and (
        words[trigger.first - 1] in cues(lang).clause_breaks or words[trigger.first - 1] == ",")


def _sentence_subject(view: SentenceView, index: int, blocked: list[tuple[int, int]]) -> Any | None:
    """The first actor of the sentence, before ``index``: the subject a participle shares ("Gunmen
    stormed a hotel guarded by soldiers, killing two")."""
    for mention in view.actors:
        position = view.token_at(mention.start)
        if position >= index:
            return None
        if _may_act(view, mention, position, blocked):
            return mention
    return None


def _first_after(view: SentenceView, index: int, upper: int, blocked: list[tuple[int, int]],
                 skip_subjects: bool = False) -> Any | None:
    for mention in view.actors:
        position = view.token_at(mention.start)
        if index < position <= upper and not _is_blocked_actor(view, mention, position, blocked) and not _holds_place(
                view, position):
            if skip_subjects and _subject_of_another_act(view, mention):
                continue
            return mention
    return None


def _subject_of_another_act(view: SentenceView, mention: Any) -> bool:
    """"... as Turkish forces press into": the subject of a later act is not this act's target."""
    end = view.token_at(max(mention.start, mention.end - 1))
    return any(0 < hit.first - end <= 2 for hit in trigger_index_cached(view))


def _in_place_phrase(view: SentenceView, position: int) -> bool:
    """"masuk melalui pintu belakang Polres", "at the police station": a unit named as a place or a
    building is where something happened, not who did it."""
    before = position - 1
    while before >= 0 and view.words[before] in cue_words(view.lang, "articles"):
        before -= 1
    return (before >= 0 and view.words[before] in cue_words(view.lang, "premises_before")) or _holds_place(
        view, position)


def _holds_place(view: SentenceView, position: int) -> bool:
    """"daerah yang dikuasai pemberontak", "an area held by rebels": the group only qualifies a place."""
    return _cue_ends_at(view.words, position, view.lang, "holder_of_place_before")


def _is_blocked_actor(view: SentenceView, mention: Any, position: int, blocked: list[tuple[int, int]]) -> bool:
    if view.in_claim(mention.start, mention.end):
        return True
    return any(start <= position <= end for start, end in blocked)


VICTIM_LIST_WORDS = 12


def _is_victim(view: SentenceView, mention: Any) -> bool:
    """"belasan prajuritnya tewas", "9 orang, termasuk dua balita, tewas": the people a toll
    counts are targets, never agents; so are people named as victims ("korban penganiayaan")."""
    words = mention.text.lower().split()
    if words and words[-1] in cue_words(view.lang, "victim_nouns"):
        return True
    if any(c.start <= mention.start and mention.end <= c.phrase_end for c in view.casualties):
        return True
    # "8 orang, di antaranya dua balita dan seorang guru, tewas": the list between a count and its
    # death word names the dead
    if any(c.start <= mention.start and mention.end <= outcome.start
           and _gap_words(view, c.start, outcome.start) <= VICTIM_LIST_WORDS
           for c in view.casualties for outcome in view.outcomes):
        return True
    return any(0 <= casualty.start - mention.end <= 2 or mention.start <= casualty.start < mention.end
               or 0 <= _gap_words(view, mention.end, casualty.start) <= 1
               for casualty in view.outcomes)


def _gap_words(view: SentenceView, start: int, end: int) -> int:
    if end < start:
        return -1
    return sum(1 for token in view.tokens if start <= token.start and token.end <= end and token.is_word)


def _as_militants(view: SentenceView, mention: Any | None, lang: str) -> Any | None:
    """"pasukan pemberontak": a force word followed by a militant noun names armed opponents."""
    if mention is None or mention.actor is not None or mention.generic not in {"military", "police"}:
        return mention
    after = [t.lower for t in view.tokens if t.start >= mention.end and t.is_word][:1]
    if after and after[0] in cue_words(lang, "militant_nouns"):
        return replace(mention, generic="militants", country=None)
    return mention


DOUBLE_QUOTES = {'"', "“", "”"}


def _outside_quote(view: SentenceView, trigger: PhraseHit) -> list[tuple[int, int]]:
    """An act told inside a quotation takes its sides from the quotation: the speaker named outside
    it ('Kepala polisi mengatakan "pria itu membunuh mereka"') did not do it."""
    marks = [i for i, token in enumerate(view.tokens) if token.text in DOUBLE_QUOTES]
    for opening, closing in zip(marks[::2], marks[1::2], strict=False):
        if opening < trigger.first and trigger.last < closing:
            return [(0, opening), (closing, len(view.tokens) - 1)]
    return []


def _roles(view: SentenceView, trigger: PhraseHit, lang: str) -> tuple[Any | None, Any | None]:
    """(agent, target) mentions for a trigger, by its voice and position."""
    agent, target = _positional_roles(view, trigger, lang)
    if target is not None:
        target = _who_the_victims_are(view, target)
    words = view.words
    if agent is None or view.token_at(agent.start) > trigger.first:
        return agent, target
    if _means_of_passive(words, trigger, lang):
        return None, agent  # "soldiers killed by a roadside bomb": who stands before it was hit
    if " ".join(words[trigger.first:trigger.last + 1]) in cue_words(lang, "intransitive_acts"):
        return None, target  # "the bomb exploded": no doer is its subject
    return agent, target


INTERVENING_KINDS = {"police", "military"}  # the only second side a peaceful protest can have


def _english_noun(words: list[str], trigger: PhraseHit, lang: str) -> bool:
    """"when the bomb exploded": an English act word after a determiner is a noun, which takes no
    subject from before its clause."""
    determiners = cue_words(lang, "articles") | cue_words(lang, "demonstratives")
    return lang == "en" and any(word in determiners for word in words[max(0, trigger.first - 2):trigger.first])


COPULA_REACH = 3  # words before the victim noun: "yang menjadi (para) korban"


def _who_the_victims_are(view: SentenceView, target: Any) -> Any:
    """"tiga petugas yang menjadi korban": a victim noun after a copula stands for the people
    named before it."""
    words = target.text.lower().split()
    if not words or words[-1] not in cue_words(view.lang, "victim_nouns"):
        return target
    position = view.token_at(target.start)
    start = max(0, position - COPULA_REACH)
    for copula in cue_index(view.lang, "victim_copulas").find(view.words[start:position]):
        named = [m for m in view.actors if m.end <= view.tokens[start + copula.first].start]
        if named:
            return named[-1]
    return target


MEANS_REACH = 3  # "by a buried roadside bomb": an article and a modifier or two


def _means_of_passive(words: list[str], trigger: PhraseHit, lang: str) -> bool:
    """Whether the act noun follows "by"/"terkena" a few words back, as the means of a passive act."""
    leads = cue_words(lang, "means_lead")
    for position in range(trigger.first - 1, max(-1, trigger.first - 1 - MEANS_REACH), -1):
        if words[position] in leads:
            return True
        if words[position] in PUNCTUATION_BREAKS:
            return False
    return False


def _positional_roles(view: SentenceView, trigger: PhraseHit, lang: str) -> tuple[Any | None, Any | None]:
    words = view.words
    blocked = backed_spans(words, lang) + _outside_quote(view, trigger)
    start = clause_start(words, trigger.first, lang)
    end = clause_end(words, trigger.last, lang)
    voice = trigger.voice
    if lang == "en" and voice in {"past", "bare"} and _passive(words, trigger, lang):
        voice = "passive"
    if voice == "passive":
        target = _victim_before(view, trigger.first) or _nearest_before(view, trigger.first, start, blocked) \
            or _nearest_before(view, trigger.first, 0, blocked)
        agent = _first_after(view, trigger.last, end, blocked)
        if agent is not None and not _passive_agent(view, agent, trigger, lang):
            agent = None
        if target is not None and _observer_between(view, target, trigger, lang):
            target = None  # "Polisi menyelidiki kasus pria yang dipukuli": the police only investigate
        return agent, target
    if voice == "nominal" and _carried_out_by(words, trigger.last, lang):
        # "serangan udara yang dilakukan militer Israel": the relative passive names the agent
        agent = _first_after(view, trigger.last, punctuation_end(words, trigger.last), blocked)
        target = _victim_before(view, trigger.first) or _nearest_before(view, trigger.first, start, blocked)
        return agent, (target if target is not agent else None)
    between = _between_marker(words, trigger.last, lang)
    if between is not None and (voice in {"nominal", "intransitive"} or lang == "en"):  # English nouns carry no voice
        # "bentrokan (sengit) antara warga dan polisi": the two sides follow, in order
        first = _first_after(view, between, punctuation_end(words, between), blocked)
        second = _first_after(view, view.token_at(max(first.start, first.end - 1)), punctuation_end(
            words, between), blocked) if first is not None else None
        return first, second
    if voice == "nominal" and lang == "id":  # Indonesian names the doer after the act noun; English before it
        nxt = trigger.last + 1
        follower = _first_after(view, trigger.last, min(end, trigger.last + 2), blocked)
        if follower is not None and lang == "id" and _process_noun(words[trigger.first]):
            # peN-...-an names a process whose object follows: "pembakaran Mapolres" burns the Mapolres
            agent = _nearest_before(view, trigger.first, start, blocked)
            if agent is not None and _other_verb_between(view, agent, trigger, lang):
                agent = None
            return agent, follower
        if follower is not None and (nxt >= len(words) or words[nxt] not in cue_words(lang, "target_markers")
                                                        | cue_words(lang, "partner_markers")):
            after = view.token_at(max(follower.start, follower.end - 1))
            target = _first_after(view, after, end, blocked) or _first_after(
                view, after, punctuation_end(words, after), blocked, skip_subjects=True)
            return follower, target
    agent = _nearest_before(view, trigger.first, start, blocked)
    light = trigger.first > 0 and words[trigger.first - 1] in cue_words(lang, "light_verbs")
    participle = _participle(words, trigger, lang)
    if agent is None and participle and not any(hit.last < trigger.first for hit in trigger_index_cached(view)):
        agent = _sentence_subject(view, trigger.first, blocked)  # after another act, it takes that act's doer
    elif agent is None and (voice != "nominal" or light) and not _english_noun(words, trigger, lang):
        # a verb's subject may stand before a clause break ("X masuk ... dan membakar"); an act named
        # by a noun in a later clause has no subject there ("setelah insiden pembakaran")
        agent = _nearest_before(view, trigger.first, 0, blocked)
    if agent is not None and voice == "nominal" and not light and lang == "id" and _other_verb_between(
            view, agent, trigger, lang):
        agent = None  # "Polisi mengantongi identitas pelaku pembakaran": polisi is the subject of another verb
    if agent is not None and _observer_between(view, agent, trigger, lang):
        agent = None
    target = _first_after(view, trigger.last, end, blocked) or _victim_before(view, trigger.first) \
        or _first_after(view, trigger.last, punctuation_end(words, trigger.last), blocked, skip_subjects=True)
    if target is agent:
        target = None
    return agent, target


BETWEEN_REACH = 3  # "bentrokan mematikan antara": a word or two may describe the act first


PASSIVE_AGENT_GAP = 2  # "ditembak (mati) polisi": the doer right after a passive verb
AGENT_PHRASE_WORDS = 4  # "by the rampaging mobs": the marker and a few modifiers


def _passive_agent(view: SentenceView, agent: Any, trigger: PhraseHit, lang: str) -> bool:
    """Who did a passive act stands right after the verb or after "oleh"/"by", not anywhere later in
    the clause ("polisi yang dipukul itu adalah Kapolsek": the chief was hit)."""
    position = view.token_at(agent.start)
    between = view.words[trigger.last + 1:position]
    if len(between) < PASSIVE_AGENT_GAP:
        return True
    if len(between) == PASSIVE_AGENT_GAP and between[0] in cue_words(lang, "coordinators") and _passive(
            view.words, PhraseHit(trigger.concept, trigger.last + 2, trigger.last + 2, voice_of_word(between[1], lang)),
            lang):
        return True  # "dipukuli dan dibakar massa": coordinated passives share their doer
    # "oleh (sekelompok) massa", "(killed in Kandahar) by the rampaging mobs": the marker opens the
    # doer's phrase, a few modifiers before the doer
    return any(word in cue_words(lang, "agent_markers") for word in between[-AGENT_PHRASE_WORDS:])


def _between_marker(words: list[str], last: int, lang: str) -> int | None:
    """The index of "antara"/"between" right after an act, within a short unbroken reach."""
    markers = cue_words(lang, "between_markers")
    for position in range(last + 1, min(len(words), last + 1 + BETWEEN_REACH)):
        if words[position] in markers:
            return position
        if words[position] in PUNCTUATION_BREAKS:
            return None
    return None


CARRIED_OUT_REACH = 2  # words between the act and "yang": "serangan udara yang dilakukan X"


def _carried_out_by(words: list[str], last: int, lang: str) -> bool:
    """"serangan (udara) yang dilakukan X": a relative passive right after the act names its agent."""
    for lead in range(last + 1, min(len(words), last + 2 + CARRIED_OUT_REACH)):
        if words[lead] in PUNCTUATION_BREAKS:
            return False
        if words[lead] in cue_words(lang, "carried_out_lead"):
            return any(word in cue_words(lang, "carried_out") for word in words[lead + 1:lead + 4])
    return False


def _process_noun(word: str) -> bool:
    """"penyerangan", "pembakaran", "penculikan": peN-/per-...-an, unlike "serangan" (an act's result)."""
    return word.startswith("pe") and word.endswith(("an", "annya"))


def _other_verb_between(view: SentenceView, agent: Any, trigger: PhraseHit, lang: str) -> bool:
    """Another meN- verb between the agent and a nominal act: the agent is that verb's subject."""
    first = view.token_at(max(agent.start, agent.end - 1)) + 1
    not_verbs = cue_words(lang, "light_verbs") | cue_words(lang, "me_prepositions")
    return any(word.startswith("me") and len(word) > 5 and word not in not_verbs
               for word in view.words[first:trigger.first])


def _observer_between(view: SentenceView, agent: Any, trigger: PhraseHit, lang: str) -> bool:
    """"police probed the blast", "Presiden mengutuk serangan itu": the subject of a verb that
    investigates, condemns or mourns an act is an onlooker, not the one who did it."""
    first = view.token_at(max(agent.start, agent.end - 1)) + 1
    return any(word in cue_words(lang, "observer_verbs") for word in view.words[first:trigger.first])


def _right_before(view: SentenceView, mention: Any, trigger: PhraseHit) -> bool:
    return trigger.voice != "nominal" and 0 <= trigger.first - view.token_at(max(mention.start, mention.end - 1)) <= 2


PASSIVE_BY_REACH = 4  # "killed in Syria by X": a short adjunct between the verb and "by"


def _passive(words: list[str], trigger: PhraseHit, lang: str) -> bool:
    if lang != "en":
        return trigger.voice == "passive"
    before = trigger.first - 1
    if before > 0 and words[before].endswith("ly"):
        before -= 1  # "was tragically killed"
    if before >= 0 and words[before] in cue_words(lang, "passive_auxiliaries"):
        return True
    # a participle with its "by"-phrase and no auxiliary: "soldier killed in Syria by X"; an object
    # right after the verb makes it active ("stormed a post guarded by X")
    after = words[trigger.last + 1] if trigger.last + 1 < len(words) else ""
    if after in cue_words(lang, "articles") | cue_words(lang, "demonstratives"):
        return False
    return trigger.voice == "past" and any(
        word == "by" for word in words[trigger.last + 1:min(punctuation_end(words, trigger.last),
                                                            trigger.last + PASSIVE_BY_REACH) + 1])


def _right_after(view: SentenceView, mention: Any, trigger: PhraseHit) -> bool:
    """"serangan udara Amerika Serikat": a country right after a nominal act is whose act it is."""
    return trigger.voice == "nominal" and 0 < view.token_at(mention.start) - trigger.last <= 2


def trigger_index_cached(view: SentenceView) -> list[PhraseHit]:
    if view.triggers is None:
        view.triggers = trigger_index(view.lang).find(view.words)
    return view.triggers


def _victim_before(view: SentenceView, index: int) -> Any | None:
    victims = [m for m in view.actors if _is_victim(view, m) and view.token_at(m.start) < index]
    return victims[-1] if victims else None


def _context(view: SentenceView, act: str, lang: str) -> set[str]:
    context = set()
    if any(c.kind == "killed" for c in view.casualties):
        context.add("deaths")
    acts = {hit.concept for hit in trigger_index_cached(view)}
    if "protest" in acts or "protest_crowd" in qualifiers_in(view.words, lang):
        context.add("protest")
    if view.political:
        context.add("notable")
    return context


def sentence_candidates(article_id: str, view: SentenceView, lang: str) -> list[Candidate]:
    """Every trigger in the sentence that reports an act that happened."""
    if (view.domains & NON_ACLED_DOMAINS and not view.political) or "legal" in view.domains:
        return []  # trials and charges discuss an act; they do not report one
    qualifiers = qualifiers_in(view.words, lang)
    candidates = []
    triggers = trigger_index_cached(view)
    apart = bool(cue_index(lang, "apart_markers").find(view.words))
    for trigger in triggers:
        if is_vetoed(view.words, trigger, lang) or is_blocked(view.words, trigger, lang) or is_month(
                view.tokens, trigger, lang) or _weapon_only(view, trigger, triggers, lang) or _suicide(
                view, trigger, lang) or in_proper_name(view.tokens, trigger, lang):
            continue
        if trigger.concept in GROUND_ACTS and (is_stative(view.words, trigger, lang) or not _takes_ground(
                view, trigger, lang)):
            continue
        if _running_total(view, trigger, lang) or _complaint(view, trigger, lang):
            continue
        agent, target = _roles(view, trigger, lang)
        if candidates and _participle(view.words, trigger, lang):
            agent = candidates[-1].agent  # "the attack that hit a bus, killing six": the attack's doer
        agent, target = _as_militants(view, agent, lang), _as_militants(view, target, lang)
        act = trigger.concept
        if act == "lose_control":  # "X kehilangan kendali atas kota": X is the side that lost it
            act, agent, target = "seize", None, agent
        if target is not None and target.generic == "state":
            target = None  # a bare country after an act is where it happened, not whom it hit
        if act == "protest" and target is not None and target.kind not in INTERVENING_KINDS:
            target = None  # "demonstrasi anti-pemerintah": whom a crowd opposes is no side of the event
        if agent is not None and agent.generic == "state" and not (
                _right_before(view, agent, trigger) or _right_after(view, agent, trigger)):
            agent = None  # a bare country is an actor as the subject ("Rusia menyerang") or owner ("serangan AS")
        first, last = view.tokens[trigger.first], view.tokens[trigger.last]
        candidate = Candidate(
            article_id=article_id, sentence=view.sentence.index, trigger=trigger,
            trigger_text=view.sentence.text[first.start - view.sentence.start:last.end - view.sentence.start],
            trigger_span=(first.start, last.end), act=act, qualifiers=qualifiers_for(view.words, trigger, lang),
            agent=agent, target=target, place=None, time=None, casualties=list(view.casualties),
            claims=list(view.claims), context=_context(view, trigger.concept, lang),
            sentences={view.sentence.index},
        )
        if act == "transfer":
            candidate.place = _place_left(view, trigger)
        if is_background(view.words, trigger, lang):
            candidate.weak, candidate.weak_kind = True, "background"
        elif is_descriptive(view.words, trigger, lang):
            candidate.weak, candidate.weak_kind = True, "descriptive"
        elif act == "kill" and agent is None and _passive(view.words, trigger, lang):
            # "seorang warga terbunuh": a death told without its killer counts the toll of an act
            # told elsewhere
            candidate.weak, candidate.weak_kind = True, "toll"
        elif act == "kill" and _toll_of_act_before(view, trigger, candidates, lang):
            candidate.weak, candidate.weak_kind = True, "toll"
            candidate.agent = None  # the killer is whoever did the act before, not the nearest name
        elif is_anaphoric(view.words, trigger, lang, first_sentence=view.sentence.index == 0) or is_explained(
                view.words, trigger, lang) or (view.sentence.index > 0 and _opens_with_incident(view.words, lang)) or (
                _case_of(view.words, trigger, lang)):
            candidate.weak, candidate.weak_kind = True, "anaphoric"
        candidate.apart = apart
        clause_first = clause_start(view.words, trigger.first, lang)
        clause_last = clause_end(view.words, trigger.last, lang)
        candidate.clause_span = (view.tokens[clause_first].start, view.tokens[max(clause_first, clause_last)].end)
        candidates.append(candidate)
    if not any(c.act in {"protest", "gather"} for c in candidates) and {"protest_crowd", "intervention"} <= qualifiers:
        candidates.append(_crowd_candidate(article_id, view, lang, qualifiers))
    if not candidates and any(c.kind == "killed" for c in view.casualties) and not _running_total(
            view, None, lang):
        candidates.append(_toll_candidate(article_id, view, lang))
    return candidates


GROUND_REACH = 8  # words after a seizure verb in which its place or ground is named


def _takes_ground(view: SentenceView, trigger: PhraseHit, lang: str) -> bool:
    """A seizure names a place or a piece of ground ("merebut kota Aleppo", "took control of the
    airport"), before the verb when the ground is the subject ("Aleppo fell to the rebels")."""
    reach = view.words[trigger.last + 1:trigger.last + 1 + GROUND_REACH]
    stops = [k for k, word in enumerate(reach) if word in cue_words(lang, "ground_stops")]
    if cue_index(lang, "territory_nouns").find(reach[:stops[0]] if stops else reach):
        return True
    if reach and (reach[0].isdigit() or reach[0] in cue_words(lang, "ordinal_words") or re.fullmatch(
            r"\d+(st|nd|rd|th)", reach[0])):
        return False  # "fell to 18th", "fell to 3 percent": a rank or a figure, not ground
    end = view.tokens[min(len(view.tokens) - 1, trigger.last + GROUND_REACH)].end
    start = view.tokens[max(0, trigger.first - GROUND_REACH)].start
    trigger_start = view.tokens[trigger.first].start
    # a place after the verb is ground when it is the object ("captured Kidal"), not where the
    # capture happened ("fugitives captured in Alliance")
    stop_at = next((view.tokens[trigger.last + 1 + stops[0]].start for _ in [0] if stops), end)
    return any(start <= p.start < trigger_start or (
        trigger_start < p.start < min(end, stop_at) and view.words[view.token_at(p.start) - 1] not in cue_words(
            lang, "locative_prepositions")) for p in view.places)


def _suicide(view: SentenceView, trigger: PhraseHit, lang: str) -> bool:
    """"bunuh diri", "killed himself": the one who dies is the one who kills."""
    nxt = trigger.last + 1
    return trigger.concept == "kill" and nxt < len(view.words) and view.words[nxt] in cue_words(
        lang, "reflexive_after")


WEAPON_SUPPORT_ACTS = {"explode", "attack", "kill", "bomb", "shoot", "clash"}
WEAPON_FOLLOWER_REACH = 2


def _weapon_only(view: SentenceView, trigger: PhraseHit, triggers: Sequence[PhraseHit], lang: str) -> bool:
    """"menyiapkan senjata baru, yaitu bom tinja", "instructions to make a bomb": a bare weapon noun
    names a thing, not a blast, unless something happens with it in the sentence (a toll, another
    act, or a verb or place right after it: "bom meledak", "bom di Kampung Melayu")."""
    if trigger.first != trigger.last or view.words[trigger.first] not in cue_words(lang, "bare_weapon_words"):
        return False
    if view.casualties or view.outcomes:
        return False
    if any(other is not trigger and other.concept in WEAPON_SUPPORT_ACTS for other in triggers):
        return False
    following = view.words[trigger.last + 1:trigger.last + 1 + WEAPON_FOLLOWER_REACH]
    return not any(word in cue_words(lang, "weapon_event_followers") for word in following)


def _toll_of_act_before(view: SentenceView, trigger: PhraseHit, earlier: Sequence[Candidate], lang: str) -> bool:
    """"Bentrokan antara warga dan polisi di X menewaskan dua orang": a death verb whose subject is
    an act named before it in the same clause tells that act's toll, not a killing of its own."""
    if view.words[trigger.first] not in cue_words(lang, "death_causative"):
        return False
    for candidate in earlier:
        if candidate.sentence != view.sentence.index or candidate.trigger.voice != "nominal":
            continue
        between = view.words[candidate.trigger.last + 1:trigger.first]
        if candidate.trigger.last < trigger.first and not any(word in PUNCTUATION_BREAKS for word in between):
            return True
    return False


def _crowd_candidate(article_id: str, view: SentenceView, lang: str, qualifiers: set[str]) -> Candidate:
    """"Polisi menembakkan gas air mata ke arah pengunjuk rasa": a demonstration met by force is
    reported through the force, with the crowd as its object."""
    hit = next(h for h in cue_index(lang, "qualifiers").find(view.words) if h.concept == "protest_crowd")
    first, last = view.tokens[hit.first], view.tokens[hit.last]
    crowd = next((m for m in view.actors if m.start <= first.start < m.end or first.start <= m.start < last.end), None)
    return Candidate(
        article_id=article_id, sentence=view.sentence.index,
        trigger=PhraseHit("protest", hit.first, hit.last, "nominal"),
        trigger_text=view.sentence.text[first.start - view.sentence.start:last.end - view.sentence.start],
        trigger_span=(first.start, last.end), act="protest", qualifiers=qualifiers, agent=crowd, target=None,
        place=None, time=None, casualties=list(view.casualties), claims=list(view.claims),
        context=_context(view, "protest", lang) | {"protest"}, sentences={view.sentence.index},
        clause_span=(view.sentence.start, view.sentence.end),
    )


def _running_total(view: SentenceView, trigger: PhraseHit | None, lang: str) -> bool:
    """"80 orang tewas dalam bentrokan sejak 8 Juli": a toll over a period, not one act."""
    since = [t for t in view.times if t.relation == "since"]
    at = [t for t in view.times if t.relation == "at"]
    if not since or at:
        return False
    # "the first air strikes since 2016": a yardstick word just before the since-time
    position = view.token_at(since[0].start)
    return not measures_since(view.words[max(0, position - SINCE_MEASURE_REACH):position], lang)


def crowd_place_candidates(article_id: str, view: SentenceView, lang: str) -> list[Candidate]:
    """"5.000 pemrotes di Bandung dan 2.000 di Cirebon": in a report of demonstrations, a crowd
    counted in several towns is a demonstration in each of them, as ACLED codes one per town."""
    if "protest_crowd" not in qualifiers_in(view.words, lang):
        return []
    towns = [p for p in view.places if p.role == "locative" and p.place.kind in {"populated", "admin3", "admin2"}]
    out = []
    for town in towns:
        first, last = view.token_at(town.start), view.token_at(max(town.start, town.end - 1))
        candidate = Candidate(
            article_id=article_id, sentence=view.sentence.index, trigger=PhraseHit("protest", first, last, "nominal"),
            trigger_text=town.text, trigger_span=(town.start, town.end), act="protest", qualifiers=set(),
            agent=None, target=None, place=town, time=None, casualties=[], claims=list(view.claims),
            context={"protest"}, sentences={view.sentence.index}, clause_span=(town.start, town.end),
        )
        out.append(candidate)
    return out


def _toll_candidate(article_id: str, view: SentenceView, lang: str) -> Candidate:
    """"Korban tewas bertambah menjadi tiga orang": a toll told apart from its act."""
    toll = max((c for c in view.casualties if c.kind == "killed"), key=lambda c: c.best)
    first, last = view.token_at(toll.start), view.token_at(max(toll.start, toll.end - 1))
    hit = PhraseHit("kill", first, last, "nominal")
    return Candidate(
        article_id=article_id, sentence=view.sentence.index, trigger=hit, trigger_text=toll.text,
        trigger_span=(toll.start, toll.end), act="kill", qualifiers=set(), agent=None, target=None,
        place=None, time=None, casualties=list(view.casualties), claims=list(view.claims),
        context={"deaths"}, weak=True, weak_kind="toll", sentences={view.sentence.index},
        clause_span=(view.sentence.start, view.sentence.end),
    )


def _outcome_spans(tokens: list[Token], words: list[str], lang: str) -> list[Any]:
    return [tokens[hit.first] for hit in cue_index(lang, "death", "injury").find(words)]


def make_view(sentence: Sentence, tokens: list[Token], lang: str, actors: Sequence[Any], places: Sequence[Any],
              times: Sequence[Any], claims: list[ClaimHolder], claim_frames: list[tuple[int, int]]) -> SentenceView:
    words = normalise_words(tokens)
    inside = lambda m: sentence.start <= m.start and m.end <= sentence.end  # noqa: E731
    return SentenceView(
        sentence=sentence, tokens=tokens, words=words,
        actors=[m for m in actors if inside(m)], places=[m for m in places if inside(m)],
        times=[m for m in times if inside(m)], claims=claims,
        casualties=find_casualties(tokens, lang), outcomes=_outcome_spans(tokens, words, lang),
        domains=domains_in(words, lang),
        political=political_markers(words, lang), claim_frames=claim_frames, lang=lang,
    )
