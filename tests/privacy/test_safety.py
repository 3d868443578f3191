"""The safe route: a question disclosing a person in danger gets referral contacts, never an FAQ
guess, and nothing of it is stored or counted. Personal data alone is not danger. Plain Python."""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.config import ConfigError, SafetySettings, load_config
from bot.engine.saferoute import MESSAGE, PRIVACY, Referral
from bot.privacy.safety import SafeRouter
from bot.privacy.sensitive import Disclosure, SensitiveDetector
from bot.service import FaqService

REPO = Path(__file__).resolve().parents[2]
ZWNJ = "\u200c"
PERSON, ASKER = Disclosure.PERSON_AT_RISK, Disclosure.ASKER_AT_RISK
detector = SensitiveDetector()

IN_DANGER = [
    ("my brother was arrested last week", PERSON),
    ("my cousin Ali is missing", PERSON),
    ("My father has been detained since Monday, can the UN help?", PERSON),
    ("they arrested my husband at the border", PERSON),
    ("a friend of mine disappeared after the protest", PERSON),
    ("my little sister's fiance is in Evin", PERSON),
    ("is there anything I can do, my uncle got a death sentence", PERSON),
    ("our neighbour was threatened by the police", PERSON),
    ("we have no news from my brother since friday", PERSON),
    ("he was taken away yesterday and we have no news", PERSON),
    ("Reza was arrested two days ago, what can I do", PERSON),
    ("Reza Karimi was arrested, can the UN help?", PERSON),
    ("I was arrested at a protest, does the letter cover me?", ASKER),
    ("they threatened me after I posted about it", ASKER),
    ("I'm receiving death threats", ASKER),
    ("i'm being followed since I joined", ASKER),
    ("برادرم دستگیر شده", PERSON),  # my brother has been arrested
    ("پسرعموم گم شده", PERSON),  # my cousin is missing
    ("پدرم در زندان اوین است", PERSON),  # my father is in Evin prison
    ("برادرم را دیروز بازداشت کردند", PERSON),  # they detained my brother yesterday
    ("خواهرمو گرفتن", PERSON),  # they took my sister
    ("مادربزرگم احضار شده", PERSON),  # my grandmother has been summoned
    ("دیروز دستگیرش کردند", PERSON),  # they arrested him/her yesterday
    ("دستگیر شدم", ASKER),  # I was arrested
    ("تهدیدم کردند", ASKER),  # they threatened me
    ("منو تهدید کردن که ساکت باشم", ASKER),  # they threatened me to keep quiet
    ("جانم در خطر است", ASKER),  # my life is in danger
    ("پدرم را بردند", PERSON),  # they took my father away
    # Finglish (Persian in Latin letters)
    ("baradaram dastgir shode", PERSON),  # my brother has been arrested
    ("pedaramo bordan", PERSON),  # they took my father
    ("pesaram gom shode", PERSON),  # my son is missing
    ("tahdidam kardan", ASKER),  # they threatened me
    ("dastgir shodam", ASKER),  # I was arrested
    ("از برادرم بی خبریم", PERSON),  # we have no news of my brother
]

NOT_DANGER = [
    # personal data alone: never stored, but answered as usual
    "call me at +98 912 123 4567",
    "email me at someone@example.org",
    "I live at 12 Elm Street, is it safe to sign?",
    # hypotheticals and comparisons: the FAQ may answer them
    "can I be arrested for signing the petition?",
    "will I get arrested if I sign",
    "what happens if they arrest me",
    "if my brother is arrested what happens",
    "are activists like my cousin being arrested in iran",
    "my parents fear the death penalty in iran, how many executions are there",
    "my friend told me that executions rose, is it true",
    # general questions, public figures
    "how many people were arrested according to the letter",
    "how many people were arrested last week",
    "who was arrested according to the letter",
    "the rapporteur was threatened?",
    "mohammadi is still in prison, is she mentioned",
    "I followed the news about the resolution, what happens next",
    "آیا من دستگیر می\u200cشوم اگر امضا کنم",  # will I be arrested if I sign?
    "چند نفر در ایران اعدام شده\u200cاند",  # how many people have been executed in Iran
    "مادرم پرسید چند نفر اعدام شده اند",  # my mother asked how many people were executed
    "دوستم عکس گرفتن از تظاهرات",  # my friend taking photos of the protests
    "پدرم می\u200cخواهد بداند چرا فعالان زندانی هستند",  # my father wants to know why activists are jailed
    "برادرم در مورد زندان اوین سوال دارد",  # my brother has a question about Evin prison
    "chand nafar edam shodan",  # how many people were executed (Finglish)
    "madaram porsid chand nafar edam shodan",  # my mother asked how many were executed (Finglish)
]


