"""Shapes of held-out pair V (eval59, eval60, eval-fa56, eval-fa57, written at 10:25 UTC on
2026-12-07, measured once at 8e2d27f), on a made-up FAQ and on the shipped one:

- "Hi, I'm writing a short post for our diaspora group. What specific abuses does the NGO letter
  highlight?": the asker's own story before the one question tips the whole message's ranking to
  the entry the question does not ask about; the question read alone answers with the entry the
  whole message ranks second, which now agrees (`SentenceFallback._by_sentence`)."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.fallback_sentences import _tells_the_askers_story


@pytest.mark.parametrize(
    "sentence, own",
    [
        ("Hi, I'm writing a short post for our island group.", True),
        ("my cousin keeps bees back home and im worried.", True),
        ("hello all, we run the harbour shop.", True),
        ("I need to know which flowers the bees visit.", False),  # a question in a statement
        ("The lighthouse was automated.", False),  # no story of the asker's
        ("am I right?", False),
    ],
)
def test_a_sentence_of_the_askers_own_story(sentence, own):
    assert _tells_the_askers_story(sentence) is own


def test_the_one_question_after_a_story_may_agree_with_the_runner_up_on_a_made_up_faq(made_up):
    question = "Hi, I'm writing a short post for our island group. How many flowers do the honeybees visit?"
    tipped = madeup.ranked_below(made_up, question, best="lighthouse", second="bees")
    reread = made_up._by_sentence(question, tipped, "en")
    assert reread.answered and reread.entry_id == "bees", reread
    # a story that asks too ("I need to know which ...") leaves the whole message's first entry
    asking = "I need to know which flowers matter. How many flowers do the honeybees visit?"
    tipped = madeup.ranked_below(made_up, asking, best="lighthouse", second="bees")
    assert not made_up._by_sentence(asking, tipped, "en").answered


@pytest.mark.parametrize(
    "question, entry_id",
    [
        (
            "Hi, I'm writing a short post for our diaspora group. What specific abuses does the NGO letter highlight?",
            "concerns-listed",
        ),
        (
            "hi all, my cousin shared a radio farda piece about some letter to the UN. what are the key issues it "
            "brings up about iran?",
            "concerns-listed",
        ),
    ],
)
def test_the_one_question_after_a_story_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full", reply.result
