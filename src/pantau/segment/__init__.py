"""Sentence segmentation for news text, with repair of machine-translation splits.

Lines (paragraphs) are split at sentence-final punctuation that is followed by a capital, a
digit or a quote, except after known abbreviations ("Jl.", "Kab.", "Kombes.") and initials.
A short split-off piece with no verb or function word ("Bandara Internasional X.") is a
fragment of the sentence before it, as machine translation leaves them, and is joined back.
Offsets always index the article text, so evidence can be shown in place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pantau.lang import load_yaml, word_list
from pantau.model import Sentence

__all__ = ["dateline_end", "split_sentences"]

# "Jakarta, CNN Indonesia -- ", "Merdeka.com - ", "TIKRIT, Irak (AP) — ": where the story was
# filed, not where anything happened.
DATELINE_RE = re.compile(r"^\s*((?:[\w.()/]+[ ,]*){1,7}?)\s[-–—]+(?:\s*[-–—])*\s")

# A candidate boundary: end punctuation (plus closing quotes/brackets), then whitespace.
BOUNDARY_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-Ý])")
WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


@dataclass(frozen=True)
class SegmentRules:
    abbreviations: frozenset[str]
    fragment_max_words: int
    function_words: frozenset[str]
    related_link_leads: tuple[str, ...] = ()  # "Baca juga:": a link to another story, not this one's text


@cache
def _rules(lang: str) -> SegmentRules:
    data = load_yaml(lang, "segment")
    where = f"lang/{lang}/segment.yaml"
    return SegmentRules(
        frozenset(word_list(data, "abbreviations", where=where)),
        int(data.get("fragment_max_words", 5)),
        frozenset(word_list(data, "function_words", where=where)),
        tuple(lead.lower() for lead in word_list(data, "related_link_leads", where=where)),
    )


def _ends_with_abbreviation(text: str, rules: SegmentRules) -> bool:
    match = re.search(r"([\w.]+)\.$", text.rstrip("\"'”’)]"))
    if not match:
        return False
    word = match.group(1).lower()
    return word in rules.abbreviations or (len(word) == 1 and word.isalpha())


def _split_line(line: str, offset: int, rules: SegmentRules) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in BOUNDARY_RE.finditer(line):
        end = match.end()
        if match.group().startswith(".") and _ends_with_abbreviation(line[start:match.start() + 1], rules):
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(line)))
    result = []
    for begin, end in spans:
        piece = line[begin:end]
        stripped_start = begin + len(piece) - len(piece.lstrip())
        stripped_end = begin + len(piece.rstrip())
        if stripped_end > stripped_start:
            result.append((offset + stripped_start, offset + stripped_end))
    return result


def is_fragment(text: str, rules: SegmentRules) -> bool:
    """A bare noun phrase split off by translation: short, capitalised, with no function word."""
    words = WORD_RE.findall(text)
    if not words or len(words) > rules.fragment_max_words:
        return False
    if any(word.lower() in rules.function_words for word in words):
        return False
    if not text.rstrip().endswith("."):
        return False  # a heading or a dateline keeps its own line
    return all(word[0].isupper() or word[0].isdigit() for word in words)


def dateline_end(text: str) -> int:
    """End offset of the dateline that opens a report, or 0 when there is none."""
    match = DATELINE_RE.match(text[:80])
    if not match:
        return 0
    words = WORD_RE.findall(match.group(1))
    if not words or any(word[0].islower() and word.lower() != "com" for word in words):
        return 0
    return match.end()


HEADLINE_MAX_WORDS = 20  # a first line this short, before the dateline, is the story's headline
HEADLINE_CAPITALS = 0.6  # ... when most of its words are capitalised


def dateline_span(text: str) -> tuple[int, int]:
    """Offsets of the dateline, at the very start or right after a headline line
    ("At Least 17 Slain...\nMAKHACHKALA -- ..."); (0, 0) when there is none."""
    end = dateline_end(text)
    if end:
        return 0, end
    line_end = text.find("\n")
    words = WORD_RE.findall(text[:line_end]) if line_end > 0 else []
    capitalised = sum(1 for word in words if word[0].isupper() or word[0].isdigit())
    # a headline is short and written in title case ("At Least 17 Slain in Battle")
    if not words or len(words) > HEADLINE_MAX_WORDS or capitalised < HEADLINE_CAPITALS * len(words):
        return 0, 0
    start = line_end + len(text[line_end:]) - len(text[line_end:].lstrip())
    end = dateline_end(text[start:])
    return (start, start + end) if end else (0, 0)


def _is_related_link(line: str, rules: SegmentRules) -> bool:
    """"Baca juga: 27 Orang Tewas ...": a headline of another story between paragraphs."""
    folded = " ".join(line.lower().split())
    return any(folded.startswith(lead) for lead in rules.related_link_leads)


def split_sentences(text: str, lang: str = "id") -> list[Sentence]:
    """Sentences of ``text`` with article offsets; fragments are attached to the sentence before."""
    rules = _rules(lang)
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if _is_related_link(line, rules):
            offset += len(line)
            continue
        line_spans = _split_line(line.rstrip("\r\n"), offset, rules)
        for position, (start, end) in enumerate(line_spans):
            piece = text[start:end]
            starts_lowercase = piece[:1].islower()
            if position > 0 and (is_fragment(piece, rules) or starts_lowercase):
                previous_start, _ = spans[-1]
                spans[-1] = (previous_start, end)
            else:
                spans.append((start, end))
        offset += len(line)
    return [Sentence(index, start, end, text[start:end]) for index, (start, end) in enumerate(spans)]
