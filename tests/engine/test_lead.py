"""A clear lead of the entry ranked first is answered rather than turned into a "did you mean"
(Engine._by_lead, Reason.LEAD, `matching.lead_words`): below the answer threshold, a question whose
every content word the first entry says or is asked with, at least `lead_words` of them words the
runner-up has not, is answered in full with it. A question with a word the entry never uses, one
that names nothing but what the entry is about, one below the suggest threshold, or a lead of one
shared word ("capital" of "capital punishment") or of one name ("Tomas Berg") stays a "did you mean"
or a refusal."""

from __future__ import annotations

import dataclasses

import madeup
import pytest

from bot.engine import MatchSettings, Outcome, Reason, load_engine

# Every question the ranking does not veto is in the "did you mean" band: the rule alone decides.
BAND = MatchSettings(answer_threshold=99.9, suggest_threshold=0.1)


@pytest.fixture(scope="module")
def island():
    return madeup.island(BAND)


def test_a_clear_lead_is_answered_in_full_on_a_made_up_faq(island):
    reply = island.ask("is the hive busy")
    assert reply.answered and reply.entry.id == "bees" and not reply.partial, reply.result
    assert reply.result.reason is Reason.LEAD
    assert island.match("is the hive busy").outcome is Outcome.SUGGEST  # the ranking alone offers it only


@pytest.mark.parametrize(
    "question",
    [
        "lighthouse keeper salary",  # "salary": nothing the lighthouse entry says or is asked
        "do the bees sleep in the hive or by the volcano",  # the volcano is another entry's
        "what do honeybees actually do",  # only what the entry is about: asks something unsaid of it
    ],
)
def test_a_question_about_more_or_other_than_the_entry_stays_a_did_you_mean(island, question):
    reply = island.ask(question)
    assert not reply.answered, reply.result
    assert reply.result.reason is not Reason.LEAD


def test_the_lead_must_have_lead_words_words_and_0_turns_the_rule_off():
    question = "is the hive busy"  # a lead of two words: "hive", "busy"
    assert madeup.island(dataclasses.replace(BAND, lead_words=2)).ask(question).answered
    assert not madeup.island(dataclasses.replace(BAND, lead_words=3)).ask(question).answered
    assert not madeup.island(dataclasses.replace(BAND, lead_words=0)).ask(question).answered


def test_below_the_suggest_threshold_a_lead_is_no_answer():
    engine = madeup.island(dataclasses.replace(BAND, suggest_threshold=99.0))
    assert not engine.ask("is the hive busy").answered


def test_a_light_verb_is_no_word_the_lead_needs_on_a_made_up_faq(island):
    # "take" is said nowhere in the FAQ: a light verb carries what its object says ("the lamp
    # flashes every ten seconds"), so the question's other words decide the lead
    question = "do they take the lamp flashes every ten seconds"
    reply = island.ask(question)
    assert reply.answered and reply.entry.id == "lighthouse" and not reply.partial, reply.result
    assert reply.result.reason is Reason.LEAD
    # a word the entry never uses still stops it, light verb or not
    assert not island.ask("do they take the lamp to the museum every ten seconds").answered


# -- one word no entry uses: a rewording, unless it may name a fact of its own -----------------


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("is the hive reliably busy", "bees"),  # "reliably": said by no entry, an adverb of the asking
        ("does the lamp still flash every ten seconds, honestly", "lighthouse"),
    ],
)
def test_one_word_no_entry_uses_does_not_stop_a_clear_lead_on_a_made_up_faq(island, question, entry_id):
    reply = island.ask(question)
    assert reply.answered and reply.entry.id == entry_id and not reply.partial, reply.result
    assert reply.result.reason is Reason.LEAD


@pytest.mark.parametrize(
    "question",
    [
        "is the hive busy in winter",  # the object of a preposition: a time, a place, a thing
        "does the lamp flash every ten seconds for sailors",
        "what is the hive's busy season",  # the noun "what" asks for
        "hive busy season",  # a query with no question frame: its words alone say what it asks
        "can i photograph the busy hive",  # what the asker would do
        "is the old lighthouse lamp a letdown",  # what it is asked to be: "Yes." would judge it
        "is the hive busy, or is it overrated",
        "how many tourists visit the lighthouse lamp",  # what a count counts
        "does the lamp currently flash every ten seconds",  # picks one time
        "do the bees go back to their hive or do they get lost at dusk",  # two such words
    ],
)
def test_a_word_no_entry_uses_that_may_name_a_fact_stays_a_did_you_mean(island, question):
    reply = island.ask(question)
    assert not reply.answered, reply.result
    assert reply.result.reason is not Reason.LEAD


