"""Everyday English synonyms and idioms (data/en-synonyms.txt, synonyms.py): a question that says
"put to death" or "journos" is read with the FAQ's own word for it ("executed", "journalist"),
never replacing a word the FAQ uses itself, and a group whose words the FAQ never uses changes
nothing."""

from __future__ import annotations

from pathlib import Path

import madeup
import pytest

from bot.engine import load_engine, synonyms
from bot.engine.text import words


def test_the_shipped_list_is_read_without_error_and_has_idioms_and_words():
    listed = synonyms.english()
    assert listed.idioms and listed.by_stem
    assert listed.span >= 2
    # every group is read in the words a question is read in (lower case, no apostrophe)
    for idiom in listed.idioms:
        assert list(idiom) == words(" ".join(idiom), finglish=False)


def test_a_line_without_its_words_says_where():
    with pytest.raises(ValueError, match=r"list\.txt:2: expected"):
        synonyms.parse("# a comment\nno equals sign here\n", "list.txt")
    with pytest.raises(ValueError, match=r"list\.txt:1:"):
        synonyms.parse(" = orphan variant\n", "list.txt")


def test_idioms_read_as_the_first_word_of_their_group_the_faq_knows():
    listed = synonyms.parse("erupt, eruption = blow its top, blew its top\nlamp, light = beacon\n")
    knows = {"eruption", "light"}.__contains__
    assert listed.read(words("did it blow its top again", finglish=False), knows) == [
        "did",
        "it",
        "eruption",
        "again",
    ]
    # a word alone is not an idiom; a group the FAQ never uses leaves the idiom as typed
    assert listed.read(["its", "top"], knows) == ["its", "top"]
    assert listed.read(["blew", "its", "top"], set().__contains__) == ["blew", "its", "top"]
    # one-word variants by their stem ("beacons" is "beacon")
    assert listed.word_for("beacons", knows) == "light"
    assert listed.word_for("lamp", knows) is None  # a group's own word is no variant


def test_the_shipped_list_reads_grounds_as_a_reason_only_in_its_idioms():
    """ "on what grounds" and "grounds for" ask a reason; "grounds" alone is a place ("the school
    grounds") or what is left of coffee, and stays as typed."""
    listed = synonyms.english()
    knows = {"reason", "reelection"}.__contains__
    assert listed.read(words("on what grounds was the keeper fired", finglish=False), knows)[0] == "reason"
    assert "reason" in listed.read(words("what are the grounds for closing it", finglish=False), knows)
    assert listed.read(words("are the school grounds open", finglish=False), knows)[-2] == "grounds"
    assert listed.read(words("was the mayor voted in again", finglish=False), knows)[-1] == "reelection"


def test_the_shipped_list_reads_nothing_to_worry_about_as_concern():
    listed = synonyms.english()
    knows = {"concern"}.__contains__
    assert "concern" in listed.read(words("the mayor says there's nothing to worry about", finglish=False), knows)
    assert listed.read(words("do the bees worry about rain", finglish=False), knows)[3] == "worry"


ISLAND_LIST = "erupt, eruptions = blow its top, blew its top, blown its top\nlamp = lantern\nhive = apiary\n"


def island(tmp_path, config, monkeypatch, text: str):
    """The made-up island FAQ, asked with a made-up list of synonyms (none of the campaign's)."""
    listed = synonyms.parse(text)
    monkeypatch.setattr(synonyms, "english", lambda: listed)
    return load_engine(*madeup.copy_island(tmp_path / text.count("\n").__str__()), config.matching)


def test_a_question_in_other_everyday_words_reaches_its_entry_on_a_made_up_faq(tmp_path, config, monkeypatch):
    """Each question is refused or only offered without the list, answered with it."""
    asked = [
        ("how often has the volcano blown its top?", "volcano"),
        ("does the lantern still flash", "lighthouse"),
        ("do the honeybees go back to the same apiary", "bees"),
    ]
    without = island(tmp_path, config, monkeypatch, "")
    for question, entry_id in asked:
        reply = without.ask(question)
        assert not reply.answered and reply.result.best == entry_id, (question, reply.result)
    listed = island(tmp_path, config, monkeypatch, ISLAND_LIST)
    for question, entry_id in asked:
        reply = listed.ask(question)
        assert reply.answered and reply.entry.id == entry_id and not reply.partial, (question, reply.result)


