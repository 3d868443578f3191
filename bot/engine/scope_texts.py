"""What the scope index reads of each entry (Engine.build): what it says, who speaks in its sources,
whose words its quotes are, and its own questions."""

from __future__ import annotations

from .knowledge import Entry


def _said(entry: Entry) -> list[str]:
    """What an entry says, for the scope index: its answer, question, quotes and attributions, and
    what its translations say, so that a Persian question's words are checked against Persian ones
    ("۳۴ سازمان": organisations are counted)."""
    return [
        entry.answer,
        entry.question,
        *(q.text for q in entry.quotes),
        *(q.attribution for q in entry.quotes),
        *(t.answer for t in entry.translations.values()),
        *(q for t in entry.translations.values() for q in t.quotes if q),
    ]


def _speakers(entry: Entry) -> list[str]:
    """Who speaks in the sources an entry quotes: each speaker's key and description (scope/)."""
    sources = {q.source.id: q.source for q in entry.quotes}
    return [text for source in sources.values() for key, said in source.speakers.items() for text in (key, said)]


def _quoted_speakers(entry: Entry) -> list[str]:
    """Whose words an entry's own quotes are: each one's key and description (scope/), and the
    source's own voice, which speaks for all of it ("do the notes say ...": a speaker described
    as the document "itself", and the kind of document it is)."""
    sources = {q.source.id: q.source for q in entry.quotes}
    own = [
        text
        for source in sources.values()
        for key, said in source.speakers.items()
        if {"itself", "themselves"} & set(said.lower().split())
        for text in (key, said)
    ]
    kinds = [source.kind for source in sources.values() if source.kind]
    return [*(text for q in entry.quotes if q.speaker for text in (q.speaker, q.attribution)), *own, *kinds]


def _topic_texts(entry: Entry) -> list[str]:
    """An entry's own questions, in every language: what it is about (scope/)."""
    return [entry.question, *(t.question for t in entry.translations.values())]
