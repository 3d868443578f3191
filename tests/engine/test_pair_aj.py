"""Shapes of pairs AI and AJ (eval85, eval87: development data since they were measured), each
checked on a made-up FAQ and on the shipped one:

- "is gender discrimination one of the things they raise?", "is discrimination against
  minorities part of what the letter raises": the answer came with "The sources do not mention
  “things”" (or "“part”"): what a thing is said to be one of, or part of, is the kind of thing
  mentioned, not a subject asked to be mentioned;
- "who is the regime detaining" (a probe of AI's detention questions) was refused as if it asked
  the name of "the regime": the "who" is whom it detains;
- "where is radio farda headquartered" (eval85, out of scope) was answered in full with the
  entry that says where the interview was given: "headquartered" is missing from the word list
  (SCOWL's), so the where rule took it for a typo with nothing to judge by. A regular -ed or -ing
  form of a listed word is English now (`lexicon.is_english`), a misspelt one ("droped") not;
- "hey all, my cousin is an environmental activist back home and im really worried. what does
  the NGO letter say about who gets detained and for what reason?" (eval78, eval69) was refused:
  its question alone is answered, but its clause "and for what reason?" ranked another entry
  alone and was taken for another question. A clause that names nothing but why asks the
  cause of what the rest asks (`fallback_sentences._names_nothing`); and "for what reason", "on
  what grounds" now ask why in the scope check too (`_shapes_en.whys`), as "why" does;
- "my cousin lives in tehran, how many people were executed there?" (a probe of the above) was
  answered in full with the total: where someone the asker knows is was never read as asked,
  even when "there" asks of it (`_subjects_en.there_later`);
- «سلام، طبق نامه کیا رو خودسرانه دستگیر کردن؟ علتش چی بوده؟» (eval-fa84: who was detained?
  what was its cause?) was refused as the English above was; and «علتش چی بوده», «دلیلش چیه»
  (what was / is its reason) were no "why" to the scope check: on the made-up island, "how many
  flowers do the bees visit? what's its reason?" was answered in full by notes that give none;
  so, in Finglish, "dalilesh chie?", "be che dalil?";
- "What human rights issues did the NGOs highlight, according to Raha Bahreini?" (eval76) was
  refused: a source named at the end dilutes the question as one named first did before
  `_by_speaker` read it without; and "how many were executed according to the guardian?" was
  answered in full, as if the figure were the Guardian's (a probe): a source no entry's
  sources mention at all is not whose words the answer quotes;
- "did the so called moderate president fix anything on human rights during his 1st term"
  (eval85) got "The sources do not say whether “the so called moderated president fix ...”":
  the yes/no reading took the adjective after "so called" (or "supposedly") for the verb;
- "salam, tu name gofte chi kesaei ro arbitrary detain kardan?" (eval-fa85: who does the letter
  say was arbitrarily detained) was only offered: the English reading of a Finglish question
  kept "name" (Finglish for "letter", نامه) as the English word, and "the name" asked is one
  the sources never give. It is left out of that reading now, as "male" (of the month) is;
- «به گفته عفو بین‌الملل نامه به چه مواردی اشاره میکنه؟» (eval-fa84: according to Amnesty, what
  does the letter refer to?) was only offered: with no comma after the speaker, where its name
  ends is not written, and the question was never read without it (`unattributed_readings`);
- "by what margin was rouhani re-elected" (eval62, near-topic) was answered in full by the entry
  on his re-election, which gives no figure: "by what margin" asks a figure, as "how many" does;
- "hi, quick q - according to Raha Bahreini what does the letter actually complain about?"
  (eval89) was refused: the speaker opening the question was read only at its very start;
- "are sanctions part of what they want?" (a probe of eval-fa87's Finglish "NGO ha az UN khastan
  ke iran ro tahrim kone?") was answered in full: a thing said to be among what is asked for is
  asked for, as "do they want sanctions" asks it; and that Finglish question itself: a penalty
  asked for («خواستن ... تحریم», "khastan ... tahrim"), of an entry that never speaks of penalties.
"""

