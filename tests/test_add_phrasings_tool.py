"""tools/add_phrasings.py: a labelled set's in-scope questions become their entries' phrasings,
checked as any phrasing is, on a made-up FAQ (the island)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import madeup
import yaml

from bot.engine import MatchSettings, load_engine

REPO = Path(__file__).resolve().parents[1]

ASKED = "yo how many blossoms does one honeybee hit up in a day"
ASKED_FA = "زنبورای عسل روزانه سراغ چندتا گل میرن؟"
UNNAMED = "do the bees from Kurdistan visit flowers"  # names a place no quote of the entry mentions
NEAR = "how many flowers did the bees visit in 1990"
OFF = "what time is the next ferry"


def _tool():
    spec = importlib.util.spec_from_file_location("add_phrasings", REPO / "tools" / "add_phrasings.py")
    tool = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tool  # its dataclasses look their module up
    spec.loader.exec_module(tool)
    return tool


def _island(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    knowledge, seeds = madeup.copy_island(tmp_path, knowledge=madeup.PERSIAN_KNOWLEDGE)
    config = tmp_path / "config.yaml"
    config.write_text("paths:\n  knowledge: knowledge\n  seeds: seeds\n  database: data/faqbot.sqlite3\n")
    asked = tmp_path / "asked.yaml"
    asked.write_text(
        yaml.safe_dump(
            {
                "in_scope": [
                    {"q": ASKED, "entry": "bees"},
                    {"q": ASKED_FA, "entry": "bees", "lang": "fa"},
                    {"q": UNNAMED, "entry": "bees"},
                ],
                "near_topic": [{"q": NEAR, "entry": "bees"}],
                "out_of_scope": [{"q": OFF}],
            },
            allow_unicode=True,
        ),
        encoding="utf-8",
    )
    return knowledge, seeds, config, asked


def test_a_labelled_question_becomes_a_phrasing_and_is_answered(tmp_path, capsys):
    knowledge, seeds, config, asked = _island(tmp_path)
    before = load_engine(knowledge, seeds, MatchSettings()).ask(ASKED)
    assert not (before.answered and before.entry.id == "bees")  # the FAQ missed it

    assert _tool().main([str(asked), "--config", str(config)]) == 0

    bees = (knowledge / "bees.yaml").read_text(encoding="utf-8")
    english, persian = bees.split("translations:")
    assert f'# asked in asked.yaml (tools/add_phrasings.py)\n  - "{ASKED}"' in english  # marked, in the list
    assert ASKED_FA in persian  # a Persian question to the Persian phrasings
    for text in (NEAR, OFF, UNNAMED):  # never a near-topic or off-topic one; never a refused one
        assert all(text not in f.read_text(encoding="utf-8") for f in knowledge.glob("*.yaml"))
    out = capsys.readouterr().out
    assert "left out" in out and UNNAMED in out and '"kurdistan"' in out.lower()  # says which and why
    after = load_engine(knowledge, seeds, MatchSettings())  # raises if the folder no longer validates
    reply = after.ask(ASKED)
    # ranked first now; answered in full only where the quotes say what it asks, since a question
    # added vouches for nothing (Entry.vouched_phrasings): here offered, "did you mean"
    assert reply.result.entry_id == "bees" and (reply.answered or reply.result.suggestions[:1] == ("bees",))


def test_a_dry_run_writes_nothing(tmp_path, capsys):
    knowledge, _, config, asked = _island(tmp_path)
    files = {f.name: f.read_bytes() for f in knowledge.glob("*.yaml")}
    assert _tool().main([str(asked), "--config", str(config), "--dry-run"]) == 0
    assert {f.name: f.read_bytes() for f in knowledge.glob("*.yaml")} == files
    assert "2 questions added as phrasings, 1 left out" in capsys.readouterr().out
