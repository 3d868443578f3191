"""Shapes of held-out pair AD (eval75, eval76, eval-fa72, eval-fa73, written at 13:29 UTC on
2026-12-07, measured once at 7b00a9b), each checked on a made-up FAQ and on the shipped one:

- "how many members does the security council have" (out of scope) was answered with who-signed
  and a caveat about members: a count of a thing the sources never speak of is refused;
- "did iran cooperate with the UN on the nuclear deal" (and "... fact-finding mission on the
  protests") was answered in full: the matter named after "on"/"about" is checked;
- "what punishment does iran face for not cooperating" was answered in full: the thing "what"
  asks of is checked;
- "is raha bahreini iranian, where is she from" was answered in full, though each clause alone
  got a caveat: a person's trait is read clause by clause;
- "is raha bahraini with amnesty": the surname typed as the country's adjective was refused as a
  question about Bahrain;
- "5 sal-e akhir" / «۵ سال اخیر» (the last 5 years) was answered in full, as "5 sal pish" no
  longer is;
- «آیا قطعنامه‌های مجمع عمومی از لحاظ حقوقی لازم‌الاجرا هستند؟» (are GA resolutions legally
  enforceable?) was only offered: «لازم‌الاجرا» and «از لحاظ» are everyday words for «الزام‌آور»
  and «از نظر» (data/fa-synonyms.txt).
"""

from __future__ import annotations

import madeup
import pytest

from bot.engine import MatchSettings
from bot.engine.text import words


@pytest.fixture
def harbour(tmp_path):
    return madeup.port_notes(tmp_path)


def test_a_count_of_a_thing_the_sources_never_speak_of_answers_nothing_on_a_made_up_faq(harbour):
    """A phrasing asks "does the harbour board own the boats" (the notes never say the board):
    the board's fishers are no figure the entry leaves out, and it answers nothing."""
    assert harbour.scope.check("how many fishers does the harbour board have", "boats").answers_nothing


def test_a_count_of_a_thing_the_sources_say_gets_the_caveat_on_a_made_up_faq(harbour):
    """The control: the harbour is in the notes; its fishers are a figure they do not give."""
    check = harbour.scope.check("how many fishers does the harbour have", "boats")
    assert check.scope.value == "partial" and not check.answers_nothing, check


def test_the_security_councils_members_on_the_shipped_faq(engine):
    reply = engine.ask("how many members does the security council have")
    assert not reply.answered, (reply.result, reply.caveat)


@pytest.mark.parametrize(
    "question, caveat",
    [
        ("has the port authority cooperated with the union on the fuel prices?", "fuel prices"),
        ("did the port authority cooperate with the fishers about the Fuel Prices", "Fuel Prices"),
        ("has the port authority cooperated with the union on the wall?", None),  # said in the notes
        ("has the port authority cooperated with the union?", None),
    ],
)
def test_the_matter_a_doing_is_asked_of_on_a_made_up_faq(harbour, question, caveat):
    """The cooperation entry says the port refused to cooperate, of nothing in particular: of a
    matter no entry's notes speak of, it says nothing."""
    check = harbour.scope.check(question, "cooperation")
    assert check.caveat == (None if caveat is None else f"The sources do not mention “{caveat}”. What they do say:")


@pytest.mark.parametrize(
    "question, caveat",
    [
        ("did iran cooperate with the UN on the nuclear deal", "nuclear deal"),
        ("has iran cooperated with the UN fact-finding mission on the protests", "protests"),
        ("has iran cooperated with UN human rights mechanisms?", None),
        ("is a GA resolution legally binding on the Islamic Republic", None),  # Iran's other name
    ],
)
def test_the_matter_a_doing_is_asked_of_on_the_shipped_faq(engine, question, caveat):
    reply = engine.ask(question)
    if not reply.answered:
        # a matter the FAQ never speaks of may also be only offered ("protests", since pair BE
        # removed the overview phrasing that asked of them: below the answer threshold), never
        # answered in full; the check still names it
        assert caveat is not None and reply.result.suggestions, reply.result
        assert f"“{caveat}”" in engine.scope.check(question, reply.result.suggestions[0]).caveat
        return
    assert (reply.caveat is None) is (caveat is None) and (caveat is None or f"“{caveat}”" in reply.caveat), (
        reply.caveat
    )


@pytest.mark.parametrize(
    "question, caveat",
    [
        ("what fine does the port authority face for refusing to cooperate?", "fine"),
        ("to what extent does the port authority refuse to cooperate?", None),
    ],
)
def test_the_thing_what_asks_of_on_a_made_up_faq(harbour, question, caveat):
    check = harbour.scope.check(question, "cooperation")
    assert check.caveat == (None if caveat is None else f"The sources do not mention “{caveat}”. What they do say:")


def test_the_punishment_iran_faces_on_the_shipped_faq(engine):
    reply = engine.ask("what punishment does iran face for not cooperating with the UN")
    assert not reply.answered or "“punishment”" in (reply.caveat or ""), (reply.result, reply.caveat)


