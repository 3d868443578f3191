"""The `faqbot` command: a thin layer over the engine.

Each command is a short wrapper around a library call. Discord is imported only by `run` and
`sync`, so `faqbot ask` starts fast and works where discord.py is broken or absent.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from .config import Config, ConfigError, load_config
from .engine import Engine, KnowledgeError
from .engine.validation import load_engine, validate

log = logging.getLogger(__name__)

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _config(args) -> Config:
    return load_config(args.config).with_knowledge(args.knowledge)


def _engine(config: Config) -> Engine:
    return load_engine(config.paths.knowledge, config.paths.seeds, config.matching)


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def cmd_ask(args, config: Config) -> int:
    """faqbot ask "how many people were executed?" [--json | --jsonl]"""
    from .console import render_reply

    engine = _engine(config)
    if args.jsonl:
        for line in sys.stdin:
            question = line.rstrip("\r\n")
            _print_json(engine.ask(question).to_json())
            sys.stdout.flush()
        return EXIT_OK
    if args.question is None:
        print("faqbot ask: give a QUESTION, or --jsonl to read questions from stdin", file=sys.stderr)
        return EXIT_USAGE
    reply = engine.ask(args.question)
    if args.json:
        _print_json(reply.to_json())
    else:
        print(render_reply(reply, engine))
    return EXIT_OK


def cmd_chat(args, config: Config) -> int:
    """An interactive console chat on the same engine the Discord bot uses."""
    from .console import render_list, render_reply
    from .engine import Outcome

    engine = _engine(config)
    print(f"faqbot console chat \u00b7 {len(engine.kb)} FAQ entries \u00b7 FAQ version {engine.kb.version}")
    print("Ask a question. ':list' shows the FAQ, a number picks a suggestion, ':quit' or Ctrl-D leaves.\n")
    suggestions: tuple[str, ...] = ()
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
        if line.isdigit() and suggestions and 1 <= int(line) <= len(suggestions):
            entry = engine.entry(suggestions[int(line) - 1])
            line = entry.question if entry else line
        reply = engine.ask(line)
        suggestions = reply.result.suggestions if reply.result.outcome is Outcome.SUGGEST else ()
        print("\nfaqbot> " + render_reply(reply, engine) + "\n")


def cmd_list(args, config: Config) -> int:
    """Every FAQ entry: id and canonical question."""
    from .console import render_list

    print(render_list(_engine(config)))
    return EXIT_OK


def cmd_validate(args, config: Config) -> int:
    """Check the FAQ; print each problem as file:line: entry: message; exit 1 if any."""
    engine, problems = validate(config.paths.knowledge, config.paths.seeds, config.matching)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return EXIT_PROBLEMS
    quotes = sum(len(e.quotes) for e in engine.kb.entries.values())
    print(f"ok: {len(engine.kb)} entries, {quotes} quotes verified verbatim in {len(engine.kb.sources)} source(s), FAQ version {engine.kb.version}")
    return EXIT_OK


def cmd_eval(args, config: Config) -> int:
    """Score a labelled question set (in_scope: [{q, entry}], out_of_scope: [q])."""
    from .engine.evaluation import evaluate, load_question_set

    engine = _engine(config)
    items = load_question_set(args.file)
    unknown = sorted({i.entry for i in items if i.entry and i.entry not in engine.kb.entries})
    if unknown:
        print(f"{args.file}: unknown entry ids: {', '.join(unknown)}", file=sys.stderr)
        return EXIT_PROBLEMS
    report = evaluate(engine.matcher, items)
    print(f"{args.file}: {report.in_scope} in-scope, {report.out_of_scope} out-of-scope questions")
    print("\n".join(report.lines()))
    return EXIT_OK


def cmd_calibrate(args, config: Config) -> int:
    """Fit the abstention model and thresholds on a calibration set; write them to config.yaml."""
    from .calibration_file import write_calibration
    from .engine.evaluation import calibrate, evaluate, load_question_set

    engine = _engine(config)
    items = load_question_set(args.file)
    entries = [(e.id, e.all_phrasings()) for e in engine.kb.entries.values()]
    calibration = calibrate(engine.matcher, items, entries=entries)
    tuned = Engine.build(engine.kb, calibration.apply(config.matching))
    report = evaluate(tuned.matcher, items)
    print(f"calibrated on {args.file}: answer >= {calibration.answer_threshold}, suggest >= {calibration.suggest_threshold}")
    print("\n".join(report.lines()[:3]))
    if args.dry_run:
        print("(dry run: config not written)")
    else:
        write_calibration(config.path, calibration)
        print(f"written to {config.path}")
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
    """Register the slash commands with Discord (globally, or in one guild)."""
    from .discord_app.runner import sync_commands

    return sync_commands(config, args.guild)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--knowledge", type=Path, help="FAQ folder (default: from config)")
    common.add_argument("--config", type=Path, help="config file (default: config.yaml of this checkout)")
    common.add_argument("-v", "--verbose", action="store_true", help="debug logging")

    parser = argparse.ArgumentParser(
        prog="faqbot", parents=[common],
        description="Sourced answers about the campaign. With no command: Discord if DISCORD_TOKEN is set, else a console chat.",
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
    fmt.add_argument("--jsonl", action="store_true", help="read one question per line from stdin, print one JSON object per line")
    add("chat", cmd_chat, "interactive console chat")
    add("list", cmd_list, "list the FAQ entries")
    add("validate", cmd_validate, "check the FAQ (quotes verbatim, fields, collisions)")
    p = add("eval", cmd_eval, "score a labelled question set, e.g. faqbot eval tests/data/eval.yaml")
    p.add_argument("file", type=Path)
    p = add("calibrate", cmd_calibrate, "fit thresholds on a calibration set, e.g. faqbot calibrate tests/data/calibration.yaml")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="print the result without writing config.yaml")
    add("run", cmd_run, "run the Discord bot (needs DISCORD_TOKEN in the environment)")
    p = add("sync", cmd_sync, "register slash commands with Discord (needs DISCORD_TOKEN)")
    p.add_argument("--guild", type=int, help="sync to one guild only (instant), not globally")
    parser.set_defaults(func=cmd_run)
    return parser


def main(argv: list[str] | None = None) -> int:
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
    except KnowledgeError as exc:
        print(exc, file=sys.stderr)
        print(f"the FAQ has {len(exc.problems)} problem(s); run `faqbot validate` for the list", file=sys.stderr)
        return EXIT_PROBLEMS
    except FileNotFoundError as exc:
        print(f"faqbot: {exc.filename}: file not found", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
