"""The FAQ as typed, immutable objects, loaded from one YAML file per entry.

Loading never stops at the first problem: it collects every one with its file and line, so a
moderator fixes a broken FAQ in one pass. A knowledge base that has problems is never served;
the caller keeps serving the previous one.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from .claims import claim_problems
from .memo import memoized
from .problems import KnowledgeError, Problem
from .sources import Source, load_sources
from .text import comparable
from .yamlfile import YamlSyntaxError, load_located

T = TypeVar("T")

MIN_PHRASINGS = 10
MAX_ANSWER_CHARS = 600
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
_ENTRY_KEYS = {"id", "question", "phrasings", "answer", "quotes", "related", "language", "translations", "cta", "order"}
DEFAULT_ORDER = 1000  # entries without `order` come after ordered ones, by id
MAX_CTAS = 5  # calls to action an entry may ask for (one row of Discord link buttons)
_QUOTE_KEYS = {"source", "speaker", "text", "paragraph"}
_TRANSLATION_KEYS = {"question", "phrasings", "answer", "reviewed", "quotes"}
# The file `faqbot calibrate` writes beside the entries (bot/calibration_file.py). It is not an
# entry: its name can never be an entry's file (ids start with a letter or digit), so no entry
# added from Discord can overwrite it, and it is left out of the FAQ version it records.
CALIBRATION_FILE = "_calibration.yaml"
# Text starting with this is a placeholder (`faqbot new` writes them): reported until written.
PLACEHOLDER = "TODO"


@dataclass(frozen=True)
class Quote:
    """A quote as it stands in its source: `text` is sliced from the source, never from YAML."""

    source: Source
    speaker: str
    text: str
    paragraph: int
    start: int
    end: int

    @property
    def attribution(self) -> str:
        return self.source.speakers[self.speaker]

    @property
    def paragraph_text(self) -> str:
        return self.source.paragraphs[self.paragraph - 1].text


@dataclass(frozen=True)
class Translation:
    """The entry's question, phrasings and answer in another language.

    Quotes stay original: `quotes` holds optional translations of them, the i-th for the entry's
    i-th quote (None where there is none), shown under the verbatim quote, labelled, never in
    its place. `reviewed` is false until a moderator fluent in the language checked it."""

    language: str
    question: str
    phrasings: tuple[str, ...]
    answer: str
    reviewed: bool = False
    quotes: tuple[str | None, ...] = ()

    def quote(self, i: int) -> str | None:
        """The translation of the entry's quote number `i` (0-based), if any."""
        return self.quotes[i] if 0 <= i < len(self.quotes) else None


