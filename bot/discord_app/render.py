"""From an engine `Reply` (or an entry, a page, the sources) to what Discord is sent.

Pure functions: no client, no network, no database. Each returns a `Message` (content, embeds,
view) that is within every Discord limit (see `limits`), whatever the FAQ or the user typed:

- text from users or the FAQ has its mentions neutralised (`@everyone`, `<@id>`, `<@&id>`) and its
  markdown escaped, so it is shown literally and can never ping, even without AllowedMentions;
- long text is trimmed at a word boundary with an ellipsis; a quote that is shortened says so
  and its full paragraph stays one click away under "Show source".
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import discord

from ..engine import i18n
from ..store import VoteOutcome
from . import limits

if TYPE_CHECKING:
    from ..config import CallToAction
    from ..engine import Entry, KnowledgeBase, Quote, QuotedParagraph, Reply, Source, TalkReply

ANSWER_COLOUR = discord.Colour(0x2B7A78)
SUGGEST_COLOUR = discord.Colour(0xDEB841)
SOURCE_COLOUR = discord.Colour(0x5C6B73)

QUOTE_SHORTENED = "*(quote shortened: the full text is under Show source)*"
MORE_QUOTES = "*+{n} more quote{s}: press Show source*"
MIN_QUOTE_BUDGET = 160  # below this a trimmed quote says too little: show fewer quotes instead

DELETE_DENIED = "Only the person who asked, or a moderator, can delete this answer."
PICK_DENIED = "Only the person who asked can choose here. Ask your own question with `/ask`."
UNKNOWN_ENTRY = "There is no FAQ entry `{id}`. `/faq list` shows every entry."


class MessageKind(enum.Enum):
    """What a message is, for the cogs that decide whether it is sent publicly."""

    ANSWER = "answer"
    SUGGEST = "suggest"  # "did you mean"
    NONE = "none"  # no match
    INFO = "info"  # lists, sources, help, conversation
    SAFE = "safe_route"  # a person in danger: referral contacts, sent privately (discord_app/safety.py)


@dataclass
class Message:
    """Keyword arguments for send/reply/edit: only what is set is sent."""

    content: str | None = None
    embeds: list[discord.Embed] = field(default_factory=list)
    view: discord.ui.View | None = None
    kind: MessageKind = field(default_factory=lambda: MessageKind.INFO)
    more: list[list[discord.Embed]] = field(default_factory=list)  # further messages of embeds, sent after it
    files: list[discord.File] = field(default_factory=list)  # attachments (a stats chart)

    def kwargs(self) -> dict:
        out: dict = {}
        if self.content is not None:
            out["content"] = self.content
        if self.embeds:
            out["embeds"] = self.embeds
        if self.view is not None:
            out["view"] = self.view
        if self.files:
            out["files"] = self.files
        return out

    def violations(self) -> list[str]:
        return limits.violations(self.content, self.embeds, self.view) + [
            problem for page in self.more for problem in limits.violations(None, page)
        ]


# -- text safety --------------------------------------------------------------------------------


def safe(text: str) -> str:
    """User or FAQ text shown literally: markdown escaped, mentions neutralised."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def safe_plain(text: str) -> str:
    """For places without markdown (button labels, select options): only mentions neutralised."""
    return discord.utils.escape_mentions(" ".join(text.split()))


def block_quote(text: str) -> str:
    return "\n".join("> " + line if line.strip() else ">" for line in text.splitlines() or [""])


def rtl(text: str, lang: str) -> str:
    """Text in a right-to-left language (`lang` "fa") laid out right to left in Discord: each line
    opened with a right-to-left mark, so a Persian line that starts with a number, a Latin name or
    markdown still starts on the right. Decided by the language the text is written in, not by
    its letters: an English line quoting a Persian word stays left to right. Applied after
    `safe`, so mentions stay escaped."""
    return i18n.rtl_lines(text) if i18n.base(lang) == i18n.FA else text


# -- answers ------------------------------------------------------------------------------------


def _citation(quote: Quote, lang: str = i18n.EN) -> str:
    where = i18n.t("paragraph", lang, n=quote.paragraph)
    comma = "\u060c" if lang == i18n.FA else ","
    return f"\u2014 {i18n.isolate(safe(limits.trim(quote.attribution, 300)))}\n" + rtl(
        f"*{i18n.isolate(safe(limits.trim(quote.source.title, 300)))}*{comma} {where}", lang
    )