def test_the_askers_own_state_is_no_word_the_lead_needs_on_a_made_up_faq(island):
    # "worried", "curious", "confused", "heard": how the asker came to ask, said by no entry and
    # telling none apart; two of them are no longer two words the entry never uses
    for question, entry_id in [
        ("im worried and curious, does the lamp flash every ten seconds", "lighthouse"),
        ("im curious and a bit confused, is the hive busy", "bees"),
    ]:
        reply = island.ask(question)
        assert reply.answered and reply.entry.id == entry_id and not reply.partial, reply.result
        assert reply.result.reason is Reason.LEAD
    # a word the entry never uses still stops it, however worried the asker
    assert not island.ask("im worried, do the bees sleep in the hive or by the volcano").answered
    assert not island.ask("im curious about the lighthouse keeper salary").answered


@pytest.fixture(scope="module")
def shipped(config):
    """The shipped FAQ with its calibration, but no confidence high enough to answer: every
    answer below is one the rules give, whatever a recalibration moves."""
    return load_engine(
        config.paths.knowledge, config.paths.seeds, dataclasses.replace(config.matching, answer_threshold=100.1)
    )


def test_a_clear_lead_on_the_shipped_faq(shipped):
    reply = shipped.ask("can the un send someone over there to check")
    assert reply.answered and reply.entry.id == "un-rapporteurs" and not reply.partial, reply.result
    assert reply.result.reason is Reason.LEAD


def test_a_light_verb_is_no_word_the_lead_needs_on_the_shipped_faq(shipped):
    lead = shipped.scope.lead_words("has iran taken the chance to work with the un", "un-cooperation", "un-rapporteurs")
    assert lead is not None and lead >= {"chanc", "work"}


@pytest.mark.parametrize(
    "question",
    [
        "heard iran blocks un monitors from entering, true?",
        "heard iran blocks un human rights ppl from entering, true?",
    ],
)
def test_the_askers_own_state_is_no_word_the_lead_needs_on_the_shipped_faq(shipped, question):
    reply = shipped.ask(question)
    assert reply.answered and reply.entry.id == "un-rapporteurs" and not reply.partial, reply.result
    assert reply.result.reason is Reason.LEAD


@pytest.mark.parametrize(
    "question",
    [
        "what's the capital of iran",  # one shared word, in another sense ("capital punishment")
        "whats the resolution's official number",  # one shared word ("officials")
        "what does a special rapporteur actually do?",  # only what the entry is about
    ],
)
def test_one_shared_word_or_the_subject_alone_is_no_lead_on_the_shipped_faq(shipped, question):
    reply = shipped.ask(question)
    assert not reply.answered or reply.result.reason is not Reason.LEAD, reply.result


@pytest.fixture(scope="module")
def with_keeper(tmp_path_factory):
    """The island FAQ plus the keeper, Tomas Berg (a name of two words), in the "did you mean" band."""
    knowledge, seeds = madeup.copy_island(
        tmp_path_factory.mktemp("keeper"), f"\n{madeup.KEEPER.quote}\n", [madeup.KEEPER]
    )
    lighthouse = knowledge / "lighthouse.yaml"
    text = lighthouse.read_text(encoding="utf-8").replace("- lighthouse keeper", "- is the lighthouse in service")
    lighthouse.write_text(text.replace("- who runs the lighthouse", "- is the old light still used"), encoding="utf-8")
    return load_engine(knowledge, seeds, BAND)


def test_the_words_of_one_name_are_one_term_of_the_lead(with_keeper):
    # "tomas" and "berg" are the keeper entry's alone, but they name one person: no clear lead
    reply = with_keeper.ask("tomas berg and the lighthouse?")
    assert not reply.answered, reply.result
    # ... with something asked of him that only the keeper entry says, a lead of two terms
    reply = with_keeper.ask("does tomas berg keep the lighthouse")
    assert reply.answered and reply.entry.id == "keeper" and reply.result.reason is Reason.LEAD, reply.result


# -- Persian and Finglish: their words as normalisation and folding read them ------------------


@pytest.fixture(scope="module")
def persian_island():
    return madeup.persian_island(BAND)


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("فانوس دریایی هنوز چشمک میزنه؟", "lighthouse"),  # every word the entry's, none the others'
        ("zanbur asal shab koja mikhabe?", "bees"),  # Finglish, folded: "where" is a kind it gives
    ],
)
def test_a_clear_lead_in_persian_or_finglish_is_answered_in_full_on_a_made_up_faq(persian_island, question, entry_id):
    reply = persian_island.ask(question)
    assert reply.answered and reply.entry.id == entry_id and not reply.partial, reply.result
    assert reply.result.reason is Reason.LEAD
    assert reply.lang == "fa"


