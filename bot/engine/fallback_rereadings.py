"""The fallbacks that read the question again in other words and match that reading: plain (no chat
filler), its meaning, without a speaker, an asker or a mention, its subject, its topic, its lead, a claim."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable

from . import i18n
from .asked import _DETERMINERS
from .attributions import as_asker, asked_of_asker, mentioned_subject, named_before, told_who, unattributed_readings
from .fallback_base import EngineParts, _answered_as
from .matcher import MatchResult, Outcome, Reason
from .overview import GIST_WORDS
from .persian import DETERMINERS_FA, DETERMINERS_FINGLISH, QUESTION_WORDS_FA
from .persian_frames import about_frame, plain_of, subject_of, wanted_of
from .persian_meaning import meaning_reading
from .purpose import asks_why_of
from .rewordings import _POINT_OF, _POINT_OF_DOING, _VIEWS, _as_what_it_says, plain
from .scope import Scope
from .scope import _words as _scope_words
from .scope._shapes_en import _ATTRIBUTION
from .scope.asking import claim_of
from .sentences import _has_subject, asks_on_its_own
from .text import STOP_WORDS, content_words, stem, words
from .verdict import strip_verdict

# "the 34 orgs", "these 34 NGOs", "all 34 groups": a figure after a determiner, then its noun
_NAMED_FIGURE = re.compile(
    r"\b(?P<det>the|these|those|all(?:\s+the)?|its|their|this)\s+(?P<n>\d{1,6})\s+(?P<noun>[a-z][a-z'-]*)",
    re.IGNORECASE,
)


# ... and in Persian script, after the noun it belongs to (an ezafe: «نامه ۳۴ سازمان», the 34
# organisations' letter): a figure with its noun, after a Persian word (not the message's first
# words: «۳۴ سازمان امضا کردن؟» states it)
_NAMED_FIGURE_FA = re.compile(
    r"(?:(?<=[\u0600-\u06ff])\s+|^\s*)(?P<n>[0-9\u06f0-\u06f9]{1,6})\s+(?:(?:تا|عدد)\s+)?"
    r"(?P<noun>[\u0600-\u06ff\u200c]+|[A-Za-z]+(?![\w'-]))"
)

# ... and in Finglish, after a determiner: "in 34 ta NGO", "un 34 ta sazman" (these/those 34 ...)
_NAMED_FIGURE_LATN = re.compile(
    rf"\b(?P<det>{'|'.join(sorted(DETERMINERS_FINGLISH))})\s+(?P<n>\d{{1,6}})\s+(?:ta\s+)?(?P<noun>[a-z][a-z'-]*)",
    re.IGNORECASE,
)


# "..., but what/which/who/... <the question>": the question after what the asker knows
_BUT_ASKS = re.compile(r"\bbut\s+(?P<q>(?:what|which|who|when|where|why|how)\b[^.!?]*[.!?]?)", re.IGNORECASE)


# ... or after a comma, the message's last clause: "saw ppl talking about some letter to the UN
# about iran, what's the gist?"
_COMMA_ASKS = re.compile(r",\s*(?P<q>(?:what|which|who|when|where|why|how)\b[^.!?,;]*[.!?]*)\s*$", re.IGNORECASE)


def _after_but(question: str, language: str) -> str | None:
    """The question after the last "but <wh-word>" of `question`, or after a comma ending it
    (", what's the gist?") when it names something of its own or asks on its own (not "...,
    what's causing it"), when something comes before it (of two content words at least); None
    otherwise."""
    found = list(_BUT_ASKS.finditer(question)) if " but " in question.lower() else []
    if not found:
        comma = _COMMA_ASKS.search(question) if "," in question else None
        if comma is None or not (_has_subject(comma["q"]) or asks_on_its_own(comma["q"])):
            return None  # ("why hasn't it improved, what's causing it": "it" is the clause before)
        found = [comma]
    rest = found[-1]["q"].strip()
    return rest if len(rest.split()) >= 3 and found[-1].start() > 0 else None


class RereadingFallback(EngineParts):
    """Engine's fallbacks that match another reading of the question (`Engine._answer_read`)."""

    def _by_plain(self, question: str, result: MatchResult, language: str) -> MatchResult:
        """ "ok but what's the ask, concretely", "how many has it erupted so far, per the guide":
        chat filler and a tail naming the source dilute every signal of a short question, which
        scores below the answer threshold with the right entry ranked first. The question without
        them (`plain`) is matched too, and when that is answered with confidence by the entry the
        whole question ranks first, it answers the question (two readings that agree, as in
        `_by_sentence`). Below the thresholds only (a veto stands); the scope check still reads
        the whole question, and a reading that asks in other words ("why automating it" for
        "what's the point of automating it") must be answered in full itself: the check of the
        whole question may not read the question its rewording asks."""
        bounded = self._bounded(question)
        # (a source named at the end, "... per the letter", "according to the ngos", says where
        # the answer is to come from, and its words pull up the entry on who wrote it: the entry
        # ranked second agrees too, as with a named figure)
        sourced = language == i18n.EN and _ATTRIBUTION.search(bounded) is not None
        read = self._read_again(question, result, language, plain_of, Reason.PLAIN, or_second=sourced)
        point = (
            (_POINT_OF.search(bounded) or _POINT_OF_DOING.search(bounded))
            if read.answered and language == i18n.EN
            else None
        )
        if point is not None:
            text = plain_of(bounded, language)
            if text is not None and read.entry_id and self.scope.check(text, read.entry_id).scope is not Scope.FULL:
                return result
            # ... and the entry must say why, or be asked why of that doing (`purpose`): "why signing
            # a letter" is answered in full by the entry saying who signed, its "why" waived for a
            # doing its sources state ("what's the point of the vote": of voting)
            entry = self.kb.entries.get(read.entry_id or "")
            if entry is None:
                return result
            if point.re is _POINT_OF_DOING:
                verb: str | None = point["noun"]
            else:
                found = re.match(r"[a-z]{2,}ing", bounded[point.end() :], re.IGNORECASE)
                verb = found[0] if found else None
            if not self.scope.gives_cause(entry.id) and (verb is None or not asks_why_of(entry, verb)):
                return result
        return read

    def _by_plain_lead(self, question: str, result: MatchResult, language: str) -> MatchResult:
        """`result`, or the plain reading's clear lead (`_by_lead`) with the entry the whole
        question ranks first: "honestly why does tehran lobby the UN so hard to say everything is
        fine and nothing to worry about" is below the answer threshold without its filler too, but
        every word of that reading speaks for the entry, as `_by_lead` asks of a question typed
        so (the filler's words, "honestly", are the entry's no more than its runner-up's). Below the
        thresholds only, after every other reading (`Engine._answer_read`); the scope check still
        reads the whole question."""
        if result.reason not in (Reason.BELOW_ANSWER, Reason.BELOW_SUGGEST) or result.best is None:
            return result
        bounded = self._bounded(question)
        if _POINT_OF.search(bounded) or _POINT_OF_DOING.search(bounded):
            return result  # a reading that asks in other words ("why signing it"): `_by_plain` alone
        text = plain_of(bounded, language)
        if text is None:
            return result
        alone = self.match(text, language)
        if alone.best != result.best:
            return result
        led = self._by_lead(text, alone, language)
        return _answered_as(result, led, Reason.LEAD) if led.answered and led.entry_id == result.best else result

    def _by_meaning(self, question: str, result: MatchResult, language: str) -> MatchResult:
        """«این strong signal یعنی چی؟», "in green flag yani chi?": an English term asked what it
        means, in Persian words. The Persian and Finglish indexes read the term against each
        entry's one English question only; the question in English («what does strong signal
        mean», persian_meaning.meaning_reading, its chat filler and «که تو نامه گفتن» read away
        first) is matched in the Latin-script index, which holds the English phrasings, and
        answers it when answered with confidence there, by the entry the whole question ranks
        first or when it ranks none. Below the thresholds only; the scope check still reads the
        whole question."""
        if result.reason not in (Reason.BELOW_ANSWER, Reason.BELOW_SUGGEST, Reason.NO_CANDIDATES):
            return result
        bounded = self._bounded(question)
        reading = meaning_reading(plain_of(bounded, language) or bounded, language)
        if reading is None:
            return result
        alone = self._answer_or_none(reading, i18n.EN)
        if alone is None or not alone.answered or result.best not in (None, alone.entry_id):
            return result
        return _answered_as(result, alone, Reason.PLAIN)

    def _by_speaker(self, question: str, result: MatchResult, language: str) -> MatchResult:
        """ "Raha Bahreini said the letter lists what?", "X goft vaziat behtar shode?": a speaker
        named as the one who says something is not what is asked, but their name ranks the entry
        about them first, and dilutes the rest. The question without its attribution
        (`unattributed`) is matched too, and when that is answered with confidence, it answers the
        question, whichever entry the whole question ranked first. Below the thresholds only (a
        veto or margin refusal stands); the scope check still reads the whole question."""
        if result.reason not in (Reason.BELOW_ANSWER, Reason.BELOW_SUGGEST):
            return result
        for text in unattributed_readings(self._bounded(question), language):
            alone = self._answer_or_none(text, language)
            if alone is not None and alone.answered:
                return _answered_as(result, alone, Reason.PLAIN)
        return result

    def _by_asker(self, question: str, result: MatchResult) -> MatchResult:
        """ "hello, as an iranian woman i want to know if this letter addresses discrimination against
        us": who the asker is, and "us" for people like them, dilute every signal of what they ask,
        and "us" names no one an entry speaks of. The message is read again as `as_asker` reads it
        ("... if this letter addresses discrimination against iranian women"), and when that is
        answered with confidence, it answers the message, whichever entry the whole message ranked
        first (the rest is the question, as in `_by_speaker`). Below the thresholds only (a veto
        stands); the reading must be answered in full itself (it names who "we" are, which the
        whole message does not), and the scope check still reads the whole message. So is a message
        opening with a clause telling who the asker or one of their family is ("my cousin is an
        environmental activist, does the letter say anything about people like him ...":
        `told_who`)."""
        if result.reason not in (Reason.BELOW_ANSWER, Reason.BELOW_SUGGEST):
            return result
        bounded = self._bounded(question)
        text = as_asker(bounded) or told_who(bounded) or asked_of_asker(bounded)
        if text is None:
            return result
        alone = self._answer_or_none(text, i18n.EN)
        if alone is None or not alone.answered:
            # ... or without the words naming the document by who wrote it ("does the NGO letter
            # say anything about ...": `_without_document_names`), as a question alone is read
            unnamed = self._without_document_names(text)
            if unnamed != text:
                text, alone = unnamed, self._answer_or_none(unnamed, i18n.EN)
        if (alone is None or not alone.answered) and result.best is not None:
            # ... or the reading's clear lead (`_by_lead`) of the entry the whole message ranks
            # first too: two readings that agree
            led = self._by_lead(text, self.match(text, i18n.EN))
            alone = led if led.answered and led.entry_id == result.best else None
        if alone is None or not alone.answered or alone.entry_id is None:
            return result
        # the reading names who "we" are, which the whole message does not: "as a teacher, how
        # many of us were executed" asks a count of teachers, and a total would answer another question
        if self.scope.check(text, alone.entry_id).scope is not Scope.FULL:
            return result
        return _answered_as(result, alone, Reason.PLAIN)

    def _by_mention(self, question: str, result: MatchResult) -> MatchResult:
        """ "does the letter mention trade unionists?", "is the letter saying anything about
        journalists": whether the sources mention something, whose frame ("does the letter
        mention", a word most entries use) outweighs it, so the whole question ranks an entry
        that does not say it first, or none. The subject alone (`mentioned_subject`) is matched
        too, and when that is answered, with confidence or a clear lead (`_by_lead`), by an entry
        whose answer or quotes say every word of it, and the scope check of the whole question
        finds it answered in full, that entry answers: it says the subject, which is what was
        asked. Below the thresholds only (a veto stands)."""
        if result.reason not in (Reason.BELOW_ANSWER, Reason.BELOW_SUGGEST):
            return result
        subject = mentioned_subject(self._bounded(question))
        if subject is None:
            return result
        alone = self.match(subject, i18n.EN)
        if not alone.answered:
            alone = self._by_lead(subject, alone)
        entry = self.kb.entries.get(alone.entry_id or "") if alone.answered else None
        if entry is None:
            return result
        said = {stem(w) for text in (entry.answer, *(q.text for q in entry.quotes)) for w in words(text.lower())}
        if any(stem(w) not in said for w in content_words(subject)):
            return result  # a word it never says: the entry would not be the one that mentions it
        if self.scope.check(question, entry.id).scope is not Scope.FULL:
            return result
        return _answered_as(result, alone, Reason.TOPIC)

    def _by_named_before(self, question: str, result: MatchResult) -> MatchResult:
        """ "wasnt rouhani supposed to be the moderate guy? did things get better under him": the
        question in the last sentence asks of "him", whom only an earlier sentence names. The last
        sentence is read with its he/him/his/she/her as the one name of the FAQ's people
        (`ScopeIndex.people`) the earlier ones write (`named_before`), and answers as `plain` does:
        when the entry the whole message ranks first answers that reading with confidence. English
        only, below the thresholds; the scope check still reads the whole message."""
        return self._read_again(
            question, result, i18n.EN, lambda text, _: named_before(text, self.scope.people), Reason.SENTENCE
        )

    def _by_subject(self, question: str, result: MatchResult, language: str) -> MatchResult:
        """A Persian or Finglish question that asks what the letter says about a subject ("نامه
        درباره X چی میگه", "too name az X harfi zadan?") scores low as a whole, its frame words
        found in every entry; the subject is matched alone too, and when that is answered with
        confidence by the entry the whole question ranks first, it answers the question (two
        readings that agree, as in `_by_sentence`). Below the thresholds only (a veto stands);
        the scope check still reads the whole question."""
        read = self._read_again(question, result, language, subject_of, Reason.TOPIC)
        if read.answered or result.reason not in (Reason.BELOW_ANSWER, Reason.BELOW_SUGGEST):
            return read
        # "darbare edam chi gofte?": the frame alone may rank an entry asked with its words first
        # ("in kampein darbare chie?"), and the whole question with it; a ranking the frame makes
        # is none to agree with, and the subject after "about" decides alone
        framed = about_frame(self._bounded(question), language)
        if framed is None or self.match(framed[1], language).best != result.best:
            return result
        alone = self._answer_or_none(framed[0], language)
        return _answered_as(result, alone, Reason.TOPIC) if alone is not None and alone.answered else result

    def _read_again(
        self,
        question: str,
        result: MatchResult,
        language: str,
        reading: Callable[[str, str], str | None],
        reason: Reason,
        *,
        or_second: bool = False,
    ) -> MatchResult:
        """`result`, or the answer of `reading` of the question (a shorter text, or None), when
        that is answered with confidence by the entry the whole question ranks first (`or_second`:
        or second, when what the reading leaves out is known to pull another entry up): two
        readings that agree. Only for a question below the thresholds (a veto or margin refusal
        stands)."""
        if result.reason not in (Reason.BELOW_ANSWER, Reason.BELOW_SUGGEST) or result.best is None:
            return result
        text = reading(self._bounded(question), language)
        if text is None:
            return result
        agreeing = (result.best, result.second) if or_second and result.second else (result.best,)
        alone = self._answer_or_none(text, language, only=result.best if len(agreeing) == 1 else None)
        if alone is None or not alone.answered or alone.entry_id not in agreeing:
            return result
        return _answered_as(result, alone, reason)

    def _by_topic(self, question: str, result: MatchResult) -> MatchResult:
        """A question that asks only what the FAQ says about a subject ("what does the letter say
        about executions") is answered with the one entry about it, whatever the confidence (such
        questions are mostly frame, and score low on every signal); when several entries are
        about it, "did you mean" names them (the ranking's first, if it is one of them, first).
        A veto (another place or year) stands."""
        if result.reason not in (Reason.BELOW_ANSWER, Reason.BELOW_SUGGEST) or result.best is None:
            return result
        entries = self.scope.topic_entries(question)
        if not entries and _VIEWS.match(question):
            # "how does the letter describe X": what it says about X
            entries = self.scope.topic_entries(_as_what_it_says(question, count=1))
        if not entries:
            return result
        if len(entries) == 1:
            return dataclasses.replace(
                result, outcome=Outcome.ANSWER, entry_id=entries[0], suggestions=(), reason=Reason.TOPIC
            )
        if len(entries) > 1:
            first = [result.best] if result.best in entries else []
            picks = tuple([*first, *(e for e in entries if e not in first)][: self.matcher.settings.max_suggestions])
            return dataclasses.replace(result, outcome=Outcome.SUGGEST, suggestions=picks, reason=Reason.TOPICS)
        return result

    def _by_lead(self, question: str, result: MatchResult, language: str = i18n.EN) -> MatchResult:
        """A clear lead answered rather than turned into a "did you mean": a question confident
        enough to suggest but not to answer (no veto) whose every content word is one the entry
        ranked first says or is asked with, at least `lead_words` of them words the runner-up has
        not (ScopeIndex.lead_words), is answered with that entry, if the scope check finds it
        answered in full (a question about more than the entry says stays a "did you mean"). One
        shared word is no lead: it may be another sense of the word ("capital" of "capital
        punishment"); nor is one name of several words ("Roya Karimi Majd"), which says whom the
        question is about, not what it asks. In Persian and Finglish too, their words as Persian
        normalisation and Finglish folding read them (ScopeIndex.lead_words, `language`)."""
        wanted = self.matcher.settings.lead_words
        if wanted <= 0 or result.reason is not Reason.BELOW_ANSWER or result.best is None:
            return result
        lead = self.scope.lead_words(question, result.best, result.second, language)
        if lead is None or len(lead) < wanted:
            return self._by_runner_up(question, result, language)
        if self.scope.check(question, result.best).scope is not Scope.FULL:
            return result
        return dataclasses.replace(
            result, outcome=Outcome.ANSWER, entry_id=result.best, suggestions=(), reason=Reason.LEAD
        )

    def _by_runner_up(self, question: str, result: MatchResult, language: str) -> MatchResult:
        """The runner-up's clear lead, when the entry ranked first is no answer at all: "could you
        tell me which groups the letter says are being held" ranks the entry on who *signed* first
        (its "groups", "letter"), whose sources say nothing of what was done to them (the scope
        check: `ScopeCheck.answers_nothing`). The words that tell the two apart then speak for the
        runner-up: it is answered when it has the lead `_by_lead` asks of a first entry over the
        other one, and answers the question in full."""
        second = result.second
        if second is None or result.best is None:
            return result
        lead = self.scope.lead_words(question, second, result.best, language)
        if lead is None or len(lead) < self.matcher.settings.lead_words:
            return result
        if not self.scope.check(question, result.best).answers_nothing:
            return result
        if self.scope.check(question, second).scope is not Scope.FULL:
            return result
        return dataclasses.replace(result, outcome=Outcome.ANSWER, entry_id=second, suggestions=(), reason=Reason.LEAD)

    def _by_named_figure(self, question: str, result: MatchResult, language: str) -> MatchResult:
        """ "What are the 34 orgs asking for": a figure the FAQ gives of a thing ("34 NGOs"), after
        "the"/"these"/"those", names that thing, and pulls the entry that gives the figure up beside
        the one asked about (42.5 against 90.4 without it). The question without the figure is
        read a second time, and answers when the entry the whole question ranks first answers it
        with confidence (two readings that agree, as `_by_plain`). The scope check still reads
        the whole question (the figure stated of another thing is its own rule). The entry the
        whole question ranks second agrees too: the figure may have put the entry that gives it
        first ("when did the 34 ngos write to the UN": who-signed, then letter-date)."""
        return self._read_again(question, result, language, self._without_named_figures, Reason.PLAIN, or_second=True)

    def _without_named_figures(self, question: str, language: str) -> str | None:
        if not any(c.isdigit() for c in question):
            return None

        def named(m: re.Match[str]) -> str:
            return f"{m['det']} {m['noun']}" if self.scope.names_figure(int(m["n"]), m["noun"]) else m[0]

        def named_fa(m: re.Match[str]) -> str:
            noun = words(m["noun"])  # (as the index read it: «جزیره‌نشین» without its ZWNJ)
            if not noun or not self.scope.names_figure(int(m["n"]), noun[0]):
                return m[0]
            # after the noun it belongs to («نامه ۳۴ سازمان», the 34 organisations' letter): both
            # go; opening the message or a clause before a question word («سلام، ۳۴ سازمان
            # غیردولتی ... چی خواستن؟», what did the 34 NGOs ask): the noun is the subject, and
            # only the figure goes (not "did 300 islanders sign it?", where it is what is asked)
            before = m.string[: m.start()].rstrip()
            if before.split()[-1:] and before.split()[-1] in DETERMINERS_FA:  # «این ۳۴ تا NGO»: these NGOs
                return " " + m["noun"]  # «این ۳۴ تا NGO از چی نگرانن؟»: these NGOs
            if before and before[-1].isalpha():
                return ""
            asked = QUESTION_WORDS_FA.isdisjoint(words(m.string[m.end() :]))
            return m[0] if asked else " " + m["noun"]

        if language == i18n.FA:
            text = _NAMED_FIGURE_FA.sub(named_fa, question)
            return text if text != question else None
        if language == "fa-Latn":
            text = _NAMED_FIGURE_LATN.sub(named, question)
            return text if text != question else None
        # (of the question without its chat filler: "quick q, what's the date on the letter the
        # 34 groups wrote" is answered only when both are gone)
        text = _NAMED_FIGURE.sub(named, question)
        if text == question:
            return None
        return plain(text) or text if language == i18n.EN else text

    def _by_subject_tail(self, question: str, result: MatchResult, language: str) -> MatchResult:
        """ "What do the 34 groups want the UN to do about Iran?": a closing "about <the FAQ's own
        subject>" (words most entries say: `ScopeIndex.common`) names what every entry is about,
        and pulls up the one asked with "about" (the overview: "what is this about") beside the
        one asked (23.3 against confident without it). The question without that tail is read a
        second time and answers when the entry the whole question ranks first or second answers
        it with confidence (two readings that agree, as `_by_named_figure`). English; below the
        thresholds only; the scope check still reads the whole question."""
        if language != i18n.EN:
            return result
        return self._read_again(question, result, language, self._without_subject_tail, Reason.PLAIN, or_second=True)

    def _without_subject_tail(self, question: str, language: str) -> str | None:
        """`question` without one or two closing tails naming the FAQ's subject ("... in their
        letter to the UN"), without the words that name its document by who wrote it or what it
        is ("the ngo letter", "that joint letter": `_without_document_names`), and without a
        figure that names a thing (`_without_named_figures`), whose pull the reading is for too;
        None without such a tail or name."""
        text, end = question, ""
        for _ in range(2):
            found = _SUBJECT_TAIL.search(text)
            if found is None:
                break
            named = [w for w in words(found["named"], finglish=False) if w not in STOP_WORDS and w not in _DETERMINERS]
            if not named or not all(self.scope.is_common(w) for w in named):
                break
            text, end = text[: found.start()].rstrip(" ,"), end or found["end"]
        text = self._without_document_names(text)
        if text == question or not content_words(text):
            return None
        # (and without chat filler, as a figure's reading is: "what issues r highlighted in the
        # joint letter tbh i havent read it" is answered only when both are gone)
        return (self._without_named_figures(text, language) or plain(text) or text) + end

    def _without_document_names(self, text: str) -> str:
        """`text` with "the <words> <document>" read as "the <document>" where the document
        (`_words.DOCUMENTS`: a letter, a report, ...) and each word before it are words most
        entries say (`ScopeIndex.is_common`): "what number does the ngo letter give", "the
        34-NGO letter", "that joint letter to the UN". Such words name the FAQ's own document by
        who wrote it or what it is, and pull up the entries on who wrote it or what it is. Not in
        a question that asks the gist ("whats the main point of the ngo letter": `GIST_WORDS`),
        where they name the whole the overview is about."""
        if not GIST_WORDS.isdisjoint(words(text, finglish=False)):
            return text

        def named(match: re.Match[str]) -> str:
            modifiers = words(match["words"], finglish=False)
            if not _NOT_MODIFIERS.isdisjoint(modifiers):
                return match[0]  # "the date of that letter": a thing of the letter, not its name
            # (a plural as a modifier is its singular: "the ngo letter" of "34 NGOs")
            common = modifiers and all(self.scope.is_common(w) or self.scope.is_common(w + "s") for w in modifiers)
            if not common or not self.scope.is_common(match["document"].lower()):
                return match[0]
            return f"{match['determiner']} {match['document']}"

        return _DOCUMENT_NAMED.sub(named, text)

    def _by_but_clause(self, question: str, result: MatchResult, language: str) -> MatchResult:
        """ "hi, i read a bit about the 34 ngos writing to the UN but what specific problems did
        they highlight?": what the asker knows, then "but" and what they ask. The question from
        the wh-word after "but" on is read a second time, and answers when the entry the whole
        message ranks first or second answers it with confidence: what comes before "but" is
        what the asker already knows ("the 34 ngos writing to the UN" ranks the entry on who
        wrote it first), not what they ask. So is a last clause after a comma ("saw ppl talking
        about some letter to the UN about iran, what's the gist?"), read as a question alone is,
        the gist by the overview (`_by_overview`). Below the thresholds only; the scope check
        still reads the whole message."""
        if result.reason not in (Reason.BELOW_ANSWER, Reason.BELOW_SUGGEST) or result.best is None:
            return result
        text = _after_but(self._bounded(question), language)
        if text is None:
            return result
        alone = self._answer_or_none(text, language)
        if alone is not None and not alone.answered:
            alone = self._by_overview(text, alone, language)  # "..., what's the gist?"
        if alone is None or not alone.answered or alone.entry_id not in (result.best, result.second):
            return result
        return _answered_as(result, alone, Reason.PLAIN)

    def _by_wanted(self, question: str, result: MatchResult, language: str) -> MatchResult:
        """ "سلام. دارم یه پست آماده میکنم و لازمه بدونم X، کسی آمار داره؟": a Persian or Finglish
        message whose question follows a verb of wanting to know (`wanted_of`), the rest context;
        the question read alone answers the message when the entry the whole message ranks first
        answers it with confidence (two readings that agree, as `_by_plain`). The scope check
        still reads the whole message."""
        return self._read_again(question, result, language, wanted_of, Reason.PLAIN)

    def _by_claim(self, question: str, result: MatchResult, language: str) -> MatchResult:
        """ "my cousin told me that X, is that true?": the story around a claim dilutes every
        signal; the claim (`claim_of`) is matched alone, and when that is answered with confidence
        by the entry the whole message ranks first, it answers the message (two readings that
        agree, as in `_by_plain`). Never with an entry whose answer opens with "Yes."/"No.": written
        for the entry's own question, it would read as the verdict on the claim. A veto stands;
        the scope check still reads the whole message."""
        if result.best is None or not self._no_verdict(result.best):
            return result
        return self._read_again(question, result, language, claim_of, Reason.CLAIM)

    def _no_verdict(self, entry_id: str) -> bool:
        """Whether an entry's answer opens with no "Yes." or "No." (written for its own question)."""
        return entry_id in self._verdictless

    @functools.cached_property
    def _verdictless(self) -> frozenset[str]:
        """The entries whose answer opens with no verdict, read once per engine (an edit replaces
        the engine): a quarter of questions ask `_no_verdict`."""
        return frozenset(e.id for e in self.kb.entries.values() if strip_verdict(e.answer) == e.answer)


# a closing "about iran", "regarding the letter", "on tehran": what it is about, named last
# "the ngo letter", "that joint letter", "the 34-NGO letter", "the NGOs' letter": a determiner, one to
# three words, a document (`_without_document_names`)
# Words that never modify a document's name: "the date of that letter" names a thing of it
_NOT_MODIFIERS = STOP_WORDS | frozenset("for from by with about and or".split())
_DOCUMENT_NAMED = re.compile(
    r"\b(?P<determiner>the|that|this|their|these|those)\s+(?P<words>(?:[\w'\u2019-]+\s+){1,3}?)"
    rf"(?P<document>{'|'.join(sorted(_scope_words.DOCUMENTS))})\b",
    re.IGNORECASE,
)

_SUBJECT_TAIL = re.compile(
    r"\s+(?:about|regarding|concerning|re|on|over|towards?|to|for|from|by|at|with|in)\s+(?P<named>(?:[\w'\u2019-]+\s*){1,3}?)"
    r"(?P<end>[\s?!.]*)$",
    re.IGNORECASE,
)
