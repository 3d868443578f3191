"""The buttons and selects on the bot's messages, as persistent dynamic items.

Every custom_id carries what its callback needs (an entry id, a page, a short asker token), so a
button keeps working after a restart without any per-message state: discord.py matches the
custom_id against each class's template and rebuilds the item from it.

Custom ids (all well under Discord's 100 characters; entry ids are at most 63):

    faq:src:<entry>               Show source (ephemeral paragraphs)
    faq:vote:<y|n>:<entry>        Helpful / Not helpful
    faq:del:<asker>               Delete (the asker or a moderator)
    faq:pick:<asker>:<entry>      a "did you mean" button
    faq:picks:<asker>             a "did you mean" select (more than five suggestions)
    faq:page:<n>:<p|n>            /faq list previous / next page
    faq:rel:<entry>               a follow-up (the answer's `related:`): that answer, ephemeral
    faq:nota:<asker>              "None of these" under a "did you mean": the question to review
    faq:awp:<message>:<entry>     Answer with FAQ: a "did you mean" pick (ephemeral: the invoker only)
    faq:post:<message>:<entry>    Answer with FAQ: post the previewed answer as a reply to <message>

`<asker>` is a 12-hex-digit keyed hash of the asker's user id (see Store.asker_token): the bot can
check "is this the person who asked" without a user id appearing anywhere it stores or sends.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any, ClassVar

import discord

from ..engine import ID_PATTERN, i18n
from . import render
from .errors import report_error, tell

if TYPE_CHECKING:
    from .bot import FaqBot

log = logging.getLogger(__name__)

ENTRY = rf"(?P<entry>{ID_PATTERN.pattern.removeprefix('^').removesuffix('$')})"  # an entry id, as the FAQ allows
ASKER = r"(?P<asker>[0-9a-f]{12})"


def _bot(interaction: discord.Interaction) -> FaqBot:
    return interaction.client  # type: ignore[return-value]


class _SafeItem:
    """Runs `handle` and turns any exception into a logged traceback and a short ephemeral reply.

    discord.py only logs exceptions from dynamic items, leaving the user with "interaction failed";
    this keeps one failing button from looking like a dead bot.

    First, for every item that records something or answers (`checks_blocks`), the block list
    (`/faq-mod block`, `faqbot block`): buttons sent before a block keep reaching the bot, and a
    blocked person or server pressing one is told `render.BLOCKED_NOTICE`, privately, pinging
    nobody, and nothing is recorded. Delete (taking the bot's answer away) and the FAQ list's
    pages record and answer nothing, and stay usable.
    """

    checks_blocks: ClassVar[bool] = True

    async def callback(self, interaction: discord.Interaction) -> Any:  # type: ignore[override]
        try:
            if self.checks_blocks and _bot(interaction).service.blocked(
                _bot(interaction).store.user_key(interaction.user.id), interaction.guild_id
            ):
                await tell(interaction, render.BLOCKED_NOTICE)
                return
            await self.handle(interaction)  # type: ignore[attr-defined]
        except Exception as exc:
            await report_error(interaction, exc, where=type(self).__name__)


def _label(key: str, lang: str, label: str | None) -> str:
    """A button's label in the reply's language; a restored button keeps the label it was sent with."""
    return label or i18n.t(key, lang)


class ShowSource(_SafeItem, discord.ui.DynamicItem[discord.ui.Button], template=rf"faq:src:{ENTRY}"):
    def __init__(self, entry_id: str, *, lang: str = i18n.EN, label: str | None = None) -> None:
        super().__init__(
            discord.ui.Button(
                label=_label("show_source", lang, label),
                style=discord.ButtonStyle.secondary,
                emoji="\N{PAGE FACING UP}",
                custom_id=f"faq:src:{entry_id}",
            )
        )
        self.entry_id = entry_id

    @classmethod
    async def from_custom_id(cls, interaction, item, match: re.Match[str], /):
        return cls(match["entry"], label=getattr(item, "label", None))

    async def handle(self, interaction: discord.Interaction) -> None:
        bot = _bot(interaction)
        entry = bot.engine.entry(self.entry_id)
        if entry is None:
            await tell(interaction, render.entry_gone(self.entry_id))
            return
        pages = render.source_pages(entry)
        await interaction.response.send_message(embeds=pages[0], ephemeral=True)
        for page in pages[1:]:
            await interaction.followup.send(embeds=page, ephemeral=True)


class Vote(_SafeItem, discord.ui.DynamicItem[discord.ui.Button], template=rf"faq:vote:(?P<value>[yn]):{ENTRY}"):
    def __init__(self, entry_id: str, helpful: bool, *, lang: str = i18n.EN, label: str | None = None) -> None:
        super().__init__(
            discord.ui.Button(
                label=_label("helpful" if helpful else "not_helpful", lang, label),
                style=discord.ButtonStyle.secondary,
                emoji="\N{THUMBS UP SIGN}" if helpful else "\N{THUMBS DOWN SIGN}",
                custom_id=f"faq:vote:{'y' if helpful else 'n'}:{entry_id}",
            )
        )
        self.entry_id = entry_id
        self.helpful = helpful

    @classmethod
    async def from_custom_id(cls, interaction, item, match: re.Match[str], /):
        return cls(match["entry"], match["value"] == "y", label=getattr(item, "label", None))

    async def handle(self, interaction: discord.Interaction) -> None:
        bot = _bot(interaction)
        # A database write follows: acknowledge first, so the 3-second deadline never matters.
        await interaction.response.defer(ephemeral=True, thinking=True)
        outcome = await bot.service.vote(
            self.entry_id,
            interaction.user.id,
            self.helpful,
            interaction.message.id if interaction.message else None,
            server=interaction.guild_id or 0,
        )
        await interaction.followup.send(render.vote_message(outcome, self.helpful), ephemeral=True)


class DeleteAnswer(_SafeItem, discord.ui.DynamicItem[discord.ui.Button], template=rf"faq:del:{ASKER}"):
    checks_blocks = False  # taking the bot's answer away records and answers nothing

    def __init__(self, asker: str, *, row: int | None = None, lang: str = i18n.EN, label: str | None = None) -> None:
        super().__init__(
            discord.ui.Button(
                label=_label("delete", lang, label),
                style=discord.ButtonStyle.danger,
                emoji="\N{WASTEBASKET}",
                custom_id=f"faq:del:{asker}",
            ),
            row=row,
        )
        self.asker = asker

    @classmethod
    async def from_custom_id(cls, interaction, item, match: re.Match[str], /):
        return cls(match["asker"], label=getattr(item, "label", None))

    async def handle(self, interaction: discord.Interaction) -> None:
        bot = _bot(interaction)
        if bot.store.asker_token(interaction.user.id) != self.asker and not bot.is_moderator(interaction):
            await tell(interaction, render.DELETE_DENIED)
            return
        await interaction.response.defer()
        await interaction.delete_original_response()


class PickSuggestion(_SafeItem, discord.ui.DynamicItem[discord.ui.Button], template=rf"faq:pick:{ASKER}:{ENTRY}"):
    def __init__(self, asker: str, entry_id: str, label: str, *, row: int | None = None) -> None:
        super().__init__(
            discord.ui.Button(
                label=label,
                style=discord.ButtonStyle.primary,
                custom_id=f"faq:pick:{asker}:{entry_id}",
            ),
            row=row,
        )
        self.asker = asker
        self.entry_id = entry_id

    @classmethod
    async def from_custom_id(cls, interaction, item, match: re.Match[str], /):
        return cls(match["asker"], match["entry"], getattr(item, "label", None) or match["entry"])

    async def handle(self, interaction: discord.Interaction) -> None:
        await _pick(interaction, self.asker, self.entry_id)


class PickSelect(_SafeItem, discord.ui.DynamicItem[discord.ui.Select], template=rf"faq:picks:{ASKER}"):
    def __init__(self, asker: str, options: list[discord.SelectOption], *, row: int | None = None) -> None:
        super().__init__(
            discord.ui.Select(
                placeholder="Did you mean\u2026",
                options=options,
                custom_id=f"faq:picks:{asker}",
            ),
            row=row,
        )
        self.asker = asker

    @classmethod
    async def from_custom_id(cls, interaction, item, match: re.Match[str], /):
        options = list(getattr(item, "options", [])) or [discord.SelectOption(label="?", value="?")]
        return cls(match["asker"], options)

    async def handle(self, interaction: discord.Interaction) -> None:
        values = self.item.values
        await _pick(interaction, self.asker, values[0] if values else "")


async def _pick(interaction: discord.Interaction, asker: str, entry_id: str) -> None:
    """The asker chose a suggestion: the "did you mean" message becomes that answer."""
    bot = _bot(interaction)
    if bot.store.asker_token(interaction.user.id) != asker:
        await tell(interaction, render.PICK_DENIED)
        return
    entry = bot.engine.entry(entry_id)
    if entry is None:
        await tell(interaction, render.entry_gone(entry_id))
        return
    # The "did you mean" message was written in the asker's language: answer in it too.
    content = getattr(interaction.message, "content", None) or ""
    lang = i18n.FA if i18n.has_rtl(content) else i18n.EN
    message = bot.answer_message(entry, asker, lang=lang, guild_id=interaction.guild_id)
    await interaction.response.edit_message(content=None, embeds=message.embeds, view=message.view)
    bot.service.count_shown(entry.id, interaction.guild_id)
    shown = interaction.message
    if shown is not None and interaction.guild_id is not None and not shown.flags.ephemeral:
        bot.service.remember_posted(interaction.channel_id, shown.id, entry.id, lang, interaction.guild_id)
    # The asker's pick: their question as a suggested phrasing of the entry (if its text may be kept).
    bot.service.picked(interaction.message.id if interaction.message else None, entry.id)
    bot.service.followups.note_answer(
        bot.service.conversation_key(interaction.user.id, interaction.channel_id), entry.id
    )


class ListPage(
    _SafeItem, discord.ui.DynamicItem[discord.ui.Button], template=r"faq:page:(?P<page>[0-9]{1,5}):(?P<dir>[pn])"
):
    checks_blocks = False  # pages of the FAQ list: nothing recorded, no question answered

    def __init__(self, page: int, forward: bool, *, disabled: bool = False) -> None:
        super().__init__(
            discord.ui.Button(
                label="Next" if forward else "Previous",
                emoji="\N{BLACK RIGHT-POINTING TRIANGLE}" if forward else "\N{BLACK LEFT-POINTING TRIANGLE}",
                style=discord.ButtonStyle.secondary,
                disabled=disabled,
                custom_id=f"faq:page:{page}:{'n' if forward else 'p'}",
            )
        )
        self.page = page

    @classmethod
    async def from_custom_id(cls, interaction, item, match: re.Match[str], /):
        return cls(int(match["page"]), match["dir"] == "n")

    async def handle(self, interaction: discord.Interaction) -> None:
        bot = _bot(interaction)
        message = bot.list_message(self.page)
        await interaction.response.edit_message(embeds=message.embeds, view=message.view)


class ShowRelated(_SafeItem, discord.ui.DynamicItem[discord.ui.Button], template=rf"faq:rel:{ENTRY}"):
    """A follow-up under an answer (one of its `related:` entries): shows that answer to whoever
    presses it, privately, so a channel is not filled with answers nobody there asked for."""

    def __init__(self, entry_id: str, label: str, *, row: int | None = None) -> None:
        super().__init__(
            discord.ui.Button(
                label=label,
                style=discord.ButtonStyle.secondary,
                emoji="\N{RIGHTWARDS ARROW WITH HOOK}",
                custom_id=f"faq:rel:{entry_id}",
            ),
            row=row,
        )
        self.entry_id = entry_id

    @classmethod
    async def from_custom_id(cls, interaction, item, match: re.Match[str], /):
        return cls(match["entry"], getattr(item, "label", None) or match["entry"])

    async def handle(self, interaction: discord.Interaction) -> None:
        bot = _bot(interaction)
        entry = bot.engine.entry(self.entry_id)
        if entry is None:
            await tell(interaction, render.entry_gone(self.entry_id))
            return
        # The button was labelled in the answer's language: the follow-up is shown in it too.
        lang = i18n.FA if i18n.has_rtl(getattr(self.item, "label", None) or "") else i18n.EN
        message = bot.answer_message(entry, None, lang=lang, guild_id=interaction.guild_id)
        await interaction.response.send_message(**message.kwargs(), ephemeral=True)
        bot.service.count_shown(entry.id, interaction.guild_id)
        bot.service.followups.note_answer(
            bot.service.conversation_key(interaction.user.id, interaction.channel_id), entry.id
        )


class NoneOfThese(_SafeItem, discord.ui.DynamicItem[discord.ui.Button], template=rf"faq:nota:{ASKER}"):
    """Under every "did you mean": none fits. The question goes to the review queue (as far as the
    storage policy allows) and the message says so, keeping only its Delete button."""

    def __init__(self, asker: str, *, row: int | None = None, lang: str = i18n.EN, label: str | None = None) -> None:
        super().__init__(
            discord.ui.Button(
                label=_label("none_of_these", lang, label),
                style=discord.ButtonStyle.secondary,
                custom_id=f"faq:nota:{asker}",
            ),
            row=row,
        )
        self.asker = asker

    @classmethod
    async def from_custom_id(cls, interaction, item, match: re.Match[str], /):
        return cls(match["asker"], label=getattr(item, "label", None))

    async def handle(self, interaction: discord.Interaction) -> None:
        bot = _bot(interaction)
        if bot.store.asker_token(interaction.user.id) != self.asker:
            await tell(interaction, render.PICK_DENIED)
            return
        kept = bot.service.none_of_these(interaction.message.id if interaction.message else None)
        # The "did you mean" was written in the asker's language: so is what happened to the question.
        content = getattr(interaction.message, "content", None) or ""
        lang = i18n.FA if i18n.has_rtl(content) else i18n.EN
        message = render.none_of_these_text(kept=kept, lang=lang)
        view = discord.ui.View(timeout=None)
        view.add_item(DeleteAnswer(self.asker, lang=lang))  # only Delete is left
        await interaction.response.edit_message(**message.kwargs(), view=view)


_MESSAGE = r"(?P<message>[0-9]{15,20})"


class AnswerWithPick(_SafeItem, discord.ui.DynamicItem[discord.ui.Button], template=rf"faq:awp:{_MESSAGE}:{ENTRY}"):
    """Answer with FAQ, "did you mean": the invoker picks an entry; the preview replaces the choice."""

    def __init__(self, message_id: int, entry_id: str, label: str, *, row: int | None = None) -> None:
        super().__init__(
            discord.ui.Button(
                label=label,
                style=discord.ButtonStyle.primary,
                custom_id=f"faq:awp:{message_id}:{entry_id}",
            ),
            row=row,
        )
        self.message_id = message_id
        self.entry_id = entry_id

    @classmethod
    async def from_custom_id(cls, interaction, item, match: re.Match[str], /):
        return cls(int(match["message"]), match["entry"], getattr(item, "label", None) or match["entry"])

    async def handle(self, interaction: discord.Interaction) -> None:
        bot = _bot(interaction)
        entry = bot.engine.entry(self.entry_id)
        if entry is None:
            await tell(interaction, render.entry_gone(self.entry_id))
            return
        content = getattr(interaction.message, "content", None) or ""
        lang = i18n.FA if i18n.has_rtl(content) else i18n.EN
        preview = bot.checked(
            render.answer_preview_text(bot.answer_message(entry, None, lang=lang, guild_id=interaction.guild_id), lang)
        )
        preview.view = preview_view(self.message_id, entry.id, lang)
        await interaction.response.edit_message(**preview.kwargs())
        bot.service.picked(interaction.message.id if interaction.message else None, entry.id)


class PostAnswer(_SafeItem, discord.ui.DynamicItem[discord.ui.Button], template=rf"faq:post:{_MESSAGE}:{ENTRY}"):
    """Answer with FAQ, confirmed: the answer is posted as a reply to the target message."""

    def __init__(self, message_id: int, entry_id: str, *, lang: str = i18n.EN, label: str | None = None) -> None:
        super().__init__(
            discord.ui.Button(
                label=_label("aw_post", lang, label),
                style=discord.ButtonStyle.success,
                emoji="\N{SPEECH BALLOON}",
                custom_id=f"faq:post:{message_id}:{entry_id}",
            )
        )
        self.message_id = message_id
        self.entry_id = entry_id

    @classmethod
    async def from_custom_id(cls, interaction, item, match: re.Match[str], /):
        return cls(int(match["message"]), match["entry"], label=getattr(item, "label", None))

    async def handle(self, interaction: discord.Interaction) -> None:
        bot = _bot(interaction)
        entry = bot.engine.entry(self.entry_id)
        channel = interaction.channel
        if entry is None or not isinstance(channel, _REPLYABLE):
            await tell(interaction, render.entry_gone(self.entry_id))
            return
        # The poster (not the author of the message answered) may delete the answer, as may moderators.
        content = getattr(interaction.message, "content", None) or ""
        lang = i18n.FA if i18n.has_rtl(content) else i18n.EN  # the preview's language: the message's
        message = bot.answer_message(entry, bot.asker_token(interaction.user), lang=lang, guild_id=interaction.guild_id)
        target: discord.Message | discord.PartialMessage
        try:  # still there? (a reply to a deleted message is refused with a generic 400)
            target = await channel.fetch_message(self.message_id)
        except discord.NotFound:
            await interaction.response.edit_message(content=render.TARGET_GONE, embeds=[], view=None)
            return
        except discord.HTTPException:  # no Read Message History: try the reply itself
            target = channel.get_partial_message(self.message_id)
        try:
            sent = await target.reply(
                **message.kwargs(), mention_author=False, allowed_mentions=discord.AllowedMentions.none()
            )
        except discord.Forbidden:
            await interaction.response.edit_message(content=render.CANNOT_POST, embeds=[], view=None)
            return
        except discord.HTTPException:
            await interaction.response.edit_message(content=render.TARGET_GONE, embeds=[], view=None)
            return
        posted = render.rtl(i18n.t("aw_posted", lang), lang)
        await interaction.response.edit_message(content=posted, embeds=[], view=None)
        bot.service.count_shown(entry.id, interaction.guild_id)
        if interaction.guild_id is not None:
            bot.service.remember_posted(channel.id, sent.id, entry.id, lang, interaction.guild_id)


# Where a message can be fetched and replied to (Answer with FAQ's target).
_REPLYABLE = (
    discord.TextChannel,
    discord.Thread,
    discord.DMChannel,
    discord.VoiceChannel,
    discord.StageChannel,
    discord.PartialMessageable,
)


def preview_view(message_id: int, entry_id: str, lang: str = i18n.EN) -> discord.ui.View:
    """Answer with FAQ: the one button under the private preview."""
    view = discord.ui.View(timeout=None)
    view.add_item(PostAnswer(message_id, entry_id, lang=lang))
    return view


ALL_ITEMS = (
    ShowSource,
    Vote,
    DeleteAnswer,
    PickSuggestion,
    PickSelect,
    ListPage,
    ShowRelated,
    NoneOfThese,
    AnswerWithPick,
    PostAnswer,
)
