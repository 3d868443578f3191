"""The fallbacks that match a part of the message alone: its first sentence before a short guess
(_by_guess, Persian and Finglish), or one of its sentences or clauses (_by_sentence)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from . import i18n, persian
from .fallback_base import EngineParts, _answered_as
from .matcher import MatchResult, Reason
from .overview import _doc_stem
from .persian_frames import plain_of
from .scope import FRAME_WORDS, Scope
from .sentences import (
    _CLAUSE_BREAK,
    _JOINERS,
    _MAX_SENTENCES,
    _QUESTION_WORDS,
    _RESTATES,
    _SENTENCE_BREAK,
    _WHAT_WORDS,
    WH_WORD,
    _before_guess,
    _guess_after,
    _has_subject,
    _is_question,
)
from .text import STOP_WORDS, stem, words


class SentenceFallback(EngineParts):
    """Engine's fallbacks by a part of the message, and what they read of the FAQ's words."""

    def _by_guess(self, question: str, result: MatchResult, language: str) -> MatchResult:
        """A Persian or Finglish "what" question followed by a short yes/no guess at its answer
        («نامه چی میخواد؟ رای دادن به قطعنامه؟», what does the letter want? voting
        for the resolution?): the first sentence is what is asked, the guess only a candidate
        answer, whose words (a vote, a resolution) would otherwise outrank the question's own. When
        the first sentence alone is answered by another entry than the whole message, it answers;
        the scope check still reads the whole message (`_other_questions` names the guess when
        it ranks another entry)."""
        text = self._bounded(question)
        sentences = [part.strip() for part in _SENTENCE_BREAK.split(text) if part.strip()]
        if len(sentences) != 2 or not sentences[1].endswith(("?", "\u061f")):
            return result
        first, guess = (re.findall(r"\w+", persian.normalize(s) if language == "fa" else s.lower()) for s in sentences)
        if _WHAT_WORDS.isdisjoint(first) or not _QUESTION_WORDS[language].isdisjoint(guess) or len(guess) > 5:
            return result
        alone = self.match(sentences[0], language)
        if not alone.answered or alone.entry_id == result.entry_id:
            return result
        return _answered_as(result, alone, Reason.SENTENCE)

    def _by_sentence(self, question: str, result: MatchResult, language: str) -> MatchResult:
        """A message of several sentences ("Good afternoon. Could you tell me who signed it?",
        "I'm writing a post and need a list: which problems does the letter name?") scores low as a
        whole, its greetings and context diluting every signal. Each of its sentences is matched
        alone too, and the first that is answered with confidence, by the entry the whole message
        ranks first, answers it: two readings that agree, never a sentence read against the rest
        of the message. Only sentences that ask (a question mark, or a question word first)
        count, and of a sentence's clauses only the last ("hey, quick q, when was it written?").
        Below the thresholds only (a veto stands); the scope check still reads the whole
        message. `result`: `match(question, language)`."""
        if result.reason not in (Reason.BELOW_ANSWER, Reason.BELOW_SUGGEST) or result.best is None:
            return result
        text = self._bounded(question)
        sentences = [part for part in _SENTENCE_BREAK.split(text) if part.strip()]
        # and the last clause of each ("hey, quick q, when was it written?"), where a question
        # after a greeting or some context comes; a first clause could drop what follows it
        # ("which journalists were arrested, by name")
        clauses = [parts[-1] for s in sentences if len(parts := _CLAUSE_BREAK.split(s)) > 1 and parts[-1].strip()]
        # and, in English, every clause of a sentence whose clauses all open with a question word
        # ("what's wrong there, like what topics does it cover", "who is she and in what setting
        # did she speak?"): each asks in full, none drops what another says ("..., in the old
        # garden?" opens with none: its question mark is the sentence's); another clause about
        # another entry still bars it (`asking`, below)
        if language == i18n.EN:
            clauses += [
                part
                for s in sentences
                if len(parts := [p for p in _CLAUSE_BREAK.split(s) if p.strip()]) > 1
                and all(_is_question(p.rstrip("?!. "), language) for p in parts)
                for part in parts[:-1]
            ]
        # and, in English, a sentence without its guess ("so whats the ask here, **they just want
        # the un to condemn it?**"): the question the guess is a candidate answer to (`_before_guess`)
        # (it asks: the sentence's question mark is its own)
        heads = [head for s in sentences if (head := _before_guess(s)) is not None] if language == i18n.EN else []
        clauses += heads
        if len(sentences) + len(clauses) < 2:
            return result
        # what the message asks: its asking sentences, and their asking clauses ("Do the bees
        # sting, and is the lighthouse still working?" asks twice in one sentence)
        asking = list(
            dict.fromkeys(
                piece
                for s in sentences[:_MAX_SENTENCES]
                for piece in (s, *_CLAUSE_BREAK.split(s))
                if piece.strip() and _is_question(piece, language)
            )
        )[: 2 * _MAX_SENTENCES]
        seen: dict[str, MatchResult] = {}

        def joined_off(text: str) -> str:
            """`text` without a connective it opens with: "but who wrote it" asks "who wrote it"."""
            return (_JOINERS.sub("", text.strip()) if language == i18n.EN else text) or text

        def answer_alone(text: str) -> MatchResult | None:
            """`alone_of(text)`, or None when that is no answer with the entry ranked first: told
            without a full ranking when neither `text` nor its plain form can be one
            (`_answer_or_none`), as most cannot."""
            if text in seen or text == question:
                return alone_of(text)
            alone = self._answer_or_none(joined_off(text), language, only=result.best)
            again = None
            if alone is None:
                bare = plain_of(text, language)
                again = self._answer_or_none(bare, language, only=result.best) if bare is not None else None
                if again is None:
                    again = self._named_alone(text, language, result.best)
                if again is None:
                    return None
                alone = self.match(joined_off(text), language)
            return alone_of(text, alone, again)

        def alone_of(text: str, alone: MatchResult | None = None, again: MatchResult | None = None) -> MatchResult:
            """`text` matched alone; `alone`, `again`: its match and its plain form's, when known."""
            if text not in seen:
                # a message of one sentence: `result` is its match already (`ask`)
                if alone is None:
                    alone = result if text == question else self.match(joined_off(text), language)
                # and without its chat filler ("can u sum it up in a couple sentences?")
                if not alone.answered and (bare := plain_of(text, language)) is not None:
                    # (it counts only as an answer with the entry `alone` ranks first: told
                    # without a full ranking when it cannot be one, `_answer_or_none`)
                    if again is None:
                        again = self._answer_or_none(bare, language, only=alone.best) if alone.best else None
                    if again is not None and again.answered and again.best == alone.best:
                        alone = again
                if not alone.answered and alone.best:
                    # and without a figure naming the thing it asks of ("what are the 34 groups
                    # calling for": `_by_named_figure`'s reading, of this sentence alone)
                    named = self._named_alone(text, language, alone.best)
                    if named is not None and named.answered and named.best == alone.best:
                        alone = named
                seen[text] = alone
            return seen[text]

        # The one question of a message whose other sentences tell the asker's own story ("Hi,
        # I'm writing a post for our group. What abuses does the letter highlight?"): the story's
        # words may tip the whole message's ranking to its runner-up, so the entry it ranks
        # second agrees too, when the question names something of its own
        agreeing = {result.best}
        if language == i18n.EN and result.second is not None and len(sentences) > 1:
            questions = [s for s in sentences[:_MAX_SENTENCES] if _is_question(s, language)]
            story = [s for s in sentences[:_MAX_SENTENCES] if s not in questions]
            if (
                len(questions) == 1
                and _has_subject(questions[0])
                and story
                and all(map(_tells_the_askers_story, story))
            ):
                agreeing.add(result.second)
        for sentence in [*sentences[:_MAX_SENTENCES], *clauses[:_MAX_SENTENCES]]:
            if sentence not in heads and not _is_question(sentence, language):
                continue  # "... and saw the lighthouse flash.": context, not what is asked
            alone = answer_alone(sentence) if len(agreeing) == 1 else alone_of(sentence)
            if alone is not None and alone.answered and alone.entry_id in agreeing:
                # Another question of the message about another entry ("Do the bees sting? Is the
                # lighthouse still working?"): an answer, its "Yes." above all, would read as the
                # answer to it. A question that ranks no other entry ("can you help me?") is no bar.
                # A clause restating it ("..., like what did they do") is no other question,
                # unless it names what only another entry speaks of ("..., like do the bees sting").
                answered = alone.entry_id
                if any(
                    not _names_nothing(other, language)
                    and alone_of(other).best not in (None, answered)
                    and not self._restates(other, answered, alone_of(other).best)
                    and not (language == i18n.EN and self._guessed(other, sentences, question, answered))
                    for other in asking
                ):
                    return result
                return _answered_as(result, alone, Reason.SENTENCE)
        return result

    def _named_alone(self, text: str, language: str, best: str | None) -> MatchResult | None:
        """`text` without the figures that name what it asks of (`_without_named_figures`: "the
        34 groups" as "the groups"), answered with `best` (`_answer_or_none`); None otherwise."""
        if best is None or language not in (i18n.EN, i18n.FA):
            return None
        named = self._without_named_figures(text, language)
        return self._answer_or_none(named, language, only=best) if named is not None else None

    def _restates(self, clause: str, entry_id: str | None, other: str | None) -> bool:
        """Whether `clause` restates a question answered with `entry_id` though it ranks `other`
        first alone: it opens "like", "i mean", "as in" (`_RESTATES`) and uses no word that
        `other` says and `entry_id` does not ("..., like what did they do" is vague enough to
        rank anything; "..., like do the bees sting" asks about the bees)."""
        if not _RESTATES.match(clause) or entry_id is None or other is None:
            return False

        def asked_or_said(eid: str) -> set[str]:  # its answer, its questions and phrasings
            entry = self.kb.entries[eid]
            return {stem(w) for t in (entry.answer, *entry.all_phrasings()) for w in words(t)}

        own = asked_or_said(other) - asked_or_said(entry_id)
        return all(stem(w) not in own for w in words(clause) if w not in STOP_WORDS and w not in FRAME_WORDS)

    def _guessed(self, part: str, sentences: Sequence[str], question: str, entry_id: str) -> bool:
        """Whether `part` of an English message is a guess at the answer to its question
        (`_guess_after`) that the answer with `entry_id` speaks to: the entry's answer, quotes,
        question or phrasings say every content word of it ("what are the main concerns?
        **executions?**", "what do they want the GA to do? **vote for something?**"), or
        the scope check of the whole message names what they do not ("what year was this letter?
        **2017?**" gets "The sources do not mention “2017”"). A guess they never speak of ("which
        flowers do the honeybees visit? **the lighthouse garden?**") would read as confirmed by an
        answer in full: it still bars it (`_by_sentence`)."""
        if not _guess_after(part, sentences):
            return False
        entry = self.kb.entries[entry_id]
        texts = (entry.answer, *entry.all_phrasings(), *(q.text for q in entry.quotes))
        said = {stem(w) for t in texts for w in words(t)}
        if all(stem(w) in said for w in words(part) if w not in STOP_WORDS and w not in FRAME_WORDS):
            return True
        return self.scope.check(question, entry_id).scope is not Scope.FULL

    def _uses(self, entry_id: str) -> frozenset[str]:
        """The stems (`_doc_stem`) of the words of an entry's question, answer and English phrasings,
        stop words left out: what it is about, in the words it is asked with too ("ngo letter")."""
        return self._uses_of[entry_id]

    @functools.cached_property
    def _uses_of(self) -> dict[str, frozenset[str]]:
        """`_uses` of every entry, read once per engine (an edit replaces the engine)."""
        return {
            entry.id: frozenset(
                _doc_stem(w)
                for t in (entry.question, entry.answer, *entry.phrasings)
                for w in words(t, finglish=False)
                if w not in STOP_WORDS
            )
            for entry in self.kb.entries.values()
        }


