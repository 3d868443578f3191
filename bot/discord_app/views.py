"""Which buttons go on which message: the one place that puts `components` on `render`'s text.

render.py builds text and embeds only (and imports no components); components.py holds the
persistent buttons and may use render for what they show when pressed. This module joins the
two, so neither imports the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import discord

from ..engine import i18n
from . import components, limits, render
from .render import ENGLISH, Language, Message, MessageKind, safe_plain

if TYPE_CHECKING:
    from ..config import CallToAction
    from ..engine import Entry, KnowledgeBase, Reply


RELATED_ROW = 2  # the follow-up buttons (`related:`), below the calls to action
RELATED_SHOWN = 3


def answer_view(
    entry_id: str,
    asker: str | None,
    ctas: Sequence[CallToAction] = (),
    lang: str = i18n.EN,
    related: Sequence[Entry] = (),
) -> discord.ui.View:
    """Show source, Helpful, Not helpful, Delete (labelled in the reply's language `lang`), the
    calls to action as link buttons on a second row, and up to three follow-ups (`related`: each
    shows that answer, privately, to whoever presses it) on a third."""
    view = discord.ui.View(timeout=None)
    view.add_item(components.ShowSource(entry_id, lang=lang))
    view.add_item(components.Vote(entry_id, True, lang=lang))
    view.add_item(components.Vote(entry_id, False, lang=lang))
    if asker is not None:
        view.add_item(components.DeleteAnswer(asker, lang=lang))
    for cta in list(ctas)[: limits.ROW_WIDTH]:  # link buttons: no custom_id, nothing to restore after a restart
        view.add_item(
            discord.ui.Button(
                style=discord.ButtonStyle.link,
                url=cta.url,
                label=limits.trim(safe_plain(cta.label), limits.BUTTON_LABEL),
                row=1,
            )
        )
    for other in list(related)[:RELATED_SHOWN]:
        if other.id != entry_id:
            label = limits.trim(safe_plain(other.question_in(lang)), limits.BUTTON_LABEL) or other.id
            view.add_item(components.ShowRelated(other.id, label, row=RELATED_ROW))
    return view


def answer(
    entry: Entry,
    *,
    kb_version: str,
    asker: str | None,
    confidence: float | None = None,
    ctas: Sequence[CallToAction] = (),
    caveat: str | None = None,
    answer_text: str | None = None,
    language: Language = ENGLISH,
    related: Sequence[Entry] = (),
) -> Message:
    """An answer (render.answer) with its buttons; with calls to action, a row of link buttons;
    with `related` entries, a row of follow-ups."""
    message = render.answer(
        entry,
        kb_version=kb_version,
        confidence=confidence,
        ctas=ctas,
        caveat=caveat,
        answer_text=answer_text,
        language=language,
    )
    message.view = answer_view(entry.id, asker, ctas, language.lang, related)
    return message


def did_you_mean(entries: Sequence[Entry], *, asker: str, lang: str = i18n.EN) -> Message:
    """Buttons (up to five suggestions) or a select (up to 25) on the first row, usable only by the
    asker; Delete (the asker or a moderator) on the second. In `lang`: the text, the buttons, and
    each question where the entry is translated."""
    entries = list(entries)[: limits.SELECT_OPTIONS]
    view = discord.ui.View(timeout=None)
    if len(entries) <= limits.ROW_WIDTH:
        for entry in entries:
            label = limits.trim(safe_plain(entry.question_in(lang)), limits.BUTTON_LABEL)
            view.add_item(components.PickSuggestion(asker, entry.id, label, row=0))
    else:
        options = [
            discord.SelectOption(
                label=limits.trim(safe_plain(entry.question_in(lang)), limits.SELECT_LABEL),
                value=entry.id,
                description=limits.trim(safe_plain(render.answer_in(entry, lang)), limits.SELECT_DESCRIPTION),
            )
            for entry in entries
        ]
        view.add_item(components.PickSelect(asker, options, row=0))
    view.add_item(components.NoneOfThese(asker, row=1, lang=lang))  # to the review queue (storage policy)
    view.add_item(components.DeleteAnswer(asker, row=1, lang=lang))
    message = render.did_you_mean_text(lang)
    message.view = view
    return message


def answer_preview(answer_message: Message, message_id: int, entry_id: str, lang: str = i18n.EN) -> Message:
    """Answer with FAQ: the answer as it would be posted, privately, with the button that posts it."""
    message = render.answer_preview_text(answer_message, lang)
    message.view = components.preview_view(message_id, entry_id, lang)
    return message


def answer_with_suggestions(entries: Sequence[Entry], message_id: int, *, asker: str, lang: str = i18n.EN) -> Message:
    """Answer with FAQ, "did you mean": one button per entry (at most five), then None of these."""
    view = discord.ui.View(timeout=None)
    for entry in list(entries)[: limits.ROW_WIDTH]:
        label = limits.trim(safe_plain(entry.question_in(lang)), limits.BUTTON_LABEL) or entry.id
        view.add_item(components.AnswerWithPick(message_id, entry.id, label, row=0))
    view.add_item(components.NoneOfThese(asker, row=1, lang=lang))
    message = render.answer_with_text(lang)
    message.view = view
    return message


def reply_for(
    reply: Reply, kb: KnowledgeBase, *, asker: str, browse: bool = True, ctas: Sequence[CallToAction] = ()
) -> Message:
    """The message for any engine reply: answer (with `ctas` under it), did you mean, or no match."""
    from ..engine import Outcome
    from .safety import private

    if reply.safe_route is not None:  # a person in danger: the contacts, never an FAQ guess
        return private(reply.safe_route)
    if reply.talk is not None:
        return render.talk(reply.talk, browse=browse)
    result = reply.result
    if result.outcome is Outcome.ANSWER and reply.entry is not None:
        return answer(
            reply.entry,
            kb_version=kb.version,
            asker=asker,
            ctas=ctas,
            caveat=reply.caveat,
            answer_text=reply.answer,
            language=Language.of(reply),
            related=kb.related(reply.entry),
        )
    if result.outcome is Outcome.SUGGEST:
        entries = [kb.entries[i] for i in result.suggestions if i in kb.entries]
        if entries:
            return did_you_mean(entries, asker=asker, lang=reply.lang)
    return render.no_match(browse=browse, entries=len(kb.entries), lang=reply.lang)


def faq_list_page(kb: KnowledgeBase, page: int, per_page: int) -> Message:
    """One page of `/faq list` (pages numbered from 0), with previous / next buttons."""
    page, pages = render.list_pages(kb, page, per_page)
    message = render.faq_list_page(kb, page, per_page)
    view = discord.ui.View(timeout=None)
    view.add_item(components.ListPage(max(page - 1, 0), False, disabled=page == 0))
    view.add_item(components.ListPage(min(page + 1, pages - 1), True, disabled=page >= pages - 1))
    message.view = view
    return message


__all__ = [
    "MessageKind",
    "answer",
    "answer_preview",
    "answer_view",
    "answer_with_suggestions",
    "did_you_mean",
    "faq_list_page",
    "reply_for",
]
