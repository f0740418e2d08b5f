"""Whether a report is about political violence at all: the article-level decision.

A report whose sentences speak of accidents, disasters, disease, sport, cyber attacks or
private crime, and never of an organised or political dimension (a militant, a protest, a
terror link that is not ruled out), reports nothing ACLED codes, whatever its verbs say:
"ledakan" in a gas accident, "serangan" in a match report, "membacok" in a domestic murder.
Demonstrations are kept: a protest is political by itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from pantau.events.candidates import NON_ACLED_DOMAINS, SentenceView
from pantau.events.resolve import ResolvedEvent
from pantau.mentions.lexicon import cue_index

# Sentences with a non-ACLED domain cue that make the whole report such a story.
DOMAIN_SENTENCES_FOR_OFF_TOPIC = 2
ALWAYS_POLITICAL_TYPES = {"Protests"}
CROWD_KINDS = {"rioters", "protesters", "crowd"}


@dataclass(frozen=True)
class ArticleProfile:
    political_sentences: int
    domains: Counter[str]
    false_alarm: bool = False  # "bukan bom", "false alarm": the suspected bomb was harmless

    @property
    def off_topic(self) -> bool:
        """No political dimension, and the report is about something ACLED does not code."""
        if self.political_sentences:
            return False
        other = sum(n for domain, n in self.domains.items() if domain in NON_ACLED_DOMAINS)
        return other >= DOMAIN_SENTENCES_FOR_OFF_TOPIC or self.domains["private"] >= 1


def profile(views: Sequence[SentenceView], lang: str) -> ArticleProfile:
    domains: Counter[str] = Counter()
    alarm = cue_index(lang, "false_alarm")
    for view in views:
        domains.update(view.domains)
    false_alarm = any(alarm.find(view.words) for view in views)
    return ArticleProfile(sum(1 for v in views if v.political), domains, false_alarm)


BOMB_EVENTS = {"Remote explosive/landmine/IED", "Disrupted weapons use"}


def relevant(events: Sequence[ResolvedEvent], article: ArticleProfile) -> list[ResolvedEvent]:
    kept = list(events)
    if article.false_alarm:
        kept = [e for e in kept if e.sub_event_type not in BOMB_EVENTS]
    if not article.off_topic:
        return kept
    # A crowd that beats or burns someone is mob violence whatever the grudge (a theft, a rumour).
    return [e for e in kept if e.event_type in ALWAYS_POLITICAL_TYPES or (
        e.sub_event_type == "Mob violence" and e.actor1 is not None and e.actor1.kind in CROWD_KINDS)]
