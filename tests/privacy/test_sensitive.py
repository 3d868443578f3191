"""Questions that disclose personal risk or personal data are recognised, in English and Persian,
and ordinary questions about a campaign are not: plain Python, no Discord."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from bot.privacy.sensitive import Disclosure, SensitiveDetector, find_disclosure, fold

REPO = Path(__file__).resolve().parents[2]
ZWNJ = "\u200c"

PERSON = Disclosure.PERSON_AT_RISK
ASKER = Disclosure.ASKER_AT_RISK


@pytest.mark.parametrize(
    "question, kind",
    [
        # a relative or someone the asker identifies, arrested, detained, missing, executed, threatened
        ("my brother was arrested last week", PERSON),
        ("my cousin Ali is missing", PERSON),
        ("My father has been detained since Monday, can the UN help?", PERSON),
        ("they arrested my husband at the border", PERSON),
        ("a friend of mine disappeared after the protest", PERSON),
        ("my little sister's fiance is in Evin", PERSON),
        ("is there anything I can do, my uncle got a death sentence", PERSON),
        ("our neighbour was threatened by the police", PERSON),
        ("he was taken away yesterday and we have no news", PERSON),
        ("Reza was arrested two days ago, what can I do", PERSON),
        ("Reza Karimi was arrested, can the UN help?", PERSON),  # a name: not an English word
        ("mohammadi is still in prison, is she mentioned", PERSON),
        # the asker at risk
        ("I was arrested at a protest, does the letter cover me?", ASKER),
        ("they threatened me after I posted about it", ASKER),
        ("I'm receiving death threats", ASKER),
        ("can I be arrested for signing the petition?", ASKER),
        ("i'm being followed since I joined", ASKER),
        # contact data
        ("call me at +98 912 123 4567", Disclosure.PHONE),
        ("my number is 0912-123-4567 please help", Disclosure.PHONE),
        ("whatsapp 555 0134 if you know more", Disclosure.PHONE),
        ("email me at someone@example.org", Disclosure.EMAIL),
        ("write to reza.k (at) gmail (dot) com", Disclosure.EMAIL),
        ("I live at 12 Elm Street, is it safe to sign?", Disclosure.ADDRESS),
        ("my address is 5 Baker St", Disclosure.ADDRESS),
    ],
)
def test_english_disclosures_are_caught(question, kind):
    assert find_disclosure(question) is kind


@pytest.mark.parametrize(
    "question, kind",
    [
        ("برادرم دستگیر شده", PERSON),  # my brother has been arrested
        ("پسرعموم گم شده", PERSON),  # my cousin is missing
        ("پسر عموم علی گم شده", PERSON),  # my cousin Ali is missing
        ("پدرم در زندان اوین است", PERSON),  # my father is in Evin prison
        ("برادرم را دیروز بازداشت کردند", PERSON),  # they detained my brother yesterday
        ("خواهرمو گرفتن", PERSON),  # they took my sister
        ("دوستم اعدام شد", PERSON),  # my friend was executed
        ("مادربزرگم احضار شده", PERSON),  # my grandmother has been summoned
        ("دیروز دستگیرش کردند", PERSON),  # they arrested him/her yesterday
        ("دستگیر شدم", ASKER),  # I was arrested
        ("تهدیدم کردند", ASKER),  # they threatened me
        ("منو تهدید کردن که ساکت باشم", ASKER),  # they threatened me to keep quiet
        ("جانم در خطر است", ASKER),  # my life is in danger
        ("شماره‌ام ۰۹۱۲۱۲۳۴۵۶۷", Disclosure.PHONE),  # my number (Persian digits)
        ("ایمیلم test@gmail.com هست", Disclosure.EMAIL),
        ("آدرسم خیابان آزادی، کوچه ۵، پلاک ۱۲ است", Disclosure.ADDRESS),
        ("کد پستی ۱۲۳۴۵۶۷۸۹۰", Disclosure.ADDRESS),
    ],
)
def test_persian_disclosures_are_caught(question, kind):
    assert find_disclosure(question) is kind


@pytest.mark.parametrize(
    "question",
    [
        "برادرم دستگیر شده",
        "پسرعموم گم شده",
        "دایی‌ام بازداشت شده",
        "شماره‌ام ۰۹۱۲۱۲۳۴۵۶۷",
        "خاله‌ام را تهدید کردند",
    ],
)
def test_persian_spelling_variants_are_caught_alike(question):
    variants = {
        "as typed": question,
        "no ZWNJ, joined": question.replace(ZWNJ, ""),
        "ZWNJ as a space": question.replace(ZWNJ, " "),
        "ZWNJ between compound parts": question.replace("پسرعمو", "پسر" + ZWNJ + "عمو").replace(
            "گم شده", "گم" + ZWNJ + "شده"
        ),
        "Arabic ي and ك": question.replace("ی", "\u064a").replace("ک", "\u0643"),
        "ASCII digits": question.translate({0x06F0 + i: str(i) for i in range(10)}),
        "Arabic-Indic digits": question.translate({0x06F0 + i: chr(0x0660 + i) for i in range(10)}),
        "RTL mark and tatweel": "\u200f" + question.replace("د", "د\u0640", 1),
    }
    for name, text in variants.items():
        assert find_disclosure(text) is not None, name


@pytest.mark.parametrize(
    "question",
    [
        # general questions about the subject: nobody identified, nothing disclosed
        "how many people were arrested according to the letter",
        "are human rights defenders detained",
        "why are activists imprisoned in iran",
        "what does the letter say about arbitrary detention and executions",
        "how many people has iran executed since 2017",
        "how many executions between 2010 and 2017",
        "executions 2010-2017?",
        "was the letter sent on 2017-11-07",
        "is the letter dated 07/11/2017",
        "did 34 ngos sign it",
        "has iran executed 1,000,000 people",
        "who is raha bahreini and where did she speak",
        "I read that hundreds were detained, is that true?",
        "I followed the news about the resolution, what happens next",
        "nobody was arrested for signing, right?",
        "who was arrested according to the letter",
        "the rapporteur was threatened?",
        "can I sign the petition",
        # asking for contact details discloses none: decided "not caught" (see bot/privacy/sensitive.py)
        "what is the email of amnesty",
        "what is amnesty's address",
        "what is the phone number of the UN office",
        # Discord mentions carry ids, not phone numbers
        "<@123456789> whats the date on the letter",
        "see https://example.org/item/123456789",
        # Persian
        "چند نفر در ایران اعدام شده‌اند",  # how many people have been executed in Iran
        "آیا فعالان حقوق بشر بازداشت شده‌اند",  # have human rights activists been detained
        "ایمیل عفو بین‌الملل چیست",  # what is Amnesty's e-mail
        "عموم مردم درباره اعدام‌ها چه می‌دانند",  # what does the general public know about executions
        "۴۴۰ نفر از سال ۲۰۱۷ اعدام شده‌اند؟",  # 440 people executed since 2017?
        "نامه در تاریخ ۱۳۹۶/۰۸/۱۶ نوشته شد؟",  # was the letter written on 1396/08/16?
    ],
)
def test_ordinary_questions_are_not_caught(question):
    assert find_disclosure(question) is None


def _phrasings(folder: Path) -> list[str]:
    texts = []
    for path in sorted(folder.glob("[!_]*.yaml")):  # not _calibration.yaml
        entry = yaml.safe_load(path.read_text(encoding="utf-8"))
        texts += [entry["question"], *entry.get("phrasings", [])]
    return texts


def test_no_question_of_the_made_up_faq_is_caught():
    texts = _phrasings(REPO / "tests" / "data" / "moderation" / "knowledge")
    assert len(texts) > 30
    assert [t for t in texts if find_disclosure(t)] == []


def test_the_shipped_faq_phrasings_caught_are_only_those_naming_the_askers_own_people():
    """The FAQ's phrasings are how people really ask; the few caught mention "my cousin", "my
    relative", "someone I know": not keeping those is the intended trade-off."""
    texts = _phrasings(REPO / "knowledge")
    caught = [t for t in texts if find_disclosure(t)]
    assert len(caught) <= len(texts) // 100
    for text in caught:
        assert any(w in text.lower() for w in ("my ", "i know", "mine", "our ")), text


def test_extra_patterns_from_the_config_are_matched_on_the_folded_text():
    detector = SensitiveDetector([r"\bcase (no|number)\W*\d+", "پرونده"])
    assert detector.find("what about case no. 42") is Disclosure.CUSTOM
    assert detector.find("CASE NUMBER 7") is Disclosure.CUSTOM
    assert detector.find("شماره پرونده\u200cام") is Disclosure.CUSTOM
    assert detector.find("what is the case against iran") is None
    assert find_disclosure("what about case no. 42") is None  # not a built-in rule


def test_folding_unifies_persian_spellings():
    assert fold("كد پستي ۱۲۳") == fold("کد پستی 123") == "کد پستی 123"
    assert fold("شماره\u200cام") == fold("شمارهام")


@pytest.mark.parametrize(
    "text",
    [
        "my " * 2000,
        "برادرم " * 600,
        "1 " * 2000,
        "+1 (2) 3-4 " * 400,
        "i am " * 800,
        "arrested " * 500,
        "a@b." * 1000,
        "\u200c\u200f" * 2000,
        "",
    ],
)
def test_long_or_odd_input_is_checked_quickly_and_never_crashes(text):
    started = time.perf_counter()
    find_disclosure(text)
    assert time.perf_counter() - started < 0.5
