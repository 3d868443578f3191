"""The scope check itself: `ScopeIndex.check` runs the rules of every gap mixin on one question.

Why it is cheap enough: nearly every check finds no gap (96% of the latency benchmark's), so
every rule runs on nearly every question, and a rule pays for itself only by leaving at once a
question that cannot concern it. So each rule has a cue: the cheap evidence it needs to fire at
all, tested before any pattern, parse or per-word repair. A cue is a *necessary* condition, never
a guess: skipping on it changes no reply.

What a new rule must declare (near-topic, Persian and yes/no rules alike):
- its cue words as a frozenset, tested against the question's words with `isdisjoint` in the
  line that calls it here (`_OTHER_WORDS`, `_EARLIER_WORDS`, `_words.LATER_WORDS`: "for ... in
  self._rule(...) if not CUES.isdisjoint(tokens) else []"), or, for a rule that reads the raw
  text with a pattern, `_words.has_cue(_words.cue_text(text), CUES)` before the pattern;
- its script, when it reads only Persian or Finglish: `_persian_gaps._typed_unless_english` or
  `has_script`, before anything else;
- a rule of the last, first-firing chain ("if not gaps:" below) goes at its place in that chain:
  the order is the precedence of the caveats, so the first rule that fires is the same;
- a shared parse is read once per question and kept (`_shapes_en.english_predicates`, lru: the
  yes/no and subject checks both read it; its own cue, `_PREDICATE_CUES`, skips half of all
  questions). tests/engine/test_scope_cues.py reads every development question with and without
  a cue: a new cue of the same kind belongs there.
What was measured and left: sharing the question's reading between the checks of one ask buys
nothing, as those checks read different texts (a sentence, then the whole message: 13 of the
benchmark's 7,887 checks repeat a question already checked in the same ask). Measured again at
7028f25: the slowest 1% run about two checks each (the question alone, `Engine._other_questions`;
the whole message; for Finglish its English reading too), each a full one (no gap found: every
rule runs), about 0.26 ms apiece; by cProfile the largest parts are `_unsaid_predicates` and
`_near_en.near_en` (about a fifth each), then reading the question as typed (`_written`), the
other rules a few percent each. One check in 3,000 asks repeats a text of its ask, and 6% of
checks repeat one of an earlier ask. A question's typed spellings (`_written.Written.forms`)
are read only when a caveat quotes them.
Below whole rules (measured at 3988229 over the 200 slowest of the benchmark's asks): a check
pays nothing that depends on the entry alone (`_covered.Covered` holds it, read by the rules
only past their cues); what it pays for is first readings of its text (`text.words`, its
language, its sentence and clause parts), which the ask then reuses: of the sentences
`Engine._other_questions` reads for a subject, 1 in 110 is read by nothing else, and no
`_glossary_name` of 156 repeats within an ask. A rule must not read a variant of the question
(lower-cased, stripped) before its cue or pattern has passed: that is a reading no other rule
shares (`_near_en.compared_earlier` read the lower-cased question of every check).
Measure such a cut by timing the function alone over the arguments one run recorded, not by
cProfile: it charges each small call its own overhead, ten times `persian.is_finglish`'s real
7 microseconds, so rules made of many small calls look far dearer than they are. So measured,
a cache of `is_finglish` shared with `persian.language` (244 of 852 judgements of the 200
slowest asks repeat one of the same ask) saves 1.2 ms of their 340 ms: left out. Sampled
instead (benchmarks/sampled.py, CPU-time samples of the slowest 1% at 3988229): `Engine.match`
40% of their time, `Engine._other_questions` 27% (its checks 12, `_answer_or_none` 12), the
message's own check 15%; within the checks `_unsaid_predicates` 4.4 (its `persian.language` of
a text no earlier pass read, 1.5), `near_fa`, `_definition_gap`, `Written.read` and `near_en`
about 2 each, every other rule and reading under 1.2.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Mapping, Sequence

from .. import i18n, predicates
from ..asked import uncovered as unheld_types
from ..lexicon import is_english
from ..persian import WHEN as WHEN_FA
from ..persian import finglish_words, has_script, normalize, skeleton
from ..persian import language as persian_language
from ..subjects import GROUPS, MONTHS, PLACES, is_quantity, is_year, month_of
from ..synonyms import capitals, capitals_read, government_of
from ..text import STOP_WORDS, american_spellings, joined_as_typed, question_types, stem, words
from . import (
    _clauses,
    _counts,
    _covered,
    _figure_scope,
    _index_base,
    _near_en,
    _persian,
    _persian_gaps,
    _persian_how,
    _persian_near,
    _persian_why,
    _polar,
    _shapes_en,
    _subject_gaps,
    _subjects_en,
    _time_gaps,
    _times,
    _words,
    _written,
    asking,
    result,
)

# the Finglish words a count is asked by: "chand", "tedad", and "amar" (statistics) for whose
_FINGLISH_COUNTS = _words.COUNT_LEADS_FINGLISH | {"amar"}

# What a count question may hold and still name nothing it counts: "how many people (in total)?",
# "چند نفر؟", "chand nafar?" (a frame word, a counter word, a classifier, nothing else)
_VAGUE_COUNT = (
    _words.FRAME_WORDS
    | STOP_WORDS
    | _words.FRAME_WORDS_FA
    | _words.REPORTED_FA  # "چند نفر گزارش شده؟": how many people reported (as what?)
    | _words.FRAME_WORDS_FINGLISH
    | _words.COUNT_LEADS_FA
    | _words.COUNT_LEADS_FINGLISH
    | _words.CLASSIFIERS_FA
    | frozenset(("there",))
)


# What changed, asked of a comparative: "what specifically got worse", "what has become better"
_WHAT_CHANGED = re.compile(
    r"\bwhat\s+(?:(?:exactly|specifically|precisely|really|actually)\s+)?"
    r"(?:got|gets|has\s+got|has\s+gotten|have\s+gotten|became|has\s+become|is\s+getting|was\s+getting)\s+"
    r"(?P<comparative>worse|better)\b[^?!.,;]*",
    re.IGNORECASE,
)


# Words without which the rules above find nothing (read first: most questions have none of them)
_VOICE_WORDS = _shapes_en.VOICE_WORDS


_IN_PERSON_WORDS = _shapes_en.IN_PERSON_WORDS


_ACTION_WORDS = frozenset(_shapes_en.ACTION_WORDS)


_REQUEST_WORDS = _words.ASK_FOR | _words.ASK


_WHO_WHICH = _shapes_en.WHO_DID_WORDS


def _says_doing(action: str, covered: _covered.Covered) -> bool:
    """Whether an entry's answer or quotes say the doing the asker asks how to do: its word, or
    one made of it ("visit": "visitors may climb"; not "sign": "signatories", another thing)."""
    verb = _shapes_en.own_action_verb(action)
    if verb is None:
        return True  # "what can i do": any advice it gives answers it
    st = stem(verb)
    return st in covered.said or any(w.startswith(st) and len(w) - len(st) <= 2 for w in covered.said)


# ... of which a person's role, post or job («چه نقشی داره», "che samti dare"): what an entry that
# tells who someone is answers, by their consonants (Persian and Finglish alike)
_ROLE_SKELETONS_FA = frozenset(skeleton(w) for w in "نقش سمت شغل مقام جایگاه مسئولیت".split())


_CAUSE_KINDS = frozenset(("cause", "why"))  # an entry that gives a reason, or is asked why


# Persian agent suffixes written apart from their noun ("مصاحبه‌کننده", interviewer; "شرکت
# کنندگان", participants): the role is the doer of the noun before, which must be said or asked;
# the suffix itself names nothing the sources need to say.
_AGENT_SUFFIXES_FA = frozenset(
    normalize(w) for w in "کننده کنندگان دهنده دهندگان گیرنده گیرندگان شونده شوندگان".split()
)


# Adjectives before a role that name no other role: "who was the intended recipient", "who is the
# actual author" ask who the recipient, the author is. Not "main" or "original" (one of several).
_ROLE_HEDGES = frozenset("intended actual real".split())


# The words `mentioned_terms` starts a run after (by `ends`); a question with none of them
# needs no sentence ends.
_MENTION_LEADS = _words.MENTION_VERBS | {"about", "on"}


# a number with thousands separators ("1,000", "12,500,000"): one figure (`check`)
_THOUSANDS = _words.THOUSANDS


_PERCENT = re.compile(r"\s*%")


_OTHER_WORDS = frozenset(_subject_gaps.OTHERS_ASKED)


_EARLIER_WORDS = _time_gaps.EARLIER_WORDS


_WHEN_WORDS = frozenset(("when", "what", "which", WHEN_FA, "کی", "kei"))


_latin_letters = _words.latin_letters


# What may stand between a doer and its verb ("iran **still** refuses", "the council **has** voted")
_BETWEEN_DOER = frozenset("still also already again has have had is are was were never not".split())


def _said_as_doing(st: str, text: str) -> bool:
    """Whether `text` (`_covered.Covered.text`) has a word of stem `st` that is not a noun made
    from a verb ("return to the hive" says "return"; "organizations" says no "organize")."""
    return any(stem(w) == st and not w.endswith(_index_base.NOUN_ENDINGS) for w in text.split() if w[:2] == st[:2])


def _persian_when_asked(tokens: Sequence[str], types: frozenset[str], question: str) -> list[int]:
    """Positions of a Persian or Finglish "when" that asks (the English ones: `_shapes_en.asked_kinds`)."""
    if "when" not in types or not _words.asks_when_fa(tokens, question):
        return []
    return [i for i, word in enumerate(tokens) if word in _words.WHEN_WORDS_FA]


class ScopeIndex(_time_gaps.TimeGaps, _persian_gaps.PersianGaps, _subject_gaps.SubjectGaps):
    """What each entry covers, built once with the matcher; checked only for the chosen entry."""

    def _doer_named(self, verb: str, text: str) -> bool:
        """Whether `text` (`_covered.Covered.text`) says who does `verb`: a name the FAQ writes
        right before a form of it ("iran still refuses to issue visas" tells who refused them),
        so "who <verb>ed ..." is answered by it even of an entry that names no people."""
        forms = predicates.english_forms(verb)
        said = text.split()
        for k, w in enumerate(said):
            if k and stem(w) in forms and not w.endswith(_index_base.NOUN_ENDINGS):
                j = k - 1
                while j > 0 and (said[j] in _BETWEEN_DOER or said[j].endswith("ly")):
                    j -= 1
                if said[j] in self._names and said[j] not in STOP_WORDS:
                    return True
        return False

    def _advises_doing(self, entry_id: str, action: str, covered: _covered.Covered) -> bool:
        """Whether an entry that speaks to the reader answers how to do what the asker asks: its
        sources say that doing (`_says_doing`), or its own question or a phrasing asks how to do
        it ("how do i attribute the bahreini quotes" of the entry asked that very thing)."""
        if entry_id not in self._advises:
            return False
        verb = _shapes_en.own_action_verb(action)
        return _says_doing(action, covered) or (verb is not None and stem(verb) in self._advised.get(entry_id, ()))

    def _claimed_request(self, question: str, tokens: list[str]) -> list[int]:
        """ "a journalist said the letter calls for sanctions, is that right?": a claim to check
        (`asking.claim_of`) that someone asks for something is asked as "does the letter call for
        sanctions?" is: what they ask for, which the sources must at least mention."""
        claim = asking.claim_of(question[: self._max_chars * 2], i18n.EN)
        claimed = [_words.normal(w) for w in words(claim)] if claim else []
        for start in range(len(tokens) - len(claimed) + 1) if claimed else ():
            if tokens[start : start + len(claimed)] == claimed:
                return [start + j - 1 for j in _subjects_en.requested(["does", *claimed])]
        return []

    def _compound_head(self, tokens: list[str], j: int, covered: _covered.Covered) -> bool:
        """Whether "which <word> <head>" ("which **media outlet** did she speak to") asks which
        <head> the entry identifies, <word> only the kind of it: the head is a thing its phrasings
        ask "which" of ("which outlet"), and <word> one its texts or phrasings use
        ("talked to the media"). A word the entry never uses narrows the head to a kind it does
        not tell ("which **opposition** groups signed")."""
        k = j + 1
        if k >= len(tokens) or tokens[k] in STOP_WORDS or tokens[k] in _words.FRAME_WORDS:
            return False
        # (asked "which" of by a phrasing, not only said: "which country **executes**" is a verb)
        asked_which = covered.identified - covered.said
        return stem(self._fix(tokens[k])) in asked_which and stem(self._fix(tokens[j])) in covered.known

    def _check_separated(self, question: str, entry_id: str) -> result.ScopeCheck:
        """`check` of a question with thousands separators: "1,000 people" is one figure, 1000,
        not "1" and "000 people" (`words` splits at the comma); the caveat writes it as typed."""
        typed = {m[0].replace(",", ""): m[0] for m in _THOUSANDS.finditer(question)}
        found = self.check(_THOUSANDS.sub(lambda m: m[0].replace(",", ""), question), entry_id)
        uncovered = tuple(
            dataclasses.replace(u, term=re.sub(r"\d+", lambda m: typed.get(m[0], m[0]), u.term))
            for u in found.uncovered
        )
        return dataclasses.replace(found, uncovered=uncovered)

    def _asked_alike(self, tokens: Sequence[str], j: int, covered: _covered.Covered) -> bool:
        """Whether a phrasing using the `j`th word ("does the letter mention the iccpr") asks what
        the question asks of it: each other word of the question is said by the entry or used by
        that phrasing ("is iran a **party** to the iccpr" asks another thing of it). An adverb of
        degree or time ("is the resolution **just** hortatory", "hortatory **then**") asks nothing
        else of it."""
        others = {
            stem(self._fix(w))
            for k, w in enumerate(tokens)
            if k != j
            and w not in STOP_WORDS
            and w not in _words.QUESTION_WORDS_EN
            and w not in _HEDGING_ADVERBS
            and not _shapes_en.adverb(w)
        }
        rest = others - covered.said
        return any(rest <= phrasing for phrasing in covered.asked_with.get(stem(tokens[j]), ())) or (
            stem(tokens[j]) not in covered.asked_with and stem(self._fix(tokens[j])) not in covered.asked_with
        )

    @staticmethod
    def _contrary_unsaid(span: str, covered: _covered.Covered) -> bool:
        """A consequence asked of the condition turned the other way ("if it votes against")
        that the entry's texts never turn (the word, or its stem, nowhere in what they say)."""
        contrary = _shapes_en.contrary_condition(span)
        if contrary is None:
            return False
        return contrary not in covered.text.split() and stem(contrary) not in covered.said

    def _unsaid_anywhere(self, word: str) -> bool:
        """Whether `word` is no dictionary word (a name or acronym, "iccpr", more likely than an
        ordinary word the sources happen not to use) and no entry's sources say it in any form, nor
        is it a misspelling, a chat word, a capital (a city, or the government it stands for:
        "tehran") or a clipping of a word they say ("orgs" of "organizations")."""
        forms = {stem(word), stem(word + "s"), stem(word.removesuffix("s"))}
        clipped = word.removesuffix("s")
        return (
            not is_english(word)
            and self._said_vocabulary.isdisjoint(forms)
            and not any(w.startswith(clipped) for w in self._said_vocabulary)
            and self._fix(word) == word
            and not _written.chat(word)
            and word not in capitals()[1]
            and clipped not in self._initials  # "hrds": initials of words the sources write
            # a British spelling the dictionary lacks ("harbour", "organised"): an ordinary word
            and not any(is_english(v) for v in american_spellings(word))
        )

    def _said_nowhere(self, word: str) -> bool:
        """Whether `word` (as repaired) is an English word of four letters or more that no entry's
        sources say in any form of its root (its first six letters), nor by a noun it stands for
        as a qualifier ("religious": religion): "the sources do not mention it" is true of all."""
        st = stem(word)
        vocabulary = self._said_vocabulary
        return (
            is_english(word)
            and len(st) >= 4
            and st not in vocabulary
            and not (len(st) >= 6 and any(s[:6] == st[:6] for s in vocabulary))
            and vocabulary.isdisjoint(stem(w) for w in _subjects_en.qualified_by(word))
        )

    def _unsaid_thing_fa(self, word: str, covered: _covered.Covered) -> bool:
        """Whether a Persian or Finglish noun is a thing the entry neither says nor is asked with:
        in Persian script by its stem, in Finglish by its consonants (and never a word most
        entries use, whose consonants too many words share)."""
        if has_script(word):
            return stem(self._fix(word)) not in covered.known
        unsaid = len(skeleton(word)) >= 2 and not set(_words.skeletons(word)) & covered.known_skeletons
        return unsaid and _counts.countable_finglish(word) and skeleton(word) not in self._common_skeletons

    @staticmethod
    def _said_in_a_word(word: str, covered: _covered.Covered) -> bool:
        """Whether the entry says `word` (by its stem), or ends a word it says with it ("bees" of
        sources that say "honeybees")."""
        return stem(word) in covered.said or (len(word) >= 3 and any(t.endswith(word) for t in covered.text.split()))

    def check(self, question: str, entry_id: str) -> result.ScopeCheck:
        covered = self._covered.get(entry_id)
        if covered is None:
            return result.FULL
        if question.isascii():
            # "so is X ...", "im not sure whether X ...", "X is ..., right?": the yes/no question
            question = _polar.as_asked(question, self._max_chars)
        if "%" in question:  # (most questions have none: no regex scan)
            question = _PERCENT.sub(" percent ", question)  # "what % of the vote": a count, as "percentage"
        if "," in question and _THOUSANDS.search(question):
            return self._check_separated(question, entry_id)
        tokens = _words.normals(words(question, self._max_chars))
        written = _written.Written.read(question, self._max_chars)
        gaps: dict[int, result.Gap] = {}
        terms: dict[int, str] = {}
        absent: set[int] = set()  # gaps whose subject the entry's sources never mention
        types = question_types(tokens)
        if "count" not in types and _figure_scope.number_asked(tokens):
            types = types | {"count"}  # "exact number of trade unionists in prison?"
        if "count" in types and _VAGUE_COUNT.issuperset(tokens):
            # "how many people?", "چند نفر؟": a count of nothing the question names; whichever
            # entry ranks first, its figure answers a question the asker did not put. Offered
            # as "did you mean" (`ScopeCheck.answers_nothing`), never answered.
            term = question[: self._max_chars * 2].strip(" ?\u061f!.")
            return result.ScopeCheck(result.Scope.PARTIAL, (result.Uncovered(term, result.Gap.VAGUE, absent=True),))
        counted = _counts.counted_terms(tokens, whose=True) if "count" in types else []
        counted += [(j, True) for j in _counts.counted_before(tokens)]
        if counted:
            for j, head in counted:
                word = self._fix(tokens[j])
                st = stem(word)
                if word in _words.FRAME_WORDS:
                    continue
                if (
                    head
                    and tokens[j - 1] in _words.COUNT_LEADS_FINGLISH
                    and _counts.finglish_noun(word)
                    and len(skeleton(word)) < 2
                ):
                    # too few consonants to compare by ("bahai": "b", as "bu" or "ab" would be):
                    # as typed (folded), against the words the entry counts, says, is asked with
                    if word not in covered.counted:
                        gaps[j] = result.Gap.FIGURE
                        if word not in covered.known:
                            absent.add(j)
                    continue
                if head and tokens[j - 1] in _words.COUNT_LEADS_FINGLISH and _counts.countable_finglish(word):
                    # Finglish: by its consonants, against every word the entry counts; a word
                    # it never even says or is asked with ("chand ta moallem" of sources that
                    # never say teachers), as in English and Persian: refused, not a caveat
                    if skeleton(word) not in covered.counted_skeletons:
                        gaps[j] = result.Gap.FIGURE
                        if skeleton(word) not in covered.known_skeletons:
                            absent.add(j)
                    continue
                if (
                    not head
                    and not _FINGLISH_COUNTS.isdisjoint(tokens[max(0, j - 4) : j - 1])
                    and _counts.countable_finglish(word)
                ):
                    # after a counter word ("chand nafar zan ..."), or whose ("tedad edam zanan"):
                    # a word the entry never says
                    if skeleton(word) not in covered.known_skeletons:
                        gaps[j] = result.Gap.FIGURE
                        absent.add(j)
                    continue
                if (
                    st not in self._vocabulary
                    and not is_english(word)
                    and not has_script(word)
                    and not self._is_name(word, written)
                ):
                    # A typo or slang word nothing could be counted by; a Persian-script word that
                    # the typo repair left alone is a word ("معلم", teachers), as English ones are.
                    continue
                if st not in covered.counted if head else st not in covered.known:
                    gaps[j] = result.Gap.FIGURE
                    if st not in covered.known:
                        absent.add(j)  # "how many teachers" of sources that never say "teachers"
                    elif head and any(
                        tokens[k] not in STOP_WORDS and not self._said_in_a_word(self._fix(tokens[k]), covered)
                        for k in _counts.count_owner(tokens, j)
                    ):
                        # "how many members does the security council have" of sources that never
                        # say the council (a phrasing may ask of it): a count of another thing's
                        absent.add(j)
        for j in _counts.counted_as(tokens) if "count" in types else []:
            # "how many of the executed were women": the entry must at least say "women"; a word
            # of the FAQ's own that no lexicon holds is one too ("how many of the ngos were
            # iranian" of an entry giving 34 NGOs and no breakdown)
            # ("how many of the ngos are international" of sources that say it only in a name,
            # "Amnesty International": said of one of them, of no part of them)
            word = self._fix(tokens[j])
            if (
                j not in gaps
                and (stem(word) not in covered.said or stem(word) in self._in_names_only.get(entry_id, ()))
                and (is_english(word) or has_script(word) or stem(word) in self._vocabulary)
            ):
                gaps[j] = result.Gap.FIGURE
                if stem(word) not in covered.asked:
                    absent.add(j)
        for j in self._counted_as_finglish(question, tokens) if "count" in types else []:
            # as in Persian: said, or the caveat; never even asked, refused
            if j not in gaps and skeleton(tokens[j]) not in covered.said_skeletons:
                gaps[j] = result.Gap.FIGURE
                if skeleton(tokens[j]) not in covered.known_skeletons:
                    absent.add(j)
        for j in _counts.counted_kinds(tokens) if "count" in types else []:
            # «چند نفر فعال محیط زیست زندانی‌ان», "chand nafar faal mohit zist ...": a kind named
            # in two words or more, as English "how many environmental activists": the entry
            # must count it (said only: the caveat; never said: refused)
            if j in gaps:
                continue
            if has_script(tokens[j]):
                word = self._fix(tokens[j])
                if stem(word) not in covered.counted:
                    gaps[j] = result.Gap.FIGURE
                    if stem(word) not in covered.known:
                        absent.add(j)
            elif skeleton(tokens[j]) not in covered.counted_skeletons:
                gaps[j] = result.Gap.FIGURE
                if skeleton(tokens[j]) not in covered.known_skeletons:
                    absent.add(j)
        for run in _counts.counted_for(tokens) if "count" in types else []:
            # "how many were executed for drug offences": a figure for that cause, which the
            # entry's sources must at least name
            missing = [j for j in run if not self._says_word(covered, tokens[j])]
            # (a Finglish word by its consonants, as a word: a typo is told by nothing)
            known = any(
                is_english(t) or has_script(t) or _counts.countable_finglish(t) for t in (tokens[j] for j in missing)
            )
            if missing and known and not any(j in gaps for j in run):
                gaps[missing[0]] = result.Gap.FIGURE
                # the cause, up to its last word the entry does not say ("زلزله", not "زلزله فوران")
                shown = run[: run.index(missing[-1]) + 1]
                typed_forms: Mapping[str, str] = written.forms
                if any(tokens[j] not in typed_forms for j in shown):  # Finglish: words folded
                    typed_forms = _written.typed_forms(question[: self._max_chars * 2])
                terms[missing[0]] = " ".join(typed_forms.get(tokens[j], tokens[j]) for j in shown)
        for doer, j in _counts.counted_doings(tokens) if "count" in types else []:
            # "how many people live in iran" of an entry counting executions: what the people
            # counted do must be what the entry says (or is asked) of them, and the entry must
            # count people at all ("how many people are locked up in evin" of one that counts
            # human rights defenders)
            word = self._fix(tokens[j])
            undone = stem(word) not in covered.said | covered.count_asked and (
                is_english(word) or stem(word) in self._vocabulary
            )
            after = tokens[j + 1] if j + 1 < len(tokens) else ""
            if (
                undone
                and after.isalpha()
                and after not in STOP_WORDS
                and after not in _words.FRAME_WORDS
                and tokens[j - 1] not in _words.AUX | _words.BEFORE_VERB
            ):
                # "how many ppl did the iranian govt put to death": a subject of two words
                undone = stem(self._fix(tokens[j + 1])) not in covered.said | covered.count_asked
            uncounted = tokens[doer] != "ones" and {"peopl", "person"}.isdisjoint(covered.counted)
            if j not in gaps and (undone or uncounted):
                gaps[j] = result.Gap.FIGURE
                if undone and stem(word) not in covered.asked:
                    absent.add(j)  # "how many people live in ...": nothing they say people do
                stop = j + 2 if tokens[j + 1 : j + 2] in (["up"], ["out"], ["down"], ["away"]) else j + 1
                terms[j] = " ".join(written.forms.get(t, t) for t in (tokens[doer], *tokens[j:stop]))
        for i, j in _counts.stated_counts_fa(tokens) if "count" not in types and has_script(question) else []:
            # «۴۴۰ معلم اعدام شدن؟» (were 440 teachers executed?): a figure stated of a group the
            # sources give none for, as in English below
            word = self._fix(tokens[j])
            st = stem(word)
            if i in gaps or j in gaps or (int(tokens[i]), st) in self._figures:
                continue
            if st not in covered.said and st not in covered.counted:
                gaps[j] = result.Gap.FIGURE
                if st not in covered.asked:
                    absent.add(j)
            elif st not in covered.counted and _figure_of(int(tokens[i]), covered):
                gaps[j] = result.Gap.FIGURE  # «۳۴ کشور نامه رو امضا کردن؟»: 34 is of the NGOs
            elif int(tokens[i]) not in covered.numbers and any(n == int(tokens[i]) for n, _ in self._figures):
                # «۴۴۰ فعال محیط زیست بازداشت شدن؟» (were 440 environmental activists detained) of
                # an entry that gives no such figure: the FAQ's figure of another thing (440
                # executions), stated of this one, as English "were 440 journalists detained"
                gaps[j] = result.Gap.FIGURE
                end = _counts.kind_end_fa(tokens, j)
                if end > j + 1:  # the kind in all its words: «فعال محیط زیست», not «فعال»
                    terms[j] = _written.typed_span(question, tokens[j:end], written, j)
        latin = "count" not in types and not has_script(question) and any(t.isdigit() for t in tokens)
        for i, j in (
            _counts.stated_counts_finglish(tokens)
            if latin and persian_language(question[: self._max_chars * 2]) == "fa-Latn"
            else []
        ):
            # "34 ta keshvar in name ro neveshtan?": a figure stated of what the entry counts none
            # of (by consonants, as Finglish counts are read above)
            if i in gaps or j in gaps or skeleton(tokens[j]) in covered.counted_skeletons:
                continue
            if self._figure_named(int(tokens[i]), tokens[j]):
                continue  # "in 34 ta sazman az UN chi mixan": the FAQ's 34 NGOs, named
            gaps[j] = result.Gap.FIGURE
            if skeleton(tokens[j]) not in covered.known_skeletons:
                absent.add(j)
        stated = _counts.stated_counts(tokens) if "count" not in types else []
        if stated and persian_language(question[: self._max_chars * 2]) != i18n.EN:
            stated = []  # English only: Persian and Finglish nouns follow other rules ("۴ سال اول")
        for i, j in stated:
            # "someone told me 440 teachers were executed", "were 440 women executed?": a figure
            # stated of a group the entry's sources give none for, read as "how many teachers"
            # is (no figure; refused when they never even say the word), and one they give
            # another figure for ("signed by 3 NGOs" of sources that say 34) never confirmed
            word = self._fix(tokens[j])
            st = stem(word)
            if not written.forms.get(tokens[i], tokens[i]).isdigit() and tokens[i] not in _words.ROUGH_COUNTS:
                continue  # an ordinal as typed ("2nd term"), which words() reads as "2"
            number = int(tokens[i]) if tokens[i].isdigit() else None
            forms = {st, stem(word + "s"), stem(word[:-1]) if word.endswith("s") else st}
            if j in gaps or i in gaps:
                continue
            if number is not None and not is_english(word) and self._figure_named(number, _folded(word)):
                continue  # "34 sazman" in the English reading of a Finglish question: the FAQ's 34 NGOs
            if number is not None and any((number, f) in self._figures for f in forms):
                # (a figure the FAQ states names that thing: "the 34 NGOs", "that 34 ngo letter"),
                # but "people" names nothing: "were 440 people arbitrarily detained" of an entry
                # that gives no 440 states the FAQ's figure of executions of detentions
                if word in _words.PEOPLE and number not in covered.numbers:
                    gaps[j] = result.Gap.FIGURE
                    end = j + 1
                    while end < min(len(tokens), j + 4) and (
                        tokens[end].endswith("ly") or predicates.participle(tokens[end])
                    ):
                        end += 1
                    terms[j] = " ".join(written.forms.get(t, t) for t in tokens[j:end])
                continue
            typed = [re.escape(written.forms.get(t, t)) for t in tokens[i : j + 1]]
            if not re.search(r"(?<!\w)(?<!\d[,.])" + r"\s+".join(typed) + r"(?!\w)", question, re.IGNORECASE):
                # not one phrase as typed: "440 or 400? Need to ..." states nothing of "need"; nor
                # the digits after a thousands separator ("2,000 flowers" is no "000 flowers")
                continue
            if not (is_english(word) or st in self._vocabulary or self._is_name(tokens[j], written)):
                continue  # a typo or slang word: nothing to judge by
            if st not in covered.said and st not in covered.counted and word not in _words.PEOPLE:
                gaps[j] = result.Gap.FIGURE
                if st not in covered.asked:
                    absent.add(j)
            elif (
                number is not None
                and word not in _words.PEOPLE
                and st not in _COUNT_WORDS  # "is 440 the number of executions": the figure itself
                and all(f not in covered.counted for f in forms)
                and _figure_of(number, covered)
            ):
                # "did 34 states sign the letter" of sources saying "34 NGOs": a word they say
                # ("member states"), the figure they give of another thing
                gaps[j] = result.Gap.FIGURE
            elif (
                number is not None
                and word not in _words.PEOPLE
                and st not in _COUNT_WORDS
                and number not in covered.numbers
                and any(n == number for n, _ in self._figures)
            ):
                # "were 440 human rights defenders detained" of an entry giving no such figure
                # ("hundreds of human rights defenders"): the FAQ's figure of another thing
                # (440 executions), stated of this one
                gaps[j] = result.Gap.FIGURE
                run = _subjects_en.noun_run(tokens, j) or [j]
                terms[j] = " ".join(written.forms.get(t, t) for t in tokens[run[0] : run[-1] + 1])
            elif (
                number is not None
                and st in covered.counted
                and number not in covered.numbers
                and any(figured in forms for _, figured in covered.figures)
            ):
                gaps[j] = result.Gap.DIFFERS
                terms[j] = " ".join(written.forms.get(t, t) for t in tokens[i : j + 1])
        # the sentences are counted only for a question `mentioned_terms` reads them for (one
        # asking something to be mentioned, or about something: most have none of its words)
        # (nor does it find anything in one without them: both its shapes need such a word)
        mention = not _MENTION_LEADS.isdisjoint(tokens)
        mentioned = (
            _subjects_en.mentioned_terms(tokens, _clauses.sentence_ends(tokens, question, self._max_chars))
            if mention
            else []
        )
        for j in mentioned:
            st = stem(self._fix(tokens[j]))
            if j in gaps or st in covered.said:
                continue
            if tokens[j].isdigit() and int(tokens[j]) in self._numbers:
                continue  # "the key issues the 34 organisations raise": the FAQ's figure names them
            # "does the letter mention religious minorities" of quotes that say "minorities": a
            # qualifier of a word the sources do say narrows it, whatever phrasings ask
            qualifies = (
                j + 1 in mentioned
                and j + 2 not in mentioned  # right before the noun the run ends with
                and j - 1 not in mentioned  # first in it: "how iran treats women" has a verb there
                and stem(self._fix(tokens[j + 1])) in covered.said
                # "Yes." or "No." to whether the sources mention it (read only for such a run)
                and asking.asks_yes_or_no(question)
            )
            if not covered.said.isdisjoint(stem(w) for w in _subjects_en.qualified_by(tokens[j])):
                continue  # "gender discrimination" of sources that say "discrimination against women"
            if qualifies or self._is_name(tokens[j], written) or st not in covered.asked:
                gaps[j] = result.Gap.MENTION
                if qualifies:
                    terms[j] = " ".join(written.term(t) for t in tokens[j : j + 2])
        for j in _subjects_en.bare_about(tokens)[-1:] if "about" in tokens else []:
            # "what about protests" of an entry only a phrasing of which says "protest" (in
            # another sense: "is this one of those protest things"): what the sources say of it,
            # or what its own question names, or nothing of it. The head noun only ("gender
            # discrimination" is discrimination), in any form of its root ("religious": religion),
            # said by no entry (then "the sources do not mention it" is true of all of them)
            if j not in gaps and self._said_nowhere(self._fix(tokens[j])):
                gaps[j] = result.Gap.MENTION
        for j in _subjects_en.said_about(tokens):
            # "what does the letter say about internet censorship": what the entry's sources say,
            # or its phrasings ask about, or nothing of it
            word = self._fix(tokens[j])
            if j not in gaps and stem(word) not in covered.known and is_english(word):
                gaps[j] = result.Gap.MENTION
        # (a name is one of the general lists' or marked as typed, and a lower-case place follows
        # a word of `PLACE_LEADS`: a question with neither, most of them, asks no name of a word)
        marked = bool(written.acronyms or written.owners or written.runs)
        placed = not _subject_gaps.PLACE_LEADS.isdisjoint(tokens)
        yes_no = bool(tokens) and tokens[0] in _YES_NO  # (a word's stem is read only for a yes/no question)
        capital_names = capitals()[1]
        for j, word in enumerate(tokens):
            if j in gaps or word in STOP_WORDS:
                continue
            # (a month is a word of `MONTHS`, a year or a number starts with a digit: most words
            # are neither, and skip their reading)
            digit = word[:1].isdigit()
            month = month_of(tokens, j) if word in MONTHS else None
            if month is not None:
                # A month the entry's sources never write ("how many executions in december"),
                # like a year: the entry's figure is not one for that month. Not one that only
                # marks a year's start ("since jan 2017"), nor one of alternatives ("november or
                # december?") of which the sources write another.
                if {stem(word), stem(month)}.isdisjoint(covered.said) and not (
                    _times.year_start(tokens, j, month) or _times.covered_alternative(tokens, j, covered.said)
                ):
                    gaps[j] = result.Gap.MENTION
                continue
            if (
                digit
                and is_year(word)
                and not is_quantity(tokens, j)
                # "2000 flowers" of sources saying "two thousand flowers": their figure, no year
                and (int(word), stem(self._fix(tokens[j + 1])) if j + 1 < len(tokens) else "") not in covered.figures
            ):
                # A year the entry's sources never write ("which year is the letter from, 2017?"),
                # even one the FAQ uses elsewhere: the question guesses a fact this entry lacks.
                if word not in covered.said and not _times.covered_alternative(tokens, j, covered.said):
                    gaps[j] = result.Gap.MENTION
                continue
            number = _words.number(word) if digit else None
            if number is not None:
                # A number the FAQ uses elsewhere names the subject ("the 34 NGOs' letter"); one it
                # never uses, or small ones ("explain it like I'm 5"), asks something else.
                if (
                    number >= 10
                    and number not in covered.numbers
                    and number not in self._numbers
                    and not _counts.reply_length(tokens, j)  # "in 50 words": how long the reply is
                ):
                    gaps[j] = result.Gap.MENTION
                continue
            # a capital named for its government ("does moscow cooperate with the un"): the
            # country it stands for, which the entry must say (Iran's entry says nothing of Russia)
            country = government_of(tokens, j) if word in capital_names else ()
            if (
                (self._is_name(word, written) if marked else word in GROUPS or word in PLACES or country)
                or (digit and is_year(word))
                or (placed and self._unknown_place(tokens, j, question))
            ):
                st = stem(self._fix(word))
                if country and any(stem(name) in covered.said for name in country):
                    continue  # ("what signal would a vote send to tehran": Iran, which it says)
                # A name must be in what the entry says: a phrasing naming a group the quotes
                # never mention does not make the sources mention it. (Not an acronym offered as
                # an alternative: "sent to the general assembly or the HRC?" asks which.)
                alternative = word in written.acronyms and "or" in (*tokens[j - 2 : j], *tokens[j + 1 : j + 2])
                # An acronym one of the entry's own phrasings asks ("did fidh or chri sign the
                # letter") is one its authors say it answers, as a subject it is asked about.
                vouched = word in written.acronyms and st in covered.asked and self._asked_alike(tokens, j, covered)
                # (not where someone the asker knows is: "my cousin in tehran says ...")
                if (
                    st not in covered.said
                    and not alternative
                    and not vouched
                    and not _subjects_en.where_someone_known_is(tokens, j)
                    and not _subjects_en.who_asks(tokens, j)  # "as a baha'i, i ..."
                ):
                    gaps[j] = result.Gap.MENTION
                    if (typed_pair := joined_as_typed(question, word)) is not None:
                        terms[j] = typed_pair  # "united states", as typed (read "usa")
            elif (
                yes_no
                and (
                    (stem(word) in covered.asked_with and len(word) >= 4 and not self._asked_alike(tokens, j, covered))
                    or (3 <= len(word) <= 5 and _VOWELS.isdisjoint(word))
                )
                and self._unsaid_anywhere(word)
                and persian_language(question) == i18n.EN
            ):
                # the same in lower case ("is iran a party to the iccpr"): a word no dictionary
                # knows that only phrasings asking another thing of it use, or initials, which
                # have no vowel ("did hrw sign the letter")
                gaps[j] = result.Gap.MENTION
        for j in _shapes_en.asked_kinds(tokens, types):
            if j not in gaps and tokens[j] not in covered.kinds:
                gaps[j] = result.Gap.UNSAID
            elif j not in gaps:
                last = self._asked_of(tokens, j, covered, question)
                if last is not None:
                    gaps[j] = result.Gap.UNSAID
                    terms[j] = " ".join(written.forms.get(t, t) for t in tokens[j : last + 1])
        for j in _persian_when_asked(tokens, types, question) if "when" not in covered.kinds else ():
            # «بحرینی چه زمانی این حرف رو زد؟», "bahreini kei in harf ro zad?": the time of
            # something, of an entry whose sources give none, as "when did she say this" in
            # English (`_shapes_en.asked_kinds`); the Persian question word is read as "when"
            if j not in gaps:
                gaps[j] = result.Gap.UNSAID
                terms[j] = _written.as_written(question, tokens[j], written)
        since = _persian.since_when(question[: self._max_chars * 2]) if "when" in covered.kinds and not gaps else None
        if since is not None and self._unsaid_predicates(since, covered):
            # «ایران از کی همکاری با سازمان ملل رو قطع کرده؟» (since when has Iran cut off
            # cooperation with the UN?) of an entry that gives a time, but never says it was cut
            # off: since when something was done that the sources never say was (the statement
            # the question takes for granted, read as the yes/no question it would be; as
            # English "when did iran stop cooperating", `_asked_of`)
            at = next((i for i, t in enumerate(tokens) if t in _words.WHEN_WORDS_FA or t == "کی"), 0)
            gaps[at] = result.Gap.UNSAID
            terms[at] = _written.as_written(question, tokens[at], written)
        asked_since = _persian.since_when_asked(question[: self._max_chars * 2])
        if asked_since is not None and not covered.dated and _SINCE not in covered.said:
            # "since when has iran not cooperated with the un", «از چه سالی ...»: when it started,
            # of an entry whose sources give no start (no date, no "since"), only a time it was
            # so ("in the past year")
            since_word = asked_since.split()[-1].lower()
            at = next((i for i, t in enumerate(tokens) if t == since_word or t in _words.WHEN_WORDS_FA), 0)
            if at not in gaps:
                gaps[at] = result.Gap.UNSAID
                terms[at] = asked_since
        for j in _shapes_en.date_nouns_asked(tokens) if "when" in covered.kinds else ():
            # "on what date was the letter published online" reads as "when was ...": the time
            # of what the entry tells the time of ("what date is the letter"), or another event's
            last = None if j in gaps else self._asked_of(tokens, j, covered, question, kind="when")
            if last is not None:
                gaps[j] = result.Gap.UNSAID
                terms[j] = " ".join(written.forms.get(t, t) for t in tokens[j - 1 : last + 1])
        same = _shapes_en.same_time_at(tokens) if "when" in covered.kinds and not gaps else None
        if same is not None:
            # "was the letter published online the same day it was dated": when the first thing
            # happened, asked by comparing; "when was it published online" asks the same
            as_when = ["when", *tokens[:same]]
            last = self._asked_of(as_when, 0, covered, " ".join(as_when), kind="when")
            if last is not None:
                gaps[same] = result.Gap.UNSAID
                terms[same] = " ".join(
                    written.forms.get(t, t)
                    for t in tokens[: _clauses.clause_end(tokens, same + 2, question, self._max_chars)]
                )
        for i, run in _subjects_en.by_question_word(
            _subjects_en.wh_subject_at(tokens) if covered.subjects else []
        ).items():
            # "who wrote the resolution" of an entry on who wrote the letter: the same question of
            # another thing, though the FAQ knows both words; the entry answers it of its own
            fixed = [self._fix(tokens[j]) for j in run]
            forms = {stem(w) for word in fixed for w in _counts.number_forms(word)}
            if i in gaps or any(j in gaps for j in run) or forms & covered.subjects:
                continue
            if any(_clipped(form, covered.subjects) for form in forms):
                continue  # "when did the 34 orgs write this": "organizations" clipped, as people type it
            if not all(is_english(w) or stem(w) in self._vocabulary for w in fixed):
                continue  # a typo or slang word: nothing to judge by
            if any(self._is_name(tokens[j], written) or tokens[j] in self._names for j in run):
                continue  # names are checked as names
            gaps[i] = result.Gap.UNSAID
            end = _clauses.clause_end(tokens, i, question, self._max_chars)
            start = i - 1 if tokens[i] not in ("who", "when", "where") else i  # "what date ..."
            terms[i] = " ".join([*tokens[start : i + 1], *(written.forms.get(t, t) for t in tokens[i + 1 : end])])
        for j in _times.extreme_times(tokens, types):
            # "when did a rapporteur last visit iran": a date the entry must give, in a year or a
            # span ("in the last century"); a day and month alone ("dated November 7") do not say
            # which visit or year
            if j not in gaps and not covered.says_a_year_or_unit:
                gaps[j] = result.Gap.UNSAID
                start = next((i for i in range(j, -1, -1) if tokens[i] in _WHEN_WORDS), j)
                end = _clauses.clause_end(tokens, j, question, self._max_chars)
                if all(t in written.forms for t in tokens[start:end]):
                    terms[j] = " ".join(written.forms[t] for t in tokens[start:end])
                else:  # Persian: words folded ("کی" read as "when"), so the question as written
                    terms[j] = _written.as_written(question, tokens[j], written)
        for j, kind in _shapes_en.how_kinds(tokens):
            dated = kind == "age" and "when" in covered.kinds and self._people.isdisjoint(tokens)
            if j not in gaps and j + 1 not in gaps and kind not in covered.kinds and not dated:
                # (a date tells how old a thing is, "how old is this letter", not a person)
                gaps[j] = result.Gap.UNSAID
                end = _clauses.clause_end(tokens, j, question, self._max_chars)
                terms[j] = " ".join(written.forms.get(t, t) for t in tokens[j:end])
        who_did = (
            _shapes_en.who_did(tokens, self._clause_starts(tokens, question))
            if not gaps and _WHO_WHICH & set(tokens)
            else []
        )
        for i, v, subject in who_did:
            # "which country is sponsoring the resolution", "who founded this campaign": what
            # was done must be what the entry says, or asks who or which did it (not what the
            # FAQ's own subject does: "which violations does the letter highlight" asks what
            # it says)
            asked_of = (
                subject is not None
                and self._fix(tokens[v]) in _words.ASKING
                and _named_as_asked(stem(self._fix(tokens[subject])), covered.text)
            )
            if subject is not None and stem(self._fix(tokens[subject])) in self._common and not asked_of:
                continue
            verb = self._fix(tokens[v])
            if not is_english(verb):
                continue
            if stem(verb) in covered.who_words and (subject is not None or stem(verb) not in covered.who_of_others):
                # (a phrasing asking which thing another party backs vouches for no question
                # asking which things do it: "which countries are backing the resolution")
                continue
            if stem(verb) in covered.owned:
                continue  # "who's responsible for it" of sources that say "the authorities' responsibility"
            passive = tokens[v - 1] == "being"  # "which groups are being held": what was done to them
            # said in any form ("held" for "holding"), or by a word of its stem that is no noun
            # made from it ("organized" is not the "organizations" an entry on who signed says)
            said = not predicates.english_forms(verb).isdisjoint(covered.said_done) or (
                stem(verb) in covered.said and _said_as_doing(stem(verb), covered.text)
            )
            if said and (
                subject is not None or "who" in covered.kinds or passive or self._doer_named(verb, covered.text)
            ):
                # what the entry says was done ("which flowers do the bees visit"), or who did it
                # when it names who does things; not "who voted for it" of an entry that only
                # says what a vote would do
                continue
            if verb in _words.ASKING and covered.said & _words.ASKING_STEMS and not asked_of:
                continue  # "which action did they request" of an entry that says what they urged
            if (
                verb in _words.SAYING
                or verb in _words.LIGHT_VERBS
                or verb in _words.FRAME_WORDS
                or tokens[v] in self._names
            ):
                continue
            if not self._own_clause(tokens, i, v, question):
                continue
            gaps[i] = result.Gap.UNSAID
            if tokens[i] in ("which", "what"):
                # "what promises did <a name> make": the things asked are to be told apart by
                # what was done, which the sources never say, so nothing they say identifies
                # one (as a name asked of sources that name no one)
                absent.add(i)
            end = _clauses.clause_end(tokens, v, question, self._max_chars)
            terms[i] = " ".join(written.forms.get(t, t) for t in tokens[i:end])
        whys = (
            _shapes_en.whys(tokens) + _persian_why.for_whats(tokens, question) if "cause" not in covered.kinds else []
        )
        for j in whys:
            # "why does iran refuse visas" of an entry that says it refuses, and no cause; a
            # phrasing asking why vouches only for a why whose answer is what the sources say
            # ("why can't experts travel there": iran refuses them visas), not for the cause of
            # what they state ("why does iran refuse them visas": `_why_of_said`)
            if "why" in covered.kinds and not self._why_of_said(tokens, j, question, covered):
                continue
            if j not in gaps and not any(
                k in gaps for k in range(j, _clauses.clause_end(tokens, j, question, self._max_chars))
            ):
                gaps[j] = result.Gap.UNSAID
                # the clause as written: its words once read drop what Finglish folds away
                # ("chera iran 440 nafar ro edam kard", not "chera iran 440 nafar edam")
                terms[j] = _written.as_written(question, tokens[j], written, tokens[:j].count(tokens[j]))
        for start, end in (
            _shapes_en.for_whats(tokens, question, self._max_chars) if _CAUSE_KINDS.isdisjoint(covered.kinds) else []
        ):
            # "what crimes were the 440 people executed for" of an entry that gives no cause (nor
            # is asked why): the reason asked, as "why" is (what the sources say follows)
            if not any(k in gaps for k in range(start, end)):
                gaps[start] = result.Gap.UNSAID
                terms[start] = _written.typed_span(question, tokens[start:end], written, start)
        for j in _shapes_en.means_asked(tokens):
            # "are executions carried out by hanging" of sources that never say how: the means
            # asked, which a phrasing using the word ("how many ppl has iran hanged") does not vouch for
            if j not in gaps and stem(self._fix(tokens[j])) not in covered.said:
                gaps[j] = result.Gap.UNSAID
        for j in _shapes_en.links_asked(tokens, question) if "link" not in covered.kinds else []:
            # "is there a link to the full letter", "link e mosahebe ro dari?": a web address the
            # entry's sources never give (what they do say still answers the rest)
            if j not in gaps:
                gaps[j] = result.Gap.UNSAID
                terms[j] = _written.as_written(question, tokens[j], written)
        for j in _shapes_en.full_text_asked(tokens) if "link" not in covered.kinds else []:
            # "send me the full text of the letter" of an entry that quotes a few of its sentences
            # and gives no address to read it at: the document itself, which it does not give
            if j not in gaps:
                gaps[j] = result.Gap.UNSAID
                terms[j] = _written.as_written(question, tokens[j], written)
        for j in _shapes_en.which_heads(tokens):
            kind_head = _shapes_en.kind_end(tokens, j) - 1
            if (
                j not in gaps
                and _shapes_en.membership_asked(tokens, kind_head + 1)
                and stem(self._fix(tokens[kind_head])) not in covered.said
            ):
                # "which countries are members of the general assembly" of sources that speak of
                # its "member states" and name none: the members of a body, which nothing in
                # them tells apart (refused, the entry offered)
                gaps[j] = result.Gap.UNSAID
                absent.add(j)
                terms[j] = " ".join(written.forms.get(t, t) for t in tokens[j : kind_head + 1])
                continue
            if (
                kind_head > j
                and j not in gaps
                and _shapes_en.plural_kind(tokens[kind_head])
                and is_english(self._fix(tokens[kind_head]))
                and stem(self._fix(tokens[kind_head])) not in covered.known
            ):
                # "which trade union leaders were arrested" of sources that say trade unionists
                # were: the kind's head, a word the entry never uses, is no kind it tells of
                gaps[j] = result.Gap.MENTION
                absent.add(j)
                terms[j] = " ".join(written.forms.get(t, t) for t in tokens[j : kind_head + 1])
                continue
            forms = {stem(w) for w in _counts.number_forms(self._fix(tokens[j]))}
            # "which UN bodies": its head too ("un" is said; which bodies is asked)
            head = kind_head > j and _shapes_en.plural_kind(tokens[kind_head])
            heads = {stem(w) for w in _counts.number_forms(self._fix(tokens[kind_head]))} if head else set()
            if (
                j not in gaps
                and (not forms & covered.identified or (heads and not heads & covered.identified))
                and not self._compound_head(tokens, j, covered)
            ):
                gaps[j] = result.Gap.UNSAID
                if forms & covered.identified:  # (the head alone: the kind as typed)
                    terms[j] = "which " + " ".join(written.forms.get(t, t) for t in tokens[j : kind_head + 1])
            elif (
                j not in gaps
                and (end := _shapes_en.members_asked(tokens, j, covered.text))
                # ("which fishing boats land their catch, names?": their names, the name rule's)
                and not _subjects_en.names_requested(tokens)
            ):
                # "which journalists are in jail" of sources that list journalists among those
                # held and name none: the members of a kind the sources stop at
                gaps[j] = result.Gap.UNSAID
                absent.add(j)
                # "which specific journalists", "what journalists work ..." (`_what_of_another`)
                which = max((k for k in range(j) if tokens[k] in ("which", "what")), default=j)
                terms[j] = " ".join(written.forms.get(t, t) for t in tokens[which:end])
        for j in _shapes_en.listed_heads(tokens):
            # "what are the sanctions on iran" of an entry whose phrasings ask whether sanctions
            # are wanted, and whose sources name none: things to list that they never identify
            forms = {stem(w) for w in _counts.number_forms(self._fix(tokens[j]))}
            if j not in gaps and not forms & covered.identified and not self._compound_head(tokens, j, covered):
                gaps[j] = result.Gap.UNSAID
                if not forms & covered.said:
                    absent.add(j)
        for found in unheld_types(
            tokens,
            lambda i: _clauses.clause_end(tokens, i, question, self._max_chars),
            covered.said,
            covered.held,
            self._judged,
            written.owners,
        ):
            # "how are executions carried out" of an entry that gives no method, "what reforms
            # did he promise" of one that lists none (asked.py): the type of answer asked is not held
            if found.at not in gaps and not any(k in gaps for k in found.of):
                gaps[found.at] = result.Gap.UNSAID
                terms[found.at] = _written.typed_span(question, tokens[found.at : found.end], written, found.at)
        for j in _persian_how.methods(tokens, question[: self._max_chars * 2], covered.held):
            # «۴۴۰ نفر چطوری اعدام شدن», "chetori edam shodan": the method, as in English above
            if j not in gaps:
                gaps[j] = result.Gap.UNSAID
                terms[j] = _written.as_written(question, tokens[j], written)
        for start, clause in self._finglish_lists(question, tokens, covered) if not has_script(question) else []:
            if start not in gaps:
                gaps[start] = result.Gap.UNSAID
                terms[start] = clause
        # Spoken کی is "when" as well as "who": "تاریخش کیه" asks a date.
        persian_role = _persian.who_the_fa(tokens, question[: self._max_chars * 2]) if "when" not in types else []
        role = _subjects_en.who_the(tokens) or persian_role
        unnamed = "unnamed" in covered.kinds
        # ("list all the concerns" of any other entry asks for its whole list, which it gives)
        every = _subjects_en.every_listed(tokens) if unnamed else []
        requested = _subjects_en.names_requested(tokens) or every or _persian.names_requested_fa(tokens, question)
        if requested and (not unnamed or every or _persian.every_name_fa(tokens, requested, question)):
            # (an entry that says its sources name none answers "what are their names", not a
            # list of every one of them, «اسم همه ۳۴ سازمان», "list all 34 ngos", which they cannot give)
            role = requested
        else:
            requested = []
        # an entry that tells who did something still does not name a role it never says ("who
        # is the letter's translator" of the entry on who wrote it)
        unsaid_role = any(
            not (j > role[0] and tokens[j] in _AGENT_SUFFIXES_FA)  # "مصاحبه کننده": the interview's doer
            and not (j < role[-1] and tokens[j] in _ROLE_HEDGES)  # "the intended recipient": the recipient
            and not self._says_word(covered, tokens[j])
            and stem(self._fix(tokens[j])) not in covered.asked
            and (is_english(self._fix(tokens[j])) or has_script(tokens[j]) or _counts.countable_finglish(tokens[j]))
            for j in role
        )
        if role and ("who" not in covered.kinds or requested or unsaid_role) and not any(j in gaps for j in role):
            asked = set(tokens)
            if not any(covered.named.get(stem(self._fix(tokens[j])), frozenset()) - asked for j in role):
                gaps[role[0]] = result.Gap.NAME
                as_typed: Mapping[str, str] = written.forms
                if any(tokens[j] not in as_typed for j in role):  # Finglish: words folded, or from a glossary
                    as_typed = _written.typed_forms(question[: self._max_chars * 2])
                typed = [as_typed.get(tokens[j], tokens[j]) for j in role]
                terms[role[0]] = ("" if requested or persian_role else "the ") + " ".join(
                    w for k, w in enumerate(typed) if k == 0 or w != typed[k - 1]
                )
        for j, gap in gaps.items():
            if gap is result.Gap.UNSAID and j > 0 and j not in terms and tokens[j] not in ("where", "when"):
                terms[j] = " ".join(written.forms.get(t, t) for t in tokens[j - 1 : j + 1] if t not in _words.KIND_OF)
        for j in _shapes_en.guessed(question[: self._max_chars * 2], tokens):
            # A name guessed ("london?", "evin?"), not a tag ("true?", "anything else?").
            name = (self._is_name(tokens[j], written) or not is_english(tokens[j])) and not _written.chat(tokens[j])
            if name and j not in gaps and stem(self._fix(tokens[j])) not in covered.known:
                gaps[j] = result.Gap.MENTION
        also = _persian.also_fa(question[: self._max_chars * 2], tokens)
        if also and not any(j in gaps for j in also) and not all(self._says_word(covered, tokens[j]) for j in also):
            # «کدوم اقلیت‌ها ...؟ بهایی‌ها هم هستن؟»: one more the asker guesses is among them,
            # which the sources never name, or name only in part («گل رز»: roses, of notes that
            # say flowers) (as English "..., baha'is?": `_shapes_en.guessed`)
            gaps[also[0]] = result.Gap.MENTION
            terms[also[0]] = _written.typed_span(question, [tokens[j] for j in also], written, also[0])
        named_fa = _persian.mentioned_fa(tokens, self._common) if not _persian.MENTION_FA.isdisjoint(tokens) else []
        unnamed_fa = [j for j in named_fa if not self._knows_fa(covered, tokens[j])]
        if unnamed_fa and not any(j in gaps for j in named_fa):
            # «نامه به اعدام نوجوانان هم اشاره کرده؟», "name be edam-e nojavanan eshare karde?": a
            # word the entry neither says nor is asked with (as English "does the letter mention
            # juvenile executions"); the caveat names what was asked, up to that word
            gaps[unnamed_fa[0]] = result.Gap.MENTION
            named_words = tokens[named_fa[0] : unnamed_fa[-1] + 1]
            if any(t not in written.forms for t in named_words):  # Finglish: words folded ("nujavan")
                typed_forms = _written.typed_forms(question[: self._max_chars * 2])
                named_words = [typed_forms.get(t, t) for t in named_words]
            terms[unnamed_fa[0]] = _written.typed_span(question, named_words, written, named_fa[0])
        relative = _times.relative_times(tokens)
        dated = bool(relative) and (not covered.said.isdisjoint(stem(w) for w in _words.UNITS) or covered.dated)
        for start, end in [] if dated else relative:
            # "how many NGOs signed last year's letter": the question dates what it asks about,
            # and the entry gives no time at all (one that gives a year or a month may be it)
            if not any(j in gaps for j in range(start, end)):
                gaps[start] = result.Gap.MENTION
                terms[start] = " ".join(written.forms.get(t, t) for t in tokens[start:end])
        for start, end in self._other_span(tokens, covered) if not _time_gaps.SPAN_CUES.isdisjoint(tokens) else []:
            # "has it improved compared to 5 years ago", "over the past decade" of an entry that
            # tells of the past year: a span of time its sources never give
            if not any(j in gaps for j in range(start, end)):
                gaps[start] = result.Gap.MENTION
                terms[start] = _written.typed_span(question, tokens[start:end], written, start)
        for start, end, term in [
            *self._later_finglish(question, tokens, covered),
            *_times.in_the_end_typed(question, tokens),
        ]:
            if not any(j in gaps for j in range(start, end)):
                gaps[start] = result.Gap.LATER
                terms[start] = term
        # the clauses are counted only for a question `_later` reads (most have none of its words)
        ends = [] if _words.LATER_WORDS.isdisjoint(tokens) else _clauses.clause_ends(tokens, question, self._max_chars)
        for start, end in self._later(tokens, types, covered, ends, question):
            if not any(j in gaps for j in range(start, end)):
                gaps[start] = result.Gap.LATER
                terms[start] = " ".join(written.forms.get(t, t) for t in tokens[start:end])
        for start, end in self._others_asked(tokens, covered, question) if _OTHER_WORDS & set(tokens) else []:
            if not any(j in gaps for j in range(start, end)):
                gaps[start] = result.Gap.UNSAID
                terms[start] = _written.typed_span(question, tokens[start:end], written, start)
        for start, end in self._earlier(tokens, covered, question) if not _EARLIER_WORDS.isdisjoint(tokens) else []:
            if not any(j in gaps for j in range(start, end)):
                gaps[start] = result.Gap.EARLIER
                terms[start] = " ".join(written.forms.get(t, t) for t in tokens[start:end])
        before_job = _time_gaps.job_before(question[: self._max_chars * 2], tokens)
        if before_job is not None and not any(gap is result.Gap.EARLIER for gap in gaps.values()):
            # "where did raha bahreini work before amnesty", «قبل از عفو بین الملل کجا کار میکرد»:
            # someone's work before the post the sources give them, which they never tell
            at, terms[at] = before_job
            gaps[at] = result.Gap.EARLIER
        still = _time_gaps.job_now(question[: self._max_chars * 2], tokens) if not gaps else None
        if still is not None and ("who" in covered.kinds or not self._people.isdisjoint(tokens)):
            # "is roya karimi majd still working at radio farda", «هنوز تو عفو بین‌الملل کار میکنه؟»:
            # someone's post now, which sources that name it at their time do not give
            at, terms[at] = still
            gaps[at] = result.Gap.LATER
        for start, end in self._since_unknown(tokens, covered, question) if not _words.AFTER.isdisjoint(tokens) else []:
            if not any(j in gaps for j in range(start, end)):
                gaps[start] = result.Gap.MENTION
                terms[start] = " ".join(written.forms.get(t, t) for t in tokens[start:end])
        for j in _shapes_en.checked(question[: self._max_chars * 2], tokens):
            word = self._fix(tokens[j])
            if (
                j not in gaps
                and stem(word) not in covered.said
                and (is_english(word) or stem(word) in self._vocabulary)
            ):
                gaps[j] = result.Gap.MENTION
        example = _shapes_en.examples(question[: self._max_chars * 2], tokens)
        unsaid_example = [
            j
            for j in example
            if not self._says_word(covered, tokens[j])
            and not _says_magnitude(covered, tokens[j])
            and (is_english(self._fix(tokens[j])) or has_script(tokens[j]) or _counts.countable_finglish(tokens[j]))
        ]  # (a typo or slang word tells nothing)
        if unsaid_example and _one_offered_said(tokens, example, unsaid_example):
            unsaid_example = []  # "like dozens or hundreds?": one of the answers offered is said
        if unsaid_example and not any(j in gaps for j in example):
            gaps[example[0]] = result.Gap.MENTION
            terms[example[0]] = " ".join(written.forms.get(tokens[j], tokens[j]) for j in example)
        defined = _shapes_en.meaning_asked(tokens) if not gaps else None
        if defined and not all(stem(self._fix(tokens[j])) in covered.defines for j in defined):
            # "what does arbitrary detention mean legally" of an entry that says who is detained:
            # a definition its authors never say it gives
            gaps[defined[0]] = result.Gap.UNSAID
            terms[defined[0]] = _written.as_written(question, tokens[defined[0]], written)
        described = _shapes_en.like_asked(tokens) if "like" in tokens and not gaps else None
        if described is not None and not any(
            stem(self._fix(tokens[j])) in covered.said for j in range(*described) if _words.content(tokens[j])
        ):
            # "what are prison conditions like" of sources that never mention prisons nor
            # conditions: what they say describes something else
            gaps[described[0]] = result.Gap.UNSAID
            absent.add(described[0])
            like_from, like_to = described[0] - 1, described[1] + 1
            terms[described[0]] = _written.typed_span(question, tokens[like_from:like_to], written, like_from)
        effect = _shapes_en.effect_asked(tokens) if not gaps and not _words.LEAD_TO.isdisjoint(tokens) else None
        if effect is not None and stem(self._fix(tokens[effect[1] - 1])) not in covered.said:
            # "would a yes vote lead to sanctions" of sources that never mention sanctions: what
            # they say would follow is something else (still said after the caveat)
            gaps[effect[0]] = result.Gap.UNSAID
            terms[effect[0]] = _written.typed_span(question, tokens[effect[0] : effect[1]], written, effect[0])
        changed = _WHAT_CHANGED.search(question[:1000]) if not gaps and "what" in tokens else None
        if changed is not None and not _covered.says_state(covered, changed["comparative"].lower(), said_only=True):
            # "what specifically got worse over the past year" of sources saying there was "no
            # improvement": no change for the worse is said, let alone what changed (as the
            # yes/no "did it get worse" reads, `Gap.WHETHER`)
            first = tokens.index("what")
            gaps[first] = result.Gap.UNSAID
            terms[first] = " ".join(changed.group(0).split())
        alone = _shapes_en.in_person(question) if not gaps and not _IN_PERSON_WORDS.isdisjoint(tokens) else None
        if alone is not None and not all(stem(w) in covered.said | covered.asked for w in alone[1].split()):
            # "who personally drafted the letter" of an entry that says which organisations wrote
            # it: no one person's own doing, which the answer would read as
            first = next((i for i, t in enumerate(tokens) if t in alone[1].split()), 0)
            gaps[first] = result.Gap.UNSAID
            terms[first] = alone[0]
        action = (
            _shapes_en.own_action(question)
            if not _shapes_en.ACTION_SUBJECT_WORDS.isdisjoint(tokens) and not _ACTION_WORDS.isdisjoint(tokens)
            else None
        )
        first_action = next((i for i, t in enumerate(tokens) if t in _ACTION_WORDS), 0) if action is not None else 0
        if (
            action is not None
            and (not gaps or first_action in gaps)
            and not self._advises_doing(entry_id, action, covered)
        ):
            # "how can i help free the detained defenders" of an entry that says who is held: the
            # asker's own course of action, which its sources never give (what they say follows);
            # "how can i sign the letter" of an entry asked how to contact the signatories: it
            # speaks to the reader, but of another doing. (Read too when the "how" is already a
            # gap, the manner the entry does not give: "how can i become a un special
            # rapporteur" of the entry on their visits is still no answer at all.)
            if first_action not in gaps:
                gaps[first_action] = result.Gap.UNSAID
                terms[first_action] = action
            if self._action_unsaid(action, covered):
                absent.add(first_action)  # "how do i get a visa to visit iran": no doing of it said
        request_words = not _REQUEST_WORDS.isdisjoint(tokens)
        request = _subjects_en.requested(tokens) if not gaps and request_words else []
        request = request if request and _latin_letters(question) and asking.asks_yes_or_no(question) else []
        if not request and not gaps and not _REQUEST_WORDS.isdisjoint(tokens) and _latin_letters(question):
            # a claim to check is a yes/no of its own, however its tag is put ("..., true?")
            request = self._claimed_request(question, tokens)
            request = request if request and asking.asks_only_to_check(question) else []
        if request and stem(self._fix(tokens[_requested_head(tokens, request)])) not in covered.said:
            # "are they calling for sanctions on iran too?" of an entry whose asks never mention
            # sanctions: its answer (what they do ask) must not read as "yes"
            gaps[request[0]] = result.Gap.MENTION
            terms[request[0]] = _written.typed_span(question, [tokens[j] for j in request], written, request[0])
        penalty = (
            # (not "death penalty", "capital punishment": executions, by another name)
            next(
                (
                    j
                    for j, t in enumerate(tokens)
                    if t in _words.PENALTY_NOUNS and _CAPITAL.isdisjoint(tokens[max(j - 1, 0) : j + 2])
                ),
                None,
            )
            # (asked for: one of alternatives, "sanctions or what", is read by `requested` alone)
            if not gaps and not _words.PENALTY_NOUNS.isdisjoint(tokens) and request_words and "or" not in tokens
            else None
        )
        if (
            penalty is not None
            and stem(self._fix(tokens[penalty])) not in covered.said
            and persian_language(question[: self._max_chars * 2]) == i18n.EN
        ):
            # "what sanctions does the letter ask the un to impose", "what penalties do they want":
            # a penalty asked for that the entry's texts never speak of (a yes/no request for one
            # is read above)
            gaps[penalty] = result.Gap.MENTION
            terms[penalty] = _written.typed_span(question, [tokens[penalty]], written, penalty)
        party = _subjects_en.asked_party(tokens) if not gaps and not _words.ASK.isdisjoint(tokens) else []
        no_party = [
            j
            for j in party
            if tokens[j] not in STOP_WORDS
            and tokens[j] not in _words.PEOPLE
            and not government_of(tokens, j)
            and is_english(tokens[j])  # (a typo is no party: "member staths")
            and stem(self._fix(tokens[j])) not in self._said_vocabulary
        ]
        if no_party and _latin_letters(question):
            # "what do the ngos want the security council to do" of sources that never name a
            # security council (they ask the general assembly): the one asked to act is no party
            # they speak of (one another entry names, "the UN countries", may be this one's)
            gaps[party[0]] = result.Gap.MENTION
            terms[party[0]] = _written.typed_span(question, [tokens[j] for j in party], written, party[0])
        consequence = (
            _shapes_en.consequence_asked(question) if not gaps and "if" in tokens and _latin_letters(question) else None
        )
        if consequence is not None and predicates.english_forms(consequence[1]).isdisjoint(
            covered.said_done | covered.done | covered.asked
        ):
            # "what happens to iran if it breaks its treaty obligations" of sources that never
            # speak of breaking them: what they say follows from something else
            first = next((i for i, t in enumerate(tokens) if t == "what"), 0)
            gaps[first] = result.Gap.UNSAID
            terms[first] = consequence[0]
        elif consequence is not None and self._contrary_unsaid(consequence[0], covered):
            # "what happens if the general assembly votes against the resolution" of sources that
            # tell what voting in favour would do: the consequence of the other way round
            first = next((i for i, t in enumerate(tokens) if t == "what"), 0)
            gaps[first] = result.Gap.UNSAID
            terms[first] = consequence[0]
        contrary_fa = _persian.contrary_condition_fa(tokens, question[: self._max_chars * 2]) if not gaps else None
        if contrary_fa is not None and not _persian.says_not_done(covered.said, contrary_fa[2]):
            # «اگه قطعنامه تصویب نشه چی میشه؟» (what if it is not passed) of sources that tell what
            # passing it would do, and never speak of a thing not done so: the other way round
            first, negated, _ = contrary_fa
            gaps[first] = result.Gap.UNSAID
            finglish_if = (
                None
                if has_script(tokens[first])
                else _persian.contrary_condition_typed(question[: self._max_chars * 2])
            )
            terms[first] = finglish_if or _written.typed_span(question, tokens[first : negated + 1], written, first)
        voiced = _shapes_en.words_asked(question) if not gaps and not _VOICE_WORDS.isdisjoint(tokens) else None
        quoted = self._quoted.get(entry_id)
        unvoiced = voiced is not None and _not_all_in(voiced[1], self._voices.get(entry_id))
        if voiced is not None and (unvoiced or _not_all_in(voiced[1], quoted)):
            # "what did rouhani himself say", "what has the special rapporteur reported": the
            # words of someone the entry's sources never quote (their speakers are others); or
            # "what did bahreini say" of the entry telling who she is: her words are in the
            # sources, but not in its quotes, so it answers another question (only offered)
            first = next(i for i, t in enumerate(tokens) if t in _shapes_en.VOICE_FRAMES)
            gaps[first] = result.Gap.UNSAID
            terms[first] = " ".join(voiced[0].split())
            if not unvoiced:
                absent.add(first)
        claimant = (
            _shapes_en.said_by(question) if not gaps and not _shapes_en.CLAIMING_WORDS.isdisjoint(tokens) else None
        )
        if claimant is None and not gaps and ("according" in tokens or "per" in tokens):
            # "according to roya karimi majd, how many were executed": one of the FAQ's people
            # named as the source, whose words the entry does not quote (a role, "the
            # signatories", "the amnesty official", is left to what the entry says)
            claimant = _shapes_en.according_to(question)
            if claimant is not None and not any(
                w in self._people or self._said_nowhere(w) or self._unsaid_anywhere(w) or _a_party(w, written.acronyms)
                for w in claimant[1]
            ):
                # (... or a source no entry's sources mention at all, "according to the
                # guardian": whatever the entry quotes, it is not theirs; or a country, a people
                # or a body, "according to iran", "according to the UN": the FAQ may speak of
                # them, but its figures are theirs only when its quotes are)
                claimant = None
        if claimant is not None and _not_all_in(claimant[1], quoted):
            # "did bahreini say iran is among the top executioners" of an entry quoting only the
            # letter: what it says is true, but not said by whom the question asks about
            first = next((i for i, t in enumerate(tokens) if t == claimant[1][0]), 0)
            gaps[first] = result.Gap.SPEAKER
            terms[first] = claimant[0]
        trait = _shapes_en.trait_asked(question) if not gaps and not _shapes_en.TRAITS.isdisjoint(tokens) else None
        if trait is not None and not _shapes_en.says_trait(trait[1], covered.text):
            # "what religion are the detained people" of an entry that names the right to
            # religion, no one's religion: a trait of people the sources never give
            first = next((i for i, t in enumerate(tokens) if t in ("what", "which")), 0)
            gaps[first] = result.Gap.UNSAID
            terms[first] = trait[0]
        attribute = self._attribute_gap(question, covered)
        if attribute is None and not gaps:
            attribute = self._trait_in_clauses(question, covered)  # "X, is she iranian?"
        if attribute is not None and not gaps:
            gaps[attribute[0]] = result.Gap.UNSAID
            terms[attribute[0]] = attribute[1]
        # (whether the message speaks of someone is read only for a "what ... does it have":
        # repairing each word to compare it with the FAQ's people costs more than finding one)
        for j in _persian.thing_of_this(tokens) if not gaps else []:
            # «بودجه این کمپین چیه؟» (the budget of this campaign) of the entry on what it is
            # about: a thing of it the entry never says nor is asked with gives none
            if self._unsaid_thing_fa(tokens[j], covered):
                gaps[j] = result.Gap.UNSAID
                absent.add(j)  # (as a count of a word the entry never says: offered, not answered)
                finglish_thing = (
                    None if has_script(tokens[j]) else _persian.thing_of_this_typed(question[: self._max_chars * 2])
                )
                terms[j] = finglish_thing or _written.typed_span(question, tokens[j : j + 3], written, j)
        has = _persian.what_it_has(tokens) if not gaps else []
        someone = bool(has) and (
            not _words.WHO_WORDS_FA.isdisjoint(tokens) or any(self._fix(t) in self._people for t in tokens)
        )
        for j in has if someone else []:
            # «... کیه؟ چه سابقه‌ای داره؟», "che sabeghe'i dare?" (who is she, what background does
            # she have): a thing of a person's the entry never says nor is asked gives none (as
            # English "her age?"); of a thing, «چه اهمیتی داره» asks what it means, no property
            word = tokens[j]
            if "who" in covered.kinds and skeleton(stem(word)) in _ROLE_SKELETONS_FA:
                continue  # "what role / post / job does she have" asks what "who is she" answers
            if self._unsaid_thing_fa(word, covered):
                gaps[j] = result.Gap.UNSAID
                terms[j] = _written.typed_span(question, tokens[j - 1 : j + 2], written, j - 1)
                break
        if any(gap is result.Gap.UNSAID for gap in gaps.values()) and self._in_passing(tokens, entry_id):
            # "where is <a name> based" of an entry that names it only in passing: the kind of
            # fact asked is about a thing the sources say nothing else of
            absent.update(j for j, gap in gaps.items() if gap is result.Gap.UNSAID)
        if not gaps:
            for predicate in self._unsaid_predicates(question, covered):
                # "was raha bahreini arrested" of the entry on who she is: what was done to her
                at = next((i for i, t in enumerate(tokens) if t == predicate.word), max(len(tokens) - 1, 0))
                gaps[at] = result.Gap.WHETHER
                terms[at] = predicate.statement
        if not gaps and "what" in tokens[:3]:
            did = self._person_did(question, covered)
            if did is not None:
                # "what did raha bahreini study" of an entry that never tells of her studies
                gaps[did[0]] = result.Gap.UNSAID
                terms[did[0]] = did[1]
        if not gaps and tokens and tokens[0] in _ACTIVE_OPENERS and "or" not in tokens and "been" not in tokens:
            # (an active "did X do it"; not a passive, "are un experts allowed in", whose subject
            # is who it is done to, nor either of two, "did the un write it or was it sent to them")
            other = self._other_doer(question, covered)
            if other is not None:
                # "did the un execute 440 people" of an entry saying Iran did: another doer
                gaps[other[0]] = result.Gap.WHETHER
                terms[other[0]] = other[1]
        if not gaps:
            unknown = self._unknown_subject(question, tokens, written)
            if unknown is not None:
                # "can the security council force iran to comply" of sources that never mention
                # a security council: whatever they say of the doing is said of others
                gaps[unknown[0]] = result.Gap.MENTION
                terms[unknown[0]] = unknown[1]
        if not gaps:
            opinion = _persian.opinion_asked(question[: self._max_chars * 2])
            if opinion is not None:
                # "do you think iran will improve", «به نظرت روحانی به وعده‌هاش عمل می‌کنه؟»: the
                # bot's own view, which no source gives; what they do say follows the caveat
                gaps[0] = result.Gap.UNSAID
                terms[0] = opinion
        # Shapes of which the first found is the caveat, each read only while none is (its
        # detector, the gap it makes; each gives (position, the words as typed) or None):
        shapes: tuple[tuple[Callable[[], tuple[int, str] | None], result.Gap], ...] = (
            # «نسبت به دوره احمدی نژاد بهتره؟»: compared with a time of someone the FAQ never
            # names (as English "under ahmadinejad", `_unknown_place`)
            (lambda: self._other_era(question), result.Gap.MENTION),
            # "did rouhani make the economy better", «اقتصاد رو بهتر کرد»: the state of a thing
            # the entry never speaks of (its "no improvement" is of something else)
            (lambda: self._made_better(question, covered), result.Gap.MENTION),
            # «وعده‌های اقتصادی ... محقق شد؟» of an entry on human-rights reforms: a kind of the
            # noun the sources never speak of (as English "religious minorities", `qualified_by`)
            (lambda: self._qualifier_fa(question, covered), result.Gap.MENTION),
            # «فانوس در تهران هنوز کار میکنه؟», "dar tehran": a place the sources never name (as
            # English "executed in tehran", `_unknown_place`)
            (lambda: self._place_fa(question, covered), result.Gap.MENTION),
            # «رها بحرینی وکیله؟» of the entry that calls her an Amnesty official (English "is
            # raha bahreini a lawyer")
            (lambda: self._person_called_fa(question, covered), result.Gap.WHETHER),
            # «سازمان ملل ۴۴۰ نفر رو اعدام کرده؟» of an entry saying Iran did (English `_other_doer`)
            (lambda: self._other_doer_fa(question, covered), result.Gap.WHETHER),
            # «تبعیض علیه بهایی‌ها هم تو نامه اومده؟»: a group the sources never name (as English
            # "does the letter mention the bahais", `GROUPS`)
            (lambda: self._group_fa(question, covered), result.Gap.MENTION),
            # «مصاحبه با بی بی سی بود؟», "ba bbc bood?": an acronym no source says (as English
            # "was it with bbc", whose initials have no vowel)
            (lambda: self._acronym_fa(question, covered), result.Gap.MENTION),
        )
        for find, gap in shapes:
            found_shape = find() if not gaps else None
            if found_shape is not None:
                gaps[found_shape[0]] = gap
                terms[found_shape[0]] = found_shape[1]
        # «رادیو فردا از کجا پخش میشه؟» of the entry saying where an interview was given: where a
        # thing is based, which nothing it says answers (only offered)
        located = _persian_near.located_fa(question[: self._max_chars * 2], covered) if not gaps else None
        _offered_only(located, len(tokens), gaps, terms, absent)
        near = (
            _persian_near.near_fa(question[: self._max_chars * 2], covered, self._voices.get(entry_id))
            if not gaps
            else None
        )
        if near is not None:
            # «دلیل رسمیشون چیه؟», «نتیجه رای‌گیری چی شد؟»: a party's own reason, or what came
            # after the sources, which the entry does not give (what it says follows the caveat)
            at = min(near[0], max(len(tokens) - 1, 0))
            gaps[at] = result.Gap.LATER if near[2] else result.Gap.UNSAID
            terms[at] = near[1]
        # «رادیو فردا کجاست؟», "radio farda kojast?" of the entry saying an interview was given to
        # it: where a thing is, which naming it does not tell (only offered, as `located`)
        where = _persian_near.where_is_fa(question[: self._max_chars * 2], covered) if not gaps else None
        _offered_only(where, len(tokens), gaps, terms, absent)
        near_en = (
            _near_en.near_en(question[: self._max_chars * 2], tokens, covered, self._voices.get(entry_id))
            if not gaps and _latin_letters(question)
            else None
        )
        nothing = (
            _near_en.answers_nothing(question[: self._max_chars * 2], covered)
            if near_en is None and not gaps and _latin_letters(question)
            else None
        )
        if near_en is not None or nothing is not None:
            # "what reason does iran give", "will rouhani keep his promises", "before rouhani": a
            # party's own reason, a prediction, a time or a party the entry does not speak of;
            # "how did the general assembly vote": nothing of it said (refused, entry offered)
            shape = near_en or nothing
            assert shape is not None
            at = min(shape[0], max(len(tokens) - 1, 0))
            gaps[at] = shape[2]
            terms[at] = shape[1]
            if nothing is not None:
                absent.add(at)
        # (the last of the chain: each only when nothing else is uncovered; a scan of the words
        # for "on"/"over"/"regarding"/"about" or "what"/"which" before an auxiliary is the cue)
        topic = (
            _subjects_en.topic_of(tokens)
            if not gaps
            and tokens
            # (or what was done about a matter, not what someone wants done about it: "what do
            # they want the UN to do about the regime" asks what they want)
            and (
                tokens[0] in _YES_NO
                or (
                    "about" in tokens
                    and not _subjects_en.DONE_ABOUT.isdisjoint(tokens)
                    and _REQUEST_WORDS.isdisjoint(tokens)
                )
            )
            and not _subjects_en.TOPIC_CUES.isdisjoint(tokens)
            else []
        )
        if topic and capitals_read(tokens[topic[0] :], lambda w: True) != list(tokens[topic[0] :]):
            topic = []  # ("binding on the Islamic Republic": a country's other name, data/en-capitals.txt)
        for j in topic:
            # "did iran cooperate with the UN on the nuclear deal": a matter no entry's sources
            # say anything of (in any form of its root), nor this entry's phrasings ask of; its
            # answer about cooperation in general is no answer about that matter
            word = self._fix(tokens[j])
            if self._said_nowhere(word) and stem(word) not in covered.known:
                gaps[j] = result.Gap.MENTION
                matter: list[str] = []  # to the end: "nuclear deal" (a capitalised run is one term)
                for t in tokens[j:]:
                    if matter and t in _subjects_en.WHEN_AFTER:
                        break  # ("... the economy in his first term": the matter, not its time)
                    if written.term(t).casefold() not in " ".join(matter).casefold():
                        matter.append(written.term(t))
                terms[j] = " ".join(matter)
                break
        for j in _shapes_en.what_thing_heads(tokens) if not gaps and not _WHAT_WHICH.isdisjoint(tokens) else ():
            # "what punishment does iran face for not cooperating": a thing no entry's sources
            # say (in any form of its root), nor this entry's phrasings ask of
            word = self._fix(tokens[j])
            if self._said_nowhere(word) and stem(word) not in covered.known:
                gaps[j] = result.Gap.MENTION
        asks_all = "count" in types and ("there" in tokens or "exist" in tokens)
        all_of = _shapes_en.every_one_counted(question) if asks_all else None
        if all_of is not None:
            # "how many ngos are there in the world": every one there is, not those the sources
            # count ("34 NGOs from around the world" signed): a figure they never give
            at = next((i for i, t in enumerate(tokens) if t == "many"), 0)
            for j in [j for j, gap in gaps.items() if gap is result.Gap.FIGURE]:
                del gaps[j]  # (one caveat for the count: "executioners" alone says less)
            gaps[at] = result.Gap.FIGURE
            terms[at] = all_of
            absent.add(at)
        for at, gap, term in _figure_scope.figure_gaps(question, tokens, types, covered, written):
            # a figure asked of a period, group or rank the sources do not count ("how many last
            # month", "hundreds of journalists", "how many of them", "the worst")
            if at not in gaps:
                gaps[at] = gap
                terms[at] = term
        if "count" in types and not covered.count_asked:
            # «مجمع عمومی چند تا کشور عضو داره؟» (how many members has the General Assembly) of
            # the entry on what the letter asks it: a count its authors never ask it for, and
            # none of what it says is one; offered, not answered with a caveat
            absent.update(j for j, gap in gaps.items() if gap is result.Gap.FIGURE)
        definition = self._definition_gap(question, entry_id) or self._role_gap(question, covered, entry_id)
        if definition is not None:
            return result.ScopeCheck(
                result.Scope.PARTIAL, (definition, *self._uncovered(gaps, tokens, written, terms, absent, question))
            )
        if not gaps:
            return result.FULL
        return result.ScopeCheck(result.Scope.PARTIAL, self._uncovered(gaps, tokens, written, terms, absent, question))


