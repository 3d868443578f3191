"""Source documents, and finding a quote's exact place in one.

A quote is only ever shown as the source's own characters, sliced at the offsets found here, so
the bot cannot display words the source does not contain even if a YAML file drifts.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from .problems import Problem
from .yamlfile import YamlSyntaxError, load_located

# Only these differences between a quote in YAML and its source are tolerated (besides runs of
# white space): straight versus typographic quote marks. Each maps one character to one, so
# offsets in the folded text are offsets in the original.
_FOLD_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u201c": '"', "\u201d": '"', "\u201f": '"'})


@dataclass(frozen=True)
class Paragraph:
    number: int  # 1-based, as shown to users
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    kind: str
    description: str
    language: str
    speakers: Mapping[str, str]
    text: str
    paragraphs: tuple[Paragraph, ...]
    path: Path
    metadata_path: Path
    title_is_descriptive: bool = False
    # Where the document comes from, so a reader can go back to the original (all optional, never
    # guessed: the shipped seed names none of them, so it has none).
    publisher: str | None = None
    url: str | None = None  # the original document (http or https)
    published: str | None = None  # publication date: YYYY-MM-DD, YYYY-MM or YYYY
    archived_url: str | None = None  # an archived copy (e.g. the Wayback Machine), http or https

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def paragraph_at(self, offset: int) -> Paragraph:
        for paragraph in self.paragraphs:
            if paragraph.start <= offset < paragraph.end:
                return paragraph
        return self.paragraphs[-1]

    def find(self, quote: str, paragraph: int | None = None) -> tuple[int, int] | None:
        """Offsets [start, end) of `quote` in the text, or None.

        The first occurrence wins unless `paragraph` picks one. A match must lie inside a single
        paragraph: a quote that spans two would be shown without the break between them.
        """
        found = self._occurrences(quote)
        return next(((start, end) for start, end, para in found if paragraph in (None, para.number)), None)

    def find_all(self, quote: str) -> list[tuple[int, int]]:
        """Offsets of every occurrence of `quote` (folded as `find` folds) that lies within one paragraph."""
        return [(start, end) for start, end, _ in self._occurrences(quote)]

    def _occurrences(self, quote: str) -> Iterator[tuple[int, int, Paragraph]]:
        """The search `find` and `find_all` share: offsets [start, end) of each occurrence of
        `quote` (`fold`ed) that lies inside one paragraph, first to last, with that paragraph."""
        folded_quote = fold(quote)
        if not folded_quote:
            return
        folded, index = _fold_with_index(self.text)
        at = folded.find(folded_quote)
        while at != -1:
            start = index[at]
            end = index[at + len(folded_quote) - 1] + 1
            para = self.paragraph_at(start)
            if end <= para.end:
                yield start, end, para
            at = folded.find(folded_quote, at + 1)

    def closest(self, quote: str, paragraph: int | None = None) -> Mismatch:
        """Where a quote that `find` does not find departs from the source: the closest passage
        (in `paragraph` if given) and its first difference, compared word by word with
        punctuation apart, so a quote that starts inside a sentence still lines up."""
        folded_quote = " ".join(quote.translate(_FOLD_QUOTES).split())
        quote_tokens = _tokens(folded_quote)
        if paragraph is not None and self.find(quote) is not None:
            where = self.paragraph_at(self.find(quote)[0]).number  # type: ignore[index]
            return Mismatch(paragraph, 0, "", "", "", elsewhere=where)
        best = None
        for para in self.paragraphs:
            if paragraph is not None and para.number != paragraph:
                continue
            folded = " ".join(para.text.translate(_FOLD_QUOTES).split())
            tokens = _tokens(folded)
            matcher = difflib.SequenceMatcher(
                None, [t for t, _, _ in tokens], [t for t, _, _ in quote_tokens], autojunk=False
            )
            score = sum(block.size for block in matcher.get_matching_blocks())
            if best is None or score > best[0]:
                best = (score, para, folded, tokens, matcher.get_opcodes())
        if best is None or not quote_tokens or best[0] * 2 < len(quote_tokens):
            return Mismatch(best[1].number if best else 1, 0, "", "", "", close=False)
        _, para, folded, tokens, opcodes = best
        n = len(quote_tokens)
        for tag, i1, i2, j1, j2 in opcodes:
            if tag == "equal" or (tag == "delete" and j1 in (0, n)):
                continue  # the source's words before and after the quote
            if j1 == 0 and tag == "replace":
                i1 = max(i1, i2 - (j2 - j1))  # the quote's first word differs: compare like with like
            if j2 == n and tag == "replace":
                i2 = min(i2, i1 + (j2 - j1))
            source_says = folded[tokens[i1][1] : tokens[i2 - 1][2]] if i2 > i1 else ""
            entry_says = folded_quote[quote_tokens[j1][1] : quote_tokens[j2 - 1][2]] if j2 > j1 else ""
            at = quote_tokens[min(j1, n - 1)][1]
            word = folded_quote[:at].count(" ")
            lo = tokens[max(0, i1 - 12)][1] if tokens else 0
            hi = tokens[min(len(tokens), i2 + 12) - 1][2] if tokens else 0
            passage = ("\u2026" if lo else "") + folded[lo:hi] + ("\u2026" if hi < len(folded) else "")
            return Mismatch(
                para.number, word, source_says, entry_says, passage, past_end=tag == "insert" and i1 == len(tokens)
            )
        return Mismatch(para.number, 0, "", "", "", close=False)  # pragma: no cover - find() would have found it


_TOKEN = re.compile(r"\w+|[^\w\s]")


def fold(text: str) -> str:
    """A text as quotes are compared: straight quote marks, white-space runs as one space."""
    return " ".join(text.translate(_FOLD_QUOTES).split())


def fold_with_index(text: str) -> tuple[str, tuple[int, ...]]:
    """`fold(text)` (but for a trailing space) with each character's offset in `text`."""
    return _fold_with_index(text)


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Words and punctuation marks apart, with their offsets: how quotes are compared word by word."""
    return _tokens(text)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@dataclass(frozen=True)
class Mismatch:
    """The first difference between a quote and the closest passage of its source."""

    paragraph: int
    word: int  # index of the quote's first differing word (white-space separated)
    source_says: str  # "" when the quote adds words
    entry_says: str  # "" when the quote leaves words out
    passage: str  # the closest passage, shortened around the difference
    close: bool = True  # False: no passage shares even half the quote's words
    elsewhere: int | None = None  # the quote is verbatim, but in this paragraph, not the one asked for
    past_end: bool = False  # the quote runs on past the end of its paragraph

    def describe(self) -> str:
        if self.elsewhere is not None:
            return f"it is in paragraph {self.elsewhere}, not in paragraph {self.paragraph}; fix or remove 'paragraph:'"
        if not self.close:
            return "no passage of the source is close to it; copy it from the source again"
        if self.past_end:
            difference = (
                f'the quote goes on past the end of paragraph {self.paragraph} with "{self.entry_says}" '
                "(a quote must lie within one paragraph: split it in two)"
            )
        elif not self.source_says:
            difference = f'the entry adds "{self.entry_says}", which the source does not have'
        elif not self.entry_says:
            difference = f'the source says "{self.source_says}" where the entry leaves it out'
        else:
            difference = f'the source says "{self.source_says}" where the entry says "{self.entry_says}"'
        return f'{difference}; closest passage (paragraph {self.paragraph}): "{self.passage}"'


@functools.lru_cache(maxsize=64)
def _fold_with_index(text: str) -> tuple[str, tuple[int, ...]]:
    """Text with quote marks folded and white-space runs collapsed, plus each char's origin."""
    chars: list[str] = []
    index: list[int] = []
    in_space = False
    for i, ch in enumerate(text.translate(_FOLD_QUOTES)):
        if ch.isspace():
            if not in_space and chars:
                chars.append(" ")
                index.append(i)
            in_space = True
            continue
        in_space = False
        chars.append(ch)
        index.append(i)
    return "".join(chars), tuple(index)