def _quote_translation(translation: str | None, lang: str) -> str:
    """A quote's translation under it: labelled, in italics, never a block quote and never in
    quotation marks (it is not what anybody said)."""
    if not translation:
        return ""
    label = i18n.t("quote_translation", lang)
    return rtl(f"*{label}:* {safe(limits.trim(translation, 700))}", lang) + "\n"


def _quote_block(
    quote: Quote, budget: int | None, translation: str | None = None, lang: str = i18n.EN
) -> tuple[str, bool]:
    """One quote as a block quote with its citation; trimmed to `budget` characters if given.
    `translation` (in `lang`) goes under the verbatim quote, labelled."""
    citation = _quote_translation(translation, lang) + _citation(quote, lang)
    text = safe(quote.text)
    full = f"{block_quote(text)}\n{citation}"
    if budget is None or len(full) <= budget:
        return full, False
    room = budget - len(citation) - len(QUOTE_SHORTENED) - 6
    shortened = limits.trim(text, max(room, 1))
    return f"{block_quote(shortened)}\n{QUOTE_SHORTENED}\n{citation}", True


CAVEAT_MARK = "\u26a0\ufe0f"


@dataclass(frozen=True)
class Language:
    """How an answer is shown to the asker: in `lang`, as a translation (`label`, `review`), or
    with a one-line `note` when it has no translation into the asker's language."""

    lang: str = i18n.EN
    title: str | None = None  # the entry's question in `lang`
    label: str | None = None  # "ترجمهٔ پاسخ کمپین" over a translated answer
    review: str | None = None  # whether a fluent moderator reviewed it
    note: str | None = None  # "this answer has no Persian translation yet"
    quotes: tuple[str | None, ...] = ()  # translations of the quotes, under each verbatim quote

    @classmethod
    def of(cls, reply: Reply) -> Language:
        n = len(reply.quotes)
        return cls(
            reply.lang,
            reply.title,
            reply.label,
            reply.review_state,
            reply.note,
            tuple(reply.quote_translation(i) for i in range(n)),
        )

    @classmethod
    def for_entry(cls, entry: Entry, lang: str) -> Language:
        """An entry shown to someone who asked in `lang` (a "did you mean" choice)."""
        lang = i18n.reply_language(lang)
        if lang == entry.language:
            return ENGLISH if lang == i18n.EN else cls(lang)
        tr = entry.translation(lang)
        if tr is None:
            return cls(entry.language, note=i18n.t("no_translation", lang))
        return cls(
            lang,
            tr.question,
            i18n.t("translation_label", lang),
            i18n.t("reviewed" if tr.reviewed else "not_reviewed", lang),
            None,
            tuple(tr.quote(i) for i in range(len(entry.quotes))),
        )


ENGLISH = Language()


