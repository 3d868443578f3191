"""The moderators' forms and buttons: the entry modal, confirmations, the review queue walker.

These are ordinary (not persistent) views on ephemeral messages: they belong to one moderator's
session, hold its state in memory, and expire after a while. Each runs the cog's one moderation
check (`Moderation.refusal`: a home server, a moderator) on every press and submit, and checks that
the person pressing is the moderator who opened it. Their custom_ids start with
`faq-mod:<token>:`, so a press that outlives its view is answered by the cog (see `_cog.py`).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import discord

from ...discord_app import limits
from ...discord_app.errors import report_error, tell
from ...engine import MAX_ANSWER_CHARS
from ...moderation import Draft, EditRefused, ReviewGroup
from . import _render

if TYPE_CHECKING:
    from ._cog import Moderation

CUSTOM_ID_PREFIX = "faq-mod:"  # see _cog.py: which presses the cog answers for views that are gone

log = logging.getLogger(__name__)

MODAL_TITLE = 45
TEXT_INPUT = 4000
VIEW_TIMEOUT = 900.0  # a moderator's buttons stay usable for 15 minutes
CONFIRM_TIMEOUT = 120.0

FIELDS = {  # custom_id: (label (<= 45), style, max length, placeholder (<= 100))
    "question": ("Question", discord.TextStyle.short, 300, "How many people has Iran executed?"),
    "phrasings": (
        "Phrasings: one per line, at least 10",
        discord.TextStyle.paragraph,
        TEXT_INPUT,
        "how many executions in iran\nhow many ppl has iran executed\n...",
    ),
    "answer": (
        f"Answer: short, neutral, at most {MAX_ANSWER_CHARS} chars",
        discord.TextStyle.paragraph,
        MAX_ANSWER_CHARS,
        "What the quotes say, in plain words; nothing they do not support.",
    ),
    "quotes": (
        "Quotes, word for word (empty line between)",
        discord.TextStyle.paragraph,
        TEXT_INPUT,
        "Copied exactly from the source document.",
    ),
    "sources": (
        "Source id and speaker, one line per quote",
        discord.TextStyle.paragraph,
        1000,
        "iran-un-letter-report letter   (add a paragraph number to pick one: ... letter 8)",
    ),
}


def too_long(texts: dict[str, str]) -> tuple[str, int, int] | None:
    """(field, length, limit) of the first text that does not fit its form box."""
    for key, (_, _, limit, _) in FIELDS.items():
        if len(texts.get(key, "")) > limit:
            return key, len(texts[key]), limit
    return None


class EntryModal(discord.ui.Modal):
    """/faq-mod add and /faq-mod edit: the five texts of an entry (Discord allows five inputs)."""

    def __init__(
        self,
        cog: Moderation,
        *,
        entry_id: str | None,
        revision: str | None,
        texts: dict[str, str],
        on_saved: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        title = f"Edit {entry_id}" if revision is not None else "Add an FAQ entry"
        self.token = cog.view_token()
        super().__init__(
            title=limits.trim(title, MODAL_TITLE),
            timeout=VIEW_TIMEOUT,
            custom_id=f"{CUSTOM_ID_PREFIX}{self.token}:form",
        )
        self.cog = cog
        self.entry_id = entry_id
        self.revision = revision  # None: a new entry
        self.on_saved = on_saved
        self.inputs: dict[str, discord.ui.TextInput] = {}
        for key, (label, style, limit, placeholder) in FIELDS.items():
            text_input: discord.ui.TextInput = discord.ui.TextInput(
                label=label,
                style=style,
                custom_id=key,
                max_length=limit,
                required=True,
                placeholder=placeholder[:100],
                default=texts.get(key) or None,
            )
            self.inputs[key] = text_input
            self.add_item(text_input)

    def texts(self) -> dict[str, str]:
        return {key: item.value for key, item in self.inputs.items()}

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        reason = self.cog.refusal(interaction)
        if reason is not None:
            await tell(interaction, reason)
            return False
        return True

    async def on_timeout(self) -> None:
        self.cog.view_expired(self.token)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        texts = self.texts()
        # Validation loads the whole FAQ (a fraction of a second, more for a big FAQ): acknowledge first.
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            draft = Draft.from_form(**texts)
        except EditRefused as exc:
            await self.cog.send_refusal(interaction, exc, retry=self.retry_view(interaction, texts))
            return
        retry = self.retry_view(interaction, texts)
        if self.revision is None:
            saved = await self.cog.apply(
                interaction, self.cog.bot.editor.add_entry, draft, entry_id=self.entry_id, retry=retry
            )
        else:
            saved = await self.cog.apply(
                interaction, self.cog.bot.editor.edit_entry, self.entry_id, draft, revision=self.revision, retry=retry
            )
        if saved and self.on_saved is not None:
            await self.on_saved()

    def retry_view(self, interaction: discord.Interaction, texts: dict[str, str]) -> RetryView:
        return RetryView(
            self.cog,
            interaction.user.id,
            entry_id=self.entry_id,
            revision=self.revision,
            texts=texts,
            on_saved=self.on_saved,
        )

    async def on_error(self, interaction: discord.Interaction, error: Exception, /) -> None:  # type: ignore[override]
        # discord.py's Modal.on_error takes (interaction, error); its base class also passes the item.
        await report_error(interaction, error, where="EntryModal")


class _OwnedView(discord.ui.View):
    """A view only the moderator who opened it may use."""

    def __init__(self, cog: Moderation, owner_id: int, *, timeout: float = VIEW_TIMEOUT) -> None:
        super().__init__(timeout=timeout)
        self.cog = cog
        self.owner_id = owner_id
        self.token = cog.view_token()
        for item in self.children:  # the decorated buttons: their random custom_id, marked as ours
            item.custom_id = self.item_id(item.custom_id)  # type: ignore[attr-defined]

    def item_id(self, name: str) -> str:
        """`faq-mod:<token>:<name>`: the cog can tell this view's buttons from those of a view that is gone."""
        return f"{CUSTOM_ID_PREFIX}{self.token}:{name}"

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        reason = self.cog.refusal(interaction)
        if reason is None and interaction.user.id != self.owner_id:
            reason = _render.CONFIRM_DENIED
        if reason is not None:
            await tell(interaction, reason)
            return False
        return True

    async def on_timeout(self) -> None:
        self.cog.view_expired(self.token)

    async def on_error(self, interaction: discord.Interaction, error: Exception, item) -> None:
        await report_error(interaction, error, where=type(self).__name__)