@dataclass(frozen=True)
class Entry:
    id: str
    question: str
    phrasings: tuple[str, ...]
    answer: str
    quotes: tuple[Quote, ...]
    related: tuple[str, ...]
    language: str
    translations: Mapping[str, Translation]
    path: Path
    lines: Mapping[tuple[Any, ...], int] = field(repr=False, compare=False, default_factory=dict)
    # Phrasings written under an "# asked in SET (tools/add_phrasings.py)" comment: a labelled
    # question, one person's words, matched like any phrasing but not read by the scope check as
    # what the entry's authors vouch it answers (see `vouched_phrasings`).
    imported: frozenset[str] = frozenset()
    order: int = DEFAULT_ORDER  # reading order in lists and exports (lower first; ties by id)
    cta: tuple[str, ...] = ()  # ids of the calls to action (config.yaml `outreach.calls_to_action`) to show

    def kept(self, name: str, make: Callable[[], T]) -> T:
        """`make()`, computed once for this entry: for what depends on the entry alone (its
        indexed texts, their comparable forms), which an entry read again unchanged under a memo
        (memo.py) then never computes again. Kept outside the dataclass's fields (never compared)."""
        kept = self.__dict__.get("_kept")
        if kept is None:
            kept = {}
            object.__setattr__(self, "_kept", kept)
        if name not in kept:
            kept[name] = make()
        return kept[name]

    def all_phrasings(self) -> tuple[str, ...]:
        """Every text that should match this entry, in every language."""
        texts = [self.question, *self.phrasings]
        for translation in self.translations.values():
            texts.append(translation.question)
            texts.extend(translation.phrasings)
        return tuple(texts)

    def vouched_phrasings(self) -> tuple[str, ...]:
        """The texts the scope check reads as what the entry is asked with: the authors'. A
        question added from a labelled set often carries a word the sources never say (a
        ruler's era, an idiom): read as the authors', that word would be "covered" and a
        question narrowed by it answered in full (docs/engine.md)."""
        texts = self.all_phrasings()
        return texts if not self.imported else tuple(t for t in texts if t not in self.imported)

    def translation(self, lang: str) -> Translation | None:
        """The entry in `lang` ("fa", "fa-Latn": its base language), if translated into it."""
        base = lang.split("-")[0].lower() if lang else ""
        return None if base == self.language else self.translations.get(base)

    def question_in(self, lang: str) -> str:
        """The entry's question in `lang` where there is a translation, else its own."""
        tr = self.translation(lang)
        return tr.question if tr is not None else self.question

    def line_of_phrasing(self, text: str) -> int:
        """The line of a phrasing (or question), in the main fields or in a translation."""
        for i, phrasing in enumerate(self.phrasings):
            if phrasing == text:
                return self.lines.get(("phrasings", i), 1)
        for lang, tr in self.translations.items():
            if tr.question == text:
                return self.lines.get(("translations", lang, "question"), self.lines.get(("translations", lang), 1))
            for i, phrasing in enumerate(tr.phrasings):
                if phrasing == text:
                    return self.lines.get(
                        ("translations", lang, "phrasings", i), self.lines.get(("translations", lang), 1)
                    )
        return self.lines.get(("question",), 1)


RELATED_SHOWN = 3  # follow-ups offered under an answer (`related:`)


@dataclass(frozen=True)
class KnowledgeBase:
    entries: Mapping[str, Entry]
    sources: Mapping[str, Source]
    version: str  # a short content hash, shown in answers so a reply can be traced to its FAQ
    directory: Path

    def __len__(self) -> int:
        return len(self.entries)

    def related(self, entry: Entry, limit: int = RELATED_SHOWN) -> tuple[Entry, ...]:
        """The entries `entry` lists under `related:` that exist, in its order, at most `limit`:
        the follow-ups offered under an answer (Discord buttons, numbered in the console chat)."""
        out = [self.entries[i] for i in dict.fromkeys(entry.related) if i in self.entries and i != entry.id]
        return tuple(out[:limit])


def load_knowledge(knowledge_dir: Path, seeds_dir: Path) -> KnowledgeBase:
    """Load and check the FAQ; raise KnowledgeError listing every problem found.

    Collisions (a phrasing the matcher would answer with another entry) need the matcher and are
    checked by `engine.validate`, which wraps this.
    """
    kb, problems = load_knowledge_collecting(knowledge_dir, seeds_dir)
    if problems:
        raise KnowledgeError(problems)
    return kb


