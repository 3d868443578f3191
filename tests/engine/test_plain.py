"""A short question diluted by chat filler ("ok but", "tbh", "the X thing", "at all") or by a
tail naming the source ("..., per the notes") is read a second time without them; it is answered
when that reading is answered with confidence by the entry the whole question ranks first."""

from __future__ import annotations

import pytest

from bot.engine.engine import plain


@pytest.mark.parametrize(
    "question, expected",
    [
        ("ok but is the lighthouse working, concretely", "is the lighthouse working"),
        ("so like how busy are the bees rn lol", "how busy are the bees"),
        ("where do the bees sleep, according to the notes", "where do the bees sleep"),
        ("the volcano thing, is it dangerous at all tbh", "the volcano, is it dangerous"),
        ("is the lighthouse everyone keeps talking about still working", "is the lighthouse still working"),
        # where the asker met it: "i keep seeing", "everyone in the channel keeps talking about"
        ("the volcano number i keep seeing, what is that about?", "the volcano number, what is that about?"),
        ("the lighthouse everyone in the chat keeps posting about, is it working", "the lighthouse, is it working"),
        ("is the volcano we are hearing about dangerous", "is the volcano dangerous"),
        ("what are people saying about the volcano", None),  # what they say is what is asked
        ("just wondering, how busy are the bees here?", "how busy are the bees?"),
        ("was it one bee or a whole bunch of bees", "was it one bee or many bees"),
        # chat abbreviations, in capitals or not (lexicon.CHAT_ABBREVIATIONS)
        ("IMHO the bees are busy but how busy, btw", "the bees are busy but how busy"),
        ("OMG is the volcano dangerous", "is the volcano dangerous"),
        # ... but not "tldr", a request for the gist: what it asks stays
        ("tldr of the notes tbh", "tldr of the notes"),
        # a closing "or no" of a yes/no question, as "or not" (not "yes or no": what is asked)
        ("is the volcano dangerous or no", "is the volcano dangerous"),
        ("is it yes or no?", None),
        # a polite frame that asks for nothing ("could you tell me", "i'd like to know")
        ("could you tell me how many flowers the honeybees visit", "how many flowers the honeybees visit"),
        ("I'd like to know where the bees sleep", "where the bees sleep"),
        # the source named first; "actually about" is "about"
        ("according to the notes, where do the bees sleep", "where do the bees sleep"),
        ("sorry, what is the lighthouse actually about?", "sorry, what is the lighthouse about?"),
        # "exactly", and "specific" after "what"/"which": the same question
        ("where exactly do the bees sleep", "where do the bees sleep"),
        ("what specific signal does the lighthouse flash", "what signal does the lighthouse flash"),
        ("which particular hive do the bees return to", "which hive do the bees return to"),
        ("is the volcano a specific danger", None),  # an adjective of its own there
        # "what kinds of X" is "what X"; hedges on a verb ("just can't", "meaningfully", "directly")
        ("what kinds of flowers do the bees visit", "what flowers do the bees visit"),
        ("which sorts of ships does the lighthouse guide", "which ships does the lighthouse guide"),
        ("so the tourists just cant get near the volcano??", "the tourists cant get near the volcano??"),
        ("does the lighthouse meaningfully help ships", "does the lighthouse help ships"),
        ("do the bees go directly to the hive", "do the bees go to the hive"),
        # "just" before a noun is "only": it narrows what is asked
        ("is it just the bees that sleep there", None),
        ("the kinds of flowers", None),  # "kinds of" asked for, not after "what"/"which"
        # the source named before what it is asked to say: what it says is asked
        ("what do the notes say honeybees visit per day", "what honeybees visit per day"),
        ("what does the guide say the volcano did", "what the volcano did"),
        ("what does the guide say about the volcano", None),  # the subject follows "about"
        # ... an indirect question follows "about": it is what is asked
        ("what does the guide say about how the volcano eruptions went", "how the volcano eruptions went"),
        ("what do the notes say about why the bees sleep there", "why the bees sleep there"),
        ("what does the island guide say about who climbs the volcano", "who climbs the volcano"),
        # "what's the point of <doing>" with its "what's the" left out
        ("point of climbing the volcano?", "why climbing the volcano?"),
        ("is there a point in climbing the volcano", None),
        # "wait" before "whats" as before "what"
        ("wait whats this volcano thing", "whats this volcano"),
        ("what do the notes say", None),
        # "how/why do the notes argue that X": how or why X; "how do the notes explain X" asks it
        ("how do the notes argue that the lighthouse still helps ships", "how the lighthouse still helps ships"),
        ("why does the guide claim that bees return to the hive", "why bees return to the hive"),
        ("how do the notes explain the eruption", None),
        # "how does the guide interpret / describe / view X": what it says about X
        ("how do the notes describe the volcano eruptions", "what do the notes say about the volcano eruptions"),
        ("How did the guide view the honeybees?", "what did the guide say about the honeybees?"),
        ("how does the guide see it", None),  # nothing to say it about
        # "now that X, ..." gives the event asked about: no leading "now" to drop
        ("now that the lamp is automated, who runs the lighthouse", None),
        # "is X supposed to", "meant to", "expected to": "should X"
        ("where are the honeybees supposed to sleep", "where should the honeybees sleep"),
        ("how often is the lamp meant to flash", "how often should the lamp flash"),
        ("what am i expected to bring", "what should i bring"),
        ("where r the honeybees supposed to sleep", "where should the honeybees sleep"),  # chat "r"
        ("what is the keeper's lamp meant to show", "what should the keeper's lamp show"),
        # nothing to drop: "actually" asks for what really happened
        ("did the volcano actually erupt", None),
        ("how often did the volcano erupt", None),
        # "per" without "the ...", "like" as a verb: words that ask for something
        ("how many flowers per day", None),
        ("what would it look like inside", None),
        # "wait" of surprise before what is asked; "wait" as a word of its own stays
        ("wait so the volcano erupted twice??", "the volcano erupted twice??"),
        ("Wait, do the bees sleep in the hive?", "do the bees sleep in the hive?"),
        ("wait times at the lighthouse?", None),
        ("wait for the bees to come back?", None),
        # "even" of emphasis on a verb; "or nah", a closing "or not": the same yes/no question
        ("can the tourists even get near the volcano", "can the tourists get near the volcano"),
        ("is the volcano dangerous or nah", "is the volcano dangerous"),
        ("is the volcano dangerous or not?", "is the volcano dangerous?"),
        # "even" of a kind, a time or a condition stays; "or not" inside the question stays
        ("does the lamp flash even numbers of times", None),
        ("did the volcano erupt even after the warning", None),
        ("even if it rains, do the bees fly", None),
        ("is the lighthouse or not the oldest building", None),
        # a greeting first ("hi all :)", "hey!", "hello everyone,"), with the "quick q -" after it
        ("hi all :) quick q - how busy are the bees?", "how busy are the bees?"),
        ("hey! quick q: where do the bees sleep", "where do the bees sleep"),
        ("hello everyone, is the volcano dangerous?", "is the volcano dangerous?"),
        ("heyday of the lighthouse?", None),  # a word that begins like a greeting
        # "roughly" / "approximately" before "how many": the figure the notes give
        ("roughly how many flowers do the bees visit", "how many flowers do the bees visit"),
        ("Approximately how much lava came out?", "how much lava came out?"),
        ("is it roughly two thousand flowers", None),  # a figure of the asker's own: kept
        # nothing but filler: no second reading
        ("ok tbh lol", None),
        # the asker's state before an indirect question, and "can u explain" after it
        ("im kinda confused about how busy the bees are, can u explain", "how busy the bees are"),
        ("I'm curious which hive the bees return to", "which hive the bees return to"),
        ("i wanna know where the bees sleep", "where the bees sleep"),
        ("im confused about the volcano", None),  # no question follows: what confuses is asked
        # the asker's state as an aside of its own, before a stop or at the end
        ("how busy are the bees, im lost", "how busy are the bees"),
        ("where do the bees sleep, I'm so confused", "where do the bees sleep"),
        ("im lost in the garden, where do the bees sleep", None),  # where the asker is lost: a fact
        ("can you explain the eruption", None),  # what is to be explained follows
        # "how do the notes argue X would ...": "that" left out before a clause with a modal
        ("how do the notes argue the volcano could erupt again?", "how the volcano could erupt again?"),
        ("why do the notes say the lamp will keep flashing", "why the lamp will keep flashing"),
        ("how do the notes argue the point", None),  # no clause follows: its object is asked
    ],
)
def test_plain_drops_filler_and_the_source_tail_only(question, expected):
    assert plain(question) == expected


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("ok but is the lighthouse working, concretely", "lighthouse"),
        ("ok so is that lighthouse thing still working or what", "lighthouse"),
        ("so like how busy are the bees rn lol", "bees"),
        ("where do the bees sleep, according to the notes", "bees"),
        ("ok but is the volcano dangerous at all tbh", "volcano"),
        ("is the lighthouse everyone keeps talking about still working", "lighthouse"),
        ("the lighthouse everyone in the chat keeps posting about, is it still working", "lighthouse"),
        ("the volcano, is it dangerous, in a few words", "volcano"),
        ("does anyone know where the bees sleep", "bees"),
        ("how busy are the bees here", "bees"),
        # "loads of", "a whole lot of": "many"
        ("were there loads of eruptions", "volcano"),
        ("is there a whole lot of volcanic activity on the island", "volcano"),
        ("could you tell me how many flowers the honeybees visit", "bees"),
        ("where exactly do the bees sleep", "bees"),
        ("what specific signal does the lighthouse flash", "lighthouse"),
        ("what do the notes say honeybees visit per day", "bees"),
        ("what do the notes say about how many flowers a honeybee visits", "bees"),
        ("wait so how busy are the bees??", "bees"),
        ("is the volcano even dangerous or nah", "volcano"),
        ("does the lighthouse even work or nah", "lighthouse"),
        ("is the volcano even dangerous or no", "volcano"),  # "or no" as "or nah"
        ("does the lighthouse work or no", "lighthouse"),
        ("hi all :) quick q - how busy are the bees?", "bees"),
        ("hi everyone :) approximately how many flowers does a honeybee visit", "bees"),
        ("how do the notes argue that the volcano eruptions were small", "volcano"),
        ("hello, im kinda confused about how busy the bees are exactly, can u explain", "bees"),
    ],
)
def test_a_question_in_chat_filler_is_answered_on_another_faq(made_up, question, entry_id):
    assert not made_up.match(question).answered, "the question as written is below the threshold"
    reply = made_up.ask(question)
    assert reply.answered and reply.entry.id == entry_id
    # "plain"; "sentence" when a clause of it is the question, read without the filler as well
    assert reply.result.reason.value in ("plain", "sentence")
    assert reply.scope == "full"


