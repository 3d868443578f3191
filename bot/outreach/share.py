"""Ready-to-post texts for other platforms: an entry's fact, a verbatim quote with who said it and
where, the campaign's call to action and a link, in two sizes.

- short: at most 280 as X counts (`textcount.social_length`: links 23, emoji 2, ...), so it also
  fits Bluesky (300) and Mastodon (500);
- long: at most 3,000 characters (LinkedIn's limit; Facebook and newsletters take more).

A quote is never cut. When the first quote does not fit the short text, a shorter one is used;
when none fits, the short text has no quote. Each such choice is listed in `notes`, in plain words,
so the person sharing knows. The answer is the campaign's own wording and may be shortened (at a
sentence boundary when possible), which is noted too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..config import CallToAction, OutreachSettings
from ..engine import Entry, Quote
from .cta import entry_url, share_cta
from .textcount import social_length

SHORT_LIMIT = 280
LONG_LIMIT = 3000
ELLIPSIS = "\u2026"


@dataclass(frozen=True)
class ShareText:
    entry_id: str
    short: str
    long: str
    short_quote: Quote | None  # the quote in the short text; None when no quote fits
    long_quotes: tuple[Quote, ...]  # the quotes in the long text (all, unless over LONG_LIMIT)
    notes: tuple[str, ...]  # what was chosen or left out, to tell the person sharing
    cta: CallToAction | None
    url: str | None

    @property
    def short_length(self) -> int:
        return social_length(self.short)


def quoted(quote: Quote) -> str:
    return f"\u201c{quote.text}\u201d"


def short_speaker(quote: Quote) -> str:
    """Who said it, in a few words: the attribution up to its first comma or parenthesis."""
    head = re.split(r",|\s\(", quote.attribution, maxsplit=1)[0].strip()
    return head or quote.attribution


def _short_citation(quote: Quote, with_title: bool, linked: bool) -> str:
    """Who said it, and where: the source's title if it fits, else its kind unless the link names it."""
    speaker = short_speaker(quote)
    if with_title:
        return f"\u2014 {speaker}, in: {quote.source.title}"
    if linked or quote.source.kind.lower() in speaker.lower():
        return f"\u2014 {speaker}"
    return f"\u2014 {speaker} (source: {quote.source.kind})"


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


@dataclass(frozen=True)
class _Short:
    fact: str | None = None
    quote: Quote | None = None
    title: bool = False  # the source's title (else its kind) after the speaker
    cta: str | None = None
    link: str | None = None
    tags: tuple[str, ...] = ()

    def text(self) -> str:
        blocks = []
        if self.fact:
            blocks.append(self.fact)
        if self.quote is not None:
            blocks.append(f"{quoted(self.quote)}\n{_short_citation(self.quote, self.title, bool(self.link))}")
        if self.cta:
            blocks.append(self.cta)
        tail = [t for t in (f"Sources: {self.link}" if self.link else "", " ".join(self.tags)) if t]
        if tail:
            blocks.append("\n".join(tail))
        return "\n\n".join(blocks)


def _fits(short: _Short, limit: int) -> bool:
    return social_length(short.text()) <= limit


def _trimmed_fact(answer: str, base: _Short, limit: int) -> str:
    """The answer cut at a word boundary, with an ellipsis, to fit beside `base` (our words, not a quote)."""
    words = answer.split()

    def candidate(n: int) -> str:
        return " ".join(words[:n]).rstrip(",;:") + ELLIPSIS

    low, high = 0, len(words)  # the most words that fit: binary search (the length grows with n)
    while low < high:
        mid = (low + high + 1) // 2
        if _fits(replace(base, fact=candidate(mid)), limit):
            low = mid
        else:
            high = mid - 1
    return candidate(low) if low else ""