def load_knowledge_collecting(
    knowledge_dir: Path,
    seeds_dir: Path,
    *,
    check_claims: bool = True,
    overlay: Mapping[str, bytes | None] | None = None,
) -> tuple[KnowledgeBase, list[Problem]]:
    """The FAQ as far as it loads, and every problem found. `check_claims=False` leaves out the
    claims check (claims.py) for a caller that runs it itself.

    `overlay`: file name -> the bytes to read instead of that file in `knowledge_dir` (None: as
    if it were removed; a name not in the folder: as if added), so an edit is checked exactly as
    the folder would be after it, without writing anything. While a memo is active (memo.py),
    a file read before with the same bytes and sources is not parsed again."""
    sources, problems = load_sources(seeds_dir)
    sources_key = _sources_key(sources)
    entries: dict[str, Entry] = {}
    digest = hashlib.sha256()
    for source in sources.values():
        digest.update(source.digest.encode())
    if not knowledge_dir.is_dir():
        problems.append(Problem(knowledge_dir, 1, "", "knowledge folder not found"))
        paths: list[Path] = []
    else:
        paths = entry_paths(knowledge_dir) if not overlay else _overlaid_paths(knowledge_dir, overlay)
    if knowledge_dir.is_dir() and not paths:
        problems.append(Problem(knowledge_dir, 1, "", "no entries (*.yaml) found"))
    for path in paths:
        try:
            replaced = overlay.get(path.name) if overlay else None
            raw = replaced if replaced is not None else path.read_bytes()
            text = raw.decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(path, 1, path.stem, f"cannot read: {exc}"))
            continue
        digest.update(path.name.encode() + b"\0" + raw)
        entry = _parse_entry_memoized(path, text, sources, sources_key, problems)
        if entry is None:
            continue
        if entry.id in entries:
            problems.append(
                Problem(
                    path, entry.lines.get(("id",), 1), entry.id, f"duplicate id (also in {entries[entry.id].path.name})"
                )
            )
            continue
        entries[entry.id] = entry
    # An entry with problems of its own still exists: don't also report it as a missing related id.
    problems.extend(_cross_entry_problems(entries, {p.stem for p in paths}))
    if check_claims:  # every number and name an answer states must be in its quotes
        problems.extend(claim_problems(entries, sources))
    kb = KnowledgeBase(
        # Reading order for lists, pages and exports: `order`, then id (the file name).
        entries=MappingProxyType(dict(sorted(entries.items(), key=lambda kv: (kv[1].order, kv[0])))),
        sources=MappingProxyType(sources),
        version=digest.hexdigest()[:10],
        directory=knowledge_dir,
    )
    return kb, problems


def entry_paths(knowledge_dir: Path) -> list[Path]:
    """The FAQ's entry files in `knowledge_dir` (`*.yaml`, then `*.yml`): never the calibration file."""
    return _paths(knowledge_dir, _entry_names(knowledge_dir))


def _entry_names(knowledge_dir: Path) -> list[str]:
    """The names `*.yaml`, then `*.yml`, sorted (what sorted globs give, without a Path each)."""
    try:
        names = os.listdir(knowledge_dir)
    except OSError:
        return []
    return sorted(n for n in names if n.endswith(".yaml")) + sorted(n for n in names if n.endswith(".yml"))


def _paths(knowledge_dir: Path, names: Iterable[str]) -> list[Path]:
    """The paths of `names` in `knowledge_dir`, the calibration file left out; while a memo is
    active, the same Path objects as last time (making 10,000 of them is a measurable part of a
    reload)."""
    return [
        memoized(("entry path", knowledge_dir, name), functools.partial(Path.joinpath, knowledge_dir, name))
        for name in names
        if name != CALIBRATION_FILE
    ]


def _overlaid_paths(knowledge_dir: Path, overlay: Mapping[str, bytes | None]) -> list[Path]:
    """`entry_paths` as they would be with `overlay`'s files written or (None) removed."""
    names = set(_entry_names(knowledge_dir))
    for name, data in overlay.items():
        if data is None:
            names.discard(name)
        elif name != CALIBRATION_FILE and name.endswith((".yaml", ".yml")):
            names.add(name)
    ordered = sorted(n for n in names if n.endswith(".yaml")) + sorted(n for n in names if n.endswith(".yml"))
    return _paths(knowledge_dir, ordered)


def _sources_key(sources: Mapping[str, Source]) -> tuple:
    """Everything of the sources an entry's parse reads (and its quotes keep), as a memo key."""
    return tuple(
        (
            sid,
            source.digest,
            tuple(source.speakers.items()),
            *(getattr(source, f.name) for f in fields(source) if f.name not in ("text", "paragraphs", "speakers")),
        )
        for sid, source in sources.items()
    )


def _parse_entry_memoized(
    path: Path, text: str, sources: Mapping[str, Source], sources_key: tuple, problems: list[Problem]
) -> Entry | None:
    """`_parse_entry`, kept by the file's path and text and the sources while a memo is active."""

    def parse() -> tuple[Entry | None, tuple[Problem, ...]]:
        found: list[Problem] = []
        return _parse_entry(path, text, sources, found), tuple(found)

    entry, found = memoized(("entry", path, text, sources_key), parse)
    problems.extend(found)
    return entry


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def _text_list(value: Any) -> list[str] | None:
    if not isinstance(value, list):
        return None
    items = [_text(v) for v in value]
    if any(item is None for item in items):
        return None
    return items  # type: ignore[return-value]


