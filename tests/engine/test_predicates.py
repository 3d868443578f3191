"""Yes/no questions about what was done to or by a subject (predicates.py, scope/ `Gap.WHETHER`):
an entry that never says the doing asked about answers only in part, after a caveat that names it
as the user wrote it; an entry that says it, in any of its forms, its everyday synonyms or its
phrasings, answers in full. And a count of nothing but "people" is never answered in full."""

from __future__ import annotations

from pathlib import Path

import madeup
import pytest

from bot.engine import Engine, MatchSettings, predicates
from bot.engine.text import stem


@pytest.fixture(scope="module")
def with_a_keeper(tmp_path_factory) -> Engine:
    """The made-up FAQ (bees, volcano, lighthouse) plus an entry about the lighthouse keeper,
    whom the notes say the harbour board hired in 1990 (the lighthouse's phrasings about its keeper
    moved to it)."""
    return madeup.island_with_keeper(tmp_path_factory.mktemp("keeper"), madeup.KEEPER)


@pytest.fixture(scope="module")
def fa_made_up() -> Engine:
    """The made-up FAQ with Persian translations and Finglish phrasings (tests/data/persian)."""
    return madeup.persian_island()


@pytest.mark.parametrize(
    "question, statement",
    [
        ("was the keeper fired?", "the keeper was fired"),
        ("Has Tomas Berg been promoted?", "Tomas Berg has been promoted"),
        ("did the board sack tomas berg in 1990?", "the board sacked tomas berg in 1990"),
        ("wasn't the keeper arrested?", "the keeper was arrested"),  # the same question, asked negatively
        ("is it true that the keeper was dismissed?", "the keeper was dismissed"),
        ("tomas berg got injured?", "tomas berg got injured"),
        ("could the keeper be fired?", "the keeper could be fired"),  # a modal as the auxiliary
        ("did the board fail to sack tomas berg?", "the board failed to sack tomas berg"),
        ("was the keeper hired in 1990 or was he fired?", "he was fired"),  # its second question, as written
        ("tomas berg fired?", "tomas berg fired"),  # a bare statement asked
    ],
)
def test_a_doing_the_entry_never_says_is_partial_with_the_users_words_on_another_faq(
    with_a_keeper, question, statement
):
    check = with_a_keeper.scope.check(question, "keeper")
    assert check.scope.value == "partial" and not check.answers_nothing, (question, check)
    assert check.caveat.startswith(f"The sources do not say whether \u201c{statement}\u201d."), check.caveat


@pytest.mark.parametrize(
    "question",
    [
        "was the keeper hired in 1990?",  # the entry's own verb
        "was he employed in 1990",  # an everyday synonym (data/en-verb-synonyms.txt)
        "did the board recruit tomas berg?",
        "has tomas berg kept the light for long?",  # asked in a phrasing ("kept" is "keep")
        "does the keeper look after the lighthouse",  # asked in a phrasing
        "did the board manage to recruit tomas berg?",  # the doing of the "to" clause
    ],
)
def test_a_doing_the_entry_says_or_is_asked_in_other_words_stays_full_on_another_faq(with_a_keeper, question):
    assert with_a_keeper.scope.check(question, "keeper").scope.value == "full", question


@pytest.mark.parametrize(
    "question, entry_id, full",
    [
        ("فانوس دریایی خراب شد؟", "lighthouse", False),  # broke down: the notes never say it
        ("fanus daryayi kharab shod?", "lighthouse", False),
        ("فانوس دریایی تعمیر شد؟", "lighthouse", False),
        ("فانوس دریایی خودکار شد؟", "lighthouse", True),  # automated: said
        ("fanus daryayi automat shod?", "lighthouse", True),  # as a Finglish phrasing says it
        ("آتشفشان فوران کرد؟", "volcano", True),
    ],
)
def test_persian_and_finglish_yes_no_questions_on_another_faq(fa_made_up, question, entry_id, full):
    check = fa_made_up.scope.check(question, entry_id)
    assert (check.scope.value == "full") is full, (question, check)
    if not full:
        caveat = check.caveat_in("fa")
        assert caveat.startswith("منابع نمی‌گویند که آیا «"), caveat
        assert question.rstrip("?؟") in caveat, "the question as the user wrote it"


