"""An answer states only numbers and names its quotes contain; a phrasing names only whom they mention.

Checked on the shipped FAQ and on the made-up one in tests/data/moderation, so the rules are not
tuned to the campaign's letter.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bot.engine import validate
from bot.engine.claims import Evidence, answer_problems, known_names, number_claims, phrasing_names
from bot.moderation import AuditLog, Editor, Invalid

MOD = "mod (1234)"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def _problems(knowledge: Path, seeds: Path, config) -> list[str]:
    engine, problems = validate(knowledge, seeds, config.matching)
    assert (engine is None) == bool(problems)
    return [str(p) for p in problems]


# -- numbers compare by value --------------------------------------------------------------------


@pytest.mark.parametrize("written", ["440", "four hundred and forty", "Four Hundred and Forty", "۴۴۰", "٤٤٠"])
def test_a_number_matches_the_same_value_written_another_way(written):
    evidence = Evidence(["Iran has executed at least 440 people since the start of 2017."])
    assert answer_problems(f"It executed {written} people since 2017.", evidence) == []


@pytest.mark.parametrize(
    "quote, answer",
    [
        ("about two thousand flowers", "2,000 flowers"),
        ("1,000 signatures", "1000 signatures"),
        ("34 groups", "thirty-four groups"),
        ("erupted twice", "erupted 2 times"),
        ("40 per cent of them", "40% of them"),
        ("۱۲ نفر", "12 people"),
    ],
)
def test_number_forms_are_equal(quote, answer):
    assert answer_problems(answer, Evidence([quote])) == []


@pytest.mark.parametrize(
    "quote, answer, said",
    [
        ("at least 440 people", "at least 450 people", "450"),
        ("at least 440 people", "at least four hundred and fifty people", "four hundred and fifty"),
        ("40 people", "40% of people", "40%"),
        ("hundreds of defenders", "thousands of defenders", "thousands"),
        ("in 2017", "in 2016", "2016"),
    ],
)
def test_a_different_number_is_reported_as_written(quote, answer, said):
    assert answer_problems(answer, Evidence([quote])) == [said]


def test_one_as_a_pronoun_and_numbers_split_by_commas():
    assert [n.text for n in number_claims("one of the groups, forty, two of them")] == ["forty", "two"]


# -- names ---------------------------------------------------------------------------------------


def test_the_faqs_own_names_are_those_never_written_in_lower_case():
    texts = ["Honeybees visit flowers. The keeper, Mr Halvorsen, says honeybees sleep.", "Halvorsen agrees."]
    assert known_names(texts) == {"halvorsen"}


def test_names_are_words_written_as_names_not_sentence_starts():
    evidence = Evidence(["The letter went to the United Nations, according to Raha Bahreini of Amnesty International."])
    assert answer_problems("Yes. According to Raha Bahreini, it went to the UN. The NGOs wrote it.", evidence) == []
    assert answer_problems("It went to the UN Security Council and Saudi Arabia. Tehran agreed.", evidence) == [
        "Security Council",
        "Saudi Arabia",
        "Tehran",
    ]
    assert answer_problems("It was sent on November 7.", evidence) == ["November", "7"]


@pytest.mark.parametrize(
    "phrasing",
    [
        "zanan va aghaliat-ha? women and minorities",  # Persian in Latin letters
        "salam, tab'iz alayh-e zanan",
        "discrimnation vs women",  # a deliberate typo
        "arbitary detentions",
        "I'm new here, what's this about",
        "how are women treated in the islamic republic",
        "Salam, Bazdasht-e fa'alan? activists detained",  # capitalised Finglish
        "Wat is this campain abt",  # a capitalised typo
    ],
)
def test_typos_and_finglish_are_not_names(phrasing):
    assert phrasing_names(phrasing, frozenset({"bahreini", "rouhani", "iran"})) == []


@pytest.mark.parametrize(
    "phrasing, name",
    [
        ("are kurds discriminated against", "kurds"),
        ("what about the baha'is", "bahais"),
        ("executions in saudi arabia", "saudi"),
        ("what did rouhani promise", "rouhani"),
        ("What did Rouhani promise", "rouhani"),
    ],
)
def test_groups_places_and_the_faqs_own_names_are_names_in_phrasings(phrasing, name):
    assert name in phrasing_names(phrasing, frozenset({"rouhani"}))


# -- the shipped FAQ -----------------------------------------------------------------------------


def test_an_answer_with_numbers_no_quote_contains_is_refused(kb_copy, config):
    knowledge, seeds = kb_copy
    path = knowledge / "executions.yaml"
    _edit(
        path,
        "executed at least 440 people since the start of 2017.",
        "executed at least 9,999 people since 2010 and the UN approved sanctions.",
    )
    lines = _problems(knowledge, seeds, config)
    answer_line = _line_of(path, "answer:")
    assert f'{path}:{answer_line}: executions: the answer says "9,999"; no quote of this entry contains it' in lines
    assert f'{path}:{answer_line}: executions: the answer says "2010"; no quote of this entry contains it' in lines


def test_a_quotes_attribution_counts_as_what_it_contains(kb_copy, config, engine):
    knowledge, seeds = kb_copy
    # concerns-listed names Raha Bahreini, who is only in the attribution of its quote.
    assert "Raha Bahreini" in engine.kb.entries["concerns-listed"].answer
    assert "Raha" not in engine.kb.entries["concerns-listed"].quotes[0].text
    path = knowledge / "concerns-listed.yaml"
    _edit(path, "speaker: bahreini", "speaker: letter")
    lines = _problems(knowledge, seeds, config)
    assert any(
        line.endswith('concerns-listed: the answer says "Raha Bahreini"; no quote of this entry contains it')
        for line in lines
    ), lines


def test_a_phrasing_naming_a_group_no_quote_mentions_is_reported_at_its_line(kb_copy, config):
    knowledge, seeds = kb_copy
    path = knowledge / "women-minorities.yaml"
    _edit(path, "phrasings:\n", "phrasings:\n  - are kurds discriminated against\n")
    lines = _problems(knowledge, seeds, config)
    line = _line_of(path, "are kurds discriminated against")
    expected = (
        f'{path}:{line}: women-minorities: phrasing "are kurds discriminated against" names "kurds"; '
        "no quote of this entry mentions it"
    )
    assert expected in lines


def test_a_refused_claim_does_not_hide_other_problems(kb_copy, config):
    knowledge, seeds = kb_copy
    _edit(knowledge / "executions.yaml", "executed at least 440 people since", "executed at least 441 people since")
    lines = _problems(knowledge, seeds, config)
    assert any('"441"' in line for line in lines)
    assert len(lines) == 1  # and nothing else: the rest of the FAQ still loads and is checked


# -- the made-up FAQ, through validate, the editor's saves and reloads ----------------------------


def test_made_up_faq_unsupported_number_matching_spelled_number_and_unknown_name(small_kb, config):
    knowledge, seeds = small_kb
    assert _problems(knowledge, seeds, config) == []
    bees = knowledge / "bees.yaml"
    _edit(bees, "visit about two thousand flowers", "visit about 3,000 flowers")
    lighthouse = knowledge / "lighthouse.yaml"
    _edit(lighthouse, "every\n  ten seconds", "every\n  10 seconds")  # the quote says "ten": same value
    volcano = knowledge / "volcano.yaml"
    _edit(volcano, "The notes say the volcano", "Professor Lindqvist says the volcano")
    _edit(volcano, "  - eruption count\n", "  - eruption count in iceland\n")
    lines = _problems(knowledge, seeds, config)
    assert lines == sorted(
        [
            f'{bees}:{_line_of(bees, "answer:")}: bees: the answer says "3,000"; no quote of this entry contains it',
            f'{volcano}:{_line_of(volcano, "iceland")}: volcano: phrasing "eruption count in iceland" names "iceland"; '
            "no quote of this entry mentions it",
            f'{volcano}:{_line_of(volcano, "answer:")}: volcano: the answer says "Lindqvist"; '
            "no quote of this entry contains it",
        ]
    )


def test_the_editor_refuses_to_save_an_unsupported_claim_and_a_reload_refuses_it_too(small_kb, tmp_path, config):
    knowledge, seeds = small_kb
    editor = Editor(knowledge, seeds, config.matching, AuditLog(tmp_path / "audit.sqlite3"))
    opened = editor.open("lighthouse")
    draft = opened.draft
    changed = dataclasses.replace(draft, answer="Yes. It was automated in 1990 and still flashes.")
    before = (knowledge / "lighthouse.yaml").read_bytes()
    with pytest.raises(Invalid) as refused:
        editor.edit_entry("lighthouse", changed, who=MOD, revision=opened.revision)
    assert any('the answer says "1990"; no quote of this entry contains it' in str(p) for p in refused.value.problems)
    assert (knowledge / "lighthouse.yaml").read_bytes() == before  # nothing written
    with pytest.raises(Invalid):
        editor.add_phrasing("bees", "do bees in kenya visit flowers", who=MOD)
    # A hand edit with the same mistake: the reload keeps the old engine and says why.
    _edit(knowledge / "lighthouse.yaml", "automated in 1985 and", "automated in 1990 and")
    engine, problems, _ = editor.load()
    assert engine is None and any('"1990"' in str(p) for p in problems)


@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u200b", "\ufeff", "\u202b"])
def test_a_bidi_or_zero_width_mark_before_an_answer_is_no_claim(small_kb, config, mark):
    # "\u200fYes. ..." (pasted from a right-to-left editor) once got 'the answer says "Yes"; no
    # quote ... contains it': the mark hid that "Yes" opens the sentence
    knowledge, seeds = small_kb
    volcano = knowledge / "volcano.yaml"
    _edit(volcano, "answer: The notes say", f'answer: "{mark}Yes. The notes say')
    _edit(volcano, "both eruptions were small.", 'both eruptions were small."')
    assert _problems(knowledge, seeds, config) == []
    # what the mark hides is still checked
    _edit(volcano, "The notes say", "Professor Lindqvist says")
    assert any('the answer says "Lindqvist"' in line for line in _problems(knowledge, seeds, config))
