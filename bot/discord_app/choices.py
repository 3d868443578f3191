"""Autocomplete choices, answered from memory (autocomplete cannot be deferred).

At most 25 choices, names and values at most 100 characters, whatever the FAQ holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from discord import app_commands
from rapidfuzz import fuzz, process, utils

from ..engine import i18n
from . import limits
from .render import safe_plain

if TYPE_CHECKING:
    from ..engine import KnowledgeBase


def _ranked_ids(kb: KnowledgeBase, current: str, *, with_ids: bool, lang: str = i18n.EN) -> list[str]:
    current = current.strip()
    if not current:
        return list(kb.entries)[: limits.CHOICES]
    haystack = {
        eid: f"{eid} {e.question_in(lang)}" if with_ids else e.question_in(lang) for eid, e in kb.entries.items()
    }
    needle = utils.default_process(current)
    # Substring hits first (what people expect while typing), then fuzzy ones.
    exact = [eid for eid, text in haystack.items() if needle and needle in utils.default_process(text)]
    fuzzy = process.extract(
        current, haystack, scorer=fuzz.WRatio, processor=utils.default_process, limit=limits.CHOICES, score_cutoff=50
    )
    ordered = list(dict.fromkeys(exact + [key for _, _, key in fuzzy]))
    return ordered[: limits.CHOICES]


def question_choices(kb: KnowledgeBase, current: str) -> list[app_commands.Choice[str]]:
    """For /ask: FAQ questions; the value is the question itself (what gets asked). Typing in
    Persian offers the entries' Persian questions (where translated)."""
    out = []
    lang = i18n.FA if i18n.has_rtl(current or "") else i18n.EN
    for eid in _ranked_ids(kb, current, with_ids=False, lang=lang):
        question = limits.trim(safe_plain(kb.entries[eid].question_in(lang)), limits.CHOICE_NAME)
        out.append(app_commands.Choice(name=question, value=limits.trim(question, limits.CHOICE_VALUE)))
    return out


def entry_choices(kb: KnowledgeBase, current: str) -> list[app_commands.Choice[str]]:
    """For /faq show: the name shows the question, the value is the entry id."""
    out = []
    for eid in _ranked_ids(kb, current, with_ids=True):
        name = limits.trim(f"{safe_plain(kb.entries[eid].question)} ({eid})", limits.CHOICE_NAME)
        if len(eid) <= limits.CHOICE_VALUE:
            out.append(app_commands.Choice(name=name, value=eid))
    return out
