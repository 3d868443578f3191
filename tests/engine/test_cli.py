"""The faqbot command as people and scripts use it."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

from bot.cli import build_parser, main

REPO = Path(__file__).resolve().parents[2]
JSON_FIELDS = {
    "question",
    "answered",
    "entry",
    "score",
    "answer",
    "quotes",
    "suggestions",
    "scope",
    "caveat",
    "reason",
    "kind",
    "lang",
    "translation",
}


def run(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def test_ask_json_has_exactly_the_documented_fields_and_verbatim_quotes(capsys, engine):
    entry = engine.kb.entries["executions"]
    assert main(["ask", entry.question, "--json"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert set(obj) == JSON_FIELDS
    assert obj["answered"] is True and obj["entry"] == "executions"
    assert 0 <= obj["score"] <= 100 and obj["answer"] == entry.answer and obj["suggestions"] == []
    seed = (REPO / "seeds" / "iran-un-letter-report.txt").read_text(encoding="utf-8").splitlines()
    assert obj["quotes"]
    for quote in obj["quotes"]:
        assert set(quote) == {"text", "source", "attribution", "paragraph"}
        assert quote["text"] in seed[quote["paragraph"] - 1]
        assert quote["source"] == "iran-un-letter-report"


def test_ask_refuses_an_unanswerable_question(capsys):
    assert main(["ask", "how many people were executed in saudi arabia?", "--json"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["answered"] is False and obj["entry"] is None and obj["answer"] is None and obj["quotes"] == []


def test_ask_json_reason_says_why_a_question_was_not_answered_in_full(capsys, engine):
    def ask(question: str) -> dict:
        assert main(["ask", question, "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    confident = ask(engine.kb.entries["executions"].question)
    assert confident["answered"] is True and confident["reason"] is None
    # about a country the FAQ never names: refused by the off-topic veto, whatever the score
    elsewhere = ask("how many people were executed in saudi arabia?")
    assert elsewhere["answered"] is False and elsewhere["reason"] == "off_topic"
    assert ask("recipe for chocolate cake")["reason"] == "below_suggest_threshold"
    assert ask("hi")["kind"] == "greeting" and ask("hi")["reason"] is None


def test_ask_plain_text_shows_answer_quotes_attribution_and_paragraph(capsys, engine):
    entry = next(e for e in engine.kb.entries.values() if any(q.speaker == "bahreini" for q in e.quotes))
    main(["ask", entry.question])
    out = " ".join(capsys.readouterr().out.split())
    assert entry.answer[:40] in out
    assert "Raha Bahreini, Amnesty International" in out
    assert "paragraph" in out


def test_ask_jsonl_reads_one_question_per_line(engine):
    questions = [
        engine.kb.entries["letter-date"].question,
        "",
        "\u202e\u200b",
        "x" * 10_000,
        "what's the weather like?",
    ]
    proc = run("ask", "--jsonl", stdin="\n".join(questions) + "\n")
    assert proc.returncode == 0, proc.stderr
    objs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["question"] for o in objs] == questions
    assert all(set(o) == JSON_FIELDS for o in objs)
    assert objs[0]["entry"] == "letter-date"
    assert not any(o["answered"] for o in objs[1:])


def test_ask_never_imports_discord():
    code = (
        "import sys, io, contextlib\n"
        "from bot.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['ask', 'who signed the letter?', '--json'])\n"
        "print(sorted(m for m in sys.modules if m == 'discord' or m.startswith('discord.')))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_validate_ok_and_broken(tmp_path, kb_copy):
    ok = run("validate")
    assert ok.returncode == 0 and ok.stdout.startswith("ok: ")
    knowledge, _ = kb_copy
    (knowledge / "executions.yaml").write_text("id: executions\nquestion: [broken\n", encoding="utf-8")
    bad = run("validate", "--knowledge", str(knowledge))
    assert bad.returncode == 1
    assert f"{knowledge / 'executions.yaml'}:2: executions: YAML syntax error" in bad.stdout


def test_broken_knowledge_gives_a_clear_error_not_a_traceback(kb_copy):
    knowledge, _ = kb_copy
    (knowledge / "letter-date.yaml").write_text("- just a list\n", encoding="utf-8")
    proc = run("ask", "when was the letter written?", "--knowledge", str(knowledge))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "letter-date.yaml:1" in proc.stderr


def test_list_shows_every_entry(engine, capsys):
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    for entry in engine.kb.entries.values():
        assert entry.id in out and entry.question in out


def test_chat_answers_and_offers_numbered_suggestions(engine):
    question = engine.kb.entries["who-signed"].question
    proc = run("chat", stdin=f"{question}\nresolution\n1\n:list\n:quit\n")
    assert proc.returncode == 0, proc.stderr
    replies = proc.stdout.split("faqbot> ")
    assert "34" in replies[1] and "[who-signed" in replies[1]
    assert "Did you mean:" in replies[2] and "  1. " in replies[2]
    first = replies[2].split("  1. ")[1].split("[")[1].split("]")[0]  # the id offered first
    assert f"[{first} \u00b7 confidence" in replies[3]  # "1" picked it and got its answer
    assert "women-minorities" in replies[3]  # then :list


def test_without_a_token_the_default_command_is_the_console_chat():
    env = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    proc = subprocess.run(
        [sys.executable, "-m", "bot"],
        input="when was the letter dated?\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        env=env,
    )
    assert proc.returncode == 0
    assert "console chat" in proc.stdout and "November 7" in proc.stdout


def test_run_without_a_token_is_a_clear_error():
    env = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "run"], capture_output=True, text=True, cwd=REPO, timeout=60, env=env
    )
    assert proc.returncode == 2 and "DISCORD_TOKEN" in proc.stderr


def test_eval_prints_a_report(capsys):
    assert main(["eval", str(REPO / "tests" / "data" / "eval.yaml")]) == 0
    out = capsys.readouterr().out
    assert "in-scope accuracy" in out and "out-of-scope answered" in out


def test_knowledge_and_config_options_on_every_command():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, p in sub.choices.items():
        opts = {o for a in p._actions for o in a.option_strings}
        assert {"--knowledge", "--config"} <= opts, name


def test_every_command_is_in_the_command_reference():
    reference = (REPO / "docs" / "commands.md").read_text(encoding="utf-8")
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name in sub.choices:
        assert f"faqbot {name}" in reference, name


def test_chat_greets_helps_and_shows_the_source_of_its_last_answer(engine):
    entry = engine.kb.entries["executions"]
    proc = run("chat", stdin=f"hiii!\nwhy?\n{entry.question}\nsource?\nthanks\ntell me more\n:quit\n")
    assert proc.returncode == 0, proc.stderr
    replies = [" ".join(r.split()) for r in proc.stdout.split("faqbot> ")[1:]]
    first_three = list(engine.kb.entries.values())[:3]
    assert replies[0].startswith("Hello!") and "`:list`" in replies[0] and "faqbot list" not in replies[0]
    assert all(" ".join(e.question.split()) in replies[0] for e in first_three)
    assert "no earlier answer" in replies[1] and "`:list`" in replies[1]  # "why?" before any answer: help
    assert f"[{entry.id} \u00b7 confidence" in replies[2]
    for reply in (replies[3], replies[5]):  # "source?", and "tell me more" after "thanks"
        for quote in entry.quotes:
            paragraph = " ".join(quote.source.paragraphs[quote.paragraph - 1].text.split())
            assert paragraph in reply and f"paragraph {quote.paragraph}" in reply and quote.attribution in reply
    assert replies[4].startswith("You're welcome!")


def test_chat_refusal_names_the_chats_own_list_command():
    proc = run("chat", stdin="recipe for chocolate cake\n:quit\n")
    reply = " ".join(proc.stdout.split("faqbot> ")[1].split())
    assert "`:list` shows them all" in reply and "faqbot list" not in reply


def test_read_only_commands_skip_the_collision_check_but_validate_still_reports_it(kb_copy):
    knowledge, _ = kb_copy
    path = knowledge / "letter-date.yaml"
    text = path.read_text(encoding="utf-8")
    # A phrasing of who-signed, copied into letter-date: a collision, not a broken file.
    path.write_text(
        text.replace("phrasings:\n", "phrasings:\n  - who wrote the letter and who signed it\n", 1), encoding="utf-8"
    )
    checked = run("validate", "--knowledge", str(knowledge))
    assert checked.returncode == 1 and "collision" in checked.stdout + checked.stderr
    asked = run("ask", "when was the letter sent", "--json", "--knowledge", str(knowledge))
    assert asked.returncode == 0 and json.loads(asked.stdout)["question"] == "when was the letter sent"


def test_chat_offers_an_answers_related_entries_as_numbered_follow_ups(engine):
    entry = next(e for e in engine.kb.entries.values() if len(engine.kb.related(e)) >= 2)
    second = engine.kb.related(entry)[1]
    proc = run("chat", stdin=f"{entry.question}\n2\nresolution\n1\n:quit\n")
    assert proc.returncode == 0, proc.stderr
    replies = proc.stdout.split("faqbot> ")
    assert f"[{entry.id} \u00b7" in replies[1] and "Related (type a number):" in replies[1]
    assert f"  2. {second.question}" in " ".join(replies[1].split("\n"))
    assert f"[{second.id} \u00b7" in replies[2]  # "2" showed the second follow-up
    # after a "did you mean", a number picks a suggestion as before
    assert "Did you mean:" in replies[3]
    first = replies[3].split("  1. ")[1].split("[")[1].split("]")[0]
    assert f"[{first} \u00b7 confidence" in replies[4]


def test_shared_options_count_before_and_after_the_command():
    """`faqbot --config X calibrate` once fitted (and wrote) the default config's calibration."""
    parser = build_parser()
    for argv in (
        ["--config", "other.yaml", "--knowledge", "kb", "-v", "calibrate", "x.yaml"],
        ["calibrate", "x.yaml", "--config", "other.yaml", "--knowledge", "kb", "-v"],
    ):
        args = parser.parse_args(argv)
        assert (args.config, args.knowledge, args.verbose) == (Path("other.yaml"), Path("kb"), True), argv
    args = parser.parse_args(["calibrate", "x.yaml"])
    assert (args.config, args.knowledge, args.verbose) == (None, None, False)


