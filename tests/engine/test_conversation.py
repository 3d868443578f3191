"""Greetings, thanks, help and follow-ups ("why?", "source?") in the engine, on two FAQs."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.cli import main
from bot.engine import Conversation, FollowUps, Outcome, Talk, load_engine, quoted_paragraphs
from bot.engine.conversation import NO_PREVIOUS, detect

GREETINGS = [
    "hi",
    "Hello!",
    "hiii",
    "HELLOOOO 👋",
    "salam",
    "hey there",
    "hi bot",
    "hey faqbot!",
    "Good morning ☀️",
    "سلام",
    "h\u200bi",
    "<@123456789012345678> hello",
    "@everyone hi",
    "سلام خوبی؟",
    "salam khoobi?",
]
THANKS = [
    "thanks",
    "thx",
    "ty",
    "merci",
    "mersi",
    "Thank you so much!!",
    "ok thanks",
    "great, thank you!",
    "thanks bot 🙏",
    "ممنون",
    "mersi dadash",
    "دمت گرم",
    "damet garm!",
]
HELP = [
    "help",
    "help!",
    "what's this bot?",
    "whats this",
    "what can you do?",
    "how does this work?",
    "what is this bot?",
    "What is this?",
    "hi, what can you do?",
    "<@123456789012345678> help",
    "help pls",
    "komak",
]
FOLLOWUPS = [
    "why?",
    "Why??",
    "what's the source?",
    "source?",
    "sources",
    "where does it say that?",
    "tell me more",
    "more",
    "proof?",
    "whyyy",
]
QUESTIONS = [
    "hi, how many people were executed?",
    "thanks, who signed the letter?",
    "how can I help?",
    "help with executions",
    "why did iran execute people?",
    "more executions in 2018?",
    "who signed the letter",
    "",
    "???",
    "hi " * 2000,
    "thanks " + "x" * 4000,
]


@pytest.mark.parametrize("text", GREETINGS)
def test_greetings(text):
    assert detect(text) is Talk.GREETING


@pytest.mark.parametrize("text", THANKS)
def test_thanks(text):
    assert detect(text) is Talk.THANKS


@pytest.mark.parametrize("text", HELP)
def test_help(text):
    assert detect(text) is Talk.HELP


@pytest.mark.parametrize("text", FOLLOWUPS)
def test_followups(text):
    assert detect(text) is Talk.FOLLOWUP


@pytest.mark.parametrize("text", QUESTIONS)
def test_anything_more_than_the_phrase_is_a_question_for_the_faq(text):
    assert detect(text) is None


def test_a_greeting_before_a_question_still_gets_the_faq_answer(engine):
    reply = engine.ask("hi, how many people were executed?")
    assert reply.talk is None and reply.answered and reply.entry.id == "executions"


@pytest.mark.parametrize(
    "text,kind", [("hi", "greeting"), ("thanks!", "thanks"), ("what can you do?", "help"), ("why?", "help")]
)
def test_conversation_replies_name_no_entry_and_give_three_faq_questions(engine, text, kind):
    reply = engine.ask(text)
    obj = reply.to_json()
    assert obj["kind"] == kind
    assert obj["answered"] is False and obj["entry"] is None and obj["quotes"] == [] and obj["suggestions"] == []
    first_three = list(engine.kb.entries.values())[:3]
    assert reply.talk.examples == tuple(first_three)
    text = reply.talk.text("`faqbot list`")
    assert "verbatim quotes" in text and "`faqbot list`" in text
    for entry in first_three:
        assert entry.question in text


@pytest.mark.parametrize(
    "text,kind,lang",
    [
        ("komak", "help", "fa"),  # Finglish: the reply in Persian, as to a Finglish question
        ("mersi dadash", "thanks", "fa"),
        ("دمت گرم", "thanks", "fa"),
        ("سلام خوبی؟", "greeting", "fa"),
        ("help pls", "help", "en"),
        ("merci", "thanks", "en"),  # French too: one word does not make it Persian
    ],
)
def test_conversation_is_answered_in_the_askers_language(engine, text, kind, lang):
    reply = engine.ask(text)
    assert reply.to_json()["kind"] == kind and reply.talk.lang == lang
    said = reply.talk.text("`:list`")
    assert ("ا" in said) is (lang == "fa")  # Persian script (alef) only in a Persian reply


def test_faq_results_keep_their_kind(engine):
    assert engine.ask(engine.kb.entries["letter-date"].question).to_json()["kind"] == "answer"
    assert engine.ask("recipe for chocolate cake").to_json()["kind"] == "none"
    suggest = next(
        t for t in ("iran", "letter", "resolution", "rouhani") if engine.ask(t).result.outcome is Outcome.SUGGEST
    )
    assert engine.ask(suggest).to_json()["kind"] == "suggest"


def test_a_followup_shows_the_whole_source_paragraph_of_each_quote(engine):
    chat = Conversation()
    answer = chat.ask(engine, engine.kb.entries["executions"].question)
    assert answer.answered
    followup = chat.ask(engine, "source?")
    assert followup.kind == "followup" and followup.entry.id == "executions" and not followup.answered
    paragraphs = followup.talk.paragraphs
    assert paragraphs and paragraphs == quoted_paragraphs(answer.entry)
    for quote in answer.entry.quotes:
        para = next(p for p in paragraphs if (p.source.id, p.number) == (quote.source.id, quote.paragraph))
        assert para.text == quote.source.paragraphs[quote.paragraph - 1].text and quote.text in para.text
        assert quote.attribution in para.attributions
        assert any(para.text[a:b] == quote.text or quote.text in para.text[a:b] for a, b in para.spans)
    text = followup.talk.text("`:list`")
    for quote in answer.entry.quotes:
        assert f"paragraph {quote.paragraph}" in text and quote.source.title in text
    # "tell me more" after "thanks" still refers to the same answer
    assert chat.ask(engine, "thanks").kind == "thanks"
    assert chat.ask(engine, "tell me more").entry.id == "executions"


def test_a_followup_with_no_answer_before_it_gets_help(engine):
    chat = Conversation()
    reply = chat.ask(engine, "why?")
    assert reply.kind == "help" and reply.talk.lead == NO_PREVIOUS
    chat.ask(engine, engine.kb.entries["letter-date"].question)
    chat.ask(engine, "recipe for chocolate cake")  # not answered: the earlier answer is no longer "the last one"
    assert chat.ask(engine, "why?").kind == "help"


def test_on_a_made_up_faq_too(small_kb, config):
    knowledge, seeds = small_kb
    engine = load_engine(knowledge, seeds, config.matching)
    hello = engine.ask("hello!")
    assert [e.id for e in hello.talk.examples] == ["bees", "lighthouse", "volcano"]  # reading order: by id
    assert "verbatim quotes" in hello.talk.text("x") and "Iran" not in hello.talk.text("x")
    mixed = engine.ask("hi, how many flowers do the honeybees visit?")
    assert mixed.talk is None and mixed.answered and mixed.entry.id == "bees"
    chat = Conversation()
    assert chat.ask(engine, "does the lighthouse still flash its lamp?").entry.id == "lighthouse"
    why = chat.ask(engine, "why?")
    assert why.kind == "followup" and why.entry.id == "lighthouse"
    assert why.talk.paragraphs[0].text in (knowledge.parent / "seeds").joinpath(
        why.talk.paragraphs[0].source.path.name
    ).read_text(encoding="utf-8")


def test_examples_follow_the_faqs_order(small_kb, config):
    knowledge, seeds = small_kb
    path = knowledge / "volcano.yaml"
    path.write_text("order: 1\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    engine = load_engine(knowledge, seeds, config.matching)
    assert [e.id for e in engine.ask("help").talk.examples] == ["volcano", "bees", "lighthouse"]


def test_an_faq_phrasing_always_goes_to_the_faq(small_kb, config):
    """An FAQ may ask "who are you?" of its own organisation: then that entry answers it."""
    knowledge, seeds = small_kb
    path = knowledge / "lighthouse.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("phrasings:\n", "phrasings:\n  - who are you\n", 1), encoding="utf-8"
    )
    engine = load_engine(knowledge, seeds, config.matching)
    assert detect("Who are you?") is Talk.HELP
    reply = engine.ask("Who are you?")
    assert reply.talk is None and reply.entry is not None and reply.entry.id == "lighthouse"


def test_followups_are_forgotten_after_their_window(engine, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(FollowUps, "_now", staticmethod(lambda: clock[0]))
    followups = FollowUps(300)
    answer = engine.ask(engine.kb.entries["executions"].question)
    followups.note("alice:1", answer)
    assert followups.previous("alice:1") == "executions" and followups.previous("bob:1") is None
    followups.note("alice:1", engine.ask("thanks"))  # conversation neither ends nor extends the window
    clock[0] += 299
    assert followups.previous("alice:1") == "executions"
    clock[0] += 2
    assert followups.previous("alice:1") is None and len(followups) == 0  # nothing kept after the window
    followups.note("alice:1", answer)
    followups.note("alice:1", engine.ask("recipe for chocolate cake"))
    assert followups.previous("alice:1") is None
    off = FollowUps(0)
    off.note("alice:1", answer)
    assert off.previous("alice:1") is None


def test_ask_json_marks_conversation_with_its_kind(capsys):
    assert main(["ask", "hello", "--json"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["kind"] == "greeting" and obj["answered"] is False and obj["entry"] is None
    assert main(["ask", "thx"]) == 0
    out = capsys.readouterr().out
    assert "You're welcome!" in out and "`faqbot list`" in out


def test_ask_refusal_names_faqbot_list(capsys):
    main(["ask", "recipe for chocolate cake"])
    out = capsys.readouterr().out
    assert "`faqbot list`" in " ".join(out.split()) and ":list" not in out.replace("faqbot list", "")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_either_conversation_or_a_question_never_an_error(text):
    assert detect(text) in (None, *Talk)
    assert detect(text + " executions in 2017") is None  # a subject word makes it a question


def test_did_you_mean_choices_remembered_for_follow_ups_are_bounded_as_answers_are(monkeypatch):
    """Each conversation's last answer is kept for follow-ups; choices from "did you mean" count
    as answers, and a flood of them (many users, many channels) must not grow memory without end."""
    monkeypatch.setattr(FollowUps, "MAX_KEYS", 50)
    followups = FollowUps(300)
    for n in range(500):
        followups.note_answer(f"conversation-{n}", "executions")
    assert len(followups) == 50
    assert followups.previous("conversation-499") == "executions"
    assert followups.previous("conversation-0") is None
