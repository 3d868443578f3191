"""What moderators are shown: outcomes of edits, problems, history, the review queue, statistics.

Pure functions over engine and moderation objects, returning `render.Message`s within Discord's
limits; every text from the FAQ or from users is escaped (it can never ping or format).
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from pathlib import Path

import discord

from ...discord_app import limits
from ...discord_app.render import Message, safe
from ...engine import Problem, i18n
from ...moderation import Applied, ChangeRecord, Invalid, ModerationError, ReviewGroup, StatsReport
from ...moderation.review import HOW_TO_TURN_ON, LANGUAGE_TAGS, TEXT_OFF, ReviewCounts, render_counts
from ...moderation.stats import percent, summary_lines

OK_COLOUR = discord.Colour(0x2B7A78)
REFUSED_COLOUR = discord.Colour(0xC0392B)
INFO_COLOUR = discord.Colour(0x5C6B73)

NOT_MODERATOR = (
    "Only FAQ moderators can do this (a moderator role from the bot's config, or the Manage Server permission)."
)
NOT_HOME_SERVER = "The FAQ can be moderated only in the campaign's own server: not here. Nothing was changed or shown."
MODERATION_OFF = (
    "Moderating the FAQ in Discord is off: the bot's config.yaml lists no home server. To turn "
    "it on, put the campaign server's id in `discord.home_guild_ids` and restart the bot. "
    "Meanwhile `faqbot history`, `faqbot undo`, `faqbot review` and `faqbot stats` work on the "
    "command line."
)
BUTTONS_EXPIRED = "These moderator buttons have expired (or the bot restarted): run the /faq-mod command again."
CONFIRM_DENIED = "Only the moderator who asked can confirm this."
CONFIRM_EXPIRED = "Not confirmed in time: nothing was changed."
MODAL_TOO_LONG = (
    "`{id}` is too long to edit in Discord (its {field} has {n} characters; a form box holds "
    "{limit}). Edit knowledge/{id}.yaml by hand; the bot picks it up with /faq-mod reload."
)
PROBLEM_LINE = 400


def problem_text(problem: Problem, base: Path | None) -> str:
    """`knowledge/x.yaml:12: x: message`, the path relative to `base` when it lies inside it."""
    path = problem.path
    if base is not None:
        try:
            rel = os.path.relpath(path, base)
            if not rel.startswith(".."):
                path = Path(rel)
        except ValueError:
            pass
    return f"{path}:{problem.line}: {problem.entry or '-'}: {problem.message}"


def problem_lines(problems: Sequence[Problem], base: Path | None, room: int) -> str:
    """As many problems as fit in `room` characters, each as `file:line: entry: message`."""
    lines: list[str] = []
    used = 0
    for n, problem in enumerate(problems):
        line = "\u2022 " + safe(limits.trim(problem_text(problem, base), PROBLEM_LINE))
        rest = len(problems) - n - 1
        tail = len(f"\n\u2026 and {rest} more: run `faqbot validate` for the full list") if rest else 0
        if used + len(line) + 1 + tail > room:
            lines.append(f"\u2026 and {len(problems) - n} more: run `faqbot validate` for the full list")
            break
        lines.append(line)
        used += len(line) + 1
    return "\n".join(lines)


def refused(error: ModerationError, base: Path | None, *, title: str = "Not saved") -> Message:
    problems = error.problems if isinstance(error, Invalid) else []
    head = safe(limits.trim(str(error), 1000))
    description = head
    if problems:
        description += "\n\n" + problem_lines(problems, base, limits.EMBED_DESCRIPTION - len(head) - 2)
    embed = discord.Embed(title=title, description=description, colour=REFUSED_COLOUR)
    return Message(embeds=[embed])


def applied(result: Applied) -> Message:
    change = result.change
    kb = result.engine.kb
    description = (
        f"{safe(limits.trim(change.summary, 1500))}\n\nChange #{change.id}. Now serving FAQ version "
        f"`{kb.version}` ({len(kb)} entries). `/faq-mod undo` reverts it."
    )
    embed = discord.Embed(title="Saved", description=description, colour=OK_COLOUR)
    return Message(embeds=[embed])


def reloaded(version: str, entries: int) -> Message:
    return Message(
        embeds=[
            discord.Embed(
                title="Reloaded",
                colour=OK_COLOUR,
                description=f"Now serving FAQ version `{version}` ({entries} entries), swapped in one step.",
            )
        ]
    )


def reload_refused(problems: Sequence[Problem], base: Path | None, serving: str) -> Message:
    head = (
        f"The files have {len(problems)} problem(s), so the bot keeps serving FAQ version `{serving}`. "
        "Fix them and reload again:"
    )
    body = problem_lines(problems, base, limits.EMBED_DESCRIPTION - len(head) - 2)
    return Message(
        embeds=[discord.Embed(title="Reload refused", description=f"{head}\n\n{body}", colour=REFUSED_COLOUR)]
    )


def log_line(who: str, change: ChangeRecord, version: str) -> str:
    """The moderators' log channel post for one change."""
    text = f"{who}: {change.summary} (change #{change.id}; FAQ version {version})"
    return safe(limits.trim(text, limits.CONTENT - 50))


