"""A Finglish question is ranked in the Latin-script index (as typed) and in the Finglish index
(every spelling of a word folded to one). The Latin-script index holds the Finglish some English
phrasings carry unfolded, so a spelling only one entry types ("ghatnameh" beside the others'
"ghatname") is a rare word that entry owns; when the two indexes answer with different entries,
the Finglish index's answer is served (engine._served)."""

from __future__ import annotations

import madeup
import pytest


@pytest.fixture(scope="module")
def persian_made_up():
    return madeup.persian_island()


def test_a_spelling_one_entry_types_does_not_decide_a_finglish_question_of_the_shipped_faq(engine):
    # "what use is passing the resolution?": what a yes vote achieves, not whether resolutions bind
    reply = engine.ask("tasvibe ghatnameh che faydei dare?")
    assert reply.answered and reply.result.entry_id == "strong-signal"
    # ... spelt the other ways, as before
    for question in ("tasvib-e ghatname che faydei dare?", "tasvibe ghatname che asari dare?"):
        assert engine.ask(question).result.entry_id == "strong-signal", question
    # and what use resolutions are, which the non-binding entry answers, stays there
    assert engine.ask("ghatnameh be che dard mikhore?").result.entry_id == "resolutions-binding"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("zanboora rooz chand ta gol mibinan?", "bees"),
        ("fanoose daryayi hanooz kar mikone?", "lighthouse"),
        ("atashfeshan chand bar favaran karde?", "volcano"),
    ],
)
def test_finglish_spelt_another_way_is_answered_as_the_finglish_index_reads_it_on_a_made_up_faq(
    persian_made_up, question, entry
):
    # the island's Finglish phrasings spell these words otherwise ("zanbur", "fanus"): the
    # Finglish index folds them; the Latin-script index holds no Finglish of these entries
    reply = persian_made_up.ask(question)
    assert reply.question_language == "fa-Latn"
    assert reply.answered and reply.result.entry_id == entry
