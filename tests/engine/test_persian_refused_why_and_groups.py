"""Two Persian and Finglish near-topic shapes held-out pair P found answered in full (issue #11,
#13), read as their English twins are:

- why a party does not do what the entry says it fails to do («چرا ایران با سازمان ملل همکاری
  نمی‌کنه؟», "chera ... hamkari nemikone"), of an entry that gives no reason (English "why doesn't
  iran cooperate", `_near_en.refusal_why`);
- an ethnic or religious group the sources never name («تبعیض علیه بهایی‌ها هم تو نامه اومده؟»,
  "bahai ha"), as English "does the letter mention the bahais" is read (subjects.GROUPS_FA).

On a made-up FAQ (the island's, with Persian translations) and the shipped one."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Gap, Scope

FERRY_FACT = "In the past year the ferry company has failed to work with the harbour office in order to fix the winter timetable."
FERRY = madeup.Entry(
    "ferry",
    "Does the ferry company work with the harbour office?",
    (
        "is the ferry company cooperating",
        "ferry and harbour office",
        "did the ferry company fail",
        "winter timetable",
        "does the ferry company help the harbour",
        "ferry company cooperation",
        "ferry company record",
        "winter timetable fixed?",
        "is the ferry company working with the office",
        "ferry company this year",
    ),
    "The notes say that in the past year the ferry company has failed to work with the harbour office in order to"
    " fix the winter timetable.",
    FERRY_FACT,
    fa=madeup.Translation(
        "آیا شرکت کشتی با دفتر بندر همکاری می‌کند؟",
        "طبق یادداشت‌ها، در سال گذشته شرکت کشتی نتوانسته برای درست کردن برنامه زمستانی با دفتر بندر همکاری کند.",
        (
            "همکاری شرکت کشتی با بندر",
            "برنامه زمستانی کشتی",
            "sherkat-e keshti hamkari mikone?",
            "hamkari ba daftar-e bandar",
        ),
    ),
)
GUILD_FACT = "Armenian fishers own three of the boats."
GUILD = madeup.Entry(
    "guild",
    "Who owns the boats?",
    (
        "boat owners",
        "who are the owners",
        "whose boats are they",
        "do fishers own the boats",
        "who has the boats",
        "owners of the boats",
        "are the boats private",
        "boat ownership",
        "who do the boats belong to",
        "fishers' boats",
    ),
    "The notes say Armenian fishers own three of the boats.",
    GUILD_FACT,
    fa=madeup.Translation(
        "قایق‌ها مال کیه؟",
        "طبق یادداشت‌ها سه تا از قایق‌ها مال ماهیگیران ارمنی است.",
        ("صاحب قایقا کیه؟", "مالک قایق‌ها", "ghayegh ha male kie?"),
    ),
)


@pytest.fixture(scope="module")
def island(tmp_path_factory):
    return madeup.persian_island_with(
        tmp_path_factory.mktemp("ferry"), f"\n{FERRY_FACT}\n{GUILD_FACT}\n", [FERRY, GUILD]
    )


@pytest.mark.parametrize(
    "question",
    ["چرا شرکت کشتی با دفتر بندر همکاری نمیکنه؟", "chera sherkat-e keshti ba daftar-e bandar hamkari nemikone?"],
)
def test_why_a_party_does_not_do_it_gets_a_caveat(island, question):
    check = island.scope.check(question, "ferry")
    assert check.scope is Scope.PARTIAL, check
    assert [u.gap for u in check.uncovered] == [Gap.UNSAID], check


def test_whether_it_is_done_stays_full(island):
    assert island.scope.check("شرکت کشتی با دفتر بندر همکاری میکنه؟", "ferry").scope is Scope.FULL


@pytest.mark.parametrize("question", ["ماهیگیران بهایی هم قایق دارن؟", "mahigiran-e bahai ham ghayegh daran?"])
def test_a_group_the_sources_never_name_gets_a_caveat(island, question):
    check = island.scope.check(question, "guild")
    assert check.scope is Scope.PARTIAL, check
    assert [u.gap for u in check.uncovered] == [Gap.MENTION], check


@pytest.mark.parametrize("question", ["ماهیگیران ارمنی هم قایق دارن؟", "mahigiran-e armani ham ghayegh daran?"])
def test_a_group_the_sources_name_is_no_gap(island, question):
    assert all(u.gap is not Gap.MENTION for u in island.scope.check(question, "guild").uncovered)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("چرا ایران با سازمان ملل همکاری نمیکنه؟", "un-cooperation"),
        ("chera iran ba UN hamkari nemikone", "un-cooperation"),
        ("تبعیض علیه بهایی‌ها هم تو نامه اومده؟", "women-minorities"),
        ("tabiz alayhe bahai ha ham tu name oomade?", "women-minorities"),
    ],
)
def test_the_shipped_faq_says_what_its_sources_do_not(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.scope != "full", reply.result
    if reply.answered:
        assert reply.entry is not None and reply.entry.id == entry_id
        assert reply.caveat


def test_the_shipped_faq_still_answers_whether_iran_cooperates(engine):
    reply = engine.ask("iran ba UN hamkari nemikone?")
    assert reply.entry is not None and reply.entry.id == "un-cooperation" and reply.scope == "full", reply.result