@pytest.mark.parametrize(
    "question",
    [
        # out of scope once the filler is gone, too
        "ok but is the bakery still open tbh",
        "so like how many tourists visit the lighthouse, per the notes",
        "so how many bees live in the hive, according to the notes",
        # a veto stands: a year the notes never give
        "ok but did the volcano erupt in 2020, per the notes",
        "im kinda curious how many tourists visit the lighthouse, can u explain",
    ],
)
def test_dropping_filler_never_answers_what_the_faq_does_not_on_another_faq(made_up, question):
    assert not made_up.ask(question).answered


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("so what is the death penalty thing in iran like tbh", "executions"),
        ("is the death penalty thing still going on in iran tbh", "executions"),
        ("which exact resolution do the ngos want passed", "what-they-ask"),
        ("what are the member states supposed to do about iran", "what-they-ask"),
        ("so what r the member states supposed to do about it", "what-they-ask"),
        ("hey everyone! quick q - does iran cooperate with the un or not?", "un-cooperation"),
        ("did rouhani change anything or no", "rouhani-first-term"),
        ("approximately how many people has iran executed so far, according to the letter", "executions"),
        (
            "hi, im a bit confused about what the letter wants member states to do exactly, can u explain",
            "what-they-ask",
        ),
        ("How do the signatories argue a favourable vote would affect the Iranian authorities?", "strong-signal"),
    ],
)
def test_a_question_in_chat_filler_is_answered_on_the_shipped_faq(engine, question, entry_id):
    assert not engine.match(question).answered
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full"