@pytest.fixture(scope="module")
def keeper_named_in_passing(tmp_path_factory) -> Engine:
    """The keeper FAQ whose entry's phrasings name doings only as nouns, adjectives or in an
    "if" clause: none of them says the doing was done."""
    return madeup.island_with_keeper(tmp_path_factory.mktemp("keeper-nouns"), madeup.KEEPER_IN_PASSING)


@pytest.mark.parametrize(
    "question, full",
    [
        ("was the keeper fired?", False),  # "what happens if the keeper is fired": not said
        ("was tomas berg freed?", False),  # "free meals": an adjective
        ("was the keeper banned?", False),  # "a ban on visitors": a noun
        ("was tomas berg helped?", False),  # "get help": a noun
        ("was tomas berg trained?", True),  # a phrasing asks whether he was
        ("did the harbour board train the keeper?", True),
        ("does tomas berg live beside the lighthouse?", True),  # the answer's verb ("lives")
    ],
)
def test_only_a_verb_or_a_phrasing_asking_the_same_vouches_for_a_doing(keeper_named_in_passing, question, full):
    check = keeper_named_in_passing.scope.check(question, "keeper")
    assert (check.scope.value == "full") is full, (question, check)


@pytest.mark.parametrize(
    "text, verbs, not_verbs",
    [
        ("What happens if the resolution passes?", {"happen"}, {"pass", "resolut"}),
        ("The signatories insist on the necessity of passing it.", set(), {"pass"}),
        ("Iran has arrested activists and the detained were held.", {"arrest", "held", "hold"}, set()),
        ("The reforms have not materialised; Iran failed to deliver them.", {"materialis", "deliv"}, set()),
        ("The letter calls for the release of prisoners.", {"call"}, {"releas"}),
        ("A vote would renew the mandate.", set(), {"renew"}),
    ],
)
def test_what_a_text_says_was_done_is_read_from_its_verbs(text, verbs, not_verbs):
    done = predicates.doings(text)
    assert verbs <= done and not (not_verbs & done), (text, sorted(done))


def test_a_persian_doing_needs_its_light_verb():
    from bot.engine.text import words

    done = predicates.doings_fa(words("ایران زندانیان سیاسی را آزاد کرده‌اند. آزادی بیان محدود است."))
    assert "ازاد" in done and "ازادی" not in done and "محدود" not in done
    refrains = predicates.doings_fa(words("ایران از صدور روادید برای گزارشگران خودداری می‌کند"))
    assert "صدور" in refrains, "refraining from issuing says whether it issues"


def test_each_word_is_in_one_synonym_group_only():
    # a word on two lines would join two meanings ("decline": refuse, or worsen)
    data = Path(predicates.__file__).with_name("data")
    for names in (("en-verb-synonyms.txt", "en-state-synonyms.txt"), ("fa-verb-synonyms.txt",)):
        seen: dict[str, str] = {}
        for name in names:
            for line in (data / name).read_text(encoding="utf-8").splitlines():
                if not line.strip() or line.startswith("#"):
                    continue
                for word in line.split():
                    assert word not in seen, f"{name}: {word!r} is on two lines: {seen[word]!r} and {line!r}"
                    seen[word] = line


@pytest.mark.parametrize(
    "question, synonym",
    [
        ("was the keeper hanged?", "execute"),  # a way to execute, not its synonym
        ("was the keeper persecuted?", "discriminate"),
        ("did the keeper beat the board?", "win"),
        ("has the keeper toured the lighthouse?", "visit"),
        ("did the keeper raise the fees?", "increase"),  # also "raised concerns": two meanings
        ("did the guards fire on the crowd?", "dismiss"),  # also "shoot": two meanings
        ("did the keeper pass the exam?", "approve"),  # also "succeed", "die", "go by"
        ("did the board deny the claim?", "refuse"),  # also "say untrue"
        ("did the board release the report?", "free"),  # also "publish"
    ],
)
def test_neighbouring_meanings_are_no_synonyms(question, synonym):
    (predicate,) = predicates.english(question)
    # english_forms gives stems ("execut"): the synonym's stem, or the test could only pass
    assert stem(synonym) not in predicates.english_forms(predicate.word), question