class RetryView(_OwnedView):
    """Under a refused form: reopen it with what the moderator typed, to fix and save again."""

    def __init__(
        self,
        cog: Moderation,
        owner_id: int,
        *,
        entry_id: str | None,
        revision: str | None,
        texts: dict[str, str],
        on_saved=None,
    ) -> None:
        super().__init__(cog, owner_id)
        self.entry_id, self.revision, self.texts, self.on_saved = entry_id, revision, texts, on_saved

    @discord.ui.button(label="Edit and try again", style=discord.ButtonStyle.primary)
    async def again(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.send_modal(
            EntryModal(
                self.cog, entry_id=self.entry_id, revision=self.revision, texts=self.texts, on_saved=self.on_saved
            )
        )


class Confirm(_OwnedView):
    """Yes / Cancel, for the invoker only; `action` runs on yes."""

    def __init__(
        self,
        cog: Moderation,
        owner_id: int,
        *,
        confirm_label: str,
        action: Callable[[discord.Interaction], Awaitable[None]],
    ) -> None:
        super().__init__(cog, owner_id, timeout=CONFIRM_TIMEOUT)
        self.action = action
        self.done = False
        self.origin: discord.Interaction | None = None  # the command that asked, to mark the question expired
        self.yes.label = limits.trim(confirm_label, limits.BUTTON_LABEL)

    async def on_timeout(self) -> None:
        await super().on_timeout()
        if self.done or self.origin is None:
            return
        with contextlib.suppress(discord.HTTPException):  # the message is gone: nothing to tidy up
            await self.origin.edit_original_response(content=_render.CONFIRM_EXPIRED, view=None)

    @discord.ui.button(label="Confirm", style=discord.ButtonStyle.danger)
    async def yes(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.done = True
        self.stop()
        shown = interaction.message.content if interaction.message is not None else ""
        await interaction.response.edit_message(content=f"{shown}\n\nConfirmed: working\u2026", view=None)
        await self.action(interaction)

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary)
    async def no(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.done = True
        self.stop()
        await interaction.response.edit_message(content="Cancelled: nothing was changed.", view=None)


class ReviewView(_OwnedView):
    """/faq-mod review: one group of similar questions at a time, with what to do about it."""

    def __init__(self, cog: Moderation, owner_id: int, groups: list[ReviewGroup], reasons: dict[str, str]) -> None:
        super().__init__(cog, owner_id)
        self.groups = groups
        self.reasons = reasons
        self.index = 0
        self.rebuild()

    @property
    def group(self) -> ReviewGroup | None:
        return self.groups[self.index] if self.index < len(self.groups) else None

    def message(self) -> _render.Message:
        group = self.group
        if group is None:
            return _render.Message(content=_render.REVIEW_DONE)
        out = _render.review_group(group, self.index, len(self.groups), self.reasons)
        out.view = self
        return out

    def rebuild(self) -> None:
        self.clear_items()
        group = self.group
        if group is None:
            return
        for n, (entry_id, _) in enumerate(group.closest[:3]):
            button: discord.ui.Button = discord.ui.Button(
                label=limits.trim(f"Add as phrasing of {entry_id}", limits.BUTTON_LABEL),
                style=discord.ButtonStyle.primary,
                row=0,
                custom_id=self.item_id(f"review:phrase:{n}"),
            )
            button.callback = self._phrasing_callback(entry_id)  # type: ignore[method-assign]  # discord.py's documented way
            self.add_item(button)
        for label, style, callback in (
            ("Create new entry", discord.ButtonStyle.success, self.create),
            ("Dismiss", discord.ButtonStyle.danger, self.dismiss),
            ("Skip", discord.ButtonStyle.secondary, self.skip),
        ):
            button = discord.ui.Button(
                label=label, style=style, row=1, custom_id=self.item_id(f"review:{label.split()[0].lower()}")
            )
            button.callback = callback  # type: ignore[method-assign]
            self.add_item(button)

    def _phrasing_callback(self, entry_id: str):
        async def callback(interaction: discord.Interaction) -> None:
            group = self.group
            if group is None:
                return
            await interaction.response.defer()
            if await self.cog.apply(interaction, self.cog.bot.editor.add_phrasing, entry_id, group.question):
                await self.remove(group)
                await self.advance(interaction)

        return callback

    async def create(self, interaction: discord.Interaction) -> None:
        group = self.group
        if group is None:
            return
        texts = {"question": group.question, "phrasings": "\n".join(t for t, _ in group.variants[1:])}

        async def saved() -> None:
            await self.remove(group)

        await interaction.response.send_modal(
            EntryModal(self.cog, entry_id=None, revision=None, texts=texts, on_saved=saved)
        )

    async def dismiss(self, interaction: discord.Interaction) -> None:
        group = self.group
        if group is None:
            return
        await interaction.response.defer()
        await self.remove(group)
        await self.advance(interaction)

    async def remove(self, group: ReviewGroup) -> None:
        """Out of the queue: its questions, or (an asker's pick) its suggested phrasings."""
        await self.cog.bot.service.dismiss(group)

    async def skip(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer()
        await self.advance(interaction)

    async def advance(self, interaction: discord.Interaction) -> None:
        self.index += 1
        self.rebuild()
        message = self.cog.bot.checked(self.message())
        if self.group is None:
            self.stop()
        await interaction.edit_original_response(
            content=message.content, embeds=message.embeds, view=self if self.group is not None else None
        )
