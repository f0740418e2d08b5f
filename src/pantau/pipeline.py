"""The extraction pipeline: one report in, its ACLED-style events out.

ingest -> language -> sentences -> mentions (actors, places, times, casualties, claims) ->
candidates -> resolution -> merging -> records. The knowledge bases (actors, gazetteer) are
loaded once per ``Extractor`` and shared by every article it reads.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from pantau.actors import load_actor_kb
from pantau.dates import find_times
from pantau.events.candidates import Candidate, crowd_place_candidates, make_view, sentence_candidates
from pantau.events.context import act_day_shift, backer_char_spans, recalls_examples, told_day_shift
from pantau.events.merge import attribute_unclaimed_air_strikes, complete_actors, merge_events, normalise_sides
from pantau.events.records import to_record
from pantau.events.relevance import profile, relevant
from pantau.events.resolve import ResolvedEvent, article_context, as_incident_of_its_day, resolve_candidate
from pantau.events.responsibility import attribute_claims
from pantau.events.sources import cited_agencies, combine
from pantau.langid import detect_language
from pantau.mentions.claims import ClaimHolder, find_claim_holders, speaker_spans, statement_zones
from pantau.mentions.entities import analyse_groups
from pantau.mentions.lexicon import cue_index, normalise_words, trigger_index
from pantau.mentions.tokens import tokenize
from pantau.model import Article, Event
from pantau.places import load_geocoder
from pantau.segment import dateline_span, split_sentences
from pantau.settings import Settings, load_settings

LOG = logging.getLogger(__name__)
EXTRACTOR_VERSION = "0.1.0"
RECENT_SENTENCES = 2  # how far back a sentence without a time of its own looks for one


class Extractor:
    """Extracts events from articles; build one and reuse it for a whole batch."""

    def __init__(self, settings: Settings | None = None, actor_files: Sequence[Path] = ()) -> None:
        self.settings = settings or load_settings()
        self.actors = load_actor_kb(tuple(actor_files))
        self.geocoder = load_geocoder()

    def language_of(self, article: Article) -> str:
        if article.language in {"id", "en"}:
            return article.language
        return detect_language(article.text)

    def extract(self, article: Article) -> list[Event]:
        """The events one article reports (current and historical), in reading order."""
        lang = self.language_of(article)
        text = article.text
        sentences = split_sentences(text, lang)
        tokens = [tokenize(s.text, s.start) for s in sentences]
        actors = self.actors.find_mentions(text, lang)
        places = _outside_names(self.geocoder.find_places(text, lang), actors, text)
        places = _outside_triggers(places, tokens, lang)
        if lang in self.settings.named_groups:
            actors = sorted([*actors, *analyse_groups(text, lang, actors, places)], key=lambda m: m.start)
        times = find_times(text, lang, article.published, window_days=self.settings.historical_days)
        claims = [find_claim_holders(t, lang) for t in tokens]
        frames = [(c.start, max(c.end, c.frame_end)) for holders in claims for c in holders]
        dateline = dateline_span(text)
        frames.append(dateline)
        frames += [span for sentence_tokens in tokens for span in backer_char_spans(sentence_tokens, lang)]
        frames += [span for sentence_tokens in tokens for span in _speaker_frames(sentence_tokens, lang)]
        frames += [(m.start, m.end) for m in actors if m.generic == "state"]  # "Rusia menyerang": an actor
        statements = [zone for sentence_tokens in tokens for zone in statement_zones(sentence_tokens, lang)]
        statements.append(dateline)  # "BAMAKO, Nov 3 -": the day the story was filed
        candidates: list[Candidate] = []
        views = [make_view(sentence, sentence_tokens, lang, actors, places, times, holders, frames)
                 for sentence, sentence_tokens, holders in zip(sentences, tokens, claims, strict=True)]
        for previous, view in zip([None, *views], views, strict=False):
            if previous is not None and recalls_examples(previous.words, view.words, lang):
                continue  # examples of what a period saw, not the news
            candidates += sentence_candidates(article.id, view, lang)
        if any(view.political for view in views):
            for candidate in candidates:  # an arrest in a report about militancy or politics is notable
                if candidate.act == "arrest":
                    candidate.context.add("notable")
        act_sentences = [(sentences[c.sentence].start, sentences[c.sentence].end) for c in candidates
                         if c.weak_kind not in {"descriptive", "background"}]
        context = article_context(article.published, times, places, actors, frames, statements, text,
                                  dateline, act_sentences, lang)
        if any(c.act == "protest" for c in candidates):
            told = {c.sentence for c in candidates if c.act in {"protest", "gather"}}
            for view in views:
                if view.sentence.index not in told:
                    candidates += crowd_place_candidates(article.id, view, lang)
            for candidate in candidates:  # stones thrown at a demonstration make it a violent one
                candidate.context.add("protest")
        resolved: list[ResolvedEvent] = []
        previous: ResolvedEvent | None = None
        for candidate in candidates:
            sentence = sentences[candidate.sentence]
            inside = [p for p in places if sentence.start <= p.start < sentence.end]
            sentence_times = [t for t in times if sentence.start <= t.start < sentence.end]
            window = sentences[max(0, candidate.sentence - RECENT_SENTENCES)]
            recent = [t for t in times if window.start <= t.start < sentence.start]
            if candidate.weak_kind == "toll" and cue_index(lang, "toll_update").find(views[candidate.sentence].words):
                sentence_times = []  # "korban jiwa bertambah menjadi tiga, laporan hari ini": today dates the count
            shift = told_day_shift(views[candidate.sentence].words, lang)
            if shift:  # "the next day" counts from the day just told, not from publication
                sentence_times = [t for t in sentence_times if not told_day_shift(t.text.lower().split(), lang)]
            act_shift = act_day_shift(views[candidate.sentence].words, candidate.trigger, lang)
            event = resolve_candidate(candidate, self.actors, context, inside, sentence_times, frames, previous,
                                      recent, shift, act_shift)
            if event is not None:
                if shift and event.weak_kind == "toll":
                    as_incident_of_its_day(event, resolved)
                resolved.append(event)
                if not event.weak:
                    previous = event
        resolved = relevant(resolved, profile(views, lang))
        # a second pass joins what the first could not see yet: police firing told before the
        # looting that, once merged, made a riot of it
        merged = [e for e in merge_events(merge_events(resolved)) if e.place_mention is not None]
        attribute_claims(merged, views, lang)
        agencies = cited_agencies(text)
        _share_sources(merged, claims)
        attribute_unclaimed_air_strikes(merged)
        for event in merged:
            year = event.day.year if event.day else context.year
            normalise_sides(event, self.actors, year)
            complete_actors(event, self.actors, year)
            event.sources = combine(event.sources, agencies)
        return [to_record(e, article.id, lang, sentences, n) for n, e in enumerate(merged, start=1)]

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for article in articles:
            yield article, self.extract(article)


def _outside_names(places: list[Any], actors: list[Any], text: str) -> list[Any]:
    """A place inside a group's name ("Front Pembebasan Islam Moro", "Tentara Pembebasan Nasional Papua Barat"), or
    one that is the name itself ("Hamas", an old name of Hamm), is not a place, and neither is a lowercase word in
    text that capitalises its names ("baku tembak")."""
    named = [(m.start, m.end) for m in actors if m.actor is not None and m.actor.kind not in STATE_KINDS]
    mixed_case = not text.isupper() and not text.islower()
    # "PT Freeport" once makes "karyawan Freeport" a company too, wherever the report repeats it
    companies = {p.text for p in places if COMPANY_BEFORE.search(text[max(0, p.start - 6):p.start])}
    return [p for p in places if not any(s <= p.start and p.end <= e
                                          for s, e in named) and not (mixed_case and p.text.islower())
            and p.text not in companies]


def _outside_triggers(places: list[Any], tokens: list[list[Any]], lang: str) -> list[Any]:
    """A name that is part of an act's phrase is no place: "Baku tembak" opening a sentence is
    an exchange of fire, not Azerbaijan's capital."""
    index = trigger_index(lang)
    spans = []
    for sentence_tokens in tokens:
        for hit in index.find(normalise_words(sentence_tokens)):
            if hit.last > hit.first:
                spans.append((sentence_tokens[hit.first].start, sentence_tokens[hit.last].end))
    return [p for p in places if not any(s <= p.start and p.end <= e for s, e in spans)]