def _short(
    entry: Entry, cta: CallToAction | None, url: str | None, tags: tuple[str, ...], limit: int
) -> tuple[_Short, list[str]]:
    notes: list[str] = []
    n = len(entry.quotes)
    state = _Short(link=url)
    for quote in entry.quotes:  # in the editors' order; the first whole one that fits
        if _fits(replace(state, quote=quote), limit):
            state = replace(state, quote=quote)
            break
    facts = [" ".join(_sentences(entry.answer)[:k]) for k in range(len(_sentences(entry.answer)), 0, -1)]
    if state.quote is None:
        if n:
            notes.append(
                f"Short version: no quote fits in {limit} characters with who said it, so it has "
                f"none (quotes are never cut). The long version has {'the quote' if n == 1 else f'all {n}'}."
            )
        fact = next((f for f in facts if _fits(replace(state, fact=f), limit)), None)
        if fact is None:
            fact = _trimmed_fact(entry.answer, state, limit)
            notes.append("Short version: the answer is shortened; the long version has all of it.")
        state = replace(state, fact=fact)
    elif state.quote is not entry.quotes[0]:
        k = entry.quotes.index(state.quote) + 1
        notes.append(
            f"Short version: uses quote {k} of {n}, a shorter one: the first does not fit in "
            f"{limit} characters and quotes are never cut."
        )
    # Optional parts, the most important first, each only if it still fits.
    if cta is not None:
        for variant in (f"{cta.text} {cta.url}", f"{cta.label}: {cta.url}"):
            if _fits(replace(state, cta=variant), limit):
                state = replace(state, cta=variant)
                break
        else:
            notes.append("Short version: the call to action does not fit; the long version has it.")
    if state.quote is not None:
        if _fits(replace(state, title=True), limit):
            state = replace(state, title=True)
        if state.fact is None:
            state = replace(state, fact=next((f for f in facts if _fits(replace(state, fact=f), limit)), None))
    kept: list[str] = []
    for tag in tags:
        if _fits(replace(state, tags=(*kept, tag)), limit):
            kept.append(tag)
    state = replace(state, tags=tuple(kept))
    if len(kept) < len(tags):
        notes.append("Short version: not every hashtag fits.")
    return state, notes


def _long(
    entry: Entry, quotes: tuple[Quote, ...], cta: CallToAction | None, url: str | None, tags: tuple[str, ...]
) -> str:
    blocks = [entry.question, entry.answer]
    for quote in quotes:
        original = f"\n{quote.source.url}" if quote.source.url else ""  # the original document, when known
        blocks.append(
            f"{quoted(quote)}\n\u2014 {quote.attribution}\n{quote.source.title}, paragraph {quote.paragraph}{original}"
        )
    if cta is not None:
        blocks.append(f"{cta.text}\n{cta.label}: {cta.url}")
    if url:
        blocks.append(f"Sources and more answers: {url}")
    if tags:
        blocks.append(" ".join(tags))
    return "\n\n".join(blocks)


def share_text(
    entry: Entry, outreach: OutreachSettings, *, limit: int = SHORT_LIMIT, long_limit: int = LONG_LIMIT
) -> ShareText:
    """Both texts for `entry`, and notes on any quote that was swapped or left out."""
    cta = share_cta(entry, outreach)
    url = entry_url(outreach, entry.id)
    short, notes = _short(entry, cta, url, outreach.hashtags, limit)
    quotes = tuple(entry.quotes)
    long = _long(entry, quotes, cta, url, outreach.hashtags)
    while len(long) > long_limit and quotes:
        quotes = quotes[:-1]
        long = _long(entry, quotes, cta, url, outreach.hashtags)
    if len(quotes) < len(entry.quotes):
        left = len(entry.quotes) - len(quotes)
        notes.append(
            f"Long version: leaves out the last {left} quote{'s' if left > 1 else ''}: "
            f"{'it does' if left == 1 else 'they do'} not fit in {long_limit:,} characters "
            "and quotes are never cut."
        )
    return ShareText(entry.id, short.text(), long, short.quote, quotes, tuple(notes), cta, url)
