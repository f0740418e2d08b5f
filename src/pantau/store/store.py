"""Store: articles and their events in a database (SQLite by default, PostgreSQL by URL)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from sqlalchemy import Engine, create_engine, delete, event, false, func, make_url, or_, select
from sqlalchemy.exc import ArgumentError, DatabaseError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from pantau.model import Article, Event
from pantau.store.convert import event_from_row, event_row
from pantau.store.schema import ArticleRow, Base, EventRow, EvidenceRow, utc_now

SaveResult = Literal["added", "unchanged", "updated"]
SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(RuntimeError):
    """The database cannot be opened or used as a Pantau store."""


class Store:
    """Articles and their extracted events; one transaction per article.

    ``url_or_path``: a file path (SQLite) or a SQLAlchemy URL such as ``sqlite:///x.db`` or
    ``postgresql+psycopg://user@host/db``. Tables are created when missing.
    """

    def __init__(self, url_or_path: str | Path = "pantau.db") -> None:
        url = _database_url(url_or_path)
        shown = _shown(url_or_path)
        try:
            self._engine: Engine = create_engine(url)
        except (ArgumentError, ImportError) as err:  # a malformed URL or a database driver not installed
            raise StoreError(f"cannot open {shown}: {err}") from err
        if self._engine.dialect.name == "sqlite":
            event.listen(self._engine, "connect", _sqlite_pragmas)
        try:
            Base.metadata.create_all(self._engine)
        except DatabaseError as err:
            self._engine.dispose()
            raise StoreError(f"cannot use {shown} as a Pantau store: {err.orig}") from err
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)

    def save(self, article: Article, events: Sequence[Event], *, extractor_version: str = "") -> SaveResult:
        """Store the article and replace its events atomically: all of them or, on failure, none.

        The same id, text and extractor version as already stored means nothing is written.
        """
        mismatched = sorted({e.article_id for e in events if e.article_id != article.id})
        if mismatched:
            others = ", ".join(repr(article_id) for article_id in mismatched)
            raise ValueError(f"events of article {others} cannot be saved under article {article.id!r}")
        digest = _digest(article.text)
        with self._sessions.begin() as session:  # commits on success, rolls back on any error
            row = session.get(ArticleRow, article.id)
            if row is not None and row.sha256 == digest and row.extractor_version == extractor_version:
                return "unchanged"
            result: SaveResult = "added" if row is None else "updated"
            if row is None:
                row = ArticleRow(id=article.id)
                session.add(row)
            else:
                _delete_events(session, article.id)
            row.text = article.text
            row.sha256 = digest
            row.published = article.published
            row.language = article.language
            row.url = article.url
            row.source = article.source
            row.extractor_version = extractor_version
            row.ingested_at = utc_now()
            session.add_all(event_row(item, position) for position, item in enumerate(events))
            return result

    def is_unchanged(self, article: Article, *, extractor_version: str = "") -> bool:
        """True when ``save`` would write nothing: lets a caller skip extracting this article again."""
        with self._sessions() as session:
            row = session.get(ArticleRow, article.id)
            return (
                row is not None and row.sha256 == _digest(article.text)
                and row.extractor_version == extractor_version
            )

    def events(
        self,
        *,
        country: str | None = None,
        event_type: str | None = None,
        since: date | None = None,
        until: date | None = None,
        actor: str | None = None,
        include_historical: bool = False,
    ) -> list[Event]:
        """Stored events, by date (undated last), then article; filters are case-insensitive.

        ``actor`` matches a substring of actor1 or actor2; ``since``/``until`` are inclusive and
        leave out undated events.
        """
        query = select(EventRow).options(selectinload(EventRow.evidence))
        if country is not None:
            query = query.where(func.lower(EventRow.country) == country.strip().lower())
        if event_type is not None:
            query = query.where(func.lower(EventRow.event_type) == event_type.strip().lower())
        if since is not None:
            query = query.where(EventRow.event_date >= since.isoformat())
        if until is not None:
            query = query.where(EventRow.event_date <= until.isoformat())
        if actor is not None:
            pattern = "%" + _escape_like(actor.strip().lower()) + "%"
            query = query.where(
                or_(
                    func.lower(EventRow.actor1).like(pattern, escape="\\"),
                    func.lower(EventRow.actor2).like(pattern, escape="\\"),
                )
            )
        if not include_historical:
            query = query.where(EventRow.historical == false())
        query = query.order_by(
            EventRow.event_date.is_(None), EventRow.event_date, EventRow.article_id, EventRow.position
        )
        with self._sessions() as session:
            return [event_from_row(row) for row in session.scalars(query)]

    def article_count(self) -> int:
        with self._sessions() as session:
            return session.scalar(select(func.count()).select_from(ArticleRow)) or 0

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


def _database_url(url_or_path: str | Path) -> str:
    """A URL as given; a path becomes a SQLite URL after checking it is not some other file."""
    text = str(url_or_path)
    if isinstance(url_or_path, str) and "://" in text:
        return text
    path = Path(url_or_path)
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                raise StoreError(f"{path} is not a SQLite database; refusing to overwrite it")
    return f"sqlite:///{path}"


def _shown(url_or_path: str | Path) -> str:
    """The database as named in messages, with any password masked."""
    text = str(url_or_path)
    if "://" not in text:
        return text
    try:
        return make_url(text).render_as_string(hide_password=True)
    except ArgumentError:  # malformed: it cannot carry a parsed password either, show it as given
        return text


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    # WAL lets a reader (the review app) work while a batch writes; SQLite leaves foreign keys
    # off unless asked.
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _delete_events(session: Session, article_id: str) -> None:
    event_pks = select(EventRow.pk).where(EventRow.article_id == article_id)
    session.execute(delete(EvidenceRow).where(EvidenceRow.event_pk.in_(event_pks)))
    session.execute(delete(EventRow).where(EventRow.article_id == article_id))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
