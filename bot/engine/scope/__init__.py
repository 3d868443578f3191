"""Whether the chosen entry answers the question *as asked*, or only a broader one.

"How many teachers were executed?" shares every word but one with the entry on executions, and
the matcher rightly picks that entry; but its answer gives the total of all executions. Shown as
is, it reads as "440 teachers were executed". So once an entry is chosen, the question's
qualifiers (what it counts, what it asks to be mentioned, the names, places, years and numbers
it contains) are checked against what the entry covers. A qualifier the entry does not cover
makes the answer *partial*: it is shown after a caveat that names the qualifier as the user
wrote it ("The sources give no figure for “teachers”. What they do say:"), and never opens with
a "Yes." written for another question.

Nothing here knows this campaign's words: what an entry covers is read from the entry itself
(its answer, quotes, attributions and phrasings), and the qualifiers are found by the shape of
English questions and by general lists (places, group names), so the same rules serve any FAQ.

The package: `result` (what a check returns), `_check` (`ScopeIndex.check`), the gap mixins
(`_time_gaps`, `_persian_gaps`, `_subject_gaps`) over `_index_base`, and the rule modules they read.
"""

from __future__ import annotations

from ._check import ScopeIndex
from ._counts import counted_terms
from ._persian import opinion_asked
from ._times import in_the_end_typed, sums_up
from ._words import FRAME_WORDS, MENTION_VERBS
from .asking import asks_nothing, asks_yes_or_no
from .result import FULL, Gap, Scope, ScopeCheck, Uncovered

__all__ = [
    "FRAME_WORDS",
    "FULL",
    "MENTION_VERBS",
    "Gap",
    "Scope",
    "ScopeCheck",
    "ScopeIndex",
    "Uncovered",
    "asks_nothing",
    "asks_yes_or_no",
    "counted_terms",
    "in_the_end_typed",
    "opinion_asked",
    "sums_up",
]