def _says_magnitude(covered: _covered.Covered, word: str) -> bool:
    """Whether `word` guesses a count by its order of size (`_words.MAGNITUDES`: "hundreds")
    that a figure of the entry falls in ("440"; not a year: "2017" is no count of thousands)."""
    span = _words.MAGNITUDES.get(word)
    return span is not None and any(span[0] <= n <= span[1] and not is_year(str(n)) for n in covered.numbers)


def _one_offered_said(tokens: Sequence[str], example: Sequence[int], unsaid: Sequence[int]) -> bool:
    """Whether the words of an example are answers offered as alternatives ("dozens **or**
    hundreds", «صدها یا هزاران») of which one is said in full: the guess is confirmed."""
    if len(example) < 2:
        return False
    groups: list[list[int]] = [[]]
    for j in range(example[0], example[-1] + 1):
        if tokens[j] in _words.OR_WORDS:
            groups.append([])
        elif j in example:
            groups[-1].append(j)
    return len(groups) > 1 and any(group and not set(group) & set(unsaid) for group in groups)


_VOWELS = frozenset("aeiouy")
# words of degree, hedging or time beside what is asked ("is it **just** hortatory", "**merely**",
# "**then**"): no other thing asked of it (with `_shapes_en.adverb`, the "-ly" ones of adjectives)
_HEDGING_ADVERBS = frozenset(
    "just really actually exactly even still only then too also ever already now very merely simply truly"
    " basically technically kinda sorta".split()
)
# a yes/no question's first word
_YES_NO = _words.BE | _words.DO_HAVE
_WHAT_WHICH = frozenset(("what", "which"))  # the cue of `_shapes_en.what_thing_heads`
_ACTIVE_OPENERS = frozenset("did does do has have".split())
_COUNT_WORDS = frozenset(stem(w) for w in ("number", "figure", "count", "total", *_words.COUNT_NOUNS))


