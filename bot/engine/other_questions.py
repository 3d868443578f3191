"""The caveat over a message's other questions (Engine._other_questions): when one sentence is answered
in full by the entry, the caveat names the sentences it does not answer, as the user wrote them."""

from __future__ import annotations

import re

from . import i18n, persian
from .document_request import _REQUEST_FOR, _asks_for_document
from .fallback_base import EngineParts
from .scope import FRAME_WORDS, Gap, Scope, ScopeCheck, Uncovered
from .sentences import (
    _AND_ASKS,
    _OPENS_QUESTION,
    _SENTENCE_BREAK,
    _has_subject,
    _with_subject,
    asks_on_its_own,
    offers_an_answer,
    says_of_it,
)
from .text import STOP_WORDS


class OtherQuestions(EngineParts):
    """Engine's caveat over the other questions of a message."""

    def _other_questions(self, question: str, entry_id: str, language: str) -> ScopeCheck | None:
        """ "Who signed the letter? And how many Baha'is were executed?": the entry answers the
        first question in full, and the caveat must not read as one about it ("no figure for
        Baha'is" over the list of signatories). When one sentence of the message is matched alone
        to the same entry and answered in full, the caveat names the message's other sentences
        that the entry does not answer in full, as the user wrote them, instead of their terms.
        None: the scope check of the whole message stands (then read by the caller, only then).

        Its cost is most of what the slowest asks pay beyond the median (measured at 7028f25 on
        the benchmark's 10,000 queries: of the 100 slowest, 63 are one question and a tail, "X
        ki-e? who's the author", for which this reads the question alone at about 0.6 ms: its
        check, then `_answer_or_none` in both Latin-script indexes). The order is the cheapest
        that gives the same caveat: with one question, the caveat needs that question unanswered
        (its check partial, or answered alone with another entry) AND every other sentence
        checked in full and one answered alone with this entry; the first fails in 56 of those
        63 and costs less, the second fails in 24. Both readings of the question are needed to
        tell it answered (a full check and no other answer), and no two passes of one ask read
        the same text (1 repeat in 3,000 asks): nothing here is skipped without changing some
        reply. A new rule here keeps to that: the necessary condition that fails most often,
        and is cheapest, first."""
        text = self._bounded(question)
        sentences = [part.strip() for part in _SENTENCE_BREAK.split(text) if part.strip()]
        joined: list[str] = []
        as_typed: dict[str, str] = {}  # a joined question as read -> as the user wrote it
        if len(sentences) == 1 and language == i18n.EN and _AND_ASKS.search(text):
            # "is the resolution binding and did it pass", "who is X and what did she say about
            # Y": two questions joined by "and", each asked as it would be alone (a clause that
            # opens with a question word or an auxiliary asks, whatever subject it names)
            joined = [part.strip().rstrip("?") + "?" for part in _AND_ASKS.split(text) if part.strip()]
            if len(joined) >= 2 and all(_OPENS_QUESTION.match(part) for part in joined):
                read = _with_subject(joined, self.matcher.settings.max_question_chars)
                as_typed = dict(zip(read, joined))
                sentences = joined = read
            else:
                joined = []
        if len(sentences) < 2 or len(sentences) > 6:
            return None
        # Only a question with a subject of its own can be one the entry does not answer: those
        # are read first, and the rest only if one of them is (most messages stop here, unread).
        # A Persian or Finglish question of one word with "its" on it («تاریخش؟», "its date?") asks
        # a thing of what the message is about: a question of its own too.
        asking = [
            s
            for i, s in enumerate(sentences)
            if s in joined
            or (
                s.endswith(("?", "\u061f"))
                and (
                    _has_subject(s)
                    or (i and language != i18n.EN and self._of_it(s))
                    # ("who signed the letter? how many were executed?": one thing named, no "it")
                    or (i and language == i18n.EN and asks_on_its_own(s))
                )
                # ("... what do they want? just a vote?": an answer offered, not asked)
                and not (i and offers_an_answer(s))
                # ("people think things got better. what does X say?": what X says of that)
                and not (i and says_of_it(s))
            )
            # "..., send me the full text": a request for the document or an address, asked too
            or (i and _REQUEST_FOR.search(s) is not None and _asks_for_document(s))
        ]
        # Of one question only, whether it is answered matters only with another entry (an answer
        # with this one, and no other question left unanswered, leaves the message's check)
        single = asking[0] if len(asking) == 1 else None
        answered = False
        unanswered: set[str] = set()
        for i, sentence in enumerate([*asking, *(s for s in sentences if s not in asking)]):
            if sentence not in asking and not unanswered:
                return None
            if i == len(sentences) - 1 and not answered and not unanswered:
                return None  # the last sentence, and the last question: it alone cannot make a caveat
            check = self.scope.check(sentence, entry_id)
            if check.scope is Scope.PARTIAL:
                if (
                    sentence != single
                    and all(u.gap is Gap.VAGUE for u in check.uncovered)
                    and self.scope.counts_people(entry_id)
                ):
                    # «ایران جزو کشورهایی هست که بیشترین اعدام رو دارن؟ چند نفر؟»: a count of
                    # people, nothing else named, asks the figure of what the message is about
                    continue
                if joined and sentence == joined[0]:
                    return None  # the message's own question is not answered: its own caveat says so
                if sentence not in asking:
                    return None  # "2017?", "saw it on reddit": the terms' own caveat says it
                unanswered.add(sentence)
                continue
            if joined and sentence == joined[0]:
                # the message's first question, which it was matched by: answered in full
                answered = True
                continue
            if answered and sentence not in asking:
                continue  # it could only answer with this entry, as another has
            # only whether and with what it is answered (None: not answered)
            # (of a sentence that does not ask, only an answer with this entry counts)
            alone = self._answer_or_none(
                sentence,
                language,
                entry_id,
                # (once another answers with this entry, only an answer with another one counts)
                excluded=entry_id if sentence == single or answered else None,
                only=None if sentence in asking else entry_id,
            )
            if alone is None:
                continue
            if alone.answered and alone.entry_id == entry_id:
                answered = True
            elif sentence in asking and alone.answered:
                # "Who signed the letter? When was it sent?": a question another entry answers,
                # which this one does not ("What is that about?" refers to the rest)
                unanswered.add(sentence)
        if not (answered and unanswered):
            return None
        others = [s for s in sentences if s in unanswered]  # in the message's order
        return ScopeCheck(
            Scope.PARTIAL,
            tuple(Uncovered(as_typed.get(s, s).rstrip("?!.;: \u061f\u061b"), Gap.OTHER) for s in others),
        )

    def _of_it(self, sentence: str) -> bool:
        """Whether a Persian or Finglish sentence asks a thing of something named before: a word
        the FAQ knows with "its" or "their" on it («تاریخش», «هدفشون», "tarikhesh"), and no other
        content word. A guess at an answer («رای دادن به قطعنامه؟») has none."""
        typed = re.findall(r"\w+", persian.normalize(sentence).lower())  # as typed: `words` strips "its"
        found = [w for w in typed if w not in STOP_WORDS and w not in persian.STOP_WORDS and w not in FRAME_WORDS]
        if len(found) != 1:
            return False
        word = found[0]
        # known as a name is: a word of one or two consonants by its stem only («پری», "pr", is
        # not every word of those consonants)
        base = persian.without_possessive(word, self.scope.knows_name)
        return base is not None and self.scope.knows_name(base)