from __future__ import annotations

import madeup
import pytest

from bot.engine import attributions, persian, predicates
from bot.engine.lexicon import is_english
from bot.engine.text import question_types, words


@pytest.fixture
def farming(tmp_path, config):
    return madeup.island_with(tmp_path, madeup.DEATHS_NOTES, [madeup.DEATHS, madeup.FARMING], config.matching)


@pytest.mark.parametrize(
    "question, caveat",
    [
        ("is barley one of the things the notes mention?", []),
        ("is barley part of what the notes mention?", []),
        ("is barley among the crops mentioned?", []),
        # what is asked to be mentioned still is
        ("is rice one of the things the notes mention?", ["rice"]),
        ("is rice among the crops mentioned?", ["rice"]),
    ],
)
def test_what_a_thing_is_one_of_is_no_subject_on_a_made_up_faq(farming, question, caveat):
    check = farming.scope.check(question, "farming")
    assert [u.term for u in check.uncovered] == caveat, check


@pytest.mark.parametrize(
    "question, caveat",
    [
        ("is gender discrimination one of the things they raise?", None),
        ("is discrimination against minorities part of what the letter raises", None),
        ("is the compulsory hijab law part of the discrimination against women they mention", "hijab"),
    ],
)
def test_what_a_thing_is_one_of_is_no_subject_on_the_shipped_faq(engine, question, caveat):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "women-minorities", reply.result
    assert (reply.caveat is None) is (caveat is None) and (caveat is None or caveat in reply.caveat), reply.caveat


@pytest.mark.parametrize(
    "question, caveat",
    [
        ("who is the volcano killing?", []),
        ("who is the volcano killing now", []),
        ("who is the volcano's keeper?", ["the volcano keeper"]),  # a role, unnamed
    ],
)
def test_whom_something_does_it_to_is_no_role_on_a_made_up_faq(farming, question, caveat):
    check = farming.scope.check(question, "volcano-deaths")
    assert [u.term for u in check.uncovered] == caveat, check


@pytest.mark.parametrize("question", ["who is the regime detaining", "who is the regime detaining and why"])
def test_whom_something_does_it_to_is_no_role_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "arbitrary-detention" and reply.caveat is None, reply.result


@pytest.mark.parametrize(
    "word, english",
    [
        ("headquartered", True),  # "headquarter" is listed
        ("tweeting", True),
        ("dropped", True),
        ("droped", False),  # "drop" doubles its "p"
        ("hopeing", False),  # "hope" drops its "e"
        ("seeing", True),
        ("fooed", False),  # (short: nothing read into it)
    ],
)
def test_regular_forms_of_listed_words_are_english(word, english):
    assert is_english(word) is english


@pytest.fixture
def town(tmp_path, config):
    return madeup.load_faq(tmp_path, madeup.TOWN_SOURCE, madeup.TOWN, config.matching)


def test_where_a_thing_named_in_passing_is_headquartered_on_a_made_up_faq(town):
    """The interview entry says where the mayor spoke (with Harbour Radio), not where the radio is."""
    assert town.scope.check("where is harbour radio headquartered?", "interview").scope.value == "partial"
    assert town.scope.check("where did the mayor speak?", "interview").scope.value == "full"
    reply = town.ask("where is harbour radio headquartered?")
    assert not (reply.answered and reply.scope == "full"), reply.result


def test_where_a_thing_named_in_passing_is_headquartered_on_the_shipped_faq(engine):
    reply = engine.ask("where is radio farda headquartered")
    assert not (reply.answered and reply.scope == "full"), reply.result


@pytest.fixture
def port(tmp_path):
    return madeup.port_notes(tmp_path)


