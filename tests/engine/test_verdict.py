"""An answer never opens with a verdict ("Yes.", "No, according to …", «به گفتهٔ نامه، نه.») written
for another question: strip_verdict removes it in every shape, and what is left is a sentence
that keeps every number and quote. Tested on made-up answers (several FAQs' shapes) and on every
shipped answer, English and Persian."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.engine.verdict import strip_verdict

REPO = Path(__file__).resolve().parents[2]

# Made-up FAQ answers (a lighthouse, a volcano, bees) opening with verdicts in the shapes writers
# use, and the sentence each must become.
MADE_UP = [
    ("Yes. The lighthouse was automated in 1987.", "The lighthouse was automated in 1987."),
    ("No, according to the keeper's log, the lamp was never relit.", "According to the keeper's log, the lamp"),
    ("No, according to the survey. It says that 40,000 bees left the hive.", "The survey says that 40,000 bees"),
    ("According to the ranger, no. She says the crater trail is closed.", "The ranger says the crater trail"),
    ("According to the ranger, no. Trails close in winter.", "According to the ranger, trails close in winter."),
    ("According to the report, yes, the volcano erupted in 1902.", "According to the report, the volcano erupted"),
    ("Not according to the survey. Bees were counted at 40,000.", "According to the survey, bees were counted"),
    ("Yes \u2014 the volcano erupted in 1902.", "The volcano erupted in 1902."),
    ("Nope: the bees stayed.", "The bees stayed."),
    ('Not yet. The keeper says "soon".', 'The keeper says "soon".'),
    ("Partly. Two of the 3 beacons work.", "Two of the 3 beacons work."),
    ("No, it did not. The lighthouse was closed in 1990.", "The lighthouse was closed in 1990."),
    ("No. According to the log, Amnesty International visited.", "According to the log, Amnesty International"),
    ("YES, the hive survived the winter.", "The hive survived the winter."),
    ("بله. فانوس در ۱۹۸۷ خودکار شد.", "فانوس در ۱۹۸۷"),
    ("خیر. زنبورها ماندند.", "زنبورها ماندند."),
    ("نه، به گفتهٔ نگهبان، فانوس بسته شد.", "به گفتهٔ نگهبان، فانوس بسته شد."),
    ("به گفتهٔ نگهبان، نه. نگهبان می‌گوید فانوس ۳ سال بسته بود.", "نگهبان می‌گوید فانوس ۳ سال"),
    ("به گفته‌ی نگهبان، نه. او می‌گوید فانوس بسته است.", "نگهبان می‌گوید فانوس بسته است."),
    ("به گفتهٔ نگهبان، خیر. زنبورها ماندند.", "به گفتهٔ نگهبان، زنبورها ماندند."),
    ("به گفتهٔ گزارش، بله، آتشفشان در ۱۹۰۲ فوران کرد.", "به گفتهٔ گزارش، آتشفشان در ۱۹۰۲"),
    ("هنوز نه. نگهبان می‌گوید «به‌زودی».", "نگهبان می‌گوید «به‌زودی»."),
    ("بله، طبق گزارش ۴۰ هزار زنبور ماندند.", "طبق گزارش ۴۰ هزار زنبور"),
]

# Answers that open with no verdict stay word for word.
NO_VERDICT = [
    "No one was hurt in the eruption.",
    "Nobody recorded it.",
    "Yesterday the volcano erupted.",
    "According to the report, the keeper retired in 1990.",
    "Notably, the hive survived.",
    "Yes.",  # nothing but a verdict: nothing else to show
    "In part, because the notes were lost, the count is rough.",  # how much of a cause, no verdict
    "Partly, due to the storm, the lamp failed.",
    "نه تنها زنبورها بلکه پرندگان هم رفتند.",  # "not only …, but also": no verdict
    "نامه می‌گوید ۳۴ سازمان آن را نوشتند.",
    "به گفتهٔ گزارش، نگهبان بازنشسته شد.",
]

_EN_VERDICT_START = re.compile(r"^(?:yes|no|nope|yeah|not yet|partly)\b[.,:;!\s\u2014-]", re.IGNORECASE)
_FA_VERDICT_START = re.compile(r"^(?:بله|آری|خیر|نه|هنوز نه)[.،,:؛!\s]")
# "According to the letter." / «به گفتهٔ نامه.»: a fragment a verdict leaves behind
_FRAGMENT = re.compile(r"^(?:according to|به گفته)[^.,،;:]{0,60}[.!]", re.IGNORECASE)
_PERSIAN_LETTER = re.compile(r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]")


def _numbers(text: str) -> list[str]:
    return re.findall(r"[\d\u06f0-\u06f9]+", text)


def _quoted(text: str) -> list[str]:
    return re.findall(r"[\"\u201c\u00ab][^\"\u201d\u00bb]+[\"\u201d\u00bb]", text)


def assert_a_sentence(original: str, stripped: str) -> None:
    """What a user would see: no verdict, no dangling fragment, a sentence, nothing lost."""
    assert not _EN_VERDICT_START.match(stripped) and not _FA_VERDICT_START.match(stripped), stripped
    assert not _FRAGMENT.match(stripped), stripped
    first = stripped[0]
    assert first.isupper() or _PERSIAN_LETTER.match(first) or first in '"\u201c\u00ab', stripped
    assert stripped.rstrip().endswith((".", "!", "?", "\u061f", ".\u201d", '."', "\u00bb.")), stripped
    assert sorted(_numbers(stripped)) == sorted(_numbers(original)), "every number kept"
    for quote in _quoted(original):
        assert quote in stripped, "every quote kept"


@pytest.mark.parametrize("answer, starts", MADE_UP)
def test_a_made_up_faqs_verdicts_are_dropped_in_every_shape(answer, starts):
    stripped = strip_verdict(answer)
    assert stripped.startswith(starts), stripped
    assert_a_sentence(answer, stripped)


@pytest.mark.parametrize("answer", NO_VERDICT)
def test_an_answer_with_no_verdict_is_left_as_written(answer):
    assert strip_verdict(answer) == answer


def _shipped_answers() -> list[tuple[str, str, str]]:
    out = []
    for path in sorted((REPO / "knowledge").glob("[a-z]*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out.append((data["id"], "en", data["answer"]))
        for lang, tr in (data.get("translations") or {}).items():
            if tr.get("answer"):
                out.append((data["id"], lang, tr["answer"]))
    return out


@pytest.mark.parametrize("entry_id, lang, answer", _shipped_answers())
def test_every_shipped_answer_stripped_is_a_sentence_that_keeps_its_numbers_and_quotes(entry_id, lang, answer):
    stripped = strip_verdict(answer)
    assert_a_sentence(answer, stripped)
    if lang == "fa":
        assert _PERSIAN_LETTER.match(stripped[0]), (entry_id, stripped)


def test_the_shipped_verdicts_are_found():
    """The shipped FAQ's two verdict answers, in both languages, lose their verdict (not only a
    leading "Yes."): "No, according to the letter. It says …" and «به گفتهٔ نامه، نه. …»."""
    changed = {(e, lang) for e, lang, a in _shipped_answers() if strip_verdict(a) != a}
    assert {("rouhani-first-term", "en"), ("rouhani-first-term", "fa")} <= changed
    assert {("women-minorities", "en"), ("women-minorities", "fa")} <= changed


@pytest.mark.parametrize(
    "question",
    [
        "did rouhani execute people during his first term?",
        "rouhani dar dore aval edam kard?",
        "آیا روحانی در دور اول اعدام کرد؟",
    ],
)
def test_a_partial_answer_opens_with_no_verdict_and_no_fragment(engine, question):
    """The reviewer's screenshots: "the bot says Rouhani executed no one" (Persian «به گفتهٔ نامه،
    نه.» after the caveat) and "According to the letter. It says that …" (a fragment)."""
    reply = engine.ask(question)
    # each ranks the first-term entry as an answer: were one refused (honest too), this test would
    # check nothing, so it says so rather than passing
    assert reply.answered, question
    assert reply.scope == "partial" and reply.caveat
    assert reply.answer != (reply.translated.answer if reply.translated else reply.entry.answer)
    assert_a_sentence(reply.entry.answer if reply.lang == "en" else reply.translated.answer, reply.answer)
    assert "\u0646\u0647." not in reply.answer.split()[:4], reply.answer


@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u200b", "\ufeff", "\u2067"])
def test_a_verdict_behind_an_invisible_mark_is_dropped_too(mark):
    # a right-to-left mark or a zero-width space, pasted with the answer from an editor
    assert strip_verdict(f"{mark}Yes. It was automated in 1985.") == "It was automated in 1985."
    assert strip_verdict(
        f"{mark}\u0628\u0644\u0647\u060c \u0686\u0631\u0627\u063a \u0631\u0648\u0634\u0646 \u0627\u0633\u062a."
    ) == ("\u0686\u0631\u0627\u063a \u0631\u0648\u0634\u0646 \u0627\u0633\u062a.")
    assert strip_verdict(f"No.{mark} The lamp still flashes.") == "The lamp still flashes."
    assert strip_verdict(f"{mark}It was automated in 1985.") == f"{mark}It was automated in 1985."


def test_a_partial_answer_whose_translation_opens_with_a_right_to_left_mark_has_no_verdict(tmp_path, config):
    """A Persian translation pasted with a leading right-to-left mark («\u200fبله. …»), on a made-up
    FAQ: under a question it only answers in part, it still opens with no «بله»."""
    import shutil

    from bot.engine import load_engine

    knowledge = tmp_path / "knowledge"
    shutil.copytree(REPO / "tests/data/persian/knowledge", knowledge)
    path = knowledge / "lighthouse.yaml"
    text = path.read_text(encoding="utf-8")
    assert "    answer: \u0628\u0644\u0647. " in text
    path.write_text(
        text.replace("    answer: \u0628\u0644\u0647. ", "    answer: \u200f\u0628\u0644\u0647. "), encoding="utf-8"
    )
    engine = load_engine(knowledge, REPO / "tests/data/moderation/seeds", config.matching)
    reply = engine.ask(
        "\u0686\u0646\u062f \u0646\u06af\u0647\u0628\u0627\u0646 \u062f\u0631 \u0641\u0627\u0646\u0648\u0633 \u06a9\u0627\u0631 \u0645\u06cc\u200c\u06a9\u0646\u0646\u062f\u061f"
    )
    assert reply.partial and reply.translated is not None, reply.caveat
    assert reply.translated.answer.startswith("\u200f\u0628\u0644\u0647.")  # the file as written
    assert "\u0628\u0644\u0647" not in reply.answer.split(".")[0], reply.answer


@pytest.mark.parametrize(
    "question, verdict",
    [
        (
            "\u0641\u0627\u0646\u0648\u0633 \u06a9\u06cc \u062e\u0648\u062f\u06a9\u0627\u0631 \u0634\u062f\u061f",
            False,
        ),  # when was it automated?
        ("fanus kei khodkar shod?", False),
        (
            "\u0641\u0627\u0646\u0648\u0633 \u0647\u0646\u0648\u0632 \u06a9\u0627\u0631 \u0645\u06cc\u200c\u06a9\u0646\u0647\u061f",
            True,
        ),  # is it still working?
    ],
)
def test_a_persian_question_with_a_question_word_gets_no_verdict_on_a_made_up_faq(config, question, verdict):
    """As an English "when" question gets no "Yes.": «بله.» answers only a yes/no question."""
    from bot.engine import load_engine

    engine = load_engine(REPO / "tests/data/persian/knowledge", REPO / "tests/data/moderation/seeds", config.matching)
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "lighthouse" and reply.translated is not None, reply.result
    assert reply.translated.answer.startswith("\u0628\u0644\u0647.")  # as written, for "is it still working?"
    assert reply.answer.startswith("\u0628\u0644\u0647") is verdict, reply.answer


@pytest.mark.parametrize(
    "question, verdict",
    [
        (
            "\u0646\u0627\u0645\u0647 \u062f\u0631\u0628\u0627\u0631\u0647 \u0632\u0646\u0627\u0646 \u0648 \u0627\u0642\u0644\u06cc\u062a\u200c\u0647\u0627 \u0686\u06cc \u0645\u06cc\u06af\u0647\u061f",
            False,
        ),
        ("name dar mored zanan chi mige?", False),
        (
            "\u0622\u06cc\u0627 \u0646\u0627\u0645\u0647 \u0628\u0647 \u0632\u0646\u0627\u0646 \u0627\u0634\u0627\u0631\u0647 \u0645\u06cc\u06a9\u0646\u0647\u061f",
            True,
        ),
    ],
)
def test_the_shipped_faq_says_yes_in_persian_only_to_a_yes_no_question(engine, question, verdict):
    # "what does the letter say about women and minorities?" got «بله.», as its English twin does not
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "women-minorities" and reply.lang == "fa", reply.result
    assert reply.answer.startswith("\u0628\u0644\u0647") is verdict, reply.answer
