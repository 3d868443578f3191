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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Sequence

import discord

from . import components as C
from . import limits as L
from ..store import VoteOutcome

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


@dataclass
class Message:
    """Keyword arguments for send/reply/edit: only what is set is sent."""

    content: str | None = None
    embeds: list[discord.Embed] = field(default_factory=list)
    view: discord.ui.View | None = None
    kind: MessageKind = field(default_factory=lambda: MessageKind.INFO)
    more: list[list[discord.Embed]] = field(default_factory=list)  # further messages of embeds, sent after it

    def kwargs(self) -> dict:
        out: dict = {}
        if self.content is not None:
            out["content"] = self.content
        if self.embeds:
            out["embeds"] = self.embeds
        if self.view is not None:
            out["view"] = self.view
        return out

    def violations(self) -> list[str]:
        return L.violations(self.content, self.embeds, self.view) + [
            problem for page in self.more for problem in L.violations(None, page)]


# -- text safety --------------------------------------------------------------------------------


def safe(text: str) -> str:
    """User or FAQ text shown literally: markdown escaped, mentions neutralised."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def safe_plain(text: str) -> str:
    """For places without markdown (button labels, select options): only mentions neutralised."""
    return discord.utils.escape_mentions(" ".join(text.split()))


def block_quote(text: str) -> str:
    return "\n".join("> " + line if line.strip() else ">" for line in text.splitlines() or [""])


# -- answers ------------------------------------------------------------------------------------


def _citation(quote: "Quote") -> str:
    return (
        f"\u2014 {safe(L.trim(quote.attribution, 300))}\n"
        f"*{safe(L.trim(quote.source.title, 300))}*, paragraph {quote.paragraph}"
    )


def _quote_block(quote: "Quote", budget: int | None) -> tuple[str, bool]:
    """One quote as a block quote with its citation; trimmed to `budget` characters if given."""
    citation = _citation(quote)
    text = safe(quote.text)
    full = f"{block_quote(text)}\n{citation}"
    if budget is None or len(full) <= budget:
        return full, False
    room = budget - len(citation) - len(QUOTE_SHORTENED) - 6
    shortened = L.trim(text, max(room, 1))
    return f"{block_quote(shortened)}\n{QUOTE_SHORTENED}\n{citation}", True


CAVEAT_MARK = "\u26a0\ufe0f"


def answer_embed(entry: "Entry", *, kb_version: str, confidence: float | None = None,
                 reserve: int = 0, caveat: str | None = None, answer_text: str | None = None) -> discord.Embed:
    """`reserve`: characters of the message's 6,000 kept for other embeds (the calls to action).

    `caveat` (a partial answer: what the sources do not give) opens the description in bold,
    set apart from the answer by a rule; `answer_text` is the answer as shown for this question
    (a partial one drops the entry's leading "Yes."/"No.")."""
    footer = f"FAQ entry {entry.id} \u00b7 FAQ version {kb_version}"
    if confidence is not None:
        footer += f" \u00b7 confidence {confidence:.0f}/100"
    title = L.trim(safe(entry.question), L.EMBED_TITLE)
    footer = L.trim(footer, L.FOOTER)
    lead = f"{CAVEAT_MARK} **{L.trim(safe(caveat), L.EMBED_DESCRIPTION // 4)}**\n\u2014\u2014\u2014\n" if caveat else ""
    # Description budget: its own limit, and the 6,000 total shared with title and footer.
    budget = min(L.EMBED_DESCRIPTION, L.EMBED_TOTAL - reserve - len(title) - len(footer)) - len(lead)
    answer = safe(answer_text if answer_text is not None else entry.answer)
    quotes = list(entry.quotes)
    quotes_size = sum(len(_quote_block(q, None)[0]) + 2 for q in quotes)
    answer_room = budget if not quotes else max(budget // 3, budget - quotes_size)
    answer = L.trim(answer, answer_room)
    description = lead + _fit_quotes(answer, quotes, budget)
    embed = discord.Embed(title=title, description=description, colour=ANSWER_COLOUR)
    embed.set_footer(text=footer)
    return embed


def _fit_quotes(answer: str, quotes: Sequence["Quote"], budget: int) -> str:
    """The answer followed by as many quotes as fit; shortened ones and left-out ones say so."""
    sep = "\n\n"
    blocks = [_quote_block(q, None)[0] for q in quotes]
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
        for quote, block in zip(quotes[:shown], blocks[:shown]):
            parts.append(block if len(block) <= share else _quote_block(quote, share)[0])
        if tail:
            parts.append(tail)
        text = sep.join(parts)
        if len(text) <= budget:
            return text
    # Not even one quote fits beside the answer: keep the answer, point to the sources.
    tail = MORE_QUOTES.format(n=len(quotes), s="" if len(quotes) == 1 else "s")
    return L.trim(answer, budget - len(sep) - len(tail)) + sep + tail


def answer_view(entry_id: str, asker: str | None, ctas: Sequence["CallToAction"] = ()) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(C.ShowSource(entry_id))
    view.add_item(C.Vote(entry_id, True))
    view.add_item(C.Vote(entry_id, False))
    if asker is not None:
        view.add_item(C.DeleteAnswer(asker))
    for cta in list(ctas)[: L.ROW_WIDTH]:  # link buttons: no custom_id, nothing to restore after a restart
        view.add_item(discord.ui.Button(style=discord.ButtonStyle.link, url=cta.url,
                                        label=L.trim(safe_plain(cta.label), L.BUTTON_LABEL), row=1))
    return view


CTA_TITLE = "From the campaign"
CTA_FOOTER = "The campaign's own words and links, not a quote from the sources."
CTA_COLOUR = discord.Colour(0xC27C0E)


def cta_embed(ctas: Sequence["CallToAction"]) -> discord.Embed | None:
    """The calls to action under an answer: labelled as the campaign's own words, never quote-styled
    (no block quote, no quotation marks, no attribution), in their own embed and colour."""
    ctas = list(ctas)[: L.ROW_WIDTH]
    if not ctas:
        return None
    embed = discord.Embed(title=CTA_TITLE, colour=CTA_COLOUR)
    for cta in ctas:
        embed.add_field(name=L.trim(safe(cta.label), L.FIELD_NAME), value=L.trim(safe(cta.text), L.FIELD_VALUE),
                        inline=False)
    embed.set_footer(text=CTA_FOOTER)
    return embed


def answer(entry: "Entry", *, kb_version: str, asker: str | None, confidence: float | None = None,
           ctas: Sequence["CallToAction"] = (), caveat: str | None = None,
           answer_text: str | None = None) -> Message:
    """An answer: embed with the answer and its sourced quotes, and the answer buttons; with calls
    to action, a second embed ("From the campaign") and a row of link buttons."""
    extra = cta_embed(ctas)
    reserve = L.embed_length(extra) if extra is not None else 0
    embeds = [answer_embed(entry, kb_version=kb_version, confidence=confidence, reserve=reserve,
                           caveat=caveat, answer_text=answer_text)]
    if extra is not None:
        embeds.append(extra)
    return Message(embeds=embeds, view=answer_view(entry.id, asker, ctas), kind=MessageKind.ANSWER)


# -- did you mean / no match --------------------------------------------------------------------

DID_YOU_MEAN = ("I'm not sure which question you mean. Did you mean one of these? "
                "(Only the person who asked can choose.)")


def did_you_mean(entries: Sequence["Entry"], *, asker: str) -> Message:
    """Buttons (up to five suggestions) or a select (up to 25) on the first row, usable only by the
    asker; Delete (the asker or a moderator) on the second."""
    entries = list(entries)[: L.SELECT_OPTIONS]
    view = discord.ui.View(timeout=None)
    if len(entries) <= L.ROW_WIDTH:
        for entry in entries:
            label = L.trim(safe_plain(entry.question), L.BUTTON_LABEL)
            view.add_item(C.PickSuggestion(asker, entry.id, label, row=0))
    else:
        options = [
            discord.SelectOption(
                label=L.trim(safe_plain(entry.question), L.SELECT_LABEL),
                value=entry.id,
                description=L.trim(safe_plain(entry.answer), L.SELECT_DESCRIPTION),
            )
            for entry in entries
        ]
        view.add_item(C.PickSelect(asker, options, row=0))
    view.add_item(C.DeleteAnswer(asker, row=1))
    return Message(content=DID_YOU_MEAN, view=view, kind=MessageKind.SUGGEST)


def no_match(*, browse: bool = True, entries: int | None = None) -> Message:
    """The short, friendly "I don't know" (sent ephemerally to /ask)."""
    what = f"the {entries} questions in this server's FAQ" if entries else "the questions in this server's FAQ"
    hint = "`/faq list` shows them all" if browse else "`/ask` suggests them as you type"
    return Message(content=(
        f"Sorry, I don't have a sourced answer to that. I can only answer {what}: {hint}. "
        "Try asking in other words, too."
    ), kind=MessageKind.NONE)


def reply_for(reply: "Reply", kb: "KnowledgeBase", *, asker: str, browse: bool = True,
              ctas: Sequence["CallToAction"] = ()) -> Message:
    """The message for any engine reply: answer (with `ctas` under it), did you mean, or no match."""
    from ..engine import Outcome

    if reply.talk is not None:
        return talk(reply.talk, browse=browse)
    result = reply.result
    if result.outcome is Outcome.ANSWER and reply.entry is not None:
        return answer(reply.entry, kb_version=kb.version, asker=asker, ctas=ctas,
                      caveat=reply.caveat, answer_text=reply.answer)
    if result.outcome is Outcome.SUGGEST:
        entries = [kb.entries[i] for i in result.suggestions if i in kb.entries]
        if entries:
            return did_you_mean(entries, asker=asker)
    return no_match(browse=browse, entries=len(kb.entries))


EXAMPLE_CHARS = 200  # an example question longer than this is trimmed


def talk(said: "TalkReply", *, browse: bool = True) -> Message:
    """A greeting, thanks or help reply (what the bot does, three of the FAQ's questions, how to
    browse); or, to a follow-up such as "why?", the source paragraphs of the last answer."""
    if said.entry is not None:
        pages = source_pages(said.entry)
        s = "" if len(said.paragraphs) == 1 else "s"
        intro = L.trim(f"The source{s} of my last answer (*{safe(said.entry.question)}*):", 500)
        return Message(content=intro, embeds=pages[0], more=pages[1:], kind=MessageKind.INFO)
    lines = [f"{said.lead} {safe(said.about)}".strip()]
    if said.examples:
        lines.append("For example:")
        lines += [f"\N{BULLET} {safe(L.trim(e.question, EXAMPLE_CHARS))}" for e in said.examples]
    lines.append("`/faq list` shows every question I can answer." if browse
                 else "`/ask` suggests the questions I can answer as you type.")
    return Message(content=L.trim("\n".join(lines), L.CONTENT), kind=MessageKind.INFO)


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
    return UNKNOWN_ENTRY.format(id=safe(L.trim(entry_id, 100)))


# -- show source --------------------------------------------------------------------------------


def _paragraph_with_quotes(paragraph: "QuotedParagraph") -> str:
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


def source_pages(entry: "Entry") -> list[list[discord.Embed]]:
    """Each quoted paragraph in full, the quoted words in bold, as messages of embeds.

    Quotes from one paragraph share it. Each inner list is one message (at most 10 embeds, 6,000
    characters); a paragraph longer than an embed continues in the next one, so nothing is cut.
    """
    from ..engine import quoted_paragraphs

    paragraphs = quoted_paragraphs(entry)
    embeds: list[discord.Embed] = []
    for i, paragraph in enumerate(paragraphs, 1):
        source = paragraph.source
        title = L.trim(f"{i}/{len(paragraphs)} \u00b7 {safe(source.title)}", L.EMBED_TITLE - len(CONTINUED))
        footer = L.trim(
            f"Paragraph {paragraph.number} of {len(source.paragraphs)} \u00b7 {source.kind}"
            f" \u00b7 source {source.id}",
            L.FOOTER,
        )
        quotes = sum(1 for q in entry.quotes if (q.source.id, q.paragraph) == (source.id, paragraph.number))
        label = "Quoted" if quotes == 1 else f"{quotes} quotes"
        header = L.trim(f"{label} (in bold): {safe('; '.join(paragraph.attributions))}", 1000)
        room = min(L.EMBED_DESCRIPTION, L.EMBED_TOTAL - len(title) - len(footer)) - len(header) - 2
        pieces = _split_bold(_paragraph_with_quotes(paragraph), max(room, 500))
        for n, piece in enumerate(pieces):
            part_title = title if n == 0 else title + CONTINUED
            embed = discord.Embed(title=part_title, description=f"{header}\n\n{piece}" if n == 0 else piece,
                                  colour=SOURCE_COLOUR)
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
        length = L.embed_length(embed)
        if messages[-1] and (len(messages[-1]) >= L.EMBEDS or size + length > L.EMBED_TOTAL):
            messages.append([])
            size = 0
        messages[-1].append(embed)
        size += length
    return messages


# -- browsing -----------------------------------------------------------------------------------


def faq_list_page(kb: "KnowledgeBase", page: int, per_page: int) -> Message:
    """One page of `/faq list` (pages numbered from 0), with previous / next buttons."""
    per_page = max(1, min(per_page, 25))
    entries = list(kb.entries.values())
    pages = max(1, math.ceil(len(entries) / per_page))
    page = max(0, min(page, pages - 1))
    chunk = entries[page * per_page: (page + 1) * per_page]
    title = f"FAQ: {len(entries)} questions"
    footer = L.trim(f"Page {page + 1} of {pages} \u00b7 FAQ version {kb.version} \u00b7 /faq show id: shows one",
                    L.FOOTER)
    room = min(L.EMBED_DESCRIPTION, L.EMBED_TOTAL - len(title) - len(footer))
    line_room = max(40, room // max(1, len(chunk)) - 1)
    lines = [L.trim(f"`{e.id}` {safe(e.question)}", line_room) for e in chunk] or ["The FAQ is empty."]
    embed = discord.Embed(title=title, description=L.trim("\n".join(lines), room), colour=ANSWER_COLOUR)
    embed.set_footer(text=footer)
    view = discord.ui.View(timeout=None)
    view.add_item(C.ListPage(max(page - 1, 0), False, disabled=page == 0))
    view.add_item(C.ListPage(min(page + 1, pages - 1), True, disabled=page >= pages - 1))
    return Message(embeds=[embed], view=view)


def sources_list(sources: Sequence["Source"]) -> Message:
    """`/sources`: each source document with its metadata, as embed fields."""
    sources = list(sources)
    shown = sources[: L.EMBED_FIELDS]
    title = f"Sources: {len(sources)} document{'s' if len(sources) != 1 else ''}"
    description = "Every quote the bot shows is copied from one of these, verified word for word."
    if len(sources) > len(shown):
        description += f" The first {len(shown)} are listed."
    embed = discord.Embed(title=title, description=description, colour=SOURCE_COLOUR)
    room = L.EMBED_TOTAL - len(title) - len(description)
    per_field = max(60, room // max(1, len(shown)))
    for source in shown:
        name = L.trim(safe(source.title), min(L.FIELD_NAME, per_field // 3))
        meta = (f"{source.kind} \u00b7 language {source.language} \u00b7 {len(source.paragraphs)} paragraphs"
                f" \u00b7 id `{source.id}`")
        value = L.trim(f"{meta}\n{safe(source.description)}", min(L.FIELD_VALUE, per_field - len(name)))
        embed.add_field(name=name or "\u200b", value=value or "\u200b", inline=False)
    if not shown:
        embed.description = "No source documents are loaded."
    return Message(embeds=[embed])