def test_a_why_clause_is_no_other_question_on_a_made_up_faq(port):
    """The notes say the port authority refused to cooperate, and no reason: the message's question
    is answered, with the reason it also asks named as not given."""
    message = (
        "hey all, my uncle sells fish at the market and im worried. "
        "does the port authority work with the union, and for what reason?"
    )
    assert not port.match(message).answered, "below the thresholds as a whole"
    reply = port.ask(message)
    assert reply.answered and reply.entry.id == "cooperation", reply.result
    assert reply.caveat is not None and "“for what reason”" in reply.caveat, reply.caveat


@pytest.mark.parametrize(
    "question",
    ["for what reason has the port refused to cooperate", "on what grounds has the port refused to cooperate"],
)
def test_for_what_reason_asks_why_on_a_made_up_faq(port, question):
    assert port.scope.check(question, "cooperation").scope.value == "partial"


@pytest.mark.parametrize(
    "message",
    [
        "hey all, my cousin is an environmental activist back home and im really worried. what does the NGO letter"
        " say about who gets detained and for what reason?",
        "hey all, my cousin in tabriz keeps telling me trade unionists r being jailed back home. does the letter say"
        " who is being detained and for what?",
    ],
)
def test_a_why_clause_is_no_other_question_on_the_shipped_faq(engine, message):
    reply = engine.ask(message)
    assert reply.answered and reply.entry.id == "arbitrary-detention" and reply.caveat is None, reply.result


@pytest.mark.parametrize(
    "question, caveat",
    [
        ("my sister lives in bergen, what do farmers grow there?", ["bergen"]),
        ("my sister in bergen says barley grows well, is there anything about that?", []),  # "is there"
    ],
)
def test_there_asks_of_where_someone_known_is_on_a_made_up_faq(farming, question, caveat):
    check = farming.scope.check(question, "farming")
    assert [u.term for u in check.uncovered] == caveat, check


def test_there_asks_of_where_someone_known_is_on_the_shipped_faq(engine):
    reply = engine.ask("my cousin lives in tehran, how many people were executed there?")
    assert reply.answered and reply.entry.id == "executions", reply.result
    assert reply.caveat is not None and "“tehran”" in reply.caveat, reply.caveat


@pytest.fixture(scope="module")
def persian_island():
    return madeup.persian_island()


@pytest.mark.parametrize(
    "message, caveat",
    [
        ("سلام، زنبورهای عسل به چند گل سر می‌زنند؟ دلیلش چیه؟", "دلیلش چیه"),
        ("سلام، طبق یادداشت‌ها آتشفشان چند بار فوران کرد؟ علتش چی بوده؟", "علتش چی بوده"),
        # the clause as typed, not the whole message, for a why read from two words
        ("زنبورهای عسل به چند گل سر می‌زنند؟ به چه دلیل؟", "به چه دلیل"),
    ],
)
def test_its_reason_asks_why_in_persian_on_a_made_up_faq(persian_island, message, caveat):
    reply = persian_island.ask(message)
    assert reply.answered, reply.result
    assert reply.scope == "partial" and f"«{caveat}»" in reply.caveat, reply.caveat


@pytest.mark.parametrize(
    "message",
    [
        "سلام، طبق نامه کیا رو خودسرانه دستگیر کردن؟ علتش چی بوده؟",
        "سلام، طبق این نامه کی‌ها رو خودسرانه بازداشت می‌کنن؟ دلیلش چیه؟",
    ],
)
def test_a_why_clause_is_no_other_question_in_persian_on_the_shipped_faq(engine, message):
    """The detention entry gives the reason (for exercising their rights): answered in full."""
    reply = engine.ask(message)
    assert reply.answered and reply.entry.id == "arbitrary-detention" and reply.scope == "full", reply.result


@pytest.mark.parametrize(
    "question, caveat",
    [
        ("atashfeshan chand bar foran kard? dalilesh chie?", ["dalilesh chie"]),
        ("atashfeshan chand bar foran kard? be che dalil?", ["be che dalil"]),
        ("atashfeshan chand bar foran kard?", []),
    ],
)
def test_its_reason_asks_why_in_finglish_on_a_made_up_faq(persian_island, question, caveat):
    """Finglish "dalilesh chie?", "be che dalil?" (what's its reason, for what reason) of notes that
    give no cause of the eruptions: why, as "chera" is."""
    check = persian_island.scope.check(question, "volcano")
    assert [u.term for u in check.uncovered] == caveat, check