COMPANY_BEFORE = re.compile(r"\b(?:PT|CV|Tbk|Inc|Corp)\.? ?$")  # "PT Freeport": a company, not the town


STATE_KINDS = {"military", "police", "government", "head_of_state"}


def _speaker_frames(tokens: list[Any], lang: str) -> list[tuple[int, int]]:
    """The stretch before a speech verb locates the speaker, unless it tells an act itself."""
    index = trigger_index(lang)
    words = normalise_words(tokens)
    frames = []
    for start, end, cue in speaker_spans(tokens, lang):
        if not any(hit.first < cue for hit in index.find(words)):
            frames.append((start, end))
    return frames


def _share_sources(events: list[ResolvedEvent], claims: Sequence[list[ClaimHolder]]) -> None:
    """An event told without attribution takes the report's first claim holders."""
    report_sources = [c.text for holders in claims for c in holders][:2]
    for event in events:
        if not event.sources:
            event.sources = list(report_sources)


_DEFAULT: Extractor | None = None


def load(settings: Settings | None = None, actor_files: Sequence[Path] = ()) -> Extractor:
    """A ready extractor; the default one is built once per process and reused."""
    global _DEFAULT
    if settings is None and not actor_files:
        if _DEFAULT is None:
            _DEFAULT = Extractor()
        return _DEFAULT
    return Extractor(settings, actor_files)


def extract(text: str, *, lang: str | None = None, published: date | str | None = None,
            article_id: str = "text", settings: Settings | None = None) -> list[Event]:
    """Events reported in ``text``; ``published`` (a date or YYYY-MM-DD) anchors relative dates."""
    if isinstance(published, str):
        from pantau.dates import parse_published

        published = parse_published(published)
    article = Article(id=article_id, text=text, published=published, language=lang)
    return load(settings).extract(article)


def extract_many(articles: Iterable[Article], *, settings: Settings | None = None) -> Iterator[
        tuple[Article, list[Event]]]:
    """(article, events) for each article, with the models loaded once."""
    return load(settings).extract_many(articles)


__all__ = ["EXTRACTOR_VERSION", "Extractor", "extract", "extract_many", "load"]