def test_chat_hints_at_a_pick_that_picks_nothing_and_an_unknown_command(engine):
    """Not the refusal of a question: the chat says what it read, and forgets nothing."""
    entry = engine.kb.entries["executions"]
    proc = run("chat", stdin=f"{entry.question}\n9\n:foo\nwhy?\n:quit\n")
    assert proc.returncode == 0, proc.stderr
    replies = [" ".join(r.split()) for r in proc.stdout.split("faqbot> ")[1:]]
    related = len(engine.kb.related(entry))
    assert replies[1].startswith(f"There is no 9 to pick: the numbers shown above go up to {related}.")
    assert replies[2].startswith("Unknown command `:foo`:") and "`:list`" in replies[2]
    assert "sourced answer" not in replies[1] + replies[2]
    assert replies[3].startswith("The source of my last answer")  # the answer before the hints


def test_chat_source_view_quotes_no_quotation_marks_twice_and_keeps_a_number_with_its_word(engine):
    entry = engine.kb.entries["executions"]
    proc = run("chat", stdin=f"{entry.question}\nwhy?\n:quit\n")
    view = proc.stdout.split("faqbot> ")[2]
    assert "\u201c\u201c" not in view and "\u201d\u201d" not in view
    for quote in entry.quotes:  # the paragraph itself, set off by its indent
        paragraph = " ".join(quote.source.paragraphs[quote.paragraph - 1].text.split())
        assert paragraph in " ".join(view.split())
    lines = view.splitlines()
    for before, after in itertools.pairwise(lines):  # no line ends on a word whose number opens the next
        assert not (before.split()[-1:] == ["November"] and after.split()[:1] == ["7;"]), (before, after)
    assert any("November 7" in line for line in lines)