def test_for_what_reason_in_finglish_on_the_shipped_faq(engine):
    """eval-fa67: "... che kasayi dastgir shodan va be che dalili" (who was arrested, and for what
    reason), answered in full now that the reason reads as "chera"."""
    reply = engine.ask("salam, mikhastam bedoonam tebghe name che kasayi dastgir shodan va be che dalili")
    assert reply.answered and reply.entry.id == "arbitrary-detention" and reply.scope == "full", reply.result


@pytest.mark.parametrize(
    "question, speaker",
    [
        ("how many boats fish out of the harbour, according to the harbour gazette?", "the harbour gazette"),
        ("how many boats fish out of the harbour per the gazette", "the gazette"),
        # one of the FAQ's people, whose words this entry does not quote: read without, then caveated
        ("how many boats are there according to dana syriani", "dana syriani"),
        ("how many boats fish out of the harbour according to the notes", None),
    ],
)
def test_a_source_named_at_the_end_on_a_made_up_faq(port, question, speaker):
    reply = port.ask(question)
    assert reply.answered and reply.entry.id == "boats", reply.result
    if speaker is None:
        assert reply.caveat is None, reply.caveat
    else:
        assert reply.caveat is not None and f"“{speaker}” said this" in reply.caveat, reply.caveat


@pytest.mark.parametrize(
    "question, entry_id, speaker",
    [
        ("What human rights issues did the NGOs highlight, according to Raha Bahreini?", "concerns-listed", None),
        ("whats wrong in iran according to these ngos", "concerns-listed", None),
        ("how many were executed according to the guardian?", "executions", "the guardian"),
        ("how many were executed, per the bbc", "executions", "the bbc"),
        ("how many were executed according to the ngos", "executions", None),
    ],
)
def test_a_source_named_at_the_end_on_the_shipped_faq(engine, question, entry_id, speaker):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id, reply.result
    if speaker is None:
        assert reply.caveat is None, reply.caveat
    else:
        assert reply.caveat is not None and f"“{speaker}” said this" in reply.caveat, reply.caveat


@pytest.mark.parametrize(
    "question, verb, statement",
    [
        (
            "did the so called moderate president fix anything?",
            "fix",
            "the so called moderate president fixed anything",
        ),
        ("did the supposedly quiet volcano erupt?", "erupt", "the supposedly quiet volcano erupted"),
        ("did the authorities quickly release them?", "release", "the authorities quickly released them"),
    ],
)
def test_an_adjective_after_an_adverb_is_no_verb(question, verb, statement):
    assert [(p.word, p.statement) for p in predicates.english(question)] == [(verb, statement)]


@pytest.mark.parametrize(
    "question",
    ["did the supposedly quiet volcano kill 300 people?", "did the so called quiet volcano kill 300 people?"],
)
def test_an_adjective_after_an_adverb_on_a_made_up_faq(farming, question):
    check = farming.scope.check(question, "volcano-deaths")
    assert check.scope.value == "full", check


def test_an_adjective_after_an_adverb_on_the_shipped_faq(engine):
    reply = engine.ask("did the so called moderate president fix anything on human rights during his 1st term")
    assert reply.answered and reply.entry.id == "rouhani-first-term" and reply.caveat is None, reply.caveat


def test_finglish_name_is_the_letter_in_the_english_reading():
    assert persian.english_reading("tu name gofte chi kesaei ro arbitrary detain kardan".split()) == [
        "gofte",
        "what",
        "kesaei",
        "arbitrary",
        "detain",
    ]


@pytest.fixture
def petition(tmp_path):
    return madeup.persian_island_with_petition(tmp_path)


