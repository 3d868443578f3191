"""Entries ask for calls to action with `cta: [id, ...]`; an id config.yaml does not define is a
problem reported as file:line: entry: message, by `faqbot validate` and on loading."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import CallToAction, OutreachSettings
from bot.engine import KnowledgeError, load_engine, validate
from bot.engine.knowledge import load_knowledge_collecting
from bot.outreach.cta import answer_ctas, share_cta

REPO = Path(__file__).resolve().parents[2]


def add_cta(path: Path, block: str) -> int:
    """Append a `cta:` block to an entry file; returns the line number of its first line."""
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n"
    path.write_text(text + block, encoding="utf-8")
    return text.count("\n") + 1


def cta_messages(problems) -> list[str]:
    return [str(p) for p in problems if "call to action" in p.message or "'cta'" in p.message]


def test_an_entry_lists_its_calls_to_action(kb_copy):
    knowledge, seeds = kb_copy
    add_cta(knowledge / "executions.yaml", "cta: [petition, contact-mission]\n")
    kb, problems = load_knowledge_collecting(knowledge, seeds)
    assert cta_messages(problems) == []
    assert kb.entries["executions"].cta == ("petition", "contact-mission")
    assert kb.entries["letter-date"].cta == ()


def test_an_unknown_id_is_a_problem_with_file_and_line(kb_copy, config):
    knowledge, seeds = kb_copy
    line = add_cta(knowledge / "executions.yaml", "cta:\n  - petition\n  - donate\n")
    _, problems = validate(knowledge, seeds, config.matching, cta_ids={"petition"})
    assert cta_messages(problems) == [
        f"{knowledge / 'executions.yaml'}:{line + 2}: executions: unknown call to action 'donate' (known: petition)"
    ]
    with pytest.raises(KnowledgeError, match="unknown call to action 'donate'"):
        load_engine(knowledge, seeds, config.matching, cta_ids=())  # the bot would refuse to start on it


@pytest.mark.parametrize(
    "block, message",
    [
        ("cta: petition\n", "'cta' must be a list of call to action ids"),
        ("cta: [petition, petition]\n", "'cta' lists a call to action twice"),
        ("cta: [a, b, c, d, e, f]\n", "at most 5 can be shown"),
        ("cta: [Petition]\n", "'cta' must be a list"),
    ],
)
def test_malformed_cta_lists(kb_copy, block, message):
    knowledge, seeds = kb_copy
    line = add_cta(knowledge / "letter-date.yaml", block)
    _, problems = load_knowledge_collecting(knowledge, seeds)
    found = cta_messages(problems)
    assert len(found) == 1 and message in found[0] and f"letter-date.yaml:{line}: letter-date:" in found[0]


def test_faqbot_validate_checks_cta_ids_against_config(kb_copy, tmp_path):
    knowledge, _seeds = kb_copy
    line = add_cta(knowledge / "executions.yaml", "cta: [donate]\n")
    config = tmp_path / "config.yaml"
    config.write_text(
        "paths: {knowledge: knowledge, seeds: seeds, database: db.sqlite3}\n"
        "outreach:\n  calls_to_action:\n    - {id: petition, label: Sign, url: https://example.org/p,"
        " text: Sign it.}\n",
        encoding="utf-8",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "validate", "--config", str(config)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert proc.returncode == 1
    assert re.search(
        rf"executions\.yaml:{line}: executions: unknown call to action 'donate' \(known: petition\)", proc.stdout
    ), proc.stdout


def test_which_calls_to_action_go_where(shipped_kb):
    a, b, c = (CallToAction(i, i.title(), f"https://example.org/{i}", f"Do {i}.") for i in ("a", "b", "c"))
    outreach = OutreachSettings(calls_to_action=(a, b, c), answer_ctas=("c", "a"), share_cta="c")
    entry = shipped_kb.entries["executions"]
    assert answer_ctas(entry, outreach) == (c, a) and share_cta(entry, outreach) == c
    own = dataclasses.replace(entry, cta=("b", "a"))
    assert answer_ctas(own, outreach) == (b, a, c)  # the entry's own first, no duplicates
    assert share_cta(own, outreach) == b
    assert answer_ctas(entry, OutreachSettings()) == () and share_cta(entry, OutreachSettings()) is None