def test_a_persian_chat_writes_its_related_questions_right_to_left_with_persian_numbers(engine):
    entry = next(e for e in engine.kb.entries.values() if len(engine.kb.related(e)) >= 2 and "fa" in e.translations)
    second = engine.kb.related(entry)[1]
    question = entry.translations["fa"].question
    proc = run("chat", stdin=f"{question}\n\u06f2\n\u06f9\n:quit\n")  # ۲ picks the second; ۹ nothing
    assert proc.returncode == 0, proc.stderr
    replies = proc.stdout.split("faqbot> ")
    related = replies[1].split("\u200f" + "پرسش‌های مرتبط")[1].splitlines()[1:3]
    assert all(line.startswith("\u200f  ") for line in related)
    assert related[1].startswith("\u200f  \u06f2. ")
    assert f"[{second.id} \u00b7" in replies[2]
    assert replies[3].startswith("\u200f") and "گزینهٔ" in replies[3]


def test_calibrate_fits_one_language_only_with_the_model_kept():
    """`--only fa` keeps the English thresholds, which were chosen for the model in use: without
    `--keep-model` the model would be refitted under them, so the command refuses and writes nothing."""
    proc = run("calibrate", "--only", "fa", "tests/data/calibration-fa.yaml")
    assert proc.returncode == 2 and "--keep-model" in proc.stderr and "written" not in proc.stdout
