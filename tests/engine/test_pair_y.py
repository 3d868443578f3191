"""Shapes of held-out pair Y (eval65, eval66, eval-fa62, eval-fa63, written at 12:01 UTC on
2026-12-07, measured once at 3de6bcb), each checked on a made-up FAQ and on the shipped one:

- "were 440 people arbitrarily detained?": the FAQ's figure of one thing (440 people executed)
  stated of another was answered in full, as "people" was read as the thing the figure names
  (as "the 34 NGOs" names them); the sentence the campaign fears most ("the bot says 440 people
  were detained").
"""

from __future__ import annotations

import madeup
import pytest
from madeup import Source, _quoting

from bot.engine import MatchSettings

_ERUPTION_FACTS = {
    "deaths": "The 1902 eruption killed 300 people on the western slopes.",
    "evacuation": "After the eruption, hundreds of people were evacuated to the harbour.",
}
_ERUPTION_SOURCE = Source(
    "eruption", "Eruption notes", "notes", "Eruption notes.", tuple(_ERUPTION_FACTS.values()), {"notes": "the notes"}
)
_ERUPTION_QUESTIONS = {
    "deaths": (
        "How many people did the 1902 eruption kill?",
        "eruption deaths|how many died in 1902|death toll|was the eruption deadly|how many people were killed"
        "|people killed on the slopes|victims of the eruption|how deadly was it|deaths on the western slopes|300 dead?",
    ),
    "evacuation": (
        "Were people evacuated after the eruption?",
        "evacuation|where did people go after the eruption|were people evacuated|evacuated to the harbour"
        "|how were people moved|did anyone leave the slopes|harbour evacuation|people taken to safety"
        "|who was evacuated|evacuations after 1902",
    ),
}


@pytest.mark.parametrize(
    "question, entry_id, partial",
    [
        ("were 300 people evacuated to the harbour?", "evacuation", True),
        ("were 300 people killed in 1902?", "deaths", False),  # its own figure
    ],
)
def test_the_faqs_figure_of_people_stated_of_another_doing_on_a_made_up_faq(tmp_path, question, entry_id, partial):
    engine = madeup.load_faq(
        tmp_path, _ERUPTION_SOURCE, _quoting(_ERUPTION_SOURCE, _ERUPTION_FACTS, _ERUPTION_QUESTIONS), MatchSettings()
    )
    check = engine.scope.check(question, entry_id)
    assert (check.scope.value == "partial") is partial, check


def test_were_440_people_arbitrarily_detained_on_the_shipped_faq(engine):
    reply = engine.ask("were 440 people arbitrarily detained?")
    assert not reply.answered or reply.scope == "partial", reply.result
    reply = engine.ask("were 440 people executed?")
    assert reply.answered and reply.entry.id == "executions" and reply.scope == "full", reply.result
