"""Plain-text rendering of engine replies, for the terminal (ask, chat).

A Persian reply (`Reply.lang` "fa") opens each of its right-to-left lines with a right-to-left
mark (i18n.rtl_lines), so a terminal that lays out bidirectional text (VTE, iTerm2, Windows
Terminal) shows it right to left even when a line starts with a number or a Latin name; quotes
in English stay left to right. Quotes are always the source's own words, in quotation marks; a
translation of a quote follows it, labelled, without quotation marks.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from .engine import Engine, Entry, Outcome, Reply, SafeRoute, TalkReply, i18n

WIDTH = 88
# How each terminal front end lists the FAQ, named in refusals and conversation replies.
BROWSE_CLI = "`faqbot list`"
BROWSE_CHAT = "`:list`"


def _wrap(text: str, indent: str = "", lang: str = i18n.EN) -> str:
    """Wrapped to WIDTH; text in a right-to-left language (`lang` "fa") gets a right-to-left mark
    on each line, decided by the language it is written in, not its first letter ("UN گزارش..."
    is a Persian line)."""
    wrapped = textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)
    return i18n.rtl_lines(wrapped) if i18n.base(lang) == i18n.FA else wrapped


def render_reply(reply: Reply, engine: Engine, browse: str = BROWSE_CLI) -> str:
    """`browse`: how this front end lists the FAQ (`faqbot list`, or `:list` in the chat)."""
    if reply.safe_route is not None:
        return render_safe_route(reply.safe_route)
    if reply.talk is not None:
        return render_talk(reply.talk, browse)
    result = reply.result
    lang = reply.lang
    if result.outcome is Outcome.ANSWER and reply.entry is not None:
        entry = reply.entry
        lines = []
        if reply.note:  # a Persian question, an answer with no Persian translation yet
            lines += [_wrap(reply.note, lang=reply.asked_in), ""]
        if reply.label:  # a translation, always said to be one, with its review state
            lines += [_wrap(f"{reply.label} \u00b7 {reply.review_state}", lang=lang), ""]
        if reply.caveat:
            # Apart from the answer, so nobody reads the entry's answer as one to the question asked.
            lines += [_wrap(f"(!) {reply.caveat}", lang=lang), ""]
        lines += [_wrap(reply.answer or entry.answer, lang=lang), ""]
        for i, quote in enumerate(entry.quotes):
            lines.append(_wrap(f"\u201c{quote.text}\u201d", "    "))
            translated = reply.quote_translation(i)
            if translated:
                lines.append(_wrap(f"{i18n.t('quote_translation', lang)}: {translated}", "      ", lang))
            lines.append(_wrap(f"\u2014 {quote.attribution}", "      ", quote.source.language))
            lines.append(_wrap(i18n.t("in_source", lang, title=quote.source.title, n=quote.paragraph), "      ", lang))
            lines.append("")
        scope = " \u00b7 partial answer" if reply.partial else ""
        lines.append(
            f"[{entry.id} \u00b7 confidence {result.score:.0f}/100{scope} \u00b7 FAQ version {engine.kb.version}]"
        )
        return "\n".join(lines)
    if result.outcome is Outcome.SUGGEST and result.suggestions:
        lines = [_wrap(i18n.t("did_you_mean", lang), lang=lang)]
        for i, entry_id in enumerate(result.suggestions, 1):
            offered = engine.entry(entry_id)
            question = offered.question_in(lang) if offered else entry_id
            line = f"  {i}. {question}  [{entry_id}]"
            in_persian = offered is not None and offered.translation(lang) is not None and lang == i18n.FA
            lines.append(i18n.rtl_lines(line) if in_persian else line)
        return "\n".join(lines)
    return _wrap(i18n.t("refusal", lang, n=len(engine.kb), browse=browse), lang=lang)


def render_safe_route(route: SafeRoute) -> str:
    """A person in danger: the message, the campaign's vetted contacts, the privacy advice."""
    out = []
    for line in route.text().split("\n"):
        indent = line[: len(line) - len(line.lstrip())]
        out.append(_wrap(line.strip(), indent, lang=route.language) if line.strip() else "")
    return "\n".join(out)


def render_talk(talk: TalkReply, browse: str) -> str:
    """A greeting, thanks or help reply, or a follow-up's source paragraphs, wrapped."""
    out = []
    for line, lang in talk.lines(browse):
        indent = line[: len(line) - len(line.lstrip())]
        out.append(_wrap(line.strip(), indent, lang) if line.strip() else "")
    return "\n".join(out)


def render_related(entries: Sequence[Entry], lang: str = i18n.EN) -> str:
    """The follow-ups after an answer in the chat (its `related:`), each question in `lang` where
    the entry is translated; typing a number shows one."""
    lines = ["Related (type a number):"]
    lines += [_wrap(f"{i}. {e.question_in(lang)}", "  ") for i, e in enumerate(entries, 1)]
    return "\n".join(lines)


def render_list(engine: Engine) -> str:
    width = max((len(e) for e in engine.kb.entries), default=0)
    return "\n".join(f"{eid.ljust(width)}  {entry.question}" for eid, entry in engine.kb.entries.items())