@pytest.mark.parametrize(
    "question", ["salam, tu name gofte fishers az council chi mikhan?", "tu name gofte petition az council chi mikhad?"]
)
def test_finglish_name_is_the_letter_on_a_made_up_faq(petition, question):
    reply = petition.ask(question)
    assert reply.answered and reply.entry.id == "petition" and reply.scope == "full", reply.result


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("salam, tu name gofte chi kesaei ro arbitrary detain kardan?", "arbitrary-detention"),
        ("name kei neveshte shode? chand e November?", "letter-date"),
        ("name dar morede re-election e Rouhani chi mige?", "rouhani-reelection"),
    ],
)
def test_finglish_name_is_the_letter_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full", reply.result


def test_according_to_with_no_comma_is_read_without_each_short_name():
    readings = attributions.unattributed_readings("به گفته عفو بین‌الملل نامه به چه مواردی اشاره میکنه؟", "fa")
    assert "نامه به چه مواردی اشاره میکنه؟" in readings
    assert attributions.unattributed_readings("be gofte-ye amnesty name be che chizi eshare mikone?", "fa-Latn")[0] == (
        "name be che chizi eshare mikone?"
    )


def test_according_to_with_no_comma_on_the_shipped_faq(engine):
    reply = engine.ask("به گفته عفو بین‌الملل نامه به چه مواردی اشاره میکنه؟")
    assert reply.answered and reply.entry.id == "concerns-listed" and reply.scope == "full", reply.result


def test_by_what_margin_asks_a_figure():
    assert "count" in question_types(words("by what margin did the vote for the harbour wall pass?"))


def test_by_what_margin_on_the_shipped_faq(engine):
    reply = engine.ask("by what margin was rouhani re-elected")
    assert not (reply.answered and reply.scope == "full"), reply.result


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("hi, quick q - according to the notes what does the fishers petition ask for?", "petition"),
        ("hi, quick q - according to the notes how many boats fish out of the harbour", "boats"),
    ],
)
def test_a_speaker_after_a_greeting_on_a_made_up_faq(port, question, entry_id):
    reply = port.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full", reply.result


def test_a_speaker_after_a_greeting_on_the_shipped_faq(engine):
    reply = engine.ask("hi, quick q - according to Raha Bahreini what does the letter actually complain about?")
    assert reply.answered and reply.entry.id == "concerns-listed" and reply.scope == "full", reply.result


@pytest.mark.parametrize(
    "question, caveat",
    [
        ("are fines part of what the fishers want?", ["fines"]),
        ("is a boycott one of the things the fishers ask for?", ["boycott"]),
        ("is a wall part of what the fishers want?", []),
    ],
)
def test_a_thing_among_what_is_asked_for_on_a_made_up_faq(port, question, caveat):
    check = port.scope.check(question, "petition")
    assert [u.term for u in check.uncovered] == caveat, check


def test_a_thing_among_what_is_asked_for_on_the_shipped_faq(engine):
    reply = engine.ask("are sanctions part of what they want?")
    assert reply.answered and reply.entry.id == "what-they-ask", reply.result
    assert reply.caveat is not None and "“sanctions”" in reply.caveat, reply.caveat
    assert engine.ask("is a resolution part of what they want?").caveat is None


@pytest.mark.parametrize(
    "question, caveat",
    [
        ("ماهیگیرا از شورا خواستن بندر رو جریمه کنه؟", ["جریمه"]),
        ("mahigir ha az shura khastan ke bandar ro jarime kone?", ["jarime"]),
        ("ماهیگیرا از شورا چی خواستن؟", []),
    ],
)
def test_a_penalty_asked_for_in_persian_on_a_made_up_faq(petition, question, caveat):
    check = petition.scope.check(question, "petition")
    assert [u.term for u in check.uncovered] == caveat, check


@pytest.mark.parametrize(
    "question", ["NGO ha az UN khastan ke iran ro tahrim kone?", "آیا NGOها تحریم ایران رو خواستن؟"]
)
def test_a_penalty_asked_for_in_persian_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply.result
