"""The renderer against Discord's limits: every real entry, the longest ones, generated huge ones.

Pure tests: no client, no simulator. `limits.violations` encodes Discord's documented limits.
"""

from __future__ import annotations

import re

import discord
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from simworld import make_entry, make_kb, make_source, quote_of

from bot.discord_app import limits as L
from bot.discord_app import render, views

TOKEN = "0123456789ab"


def all_ok(message: render.Message) -> None:
    assert message.violations() == []


def bare(text: str) -> str:
    """Text without markdown, escapes, mention guards and white space, to compare content across splits
    (a bold marker may fall inside "@everyone", which then needs no zero-width guard)."""
    return re.sub(r"[\s*\\\u200b]", "", text)


def visible_text(message: render.Message) -> str:
    parts = [message.content or ""]
    for e in message.embeds:
        parts += [e.title or "", e.description or "", e.footer.text or ""]
        parts += [f"{f.name} {f.value}" for f in e.fields]
    return "\n".join(parts)


# -- trim ----------------------------------------------------------------------------------------


def test_trim_cuts_at_a_word_boundary():
    assert L.trim("short", 10) == "short"
    assert L.trim("the quick brown fox jumps", 16) == "the quick brown\u2026"
    assert L.trim("a" * 50, 10) == "a" * 9 + "\u2026"  # no white space: hard cut
    assert L.trim("escaped \\* star", 10) == "escaped\u2026"
    assert not L.trim("word \\*\\*\\*\\*\\*\\*", 11).rstrip("\u2026").endswith("\\")


@settings(max_examples=200, deadline=None)
@given(st.text(), st.integers(min_value=1, max_value=300))
def test_trim_never_exceeds_the_limit_and_keeps_a_prefix(text, limit):
    out = L.trim(text, limit)
    assert len(out) <= limit
    if len(text) <= limit:
        assert out == text
    else:
        assert text.startswith(out[:-1].rstrip("\\").rstrip()) or len(out) <= 1


# -- real entries --------------------------------------------------------------------------------


@pytest.mark.asyncio  # views are built inside a running loop, as in the bot
async def test_every_real_entry_renders_within_limits(faq_engine):
    kb = faq_engine.kb
    for entry in kb.entries.values():
        message = views.answer(entry, kb_version=kb.version, asker=TOKEN)
        all_ok(message)
        embed = message.embeds[0]
        assert entry.id in embed.footer.text and kb.version in embed.footer.text
        for quote in entry.quotes:  # real quotes are short: shown whole, with their source
            assert render.block_quote(render.safe(quote.text)) in embed.description
            assert f"paragraph {quote.paragraph}" in embed.description
            assert render.safe(quote.source.title) in embed.description
        labels = [c["label"] for row in message.view.to_components() for c in row["components"]]
        assert labels == ["Show source", "Helpful", "Not helpful", "Delete"]
        for page in render.source_pages(entry):
            all_ok(render.Message(embeds=page))


@pytest.mark.asyncio  # views are built inside a running loop, as in the bot
async def test_longest_real_entries(faq_engine):
    entries = sorted(
        faq_engine.kb.entries.values(),
        key=lambda e: len(e.answer) + sum(len(q.text) + len(q.paragraph_text) for q in e.quotes),
    )
    for entry in entries[-3:]:
        all_ok(views.answer(entry, kb_version=faq_engine.kb.version, asker=TOKEN))
        pages = render.source_pages(entry)
        text = bare("\n".join(e.description for page in pages for e in page))
        for quote in entry.quotes:  # the whole paragraph is there
            assert bare(render.safe(quote.paragraph_text)) in text


@pytest.mark.asyncio  # views are built inside a running loop, as in the bot
async def test_browse_and_suggestions_with_the_real_faq(faq_engine):
    kb = faq_engine.kb
    all_ok(views.faq_list_page(kb, 0, 10))
    all_ok(render.sources_list(list(kb.sources.values())))
    all_ok(views.did_you_mean(list(kb.entries.values())[:3], asker=TOKEN))
    all_ok(render.no_match(entries=len(kb)))


# -- generated, hostile entries ------------------------------------------------------------------


def huge_entry(n_quotes: int = 30, quote_len: int = 3000, answer_len: int = 10_000):
    words = "lorem ipsum dolor sit amet @everyone <@123456789012345678> **bold** _x_ `code` > not a quote ".split()
    long = lambda n: " ".join(words[i % len(words)] for i in range(n))[:n]
    paragraphs = [long(quote_len + 500) for _ in range(n_quotes)]
    source = make_source(
        "big", title="T" * 400, paragraphs=paragraphs, speakers={"s": "S" * 500}, description=long(5000)
    )
    quotes = [quote_of(source, i + 1, 10, 10 + quote_len) for i in range(n_quotes)]
    return make_entry("x" * 63, long(1000) + "?", long(answer_len), quotes), source


