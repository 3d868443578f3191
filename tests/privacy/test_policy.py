"""The one decision on what of a question is kept, without Discord: off by default, never a
question disclosing personal risk or data, and what the purge removes."""

from __future__ import annotations

from bot.config import PrivacySettings
from bot.privacy.policy import StoragePolicy

ON = PrivacySettings(store_unanswered_text=True)


def test_nothing_is_kept_by_default():
    policy = StoragePolicy(PrivacySettings())
    assert PrivacySettings().store_unanswered_text is False
    assert not policy.stores_text
    assert policy.text_to_keep("how do I volunteer for the campaign") is None
    assert not policy.keeps("how do I volunteer for the campaign")


def test_with_text_storage_on_ordinary_questions_are_kept_and_cut_to_length():
    policy = StoragePolicy(ON, max_chars=20)
    assert policy.text_to_keep("how do I volunteer for the campaign") == "how do I volunteer f"
    assert policy.text_to_keep("   ") is None
    assert policy.keeps("how do I volunteer for the campaign")


def test_disclosing_questions_are_never_kept_even_with_text_storage_on():
    policy = StoragePolicy(ON)
    for question in [
        "my brother was arrested last week, does the letter mention him?",
        "برادرم دستگیر شده، نامه درباره‌اش چیزی می‌گوید؟",
        "text me on 0912 123 4567 when the letter is sent",
    ]:
        assert policy.disclosure(question) is not None
        assert policy.text_to_keep(question) is None
        assert not policy.keeps(question)


def test_the_whole_question_is_checked_not_only_what_would_be_kept():
    policy = StoragePolicy(ON, max_chars=30)
    question = "what does the letter ask for? " + "x " * 40 + "my email is someone@example.org"
    assert policy.text_to_keep(question) is None


def test_extra_patterns_from_the_settings_are_used():
    policy = StoragePolicy(PrivacySettings(store_unanswered_text=True, sensitive_patterns=(r"\bcase\s*#?\d+",)))
    assert policy.text_to_keep("any news on case #4411?") is None
    assert policy.text_to_keep("any news on the case?") == "any news on the case?"
