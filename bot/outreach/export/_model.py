"""What every export shows, built once from the knowledge base and the outreach settings.

The HTML, Markdown and JSON writers only lay this out; they never reach into the engine, so the
three formats cannot disagree. Everything here is deterministic (no dates, no randomness): the
same FAQ and config give byte-identical files, which is what keeps docs/ checkable.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ...config import CallToAction, OutreachSettings
from ...engine import Entry, KnowledgeBase, Quote, Source
from ..cta import entry_ctas, entry_url

# Languages written right to left (base subtag of the language code).
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "prs", "syr", "arc"})

# English names and own names of languages likely to matter for this campaign; others show the code.
LANGUAGE_NAMES = {
    "en": ("English", "English"),
    "fa": ("Persian", "\u0641\u0627\u0631\u0633\u06cc"),
    "ar": ("Arabic", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629"),
    "ckb": ("Central Kurdish", "\u06a9\u0648\u0631\u062f\u06cc"),
    "ku": ("Kurdish", "Kurd\u00ee"),
    "az": ("Azerbaijani", "Az\u0259rbaycanca"),
    "tr": ("Turkish", "T\u00fcrk\u00e7e"),
    "fr": ("French", "Fran\u00e7ais"),
    "de": ("German", "Deutsch"),
    "es": ("Spanish", "Espa\u00f1ol"),
    "ru": ("Russian", "\u0420\u0443\u0441\u0441\u043a\u0438\u0439"),
    "he": ("Hebrew", "\u05e2\u05d1\u05e8\u05d9\u05ea"),
    "ur": ("Urdu", "\u0627\u0631\u062f\u0648"),
}


def is_rtl(language: str) -> bool:
    return language.split("-")[0].lower() in RTL_LANGUAGES


def direction(language: str) -> str:
    return "rtl" if is_rtl(language) else "ltr"


def language_name(language: str) -> str:
    """ "Persian (فارسی)" for fa; the code itself for languages not in the table."""
    names = LANGUAGE_NAMES.get(language.split("-")[0].lower())
    if names is None:
        return language
    english, own = names
    return english if english == own else f"{english} ({own})"


def source_anchor(source_id: str) -> str:
    """Entry ids never contain '_', so anchors of other sections can never clash with an entry's."""
    return "source_" + re.sub(r"[^A-Za-z0-9-]", "-", source_id)


@dataclass(frozen=True)
class ExportQuote:
    text: str
    speaker: str
    attribution: str
    source: Source
    paragraph: int

    @property
    def language(self) -> str:
        return self.source.language


@dataclass(frozen=True)
class ExportTranslation:
    language: str
    question: str
    answer: str
    reviewed: bool = False  # checked by a moderator fluent in the language
    quotes: tuple[str | None, ...] = ()  # the i-th translates the entry's i-th quote (None: not translated)

    def quote(self, i: int) -> str | None:
        return self.quotes[i] if 0 <= i < len(self.quotes) else None


@dataclass(frozen=True)
class ExportUpdate:
    """One line of the public changelog: an entry's public changes on one day (never who made them)."""

    entry_id: str
    date: str  # YYYY-MM-DD (UTC)
    what: str  # "answer reworded; 1 quote added"
    changes: tuple[str, ...]  # machine-readable: answer, quote_added, translation_changed:fa, ...
    question: str  # the entry's question (as it was, for a removed entry)

    @property
    def text(self) -> str:
        return f"Updated on {self.date}: {self.what}"

    @classmethod
    def from_json(cls, item: Mapping[str, Any]) -> ExportUpdate:
        """From a changelog item as `moderation.changelog.PublicChange.to_json` writes it."""
        text = str(item.get("text", ""))
        what = text.split(": ", 1)[1] if ": " in text else text
        return cls(
            str(item["entry"]), str(item["date"]), what, tuple(item.get("changes", ())), str(item.get("question", ""))
        )


@dataclass(frozen=True)
class ExportEntry:
    id: str
    question: str
    answer: str
    language: str
    quotes: tuple[ExportQuote, ...]
    translations: tuple[ExportTranslation, ...]
    related: tuple[tuple[str, str], ...]  # (entry id, its question)
    ctas: tuple[CallToAction, ...]
    url: str | None
    updates: tuple[ExportUpdate, ...] = ()  # its public changelog, newest first


@dataclass(frozen=True)
class ExportSource:
    source: Source
    anchor: str
    quoted_in: tuple[tuple[str, str], ...]  # (entry id, its question)


@dataclass(frozen=True)
class Document:
    title: str
    language: str
    entries: tuple[ExportEntry, ...]
    sources: tuple[ExportSource, ...]
    ctas: tuple[CallToAction, ...]  # shown once, for the whole page (outreach.answer_ctas, share_cta)
    site_url: str
    faq_version: str = ""
    as_of: str | None = None  # the date the page states it is current as of (YYYY-MM-DD); None: not stated
    changelog: tuple[ExportUpdate, ...] = ()  # every public change, newest first (removed entries too)

    @property
    def removed(self) -> tuple[ExportUpdate, ...]:
        """Changelog lines of entries no longer in the FAQ."""
        present = {e.id for e in self.entries}
        return tuple(u for u in self.changelog if u.entry_id not in present)


def _quote(quote: Quote) -> ExportQuote:
    return ExportQuote(quote.text, quote.speaker, quote.attribution, quote.source, quote.paragraph)


def _entry(
    entry: Entry, kb: KnowledgeBase, outreach: OutreachSettings, updates: tuple[ExportUpdate, ...] = ()
) -> ExportEntry:
    related = tuple((rid, kb.entries[rid].question) for rid in entry.related if rid in kb.entries)
    translations = tuple(
        ExportTranslation(lang, t.question, t.answer, t.reviewed, t.quotes)
        for lang, t in sorted(entry.translations.items())
    )
    return ExportEntry(
        id=entry.id,
        question=entry.question,
        answer=entry.answer,
        language=entry.language,
        quotes=tuple(_quote(q) for q in entry.quotes),
        translations=translations,
        related=related,
        ctas=entry_ctas(entry, outreach),
        url=entry_url(outreach, entry.id),
        updates=updates,
    )


def build_document(
    kb: KnowledgeBase,
    outreach: OutreachSettings,
    *,
    as_of: str | None = None,
    changelog: Iterable[Mapping[str, Any]] = (),
) -> Document:
    """`changelog`: the public changelog (items of `PublicChange.to_json`, newest first), or none."""
    updates = tuple(ExportUpdate.from_json(item) for item in changelog)
    entries = tuple(
        _entry(e, kb, outreach, tuple(u for u in updates if u.entry_id == e.id)) for e in kb.entries.values()
    )
    languages = Counter(e.language for e in entries)
    language = max(sorted(languages), key=lambda lang: languages[lang]) if languages else "en"
    sources = []
    for source in kb.sources.values():
        quoted_in = tuple((e.id, e.question) for e in entries if any(q.source.id == source.id for q in e.quotes))
        sources.append(ExportSource(source, source_anchor(source.id), quoted_in))
    page_wide = [*outreach.answer_ctas, *([outreach.share_cta] if outreach.share_cta else [])]
    page_ctas = [outreach.cta(i) for i in page_wide]
    ctas = tuple(dict.fromkeys(c for c in page_ctas if c is not None))
    return Document(
        outreach.page_title,
        language,
        entries,
        tuple(sources),
        ctas,
        outreach.site_url,
        faq_version=kb.version,
        as_of=as_of,
        changelog=updates,
    )