@pytest.mark.parametrize("question, kind", IN_DANGER)
def test_a_person_in_danger_is_recognised(question, kind):
    assert detector.danger(question) is kind
    assert detector.find(question) is not None  # and never stored


@pytest.mark.parametrize("question", NOT_DANGER)
def test_personal_data_hypotheticals_and_general_questions_are_not_danger(question):
    assert detector.danger(question) is None


@pytest.mark.parametrize("question", ["پسرعموم گم شده", "دایی\u200cام بازداشت شده", "خاله\u200cام را تهدید کردند"])
def test_persian_spellings_are_routed_alike(question):
    for text in (
        question,
        question.replace(ZWNJ, ""),
        question.replace(ZWNJ, " "),
        question.replace("ی", "\u064a").replace("ک", "\u0643"),
        "\u200f" + question,
    ):
        assert detector.danger(text) is not None, text


def _phrasings(folder: Path) -> list[str]:
    texts = []
    for path in sorted(folder.glob("[!_]*.yaml")):
        entry = yaml.safe_load(path.read_text(encoding="utf-8"))
        texts += [entry["question"], *entry.get("phrasings", [])]
        for translation in (entry.get("translations") or {}).values():
            texts += [translation.get("question", ""), *translation.get("phrasings", [])]
    return [t for t in texts if t]


@pytest.mark.parametrize("folder", [REPO / "knowledge", REPO / "tests" / "data" / "moderation" / "knowledge"])
def test_no_phrasing_of_an_faq_is_taken_for_danger(folder):
    texts = _phrasings(folder)
    assert len(texts) > 30
    assert [t for t in texts if detector.danger(t)] == []


def test_extra_patterns_route_to_safety_and_are_never_stored():
    custom = SensitiveDetector(danger_patterns=[r"\bmy case\b", "پرونده\u200cام"])
    assert custom.danger("what about my case") is Disclosure.CUSTOM
    assert custom.danger("پرونده\u200cام چه می\u200cشود") is Disclosure.CUSTOM
    assert custom.find("what about my case") is Disclosure.CUSTOM
    assert custom.danger("what is the case against iran") is None


@pytest.mark.parametrize("text", ["my " * 2000, "برادرم " * 600, "i am " * 800, "arrested my " * 500, ""])
def test_long_input_is_checked_quickly(text):
    started = time.perf_counter()
    detector.danger(text)
    assert time.perf_counter() - started < 0.5


# -- the reply -----------------------------------------------------------------------------------

REFERRALS = (
    Referral("Example Legal Aid", "https://legal.example.org", "confidential, Persian and English"),
    Referral("Example Helpline", "+1 555 0100"),
)


def test_the_reply_is_never_an_faq_answer_and_speaks_the_askers_language(engine):
    router = SafeRouter(SafetySettings(referrals=REFERRALS))
    reply = router.ask(engine, "my brother was arrested last week, how many people are detained?")
    obj = reply.to_json()
    assert obj["kind"] == "safe_route" and obj["answered"] is False and obj["entry"] is None
    assert obj["answer"] is None and obj["quotes"] == [] and obj["suggestions"] == []
    assert reply.safe_route.language == "en" and reply.safe_route.referrals == REFERRALS
    text = reply.safe_route.text()
    assert "individual cases" in text and "public channels" in text and "legal.example.org" in text
    persian = router.ask(engine, "برادرم دستگیر شده").safe_route
    assert persian.language == "fa" and persian.message == MESSAGE["fa"] and PRIVACY["fa"] in persian.text()
    assert router.ask(engine, "baradaram dastgir shode").safe_route.language == "fa"  # Finglish: in Persian
    # an ordinary question is matched as before; an FAQ's own phrasing is always the FAQ's
    assert router.ask(engine, "how many people has iran executed").answered