def answer_embed(
    entry: Entry,
    *,
    kb_version: str,
    confidence: float | None = None,
    reserve: int = 0,
    caveat: str | None = None,
    answer_text: str | None = None,
    language: Language = ENGLISH,
) -> discord.Embed:
    """`reserve`: characters of the message's 6,000 kept for other embeds (the calls to action).

    `caveat` (a partial answer: what the sources do not give) opens the description in bold,
    set apart from the answer by a rule; `answer_text` is the answer as shown for this question
    (a partial one drops the entry's leading "Yes."/"No."). `language`: a Persian reply's
    title, translation label and review state, or its note; quotes stay verbatim."""
    footer = f"FAQ entry {entry.id} \u00b7 FAQ version {kb_version}"
    if confidence is not None:
        footer += f" \u00b7 confidence {confidence:.0f}/100"
    title = limits.trim(rtl(safe(language.title or entry.question), language.lang), limits.EMBED_TITLE)
    footer = limits.trim(footer, limits.FOOTER)
    lead = ""
    if language.note:
        note_lang = i18n.FA if i18n.has_rtl(language.note) else i18n.EN  # in the asker's language
        lead += rtl(f"*{safe(language.note)}*", note_lang) + "\n"
    if language.label:
        lead += rtl(f"**{safe(language.label)}** \u00b7 *{safe(language.review or '')}*", language.lang) + "\n"
    if caveat:
        caveat_line = f"{CAVEAT_MARK} **{limits.trim(safe(caveat), limits.EMBED_DESCRIPTION // 4)}**"
        lead += rtl(caveat_line, language.lang) + "\n\u2014\u2014\u2014\n"
    # Description budget: its own limit, and the 6,000 total shared with title and footer.
    budget = min(limits.EMBED_DESCRIPTION, limits.EMBED_TOTAL - reserve - len(title) - len(footer)) - len(lead)
    answer = safe(answer_text if answer_text is not None else entry.answer)
    quotes = list(entry.quotes)
    translations = [language.quotes[i] if i < len(language.quotes) else None for i in range(len(quotes))]
    quotes_size = sum(len(_quote_block(q, None, t, language.lang)[0]) + 2 for q, t in zip(quotes, translations))
    answer_room = budget if not quotes else max(budget // 3, budget - quotes_size)
    marks = answer.count("\n") + 1 if language.lang == i18n.FA else 0  # one right-to-left mark a line
    answer = rtl(limits.trim(answer, answer_room - marks), language.lang)
    description = lead + _fit_quotes(answer, quotes, budget, translations, language.lang)
    embed = discord.Embed(title=title, description=description, colour=ANSWER_COLOUR)
    embed.set_footer(text=footer)
    return embed


def _fit_quotes(
    answer: str, quotes: Sequence[Quote], budget: int, translations: Sequence[str | None] = (), lang: str = i18n.EN
) -> str:
    """The answer followed by as many quotes as fit; shortened ones and left-out ones say so."""
    sep = "\n\n"
    translations = list(translations) + [None] * (len(quotes) - len(translations))
    blocks = [_quote_block(q, None, t, lang)[0] for q, t in zip(quotes, translations)]
    if len(answer) + sum(len(sep) + len(b) for b in blocks) <= budget:
        return sep.join([answer, *blocks])
    for shown in range(len(quotes), 0, -1):
        hidden = len(quotes) - shown
        tail = MORE_QUOTES.format(n=hidden, s="" if hidden == 1 else "s") if hidden else ""
        room = budget - len(answer) - (len(sep) + len(tail) if tail else 0) - len(sep) * shown
        if room <= 0:
            continue
        # Quotes that fit whole keep their full length; the rest share what is left equally.
        left, n = room, shown
        for size in sorted(len(b) for b in blocks[:shown]):
            if size > left // n:
                break
            left, n = left - size, n - 1
        share = left // n if n else room
        if share < MIN_QUOTE_BUDGET and shown > 1:
            continue
        parts = [answer]
        for quote, block, tr in zip(quotes[:shown], blocks[:shown], translations):
            parts.append(block if len(block) <= share else _quote_block(quote, share, tr, lang)[0])
        if tail:
            parts.append(tail)
        text = sep.join(parts)
        if len(text) <= budget:
            return text
    # Not even one quote fits beside the answer: keep the answer, point to the sources.
    tail = MORE_QUOTES.format(n=len(quotes), s="" if len(quotes) == 1 else "s")
    return limits.trim(answer, budget - len(sep) - len(tail)) + sep + tail


CTA_TITLE = "From the campaign"
CTA_FOOTER = "The campaign's own words and links, not a quote from the sources."
CTA_COLOUR = discord.Colour(0xC27C0E)


def cta_embed(ctas: Sequence[CallToAction]) -> discord.Embed | None:
    """The calls to action under an answer: labelled as the campaign's own words, never quote-styled
    (no block quote, no quotation marks, no attribution), in their own embed and colour."""
    ctas = list(ctas)[: limits.ROW_WIDTH]
    if not ctas:
        return None
    embed = discord.Embed(title=CTA_TITLE, colour=CTA_COLOUR)
    for cta in ctas:
        embed.add_field(
            name=limits.trim(safe(cta.label), limits.FIELD_NAME),
            value=limits.trim(safe(cta.text), limits.FIELD_VALUE),
            inline=False,
        )
    embed.set_footer(text=CTA_FOOTER)
    return embed


def answer(
    entry: Entry,
    *,
    kb_version: str,
    confidence: float | None = None,
    ctas: Sequence[CallToAction] = (),
    caveat: str | None = None,
    answer_text: str | None = None,
    language: Language = ENGLISH,
) -> Message:
    """An answer: embed with the answer and its sourced quotes; with calls to action, a second
    embed ("From the campaign"). Its buttons are views.answer_view's."""
    extra = cta_embed(ctas)
    reserve = limits.embed_length(extra) if extra is not None else 0
    embeds = [
        answer_embed(
            entry,
            kb_version=kb_version,
            confidence=confidence,
            reserve=reserve,
            caveat=caveat,
            answer_text=answer_text,
            language=language,
        )
    ]
    if extra is not None:
        embeds.append(extra)
    return Message(embeds=embeds, kind=MessageKind.ANSWER)


# -- did you mean / no match --------------------------------------------------------------------

DID_YOU_MEAN = i18n.t("did_you_mean_discord")


# -- "None of these", Answer with FAQ (the message context menu): their words -------------------
# (the buttons are views.py's and components.py's)

NONE_OF_THESE_KEPT = i18n.t("none_of_these_kept")
NONE_OF_THESE_NOT_KEPT = i18n.t("none_of_these_not_kept")


def none_of_these_text(*, kept: bool, lang: str = i18n.EN) -> Message:
    """A "did you mean" after "None of these": what happens to the question (in `lang`)."""
    content = rtl(i18n.t("none_of_these_kept" if kept else "none_of_these_not_kept", lang), lang)
    return Message(content=content, embeds=[], kind=MessageKind.INFO)


# Said to the invoker in the language of the message answered (English here; Persian in i18n).
PREVIEW = i18n.t("aw_preview")
AW_DID_YOU_MEAN = i18n.t("aw_did_you_mean")
AW_NO_MATCH = i18n.t("aw_no_match")
AW_NO_TEXT = "That message has no text to answer."
AW_BOT = "That message is from a bot: Answer with FAQ answers people's messages."
AW_SAFE = i18n.t("aw_safe")
POSTED = i18n.t("aw_posted")
TARGET_GONE = "That message no longer exists: nothing was posted."
CANNOT_POST = "I am not allowed to post in this channel: nothing was posted."


def answer_preview_text(answer_message: Message, lang: str = i18n.EN) -> Message:
    """Answer with FAQ: the answer as it would be posted, shown privately first (its Post button is
    views.answer_preview's)."""
    return Message(content=rtl(i18n.t("aw_preview", lang), lang), embeds=answer_message.embeds, kind=MessageKind.INFO)


def answer_with_text(lang: str = i18n.EN) -> Message:
    """Answer with FAQ, "did you mean": its words (its choices are views.answer_with_suggestions')."""
    return Message(content=rtl(i18n.t("aw_did_you_mean", lang), lang), kind=MessageKind.SUGGEST)


def did_you_mean_text(lang: str = i18n.EN) -> Message:
    """The words of a "did you mean" (its choices are views.did_you_mean's)."""
    return Message(content=rtl(i18n.t("did_you_mean_discord", lang), lang), kind=MessageKind.SUGGEST)


def answer_in(entry: Entry, lang: str) -> str:
    tr = entry.translation(lang)
    return tr.answer if tr is not None else entry.answer


def no_match(*, browse: bool = True, entries: int | None = None, lang: str = i18n.EN) -> Message:
    """The short, friendly "I don't know" (sent ephemerally to /ask), in `lang`."""
    if lang == i18n.FA:
        hint = "`/faq list` همه را نشان می‌دهد" if browse else "`/ask` هنگام نوشتن آن‌ها را پیشنهاد می‌کند"
        return Message(
            content=rtl(i18n.t("no_match_discord", lang, n=entries or "", hint=hint), lang), kind=MessageKind.NONE
        )
    what = f"the {entries} questions in this server's FAQ" if entries else "the questions in this server's FAQ"
    hint = "`/faq list` shows them all" if browse else "`/ask` suggests them as you type"
    return Message(
        content=(
            f"Sorry, I don't have a sourced answer to that. I can only answer {what}: {hint}. "
            "Try asking in other words, too."
        ),
        kind=MessageKind.NONE,
    )


EXAMPLE_CHARS = 200  # an example question longer than this is trimmed


def talk(said: TalkReply, *, browse: bool = True) -> Message:
    """A greeting, thanks or help reply (what the bot does, three of the FAQ's questions, how to
    browse); or, to a follow-up such as "why?", the source paragraphs of the last answer."""
    fa = said.lang == i18n.FA
    if said.entry is not None:
        pages = source_pages(said.entry)
        question = i18n.isolate(safe(said.entry.question_in(said.lang)))
        intro = limits.trim(rtl(f"{said.heading()} (*{question}*):", said.lang), 500)
        return Message(content=intro, embeds=pages[0], more=pages[1:], kind=MessageKind.INFO)
    lines = [f"{safe(said.lead)} {safe(said.about)}".strip()]
    if said.examples:
        lines.append(i18n.t("for_example", said.lang))
        lines += [f"\N{BULLET} {safe(limits.trim(q, EXAMPLE_CHARS))}" for q in said.example_questions()]
    if fa:
        lines.append(i18n.t("browse", said.lang, browse="`/faq list`") if browse else i18n.t("browse_ask", said.lang))
    else:
        lines.append(
            "`/faq list` shows every question I can answer."
            if browse
            else "`/ask` suggests the questions I can answer as you type."
        )
    text = "\n".join(rtl(line, said.lang) for line in lines)
    return Message(content=limits.trim(text, limits.CONTENT), kind=MessageKind.INFO)


def slow_down(retry_after: float) -> str:
    return f"Slow down a little: you can ask again in {max(1, math.ceil(retry_after))} s."


def vote_message(outcome: VoteOutcome, helpful: bool) -> str:
    word = "helpful" if helpful else "not helpful"
    if outcome is VoteOutcome.SAME:
        return f"You already marked this answer as {word}. One vote per person."
    if outcome is VoteOutcome.CHANGED:
        return f"Vote changed: you marked this answer as {word}. Thanks!"
    return f"Thanks! You marked this answer as {word}."


def entry_gone(entry_id: str) -> str:
    return UNKNOWN_ENTRY.format(id=safe(limits.trim(entry_id, 100)))


# -- show source --------------------------------------------------------------------------------


def _paragraph_with_quotes(paragraph: QuotedParagraph) -> str:
    """The paragraph, escaped, with every quoted span in bold."""
    parts, at = [], 0
    for start, end in paragraph.spans:
        parts.append(safe(paragraph.text[at:start]))
        parts.append(f"**{safe(paragraph.text[start:end])}**")
        at = end
    parts.append(safe(paragraph.text[at:]))
    return "".join(parts)


def _split(text: str, limit: int) -> list[str]:
    """Split at white space into pieces of at most `limit` characters (nothing is dropped)."""
    pieces = []
    while len(text) > limit:
        cut = text.rfind(" ", limit // 2, limit)
        cut = limit if cut <= 0 else cut
        piece = text[:cut]
        while piece.endswith("\\") and len(piece) > 1:  # never split an escape from its character
            piece, cut = piece[:-1], cut - 1
        pieces.append(piece)
        text = text[cut:].lstrip(" ")
    pieces.append(text)
    return pieces


CONTINUED = " (continued)"
_BOLD = re.compile(r"(?<!\\)\*\*")


def _split_bold(text: str, limit: int) -> list[str]:
    """`_split`, closing a bold span at the end of a piece and reopening it in the next."""
    pieces = _split(text, limit - 4)
    out, bold = [], False
    for piece in pieces:
        markers = len(_BOLD.findall(piece))
        opened = bold
        bold = bold ^ (markers % 2 == 1)
        out.append(("**" if opened else "") + piece + ("**" if bold else ""))
    return out


def source_pages(entry: Entry) -> list[list[discord.Embed]]:
    """Each quoted paragraph in full, the quoted words in bold, as messages of embeds.

    Quotes from one paragraph share it. Each inner list is one message (at most 10 embeds, 6,000
    characters); a paragraph longer than an embed continues in the next one, so nothing is cut.
    """
    from ..engine import quoted_paragraphs

    paragraphs = quoted_paragraphs(entry)
    embeds: list[discord.Embed] = []
    for i, paragraph in enumerate(paragraphs, 1):
        source = paragraph.source
        title = limits.trim(f"{i}/{len(paragraphs)} \u00b7 {safe(source.title)}", limits.EMBED_TITLE - len(CONTINUED))
        footer = limits.trim(
            f"Paragraph {paragraph.number} of {len(source.paragraphs)} \u00b7 {source.kind} \u00b7 source {source.id}",
            limits.FOOTER,
        )
        quotes = sum(1 for q in entry.quotes if (q.source.id, q.paragraph) == (source.id, paragraph.number))
        label = "Quoted" if quotes == 1 else f"{quotes} quotes"
        header = limits.trim(f"{label} (in bold): {safe('; '.join(paragraph.attributions))}", 1000)
        room = min(limits.EMBED_DESCRIPTION, limits.EMBED_TOTAL - len(title) - len(footer)) - len(header) - 2
        pieces = _split_bold(_paragraph_with_quotes(paragraph), max(room, 500))
        for n, piece in enumerate(pieces):
            part_title = title if n == 0 else title + CONTINUED
            embed = discord.Embed(
                title=part_title, description=f"{header}\n\n{piece}" if n == 0 else piece, colour=SOURCE_COLOUR
            )
            embed.set_footer(text=footer)
            embeds.append(embed)
    if not embeds:
        embeds.append(discord.Embed(title="No quotes", description="This entry has no quotes.", colour=SOURCE_COLOUR))
    return _pack(embeds)


def _pack(embeds: Iterable[discord.Embed]) -> list[list[discord.Embed]]:
    """Group embeds into messages of at most 10 embeds and 6,000 characters."""
    messages: list[list[discord.Embed]] = [[]]
    size = 0
    for embed in embeds:
        length = limits.embed_length(embed)
        if messages[-1] and (len(messages[-1]) >= limits.EMBEDS or size + length > limits.EMBED_TOTAL):
            messages.append([])
            size = 0
        messages[-1].append(embed)
        size += length
    return messages


# -- browsing -----------------------------------------------------------------------------------


def faq_list_page(kb: KnowledgeBase, page: int, per_page: int) -> Message:
    """One page of `/faq list` (pages numbered from 0); its buttons are views.faq_list_page's."""
    page, pages = list_pages(kb, page, per_page)
    per_page = max(1, min(per_page, 25))
    entries = list(kb.entries.values())
    chunk = entries[page * per_page : (page + 1) * per_page]
    title = f"FAQ: {len(entries)} questions"
    footer = limits.trim(
        f"Page {page + 1} of {pages} \u00b7 FAQ version {kb.version} \u00b7 /faq show id: shows one", limits.FOOTER
    )
    room = min(limits.EMBED_DESCRIPTION, limits.EMBED_TOTAL - len(title) - len(footer))
    line_room = max(40, room // max(1, len(chunk)) - 1)
    lines = [limits.trim(f"`{e.id}` {safe(e.question)}", line_room) for e in chunk] or ["The FAQ is empty."]
    embed = discord.Embed(title=title, description=limits.trim("\n".join(lines), room), colour=ANSWER_COLOUR)
    embed.set_footer(text=footer)
    return Message(embeds=[embed])


def list_pages(kb: KnowledgeBase, page: int, per_page: int) -> tuple[int, int]:
    """(page shown, pages) of `/faq list` for a requested page (numbered from 0)."""
    per_page = max(1, min(per_page, 25))
    pages = max(1, math.ceil(len(kb.entries) / per_page))
    return max(0, min(page, pages - 1)), pages


def sources_list(sources: Sequence[Source]) -> Message:
    """`/sources`: each source document with its metadata, as embed fields."""
    sources = list(sources)
    shown = sources[: limits.EMBED_FIELDS]
    title = f"Sources: {len(sources)} document{'s' if len(sources) != 1 else ''}"
    description = "Every quote the bot shows is copied from one of these, verified word for word."
    if len(sources) > len(shown):
        description += f" The first {len(shown)} are listed."
    embed = discord.Embed(title=title, description=description, colour=SOURCE_COLOUR)
    room = limits.EMBED_TOTAL - len(title) - len(description)
    per_field = max(60, room // max(1, len(shown)))
    for source in shown:
        name = limits.trim(safe(source.title), min(limits.FIELD_NAME, per_field // 3))
        meta = (
            f"{source.kind} \u00b7 language {source.language} \u00b7 {len(source.paragraphs)} paragraphs"
            f" \u00b7 id `{source.id}`"
        )
        # Where it comes from, when known (seeds/*.yaml: publisher, published, url, archived_url).
        origin = " \u00b7 ".join(safe(part) for part in (source.publisher, source.published) if part)
        links = " \u00b7 ".join(
            f"{label}: {safe_plain(url)}"
            for label, url in (("original", source.url), ("archived", source.archived_url))
            if url
        )
        value = "\n".join(part for part in (meta, origin, links, safe(source.description)) if part)
        value = limits.trim(value, min(limits.FIELD_VALUE, per_field - len(name)))
        embed.add_field(name=name or "\u200b", value=value or "\u200b", inline=False)
    if not shown:
        embed.description = "No source documents are loaded."
    return Message(embeds=[embed])