@pytest.fixture(scope="module")
def lamp_and_crew(tmp_path_factory) -> Engine:
    """The island FAQ plus a lamp the harbour board approved and a crew the coastguard
    dismissed, in notes that also say it released a report."""
    root = tmp_path_factory.mktemp("lamp-and-crew")
    return madeup.island_with(root, madeup.HARBOUR_BOARD_NOTES, [madeup.NEW_LAMP, madeup.SIGNAL_CREW], MatchSettings())


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("did the coastguard fire on the old signal crew in 1995?", "signal-crew"),  # shoot, not dismiss
        ("was the old signal crew freed in 1995?", "signal-crew"),  # the report was released, not the crew
        ("did the new lamp pass its first test in 2001?", "new-lamp"),  # succeed in a test, not approve
        ("did the board adopt the new lamp as its emblem?", "new-lamp"),  # take up, not approve
    ],
)
def test_a_verb_in_its_other_sense_is_not_said_by_its_synonym_on_another_faq(lamp_and_crew, question, entry_id):
    check = lamp_and_crew.scope.check(question, entry_id)
    assert check.scope.value == "partial", (question, check)


def test_a_verb_in_its_other_sense_gets_a_caveat_on_another_faq(lamp_and_crew):
    # what a user sees: the answer about the dismissal comes after a caveat, not as a full answer
    for question in (
        "did the coastguard fire on the old signal crew in 1995?",
        "was the old signal crew freed in 1995?",
    ):
        reply = lamp_and_crew.ask(question)
        assert reply.answered and reply.result.entry_id == "signal-crew", question
        assert reply.scope_check.caveat and reply.scope_check.caveat.startswith("The sources do not say whether"), (
            question
        )


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("was the old signal crew dismissed in 1995?", "signal-crew"),  # the entry's own verb
        ("did the harbour board approve the new lamp?", "new-lamp"),
    ],
)
def test_the_entrys_own_verb_stays_full_on_another_faq(lamp_and_crew, question, entry_id):
    assert lamp_and_crew.scope.check(question, entry_id).scope.value == "full", question