def history(changes: Sequence[ChangeRecord], entry_id: str | None) -> Message:
    title = f"History of {entry_id}" if entry_id else "Recent FAQ changes"
    if not changes:
        return Message(
            embeds=[
                discord.Embed(
                    title=limits.trim(title, limits.EMBED_TITLE),
                    colour=INFO_COLOUR,
                    description="No change recorded yet.",
                )
            ]
        )
    lines = [safe(limits.trim(change.describe(), 300)) for change in changes]
    description = limits.trim("\n".join(lines), limits.EMBED_DESCRIPTION)
    embed = discord.Embed(title=limits.trim(title, limits.EMBED_TITLE), description=description, colour=INFO_COLOUR)
    embed.set_footer(text="faqbot history --change N shows a change in full; /faq-mod undo reverts the newest")
    return Message(embeds=[embed])


def confirm_remove(entry_id: str, question: str | None) -> str:
    what = f" (\u201c{safe(limits.trim(question, 200))}\u201d)" if question else ""
    return (
        f"Remove FAQ entry `{entry_id}`{what}? Its file is deleted and the bot stops answering it; "
        "`/faq-mod undo` brings it back."
    )


def confirm_undo(change: ChangeRecord) -> str:
    return (
        f"Undo change #{change.id} ({safe(limits.trim(change.summary, 500))}, by {safe(limits.trim(change.who, 100))} "
        f"at {change.at.replace('T', ' ')} UTC)? The file goes back to exactly what it was before."
    )


def review_group(group: ReviewGroup, index: int, total: int, reasons: dict[str, str]) -> Message:
    question = i18n.isolate(safe(group.question))  # a Persian question inside an English line
    title = limits.trim(
        f"Review {index + 1} of {total}: \u201c{question}\u201d \u00d7{group.count}", limits.EMBED_TITLE
    )
    why = ", ".join(f"{reasons.get(r, r)} \u00d7{c}" for r, c in group.reasons)
    parts = [f"**Why queued:** {safe(why)}"]
    if group.language != "en":
        parts.append(
            f"**Language:** {LANGUAGE_TAGS.get(group.language, group.language)}: added as a phrasing, it goes "
            "with the entry's Persian phrasings (`translations: fa:`) when the entry has them"
        )
    if len(group.variants) > 1:
        shown = [f"\u201c{i18n.isolate(safe(limits.trim(t, 150)))}\u201d \u00d7{c}" for t, c in group.variants[1:8]]
        more = len(group.variants) - 1 - len(shown)
        parts.append("**Also asked as:** " + "; ".join(shown) + (f"; and {more} more" if more > 0 else ""))
    if group.picked:
        parts.append(f'**Picked by the asker from "did you mean":** `{group.picked}`: one click adds it as a phrasing')
    elif group.closest:
        closest = [f"`{eid}`" + (f" ({score:.0f})" if score else "") for eid, score in group.closest]
        parts.append("**Closest entries:** " + ", ".join(closest))
    else:
        parts.append("**Closest entries:** none: consider a new entry")
    description = limits.trim("\n".join(parts), limits.EMBED_DESCRIPTION)
    embed = discord.Embed(title=title, description=description, colour=INFO_COLOUR)
    embed.set_footer(text="Questions are kept without who asked, and deleted after the retention period.")
    return Message(embeds=[embed])


REVIEW_EMPTY = "The review queue is empty: every question so far was answered with confidence."


def review_counts(counts: ReviewCounts) -> Message:
    """/faq-mod review with question text storage off: why there are no questions, what the counts
    say, and how to turn text storage on."""
    description = "\n".join([TEXT_OFF, "", *render_counts(counts), "", HOW_TO_TURN_ON])
    embed = discord.Embed(
        title="Review queue: question text storage is off",
        colour=INFO_COLOUR,
        description=limits.trim(description, limits.EMBED_DESCRIPTION),
    )
    return Message(embeds=[embed])


REVIEW_DONE = "That was the last group in the review queue."


def stats(report: StatsReport, top: int = 15) -> Message:
    embed = discord.Embed(
        title=f"FAQ statistics: last {report.days} day(s)",
        colour=INFO_COLOUR,
        description="\n".join(safe(line) for line in summary_lines(report)),
    )
    lines = []
    for e in report.entries[:top]:
        votes = e.helpful + e.not_helpful
        lines.append(
            f"`{e.entry_id}` {e.answers} answer(s)"
            + (f", helpful {percent(e.helpful_ratio)} of {votes} vote(s)" if votes else "")
        )
    if lines:
        embed.add_field(
            name="Most asked entries", value=limits.trim("\n".join(lines), limits.FIELD_VALUE), inline=False
        )
    voted = [e for e in report.entries if e.not_helpful]
    voted.sort(key=lambda e: (e.helpful_ratio or 0.0, -e.not_helpful))
    if voted:
        value = "\n".join(
            f"`{e.entry_id}` helpful {percent(e.helpful_ratio)} ({e.not_helpful} not helpful)" for e in voted[:10]
        )
        embed.add_field(name="Least helpful", value=limits.trim(value, limits.FIELD_VALUE), inline=False)
    embed.set_footer(text="faqbot stats --csv exports every entry for campaign staff")
    return Message(embeds=[embed])


CHART_FILE = "faq-stats.png"


def attach_chart(message: Message, png: bytes) -> None:
    """Show the stats chart inside the stats embed (an attachment the embed points at)."""
    message.files = [discord.File(io.BytesIO(png), filename=CHART_FILE, description="FAQ statistics chart")]
    message.embeds[0].set_image(url=f"attachment://{CHART_FILE}")
