"""Verify a quote: is a pasted text word for word in one of our sources, altered, or not there?

Misquotes of NGOs circulate in chats; anyone can paste one into `/verify` or `faqbot verify-quote`
and get one of three verdicts:

- **verbatim**: the text is in a source, compared as validation compares FAQ quotes (straight
  versus typographic quote marks and runs of white space are the only differences tolerated,
  see `sources.fold`), within one paragraph. Who said it: the speaker of an FAQ quote that
  contains it (the FAQ's editors decided who speaks there), or the source's only speaker;
  otherwise only the document is named, because a paragraph can mix a reporter's words with
  the words they quote.
- **altered**: not verbatim, but a passage shares long runs of words with it (runs of three
  words or more covering at least half of the pasted text's words, so a sentence that merely
  uses the same common words is not "altered"); every difference is listed and marked,
  `[-what the source says-]` `{+what the pasted text says+}`, with the closest passage.
- **not_found**: neither.

What is pasted is cleaned only of what a reader cannot see or does not mean as part of the
quote: zero-width and direction-control characters, and the quote marks or ellipses around it.

Every sentence shown to people is in `i18n.MESSAGES` (the keys "verify_…"), in English and
Persian, with the bot's other replies; `lines(lang)` and the Discord embed take the language.
What the sentences are about is never translated: the pasted text, the source's words, titles,
speakers and entry ids are filled in verbatim, each isolated (`i18n.embed`) when its direction
differs from the sentence's, so "440" or an English title inside a Persian line stays in place.
"""

from __future__ import annotations

import difflib
import enum
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from . import i18n
from .knowledge import KnowledgeBase, Quote
from .sources import Source, fold, fold_with_index, tokens


def say(key: str, lang: str = i18n.EN, **fields: object) -> str:
    """The verify sentence `key` in `lang` (i18n's "verify_<key>"), fields filled in as given."""
    return i18n.t(f"verify_{key}", lang, **fields)


MIN_RUN = 3  # a shared run of fewer words is coincidence (common words), not a passage being quoted

# Characters nobody sees: zero-width spaces and joiners, direction marks and isolates, BOMs.
_INVISIBLE = {ch for ch in map(chr, range(0x2000, 0x2070)) if unicodedata.category(ch) == "Cf"} | {"\ufeff", "\u00ad"}
_LEADING = re.compile(r"^(?:\s|[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb]|\u2026|\.\.\.)+")
_TRAILING = re.compile(r"(?:\s|[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb]|\u2026|\.\.\.)+$")


class Verdict(enum.Enum):
    VERBATIM = "verbatim"
    ALTERED = "altered"
    NOT_FOUND = "not_found"


@dataclass(frozen=True)
class Difference:
    kind: str  # "changed", "added" (the text has words the source lacks), "removed" (the text lacks the source's)
    source: str  # what the source says ("" when added)
    quote: str  # what the pasted text says ("" when removed)

    def describe(self, lang: str = i18n.EN) -> str:
        """The difference in a sentence in `lang`; the words themselves verbatim, isolated if needed."""
        return say(self.kind, lang, source=i18n.embed(self.source, lang), quote=i18n.embed(self.quote, lang))