# -- the shipped FAQ --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, entry_id, statement",
    [
        ("was raha bahreini arrested?", "raha-bahreini", "raha bahreini was arrested"),
        ("has Raha Bahreini been arrested?", "raha-bahreini", "Raha Bahreini has been arrested"),
        (
            "did the special rapporteur get imprisoned in iran?",
            "un-rapporteurs",
            "the special rapporteur got imprisoned in iran",
        ),
        ("was the special rapporteur jailed?", "un-rapporteurs", "the special rapporteur was jailed"),
        (
            "did rouhani free political prisoners during his first term?",
            "rouhani-first-term",
            "rouhani freed political prisoners during his first term",
        ),
        ("is it true that raha bahreini was arrested?", "raha-bahreini", "raha bahreini was arrested"),
        # discrimination is no persecution; "mechanisms" is no "automate"
        ("were minorities persecuted", "women-minorities", "minorities were persecuted"),
        (
            "did iran automate its cooperation with the UN",
            "un-cooperation",
            "iran automated its cooperation with the UN",
        ),
        # a noun ("freedom of expression") or a clause of what may happen ("if the resolution
        # passes", "the necessity of passing it") says nothing was done
        ("were political prisoners freed", "arbitrary-detention", "political prisoners were freed"),
        ("did iran free political prisoners", "arbitrary-detention", "iran freed political prisoners"),
        ("was the resolution adopted", "strong-signal", "the resolution was adopted"),
        (
            "did the general assembly pass the resolution",
            "strong-signal",
            "the general assembly passed the resolution",
        ),
        # "free" is no synonym of "release": its phrasings' "free speech" says nothing of it
        (
            "were the detained journalists released?",
            "arbitrary-detention",
            "the detained journalists were released",
        ),
    ],
)
def test_the_shipped_faq_never_answers_in_full_what_its_sources_never_say_was_done(
    engine, question, entry_id, statement
):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id, (question, reply.result)
    assert reply.scope == "partial", question
    assert reply.caveat.startswith(f"The sources do not say whether \u201c{statement}\u201d."), reply.caveat
    assert not reply.answer.lower().startswith(("yes", "no")), "no verdict written for another question"


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("گزارشگر ویژه در ایران زندانی شد؟", "un-rapporteurs"),
        ("رها بحرینی دستگیر شده؟", "raha-bahreini"),
        ("gozareshgar vizhe zendani shode?", "un-rapporteurs"),
        ("raha bahreini dastgir shode?", "raha-bahreini"),
        ("ایران زندانیان سیاسی را آزاد کرد؟", "arbitrary-detention"),  # "آزادی" is freedom
    ],
)
def test_the_shipped_faq_in_persian_and_finglish(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "partial", (question, reply.result)
    assert reply.caveat.startswith("منابع نمی‌گویند که آیا «"), reply.caveat
    assert question.rstrip("?؟") in reply.caveat


@pytest.mark.parametrize(
    "question",
    [
        # paraphrases of what the entries say or are asked: a synonym, a phrasing's verb, a
        # verb whose object carries the meaning, an obligation, a saying
        "was the special rapporteur allowed into iran?",
        "Are UN special rapporteurs permitted to enter Iran to assess the situation?",
        "Were human rights reforms achieved during President Rouhani's first term?",
        "does the re-election increase the authorities' responsibility?",
        "did rouhani fail to deliver reforms?",  # "deliver": its phrasings ask it
        "did iran take the opportunities to engage with the UN this year?",
        "is rouhani supposed to keep his election pledges now",
        "has iran executed 440 people?",
        "was the letter signed by 34 ngos?",
        "does the letter mention women",
        "رها بحريني برای عفو بین الملل کار میکنه؟",
        "hoghoogh e zanan ham too name matrah shode?",
        # states and things had that the entries say or are asked
        "is the situation in iran getting better?",
        "is a GA resolution legally binding?",
        "وضعیت حقوق بشر ایران بهتر شده؟",
        "vaz e hoghoogh bashar too iran behtar shode?",
    ],
)
def test_in_scope_yes_no_questions_stay_full(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.scope == "full", (question, reply.caveat)


@pytest.mark.parametrize("question", ["how many people?", "how many ppl", "چند نفر؟", "chand nafar?"])
def test_a_count_of_nothing_but_people_is_offered_never_answered(engine, question):
    # Which people, the question does not say: the total of executions would answer a question
    # the asker did not put. The entry is offered as "did you mean".
    reply = engine.ask(question)
    assert not reply.answered and reply.scope is None
    assert reply.result.reason.value == "uncovered" and "executions" in reply.result.suggestions


def test_a_count_of_people_doing_something_is_still_answered(engine, with_a_keeper):
    assert engine.ask("how many people were executed?").scope == "full"
    assert engine.ask("chand nafar edam shodan?").scope == "full"
    vague = with_a_keeper.scope.check("how many people?", "bees")
    assert vague.answers_nothing  # on any FAQ: offered as "did you mean", never answered
    reply = with_a_keeper.ask("how many people?")
    assert not reply.answered and reply.caveat is None


@pytest.mark.parametrize(
    "question, word",
    [
        ("was raha bahreini arrested?", "arrested"),
        ("did the detained activists get released?", "released"),
        ("were the detained activists released?", "released"),  # not "detained", before its noun
        ("was the letter sent to the united nations?", "sent"),  # not "united"
        ("is iran still executing people?", "executing"),
        ("did rouhani ever release prisoners?", "release"),
        ("will raha bahreini be arrested?", "arrested"),  # a modal as the auxiliary
        ("could the keeper be fired?", "fired"),
        ("can un investigators visit iran", "visit"),
        ("raha bahreini arrested?", "arrested"),  # a bare statement asked
        ("did iran's human rights record improve?", "improve"),  # "record" is the subject's
        ("will tehran hand out visas to the keeper", None),  # "give": its object carries it
    ],
)
def test_the_predicate_is_read_by_the_shape_of_the_question(question, word):
    assert [p.word for p in predicates.english(question)] == ([word] if word else [])


@pytest.mark.parametrize(
    "question, word",
    [
        ("آیا رها بحرینی بازداشت شده است؟", "بازداشت"),  # a perfect tense: the light verb before است
        ("رها بحرینی بازداشت شده بود؟", "بازداشت"),
        ("فانوس دریایی تعمیر شده‌است؟", "تعمیر"),
        ("نگهبان ها اخراج کرده‌اند؟", "اخراج"),  # "کرده‌اند" is read as two words
        ("ایران اجازه نظارت رو میده؟", None),  # a verb with its object, no compound verb
        # what is brought about: an effect the entry must state itself (`_brought_about`)
        ("انتخاب دوباره باعث اصلاحات میشه؟", "اصلاحات"),
        ("زندانیان سیاسی رها شدند؟", "رها"),  # released: "ها" ends no plural here
    ],
)
def test_the_persian_predicate_is_read_past_a_perfect_tense(question, word):
    assert [p.word for p in predicates.persian(question)] == ([word] if word else [])


@pytest.mark.parametrize(
    "question, word",
    [("raha bahreini bazdasht shode ast?", "bazdasht"), ("fanus daryayi tamir shode bud?", "tamir")],
)
def test_the_finglish_predicate_is_read_past_a_perfect_tense(question, word):
    assert [p.word for p in predicates.finglish(question)] == [word]


@pytest.mark.parametrize(
    "question",
    [
        "آیا رها بحرینی بازداشت شده است؟",
        "رها بحرینی دستگیر شده‌است؟",
        "raha bahreini dastgir shode ast?",
        "will raha bahreini be arrested?",
        "could raha bahreini be arrested?",
        "raha bahreini arrested?",
    ],
)
def test_common_shapes_of_a_yes_no_question_are_partial_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "raha-bahreini" and reply.scope == "partial", question


@pytest.mark.parametrize(
    "question",
    [
        "does the letter say iran arrested them?",  # a saying: the mention rules read it
        "do the ngos want sanctions?",
        "is there a deadline?",
        "is iran a member of the un?",
        "who was arrested?",
        "is it safe to visit the island?",  # whether something may be done, not a state
        "was his first term any good?",  # a verdict any account gives
        "does the keeper have to live there?",  # an obligation, not a thing had
    ],
)
def test_no_predicate_is_read_where_there_is_no_doing_asked(question):
    assert predicates.english(question) == []


@pytest.mark.parametrize(
    "question, word, kind",
    [
        ("is the volcano dangerous?", "dangerous", "state"),
        ("did it get worse?", "worse", "state"),
        ("is the situation getting better?", "better", "state"),
        ("has the island become safer?", "safer", "state"),
        ("does raha bahreini have an instagram account?", "instagram", "thing"),
        ("do these resolutions have any real impact?", "impact", "thing"),  # the noun, not its adjective
        ("has the lighthouse got a foghorn?", "foghorn", "thing"),
    ],
)
def test_states_and_things_had_are_read_too(question, word, kind):
    assert [(p.word, p.kind) for p in predicates.english(question)] == [(word, kind)]


@pytest.mark.parametrize(
    "question, entry_id, statement",
    [
        ("is the lighthouse dangerous?", "lighthouse", "the lighthouse is dangerous"),
        ("did the eruptions get worse?", "volcano", "the eruptions got worse"),
        ("is the volcano getting bigger?", "volcano", "the volcano is getting bigger"),
        ("are the bees getting busier?", "bees", "the bees are getting busier"),
        ("do the bees have a queen?", "bees", "the bees have a queen"),
        ("does tomas berg have a boat?", "keeper", "tomas berg has a boat"),
        ("has the lighthouse got a foghorn?", "lighthouse", "the lighthouse has a foghorn"),
    ],
)
def test_a_state_or_thing_the_entry_never_says_is_partial_on_another_faq(with_a_keeper, question, entry_id, statement):
    check = with_a_keeper.scope.check(question, entry_id)
    assert check.scope.value == "partial" and not check.answers_nothing, (question, check)
    assert check.caveat.startswith(f"The sources do not say whether \u201c{statement}\u201d."), check.caveat


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("is the volcano dangerous?", "volcano"),  # asked in a phrasing
        ("is the volcano hazardous?", "volcano"),  # an everyday synonym (data/en-state-synonyms.txt)
        ("is the volcano still active?", "volcano"),
        ("are the honeybees busy?", "bees"),
        ("do the honeybees have a hive?", "bees"),  # said
        ("does the lighthouse have a keeper?", "keeper"),
    ],
)
def test_a_state_or_thing_the_entry_says_stays_full_on_another_faq(with_a_keeper, question, entry_id):
    assert with_a_keeper.scope.check(question, entry_id).scope.value == "full", question