_REQUEST_PREPOSITIONS = frozenset("against on of for to in with from about over".split())


# "death penalty", "capital punishment": executions, by another name, not a penalty asked for
_CAPITAL = frozenset(("death", "capital"))


def _a_party(word: str, acronyms: frozenset[str]) -> bool:
    """A country, a capital, a people or a body ("un", or initials typed in capitals): one that
    may speak for itself, as a source named in "according to <it>" is. (A country by the lists
    of places or of capitals: PLACES leaves out the country a FAQ is about, the capitals' list
    does not.)"""
    return word in PLACES or word in GROUPS or word == "un" or word in acronyms or word in _capitals_and_countries()


@functools.cache
def _capitals_and_countries() -> frozenset[str]:
    """Every word of data/en-capitals.txt: the one-word capitals and the names of their countries."""
    names = capitals()[1]
    return frozenset(names) | frozenset(w for country in names.values() for w in country)


def _requested_head(tokens: Sequence[str], request: Sequence[int]) -> int:
    """The position of what a request asks for (`_subjects_en.requested`'s run): its last word
    before a preposition ("sanctions" of "sanctions against iran"), or its last ("unionists" of
    "trade unionists")."""
    cut = next((k for k, j in enumerate(request) if k and tokens[j] in _REQUEST_PREPOSITIONS), len(request))
    return request[cut - 1]


