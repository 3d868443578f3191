"""The source commands: faqbot verify-quote, export --format audit, verify, sources add, quote, new;
on temporary copies of the knowledge and seeds folders."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.engine import i18n, load_knowledge
from bot.engine.sources import load_sources

REPO = Path(__file__).resolve().parent.parent


def config_for(tmp_path: Path, knowledge: Path, seeds: Path) -> str:
    path = tmp_path / "config.yaml"
    path.write_text(
        f"paths:\n  knowledge: {knowledge}\n  seeds: {seeds}\n  database: {tmp_path / 'db.sqlite3'}\n"
        f"moderation:\n  audit_log: {tmp_path / 'audit.sqlite3'}\n",
        encoding="utf-8",
    )
    return str(path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- verify-quote ---------------------------------------------------------------------------------


def test_verify_quote_json_says_verbatim_with_the_location(capsys):
    kb = load_knowledge(REPO / "knowledge", REPO / "seeds")
    quote = kb.entries["executions"].quotes[0]
    code, out, _ = run(capsys, "verify-quote", quote.text.replace("\u2019", "'"), "--json")
    data = json.loads(out)
    assert code == 0 and data["verdict"] == "verbatim"
    assert (data["source"], data["paragraph"], data["speaker"]) == (quote.source.id, quote.paragraph, quote.speaker)
    assert data["title"] == quote.source.title and "executions" in data["quoted_in"]


def test_verify_quote_marks_an_altered_quote_and_exits_1(tmp_path, capsys):
    base = REPO / "tests" / "data" / "moderation"
    code, out, _ = run(
        capsys,
        "verify-quote",
        "Honeybees visit about three thousand flowers a day",
        "--config",
        config_for(tmp_path, base / "knowledge", base / "seeds"),
    )
    assert code == 1
    assert out.startswith("altered: ") and "[-two-] {+three+}" in out and "paragraph 2" in out


def test_verify_quote_not_found_in_a_subprocess():
    done = subprocess.run(
        [sys.executable, "-m", "bot", "verify-quote", "Bees never visit flowers at night, said the mayor.", "--json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)["verdict"] == "not_found"


def test_verify_quote_lang_fa_says_the_verdict_in_persian_around_the_verbatim_words(tmp_path, capsys):
    base = REPO / "tests" / "data" / "moderation"
    config = config_for(tmp_path, base / "knowledge", base / "seeds")
    text = "Honeybees visit about three thousand flowers a day"
    code, out, _ = run(capsys, "verify-quote", text, "--lang", "fa", "--config", config)
    assert code == 1
    lines = out.splitlines()
    # Every Persian sentence opens right to left; the title, the words and the passage stay as written.
    title = "\u2068Field notes from the island\u2069"  # isolated inside the Persian sentence, not translated
    assert lines[0].startswith("\u200f" + i18n.t("verify_altered", "fa", title=title, paragraph=2))
    assert "paragraph" not in out and "altered" not in out
    assert "    Honeybees visit about [-two-] {+three+} thousand flowers a day" in lines
    assert i18n.t("verify_changed", "fa", source="\u2068two\u2069", quote="\u2068three\u2069") in out
    passage = next(line for line in lines if line.startswith("    \u201c"))
    assert passage == "    \u201cHoneybees visit about two thousand flowers a day\u201d"  # verbatim, left to right
    code, english, _ = run(capsys, "verify-quote", text, "--config", config)
    assert english.startswith("altered: ") and "\u200f" not in english  # English is the default


def test_verify_quote_lang_fa_for_verbatim_and_not_found_and_json_unchanged(tmp_path, capsys):
    base = REPO / "tests" / "data" / "moderation"
    config = config_for(tmp_path, base / "knowledge", base / "seeds")
    quote = "Honeybees visit about two thousand flowers a day"
    code, out, _ = run(capsys, "verify-quote", quote, "--lang", "fa", "--config", config)
    title = "\u2068Field notes from the island\u2069"
    assert code == 0 and out.startswith("\u200f" + i18n.t("verify_verbatim", "fa", title=title, paragraph=2))
    code, out, _ = run(
        capsys, "verify-quote", "Bees never visit flowers at night, said the mayor.", "--lang", "fa", "--config", config
    )
    assert code == 1 and out.strip() == "\u200f" + i18n.t("verify_not_found", "fa", count=1)
    for text in (quote, quote.replace("two", "three"), "Bees never visit flowers at night."):
        in_english = run(capsys, "verify-quote", text, "--json", "--config", config)
        in_persian = run(capsys, "verify-quote", text, "--json", "--lang", "fa", "--config", config)
        assert in_persian == in_english  # --json is language-neutral: same fields, same verdicts


def test_verify_quote_refuses_a_language_it_has_no_sentences_for(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["verify-quote", "anything", "--lang", "de"])
    assert exited.value.code == 2 and "--lang" in capsys.readouterr().err


# -- the audit export and faqbot verify -----------------------------------------------------------


def test_audit_export_pins_every_quote_and_verify_accepts_it(tmp_path, kb_copy, capsys):
    knowledge, seeds = kb_copy
    config = config_for(tmp_path, knowledge, seeds)
    out = tmp_path / "audit.json"
    assert run(capsys, "export", "--format", "audit", "--output", str(out), "--config", config)[0] == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    kb = load_knowledge(knowledge, seeds)
    assert data["format"] == "faqbot-audit" and data["faq_version"] == kb.version
    assert data["exported_at"].endswith("Z") and data["changelog"] == []
    assert len(data["quotes"]) == sum(len(e.quotes) for e in kb.entries.values())
    texts = {s.id: s.text for s in kb.sources.values()}
    for q in data["quotes"]:
        assert texts[q["source"]][q["start"] : q["end"]] == q["text"]
    (source,) = data["sources"]
    assert source["sha256"] == kb.sources[source["id"]].digest
    assert {"publisher", "url", "published", "archived_url"} <= set(source)
    assert source["url"] is None  # the shipped seed names none, and none is invented

    code, printed, _ = run(capsys, "verify", str(out), "--sources", str(seeds))
    assert code == 0 and printed.startswith("ok: ") and printed.count("\n") == 1
    assert f"{len(data['quotes'])} quote(s)" in printed


def _export(tmp_path, capsys, knowledge, seeds) -> tuple[Path, dict]:
    out = tmp_path / "audit.json"
    assert (
        run(capsys, "export", "--format", "audit", "-o", str(out), "--config", config_for(tmp_path, knowledge, seeds))[
            0
        ]
        == 0
    )
    return out, json.loads(out.read_text(encoding="utf-8"))


def test_verify_names_the_first_quote_whose_source_changed(tmp_path, small_kb, capsys):
    knowledge, seeds = small_kb
    out, data = _export(tmp_path, capsys, knowledge, seeds)
    text = seeds / "field-notes.txt"
    text.write_text(text.read_text(encoding="utf-8").replace("two thousand", "three thousand"), encoding="utf-8")
    code, _, err = run(capsys, "verify", str(out), "--sources", str(seeds))
    first = data["quotes"][0]
    assert code == 1 and f"quote 1 of {first['entry']}" in err and "changed since the export" in err


def test_verify_names_a_quote_whose_text_or_offsets_were_edited(tmp_path, small_kb, capsys):
    knowledge, seeds = small_kb
    out, data = _export(tmp_path, capsys, knowledge, seeds)
    second = data["quotes"][1]
    data["quotes"][1]["text"] = second["text"].replace("a", "o", 1)
    out.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run(capsys, "verify", str(out), "--sources", str(seeds))
    assert code == 1 and f"of {second['entry']} (#2 in the export)" in err and "not the quoted" in err
    data["quotes"][1] = {**second, "start": second["start"] + 1, "end": second["end"] + 1}
    out.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run(capsys, "verify", str(out), "--sources", str(seeds))
    assert code == 1 and "(#2 in the export)" in err


def test_verify_refuses_what_is_not_an_audit_export(tmp_path, capsys):
    bad = tmp_path / "x.json"
    for content in ("{not json", json.dumps({"format": "faqbot-faq"}), json.dumps([1, 2])):
        bad.write_text(content, encoding="utf-8")
        code, _, err = run(capsys, "verify", str(bad))
        assert code == 1 and "x.json" in err and "Traceback" not in err


def test_the_changelog_says_what_changed_by_day_never_who_nor_phrasings(tmp_path, small_kb, capsys):
    """The audit export's changelog and the page's: "Updated on DATE: what changed"; a phrasing
    (perhaps an asker's own words) is not a public change and its text appears nowhere."""
    import dataclasses

    from bot.config import load_config
    from bot.moderation import Editor

    knowledge, seeds = small_kb
    config = load_config(Path(config_for(tmp_path, knowledge, seeds)))
    editor = Editor.for_config(config)
    editor.add_phrasing("bees", "do bees like lavender", who="moderator-name (1234)")
    out, data = _export(tmp_path, capsys, knowledge, seeds)
    assert data["changelog"] == []
    opened = editor.open("bees")
    answer = "Honeybees visit about two thousand flowers a day, say the field notes."
    editor.edit_entry(
        "bees", dataclasses.replace(opened.draft, answer=answer), who="moderator-name (1234)", revision=opened.revision
    )
    out, data = _export(tmp_path, capsys, knowledge, seeds)
    (change,) = data["changelog"]
    assert change["entry"] == "bees" and change["changes"] == ["answer"] and len(change["date"]) == 10
    assert change["text"] == f"Updated on {change['date']}: answer reworded"
    dumped = json.dumps(data)
    assert "1234" not in dumped and "moderator-name" not in dumped and "lavender" not in dumped
    assert run(capsys, "verify", str(out), "--sources", str(seeds))[0] == 0

    cfg = config_for(tmp_path, knowledge, seeds)
    code, page, _ = run(capsys, "export", "--format", "html", "--config", cfg)
    assert code == 0 and f'Updated on <time datetime="{change["date"]}">' in page and "answer reworded" in page
    assert "moderator-name" not in page and "lavender" not in page
    code, page, _ = run(capsys, "export", "--format", "md", "--no-changelog", "--config", cfg)
    assert code == 0 and "Updated on" not in page


# -- sources add, quote, new ----------------------------------------------------------------------


REPORT = (
    "A made-up report on the island's weather,\r\nwritten for faqbot's tests.\r\n\r\n"
    "It rained on forty days of the year. The harbour froze once.\r\n\r\n\r\n"
    "  Storms came in March and (rarely) in May.  \r\n"
)


def test_sources_add_normalises_numbers_and_describes_a_document(tmp_path, small_kb, capsys):
    knowledge, seeds = small_kb
    config = config_for(tmp_path, knowledge, seeds)
    path = tmp_path / "weather.txt"
    path.write_bytes(REPORT.encode("utf-8"))
    code, out, err = run(
        capsys,
        "sources",
        "add",
        str(path),
        "--title",
        "Island weather report",
        "--publisher",
        "The Island Gazette",
        "--url",
        "https://example.org/weather_(2024)",
        "--date",
        "2024-03-01",
        "--kind",
        "report",
        "--config",
        config,
    )
    assert code == 0, err
    assert "[1] A made-up report on the island's weather, written for faqbot's tests." in out
    assert "[3] Storms came in March and (rarely) in May." in out
    sources, problems = load_sources(seeds)
    assert problems == []
    added = sources["island-weather-report"]
    assert len(added.paragraphs) == 3 and "\r" not in added.text
    assert (added.publisher, added.url, added.published) == (
        "The Island Gazette",
        "https://example.org/weather_(2024)",
        "2024-03-01",
    )
    assert added.archived_url is None and list(added.speakers) == ["document"]
    assert run(capsys, "validate", "--config", config)[0] == 0  # the FAQ still validates

    # The same id again is refused, and nothing is overwritten.
    before = (seeds / "island-weather-report.txt").read_bytes()
    path.write_text("Other text.\n", encoding="utf-8")
    code, _, err = run(capsys, "sources", "add", str(path), "--title", "Island weather report", "--config", config)
    assert code == 1 and "exists already" in err
    assert (seeds / "island-weather-report.txt").read_bytes() == before


@pytest.mark.parametrize(
    "option",
    [
        ["--url", "example.org/no-scheme"],
        ["--date", "1 March 2024"],
        ["--id", "Bad Id"],
        ["--speaker", "no-equals-sign"],
    ],
)
def test_sources_add_refuses_bad_metadata(tmp_path, small_kb, capsys, option):
    knowledge, seeds = small_kb
    path = tmp_path / "weather.txt"
    path.write_text("One paragraph.\n", encoding="utf-8")
    code, _, err = run(
        capsys,
        "sources",
        "add",
        str(path),
        "--title",
        "Weather",
        *option,
        "--config",
        config_for(tmp_path, knowledge, seeds),
    )
    assert code == 1 and "faqbot sources add:" in err
    assert sorted(p.name for p in seeds.iterdir()) == ["field-notes.txt", "field-notes.yaml"]


def test_quote_prints_a_yaml_block_that_loads_back_verbatim(tmp_path, small_kb, capsys):
    knowledge, seeds = small_kb
    config = config_for(tmp_path, knowledge, seeds)
    code, out, _ = run(capsys, "quote", "6:1", "--config", config)  # no FAQ quote has these words
    assert code == 0
    (item,) = yaml.safe_load(out)
    source = load_sources(seeds)[0]["field-notes"]
    assert item["source"] == "field-notes" and source.find(item["text"]) is not None
    assert " ".join(item["text"].split()) == source.paragraphs[5].text.strip()
    assert item["speaker"] == "TODO" and "notes, keeper" in out  # two speakers: the choice is the editor's
    code, out, _ = run(capsys, "quote", "4", "--config", config)
    assert yaml.safe_load(out)[0]["speaker"] == "keeper"  # an FAQ quote says who speaks there
    code, _, err = run(capsys, "quote", "9:1", "--config", config)
    assert code == 1 and "paragraphs 1 to" in err


def test_quote_splits_sentences_and_names_the_paragraph_of_repeated_words(kb_copy, tmp_path, capsys):
    knowledge, seeds = kb_copy
    config = config_for(tmp_path, knowledge, seeds)
    sources = load_sources(seeds)[0]
    (source,) = sources.values()
    for para in source.paragraphs:
        _code, out, _ = run(capsys, "quote", f"{para.number}:1", "--config", config)
        (item,) = yaml.safe_load(out)
        span = source.find(item["text"], item.get("paragraph"))
        assert span is not None and source.paragraph_at(span[0]).number == para.number
        assert para.text.startswith(source.text[span[0] : span[1]])


def test_new_scaffolds_an_entry_that_validate_reports_until_filled(tmp_path, small_kb, capsys):
    knowledge, seeds = small_kb
    config = config_for(tmp_path, knowledge, seeds)
    code, out, err = run(
        capsys, "new", "trains", "--quote", "5:1", "--question", "How often do the trains run?", "--config", config
    )
    assert code == 0, err
    assert "1 quote(s) verified" in out
    path = knowledge / "trains.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["id"] == "trains" and data["question"] == "How often do the trains run?"
    source = load_sources(seeds)[0]["field-notes"]
    assert source.find(data["quotes"][0]["text"]) is not None
    code, out, _ = run(capsys, "validate", "--config", config)
    assert code == 1
    assert "trains.yaml:" in out and "TODO" in out and "answer" in out

    # Never overwritten.
    before = path.read_bytes()
    code, _, err = run(capsys, "new", "trains", "--quote", "2", "--config", config)
    assert code == 1 and "exists already" in err and path.read_bytes() == before

    # Filled in, it validates.
    data.update(
        answer="The field notes say the trains run every hour between the harbour and the market town.",
        phrasings=[
            "how often do trains run",
            "train timetable",
            "coastal line trains",
            "trains to the market",
            "is there a train to the harbour",
            "train frequency",
            "how frequent are the trains",
            "when is the next train",
            "hourly train",
            "coastal railway",
        ],
    )
    data["quotes"][0]["speaker"] = "notes"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    code, out, _ = run(capsys, "validate", "--config", config)
    assert code == 0, out


def test_new_refuses_unknown_spans_and_sources(tmp_path, small_kb, capsys):
    knowledge, seeds = small_kb
    config = config_for(tmp_path, knowledge, seeds)
    for argv in (
        ["new", "x", "--quote", "2:7"],
        ["new", "x", "--quote", "2", "--source", "nope"],
        ["new", "Not An Id", "--quote", "2"],
    ):
        code, _, err = run(capsys, *argv, "--config", config)
        assert code == 1 and err.startswith("faqbot new:")
    assert not (knowledge / "x.yaml").exists()