def _parse_entry(path: Path, text: str, sources: Mapping[str, Source], problems: list[Problem]) -> Entry | None:
    fallback_id = path.stem
    try:
        located = load_located(text)
    except YamlSyntaxError as exc:
        problems.append(Problem(path, exc.line, fallback_id, str(exc)))
        return None
    data = located.data
    if not isinstance(data, dict):
        problems.append(Problem(path, 1, fallback_id, "an entry must be a YAML mapping (key: value lines)"))
        return None
    found: list[Problem] = []

    def bad(key_path: tuple[Any, ...], message: str) -> None:
        found.append(Problem(path, located.line(*key_path), entry_id, message))

    entry_id: str = data["id"] if isinstance(data.get("id"), str) else fallback_id
    for key, line in located.duplicate_keys:
        found.append(Problem(path, line, entry_id, f"key '{key}' appears twice; the first would be lost"))
    for key in data:
        if key not in _ENTRY_KEYS:
            bad((key,), f"unknown field '{key}' (known: {', '.join(sorted(_ENTRY_KEYS))})")

    if not isinstance(data.get("id"), str):
        bad(("id",), "missing or non-text 'id'")
    elif not ID_PATTERN.match(data["id"]):
        bad(("id",), "id must be lowercase letters, digits and '-'")
    elif data["id"] != path.stem:
        bad(("id",), f"id '{data['id']}' does not match the file name '{path.name}'")

    question = _text(data.get("question"))
    if question is None:
        bad(("question",), "missing or empty 'question' (text)")
    for line, _, joined in located.joined_items:
        found.append(Problem(path, line, entry_id, _joined_message(text, line, joined)))
    phrasings = _text_list(data.get("phrasings"))
    if phrasings is None and isinstance(data.get("phrasings"), list):
        for i, item in enumerate(data["phrasings"]):
            if _text(item) is None:
                bad(("phrasings", i), _not_a_text(item))
    elif phrasings is None:
        bad(("phrasings",), "'phrasings' must be a list of non-empty texts")
    elif len(phrasings) < MIN_PHRASINGS:
        bad(("phrasings",), f"needs at least {MIN_PHRASINGS} phrasings, has {len(phrasings)}")
    answer = _text(data.get("answer"))
    if answer is None:
        bad(("answer",), "missing or empty 'answer' (text)")
    elif len(answer) > MAX_ANSWER_CHARS:
        bad(("answer",), f"answer is {len(answer)} characters; keep it to {MAX_ANSWER_CHARS}")

    placeholders: list[tuple[tuple[Any, ...], str | None]] = [(("question",), question), (("answer",), answer)]
    placeholders += [(("phrasings", i), p) for i, p in enumerate(phrasings or [])]
    for key_path, value in placeholders:
        if value is not None and value.startswith(PLACEHOLDER):
            if key_path[0] == "phrasings":
                bad(key_path, f"a phrasing is still a {PLACEHOLDER} placeholder: write it, or remove the line")
            else:
                bad(key_path, f"'{key_path[0]}' is still a {PLACEHOLDER} placeholder: write it")

    order = data.get("order", DEFAULT_ORDER)
    if isinstance(order, bool) or not isinstance(order, int):
        bad(("order",), "'order' must be a whole number (lower numbers are listed first)")
        order = DEFAULT_ORDER

    language = data.get("language", "en")
    if not isinstance(language, str) or not LANGUAGE_PATTERN.match(language):
        bad(("language",), "'language' must be a language code such as en or fa")
        language = "en"

    def bad_word(key_path: tuple[Any, ...], word: int, message: str) -> None:
        found.append(Problem(path, located.word_line(key_path, word), entry_id, message))

    quotes = _parse_quotes(data.get("quotes"), sources, bad, bad_word)
    related = data.get("related", [])
    if related is None:
        related = []
    if not isinstance(related, list) or not all(isinstance(r, str) for r in related):
        bad(("related",), "'related' must be a list of entry ids")
        related = []
    translations = _parse_translations(
        data.get("translations"), language, bad, len(data["quotes"]) if isinstance(data.get("quotes"), list) else 0
    )
    cta = _parse_cta(data.get("cta"), bad)

    problems.extend(found)
    if found:
        return None
    return Entry(
        id=entry_id,
        question=question,  # type: ignore[arg-type]
        phrasings=tuple(phrasings),  # type: ignore[arg-type]
        answer=answer,  # type: ignore[arg-type]
        quotes=tuple(quotes),
        related=tuple(related),
        language=language,
        translations=MappingProxyType(translations),
        path=path,
        lines=MappingProxyType(dict(located.lines)),
        imported=_imported(text, located.lines, phrasings, translations),  # type: ignore[arg-type]
        cta=tuple(cta),
        order=order,
    )


