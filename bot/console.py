"""Plain-text rendering of engine replies, for the terminal (ask, chat).

A Persian reply (`Reply.lang` "fa") opens each of its right-to-left lines with a right-to-left
mark (i18n.rtl_lines), so a terminal that lays out bidirectional text (VTE, iTerm2, Windows
Terminal) shows it right to left even when a line starts with a number or a Latin name; quotes
in English stay left to right. Quotes are always the source's own words, in quotation marks; a
translation of a quote follows it, labelled, without quotation marks.
"""

from __future__ import annotations

import re
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
    is a Persian line). A number stays on the line of its word ("November 7", "440 people")."""
    glued = _glue_numbers(text)
    wrapped = textwrap.fill(glued, WIDTH, initial_indent=indent, subsequent_indent=indent)
    if glued is not text:
        wrapped = wrapped.replace(_GLUE, " ")
    return i18n.rtl_lines(wrapped) if i18n.base(lang) == i18n.FA else wrapped


_GLUE = "\ue000"  # a private-use character: a space textwrap does not break at, made a space again
_NUMBER = re.compile(r"\W*\d[\d,.:/\u066b\u066c]*\W*")  # "7", "440", "(2017)", «۴۴۰»
_GLUED_MAX = 24  # a run of numbers and words glued together stays far shorter than a line


def _glue_numbers(text: str) -> str:
    """`text` with the space between a number and the word before or after it ("November 7",
    "440 people", «بند ۸») made one textwrap does not break at; not after a number that closes a
    clause ("dated November 7, says": the comma ends it). The same text if there is none."""
    if _GLUE in text or not any(c.isdigit() for c in text):
        return text
    words = text.split(" ")
    out = [words[0]]
    for word in words[1:]:
        last = out[-1]
        tail = last.rsplit(_GLUE, 1)[-1]
        after_number = _NUMBER.fullmatch(tail) is not None and tail[-1:].isalnum()
        if word and tail and (_NUMBER.fullmatch(word) or after_number) and len(last) + len(word) < _GLUED_MAX:
            out[-1] = last + _GLUE + word
        else:
            out.append(word)
    return " ".join(out)


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
            in_persian = offered is not None and offered.translation(lang) is not None and lang == i18n.FA
            line = f"  {_pick(i, i18n.FA if in_persian else i18n.EN)}. {question}  [{entry_id}]"
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
    lines = [_wrap(i18n.t("chat_related", lang), lang=lang)]
    for i, entry in enumerate(entries, 1):
        # a Persian question is a right-to-left line, as the suggestions' are; an entry not yet
        # translated shows its English question, left to right
        own = lang if entry.translation(lang) is not None else i18n.EN
        lines.append(_wrap(f"{_pick(i, own)}. {entry.question_in(lang)}", "  ", own))
    return "\n".join(lines)


def _pick(number: int, lang: str) -> str:
    """The number that picks a choice, in Persian digits on a Persian line (typing either picks it)."""
    return i18n.persian_digits(number) if i18n.base(lang) == i18n.FA else str(number)


def chat_hint(line: str, choices: int, lang: str = i18n.EN) -> str | None:
    """A short hint for what the chat reads as a command, not a question: a pick by number that
    picks nothing ("9" after two suggestions; a number of one or two digits, which no question
    is), or an unknown ":command". None for anything else (a question)."""
    if line.isdigit() and len(line) <= 2:
        if not choices:
            return _wrap(i18n.t("chat_nothing_to_pick", lang), lang=lang)
        return _wrap(i18n.t("chat_no_such_pick", lang, pick=line, last=choices), lang=lang)
    if re.fullmatch(r":[A-Za-z]\w*", line):
        return _wrap(i18n.t("chat_unknown_command", lang, command=f"`{line}`"), lang=lang)
    return None


def render_list(engine: Engine) -> str:
    width = max((len(e) for e in engine.kb.entries), default=0)
    return "\n".join(f"{eid.ljust(width)}  {entry.question}" for eid, entry in engine.kb.entries.items())
