"""Shapes of pair AQ (eval101, eval102, eval-fa98, eval-fa99, written at 19:08 UTC on 2026-12-07,
measured once at 7e44107c; development data since), and of pair AP's misses, each checked on a
made-up FAQ and on the shipped one:

- "What responsibility does the re-election of Hassan Rouhani put on the Iranian authorities,
  according to the NGOs?" (eval100, in scope) was refused: "re-election", typed with a hyphen,
  is read as "re election", and the who-did reading took "re" for the subject and "election"
  for the verb asked about (`_shapes_en.who_did`: a prefix opens the subject's word; after
  "what", a subject that long is left unread, as "rouhani's reelection" was);
- "According to Amnesty's Raha Bahreini, what does the letter specifically refer to?" (eval101,
  in scope) was answered with the entry on who she is: the plain reading drops an opening
  "according to <someone>," of up to four words, as it dropped "according to the <source>,"
  (`rewordings._FILLER`); who is named is still checked against whom the entry quotes;
- «نامه چه قانون‌هایی رو به عنوان تبعیض علیه زنان نام برده؟» (which laws did the letter name?,
  eval-fa99, near-topic) was answered in full: «چه X‌هایی» asks which ones of a kind as «کدوم X»
  does, and the glossary gives «قانون» (law) its English;
- "what did rouhani do about the economy in his first term" (pair AR's eval104, near-topic) was
  answered in full: the matter of what was done ("do about", "done about") is read as a yes/no
  question's matter is ("did iran cooperate with the UN on the nuclear deal":
  `_subjects_en.topic_of`), and must be one some source speaks of; not the matter of what
  someone wants done ("what do they want the UN to do about the regime").
"""

from __future__ import annotations

import madeup
import pytest

from bot.engine.rewordings import plain


@pytest.fixture(scope="module")
def wall(tmp_path_factory, config):
    """Town news: the mayor's re-election, and the sea wall it puts pressure on (madeup.town_wall)."""
    return madeup.town_wall(tmp_path_factory.mktemp("wall"), config.matching)


def test_a_hyphenated_subject_is_no_verb_asked_on_a_made_up_faq(wall):
    reply = wall.ask("What pressure does the re-election of the mayor put on the council?")
    assert reply.answered and reply.entry.id == "wall" and reply.scope == "full", reply.result


def test_a_hyphenated_subject_is_no_verb_asked_on_the_shipped_faq(engine):
    question = "What responsibility does the re-election of Hassan Rouhani put on the Iranian authorities, according to the NGOs?"
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "rouhani-reelection" and reply.scope == "full", reply.result


@pytest.mark.parametrize(
    "question, read",
    [
        ("According to Harbour Radio's Lena Ross, when will the bridge open?", "when will the bridge open?"),
        ("according to the mayor, when will the bridge open?", "when will the bridge open?"),
        # not a clause of more than four words (None: no plain reading other than the question)
        ("according to what the mayor told the radio, when will the bridge open?", None),
    ],
)
def test_an_opening_attribution_is_no_part_of_the_plain_reading(question, read):
    assert plain(question) == read


def test_an_opening_attribution_with_a_name_on_the_shipped_faq(engine):
    reply = engine.ask("According to Amnesty's Raha Bahreini, what does the letter specifically refer to?")
    assert reply.answered and reply.entry.id == "concerns-listed" and reply.scope == "full", reply.result
    # whom it names is still checked against whom the entry quotes
    reply = engine.ask("according to roya karimi majd, how many were executed?")
    assert not reply.answered or "roya karimi majd" in (reply.caveat or ""), reply.result


@pytest.fixture(scope="module")
def town(tmp_path_factory, config):
    return madeup.load_faq(tmp_path_factory.mktemp("town"), madeup.TOWN_SOURCE, madeup.TOWN, config.matching)


@pytest.mark.parametrize(
    "question, term",
    [("شهردار درباره چه قانون‌هایی صحبت کرد؟", "چه قانون‌هایی"), ("شهردار درباره چه پل‌هایی صحبت کرد؟", None)],
)
def test_which_ones_of_a_kind_with_che_in_persian_on_a_made_up_faq(town, question, term):
    check = town.scope.check(question, "interview")
    assert [u.term for u in check.uncovered] == ([] if term is None else [term]), check


@pytest.mark.parametrize(
    "question",
    [
        "نامه چه قانون‌هایی رو به عنوان تبعیض علیه زنان نام برده؟",
        "che keshvar haei name ro emza kardan? kanada ham bood?",
    ],
)
def test_which_ones_of_a_kind_with_che_in_persian_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply.result


@pytest.mark.parametrize(
    "question, term",
    [
        ("what did the mayor do about the schools in his first term?", "schools"),
        ("what has the council done about the library?", "library"),
        # what it speaks of; and what someone wants done about a matter, which the request answers
        ("what did the mayor do about the sea wall?", None),
        ("what do they want the council to do about the problem?", None),
    ],
)
def test_what_was_done_about_a_matter_on_a_made_up_faq(wall, question, term):
    check = wall.scope.check(question, "wall")
    assert [u.term for u in check.uncovered] == ([] if term is None else [term]), check


def test_what_was_done_about_a_matter_on_the_shipped_faq(engine):
    reply = engine.ask("what did rouhani do about the economy in his first term")
    assert not reply.answered or "“economy”" in (reply.caveat or ""), reply.result
    assert engine.ask("what do they want the UN to do about the regime").caveat is None
