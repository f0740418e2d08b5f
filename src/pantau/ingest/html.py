"""HTML page to article: main text and metadata via trafilatura."""

from __future__ import annotations

import re
from datetime import date

from pantau.ingest.decode import normalise_newlines
from pantau.ingest.skipped import Rejected
from pantau.model import Article

_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)", re.I)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Only dates from the page's metadata: an "extensive" search also reads dates in the body,
# which are usually the event's date, not the publication's.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def html_article(
    html: str,
    *,
    article_id: str,
    origin: str,
    published: date | None,
    language: str | None,
) -> Article:
    """The page's article text (paragraphs on their own lines, headline first).

    ``published``/``language`` given by the user win over the page's own metadata, which
    is often a template default or a guess.
    """
    import trafilatura  # imported on first use: it costs ~0.3 s, and most batches are text or JSON

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )
    body = normalise_newlines(document.text or "").strip() if document is not None else ""
    # Broken markup can leave stray brackets as "text": an article has at least some letters.
    if document is None or not any(char.isalpha() for char in body):
        raise Rejected("no article text found in HTML")
    title = " ".join((document.title or "").split())
    # The headline often names the event; keep it as the first line unless the body has it.
    text = body if not title or body.startswith(title) else f"{title}\n{body}"
    return Article(
        id=article_id,
        text=text,
        published=published or _page_date(document.date),
        language=language or _page_language(html),
        url=document.url or None,
        source=document.sitename or document.hostname or None,
        origin=origin,
    )


def _page_date(value: str | None) -> date | None:
    """trafilatura gives YYYY-MM-DD; anything else counts as no date rather than a guess."""
    if value is None or not _ISO_DATE.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:  # a malformed date in page metadata means "no date", not a bad page
        return None


def _page_language(html: str) -> str | None:
    """The primary subtag of ``<html lang="...">``, when the page declares one."""
    match = _HTML_LANG.search(html[:4096])
    return None if match is None else re.split(r"[-_]", match.group(1))[0].lower()
