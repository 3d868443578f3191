"""Plain-text rendering of engine replies, for the terminal (ask, chat)."""

from __future__ import annotations

import textwrap

from .engine import Engine, Outcome, Reply

WIDTH = 88


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def render_reply(reply: Reply, engine: Engine) -> str:
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
    return (
        "I don't have a sourced answer to that. I can answer questions about the joint letter of "
        "34 NGOs on human rights in Iran; `faqbot list` shows them all."
    )


def render_list(engine: Engine) -> str:
    width = max((len(e) for e in engine.kb.entries), default=0)
    return "\n".join(f"{eid.ljust(width)}  {entry.question}" for eid, entry in engine.kb.entries.items())
