"""Adding a source document and quoting it: the pure part of `faqbot sources add`, `faqbot quote`
and `faqbot new` (the CLI writes the files).

- `normalise_document`: a text as the loader numbers it (`sources._paragraphs`: every non-empty
  line is a paragraph, numbered from 1). A text with blank lines between its paragraphs may have
  its paragraphs wrapped over several lines (an e-mail, a copied web page): each block between
  blank lines becomes one line. A text without blank lines already has one paragraph per line.
  Line endings become `\\n`; spaces at the ends of lines, a byte-order mark and Unicode line or
  paragraph separators go. Nothing else changes: the words stay the source's own.
- `sentences`: a paragraph's sentences, split after `.`, `!`, `?`, `…` (or the Persian `؟`),
  and any closing quote marks or brackets, before white space. An abbreviation with a full stop
  ("Dr. Smith") splits there too: quote the whole paragraph, or two sentences (`8:1-2`), then.
- `quote_block`: the YAML of one quote (source, speaker, text), checked to load back to the
  exact span.
- `entry_scaffold`: a new entry whose quotes are filled in and whose other fields are TODO
  placeholders (`PLACEHOLDER`), which `faqbot validate` reports until they are written.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import yaml

from ..errors import FaqbotError
from .knowledge import PLACEHOLDER, KnowledgeBase
from .sources import Source
from .verify import verify_quote

_SEPARATORS = str.maketrans({"\u2028": "\n", "\u2029": "\n\n", "\f": "\n\n", "\v": "\n"})
_SENTENCE_END = re.compile(r"(?<=[.!?\u2026\u061f])[\"'\u201d\u2019\u00bb)\]]*(?=\s+\S)")


class AuthoringError(FaqbotError, ValueError):
    """A paragraph or sentence that does not exist, or text that cannot be a source (message says which)."""


def normalise_document(text: str) -> str:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").translate(_SEPARATORS)
    lines = [line.strip() for line in text.split("\n")]
    if any(not line for line in _inner(lines)):
        paragraphs, block = [], []
        for line in lines + [""]:
            if line:
                block.append(line)
            elif block:
                paragraphs.append(" ".join(block))
                block = []
    else:
        paragraphs = [line for line in lines if line]
    if not paragraphs:
        raise AuthoringError("the file has no text")
    return "\n\n".join(paragraphs) + "\n"


def _inner(lines: list[str]) -> list[str]:
    """The lines between the first and last non-empty ones."""
    filled = [i for i, line in enumerate(lines) if line]
    return lines[filled[0] : filled[-1] + 1] if filled else []


@dataclass(frozen=True)
class Span:
    source: Source
    paragraph: int
    sentences: tuple[int, int] | None  # first and last sentence (1-based), None: the whole paragraph
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.source.text[self.start : self.end]


def sentences(paragraph_text: str) -> list[tuple[int, int]]:
    """Offsets [start, end) of each sentence of a paragraph (see the module docstring)."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(paragraph_text):
        spans.append((start, match.end()))
        start = match.end()
        while start < len(paragraph_text) and paragraph_text[start].isspace():
            start += 1
    end = len(paragraph_text.rstrip())
    if start < end:
        spans.append((start, end))
    return spans


_REF = re.compile(r"^\s*(\d+)\s*(?::\s*(\d+)\s*(?:-\s*(\d+)\s*)?)?$")


def span(source: Source, ref: str) -> Span:
    """The span `ref` names: `PARA`, `PARA:SENTENCE` or `PARA:FIRST-LAST` (all 1-based)."""
    match = _REF.match(ref)
    if not match:
        raise AuthoringError(f"'{ref}' is not PARA, PARA:SENTENCE or PARA:FIRST-LAST (e.g. 8, 8:1, 3:1-2)")
    number = int(match.group(1))
    if not 1 <= number <= len(source.paragraphs):
        raise AuthoringError(f"source {source.id} has paragraphs 1 to {len(source.paragraphs)}, not {number}")
    para = source.paragraphs[number - 1]
    if match.group(2) is None:
        body = para.text.strip()
        lead = len(para.text) - len(para.text.lstrip())
        return Span(source, number, None, para.start + lead, para.start + lead + len(body))
    found = sentences(para.text)
    first = int(match.group(2))
    last = int(match.group(3) or first)
    if not (1 <= first <= last <= len(found)):
        raise AuthoringError(
            f"paragraph {number} of {source.id} has sentences 1 to {len(found)}; "
            f"'{ref}' asks for {first}" + (f"-{last}" if last != first else "")
        )
    return Span(source, number, (first, last), para.start + found[first - 1][0], para.start + found[last - 1][1])