# A sentence that tells the asker's own story ("I'm writing a post ...", "my cousin is a trade
# unionist ..."), after any greeting: first person, no question
_ASKERS_STORY = re.compile(
    r"^\W*(?:(?:hi|hey|hello|salam|salaam|heya|yo)\b[\s,!.]*(?:(?:all|everyone|guys|folks|there)\b[\s,!.]*)?)?"
    r"(?:i|i'?m|i\u2019m|im|i'?ve|my|we|we'?re|our)\b",
    re.IGNORECASE,
)


def _tells_the_askers_story(sentence: str) -> bool:
    """(not "I need to know which grievances the letter highlights.": a question in a statement)"""
    return (
        _ASKERS_STORY.match(sentence) is not None
        and not sentence.rstrip().endswith("?")
        and WH_WORD.search(sentence) is None
    )


# Words that ask only why (what kind of answer), naming no thing: "and for what reason?", "on what
# grounds?", "and why?" ask the cause of what the rest of the sentence asks; so do «علتش چی
# بوده؟» (what was its cause?), «دلیلش چیه؟», "dalilesh chie?" (by their stems, with "what").
# Ordinary English, Persian and Finglish.
_WHY_WORDS = frozenset("reason reasons grounds basis purpose cause".split())
_WHY_WORDS_FA = frozenset("علت دلیل چرا چی چیه chera dalil elat ellat chi chie".split())


def _names_nothing(piece: str, language: str) -> bool:
    """Whether a clause names nothing but why ("and for what reason?", «علتش چی بوده؟»): it ranks
    some entry or other by its frame alone, and so is no other question about another entry."""
    said = [w for w in words(piece) if w not in STOP_WORDS and w not in FRAME_WORDS]
    if language == i18n.EN:
        return all(w in _WHY_WORDS for w in said)
    return all(persian.stem(w) in _WHY_WORDS_FA or w in _WHY_WORDS_FA for w in said)