def _figure_of(number: int, covered: _covered.Covered) -> bool:
    """Whether the entry states `number` as a figure of something (in digits: "34 NGOs")."""
    return any(n == number for n, _ in covered.figures)


def _offered_only(
    found: tuple[int, str, bool] | None,
    count: int,
    gaps: dict[int, result.Gap],
    terms: dict[int, str],
    absent: set[int],
) -> None:
    """Record `found` (position, the words as typed, ...) of a question the entry answers nothing of
    (`located_fa`, `where_is_fa`) as an UNSAID gap it only offers, at most at the last of the
    question's `count` words."""
    if found is None:
        return
    at = min(found[0], max(count - 1, 0))
    gaps[at] = result.Gap.UNSAID
    terms[at] = found[1]
    absent.add(at)


def _not_all_in(speaker: Sequence[str], stems: frozenset[str] | None) -> bool:
    """Whether some word of who speaks is not among `stems` (a speaker table; None: no table); a
    noun's singular as a modifier ("the ngo letter") is its plural's ("34 NGOs", which the stemmer
    keeps whole). The authors of a text ("the signatories") speak in it: among the speakers of
    sources that quote a letter or a report (`_words.AUTHORS`, `_words.DOCUMENTS`)."""
    if stems is None:
        return False
    if speaker and _words.AUTHORS.issuperset(speaker) and not _document_stems().isdisjoint(stems):
        return False
    return not all(stem(w) in stems or stem(f"{w}s") in stems for w in speaker)


@functools.cache
def _document_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in _words.DOCUMENTS)


def _named_as_asked(subject: str, text: str) -> bool:
    """Whether the entry names `subject` (a stem) as the one asked, within three words after a
    verb of asking ("urged the general assembly", "ask the un general assembly"): then "which
    action did the un request" asks what the asked one asked for, which the entry does not say."""
    said = text.split()
    return any(w in _words.ASKING and any(stem(x) == subject for x in said[i + 1 : i + 4]) for i, w in enumerate(said))


_SINCE = stem("since")


def _folded(word: str) -> str:
    """A Latin-script word as the Finglish index folds it ("sazman" sazm), or itself."""
    folded = finglish_words([word])
    return folded[0] if len(folded) == 1 else word


def _clipped(form: str, subjects: frozenset[str]) -> bool:
    """Whether a word's stem is a subject word clipped, as chat clips long words ("org" of
    "organization", "admin" of "administration"): three letters or more that one of the
    entry's subject stems starts with."""
    return len(form) >= 3 and form.isalpha() and any(s.startswith(form) and s != form for s in subjects)