@pytest.mark.asyncio  # views are built inside a running loop, as in the bot
async def test_generated_huge_entry_stays_within_limits_and_says_what_it_shortened():
    entry, _source = huge_entry()
    message = views.answer(entry, kb_version="v" * 10, asker=TOKEN)
    all_ok(message)
    description = message.embeds[0].description
    # Not every quote fits whole: the reader is told, and pointed at Show source.
    assert render.QUOTE_SHORTENED in description or "more quote" in description
    assert "Show source" in description
    # Show source: every paragraph in full, across as many messages as needed.
    pages = render.source_pages(entry)
    for page in pages:
        all_ok(render.Message(embeds=page))
    shown = bare("".join(e.description for page in pages for e in page))
    for quote in entry.quotes:
        assert bare(render.safe(quote.paragraph_text)) in shown


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "n_quotes,quote_len,answer_len",
    [
        (1, 5000, 600),
        (2, 1500, 600),
        (5, 900, 4000),
        (25, 200, 100),
        (3, 50, 6000),
        (0, 0, 9000),
    ],
)  # views are built inside a running loop, as in the bot
async def test_generated_shapes_stay_within_limits(n_quotes, quote_len, answer_len):
    entry, _ = huge_entry(n_quotes, quote_len, answer_len)
    message = views.answer(entry, kb_version="abc", asker=TOKEN)
    all_ok(message)
    description = message.embeds[0].description
    # Each quote is either whole, marked as shortened, or counted among the "more quotes".
    whole = sum(render.block_quote(render.safe(q.text)) in description for q in entry.quotes)
    if whole < n_quotes:
        assert render.QUOTE_SHORTENED in description or "more quote" in description


@pytest.mark.asyncio  # views are built inside a running loop, as in the bot
async def test_user_and_faq_text_never_pings():
    entry, _ = huge_entry(2, 300, 300)
    message = views.answer(entry, kb_version="abc", asker=TOKEN)
    text = visible_text(message)
    assert "@everyone" not in text and "<@123456789012345678>" not in text
    assert "@\u200beveryone" in text


@pytest.mark.asyncio  # views are built inside a running loop, as in the bot
async def test_did_you_mean_uses_buttons_up_to_five_then_a_select_capped_at_25():
    entries = [make_entry(f"e{i}", ("Q" * 300) + f" {i}?", "A" * 700, []) for i in range(40)]
    three = views.did_you_mean(entries[:3], asker=TOKEN)
    all_ok(three)
    rows = three.view.to_components()
    assert [c["type"] for c in rows[0]["components"]] == [2, 2, 2]
    assert all(len(c["label"]) <= L.BUTTON_LABEL for c in rows[0]["components"])
    assert all(c["custom_id"].startswith(f"faq:pick:{TOKEN}:") for c in rows[0]["components"])
    many = views.did_you_mean(entries, asker=TOKEN)
    all_ok(many)
    select = many.view.to_components()[0]["components"][0]
    assert select["type"] == 3 and len(select["options"]) == L.SELECT_OPTIONS
    assert select["custom_id"] == f"faq:picks:{TOKEN}"
    for message in (three, many):  # "None of these" (to review), and Delete (the asker or a moderator)
        assert [c["custom_id"] for c in message.view.to_components()[1]["components"]] == [
            f"faq:nota:{TOKEN}",
            f"faq:del:{TOKEN}",
        ]
    five = views.did_you_mean(entries[:5], asker=TOKEN)
    all_ok(five)
    assert [len(row["components"]) for row in five.view.to_components()] == [5, 2]


@pytest.mark.asyncio  # views are built inside a running loop, as in the bot
async def test_faq_list_pages_and_sources_with_many_items():
    sources = [make_source(f"s{i}", title="Title " * 80, description="word " * 2000) for i in range(40)]
    all_ok(render.sources_list(sources))
    entries = [make_entry(f"e{i:03d}", "Why " * 200 + "?", "A.", []) for i in range(120)]
    kb = make_kb(entries, sources)
    for page in (0, 5, 11, 99):
        message = views.faq_list_page(kb, page, 25)
        all_ok(message)
        buttons = message.view.to_components()[0]["components"]
        assert [b["label"] for b in buttons] == ["Previous", "Next"]
    first, last = views.faq_list_page(kb, 0, 10), views.faq_list_page(kb, 11, 10)
    assert first.view.to_components()[0]["components"][0]["disabled"] is True
    assert last.view.to_components()[0]["components"][1]["disabled"] is True
    assert "Page 12 of 12" in last.embeds[0].footer.text


@pytest.mark.asyncio  # views are built inside a running loop, as in the bot
async def test_an_oversized_message_is_reported():
    too_big = render.Message(content="x" * 2001, embeds=[discord.Embed(title="t" * 300, description="d" * 5000)])
    problems = too_big.violations()
    assert any("content" in p for p in problems) and any("title" in p for p in problems)
    assert any("description" in p for p in problems)