def _paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Paragraphs are non-empty lines, numbered from 1 in reading order."""
    result: list[Paragraph] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            result.append(Paragraph(len(result) + 1, offset, offset + len(body), body))
        offset += len(line)
    return tuple(result)


_REQUIRED = ("id", "file", "title", "kind", "description", "language", "speakers")
OPTIONAL_METADATA = ("publisher", "url", "published", "archived_url")
_URL = re.compile(r"^https?://[^\s/?#]+\.[^\s]*$|^https?://[^\s/?#]+$", re.IGNORECASE)
_DATE = re.compile(r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")


def metadata_problem(key: str, value: object) -> str | None:
    """Why an optional metadata value (publisher, url, published, archived_url) is unusable, or None."""
    if key == "published" and isinstance(value, (dt.date, int)) and not isinstance(value, bool):
        value = _metadata_value(key, value)  # YAML reads 2017-11-07 as a date and 2017 as a number
    if not isinstance(value, str) or not value.strip():
        return f"'{key}' must be non-empty text (or left out)"
    if key in ("url", "archived_url") and not _URL.match(value.strip()):
        return f"'{key}' must be a web address starting with http:// or https://"
    if key == "published" and not _DATE.match(value.strip()):
        return f"'published' must be a date written YYYY-MM-DD (or YYYY-MM, or YYYY), not {value!r}"
    return None


def _metadata_value(key: str, value: object) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    return " ".join(str(value).split())


def load_sources(seeds_dir: Path) -> tuple[dict[str, Source], list[Problem]]:
    """Every `*.yaml` metadata file in `seeds_dir` with the text it names."""
    sources: dict[str, Source] = {}
    problems: list[Problem] = []
    if not seeds_dir.is_dir():
        return sources, [Problem(seeds_dir, 1, "", "sources folder not found")]
    for meta_path in sorted(seeds_dir.glob("*.yaml")):
        try:
            located = load_located(meta_path.read_text(encoding="utf-8"))
        except YamlSyntaxError as exc:
            problems.append(Problem(meta_path, exc.line, "", str(exc)))
            continue
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(meta_path, 1, "", f"cannot read: {exc}"))
            continue
        meta = located.data
        if not isinstance(meta, dict):
            problems.append(Problem(meta_path, 1, "", "source metadata must be a mapping"))
            continue
        sid = str(meta.get("id", ""))
        bad = False
        for key in _REQUIRED:
            value = meta.get(key)
            expected = dict if key == "speakers" else str
            if not isinstance(value, expected) or not value:
                kind = "a mapping" if expected is dict else "text"
                problems.append(Problem(meta_path, located.line(key), sid, f"'{key}' must be non-empty {kind}"))
                bad = True
        optional: dict[str, str] = {}
        for key in OPTIONAL_METADATA:
            if key not in meta or meta[key] is None:
                continue
            problem = metadata_problem(key, meta[key])
            if problem:
                problems.append(Problem(meta_path, located.line(key), sid, problem))
                bad = True
            else:
                optional[key] = _metadata_value(key, meta[key])
        if bad:
            continue
        if sid in sources:
            problems.append(
                Problem(
                    meta_path,
                    located.line("id"),
                    sid,
                    f"duplicate source id (also in {sources[sid].metadata_path.name})",
                )
            )
            continue
        text_path = seeds_dir / meta["file"]
        try:
            text = text_path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(
                Problem(meta_path, located.line("file"), sid, f"cannot read source text {text_path.name}: {exc}")
            )
            continue
        speakers = {str(k): str(v) for k, v in meta["speakers"].items()}
        sources[sid] = Source(
            id=sid,
            title=meta["title"],
            kind=meta["kind"],
            description=" ".join(meta["description"].split()),
            language=meta["language"],
            speakers=MappingProxyType(speakers),
            text=text,
            paragraphs=_paragraphs(text),
            path=text_path,
            metadata_path=meta_path,
            title_is_descriptive=bool(meta.get("title_is_descriptive", False)),
            **optional,
        )
    return sources, problems
