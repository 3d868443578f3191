"""tools/render_answer.py (docs/answer.png): the picture is made of the bot's real reply."""

from __future__ import annotations

import html
import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_the_picture_shows_the_bots_own_reply(engine):
    spec = importlib.util.spec_from_file_location("render_answer", REPO / "tools" / "render_answer.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    reply = engine.ask(tool.QUESTION)
    page = tool.page(tool.QUESTION, tool.reply_for(reply, engine.kb, asker="0123456789ab", ctas=()))
    assert reply.entry is not None and reply.entry.question in page
    assert html.escape(reply.entry.quotes[0].text.split(",")[0], quote=False) in page  # its first quote
    for label in ("Show source", "Helpful", "Not helpful", "Delete"):
        assert f">{label}</span>" in page