@pytest.mark.parametrize(
    "question, entry_id, full",
    [
        ("آتشفشان خطرناکه؟", "volcano", True),  # asked in a phrasing ("آتشفشان خطرناک است؟")
        ("atash feshan khatarnake?", "volcano", True),
        ("فانوس دریایی خطرناکه؟", "lighthouse", False),
        ("fanus daryayi khatarnake?", "lighthouse", False),
        ("آتشفشان بدتر شد؟", "volcano", False),  # a comparative
        ("atash feshan badtar shod?", "volcano", False),
        ("زنبورها ملکه دارن؟", "bees", False),  # a "have" question
        ("zanburha malake daran?", "bees", False),
    ],
)
def test_persian_and_finglish_states_and_things_on_another_faq(fa_made_up, question, entry_id, full):
    check = fa_made_up.scope.check(question, entry_id)
    assert (check.scope.value == "full") is full, (question, check)
    if not full:
        assert check.caveat_in("fa").startswith("منابع نمی‌گویند که آیا «"), check.caveat_in("fa")


@pytest.mark.parametrize(
    "question",
    [
        "ایران جزو کشورهایی هست که بیشترین اعدام رو دارن؟",  # a relative clause's "have"
        "گزارشگر ویژه اجازه سفر به ایران داره؟",  # after a preposition: where, not what
        "gozareshgar vizhe ejaze safar be iran dare?",
    ],
)
def test_no_thing_had_is_read_in_a_relative_clause_or_after_a_preposition(question):
    assert [p for p in predicates.persian(question) + predicates.finglish(question) if p.kind == "thing"] == []


