"""Plain-text rendering of engine replies, for the terminal (ask, chat)."""

from __future__ import annotations

import textwrap
from typing import Sequence

from .engine import Engine, Entry, Outcome, Reply, TalkReply
from .engine.saferoute import SafeRoute

WIDTH = 88
# How each terminal front end lists the FAQ, named in refusals and conversation replies.
BROWSE_CLI = "`faqbot list`"
BROWSE_CHAT = "`:list`"


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def render_reply(reply: Reply, engine: Engine, browse: str = BROWSE_CLI) -> str:
    """`browse`: how this front end lists the FAQ (`faqbot list`, or `:list` in the chat)."""
    if reply.safe_route is not None:
        return render_safe_route(reply.safe_route)
    if reply.talk is not None:
        return render_talk(reply.talk, browse)
    result = reply.result
    if result.outcome is Outcome.ANSWER and reply.entry is not None:
        entry = reply.entry
        lines = []
        if reply.caveat:
            # Apart from the answer, so nobody reads the entry's answer as one to the question asked.
            lines += [_wrap(f"(!) {reply.caveat}"), ""]
        lines += [_wrap(reply.answer or entry.answer), ""]
        for quote in entry.quotes:
            lines.append(_wrap(f"\u201c{quote.text}\u201d", "    "))
            lines.append(_wrap(f"\u2014 {quote.attribution}", "      "))
            lines.append(_wrap(f"in: {quote.source.title}, paragraph {quote.paragraph}", "      "))
            lines.append("")
        scope = " \u00b7 partial answer" if reply.partial else ""
        lines.append(f"[{entry.id} \u00b7 confidence {result.score:.0f}/100{scope} \u00b7 FAQ version {engine.kb.version}]")
        return "\n".join(lines)
    if result.outcome is Outcome.SUGGEST and result.suggestions:
        lines = ["I'm not sure what you mean. Did you mean:"]
        for i, entry_id in enumerate(result.suggestions, 1):
            entry = engine.entry(entry_id)
            lines.append(f"  {i}. {entry.question if entry else entry_id}  [{entry_id}]")
        return "\n".join(lines)
    return _wrap(
        f"I don't have a sourced answer to that. I can only answer the {len(engine.kb)} questions in this "
        f"FAQ: {browse} shows them all. Try asking in other words, too."
    )


def render_safe_route(route: SafeRoute) -> str:
    """A person in danger: the message, the campaign's vetted contacts, the privacy advice."""
    out = []
    for line in route.text().split("\n"):
        indent = line[: len(line) - len(line.lstrip())]
        out.append(_wrap(line.strip(), indent) if line.strip() else "")
    return "\n".join(out)


def render_talk(talk: TalkReply, browse: str) -> str:
    """A greeting, thanks or help reply, or a follow-up's source paragraphs, wrapped."""
    out = []
    for line in talk.text(browse).split("\n"):
        indent = line[: len(line) - len(line.lstrip())]
        out.append(_wrap(line.strip(), indent) if line.strip() else "")
    return "\n".join(out)


def render_related(entries: Sequence[Entry]) -> str:
    """The follow-ups after an answer in the chat (its `related:`); typing a number shows one."""
    lines = ["Related (type a number):"]
    lines += [_wrap(f"{i}. {e.question}", "  ") for i, e in enumerate(entries, 1)]
    return "\n".join(lines)


def render_list(engine: Engine) -> str:
    width = max((len(e) for e in engine.kb.entries), default=0)
    return "\n".join(f"{eid.ljust(width)}  {entry.question}" for eid, entry in engine.kb.entries.items())