@pytest.mark.parametrize(
    "message, question, entry_id",
    [
        (
            "We are coming to the island next week with the kids. ok but is the volcano dangerous at all tbh?",
            "ok but is the volcano dangerous at all tbh?",
            "volcano",
        ),
        (
            "Hi! My grandma lived near the coast for years. so is the lighthouse thing still working or what?",
            "so is the lighthouse thing still working or what?",
            "lighthouse",
        ),
    ],
)
def test_a_message_s_question_in_chat_filler_is_read_without_it_on_another_faq(made_up, message, question, entry_id):
    assert not made_up.match(question).answered, "the question as written is below the threshold"
    reply = made_up.ask(message)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full"
    assert reply.result.reason.value == "sentence"


def test_how_the_source_describes_a_subject_is_what_it_says_about_it_on_another_faq(made_up):
    """ "how do the notes describe X" asks what they say about X: answered as that question is
    (here by the one entry about the subject, `topic`), and refused for a subject none is about."""
    question = "how do the notes describe the volcano eruptions"
    assert not made_up.match(question).answered
    reply = made_up.ask(question)
    assert reply.answered and reply.entry.id == "volcano" and reply.scope == "full"
    assert (
        reply.to_json()["reason"]
        == made_up.ask("what do the notes say about the volcano eruptions").to_json()["reason"]
    )
    assert not made_up.ask("how do the notes describe the museum").answered


@pytest.mark.parametrize("run", ["!" * 60, "!." * 60, "." * 4000])
def test_a_greeting_then_a_long_run_of_marks_is_read_at_once(run):
    """A greeting's marks are read one at a time: a run of them inside the repeated group, followed
    by a letter, once made the reading try every split of the run (seconds for 26 marks, the bot
    blocked). A run of thousands is read like a short one."""
    assert plain("hi" + run + "x where do the bees sleep?") is None


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("the 440 number i keep seeing, what is that about?", "executions"),
        ("hey new here, what is this letter thing everyone in the channel keeps talking about?", "campaign-overview"),
        ("what does the letter say about how rouhani's first term went for human rights", "rouhani-first-term"),
        ("point of voting for it?", "strong-signal"),
        ("wait whats this campaign even", "campaign-overview"),
    ],
)
def test_the_plain_readings_answer_in_full_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full", reply.result