@pytest.mark.parametrize(
    "text", ["", "?", "was", "did did did", "was " * 3000, "\u200bwas\u200f x arrested?", "@everyone was X fired?"]
)
def test_odd_input_never_breaks_the_predicate_check(engine, text):
    engine.ask(text)
    predicates.english(text), predicates.persian(text), predicates.finglish(text)


def test_a_persian_doing_is_said_in_an_everyday_persian_synonym(engine):
    # "ارسال شد" (was sent) of an entry saying the letter was "فرستاده شده" (sent)
    assert engine.scope.check("آیا نامه به مجمع عمومی ارسال شد؟", "who-signed").scope.value == "full"
    assert engine.scope.check("آیا نامه به مجمع عمومی امضا شد؟", "who-signed").scope.value == "full"
    assert engine.scope.check("آیا نامه به مجمع عمومی اخراج شد؟", "who-signed").scope.value == "partial"


def test_an_or_question_is_quoted_clause_by_clause(engine):
    reply = engine.ask("was raha bahreini arrested or was she released?")
    assert reply.scope == "partial"
    assert reply.caveat.startswith(
        "The sources do not say whether \u201craha bahreini was arrested\u201d or \u201cshe was released\u201d."
    ), reply.caveat
    caveat = engine.ask("was raha bahreini arrested or not?").caveat
    assert "\u201craha bahreini was arrested\u201d." in caveat, caveat