def test_a_word_the_faq_uses_itself_is_never_replaced(config, monkeypatch, tmp_path):
    """ "volcano" is a variant of "lighthouse" in this (absurd) list: the FAQ uses "volcano" itself,
    so a question about the volcano stays one about the volcano."""
    listed = synonyms.parse("lighthouse = volcano\n")
    monkeypatch.setattr(synonyms, "english", lambda: listed)
    engine = load_engine(*madeup.copy_island(tmp_path / "kb"), config.matching)
    assert engine.ask("is the volcano dangerous").entry.id == "volcano"


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("how many people were put to death in iran", "executions"),
        ("which journos are locked up in iran", "arbitrary-detention"),
        ("is iran playing ball with un human rights mechanisms", "un-cooperation"),
        ("has iran played nice with un human rights mechanisms", "un-cooperation"),
        # "the un human rights system" is its human rights mechanisms
        ("is iran working with the un human rights system at all", "un-cooperation"),
        ("has iran engaged with the un human rights system this past year", "un-cooperation"),
        # "addressed in" the letter is "mentioned" in it, not "addressed to" someone (who-signed)
        ("are minorities addressed in the report at all", "women-minorities"),
        # "voted in again" is "reelected"; "on what grounds" is "for what reason"
        ("what does the letter say about rouhani getting voted in again", "rouhani-reelection"),
        ("which activists are imprisoned and on what grounds", "arbitrary-detention"),
        # "without proper reason", "without proper grounds": arbitrarily
        (
            "what kinds of people does iran throw in prison without proper reason according to the ngos",
            "arbitrary-detention",
        ),
        ("roughly how many human rights defenders is iran holding without proper grounds", "arbitrary-detention"),
        # "put so much effort into" is the figurative "invested in"
        ("why does iran put so much effort into convincing the un", "resolutions-binding"),
        # "nothing to worry about" is "no cause for concern"
        ("why does iran try so hard to show the un there's nothing to worry about", "resolutions-binding"),
    ],
)
def test_the_shipped_faq_is_asked_in_everyday_words(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id, reply.result


@pytest.mark.parametrize(
    "question",
    [
        "how many people were put to death in saudi arabia",
        "are journos locked up in turkey",
        "is the weather playing ball in tehran today",
        "do the kids play nice at school in tehran",
    ],
)
def test_everyday_words_do_not_answer_questions_about_something_else(engine, question):
    reply = engine.ask(question)
    assert not reply.answered or reply.partial, (question, reply.result)


def test_an_idiom_the_faq_uses_itself_is_read_as_typed():
    """A FAQ whose phrasing says "allowed into" keeps that phrasing's words: read as "access", the
    phrasing would no longer be the one its moderators wrote (and could collide with another)."""
    listed = synonyms.parse("access = allowed into, let in\n")
    own = listed.used_in(["are monitors allowed into the country", "who runs the lighthouse"])
    assert own == {("allowed", "into")}
    knows = {"access"}.__contains__
    assert listed.read(["allowed", "into", "it"], knows, own) == ["allowed", "into", "it"]
    assert listed.read(["let", "in", "now"], knows, own) == ["access", "now"]


def _with_safety_entry(root: Path) -> Path:
    """The made-up island FAQ plus an entry on the lighthouse's safety mechanisms."""
    madeup.copy_island(root, f"\n{madeup.SAFETY.quote}\n", [madeup.SAFETY])
    return root


# Compounds whose last word is a variant of another sense in some list ("system" is no mechanism)
_COMPOUNDS = [
    "what safety does the legal system give the lighthouse?",
    "what safety does the island's justice system give lighthouse keepers?",
    "how does the legal system treat lighthouse keepers?",
]


@pytest.mark.parametrize("question", _COMPOUNDS)
def test_a_word_inside_a_compound_does_not_move_an_answer_on_a_made_up_faq(tmp_path, config, monkeypatch, question):
    """The shipped list reads these questions as typed: the same reply as with no list at all."""
    root = _with_safety_entry(tmp_path / "kb")
    replies = []
    for listed in (synonyms.parse(""), synonyms.english()):
        monkeypatch.setattr(synonyms, "english", lambda listed=listed: listed)
        engine = load_engine(root / "knowledge", root / "seeds", config.matching)
        reply = engine.ask(question)
        replies.append((reply.answered and reply.entry.id, reply.partial))
    assert replies[0] == replies[1], (question, replies)
    assert replies[1] != ("safety", False), question


@pytest.mark.parametrize(
    "question",
    [
        "how does the legal system treat women?",
        "is the iranian justice system cooperating with the UN?",
        "what does the UN human rights system say?",
        "does iran's political system work with the un?",
    ],
)
def test_shipped_faq_reads_no_compound_as_another_word(engine, question):
    """ "legal system", "justice system": a system of laws, not the UN mechanisms an entry is about."""
    reply = engine.ask(question)
    assert not reply.answered or reply.partial, (question, reply.result)


# a mayor who reassures the tourists, in the words of no-concern (made up; none of the campaign's)
MAYOR_NOTES = "\nThe mayor keeps telling the tourists that the volcano's smoke is no cause for concern.\n"
MAYOR = madeup.Entry(
    "mayor-smoke",
    "Why does the mayor reassure the tourists about the smoke?",
    (
        "mayor and the smoke",
        "what does the mayor tell the tourists",
        "mayor on the volcano smoke",
        "is the smoke dangerous according to the mayor",
        "mayor statement on smoke",
        "what did the mayor say about the smoke",
        "the mayor and the tourists",
        "smoke and the mayor",
        "why is the mayor calm about the smoke",
        "mayor reassures tourists",
        "why does the mayor say the smoke is no concern",
    ),
    "The notes say the mayor keeps telling the tourists that the volcano's smoke is no cause for concern.",
    "The mayor keeps telling the tourists that the volcano's smoke is no cause for concern.",
)


def test_nothing_to_worry_about_reaches_no_cause_for_concern_on_a_made_up_faq(tmp_path, config, monkeypatch):
    question = "why does the mayor say there's nothing to worry about"
    listed = synonyms.english()
    for text, answered in (("", False), (None, True)):
        monkeypatch.setattr(synonyms, "english", (lambda: listed) if text is None else (lambda: synonyms.parse("")))
        root = tmp_path / ("with" if text is None else "without")
        engine = madeup.island_with(root, MAYOR_NOTES, [MAYOR], config.matching)
        reply = engine.ask(question)
        assert reply.answered is answered, reply.result
        if answered:
            assert reply.entry.id == "mayor-smoke" and not reply.partial, reply.result


# an island council and the human rights bodies it reports to (made up; none of the campaign's)
COUNCIL_NOTES = "\nThe island council has never reported to regional human rights mechanisms.\n"
COUNCIL = madeup.Entry(
    "council-rights",
    "Does the island council work with human rights mechanisms?",
    (
        "council and human rights mechanisms",
        "does the council report to human rights mechanisms",
        "council reporting record",
        "has the council ever reported to anyone",
        "island council and regional mechanisms",
        "council cooperation with mechanisms",
        "what does the council report",
        "regional mechanisms and the island",
        "does the council cooperate",
        "council reports",
    ),
    "The notes say the island council has never reported to regional human rights mechanisms.",
    "The island council has never reported to regional human rights mechanisms.",
)


def test_the_human_rights_system_reaches_human_rights_mechanisms_on_a_made_up_faq(tmp_path, config, monkeypatch):
    """Not answered in full without the shipped list, answered in full with it; "system" alone
    ("the legal system") stays no word of the entry's."""
    asked = (
        "does anyone on the island work with the human rights system",
        "island and the human rights system, how is that going",
    )
    listed = synonyms.english()
    for text, answered in (("", False), (None, True)):
        monkeypatch.setattr(synonyms, "english", (lambda: listed) if text is None else (lambda: synonyms.parse("")))
        root = tmp_path / ("with" if text is None else "without")
        engine = madeup.island_with(root, COUNCIL_NOTES, [COUNCIL], config.matching)
        for question in asked:
            reply = engine.ask(question)
            full = reply.answered and not reply.partial and reply.entry.id == "council-rights"
            assert full is answered, (question, reply.result)
        legal = engine.ask("does anyone on the island work with the legal system")
        assert not legal.answered or legal.partial, legal.result


# a harbour master who fines boats arbitrarily (made up; none of the campaign's)
FINES_NOTES = "\nThe harbour master has arbitrarily fined dozens of fishing boats and two ferries.\n"
FINES = madeup.Entry(
    "harbour-fines",
    "Which boats has the harbour master fined arbitrarily?",
    (
        "harbour master fines",
        "which boats were fined arbitrarily",
        "arbitrary fines in the harbour",
        "who gets fined by the harbour master",
        "are fishing boats fined",
        "fines on ferries",
        "harbour master and the boats",
        "how many boats were fined",
        "arbitrary fining of boats",
        "which vessels get fined",
    ),
    "The notes say the harbour master has arbitrarily fined dozens of fishing boats and two ferries.",
    "The harbour master has arbitrarily fined dozens of fishing boats and two ferries.",
)


def test_without_good_reason_reaches_arbitrarily_on_a_made_up_faq(tmp_path, config, monkeypatch):
    """ "without good reason", "without proper grounds", "for no reason": arbitrarily. Not answered
    without the shipped list, answered in full with it."""
    asked = (
        "which boats does the harbour master fine without good reason",
        "does the harbour master fine boats without proper grounds",
        "what kinds of boats get fined for no reason",
    )
    listed = synonyms.english()
    for text, answered in (("", False), (None, True)):
        monkeypatch.setattr(synonyms, "english", (lambda: listed) if text is None else (lambda: synonyms.parse("")))
        root = tmp_path / ("with" if text is None else "without")
        engine = madeup.island_with(root, FINES_NOTES, [FINES], config.matching)
        for question in asked:
            reply = engine.ask(question)
            full = reply.answered and not reply.partial and reply.entry.id == "harbour-fines"
            assert full is answered, (question, reply.result)


def test_the_clear_lead_reads_a_question_as_the_ranking_does_on_a_made_up_faq(tmp_path, config, monkeypatch):
    """ "without good reason" ranks the entry on arbitrary fines first by its "arbitrarily": the
    clear-lead rule (a "did you mean" turned into an answer) reads it the same way, so it is no
    word the entry "never uses" that keeps the question a "did you mean"."""
    question = "which vessels get fined without good reason"
    listed = synonyms.english()
    for text, led in (("", False), (None, True)):
        monkeypatch.setattr(synonyms, "english", (lambda: listed) if text is None else (lambda: synonyms.parse("")))
        root = tmp_path / ("with" if text is None else "without")
        engine = madeup.island_with(root, FINES_NOTES, [FINES], config.matching)
        lead = engine.scope.lead_words(question, "harbour-fines", "lighthouse")
        assert (lead is not None and "arbitrarili" in lead) is led, lead


@pytest.mark.parametrize(
    "question, entry_id",
    [
        # "categories of" is "kinds of", "focuses on" is "concentrates on": a clear lead, answered
        ("What categories of people does the letter say are arbitrarily detained?", "arbitrary-detention"),
        ("what problems did bahreini say the letter focuses on", "concerns-listed"),
    ],
)
def test_the_shipped_faq_answers_a_clear_lead_in_everyday_words(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and not reply.partial and reply.entry.id == entry_id, reply.result


def test_the_shipped_list_reads_without_cause_as_arbitrarily():
    """ "held without cause" (pair V: "which kinds of activists does the letter say are being held
    without cause"): held arbitrarily, as "without good cause" was read; "because" stays."""
    listed = synonyms.english()
    knows = {"arbitrarily"}.__contains__
    assert "arbitrarily" in listed.read(words("which boats are fined without cause", finglish=False), knows)
    assert "arbitrarily" in listed.read(words("held without any cause", finglish=False), knows)
    assert "arbitrarily" not in listed.read(words("fined because of the storm", finglish=False), knows)


def test_held_without_cause_on_the_shipped_faq(engine):
    reply = engine.ask("which kinds of activists does the letter say are being held without cause")
    assert reply.answered and reply.entry.id == "arbitrary-detention" and reply.scope == "full", reply.result
