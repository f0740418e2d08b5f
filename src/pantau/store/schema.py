"""The database tables: articles, their events, and each event's evidence.

Typed SQLAlchemy models that work on SQLite and PostgreSQL alike. ``events.status`` is for the
review app to come: every event starts as "extracted".
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Double,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

EVENT_STATUSES: tuple[str, ...] = ("extracted", "confirmed", "corrected", "rejected")


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(512), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    published: Mapped[date | None] = mapped_column(Date)
    language: Mapped[str | None] = mapped_column(String(16))
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    extractor_version: Mapped[str] = mapped_column(String(64), default="")
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    events: Mapped[list[EventRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="EventRow.position"
    )


class EventRow(Base):
    """One ``pantau.model.Event``: a column per field (evidence in its own table)."""

    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint(
            "status IN (" + ", ".join(f"'{status}'" for status in EVENT_STATUSES) + ")",
            name="events_status_known",
        ),
        Index("events_by_date", "event_date"),
        Index("events_by_country", "country"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # order within the article, as extracted
    status: Mapped[str] = mapped_column(String(16), default="extracted")

    event_type: Mapped[str] = mapped_column(String(64))
    sub_event_type: Mapped[str] = mapped_column(String(64))
    disorder_type: Mapped[str] = mapped_column(String(64))
    event_date: Mapped[str | None] = mapped_column(String(10))
    time_precision: Mapped[int] = mapped_column(Integer)
    actor1: Mapped[str] = mapped_column(Text)
    assoc_actor_1: Mapped[str] = mapped_column(Text)
    inter1: Mapped[int | None] = mapped_column(Integer)
    actor2: Mapped[str] = mapped_column(Text)
    assoc_actor_2: Mapped[str] = mapped_column(Text)
    inter2: Mapped[int | None] = mapped_column(Integer)
    civilian_targeting: Mapped[str] = mapped_column(String(64))
    iso: Mapped[int | None] = mapped_column(Integer)
    region: Mapped[str] = mapped_column(Text)
    country: Mapped[str] = mapped_column(Text)
    admin1: Mapped[str] = mapped_column(Text)
    admin2: Mapped[str] = mapped_column(Text)
    admin3: Mapped[str] = mapped_column(Text)
    location: Mapped[str] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Double)
    longitude: Mapped[float | None] = mapped_column(Double)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(Text)
    source_scale: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text)
    fatalities: Mapped[int] = mapped_column(Integer)
    fatalities_low: Mapped[int] = mapped_column(Integer)
    fatalities_high: Mapped[int] = mapped_column(Integer)
    tags: Mapped[str] = mapped_column(Text)
    historical: Mapped[bool] = mapped_column(Boolean)
    confidence: Mapped[float] = mapped_column(Double)
    language: Mapped[str] = mapped_column(String(16))
    event_id_cnty: Mapped[str] = mapped_column(String(64))

    article: Mapped[ArticleRow] = relationship(back_populates="events")
    evidence: Mapped[list[EvidenceRow]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EvidenceRow.position"
    )


class EvidenceRow(Base):
    __tablename__ = "evidence"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_pk: Mapped[int] = mapped_column(ForeignKey("events.pk", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(64))
    sentence: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)

    event: Mapped[EventRow] = relationship(back_populates="evidence")