@dataclass(frozen=True)
class Place:
    source: Source
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    text: str  # the pasted text as checked (cleaned, white space collapsed)
    place: Place | None = None  # verbatim: where; altered: the closest passage; not_found: None
    speaker: str | None = None  # a speaker key of the source, when known
    quoted_in: tuple[str, ...] = ()  # FAQ entries with a quote containing it (verbatim) or overlapping it
    also_in: tuple[Place, ...] = ()  # verbatim: its other occurrences
    differences: tuple[Difference, ...] = ()
    marked: str = ""  # altered: the passage with the differences marked
    sources_checked: int = 0

    @property
    def passage(self) -> str:
        """The source's own characters at `place` (for altered: the closest passage)."""
        return self.place.source.text[self.place.start : self.place.end] if self.place else ""

    @property
    def attribution(self) -> str | None:
        return self.place.source.speakers.get(self.speaker) if self.place and self.speaker else None

    def to_json(self) -> dict[str, Any]:
        place = self.place
        return {
            "verdict": self.verdict.value,
            "text": self.text,
            "source": place.source.id if place else None,
            "title": place.source.title if place else None,
            "paragraph": place.paragraph if place else None,
            "start": place.start if place else None,
            "end": place.end if place else None,
            "speaker": self.speaker,
            "attribution": self.attribution,
            "url": place.source.url if place else None,
            "quoted_in": list(self.quoted_in),
            "also_in": [
                {"source": p.source.id, "paragraph": p.paragraph, "start": p.start, "end": p.end} for p in self.also_in
            ],
            "passage": self.passage if self.verdict is Verdict.ALTERED else None,
            "differences": [{"kind": d.kind, "source": d.source, "text": d.quote} for d in self.differences],
            "marked": self.marked or None,
        }

    def lines(self, lang: str = i18n.EN) -> list[str]:
        """The verdict in plain text, one statement per line (the CLI prints these), in `lang`.

        In Persian each sentence line opens with a right-to-left mark (`i18n.rtl_lines`), and the
        marked passage and the source's words get lines of their own, indented and without the
        mark: a long left-to-right quotation inside a right-to-left line is unreadable, and on
        its own line it keeps its own direction, verbatim."""
        fa = i18n.base(lang) == i18n.FA
        place = self.place

        def iso(value: str) -> str:
            return i18n.embed(value, lang)

        def sentence(text: str) -> str:
            return i18n.rtl_lines(text) if fa else text

        if not self.text:
            return [sentence(say("empty", lang))]
        if self.verdict is Verdict.NOT_FOUND or place is None:
            return [sentence(say("not_found", lang, count=self.sources_checked))]
        key = "verbatim" if self.verdict is Verdict.VERBATIM else "altered"
        first = say(key, lang, title=iso(place.source.title), paragraph=place.paragraph)
        out = []
        if self.attribution:  # "verbatim: <document>, paragraph N, said by X"
            out.append(first + ("\u060c " if fa else ", ") + say("said_by", lang, speaker=iso(self.attribution)))
        else:
            out += [first, say("document_only", lang)]
        if self.quoted_in:
            entries = ("\u060c " if fa else ", ").join(iso(entry) for entry in self.quoted_in)
            out.append(say("quoted_in", lang, entries=entries))
        if self.also_in:
            places = ("\u061b " if fa else "; ").join(
                say("paragraph_place", lang, title=iso(p.source.title), paragraph=p.paragraph) for p in self.also_in
            )
            out.append(say("also_in", lang, places=places))
        if self.verdict is Verdict.ALTERED:
            out.append(say("differences", lang) + ":")
            out += [f"  - {d.describe(lang)}" for d in self.differences]
        out = [sentence(line) for line in out]
        if self.verdict is Verdict.ALTERED:
            if fa:
                out += [sentence(say("marked", lang) + ":"), f"    {self.marked}"]
                out += [sentence(say("passage", lang) + ":"), f"    \u201c{self.passage}\u201d"]
            else:
                out.append(f"{say('marked', lang)}: {self.marked}")
                out.append(f"{say('passage', lang)}: \u201c{self.passage}\u201d")
        return out


def clean(text: str) -> str:
    """The pasted text without invisible characters, surrounding quote marks or ellipses; spaces collapsed."""
    text = "".join(ch for ch in text if ch not in _INVISIBLE)
    text = _TRAILING.sub("", _LEADING.sub("", text))
    return " ".join(text.split())


def verify_quote(
    text: str, kb: KnowledgeBase | None = None, *, sources: Mapping[str, Source] | None = None
) -> Verification:
    """Check `text` against every source of `kb` (or `sources`); FAQ quotes of `kb` name speakers."""
    sources = dict(sources if sources is not None else (kb.sources if kb is not None else {}))
    faq_quotes = [
        (entry.id, quote) for entry in (kb.entries.values() if kb is not None else ()) for quote in entry.quotes
    ]
    checked = clean(text)
    if not fold(checked):
        return Verification(Verdict.NOT_FOUND, checked, sources_checked=len(sources))
    found = [(source, span) for source in sources.values() for span in source.find_all(checked)]
    if found:
        # The occurrence an FAQ quote covers comes first: its speaker is known.
        def covered(item):
            return any(_covers(q, item[0], *item[1]) for _, q in faq_quotes)

        found.sort(key=lambda item: not covered(item))
        places = [Place(source, source.paragraph_at(start).number, start, end) for source, (start, end) in found]
        first = places[0]
        speaker, entries = _speaker(first, faq_quotes, contains=True)
        return Verification(
            Verdict.VERBATIM, checked, first, speaker, entries, tuple(places[1:]), sources_checked=len(sources)
        )
    best = _closest(checked, sources.values())
    if best is None:
        return Verification(Verdict.NOT_FOUND, checked, sources_checked=len(sources))
    place, differences, marked = best
    speaker, entries = _speaker(place, faq_quotes, contains=False)
    return Verification(
        Verdict.ALTERED, checked, place, speaker, entries, (), differences, marked, sources_checked=len(sources)
    )


def _covers(quote: Quote, source: Source, start: int, end: int) -> bool:
    return quote.source.id == source.id and quote.start <= start and end <= quote.end


def _speaker(
    place: Place, faq_quotes: Iterable[tuple[str, Quote]], *, contains: bool
) -> tuple[str | None, tuple[str, ...]]:
    """Who says the words at `place`: the speaker of the tightest FAQ quote containing them (for a
    passage: overlapping them most), else the source's only speaker, else unknown (None)."""
    source = place.source
    if contains:
        hits = [(eid, q) for eid, q in faq_quotes if _covers(q, source, place.start, place.end)]
    else:
        hits = [
            (eid, q)
            for eid, q in faq_quotes
            if q.source.id == source.id and q.start < place.end and place.start < q.end
        ]
    entries = tuple(dict.fromkeys(eid for eid, _ in hits))
    if hits:
        # FAQ quotes can nest: the reporter's sentence quoted whole, and the quotation inside it
        # quoted on its own with its speaker. Where a speaker's words begin, an FAQ quote begins,
        # so the quote starting last (nearest before the words) names who says them.
        def fit(hit):
            q = hit[1]
            overlap = min(q.end, place.end) - max(q.start, place.start)
            return (-overlap, -q.start, q.end - q.start)

        return min(hits, key=fit)[1].speaker, entries
    if len(source.speakers) == 1:
        return next(iter(source.speakers)), entries
    return None, entries