@pytest.mark.parametrize(
    "question, partial",
    [
        ("dana syriani, is she foreign?", True),
        ("is dana syriani foreign", True),  # (one clause, as before)
        ("who is dana syriani, what did she say", False),  # what the notes give
    ],
)
def test_a_persons_trait_asked_in_a_later_clause_on_a_made_up_faq(harbour, question, partial):
    """ "is dana syriani foreign" gets a caveat (the notes say "foreign" of buyers, not of her); so
    does the same asked after a comma, where "she" is the person named before."""
    check = harbour.scope.check(question, "harbourmaster")
    assert (check.scope.value == "partial") is partial, check


def test_raha_bahreinis_origin_in_a_second_clause_on_the_shipped_faq(engine):
    reply = engine.ask("is raha bahreini iranian, where is she from")
    assert reply.answered and reply.entry.id == "raha-bahreini" and reply.scope == "partial", reply.result


@pytest.mark.parametrize(
    "question, answered",
    [
        ("who is dana syrian", True),
        ("what did dana syrian say", True),
        ("who is the syrian", False),  # no first name: a people, not her name
    ],
)
def test_a_surname_typed_as_a_peoples_word_on_a_made_up_faq(harbour, question, answered):
    reply = harbour.ask(question)
    assert (reply.answered and reply.entry.id == "harbourmaster") is answered, reply.result


@pytest.mark.parametrize(
    "question",
    ["is raha bahraini with amnesty or smth?", "which org does raha bahraini work for", "who is raha bahraini"],
)
def test_raha_bahraini_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "raha-bahreini", reply.result


@pytest.mark.parametrize(
    "question, span",
    [
        # «آیا فری در ۵ سال اخیر دیر کرده؟»: has the ferry been late in the last 5 years?
        (
            "\u0622\u06cc\u0627 \u0641\u0631\u06cc \u062f\u0631 \u06f5 \u0633\u0627\u0644 \u0627\u062e\u06cc\u0631 "
            "\u062f\u06cc\u0631 \u06a9\u0631\u062f\u0647\u061f",
            "\u06f5 \u0633\u0627\u0644 \u0627\u062e\u06cc\u0631",
        ),
        ("ferry too 5 sal-e akhir late bude?", "5 sal-e akhir"),
        ("has the ferry service been late in the past year?", None),  # the span it tells of
    ],
)
def test_the_last_few_years_in_persian_and_finglish_on_a_made_up_faq(tmp_path, question, span):
    """«اخیر» / "akhir" after the unit counts back from now, as «پیش» / "pish" does: the span is
    what the caveat names."""
    engine = madeup.load_faq(tmp_path, madeup.BULLETIN_SOURCE, madeup.BULLETIN, MatchSettings())
    check = engine.scope.check(question, "ferries")
    assert [u.term for u in check.uncovered] == ([] if span is None else [span]), check


@pytest.mark.parametrize(
    "question",
    [
        "vaziat-e hoghugh-e bashar too 5 sal-e akhir behtar shode?",
        # «وضعیت حقوق بشر در ۵ سال اخیر بهتر شده؟»
        "\u0648\u0636\u0639\u06cc\u062a \u062d\u0642\u0648\u0642 \u0628\u0634\u0631 \u062f\u0631 \u06f5 \u0633\u0627\u0644 \u0627\u062e\u06cc\u0631 \u0628\u0647\u062a\u0631 \u0634\u062f\u0647\u061f",
    ],
)
def test_the_last_five_years_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "no-improvement" and reply.scope == "partial", reply.result


@pytest.mark.parametrize(
    "question, read_as",
    [
        (
            "\u0642\u0631\u0627\u0631\u062f\u0627\u062f \u0644\u0627\u0632\u0645\u200c\u0627\u0644\u0627\u062c\u0631\u0627\u0633\u062a\u061f",
            "\u0645\u062c\u0628\u0648\u0631",
        ),
        # «قرارداد لازم‌الاجراست؟» (is the contract enforceable?): binding, as «الزام‌آور»
        ("\u0627\u0632 \u0644\u062d\u0627\u0638 \u062d\u0642\u0648\u0642\u06cc", "\u0646\u0638\u0631"),
        # «از لحاظ حقوقی» (legally): «از نظر حقوقی»
    ],
)
def test_enforceable_and_in_terms_of_read_as_their_everyday_words(question, read_as):
    assert read_as in words(question)


def test_are_general_assembly_resolutions_enforceable_on_the_shipped_faq(engine):
    # «آیا قطعنامه‌های مجمع عمومی از لحاظ حقوقی لازم‌الاجرا هستند؟» (eval-fa73)
    reply = engine.ask(
        "\u0622\u06cc\u0627 \u0642\u0637\u0639\u0646\u0627\u0645\u0647\u200c\u0647\u0627\u06cc \u0645\u062c\u0645\u0639 "
        "\u0639\u0645\u0648\u0645\u06cc \u0627\u0632 \u0644\u062d\u0627\u0638 \u062d\u0642\u0648\u0642\u06cc "
        "\u0644\u0627\u0632\u0645\u200c\u0627\u0644\u0627\u062c\u0631\u0627 \u0647\u0633\u062a\u0646\u062f\u061f"
    )
    assert reply.answered and reply.entry.id == "resolutions-binding", reply.result
