"""Print what the pipeline sees in one report, sentence by sentence (a development aid).

    .venv/bin/python scripts/explain_article.py REPORT.txt [--published YYYY-MM-DD] [--lang id]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pantau.dates import find_times, parse_published
from pantau.events.candidates import make_view, sentence_candidates
from pantau.events.context import backer_char_spans
from pantau.mentions.claims import find_claim_holders
from pantau.mentions.tokens import tokenize
from pantau.pipeline import load
from pantau.segment import split_sentences


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=Path)
    parser.add_argument("--published", type=parse_published)
    parser.add_argument("--lang", default="id")
    args = parser.parse_args()
    text = args.path.read_text(encoding="utf-8")
    extractor = load()
    lang = args.lang
    sentences = split_sentences(text, lang)
    actors = extractor.actors.find_mentions(text, lang)
    places = extractor.geocoder.find_places(text, lang)
    times = find_times(text, lang, args.published, window_days=extractor.settings.historical_days)
    tokens = [tokenize(s.text, s.start) for s in sentences]
    claims = [find_claim_holders(t, lang) for t in tokens]
    frames = [(c.start, max(c.end, c.frame_end)) for holders in claims for c in holders]
    frames += [span for t in tokens for span in backer_char_spans(t, lang)]
    for sentence, sentence_tokens, holders in zip(sentences, tokens, claims, strict=True):
        view = make_view(sentence, sentence_tokens, lang, actors, places, times, holders, frames)
        print(f"[{sentence.index}] {sentence.text[:150]}")
        print("   actors:", [(m.text, m.actor.name if m.actor else m.generic, m.country, m.anaphor)
                            for m in view.actors])
        print("   places:", [(m.text, m.place.name, m.place.kind, m.role) for m in view.places])
        print("   times:", [(t.text, str(t.earliest), t.relation, t.historical) for t in view.times])
        print("   claims:", [c.text for c in holders], "casualties:", [(c.kind, c.best) for c in view.casualties],
              "domains:", view.domains, "political:", view.political)
        for c in sentence_candidates("x", view, lang):
            agent = c.agent.text if c.agent else None
            print(f"   -> {c.act} {c.trigger_text!r} agent={agent} "
                  f"target={c.target.text if c.target else None} quals={c.qualifiers} ctx={c.context} weak={c.weak}")


if __name__ == "__main__":
    main()
