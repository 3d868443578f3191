"""`faqbot` commands about the sources: verifying quotes and audit exports, adding documents and
quoting them. Thin wrappers over `engine.verify`, `engine.authoring` and `outreach.export`;
`cli.build_parser` registers them with `add_commands`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path

from .config import Config
from .errors import EXIT_OK, EXIT_PROBLEMS


def _kb(config: Config):
    """The FAQ as far as it loads (verification needs only the sources, and quotes for speakers)."""
    from .engine import load_knowledge_collecting

    kb, _ = load_knowledge_collecting(config.paths.knowledge, config.paths.seeds, check_claims=False)
    return kb


def _sources(config: Config):
    from .engine import load_sources

    sources, problems = load_sources(config.paths.seeds)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    return sources


# -- verify a quote ------------------------------------------------------------------------------


def cmd_verify_quote(args, config: Config) -> int:
    """Check a quote against every source document: verbatim (where, and who said it), altered
    (every difference marked [-source-] {+text+}, and the closest passage) or not in our sources.
    Exit code 0 when verbatim, 1 otherwise (like grep). TEXT "-" reads the text from stdin.
    --lang fa says the verdict in Persian (the quote and the source's words stay verbatim);
    --json is the same in every language.

    Example: faqbot verify-quote "Iran has executed at least 450 people since the start of 2017" --json
    """
    from .engine import Verdict, verify_quote

    text = sys.stdin.read() if args.text == "-" else args.text
    result = verify_quote(text, _kb(config))
    if args.json:
        sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
    else:
        print("\n".join(result.lines(args.lang)))
    return EXIT_OK if result.verdict is Verdict.VERBATIM else EXIT_PROBLEMS


# -- audit export and its offline check ------------------------------------------------------------


def changelog(config: Config, kb=None) -> list[dict]:
    """The FAQ's public changelog (bot.moderation.changelog), newest first: per entry and day, the
    date and what changed in plain words, from the audit log and the hand edits recorded in the
    store. With `kb` (the FAQ being exported), hand edits not recorded yet are recorded first, as
    the bot does on a load. Never who made a change; phrasings are not listed."""
    from .moderation.audit import AuditLog
    from .moderation.changelog import merged, public_changelog

    records = AuditLog(config.moderation.audit_log).changes(config.paths.knowledge.resolve())
    return [change.to_json() for change in merged(public_changelog(records), hand_changelog(config, kb))]


def hand_changelog(config: Config, kb=None, entry_id: str | None = None) -> list:
    """The public changes recorded in the store for hand edits of the files (`entry_id`: of one
    entry); with `kb`, those of its files not recorded yet are recorded first. Nothing when the bot
    never created its SQLite database; a store that cannot be opened is a warning, not an error."""
    import asyncio

    from .moderation.changelog import PublicChange, changes_from_json
    from .store import StoreError, database_url, open_store

    if not database_url(config) and not config.paths.database.exists():
        return []
    store = open_store(config)

    async def run():
        await store.open()
        try:
            if kb is not None:
                from .moderation import Editor
                from .service import note_hand_edits

                await note_hand_edits(store, Editor.for_config(config), kb)
            return await store.public_changes(entry_id)
        finally:
            await store.close()

    try:
        rows = asyncio.run(run())
    except StoreError as exc:
        print(f"warning: {store.where}: hand edits left out of the changelog: {exc}", file=sys.stderr)
        return []
    return [PublicChange(entry, day, changes_from_json(kinds), question) for _, entry, day, kinds, question in rows]


def export_audit(kb, config: Config) -> str:
    from .outreach.export import render_audit

    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z"
    return render_audit(kb, exported_at=now, changelog=changelog(config, kb))


def cmd_verify(args, config: Config) -> int:
    """Recheck an audit export (faqbot export --format audit) offline against the source texts:
    each source's SHA-256, and each quote's text at its character offsets. Exit 1 naming the first
    quote that does not match; 0 with a one-line summary.

    Example: faqbot verify audit.json --sources seeds/
    """
    from .outreach.export import AuditMismatch, check_audit

    try:
        data = json.loads(args.export.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        print(f"faqbot verify: {args.export}: not a JSON file ({exc})", file=sys.stderr)
        return EXIT_PROBLEMS
    sources_dir = args.sources if args.sources is not None else config.paths.seeds
    try:
        result = check_audit(data, sources_dir)
    except AuditMismatch as exc:
        print(f"{args.export}: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(result.summary())
    return EXIT_OK


# -- adding a source, quoting it, scaffolding an entry -------------------------------------------


def _create_new(path: Path, text: str) -> None:
    """Write a file that must not exist yet: complete or not at all, and never over another."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.link(tmp, path)  # fails if the file exists: never overwrites
    finally:
        os.unlink(tmp)


def _metadata_yaml(meta: dict) -> str:
    lines = ["# Added with `faqbot sources add`. State only what the document itself supports."]
    for key, value in meta.items():
        if key == "speakers":
            lines.append("speakers:  # who speaks in this document; a quote names one of these keys")
            lines += [f"  {k}: {json.dumps(v, ensure_ascii=False)}" for k, v in value.items()]
        else:
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")  # a JSON string is valid YAML
    return "\n".join(lines) + "\n"


def cmd_sources_add(args, config: Config) -> int:
    """Copy a text into seeds/ normalised (one paragraph per line), write its metadata (YAML) and
    print its numbered paragraphs. Refuses an id that exists.

    Example: faqbot sources add report.txt --title "Amnesty report on executions" --publisher "Amnesty
    International" --url https://example.org/report --date 2024-05-01
    """
    from .engine import (
        ID_PATTERN,
        LANGUAGE_PATTERN,
        AuthoringError,
        load_sources,
        metadata_problem,
        normalise_document,
        slug,
    )

    seeds = config.paths.seeds
    source_id = args.id or slug(args.title)
    problems = []
    if not ID_PATTERN.match(source_id):
        problems.append(f"--id '{source_id}' must be lowercase letters, digits and '-'")
    if not args.title.strip():
        problems.append("--title must not be empty")
    if not LANGUAGE_PATTERN.match(args.language):
        problems.append(f"--language '{args.language}' must be a language code such as en or fa")
    for key, value in (
        ("publisher", args.publisher),
        ("url", args.url),
        ("published", args.date),
        ("archived_url", args.archived_url),
    ):
        if value is not None and (problem := metadata_problem(key, value)):
            problems.append(problem.replace("'published'", "--date").replace(f"'{key}'", f"--{key.replace('_', '-')}"))
    speakers = {}
    for item in args.speaker or []:
        key, sep, who = item.partition("=")
        if not sep or not ID_PATTERN.match(key.strip()) or not who.strip():
            problems.append(
                f"--speaker '{item}' must be KEY=WHO, e.g. --speaker author=\"Jane Doe, Amnesty International\""
            )
        speakers[key.strip()] = " ".join(who.split())
    existing, _ = load_sources(seeds) if seeds.is_dir() else ({}, [])
    taken = [p.name for p in (seeds / f"{source_id}.yaml", seeds / f"{source_id}.txt") if p.exists()]
    if source_id in existing or taken:
        problems.append(
            f"source id '{source_id}' exists already ({', '.join(taken) or 'in seeds/'}); "
            "choose another with --id (nothing was overwritten)"
        )
    try:
        raw = args.file.read_bytes().decode("utf-8")
        text = normalise_document(raw)
    except UnicodeDecodeError:
        problems.append(f"{args.file}: not UTF-8 text (save it as UTF-8 first)")
        text = ""
    except AuthoringError as exc:
        problems.append(f"{args.file}: {exc}")
        text = ""
    if problems:
        for problem in problems:
            print(f"faqbot sources add: {problem}", file=sys.stderr)
        return EXIT_PROBLEMS
    title = " ".join(args.title.split())
    meta: dict = {
        "id": source_id,
        "file": f"{source_id}.txt",
        "title": title,
        "kind": " ".join(args.kind.split()),
        "description": " ".join((args.description or _description(args, title)).split()),
        "language": args.language,
    }
    for key, value in (
        ("publisher", args.publisher),
        ("url", args.url),
        ("published", args.date),
        ("archived_url", args.archived_url),
    ):
        if value is not None:
            meta[key] = " ".join(value.split())
    meta["speakers"] = speakers or {"document": f"{title} (the document's own words)"}
    seeds.mkdir(parents=True, exist_ok=True)
    _create_new(seeds / f"{source_id}.txt", text)
    try:
        _create_new(seeds / f"{source_id}.yaml", _metadata_yaml(meta))
    except BaseException:
        (seeds / f"{source_id}.txt").unlink()
        raise
    loaded, load_problems = load_sources(seeds)
    mine = [p for p in load_problems if p.entry == source_id]
    if source_id not in loaded or mine:  # pragma: no cover - everything written was checked above
        for found in mine:
            print(found, file=sys.stderr)
        return EXIT_PROBLEMS
    source = loaded[source_id]
    print(
        f"added source {source_id}: {seeds / meta['file']} and {seeds / (source_id + '.yaml')}, "
        f"{len(source.paragraphs)} paragraph(s):"
    )
    for para in source.paragraphs:
        print(f"[{para.number}] {para.text}")
    print(f"next: faqbot quote PARA[:SENTENCE] --source {source_id}")
    return EXIT_OK


def _description(args, title: str) -> str:
    """Only what was given on the command line: nothing is guessed."""
    parts = [f"{args.kind[:1].upper()}{args.kind[1:]}: {title}"]
    if args.publisher:
        parts.append(f"published by {args.publisher}")
    if args.date:
        parts.append(f"dated {args.date}")
    return ", ".join(parts) + "."


def cmd_quote(args, config: Config) -> int:
    """Print a paragraph (8), a sentence (8:1) or sentences (3:1-2) of a source as a ready-to-paste
    YAML quote block: source, speaker (the only one, the FAQ's for these words, or a TODO naming
    the choices) and the text, verbatim.

    Example: faqbot quote 8:1 --source iran-un-letter-report
    """
    from .engine import AuthoringError, pick_source, quote_block, span, speaker_for

    kb = _kb(config)
    try:
        source = pick_source(kb.sources, args.source)
        item = span(source, args.ref)
    except AuthoringError as exc:
        print(f"faqbot quote: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    sys.stdout.write(quote_block(item, speaker_for(item, kb)))
    return EXIT_OK


def cmd_new(args, config: Config) -> int:
    """Scaffold a new entry in the knowledge folder: its quotes filled in from the source and
    verified, every other field a TODO that faqbot validate reports until written. Never overwrites.

    Example: faqbot new execution-count --quote 8:1 --question "How many people has Iran executed?"
    """
    from .engine import ID_PATTERN, AuthoringError, entry_scaffold, pick_source, span, speaker_for

    if not ID_PATTERN.match(args.id):
        print(f"faqbot new: '{args.id}' is not an entry id (lowercase letters, digits and '-')", file=sys.stderr)
        return EXIT_PROBLEMS
    knowledge = config.paths.knowledge
    path = knowledge / f"{args.id}.yaml"
    if path.exists() or (knowledge / f"{args.id}.yml").exists():
        print(f"faqbot new: {path} exists already; nothing was overwritten (choose another id)", file=sys.stderr)
        return EXIT_PROBLEMS
    kb = _kb(config)
    try:
        source = pick_source(kb.sources, args.source)
        spans = [span(source, ref) for ref in args.quote]
    except AuthoringError as exc:
        print(f"faqbot new: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    speakers = [speaker_for(item, kb) for item in spans]
    text = entry_scaffold(args.id, spans, speakers, question=args.question)
    knowledge.mkdir(parents=True, exist_ok=True)
    try:
        _create_new(path, text)
    except FileExistsError:
        print(f"faqbot new: {path} exists already; nothing was overwritten", file=sys.stderr)
        return EXIT_PROBLEMS
    todo = sum(speaker is None for speaker in speakers)
    print(
        f"wrote {path}: {len(spans)} quote(s) verified verbatim in {source.id}"
        + (f" ({todo} speaker(s) to choose)" if todo else "")
    )
    print("next: replace every TODO in it, then run faqbot validate")
    return EXIT_OK


def add_commands(add, common) -> None:
    """Register these commands with `cli.build_parser`'s `add(name, func, help)` (`common`: its shared options)."""
    p = add(
        "verify-quote",
        cmd_verify_quote,
        'check a quote against the sources: verbatim, altered or not found, e.g. faqbot verify-quote "TEXT"',
    )
    p.add_argument("text", metavar="TEXT", help='the quote ("-": read it from stdin)')
    p.add_argument(
        "--json",
        action="store_true",
        help='one JSON object: "verdict" ("verbatim", "altered", "not_found") and the location',
    )
    p.add_argument(
        "--lang",
        choices=("en", "fa"),
        default="en",
        help="the language of the verdict's sentences: en (default) or fa (Persian); never of the quote, "
        "the source's words or --json",
    )
    p = add(
        "verify", cmd_verify, "recheck an audit export offline against the source texts, e.g. faqbot verify audit.json"
    )
    p.add_argument("export", type=Path, metavar="EXPORT", help="a file written by faqbot export --format audit")
    p.add_argument("--sources", type=Path, metavar="DIR", help="folder of the source texts (default: paths.seeds)")
    p = add("sources", cmd_sources_add, "add a source document: faqbot sources add FILE --title ...")
    sub = p.add_subparsers(dest="sources_command", required=True)
    a = sub.add_parser(
        "add", parents=[common], help="copy a text into seeds/ with its metadata", description=cmd_sources_add.__doc__
    )
    a.set_defaults(func=cmd_sources_add)
    a.add_argument("file", type=Path, metavar="FILE", help="the document as UTF-8 text")
    a.add_argument("--title", required=True, help="the document's title (or a description of it, if it has none)")
    a.add_argument("--publisher", help="who published it")
    a.add_argument("--url", help="where the original is (http or https)")
    a.add_argument("--date", help="publication date: YYYY-MM-DD (or YYYY-MM, or YYYY)")
    a.add_argument("--archived-url", dest="archived_url", help="an archived copy (http or https)")
    a.add_argument("--id", help="the source id (default: made from the title)")
    a.add_argument("--kind", default="document", help="what it is: news report, letter, ... (default: document)")
    a.add_argument("--language", default="en", help="language code of the text (default: en)")
    a.add_argument(
        "--description", help="one or two sentences about it (default: made of the title, publisher and date)"
    )
    a.add_argument(
        "--speaker",
        action="append",
        metavar="KEY=WHO",
        help="who speaks in it, repeatable (default: one speaker, the document itself)",
    )
    p = add(
        "quote", cmd_quote, "print a paragraph or sentence of a source as a YAML quote block, e.g. faqbot quote 8:1"
    )
    p.add_argument("ref", metavar="PARA[:SENTENCE]", help="8 (a paragraph), 8:1 (its first sentence), 3:1-2")
    p.add_argument("--source", metavar="ID", help="the source id (needed when there are several)")
    p = add("new", cmd_new, "scaffold a new entry with verified quotes, e.g. faqbot new my-entry --quote 8:1")
    p.add_argument("id", metavar="ID", help="the new entry's id (its file name)")
    p.add_argument(
        "--quote",
        nargs="+",
        action="extend",
        required=True,
        metavar="PARA:SENTENCE",
        help="one or more spans to quote: 8, 8:1, 3:1-2",
    )
    p.add_argument("--source", metavar="ID", help="the source id (needed when there are several)")
    p.add_argument("--question", help="the entry's question (default: a TODO)")
