"""The /share texts: within 280 as platforms count (links 23), a quote never cut, choices said aloud."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from simworld import make_entry, make_source, quote_of

from bot.config import CallToAction, OutreachSettings
from bot.outreach.share import LONG_LIMIT, SHORT_LIMIT, quoted, share_text
from bot.outreach.textcount import social_length

PETITION = CallToAction(
    "petition",
    "Sign the petition",
    "https://example.org/petition",
    "Ask UN member states to keep Iran's human rights record under scrutiny.",
)
FULL = OutreachSettings(
    site_url="https://example.org/faq.html",
    hashtags=("#Iran", "#HumanRights"),
    calls_to_action=(PETITION,),
    share_cta="petition",
)
SETTINGS = [pytest.param(OutreachSettings(), id="bare"), pytest.param(FULL, id="link-cta-hashtags")]


def assert_quotes_whole(share, entry):
    for quote in entry.quotes:
        for text in (share.short, share.long):
            if quote.text[:25] in text:
                assert quoted(quote) in text, f"quote cut in {entry.id}"
    if share.short_quote is not None:
        assert quoted(share.short_quote) in share.short
    for quote in share.long_quotes:
        assert quoted(quote) in share.long and quote.attribution in share.long
        assert f"{quote.source.title}, paragraph {quote.paragraph}" in share.long


@pytest.mark.parametrize("outreach", SETTINGS)
def test_every_shipped_entry_fits_and_keeps_its_quotes_whole(shipped_kb, outreach):
    for entry in shipped_kb.entries.values():
        share = share_text(entry, outreach)
        assert social_length(share.short) <= SHORT_LIMIT, entry.id
        assert len(share.long) <= LONG_LIMIT, entry.id
        assert share.long_quotes == entry.quotes  # the long text has every quote
        assert entry.answer in share.long and entry.question in share.long
        assert_quotes_whole(share, entry)
        if share.short_quote is None:
            assert any("no quote fits" in n for n in share.notes), entry.id
        elif share.short_quote is not entry.quotes[0]:
            assert any("a shorter one" in n for n in share.notes), entry.id
        if outreach.site_url:
            assert share.url == f"https://example.org/faq.html#{entry.id}"
            assert share.url in share.short and share.url in share.long
            assert PETITION.url in share.long and PETITION.text in share.long


def test_the_short_text_names_who_said_the_quote(shipped_kb):
    entry = shipped_kb.entries["executions"]
    share = share_text(entry, OutreachSettings())
    assert share.short_quote is entry.quotes[0]
    assert "\u2014 The joint letter of 34 NGOs" in share.short  # who said it
    assert "news report" in share.short  # and where (the kind, when the title does not fit and there is no link)


def test_links_count_23_whatever_their_length(shipped_kb):
    entry = shipped_kb.entries["executions"]
    long_site = "https://example.org/" + "campaign/" * 25 + "faq.html"  # over 200 characters
    share = share_text(entry, OutreachSettings(site_url=long_site))
    assert f"{long_site}#executions" in share.short  # the link is never cut
    assert len(share.short) > SHORT_LIMIT >= social_length(share.short)
    assert share.short_quote is entry.quotes[0]


def _entry(answer: str, quote_lengths: list[int]):
    paragraphs = []
    for k, n in enumerate(quote_lengths):  # distinct words per quote: no quote is a prefix of another
        words = " ".join(f"q{k}w{i}" for i in range(400))
        paragraphs.append(words[:n].rsplit(" ", 1)[0] + ".")
    source = make_source(paragraphs=paragraphs, speakers={"s": "Jane Doe, a spokesperson, in an interview"})
    quotes = [quote_of(source, i + 1) for i in range(len(quote_lengths))]
    return make_entry("generated", "What did they say?", answer, quotes)


def test_a_shorter_quote_is_chosen_and_that_is_said():
    entry = _entry("They said a lot.", [400, 120])
    share = share_text(entry, OutreachSettings())
    assert share.short_quote is entry.quotes[1]
    assert any("uses quote 2 of 2, a shorter one" in n for n in share.notes)
    assert quoted(entry.quotes[1]) in share.short and entry.quotes[0].text[:30] not in share.short
    assert "\u2014 Jane Doe" in share.short


def test_no_quote_fits_the_quote_is_dropped_and_that_is_said():
    entry = _entry("First sentence of the answer. Second sentence, which is longer than the first one.", [400, 350])
    share = share_text(entry, OutreachSettings())
    assert share.short_quote is None
    assert any("no quote fits" in n and "never cut" in n for n in share.notes)
    assert not any(q.text[:25] in share.short for q in entry.quotes)
    assert entry.answer in share.short  # the fact is carried by the answer instead
    assert share.long_quotes == entry.quotes


def test_a_very_long_answer_is_shortened_at_a_word_and_said():
    entry = _entry("A long answer " * 40 + "ends here.", [400])
    share = share_text(entry, OutreachSettings())
    assert social_length(share.short) <= SHORT_LIMIT and share.short.endswith("\u2026")
    assert any("answer is shortened" in n for n in share.notes)


def test_the_long_text_leaves_out_whole_quotes_when_over_its_limit():
    entry = _entry("Answer.", [300, 300, 300])
    share = share_text(entry, OutreachSettings(), long_limit=900)
    assert len(share.long) <= 900 and 0 < len(share.long_quotes) < 3
    assert_quotes_whole(share, entry)
    assert any(n.startswith("Long version: leaves out the last") for n in share.notes)


def test_the_call_to_action_is_the_campaigns_words_not_a_quote(shipped_kb):
    entry = dataclasses.replace(shipped_kb.entries["letter-date"], cta=("petition",))
    share = share_text(entry, dataclasses.replace(FULL, share_cta=""))
    assert share.cta == PETITION  # the entry's own call to action
    for text in (share.short, share.long):
        line = next(line for line in text.splitlines() if PETITION.url in line)
        assert "\u201c" not in line and "\u2014" not in line  # no quotation marks, no attribution


@settings(max_examples=60, deadline=None)
@given(
    answer_words=st.integers(1, 120),
    quote_lengths=st.lists(st.integers(20, 700), min_size=1, max_size=4),
    site=st.booleans(),
    tags=st.lists(st.sampled_from(["#Iran", "#HumanRights", "#UNGA", "#ایران"]), unique=True, max_size=4),
)
def test_any_entry_fits_and_no_quote_is_ever_cut(answer_words, quote_lengths, site, tags):
    entry = _entry(" ".join(["fact"] * answer_words) + ".", quote_lengths)
    outreach = OutreachSettings(
        site_url="https://example.org/faq" if site else "",
        hashtags=tuple(tags),
        calls_to_action=(PETITION,),
        share_cta="petition",
    )
    share = share_text(entry, outreach)
    assert social_length(share.short) <= SHORT_LIMIT
    assert len(share.long) <= LONG_LIMIT
    assert_quotes_whole(share, entry)