@pytest.mark.parametrize(
    "question",
    [
        "حقوق نگهبان فانوس چقدره؟",  # "salary": nothing the lighthouse entry says or is asked
        "زنبورها کنار آتشفشان میخوابن یا تو کندو؟",  # the volcano is another entry's
        "zanbur asal kenare atashfeshan mikhabe?",  # ... in Finglish
        "زنبور عسل؟",  # only what the entry is about
        "fanus hanuz kar mikone",  # only what its own question asks, in Finglish (by its consonants)
        "چرا فانوس دریایی هنوز چشمک میزنه؟",  # "why": a kind of fact the entry never gives
    ],
)
def test_a_persian_question_about_more_or_other_than_the_entry_stays_a_did_you_mean(persian_island, question):
    reply = persian_island.ask(question)
    assert not reply.answered, reply.result
    assert reply.result.reason is not Reason.LEAD


@pytest.fixture(scope="module")
def shipped_persian(config):
    """The shipped FAQ, no confidence high enough to answer in any language (each language's
    suggest threshold kept): every answer below is one the rules give."""
    matching = config.matching
    languages = {k: {**v, "answer_threshold": 100.1} for k, v in (matching.language_thresholds or {}).items()}
    settings = dataclasses.replace(matching, answer_threshold=100.1, language_thresholds=languages)
    return load_engine(config.paths.knowledge, config.paths.seeds, settings)


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("ایران از فرصت همکاری با مکانیزم‌های حقوق بشری استفاده کرد؟", "un-cooperation"),
        ("ray e mosbat e majma umumi che asari dare?", "strong-signal"),
    ],
)
def test_a_clear_lead_in_persian_or_finglish_on_the_shipped_faq(shipped_persian, question, entry_id):
    reply = shipped_persian.ask(question)
    assert reply.answered and reply.entry.id == entry_id and not reply.partial, reply.result
    assert reply.result.reason is Reason.LEAD


@pytest.mark.parametrize(
    "question",
    [
        "مصاحبه با رادیو فردا چه ساعتی پخش شد؟",  # when it aired: a word no entry says
        "chand ta khabarnegar alan too zendan hastan?",  # how many now: more than the entry gives
        "حقوق گزارشگر ویژه چقدره؟",  # "salary" of a word that is "rights" elsewhere
    ],
)
def test_a_near_topic_persian_question_gets_no_lead_on_the_shipped_faq(shipped_persian, question):
    reply = shipped_persian.ask(question)
    assert not reply.answered or reply.result.reason is not Reason.LEAD, reply.result


def test_one_word_no_entry_uses_on_the_shipped_faq(shipped):
    # "fine" is said by no entry: the rest of the question is the entry's own lead
    reply = shipped.ask("why does iran lobby the un so hard, is everything fine there")
    assert reply.answered and reply.entry.id == "resolutions-binding" and not reply.partial, reply.result
    assert reply.result.reason is Reason.LEAD


@pytest.mark.parametrize(
    "question",
    [
        "by what margin did rouhani win reelection",  # what "what" asks for
        "are they being held in evin prison?",  # no English word: a name
        "can i listen to the radio farda interview somewhere",  # the asker's doing
        "what's the final execution count for 2017",  # picks one instance
        "how many death sentences were handed down in iran in 2017?",  # what a count counts
        "why does iran torture the detained human rights defenders",  # the verb asked about
        "why are detained human rights defenders tortured in iran",
    ],
)
def test_a_word_that_may_name_a_fact_gets_no_lead_on_the_shipped_faq(shipped, question):
    reply = shipped.ask(question)
    assert not reply.answered or reply.result.reason is not Reason.LEAD, reply.result


@pytest.mark.parametrize(
    "question",
    ["could you outline how busy the hive is", "are a few hives busy", "is the hive busy with a few bees"],
)
def test_a_request_to_outline_or_a_few_is_no_word_of_its_own_on_a_made_up_faq(island, question):
    """ "could you outline ...", like "explain" or "tell", asks for what the sources say, and "a few",
    like "some" or "any", counts nothing the sources would have to state: neither stops a lead."""
    reply = island.ask(question)
    assert reply.answered and reply.entry.id == "bees" and not reply.partial, reply.result


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("Could you outline the main human rights problems the NGOs flag about Iran?", "concerns-listed"),
        ("Was the letter signed by a few dozen nonprofits?", "who-signed"),
    ],
)
def test_a_request_to_outline_or_a_few_is_no_word_of_its_own_on_the_shipped_faq(shipped, question, entry_id):
    reply = shipped.ask(question)
    assert reply.answered and reply.entry.id == entry_id and not reply.partial, reply.result
