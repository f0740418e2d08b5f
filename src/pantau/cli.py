"""The `pantau` command: extract, ingest, query, export and evaluate."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from pantau.ingest import Skipped, read_inputs
from pantau.langid import UnsupportedLanguageError
from pantau.model import Article, Event
from pantau.output import FORMATS, write_events
from pantau.settings import SettingsError, load_settings

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2
PROGRESS_EVERY = 50


def _date(value: str) -> date:
    from pantau.dates import parse_published

    try:
        return parse_published(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a .txt, .html or .jsonl file, a folder, or -")
    parser.add_argument("--published", type=_date, help="publication date (YYYY-MM-DD) for articles without one")
    parser.add_argument("--lang", choices=("id", "en", "auto"), default=None, help="language (default: detect)")
    parser.add_argument("--actors", type=Path, action="append", default=[], help="extra actor file (YAML)")
    parser.add_argument("--config", type=Path, help="settings file laid over the defaults")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pantau", description="Conflict event data from news reports.")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="print the events of reports")
    _add_input_options(extract)
    extract.add_argument("--format", choices=FORMATS, default=None)
    ingest = commands.add_parser("ingest", help="store reports and their events in a database")
    _add_input_options(ingest)
    ingest.add_argument("--db", default="pantau.db", help="SQLite path or database URL (default: pantau.db)")
    events = commands.add_parser("events", help="query stored events")
    events.add_argument("--db", default="pantau.db")
    events.add_argument("--country")
    events.add_argument("--type", dest="event_type")
    events.add_argument("--since", type=_date)
    events.add_argument("--until", type=_date)
    events.add_argument("--actor")
    events.add_argument("--historical", action="store_true", help="include recalled (historical) events")
    events.add_argument("--format", choices=FORMATS, default="table")
    export = commands.add_parser("export", help="write every stored event")
    export.add_argument("--db", default="pantau.db")
    export.add_argument("--format", choices=("csv", "jsonl", "geojson"), required=True)
    export.add_argument("--output", "-o", type=Path, help="file to write (default: standard output)")
    evaluate = commands.add_parser("eval", help="score extraction against gold files")
    evaluate.add_argument("gold", nargs="+", help="*.gold.json files or folders")
    evaluate.add_argument("--json", action="store_true", help="print one JSON object")
    evaluate.add_argument("--quiet", action="store_true", help="no per-article lines")
    commands.add_parser("eval-nlp", help="measure the language models", add_help=False)
    commands.add_parser("eval-geo", help="measure the geocoder", add_help=False)
    return parser


def _articles(args: argparse.Namespace, max_bytes: int, skipped: list[Skipped]) -> Iterator[Article]:
    language = None if args.lang in (None, "auto") else args.lang
    for item in read_inputs(args.paths, published=args.published, language=language, max_bytes=max_bytes):
        if isinstance(item, Skipped):
            skipped.append(item)
            print(item.message(), file=sys.stderr)
        else:
            yield item


def _run_extraction(args: argparse.Namespace, on_events: object) -> int:
    from pantau.pipeline import load

    settings = load_settings(args.config)
    extractor = load(settings if args.config else None, tuple(args.actors))
    skipped: list[Skipped] = []
    done = total = 0
    for article in _articles(args, settings.max_bytes, skipped):
        try:
            events = extractor.extract(article)
        except UnsupportedLanguageError as error:
            skipped.append(Skipped(article.origin or article.id, str(error)))
            print(skipped[-1].message(), file=sys.stderr)
            continue
        except Exception as error:  # one article's failure must not end the batch
            reason = f"internal error ({type(error).__name__}: {error}); please report it with this article"
            skipped.append(Skipped(article.origin or article.id, reason))
            print(skipped[-1].message(), file=sys.stderr)
            continue
        if not settings.include_historical:
            events = [e for e in events if not e.historical]
        on_events(article, events)  # type: ignore[operator]
        done += 1
        total += len(events)
        if done % PROGRESS_EVERY == 0:
            print(f"pantau: {done} articles read, {total} events", file=sys.stderr)
    if done >= PROGRESS_EVERY or skipped:
        print(f"pantau: {done} articles read, {total} events, {len(skipped)} inputs skipped", file=sys.stderr)
    return EXIT_SKIPPED if skipped else EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    settings = load_settings(args.config)
    fmt = args.format or settings.format
    collected: list[Event] = []
    streaming = fmt == "jsonl"

    def on_events(article: Article, events: list[Event]) -> None:
        if streaming:
            write_events(events, "jsonl", sys.stdout)
            sys.stdout.flush()
        else:
            collected.extend(events)

    code = _run_extraction(args, on_events)
    if not streaming:
        write_events(collected, fmt, sys.stdout)
    return code


def cmd_ingest(args: argparse.Namespace) -> int:
    from pantau.pipeline import EXTRACTOR_VERSION
    from pantau.store import Store

    counts = {"added": 0, "unchanged": 0, "updated": 0}
    with Store(args.db) as store:
        def on_events(article: Article, events: list[Event]) -> None:
            counts[store.save(article, events, extractor_version=EXTRACTOR_VERSION)] += 1

        code = _run_extraction(args, on_events)
    print(f"pantau: {counts['added']} added, {counts['updated']} updated, {counts['unchanged']} unchanged "
          f"in {args.db}", file=sys.stderr)
    return code


def cmd_events(args: argparse.Namespace) -> int:
    from pantau.store import Store

    with Store(args.db) as store:
        events = store.events(country=args.country, event_type=args.event_type, since=args.since,
                              until=args.until, actor=args.actor, include_historical=args.historical)
    write_events(events, args.format, sys.stdout)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from pantau.store import Store

    with Store(args.db) as store:
        events = store.events(include_historical=True)
    if args.output:
        with args.output.open("w", encoding="utf-8", newline="") as out:
            write_events(events, args.format, out)
    else:
        write_events(events, args.format, sys.stdout)
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from pantau.evaluation.events import main as eval_main

    return eval_main(args.gold, as_json=args.json, quiet=args.quiet)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in {"eval-nlp", "eval-geo"}:
        return _delegate(argv[0], argv[1:])
    args = build_parser().parse_args(argv)
    handlers = {"extract": cmd_extract, "ingest": cmd_ingest, "events": cmd_events, "export": cmd_export,
                "eval": cmd_eval}
    from pantau.actors import ActorFileError
    from pantau.store import StoreError

    try:
        return handlers[args.command](args)
    except (SettingsError, StoreError, ActorFileError) as error:
        print(f"pantau: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK


def _delegate(command: str, rest: list[str]) -> int:
    """eval-nlp and eval-geo live beside the models they measure."""
    if command == "eval-nlp":
        from pantau.evaluation.nlp import main as nlp_main

        return nlp_main(rest)
    from pantau.evaluation.geo import main as geo_main

    return geo_main(rest)


if __name__ == "__main__":
    sys.exit(main())
