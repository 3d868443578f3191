"""An entry as a moderator types it into a form (Discord's modal), and back.

A form has at most five text boxes, so an entry is five texts:

    question    one line
    phrasings   one per line (a leading "- " is dropped, empty lines are ignored)
    answer      free text
    quotes      each quote copied verbatim from its source; quotes separated by an empty line
    sources     one line per quote: `SOURCE-ID SPEAKER [PARAGRAPH]`; a single line applies to
                every quote (`iran-un-letter-report letter`, `iran-un-letter-report bahreini 8`)

Fields the form does not show (related, language, translations) are kept from the file as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .errors import EditRefused

ID_SLUG_WORDS = 6
ID_SLUG_CHARS = 40


@dataclass(frozen=True)
class DraftQuote:
    source: str
    speaker: str
    text: str
    paragraph: int | None = None

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"source": self.source, "speaker": self.speaker, "text": self.text}
        if self.paragraph is not None:
            data["paragraph"] = self.paragraph
        return data


@dataclass(frozen=True)
class Draft:
    question: str
    phrasings: tuple[str, ...]
    answer: str
    quotes: tuple[DraftQuote, ...]

    def apply_to(self, data: dict[str, Any]) -> dict[str, Any]:
        """`data` (an entry file's mapping) with this draft's fields in place of its own."""
        out = dict(data)
        out["question"] = self.question
        out["phrasings"] = list(self.phrasings)
        out["answer"] = self.answer
        out["quotes"] = [q.to_data() for q in self.quotes]
        return out

    # -- the five form texts ------------------------------------------------------------------

    def form_texts(self) -> dict[str, str]:
        sources = [_source_line(q) for q in self.quotes]
        if len(set(sources)) == 1:
            sources = sources[:1]
        return {
            "question": self.question,
            "phrasings": "\n".join(self.phrasings),
            "answer": self.answer,
            "quotes": "\n\n".join(q.text for q in self.quotes),
            "sources": "\n".join(sources),
        }

    @classmethod
    def from_form(cls, question: str, phrasings: str, answer: str, quotes: str, sources: str) -> Draft:
        """Parse the form; EditRefused says what to fix when the texts cannot make an entry."""
        texts = [_one_line(block) for block in re.split(r"\n[ \t]*\n", quotes.strip()) if block.strip()]
        source_lines = [line.strip() for line in sources.splitlines() if line.strip()]
        if not texts:
            raise EditRefused("Give at least one quote, copied word for word from a source.")
        if not source_lines:
            raise EditRefused("Say where the quotes come from: `SOURCE-ID SPEAKER` (one line per quote).")
        if len(source_lines) == 1:
            source_lines = source_lines * len(texts)
        if len(source_lines) != len(texts):
            raise EditRefused(
                f"{len(texts)} quote(s) (separated by an empty line) but {len(source_lines)} source line(s): "
                "give one source line per quote, or a single line for all of them."
            )
        parsed = []
        for n, (text, line) in enumerate(zip(texts, source_lines), 1):
            parts = line.replace(",", " ").split()
            if len(parts) == 4 and parts[2].lower() in ("paragraph", "p", "para"):
                parts = [parts[0], parts[1], parts[3]]
            if len(parts) not in (2, 3) or (len(parts) == 3 and not parts[2].lstrip("p").isdigit()):
                raise EditRefused(
                    f"Source line {n} should read `SOURCE-ID SPEAKER` or `SOURCE-ID SPEAKER PARAGRAPH`, not `{line}`."
                )
            paragraph = int(parts[2].lstrip("p")) if len(parts) == 3 else None
            parsed.append(DraftQuote(parts[0], parts[1], text, paragraph))
        lines = [re.sub(r"^\s*[-*\u2022]\s+", "", line) for line in phrasings.splitlines()]
        return cls(
            question=_one_line(question),
            phrasings=tuple(_one_line(line) for line in lines if line.strip()),
            answer=_one_line(answer),
            quotes=tuple(parsed),
        )

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Draft:
        """The draft for an entry file's mapping (what the edit form starts with)."""
        quotes = []
        for q in data.get("quotes") or []:
            if isinstance(q, dict):
                paragraph = q.get("paragraph") if isinstance(q.get("paragraph"), int) else None
                quotes.append(
                    DraftQuote(
                        str(q.get("source", "")),
                        str(q.get("speaker", "")),
                        _one_line(str(q.get("text", ""))),
                        paragraph,
                    )
                )
        listed = data.get("phrasings")
        phrasings: list[Any] = listed if isinstance(listed, list) else []
        return cls(
            question=_one_line(str(data.get("question") or "")),
            phrasings=tuple(_one_line(str(p)) for p in phrasings),
            answer=_one_line(str(data.get("answer") or "")),
            quotes=tuple(quotes),
        )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _source_line(quote: DraftQuote) -> str:
    line = f"{quote.source} {quote.speaker}"
    return f"{line} {quote.paragraph}" if quote.paragraph is not None else line


def slug(question: str) -> str:
    """An entry id made from a question: `How many people were executed?` -> `how-many-people-were-executed`."""
    words = re.findall(r"[a-z0-9]+", question.lower())[:ID_SLUG_WORDS]
    text = "-".join(words)[:ID_SLUG_CHARS].strip("-")
    return text or "entry"