def _closest(text: str, sources: Iterable[Source]) -> tuple[Place, tuple[Difference, ...], str] | None:
    """The passage sharing the most words with `text` in runs of MIN_RUN or more, if they cover
    half its words; with every difference and the passage marked up."""
    quote = fold(text)
    quote_tokens = tokens(quote)
    n = len(quote_tokens)
    if n == 0:
        return None
    best = None
    for source in sources:
        for para in source.paragraphs:
            folded, index = fold_with_index(para.text)
            para_tokens = tokens(folded)
            matcher = difflib.SequenceMatcher(
                None, [t for t, _, _ in para_tokens], [t for t, _, _ in quote_tokens], autojunk=False
            )
            blocks = [b for b in matcher.get_matching_blocks() if b.size >= min(MIN_RUN, n)]
            score = sum(b.size for b in blocks)
            if score * 2 >= n and (best is None or score > best[0]):
                best = (score, source, para, folded, index, para_tokens, blocks)
    if best is None:
        return None
    _, source, para, folded, index, para_tokens, blocks = best
    # Between the first and the last long run the text is compared word for word with the
    # paragraph; before and after them, only with as many of the paragraph's words as the text
    # has there (and a few more), so a common word is never matched far away.
    first, last = blocks[0], blocks[-1]
    slack = MIN_RUN + n // 4
    words = [t for t, _, _ in para_tokens]
    quote_words = [t for t, _, _ in quote_tokens]

    def diff(a_lo: int, a_hi: int, b_lo: int, b_hi: int) -> list[list]:
        m = difflib.SequenceMatcher(None, words[a_lo:a_hi], quote_words[b_lo:b_hi], autojunk=False)
        return [[tag, i1 + a_lo, i2 + a_lo, j1 + b_lo, j2 + b_lo] for tag, i1, i2, j1, j2 in m.get_opcodes()]

    end_a, end_b = last.a + last.size, last.b + last.size
    ops = (
        diff(max(0, first.a - first.b - slack), first.a, 0, first.b)
        + diff(first.a, end_a, first.b, end_b)
        + diff(end_a, min(len(words), end_a + (n - end_b) + slack), end_b, n)
    )
    # The source's words before and after the passage are not differences: cut them off.
    while ops and ops[0][0] == "delete":
        ops.pop(0)
    while ops and ops[-1][0] == "delete":
        ops.pop()
    if ops and ops[0][0] == "replace":  # the first words differ: compare like with like
        tag, i1, i2, j1, j2 = ops[0]
        ops[0][1] = max(i1, i2 - (j2 - j1))
    if ops and ops[-1][0] == "replace":
        tag, i1, i2, j1, j2 = ops[-1]
        ops[-1][2] = min(i2, i1 + (j2 - j1))
    source_ids = [i for op in ops for i in range(op[1], op[2])]
    lo = min(source_ids) if source_ids else 0
    hi = max(source_ids) + 1 if source_ids else 0
    differences: list[Difference] = []
    marked: list[str] = []
    pos = para_tokens[lo][1] if lo < len(para_tokens) else len(folded)

    def src(i1: int, i2: int) -> str:
        return folded[para_tokens[i1][1] : para_tokens[i2 - 1][2]] if i2 > i1 else ""

    def qt(j1: int, j2: int) -> str:
        return quote[quote_tokens[j1][1] : quote_tokens[j2 - 1][2]] if j2 > j1 else ""

    for tag, i1, i2, j1, j2 in ops:
        gap_end = para_tokens[i1][1] if i1 < len(para_tokens) else len(folded)
        gap = folded[pos:gap_end] if gap_end >= pos else ""
        if tag == "equal":
            marked.append(gap + src(i1, i2))
        elif tag == "insert":
            differences.append(Difference("added", "", qt(j1, j2)))
            marked.append(gap + "{+" + qt(j1, j2) + "+}" + (" " if gap else ""))
            gap_end = pos = gap_end
            continue
        elif tag == "delete":
            differences.append(Difference("removed", src(i1, i2), ""))
            marked.append(gap + "[-" + src(i1, i2) + "-]")
        else:
            differences.append(Difference("changed", src(i1, i2), qt(j1, j2)))
            marked.append(gap + "[-" + src(i1, i2) + "-] {+" + qt(j1, j2) + "+}")
        pos = para_tokens[i2 - 1][2] if i2 > i1 else gap_end
    if hi > lo:
        start = para.start + index[para_tokens[lo][1]]
        end = para.start + index[para_tokens[hi - 1][2] - 1] + 1
    else:  # pragma: no cover - a close passage shares at least one run of words
        start = end = para.start
    marked_text = " ".join("".join(marked).split())
    return Place(source, para.number, start, end), tuple(differences), marked_text