def pick_source(sources: Mapping[str, Source], source_id: str | None) -> Source:
    if source_id is not None:
        if source_id not in sources:
            raise AuthoringError(f"unknown source '{source_id}' (known: {', '.join(sorted(sources)) or 'none'})")
        return sources[source_id]
    if len(sources) == 1:
        return next(iter(sources.values()))
    raise AuthoringError(
        f"there are {len(sources)} sources: say which with --source ({', '.join(sorted(sources)) or 'none loaded'})"
    )


def speaker_for(item: Span, kb: KnowledgeBase | None) -> str | None:
    """The speaker of the span when it is known: the only speaker of its source, or the speaker of
    an FAQ quote containing it (see verify.py); None when someone has to say who it is."""
    if len(item.source.speakers) == 1:
        return next(iter(item.source.speakers))
    if kb is not None:
        result = verify_quote(item.text, kb)
        if result.place is not None and result.place.source.id == item.source.id and result.quoted_in:
            return result.speaker
    return None


def quote_block(item: Span, speaker: str | None, *, indent: int = 2) -> str:
    """`- source/speaker/text` as YAML, indented for an entry's `quotes:` list; loads back verbatim."""
    pad = " " * indent
    speakers = ", ".join(item.source.speakers)
    if speaker is None:
        speaker_line = f"{pad}  speaker: {PLACEHOLDER}  # who says these words: one of {speakers}\n"
    else:
        speaker_line = f"{pad}  speaker: {speaker}\n"
    where = f"paragraph {item.paragraph}" + (
        ""
        if item.sentences is None
        else f", sentence {item.sentences[0]}"
        + (f"-{item.sentences[1]}" if item.sentences[1] != item.sentences[0] else "")
    )
    wrapped = textwrap.wrap(item.text, width=88, break_long_words=False, break_on_hyphens=False)
    body = "".join(f"{pad}    {line}\n" for line in wrapped)
    # The same words earlier in the source would be taken instead: name the paragraph.
    first = item.source.find(item.text)
    hint = f"{pad}  paragraph: {item.paragraph}\n" if first is not None and first[0] < item.start else ""
    block = f"{pad}- source: {item.source.id}  # {where}\n{speaker_line}{hint}{pad}  text: >-\n{body}"
    _check(block, item)
    return block


def _check(block: str, item: Span) -> None:
    """The block loads back as a quote the source has, at this very place."""
    loaded = yaml.safe_load(block)[0]
    if item.source.find(str(loaded["text"]), loaded.get("paragraph")) != (item.start, item.end):
        raise AuthoringError(
            f"paragraph {item.paragraph} of {item.source.id} cannot be written as a YAML quote that reads back verbatim"
        )  # pragma: no cover - wrap() keeps every word


def _yaml_text(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def entry_scaffold(
    entry_id: str, spans: Sequence[Span], speakers: Sequence[str | None], *, question: str | None = None
) -> str:
    """A new entry file: the quotes filled in and verified, every other field a TODO to write."""
    quotes = "".join(quote_block(item, speaker) for item, speaker in zip(spans, speakers))
    q = (
        _yaml_text(" ".join(question.split()))
        if question and question.strip()
        else f'"{PLACEHOLDER}: the question, as people would ask it"'
    )
    return (
        f"# Scaffolded by `faqbot new`. The quotes are copied from their source and verified; every\n"
        f"# {PLACEHOLDER} below is a placeholder that `faqbot validate` reports until you write it.\n"
        f"id: {entry_id}\n"
        f"question: {q}\n"
        "phrasings:  # at least 10 other ways people ask it\n"
        f'  - "{PLACEHOLDER}: another way to ask it"\n'
        "answer: >-\n"
        f"  {PLACEHOLDER}: the answer in plain, neutral words, saying only what the quotes say\n"
        "quotes:\n"
        f"{quotes}"
    )


def slug(title: str) -> str:
    """A source id made of a title: lowercase letters, digits and '-', at most 63 characters."""
    words = re.findall(r"[a-z0-9]+", title.lower())
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > 63:
            break
        out = f"{out}-{word}" if out else word
    return out or "source"