_ASKED_MARK = re.compile(r"\s*# asked in \S+ \(tools/add_phrasings\.py\)\s*$")


def _imported(
    text: str, lines: Mapping[tuple[Any, ...], int], phrasings: list[str], translations: Mapping[str, Translation]
) -> frozenset[str]:
    """The phrasings under an `_ASKED_MARK` comment (with only items or blank lines between)."""
    if "tools/add_phrasings.py" not in text:
        return frozenset()
    rows = text.splitlines()
    keyed: list[tuple[tuple[Any, ...], str]] = [(("phrasings", i), t) for i, t in enumerate(phrasings)]
    keyed += [
        (("translations", lang, "phrasings", i), t)
        for lang, tr in translations.items()
        for i, t in enumerate(tr.phrasings)
    ]
    found = set()
    for key, phrasing in keyed:
        i = lines.get(key, 0) - 2  # the row above the item's
        while i >= 0 and (rows[i].lstrip().startswith("- ") or not rows[i].strip()):
            i -= 1
        if i >= 0 and _ASKED_MARK.match(rows[i]):
            found.add(phrasing)
    return frozenset(found)


def _not_a_text(item: Any) -> str:
    """Why a list item is not a text, in the words of the mistake that usually causes it."""
    if isinstance(item, dict):
        return (
            "this phrasing has a colon followed by a space, so YAML reads it as 'key: value'; "
            "put the whole phrasing in double quotes"
        )
    if isinstance(item, list):
        return "this phrasing is a list (it starts with '[' or '- '); put the whole phrasing in double quotes"
    if item is None or (isinstance(item, str) and not item.strip()):
        return "this phrasing is empty; write it or remove the line"
    return f"this phrasing reads as {type(item).__name__} {item!r}, not as text; put it in double quotes"


def _joined_message(text: str, line: int, joined: str) -> str:
    lines = text.splitlines()
    item = lines[line - 1].strip() if 0 < line <= len(lines) else "- ..."
    return (
        f"'{_shorten(item, 40)}' is indented further than the line above, so YAML joined the two into "
        f'"{_shorten(joined)}"; indent it like the other items (or put the text in double quotes if '
        f"the dash belongs to it)"
    )


