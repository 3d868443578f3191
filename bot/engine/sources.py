"""Source documents, and finding a quote's exact place in one.

A quote is only ever shown as the source's own characters, sliced at the offsets found here, so
the bot cannot display words the source does not contain even if a YAML file drifts.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from .problems import Problem
from .yamlfile import YamlSyntaxError, load_located

# Only these differences between a quote in YAML and its source are tolerated (besides runs of
# white space): straight versus typographic quote marks. Each maps one character to one, so
# offsets in the folded text are offsets in the original.
_FOLD_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u201c": '"', "\u201d": '"', "\u201f": '"'}
)


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
        folded_quote = " ".join(quote.translate(_FOLD_QUOTES).split())
        if not folded_quote:
            return None
        folded, index = _fold_with_index(self.text)
        at = folded.find(folded_quote)
        while at != -1:
            start = index[at]
            end = index[at + len(folded_quote) - 1] + 1
            para = self.paragraph_at(start)
            if end <= para.end and (paragraph is None or para.number == paragraph):
                return start, end
            at = folded.find(folded_quote, at + 1)
        return None


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
    result = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            result.append(Paragraph(len(result) + 1, offset, offset + len(body), body))
        offset += len(line)
    return tuple(result)


_REQUIRED = ("id", "file", "title", "kind", "description", "language", "speakers")


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
        if bad:
            continue
        if sid in sources:
            problems.append(Problem(meta_path, located.line("id"), sid, f"duplicate source id (also in {sources[sid].metadata_path.name})"))
            continue
        text_path = seeds_dir / meta["file"]
        try:
            text = text_path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(meta_path, located.line("file"), sid, f"cannot read source text {text_path.name}: {exc}"))
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
        )
    return sources, problems