def test_with_no_referrals_it_still_says_it_cannot_help_and_not_to_share_details(engine):
    route = SafeRouter(SafetySettings()).ask(engine, "they threatened me after I posted about it").safe_route
    assert route.referrals == ()
    assert "can't help with individual cases" in route.text() and "don't share" in route.text()


def test_a_campaign_may_replace_the_message(engine):
    router = SafeRouter(SafetySettings(message="Write to us privately.", message_fa="به ما خصوصی بنویسید."))
    assert router.ask(engine, "my son went missing").safe_route.message == "Write to us privately."
    assert router.ask(engine, "پسرم گم شده").safe_route.message == "به ما خصوصی بنویسید."


@pytest.mark.asyncio
async def test_nothing_of_a_routed_question_is_stored_or_counted(config, engine, tmp_path):
    cfg = dataclasses.replace(
        config,
        paths=dataclasses.replace(config.paths, database=tmp_path / "db.sqlite3"),
        privacy=dataclasses.replace(config.privacy, store_unanswered_text=True, secret_file=tmp_path / "secret"),
        moderation=dataclasses.replace(config.moderation, audit_log=tmp_path / "audit.sqlite3"),
    )
    service = FaqService(cfg, engine)
    await service.open()
    conversation = service.conversation_key(1, 2)
    for question in ("my brother was arrested last week", "برادرم دستگیر شده"):
        reply = service.ask(question, conversation)
        assert reply.kind == "safe_route"
        service.record(reply, message_id=5)
    await service.close()
    await service.store.open()
    assert await service.store.review_queue() == []
    assert sum((await service.store.period_counts(1)).outcomes.values()) == 0
    assert service.recent_answers == {}
    await service.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("db.sqlite3*"))
    assert b"brother" not in raw and "برادرم".encode() not in raw


# -- config and CLI ------------------------------------------------------------------------------

SAFETY_YAML = """
safety:
  message: "We cannot help with individual cases here."
  referrals:
    - name: Example Legal Aid
      contact: https://legal.example.org
      note: confidential
    - name: Example Helpline
      contact: "+1 555 0100"
  patterns: ['\\bmy case\\b']
"""


def test_the_safety_section_is_read_and_checked(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text(SAFETY_YAML, encoding="utf-8")
    safety = load_config(path).safety
    assert safety.message == "We cannot help with individual cases here."
    assert safety.referrals == (
        Referral("Example Legal Aid", "https://legal.example.org", "confidential"),
        Referral("Example Helpline", "+1 555 0100"),
    )
    assert safety.patterns == (r"\bmy case\b",)
    for bad, where in [
        ("safety:\n  referrals:\n    - contact: x\n", "safety.referrals[1]' needs 'name'"),
        ("safety:\n  referrals:\n    - name: A\n      contact: B\n      phone: C\n", "unknown setting"),
        ("safety:\n  patterns: ['(']\n", "not a valid regular expression"),
        ("safety:\n  referrals: yes\n", "must be a list"),
    ]:
        path.write_text(bad, encoding="utf-8")
        with pytest.raises(ConfigError, match=r"config\.yaml:\d+: .*") as err:
            load_config(path)
        assert where in str(err.value)


def test_the_shipped_config_lists_no_referral(config):
    assert config.safety.referrals == ()


def test_faqbot_ask_json_and_text_give_the_safe_route(tmp_path, capsys):
    shipped = (REPO / "config.yaml").read_text(encoding="utf-8")
    assert shipped.rstrip().splitlines()[-1].startswith("  patterns:") or "\nsafety:" in shipped
    text = (shipped.split("\nsafety:")[0] + SAFETY_YAML).replace(
        "knowledge: knowledge", f"knowledge: {REPO / 'knowledge'}"
    )
    text = text.replace("seeds: seeds", f"seeds: {REPO / 'seeds'}").replace("database: data/", f"database: {tmp_path}/")
    text = text.replace("audit_log: data/", f"audit_log: {tmp_path}/")
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    assert main(["ask", "--json", "my brother was arrested last week", "--config", str(path)]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["kind"] == "safe_route" and obj["answered"] is False and obj["entry"] is None
    assert main(["ask", "what about my case", "--config", str(path)]) == 0  # a pattern from safety.patterns
    out = " ".join(capsys.readouterr().out.split())
    assert "We cannot help with individual cases here." in out and "https://legal.example.org" in out
    assert "public channels" in out