def _parse_cta(value: Any, bad) -> list[str]:
    """`cta: [id, ...]`: the form only; whether each id exists is `cta_problems`' job (it needs the config)."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and ID_PATTERN.match(v) for v in value):
        bad(("cta",), "'cta' must be a list of call to action ids (see outreach.calls_to_action in config.yaml)")
        return []
    if len(set(value)) != len(value):
        bad(("cta",), "'cta' lists a call to action twice")
        return []
    if len(value) > MAX_CTAS:
        bad(("cta",), f"'cta' lists {len(value)} calls to action; at most {MAX_CTAS} can be shown")
        return []
    return value


def cta_problems(entries: Mapping[str, Entry], known: Collection[str]) -> list[Problem]:
    """Entries asking for a call to action that config.yaml does not define, each with file and line."""
    problems = []
    for entry in entries.values():
        for i, cta_id in enumerate(entry.cta):
            if cta_id not in known:
                line = entry.lines.get(("cta", i), entry.lines.get(("cta",), 1))
                names = ", ".join(sorted(known)) or "none defined in config.yaml outreach.calls_to_action"
                problems.append(
                    Problem(entry.path, line, entry.id, f"unknown call to action '{cta_id}' (known: {names})")
                )
    return problems


def _parse_quotes(value: Any, sources: Mapping[str, Source], bad, bad_word) -> list[Quote]:
    if not isinstance(value, list) or not value:
        bad(("quotes",), "'quotes' must be a list with at least one quote")
        return []
    quotes = []
    for i, item in enumerate(value):
        where = ("quotes", i)
        if not isinstance(item, dict):
            bad(where, f"quote {i + 1} must be a mapping with source, speaker and text")
            continue
        for key in item:
            if key not in _QUOTE_KEYS:
                bad(where + (key,), f"quote {i + 1}: unknown field '{key}'")
        source_id, speaker, text = item.get("source"), item.get("speaker"), _text(item.get("text"))
        hint = item.get("paragraph")
        if not isinstance(source_id, str) or source_id not in sources:
            known = ", ".join(sorted(sources)) or "none loaded"
            bad(where + ("source",), f"quote {i + 1}: unknown source '{source_id}' (known: {known})")
            continue
        source = sources[source_id]
        if not isinstance(speaker, str) or speaker not in source.speakers:
            bad(
                where + ("speaker",),
                f"quote {i + 1}: unknown speaker '{speaker}' for source {source_id} "
                f"(known: {', '.join(source.speakers)})",
            )
            continue
        if text is None:
            bad(where + ("text",), f"quote {i + 1}: missing or empty 'text'")
            continue
        if hint is not None and (
            not isinstance(hint, int) or isinstance(hint, bool) or not 1 <= hint <= len(source.paragraphs)
        ):
            bad(where + ("paragraph",), f"quote {i + 1}: paragraph must be a number from 1 to {len(source.paragraphs)}")
            continue
        span = source.find(text, hint)
        if span is None:
            # Where it departs from the closest passage, at the line of the first differing word.
            detail = f" in paragraph {hint}" if hint else ""
            mismatch = source.closest(text, hint)
            bad_word(
                where + ("text",),
                mismatch.word,
                f"quote {i + 1} not found verbatim in source {source_id}{detail}: {mismatch.describe()}",
            )
            continue
        start, end = span
        quotes.append(Quote(source, speaker, source.text[start:end], source.paragraph_at(start).number, start, end))
    return quotes


def _parse_translations(value: Any, main_language: str, bad, n_quotes: int = 0) -> dict[str, Translation]:
    if value is None or value == {}:
        return {}
    if not isinstance(value, dict):
        bad(("translations",), "'translations' must map language codes to question/phrasings/answer")
        return {}
    result = {}
    for lang, body in value.items():
        where = ("translations", lang)
        if not isinstance(lang, str) or not LANGUAGE_PATTERN.match(lang) or lang == main_language:
            bad(where, f"translation key '{lang}' must be a language code other than {main_language}")
            continue
        if not isinstance(body, dict):
            bad(where, f"translation '{lang}' must be a mapping")
            continue
        for key in body:
            if key not in _TRANSLATION_KEYS:
                bad(
                    where + (key,),
                    f"translation '{lang}': unknown field '{key}' (known: {', '.join(sorted(_TRANSLATION_KEYS))})",
                )
        question, answer = _text(body.get("question")), _text(body.get("answer"))
        phrasings = _text_list(body.get("phrasings", []))
        if question is None or answer is None or phrasings is None:
            bad(where, f"translation '{lang}' needs a question, an answer and a list of phrasings")
            continue
        if len(answer) > MAX_ANSWER_CHARS:
            bad(
                where + ("answer",),
                f"translation '{lang}': answer is {len(answer)} characters; keep it to {MAX_ANSWER_CHARS}",
            )
            continue
        reviewed = body.get("reviewed", False)
        if not isinstance(reviewed, bool):
            bad(where + ("reviewed",), f"translation '{lang}': 'reviewed' must be true or false")
            continue
        quotes = body.get("quotes", [])
        if quotes is None:
            quotes = []
        if not isinstance(quotes, list) or not all(q is None or _text(q) is not None for q in quotes):
            bad(
                where + ("quotes",),
                f"translation '{lang}': 'quotes' must be a list of texts (or null), "
                "the i-th translating the entry's i-th quote",
            )
            continue
        if len(quotes) > n_quotes:
            bad(where + ("quotes",), f"translation '{lang}': {len(quotes)} quote translations for {n_quotes} quote(s)")
            continue
        result[lang] = Translation(
            lang, question, tuple(phrasings), answer, reviewed, tuple(None if q is None else _text(q) for q in quotes)
        )
    return result


# An entry sharing this many phrasings with another is a copy (a file duplicated under a new id):
# one line says so, instead of one line per phrasing.
COPY_THRESHOLD = 3


def _cross_entry_problems(entries: Mapping[str, Entry], file_ids: set[str]) -> list[Problem]:
    problems = []
    seen: dict[str, str] = {}
    shared: dict[tuple[str, str], list[tuple[str, str, int]]] = {}  # (entry, owner) -> its repeated texts
    for entry in entries.values():
        for rid in entry.related:
            if rid not in entries and rid not in file_ids:
                problems.append(
                    Problem(
                        entry.path, entry.lines.get(("related",), 1), entry.id, f"related entry '{rid}' does not exist"
                    )
                )
            elif rid == entry.id:
                problems.append(
                    Problem(
                        entry.path, entry.lines.get(("related",), 1), entry.id, "an entry cannot be related to itself"
                    )
                )
        for kind, text, line, key in _keyed(entry):
            if not key:
                problems.append(
                    Problem(entry.path, line, entry.id, f'{kind} "{_shorten(text)}" has no words the bot can match')
                )
                continue
            owner = seen.get(key)
            if owner == entry.id:
                problems.append(
                    Problem(entry.path, line, entry.id, f'{kind} "{_shorten(text)}" is repeated in this entry')
                )
            elif owner is not None:
                shared.setdefault((entry.id, owner), []).append((kind, text, line))
            else:
                seen[key] = entry.id
    for (entry_id, owner), texts in shared.items():
        entry = entries[entry_id]
        if len(texts) < COPY_THRESHOLD:
            problems += [
                Problem(
                    entry.path, line, entry_id, f"{kind} \"{_shorten(text)}\" is also a phrasing of entry '{owner}'"
                )
                for kind, text, line in texts
            ]
            continue
        # The copy is the entry whose id extends the other's ("executions-2"); else the later file.
        copy, original = (owner, entry_id) if owner.startswith(entry_id) and owner != entry_id else (entry_id, owner)
        first_line: dict[str, int] = {}  # key -> line of that text in the copy
        for _, _, at, key in _keyed(entries[copy]):
            first_line.setdefault(key, at)
        line = min(first_line.get(comparable(text), 1) for _, text, _ in texts)
        problems.append(
            Problem(
                entries[copy].path,
                line,
                copy,
                f"{copy} repeats {len(texts)} phrasings of {original}; if it is a copy, remove it, "
                f"otherwise give it phrasings of its own",
            )
        )
    return problems


def _keyed(entry: Entry) -> list[tuple[str, str, int, str]]:
    """(kind, text, line, its comparable form) of every question and phrasing of `entry` (kept)."""
    return entry.kept(
        "comparable", lambda: [(kind, text, line, comparable(text)) for kind, text, line in _texts(entry)]
    )


def comparable_texts(entry: Entry) -> list[str]:
    """The comparable form (text.comparable) of every question and phrasing of `entry`, in every
    language: what the duplicate check compares, so no two entries of a valid FAQ share one."""
    return [key for _, _, _, key in _keyed(entry) if key]


def _texts(entry: Entry) -> list[tuple[str, str, int]]:
    """(kind, text, line) of every question and phrasing of `entry`, in every language."""
    texts = [("question", entry.question, entry.lines.get(("question",), 1))]
    texts += [("phrasing", p, entry.lines.get(("phrasings", i), 1)) for i, p in enumerate(entry.phrasings)]
    for lang, tr in entry.translations.items():
        texts.append((f"{lang} question", tr.question, entry.lines.get(("translations", lang), 1)))
        texts += [
            (f"{lang} phrasing", p, entry.lines.get(("translations", lang, "phrasings", i), 1))
            for i, p in enumerate(tr.phrasings)
        ]
    return texts


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
