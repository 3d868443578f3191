"""The `faqbot` command: a thin layer over the engine.

Each command is a short wrapper around a library call. Discord is imported only by `run` and
`sync`, so `faqbot ask` starts fast and works where discord.py is broken or absent.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

from .config import Config, ConfigError, load_config, load_faq
from .engine import Engine, KnowledgeError, SemanticUnavailable, validate
from .errors import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, FaqbotError

log = logging.getLogger(__name__)


def _config(args) -> Config:
    return load_config(args.config).with_knowledge(args.knowledge)


def _engine(config: Config, *, read_only: bool = False) -> Engine:
    return load_faq(config, read_only=read_only)


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def cmd_ask(args, config: Config) -> int:
    """faqbot ask "how many people were executed?" [--json | --jsonl]"""
    from .console import render_reply
    from .privacy.safety import SafeRouter

    engine = _engine(config, read_only=True)
    safety = SafeRouter(config.safety)  # a person in danger: referral contacts, never an FAQ guess
    if args.jsonl:
        for line in sys.stdin:
            question = line.rstrip("\r\n")
            _print_json(safety.ask(engine, question).to_json())
            sys.stdout.flush()
        return EXIT_OK
    if args.question is None:
        print("faqbot ask: give a QUESTION, or --jsonl to read questions from stdin", file=sys.stderr)
        return EXIT_USAGE
    reply = safety.ask(engine, args.question)
    if args.json:
        _print_json(reply.to_json())
    else:
        print(render_reply(reply, engine))
    return EXIT_OK


def _line_editing() -> None:
    """Arrow keys, history and Ctrl-R in the chat prompt: importing the standard library's readline
    makes input() use it. Without it (Windows, a Python built without it) arrow keys typed "^[[A"
    into the question; there the chat works as before."""
    if sys.stdin.isatty():
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401


def cmd_chat(args, config: Config) -> int:
    """An interactive console chat on the same engine the Discord bot uses."""
    from .console import BROWSE_CHAT, chat_hint, render_list, render_related, render_reply
    from .engine import Conversation, Outcome, i18n
    from .privacy.safety import SafeRouter

    engine = _engine(config, read_only=True)
    safety = SafeRouter(config.safety)
    _line_editing()
    conversation = Conversation()  # "why?" or "source?" refer to this session's last answer
    print(f"faqbot console chat \u00b7 {len(engine.kb)} FAQ entries \u00b7 FAQ version {engine.kb.version}")
    print(
        "Ask a question. ':list' shows the FAQ, a number picks a suggestion or a related question, "
        "':quit' or Ctrl-D leaves.\n"
    )
    # What a number typed next picks: the "did you mean" suggestions, or the last answer's related entries.
    choices: tuple[str, ...] = ()
    lang = i18n.EN  # the language of the last reply: a hint is given in it
    while True:
        try:
            line = input("you> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return EXIT_OK
        line = line.strip()
        if not line:
            continue
        if line in (":quit", ":q", ":exit"):
            return EXIT_OK
        if line == ":list":
            print(render_list(engine) + "\n")
            continue
        if line.isdigit() and choices and 1 <= int(line) <= len(choices):
            entry = engine.entry(choices[int(line) - 1])
            # asked in the language of the list it was picked from (a Persian list: Persian)
            line = entry.question_in(lang) if entry else line
        elif (hint := chat_hint(line, len(choices), lang)) is not None:
            print("\nfaqbot> " + hint + "\n")  # the choices and the last answer stay as they were
            continue
        reply = safety.check(engine, line) or conversation.ask(engine, line)
        if reply.talk is None:
            choices = reply.result.suggestions if reply.result.outcome is Outcome.SUGGEST else ()
        related = engine.kb.related(reply.entry) if reply.answered and reply.entry is not None else ()
        if related:
            choices = tuple(e.id for e in related)
        lang = reply.lang
        print("\nfaqbot> " + render_reply(reply, engine, BROWSE_CHAT) + "\n")
        if related:
            print(render_related(related, reply.asked_in) + "\n")


def cmd_list(args, config: Config) -> int:
    """Every FAQ entry: id and canonical question."""
    from .console import render_list

    print(render_list(_engine(config, read_only=True)))
    return EXIT_OK


def cmd_validate(args, config: Config) -> int:
    """Check the FAQ; print each problem as file:line: entry: message; exit 1 if any."""
    from .calibration_file import stale_notice

    engine, problems = validate(
        config.paths.knowledge, config.paths.seeds, config.matching, cta_ids=config.outreach.cta_ids
    )
    for problem in problems:
        print(problem)
    if problems or engine is None:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return EXIT_PROBLEMS
    quotes = sum(len(e.quotes) for e in engine.kb.entries.values())
    print(
        f"ok: {len(engine.kb)} entries, {quotes} quotes verified verbatim in {len(engine.kb.sources)} source(s), "
        f"FAQ version {engine.kb.version}"
    )
    # A calibration fitted on another FAQ version still works, so this is a notice, not a
    # problem: the exit code stays 0 (moderators edit the FAQ far more often than anyone
    # recalibrates, and a failing check after every edit would teach people to ignore it).
    notice = stale_notice(
        config.calibration, engine.kb.version, config.matching, config.path.parent, extra=_location_options(args)
    )
    if notice:
        print(f"notice: {notice}", file=sys.stderr)
    return EXIT_OK


def _location_options(args) -> list[str]:
    """--knowledge / --config as given, for commands printed as advice."""
    return [
        item
        for option, value in (("--knowledge", args.knowledge), ("--config", args.config))
        if value is not None
        for item in (option, str(value))
    ]


def cmd_eval(args, config: Config) -> int:
    """Score labelled question sets (in_scope: [{q, entry}], out_of_scope: [q], optionally
    near_topic: [{q, entry}]), one report per file; --json prints one JSON object per file and line.

    Example: faqbot eval tests/data/eval.yaml tests/data/eval2.yaml --json
    """
    from .engine import QuestionSetError, evaluate, load_question_set

    engine = _engine(config, read_only=True)
    sets, failed = [], False
    for path in args.files:
        try:
            items = load_question_set(path)
        except QuestionSetError as exc:
            print(exc, file=sys.stderr)
            failed = True
            continue
        unknown = sorted({i.entry for i in items if i.entry and i.entry not in engine.kb.entries})
        if unknown:
            print(f"{path}: unknown entry ids: {', '.join(unknown)}", file=sys.stderr)
            failed = True
        sets.append((path, items))
    if failed:
        return EXIT_PROBLEMS
    for n, (path, items) in enumerate(sets):
        report = evaluate(engine, items)
        if args.json:
            _print_json(report.to_json(str(path)))
            continue
        near = f", {report.near_topic} near-topic" if report.near_topic else ""
        print(
            ("\n" if n else "")
            + f"{path}: {report.in_scope} in-scope, {report.out_of_scope} out-of-scope questions{near}"
        )
        print("\n".join(report.lines()))
    return EXIT_OK


def cmd_calibrate(args, config: Config) -> int:
    """Fit the abstention model and thresholds on one or more calibration sets (never the
    evaluation set); write them, with the FAQ version they were fitted on, to the knowledge
    folder's calibration file (knowledge/_calibration.yaml). config.yaml is never changed.

    Example: faqbot calibrate tests/data/calibration*.yaml
    """
    from .calibration_file import CALIBRATED, calibration_path, render, set_names, write_calibration
    from .engine import QuestionSetError, calibrate, evaluate, load_question_set

    if args.only and not args.keep_model:
        print("--only needs --keep-model: the thresholds kept were chosen for the model in use", file=sys.stderr)
        return EXIT_USAGE
    engine = _engine(config)
    try:
        items = [item for path in args.files for item in load_question_set(path)]
    except QuestionSetError as exc:
        print(exc, file=sys.stderr)
        return EXIT_PROBLEMS
    from .progress import progress

    # The texts of the index the model is fitted on (the Latin-script one; see Engine.build).
    entries = [(eid, list(texts)) for eid, texts in engine.latin_texts()]
    # What the clear lead answers between the thresholds, which the suggest threshold decides
    # (evaluation.lead_answers): read once, on an engine that puts every question there.
    from .engine import lead_answers

    band = Engine.build(
        engine.kb,
        dataclasses.replace(config.matching, answer_threshold=99.9, suggest_threshold=0.1, language_thresholds=None),
    )
    leads = lead_answers(band, progress(items, "calibrate: the clear lead's answers"))
    # What answering each question gives (the scope check's caveats and refusals included), for
    # the answer thresholds (evaluation.answer_outcomes): on an engine that lets every question through.
    from .engine import answer_outcomes

    wide_open = Engine.build(
        engine.kb,
        dataclasses.replace(config.matching, answer_threshold=0.1, suggest_threshold=0.1, language_thresholds=None),
    )
    outcomes = answer_outcomes(wide_open, progress(items, "calibrate: the answers let through"))
    # Questions with another `lang:` get thresholds of their own, on the indexes the engine asks.
    settings = config.matching
    model = None
    if args.keep_model:
        if settings.model_weights is None:
            print("--keep-model: no confidence model to keep (none calibrated yet)", file=sys.stderr)
            return EXIT_PROBLEMS
        model = (settings.model_weights, settings.model_bias)
    calibration = calibrate(
        engine.matcher,
        items,
        entries=entries,
        progress=progress,
        route=engine.matchers_for,
        leads=leads,
        model=model,
        outcomes=outcomes,
        wrong_cost=args.wrong_cost,
    )
    if args.only:
        # Only these languages' thresholds are fitted; the others', the model and the text
        # view's weight stay as they are (a refit that serves one language and not another).
        only = {lang.strip() for lang in args.only.split(",") if lang.strip()}
        kept = settings.language_thresholds or {}
        calibration = dataclasses.replace(
            calibration,
            answer_threshold=calibration.answer_threshold if "en" in only else settings.answer_threshold,
            suggest_threshold=calibration.suggest_threshold if "en" in only else settings.suggest_threshold,
            fusion_text=calibration.fusion_text if "en" in only else settings.fusion_text,
            languages={
                **{
                    lang: (float(own["answer_threshold"]), float(own["suggest_threshold"]))
                    for lang, own in kept.items()
                    if lang not in only and "answer_threshold" in own and "suggest_threshold" in own
                },
                **{lang: pair for lang, pair in calibration.languages.items() if lang in only},
            },
        )
    tuned = Engine.build(engine.kb, calibration.apply(config.matching))
    report = evaluate(tuned, items)
    names = ", ".join(str(path) for path in args.files)
    print(
        f"calibrated on {names}: answer >= {calibration.answer_threshold}, suggest >= {calibration.suggest_threshold}"
    )
    for lang, count in calibration.questions.items():
        if lang in calibration.languages:
            answer, suggest = calibration.languages[lang]
            print(f"  {lang} ({count} questions): answer >= {answer}, suggest >= {suggest}")
        elif lang != "en":
            print(f"  {lang} ({count} questions, too few): the English thresholds")
    print("\n".join(report.lines()[:3]))
    fitted = calibration.apply(config.matching)
    values = {key: getattr(fitted, key) for key in CALIBRATED}
    sets = set_names(args.files, config.path.parent)
    path = calibration_path(config.paths.knowledge)
    if args.dry_run:
        sys.stdout.write(
            render(
                values,
                faq_version=engine.kb.version,
                settings=config.matching,
                calibration_sets=sets,
                questions=calibration.questions,
            )
        )
        print(f"(dry run: {path} not written)")
    else:
        write_calibration(
            config.paths.knowledge,
            values,
            faq_version=engine.kb.version,
            settings=config.matching,
            calibration_sets=sets,
            questions=calibration.questions,
        )
        print(f"written to {path} (FAQ version {engine.kb.version})")
    for key in CALIBRATED:
        if key in config.matching_by_hand:
            print(
                f"note: {config.path} sets matching.{key} by hand; that value is used, not the calibrated one",
                file=sys.stderr,
            )
    return EXIT_OK


def cmd_export(args, config: Config) -> int:
    """Write the whole FAQ (questions, answers, quotes with attribution, sources) as one
    self-contained HTML page, Markdown or JSON, with an anchor per answer (#entry-id); or, with
    --format audit, every quote's source, paragraph and character offsets with each source's
    SHA-256, for `faqbot verify`. The page says "As of DATE" (--as-of, default today, UTC), and
    under each answer changed since, "Updated on DATE: what changed" (the public changelog: changes
    from the audit log, and hand edits of the files, which an export records in the store as the
    bot does on a load; --no-changelog leaves it out).

    Example: faqbot export --format html --output public/faq.html
    """
    from .atomic import atomic_write_text
    from .engine import cta_problems, load_knowledge_collecting
    from .outreach.export import export

    # Everything shown is checked as `faqbot validate` checks it (quotes verbatim, fields, calls to
    # action); only phrasing collisions are not, as they concern matching, which a page does not do.
    kb, problems = load_knowledge_collecting(config.paths.knowledge, config.paths.seeds)
    problems += cta_problems(kb.entries, config.outreach.cta_ids)
    if problems:
        raise KnowledgeError(problems)
    if args.format == "audit":
        from .cli_sources import export_audit

        text = export_audit(kb, config)
    else:
        from .cli_sources import changelog

        as_of = args.as_of or dt.datetime.now(dt.UTC).date().isoformat()
        text = export(
            kb, config.outreach, args.format, as_of=as_of, changelog=changelog(config, kb) if args.changelog else ()
        )
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    args.output.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(args.output, text)
    print(f"wrote {args.output}: {len(kb)} entries as {args.format}", file=sys.stderr)
    return EXIT_OK


def _editor(config: Config):
    """The editor of a command that edits and exits: no exact engine built behind it (see
    `Editor`'s `exact_in_background`), as the command serves nothing."""
    from .moderation import Editor

    return Editor.for_config(config, exact_in_background=False)


def cmd_history(args, config: Config) -> int:
    """Changes made to the FAQ (from Discord or `faqbot undo`), newest first: who, when, what.

    Examples: faqbot history --id executions; faqbot history --change 12 (the change as a diff);
    faqbot history --patch > faq-edits.mbox, then in a checkout: git am faq-edits.mbox;
    faqbot history --public (the changelog the exports show: what changed, by day, never who)
    """
    import difflib

    editor = _editor(config)
    if args.public:
        from .cli_sources import hand_changelog
        from .moderation.changelog import merged, public_changelog

        public = merged(public_changelog(editor.history(args.id)), hand_changelog(config, entry_id=args.id))
        public = public[: args.limit]
        if not public:
            print("no public change recorded" + (f" for {args.id}" if args.id else ""))
        for item in public:
            print(f"{item.entry_id}: {item.text()}")
        return EXIT_OK
    if args.patch:
        from .moderation.gitpatch import as_mailbox

        changes = [c for c in reversed(editor.history(args.id)) if c.id > (args.since or 0)]
        sys.stdout.write(as_mailbox(changes, editor.knowledge_dir.name))
        print(f"{len(changes)} change(s) as patches: apply them in a checkout with git am FILE", file=sys.stderr)
        return EXIT_OK
    if args.change is not None:
        change = editor.change(args.change)
        if change is None:
            print(f"faqbot history: there is no change #{args.change} for {editor.knowledge_dir}", file=sys.stderr)
            return EXIT_PROBLEMS
        print(change.describe())
        before = (change.before or b"").decode("utf-8", "replace").splitlines(keepends=True)
        after = (change.after or b"").decode("utf-8", "replace").splitlines(keepends=True)
        name = f"knowledge/{change.file}"
        sys.stdout.writelines(
            difflib.unified_diff(
                before,
                after,
                f"{name} (before)" if change.before is not None else "/dev/null",
                f"{name} (after)" if change.after is not None else "/dev/null",
            )
        )
        return EXIT_OK
    changes = editor.history(args.id, args.limit)
    if not changes:
        print("no change recorded" + (f" for {args.id}" if args.id else ""))
    for change in changes:
        print(change.describe())
    return EXIT_OK


def cmd_undo(args, config: Config) -> int:
    """Undo the newest FAQ change not undone yet (or --change N): the file gets back its exact
    previous bytes, after the result is validated. A running bot picks it up by itself
    (moderation.watch_files) or with /faq-mod reload.
    """
    import getpass

    from .moderation import ModerationError

    try:
        result = _editor(config).undo(who=f"cli:{getpass.getuser()}", change_id=args.change)
    except ModerationError as exc:
        return _refused("undo", exc)
    print(f"change #{result.change.id}: {result.change.summary}")
    print(f"FAQ version {result.engine.kb.version}, {len(result.engine.kb)} entries")
    return EXIT_OK


def _served_engine(config: Config) -> Engine:
    """The FAQ for review and statistics: what loads, even if `faqbot validate` would complain."""
    from .engine import load_knowledge_collecting

    kb, _ = load_knowledge_collecting(config.paths.knowledge, config.paths.seeds)
    return Engine.build(kb, config.matching)


class _StoreUnusable(FaqbotError):
    """The database or its hashing secret cannot be used (the message says which and why)."""


def _with_store(config: Config, use, *, create: bool = False):
    """Run `use(store)` on the bot's store; None when the bot never created its SQLite file (unless
    `create`: a write that must happen, such as a block). A PostgreSQL database (database.url,
    FAQBOT_DATABASE_URL) is always opened: an empty one gets the schema, and reads as zeros."""
    import asyncio

    from .store import StoreError, database_url, open_store  # no discord import

    if not create and not database_url(config) and not config.paths.database.exists():
        return None
    store = open_store(config)

    async def run():
        await store.open()
        try:
            return await use(store)
        finally:
            await store.close()

    try:
        return asyncio.run(run())
    except StoreError as exc:
        where = store.where
        raise _StoreUnusable(str(exc) if str(exc).startswith(where) else f"{where}: {exc}") from None


def cmd_store(args, config: Config) -> int:
    """Copy the store (SQLite or PostgreSQL, as configured) into another one and check the row
    counts of every table: faqbot store copy --to postgresql://user@host/dbname (SQLite to
    PostgreSQL), or, with FAQBOT_DATABASE_URL naming the source, --to data/faqbot.sqlite3 back.
    The target must be empty (it is created and migrated first). The hash secret is not in the
    store: the target's bot needs the same FAQBOT_HASH_SECRET or secret file for votes to match.
    """
    import asyncio

    from .store import StoreError, database_url, mask_url, open_store, store_at
    from .store.copy import CopyError, copy_store

    source = open_store(config)
    target = store_at(args.to, secret_file=config.secret_file)
    if not database_url(config) and not config.paths.database.exists():
        print(f"faqbot store: no database at {config.paths.database} yet: nothing to copy", file=sys.stderr)
        return EXIT_USAGE
    try:
        counts = asyncio.run(copy_store(source, target))
    except (StoreError, CopyError) as exc:
        print(f"faqbot store: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"copied {source.where} -> {mask_url(target.where)}")
    print(f"{'table':<18}{'source':>9}{'target':>9}")
    bad = 0
    for table, (have, got) in counts.items():
        bad += have != got
        print(f"{table:<18}{have:>9}{got:>9}{'' if have == got else '  MISMATCH'}")
    if bad:
        print(f"faqbot store: {bad} table(s) differ after the copy", file=sys.stderr)
        return EXIT_PROBLEMS
    print("every table has the same number of rows")
    return EXIT_OK


def _with_service(config: Config, engine: Engine, use):
    """Run `use(service)` on the application (bot.service) over the bot's store; None when the bot
    never created its SQLite file (see `_with_store`)."""
    from .service import FaqService

    return _with_store(config, lambda store: use(FaqService(config, engine, store=store, serving=False)))


def cmd_review(args, config: Config) -> int:
    """The review queue: questions the bot missed or was unsure about, grouped by similarity,
    most frequent first, each with the closest FAQ entries; first, the askers' picks from "did you
    mean" (suggested phrasings of the entry picked). With --dismiss N or --add N ENTRY, act on
    group N of the list as just printed; --accept N adds an asker's pick as a phrasing of the
    entry they picked; --new N prints a new entry to start from (the group's wordings as
    phrasings) to complete, save in knowledge/ and check with faqbot validate.
    With question text storage off (`privacy.store_unanswered_text: false`, the default) there are
    no questions: it prints what the counts say and how to switch text storage on.

    Example: faqbot review; faqbot review --accept 1; faqbot review --add 2 executions;
    faqbot review --new 3 > draft.yaml
    """
    import getpass

    from .moderation import ModerationError
    from .moderation.review import render_groups
    from .store import REVIEW_REASONS

    if not config.privacy.store_unanswered_text:
        return _review_counts_only(args, config)
    engine = _served_engine(config)
    groups = _with_service(config, engine, lambda service: service.review(limit=args.limit))
    if groups is None:
        print(f"no database at {config.paths.database} yet (the bot creates it on its first start): nothing to review")
        return EXIT_OK
    target = args.dismiss or args.new or args.accept or (int(args.add[0]) if args.add else None)
    if target is None:
        print(render_groups(groups, REVIEW_REASONS))
        return EXIT_OK
    if not 1 <= target <= len(groups):
        print(f"faqbot review: there is no group {target} (the queue has {len(groups)})", file=sys.stderr)
        return EXIT_USAGE
    group = groups[target - 1]
    if args.new:
        # Nothing is written: an entry needs an answer and verbatim quotes that only a person can
        # choose. The group stays queued until the entry exists and the moderator dismisses it.
        print(_new_entry_draft(group, engine), end="")
        return EXIT_OK
    if args.accept and group.picked is None:
        print(f"faqbot review: group {target} is not an asker's pick; use --add {target} ENTRY", file=sys.stderr)
        return EXIT_USAGE
    entry_id = group.picked if args.accept else (args.add[1] if args.add else None)
    if entry_id is not None:
        try:
            result = _editor(config).add_phrasing(entry_id, group.question, who=f"cli:{getpass.getuser()}")
        except ModerationError as exc:
            return _refused("review", exc)
        print(f"change #{result.change.id}: {result.change.summary}")

    removed = _with_service(config, engine, lambda service: service.dismiss(group))
    print(f"{removed} question(s) removed from the review queue")
    return EXIT_OK


def _review_counts_only(args, config: Config) -> int:
    """`faqbot review` with question text storage off: what the counts say, and how to keep text."""
    from .moderation.review import HOW_TO_TURN_ON, TEXT_OFF, render_counts, review_counts

    if args.dismiss or args.new or args.add or args.accept:
        print(f"faqbot review: {TEXT_OFF} There is no group to act on.\n{HOW_TO_TURN_ON}", file=sys.stderr)
        return EXIT_USAGE
    days = config.privacy.retention_days
    counts = _with_store(config, lambda store: store.period_counts(days))
    print(TEXT_OFF)
    if counts is None:
        print(f"no database at {config.paths.database} yet (the bot creates it on its first start): no counts either")
    else:
        print(
            "\n".join(render_counts(review_counts(days, counts.outcomes, counts.suggested, counts.low, counts.votes)))
        )
    print(HOW_TO_TURN_ON)
    return EXIT_OK


def _refused(command: str, exc) -> int:
    """A moderation change that was refused: why, then each problem as file:line: entry: message."""
    from .moderation import Invalid

    print(f"faqbot {command}: {exc}", file=sys.stderr)
    for problem in exc.problems if isinstance(exc, Invalid) else []:
        print(problem, file=sys.stderr)
    return EXIT_PROBLEMS


def _new_entry_draft(group, engine: Engine) -> str:
    from .moderation.yamlformat import dump_entry

    source = next(iter(engine.kb.sources.values()), None)
    wordings = [text for text, _ in group.variants]
    draft = {
        "id": "new-entry-id",
        "question": wordings[0],
        "phrasings": wordings[1:] + ["(at least 10 ways people ask it, in all)"],
        "answer": "(plain, neutral words, at most 600 characters, claiming nothing the quotes do not support)",
        "quotes": [
            {
                "source": source.id if source else "(source id)",
                "speaker": next(iter(source.speakers), "(speaker)") if source else "(speaker)",
                "text": "(copied word for word from the source)",
            }
        ],
    }
    header = (
        f"# A new FAQ entry from review group: \u201c{group.question}\u201d ({group.count} question(s)).\n"
        "# Complete it, save it as knowledge/ID.yaml (ID = the id below), then run: faqbot validate\n"
    )
    return header + dump_entry(draft)


def cmd_stats(args, config: Config) -> int:
    """Answers per entry, unanswered rate and helpful ratio over the last --days days (default 30);
    --csv for a spreadsheet. Counts only: nothing about who asked. --by-server: the same period per
    server (answers, "did you mean", unanswered, votes, review-queue rows queued and dropped over
    limits.review_per_server_per_day), with each server's name as the bot last saw it.

    Example: faqbot stats --days 7 --csv > week.csv; faqbot stats --by-server --csv > servers.csv
    """
    from .moderation import build_report
    from .moderation.stats import render_csv, render_servers_csv, render_servers_text, render_text

    if args.days < 1:
        print("faqbot stats: --days must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    if args.by_server:
        import datetime as _dt

        since = (_dt.datetime.now(_dt.UTC).date() - _dt.timedelta(days=args.days - 1)).isoformat()
        rows = _with_store(config, lambda store: store.server_counts(args.days)) or []
        render = render_servers_csv if args.csv else render_servers_text
        text = render(rows, args.days, since)
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return EXIT_OK
    engine = _served_engine(config)
    report = _with_service(config, engine, lambda service: service.stats(args.days))
    if report is None:  # no database yet: every count is zero
        import datetime as dt

        since = (dt.datetime.now(dt.UTC).date() - dt.timedelta(days=args.days - 1)).isoformat()
        report = build_report(args.days, since, {}, {}, {}, list(engine.kb.entries))
    if args.chart:
        from .moderation.chart import ChartUnavailable, write_chart

        try:
            write_chart(report, args.chart)
        except (ChartUnavailable, OSError) as exc:
            print(f"faqbot stats: {exc}", file=sys.stderr)
            return EXIT_PROBLEMS
        print(f"faqbot stats: chart written to {args.chart}", file=sys.stderr)
    sys.stdout.write(render_csv(report) if args.csv else render_text(report) + "\n")
    return EXIT_OK


def _block_target(args) -> tuple[str, int] | None:
    if args.user is not None:
        return "user", args.user
    if args.server is not None:
        return "server", args.server
    return None


def cmd_block(args, config: Config) -> int:
    """Block a user or a server: the bot gives them no answers (docs/moderators.md#blocks), in every
    process within limits.blocks_refresh_seconds. A user is named by their Discord id, which is
    hashed before it is stored (the id itself is never kept); a server by its id. --minutes makes
    the block temporary; without it, it lasts until faqbot unblock.

    Example: faqbot block --server 123456789012345678; faqbot block --user 234567890123456789 --minutes 60
    """
    kind, target = _block_target(args) or ("", 0)
    if target <= 0:
        print("faqbot block: the id must be a positive number (a Discord id)", file=sys.stderr)
        return EXIT_USAGE
    if kind == "server" and target in config.discord.home_guild_ids:
        print(f"faqbot block: {target} is a home server of the campaign (discord.home_guild_ids)", file=sys.stderr)
        return EXIT_USAGE

    async def block(store):
        key = store.user_key(target) if kind == "user" else str(target)
        until = await store.block(kind, key, seconds=args.minutes * 60 if args.minutes else None)
        return key, until

    key, until = _with_store(config, block, create=True)
    who = f"user {key[:12]}" if kind == "user" else f"server {target}"
    print(f"blocked {who} " + (f"until {until}" if until else "until faqbot unblock"))
    return EXIT_OK


def cmd_unblock(args, config: Config) -> int:
    """Lift a block: --user ID, --server ID, or --key HASH (the start of a blocked user's hash, as
    faqbot blocks shows it: how to lift an automatic block, whose user id nobody knows).

    Example: faqbot unblock --server 123456789012345678; faqbot unblock --key 3f2a9c01d2e4
    """

    async def unblock(store):
        if args.key is not None:
            text = args.key.strip().lower()
            matches = [b for b in await store.blocks() if b.kind == "user" and b.target.startswith(text)]
            if len(text) < 6 or len(matches) != 1:
                return None
            kind, key = "user", matches[0].target
        else:
            kind, target = _block_target(args) or ("", 0)
            key = store.user_key(target) if kind == "user" else str(target)
        return (kind, key) if await store.unblock(kind, key) else None

    lifted = _with_store(config, unblock)
    if lifted is None:
        what = f"--key {args.key}" if args.key is not None else "that id"
        print(f"faqbot unblock: no block matches {what} (faqbot blocks lists them)", file=sys.stderr)
        return EXIT_PROBLEMS
    kind, key = lifted
    print(f"unblocked {kind} {key[:12] if kind == 'user' else key}")
    return EXIT_OK


def cmd_blocks(args, config: Config) -> int:
    """The block list in force: servers by id (and name, as the bot last saw it), users by the
    start of their hash (never an id), until when, and whether a moderator or the automatic block
    after repeated cooldown hits made it. --json for scripts.

    Example: faqbot blocks; faqbot blocks --json
    """

    async def read(store):
        return await store.blocks(), await store.server_names()

    blocks, names = _with_store(config, read) or ([], {})
    rows = [
        {
            "kind": b.kind,
            "target": b.target if b.kind == "server" else b.target[:12],
            "name": names.get(b.target, "") if b.kind == "server" else "",
            "until": b.until,
            "source": b.source,
            "since": b.created_day,
        }
        for b in blocks
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return EXIT_OK
    if not rows:
        print("no blocks")
        return EXIT_OK
    print(f"{'kind':<7} {'target':<20} {'until':<26} {'by':<10} {'since':<10}  name")
    for r in rows:
        until = r["until"] or "until lifted"
        name = " ".join(str(r["name"]).split())[:40]
        print(f"{r['kind']:<7} {r['target']:<20} {until:<26} {r['source']:<10} {r['since']:<10}  {name}".rstrip())
    return EXIT_OK


def cmd_run(args, config: Config) -> int:
    """Run the Discord bot when DISCORD_TOKEN is set; otherwise the console chat."""
    if not os.environ.get("DISCORD_TOKEN"):
        if args.command == "run":
            print("faqbot run: DISCORD_TOKEN is not set (put the bot token in the environment).", file=sys.stderr)
            return EXIT_USAGE
        print("DISCORD_TOKEN is not set: starting the console chat instead of Discord.\n")
        return cmd_chat(args, config)
    from .discord_app.runner import run_bot

    return run_bot(config)


def cmd_sync(args, config: Config) -> int:
    """Register the slash commands with Discord (globally, or in one guild).

    --dry-run only prints what would be registered, without a token and without contacting Discord:
    faqbot sync --dry-run --json"""
    if args.json and not args.dry_run:
        print("faqbot sync: --json goes with --dry-run (faqbot sync --dry-run --json)", file=sys.stderr)
        return EXIT_USAGE
    if args.dry_run:
        from .discord_app.runner import planned_commands

        planned = planned_commands(config, args.guild)
        if args.json:
            print(json.dumps(planned, indent=2))
        else:
            for command in planned:
                scope = command["scope"]
                where = "global" if scope == "global" else "servers " + ", ".join(str(g) for g in scope)
                print(f"{command['name']:<12} {command['type']:<8} {where}")
            if not any(c["name"] == "faq-mod" for c in planned) and config.discord.feature("moderation"):
                print(
                    "(no /faq-mod: moderation in Discord is off until discord.home_guild_ids lists the "
                    "campaign's server ids)"
                )
        return EXIT_OK
    from .discord_app.runner import sync_commands

    return sync_commands(config, args.guild)


def cmd_backup(args, config: Config) -> int:
    """Write one archive (tar.gz, readable by its owner only) with a consistent snapshot of the
    database and the audit log (SQLite's online backup) and every file of the knowledge folder;
    safe while the bot runs. The hash secret only with --with-secret (see docs/privacy.md).

    Example: faqbot backup --output backups/faqbot.tar.gz; faqbot restore backups/faqbot.tar.gz
    """
    from .backup import create_backup, default_name
    from .progress import Meter, progress

    output = args.output or default_name()
    if output.exists():
        print(f"faqbot backup: {output} exists already; give another --output", file=sys.stderr)
        return EXIT_USAGE
    manifest = create_backup(config, output, with_secret=args.with_secret, progress=progress, meter=Meter)
    print(
        f"wrote {output}: {', '.join(manifest['contents'])} ({manifest['knowledge_files']} FAQ files, "
        f"FAQ version {manifest['faq_version']})"
    )
    if not args.with_secret and config.secret_file.exists():
        print(
            f"note: the hash secret {config.secret_file} is not in the archive: keep a copy apart, or use "
            "--with-secret (docs/privacy.md)",
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_restore(args, config: Config) -> int:
    """Put a `faqbot backup` archive back: the database, the audit log, the knowledge folder (and the
    hash secret if the archive has it). Refuses to replace anything that exists unless --force; with
    --force the current state is first saved to data/faqbot-before-restore-*.tar.gz. Stop the bot first.

    Example: faqbot restore faqbot-backup-20261205-093000.tar.gz --force
    """
    from .backup import SECRET, BackupError, create_backup, default_name, read_archive, replacements, restore_backup
    from .progress import progress

    try:
        archive = read_archive(args.file)
    except BackupError as exc:
        print(f"faqbot restore: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    replaced = replacements(config, archive)
    if replaced and not args.force:
        print(
            f"faqbot restore: this would replace {'; '.join(replaced)}. Stop the bot, then run again with "
            "--force (the current state is saved to a backup first).",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    if replaced:
        safety = config.paths.database.parent / default_name("faqbot-before-restore")
        create_backup(config, safety, with_secret=SECRET in archive.files)
        print(f"saved the current state to {safety}")
    for what in restore_backup(config, archive, progress=progress):
        print(f"restored {what}")
    made, version = archive.manifest.get("created"), archive.manifest.get("faq_version")
    print(f"from {args.file} (made {made}, FAQ version {version}); check with faqbot doctor, then start the bot")
    return EXIT_OK


def cmd_doctor(args, config: Config) -> int:
    """Check everything a start needs, one line each: Python, the install, the FAQ, the database,
    the token (never shown), Discord reachable, intents, home server, which commands go where.
    Exit code 1 when something would stop the bot from starting, else 0 (warnings included).

    Example: faqbot doctor; faqbot doctor --offline (no connection to Discord)"""
    from .doctor import run_checks
    from .envfile import env_file
    from .netcheck import unreachable

    blocked = 0
    for check in run_checks(config, reach=None if args.offline else unreachable, env_file=env_file()):
        print(check.line(), flush=True)
        blocked += check.blocks_start
    print(f"{blocked} problem(s) would stop the bot from starting" if blocked else "ready to start: faqbot run")
    return EXIT_PROBLEMS if blocked else EXIT_OK


def _date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= 525_600:
        raise argparse.ArgumentTypeError("must be between 1 and 525600 (a year)")
    return value


def _shared_options(*, given_only: bool) -> argparse.ArgumentParser:
    """--knowledge, --config and -v, accepted before and after the command.

    A subcommand's copy must not set a default: argparse applies a subparser's defaults over what
    the main parser already read, so `faqbot --config other.yaml calibrate` would silently fit
    (and write) the default config's calibration.
    """
    default: dict[str, Any] = {"default": argparse.SUPPRESS} if given_only else {}
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--knowledge", type=Path, help="FAQ folder (default: from config)", **default)
    options.add_argument("--config", type=Path, help="config file (default: config.yaml of this checkout)", **default)
    options.add_argument("-v", "--verbose", action="store_true", help="debug logging", **default)
    return options


def build_parser() -> argparse.ArgumentParser:
    common = _shared_options(given_only=True)
    parser = argparse.ArgumentParser(
        prog="faqbot",
        parents=[_shared_options(given_only=False)],
        description="Sourced answers about the campaign. "
        "With no command: Discord if DISCORD_TOKEN is set, else a console chat.",
    )
    sub = parser.add_subparsers(dest="command")

    def add(name, func, help_text, **kw):
        p = sub.add_parser(name, parents=[common], help=help_text, description=func.__doc__, **kw)
        p.set_defaults(func=func)
        return p

    p = add("ask", cmd_ask, 'answer one question, e.g. faqbot ask "who signed the letter?"')
    p.add_argument("question", nargs="?")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print one JSON object")
    fmt.add_argument(
        "--jsonl", action="store_true", help="read one question per line from stdin, print one JSON object per line"
    )
    add("chat", cmd_chat, "interactive console chat")
    add("list", cmd_list, "list the FAQ entries")
    add("validate", cmd_validate, "check the FAQ (quotes verbatim, fields, collisions)")
    p = add("eval", cmd_eval, "score a labelled question set, e.g. faqbot eval tests/data/eval.yaml")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument(
        "--json", action="store_true", help="one JSON object per file (one per line): the figures, for scripts"
    )
    p = add(
        "calibrate",
        cmd_calibrate,
        "fit thresholds on calibration sets, e.g. faqbot calibrate tests/data/calibration*.yaml",
    )
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="print the calibration file without writing it")
    p.add_argument(
        "--keep-model",
        action="store_true",
        help="keep the confidence model in use and fit only the thresholds (and the text view's weight)",
    )
    p.add_argument(
        "--wrong-cost",
        type=float,
        default=3.0,
        help="what a wrong answer costs in right ones when the thresholds are chosen (default 3)",
    )
    p.add_argument(
        "--only",
        metavar="LANGS",
        default="",
        help="with --keep-model: fit only these languages' thresholds, e.g. fa,fa-Latn (en: the English ones)",
    )
    p = add(
        "export",
        cmd_export,
        "write the whole FAQ as a web page, Markdown or JSON, e.g. faqbot export --format html --output faq.html",
    )
    p.add_argument(
        "--format",
        choices=("html", "md", "json", "audit"),
        default="html",
        help="html (default), md, json, or audit (quotes with offsets and source hashes, for faqbot verify)",
    )
    p.add_argument("--output", "-o", type=Path, help="file to write (default: standard output)")
    p.add_argument(
        "--as-of",
        dest="as_of",
        type=_date,
        metavar="YYYY-MM-DD",
        help='the date of the HTML page\'s "As of DATE" line (default: today, UTC)',
    )
    p.add_argument(
        "--no-changelog",
        dest="changelog",
        action="store_false",
        help='leave out the public changelog ("Updated on DATE: what changed": bot edits and hand edits)',
    )
    p = add("history", cmd_history, "changes made to the FAQ, e.g. faqbot history --id executions")
    p.add_argument("--id", help="only this entry's changes")
    p.add_argument("--change", type=int, help="show this change in full (as a diff)")
    p.add_argument("--limit", type=int, default=50, help="at most this many changes (default 50)")
    p.add_argument(
        "--patch",
        action="store_true",
        help="every change, oldest first, as patches for git am (one commit each; no names)",
    )
    p.add_argument("--since", type=int, metavar="N", help="with --patch: only the changes after change N")
    p.add_argument(
        "--public",
        action="store_true",
        help='the public changelog the exports show ("Updated on DATE: what changed"; no names, no phrasings)',
    )
    p = add("undo", cmd_undo, "undo the newest FAQ change (restores the exact previous file)")
    p.add_argument("--change", type=int, help="undo this change (see faqbot history) instead of the newest")
    p = add("review", cmd_review, "questions the bot missed, grouped by similarity, e.g. faqbot review")
    act = p.add_mutually_exclusive_group()
    act.add_argument("--dismiss", type=int, metavar="N", help="remove group N from the queue")
    act.add_argument("--add", nargs=2, metavar=("N", "ENTRY"), help="add group N's question as a phrasing of ENTRY")
    act.add_argument(
        "--accept",
        type=int,
        metavar="N",
        help='add group N, an asker\'s pick from "did you mean", as a phrasing of the entry they picked',
    )
    act.add_argument(
        "--new", type=int, metavar="N", help="print a new entry to start from, made of group N's questions"
    )
    p.add_argument("--limit", type=int, default=1000, help="look at the newest this many questions (default 1000)")
    p = add("stats", cmd_stats, "answers per entry, unanswered rate, helpful ratio, e.g. faqbot stats --days 7 --csv")
    p.add_argument("--days", type=int, default=30, help="the period, in days up to today (default 30)")
    p.add_argument("--csv", action="store_true", help="CSV for a spreadsheet: one row per entry (or server)")
    p.add_argument(
        "--chart",
        metavar="FILE.png",
        help="also draw the period as a PNG chart (questions per day, top entries, helpful ratio)",
    )
    p.add_argument(
        "--by-server",
        action="store_true",
        help="per server: answers, unanswered, votes, review rows queued and dropped (names as last seen)",
    )
    p = add("block", cmd_block, "block a user or server, e.g. faqbot block --server 123456789012345678")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--user", type=int, metavar="ID", help="a user's Discord id (stored only as a keyed hash)")
    target.add_argument("--server", type=int, metavar="ID", help="a server's (guild's) Discord id")
    p.add_argument(
        "--minutes", type=_positive, metavar="N", help="a temporary block of N minutes (default: until lifted)"
    )
    p = add("unblock", cmd_unblock, "lift a block, e.g. faqbot unblock --server 123456789012345678")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--user", type=int, metavar="ID", help="a user's Discord id")
    target.add_argument("--server", type=int, metavar="ID", help="a server's Discord id")
    target.add_argument("--key", metavar="HASH", help="the start of a blocked user's hash, as faqbot blocks shows it")
    p = add("blocks", cmd_blocks, "the block list: blocked servers and users (hashed), e.g. faqbot blocks")
    p.add_argument("--json", action="store_true", help="a JSON list of {kind, target, name, until, source, since}")
    p = add(
        "backup",
        cmd_backup,
        "write one archive of the database, audit log and FAQ, e.g. faqbot backup --output b.tar.gz",
    )
    p.add_argument("--output", "-o", type=Path, help="archive to write (default: faqbot-backup-DATE-TIME.tar.gz here)")
    p.add_argument("--with-secret", action="store_true", help="include the hash secret file (see docs/privacy.md)")
    p = add("restore", cmd_restore, "put a backup archive back, e.g. faqbot restore b.tar.gz")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace the database, audit log and FAQ that exist")
    p = add("doctor", cmd_doctor, "check everything a start needs, one line each, e.g. faqbot doctor")
    p.add_argument("--offline", action="store_true", help="do not try to connect to Discord")
    p = add(
        "store", cmd_store, "copy the store into another database, e.g. faqbot store copy --to postgresql://host/db"
    )
    p.add_argument("action", choices=("copy",), help="copy: copy every table, then compare the counts")
    p.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help="postgresql://user:password@host/dbname, or a SQLite file path (must be empty or new)",
    )
    add("run", cmd_run, "run the Discord bot (needs DISCORD_TOKEN in the environment)")
    p = add("sync", cmd_sync, "register slash commands with Discord (needs DISCORD_TOKEN)")
    p.add_argument("--guild", type=int, help="sync to one guild only (instant), not globally")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="print the commands that would be registered, and where; needs no token, contacts nothing",
    )
    p.add_argument("--json", action="store_true", help='with --dry-run: a JSON list of {"name", "type", "scope"}')
    from .cli_sources import add_commands

    add_commands(add, common)
    parser.set_defaults(func=cmd_run)
    return parser


def main(argv: list[str] | None = None) -> int:
    from .envfile import load_env_file

    load_env_file()  # DISCORD_TOKEN etc. from .env; a variable already set wins (bot/envfile.py)
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        config = _config(args)
        return args.func(args, config)
    except ConfigError as exc:
        print(f"config error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SemanticUnavailable as exc:
        print(f"faqbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KnowledgeError as exc:
        print(exc, file=sys.stderr)
        print(f"the FAQ has {len(exc.problems)} problem(s); run `faqbot validate` for the list", file=sys.stderr)
        return EXIT_PROBLEMS
    except FileNotFoundError as exc:
        print(f"faqbot: {exc.filename}: file not found", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except _StoreUnusable as exc:
        print(f"faqbot: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except FaqbotError as exc:  # the rest of the tree in bot/errors.py: one line, never a traceback
        print(f"faqbot: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