def test_raised_concerns_does_not_say_anything_was_increased_on_another_faq():

    faq = {
        "fees": (
            "What happened at the meeting about fees?",
            "Members raised the question of fees at the meeting.",
            ["fees meeting", "club fees"],
        ),
        "lake": ("How deep is the lake?", "The lake is ten metres deep.", ["lake"]),
    }
    index = madeup.scope_index(faq)
    for question in ("did the members increase the fees?", "did the members boost the fees?"):
        check = index.check(question, "fees")
        assert check.scope.value == "partial" and check.caveat.startswith("The sources do not say whether"), check


@pytest.mark.parametrize("own", ["Are the harbour rules binding?", "Are the harbour rules binding"])
def test_an_entrys_own_question_vouches_for_its_doing_with_or_without_a_question_mark(own):
    from bot.engine.scope import ScopeIndex

    # a made-up entry whose own question asks whether the rules bind; its author may leave out
    # the "?", and the question asked back is still the entry's own, answered in full
    said = ["The harbour rules are written by the council and posted at the quay.", own]
    scope = ScopeIndex([("rules", said, ["what do the harbour rules say", "harbour rules"])], topics={"rules": [own]})
    for question in ("are the harbour rules binding?", "are the harbour rules binding"):
        assert scope.check(question, "rules").scope.value == "full", question


def test_a_quoted_question_is_not_the_entrys_own_and_vouches_for_nothing():
    from bot.engine.scope import ScopeIndex

    # a quote that is itself a question ("Are the harbour rules binding?", a reporter asked)
    # says nothing about whether they are: only the entry's own question vouches as a phrasing
    said = ["The harbour rules are posted at the quay.", "Are the harbour rules binding?"]
    scope = ScopeIndex(
        [("rules", said, ["what do the harbour rules say", "harbour rules"])],
        topics={"rules": ["What do the harbour rules say?"]},
    )
    check = scope.check("are the harbour rules binding?", "rules")
    assert check.scope.value == "partial" and "binding" in check.caveat


@pytest.mark.parametrize(
    "question, full",
    [
        ("fanus daryayi kharab shod? chetori?", False),  # a yes/no, then another question
        ("فانوس دریایی خراب شد؟ کی؟", False),
        ("fanus daryayi kharab shod? chi shod?", False),
        ("fanus daryayi automat shod? chetori?", True),  # automated: said
        ("فانوس دریایی خودکار شد؟ کی؟", True),
    ],
)
def test_a_persian_or_finglish_yes_no_before_another_question_is_read_on_another_faq(fa_made_up, question, full):
    """Each sentence of a Persian or Finglish message is read for a yes/no: "UN be darkhaste
    NGO ha javab dad? chi goft?" asks whether the UN answered, which the sources never say."""
    check = fa_made_up.scope.check(question, "lighthouse")
    assert (check.scope.value == "full") is full, (question, check)


def test_a_finglish_yes_no_before_another_question_on_the_shipped_faq(engine):
    check = engine.scope.check("UN be darkhaste NGO ha javab dad? chi goft?", "what-they-ask")
    assert check.scope.value == "partial" and "«UN be darkhaste NGO ha javab dad»" in check.caveat_in("fa"), check
    reply = engine.ask("UN be darkhaste NGO ha javab dad? chi goft?")
    assert not (reply.answered and reply.scope == "full")


@pytest.mark.parametrize("word", ["ban", "stop", "admit", "refer", "quit", "equip", "release", "deny"])
def test_a_verb_whose_past_doubles_or_adds_ed_is_a_verb(word):
    assert predicates.is_verb(word), word


@pytest.mark.parametrize("word", ["of", "up", "ad", "rapporteur"])
def test_a_particle_is_no_verb_by_the_past_of_another_word(word):
    """ "offed" is the past of "off", "upped" of "up" only as slang, "added" of "add": a
    doubled consonant after a lone vowel ("of") makes no past of the word itself."""
    assert not predicates.is_verb(word), word


def test_a_whether_caveat_keeps_a_phrasal_verbs_particle_in_place_on_the_shipped_faq(engine):
    """ "up" is no verb that the caveat's clause would be rebuilt around ("iran live will up to")."""
    reply = engine.ask("is iran expected to live up to its own pledges?")
    assert reply.answered and reply.scope == "partial", reply
    assert "iran will live up to its own pledges" in (reply.caveat or ""), reply.caveat
