"""Gaps in what is asked about: an unknown subject, place, predicate, attribute, definition or role."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Mapping, Sequence

from .. import i18n, predicates
from ..lexicon import is_english
from ..persian import has_script, normalize, skeleton
from ..persian import language as persian_language
from ..synonyms import capitals
from ..text import STOP_WORDS, stem, words
from . import _clauses, _covered, _index_base, _persian_why, _shapes_en, _words, _written, result

_PLACE_LEADS = frozenset("in under at from".split())
PLACE_LEADS = _PLACE_LEADS  # (a question with none of them has no `_unknown_place`)
# the kind of place a name before it is ("evin **prison**", "kish **island**"): a short word there
# is that place's name, not a typo or chat
_PLACE_KINDS = frozenset(
    "prison prisons jail jails city town village province district street square island camp mountain river"
    " detention center centre facility compound ward penitentiary county region neighbourhood neighborhood"
    " base airport port lake valley".split()
)

# The words after "which"/"what" that ask for others than the sources give (`_others_asked`): a
# question with none of them asks for none
OTHERS_ASKED = ("other", "else")


# the clause after an English "why", up to its end ("why does iran refuse them visas, and ...")
# (a hedge after "why" is none of the clause: "why exactly does iran refuse them visas")
_WHY_CLAUSE = re.compile(
    r"\bwhy\b(?:\s+(?:exactly|really|actually|even|again|precisely|specifically|tho|though))?(?P<clause>[^,;:?!.]+)",
    re.IGNORECASE,
)


# What an entry says of being able or allowed to do something (English grammar, no FAQ's words):
# a modal, or a word of ability, permission or its refusal.
_ABILITY = re.compile(
    r"\b(?:can|cannot|can't|could|couldn't|may|might|able|unable|allow\w*|permit\w*|eligible|"
    r"possible|impossible|open to|free to|refus\w*|den(?:y|ies|ied|ial)|bar(?:s|red)?|ban(?:s|ned)?|"
    r"prevent\w*|block\w*|power\w*|invit\w*|welcome\w*|access)\b"
)


# Who does something in a clause inside a subject ("the lighthouse **everyone** keeps talking about",
# "the letter **you** mentioned"), or the relative pronoun that opens one ("the volcano **that**
# everyone fears"): after the subject's first word, a clause, not its name
_CLAUSE_SUBJECTS = frozenset(
    "i you we they he she it everyone everybody someone somebody anyone anybody nobody that which who whom".split()
)


# frame words that are verbs of doing ("when did she give the interview"), not of saying
_FRAME_VERBS = frozenset("give gives given show shows raise raises raised include includes included".split())


# "where does it rank / stand": a position, not a place.
_NOT_A_PLACE = frozenset("rank ranks ranked ranking stand stands standing".split())


# "raha bahreini's age?", "what's bahreini's exact job title at amnesty", "who is raha bahreini's
# boss": a name's something, and nothing else but where ("at amnesty").
_ATTRIBUTE = re.compile(
    rf"^\s*(?:(?:what\s+is|what\s+was|what\s+are|who\s+is|who\s+was|who\s+are|{_words.WHATS}|who(?:['\u2019]s|s))\s+)?"
    r"(?P<owner>[^\W\d_][\w\s]*?)['\u2019]s\s+"
    r"(?P<thing>[^\W\d_][\w\s]*?)(?:\s+(?:at|in|with|for|on)\s+[\w\s]+?)?[\s?!.]*$",
    re.IGNORECASE,
)


_ATTRIBUTE_OF = re.compile(
    rf"^\s*(?:what\s+is|what\s+was|{_words.WHATS})\s+(?:the\s+)?(?P<thing>[^\W\d_][\w\s]*?)\s+of\s+"
    r"(?P<owner>[^\W\d_][\w\s]*?)(?:\s+(?:at|in|with|for|on)\s+[\w\s]+?)?[\s?!.]*$",
    re.IGNORECASE,
)


_EXACT = frozenset("exact precise full official".split())
_EXACTLY = re.compile(r"^(\s*(?:what|who)(?:['\u2019]s|s)?)\s+(?:exactly|precisely)\b", re.IGNORECASE)

# a word and an "s" before another word: a possessive typed without its apostrophe when the
# word is a name (`SubjectGaps._possessive_typed`)
_NAME_S = re.compile(r"\b([^\W\d_]{3,})s\b(?=\s+[^\W\d_])")

# the words before a noun or an adjective: what follows them is no doing of the asker's
_ACTION_OBJECT_LEADS = frozenset("a an the my our their his her its this that these those some any".split())

# "is raha bahreini iranian": a name, then one word
_PERSON_TRAIT = re.compile(
    r"^\s*(?:is|was)\s+(?P<owner>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s+(?P<trait>[^\W\d_]{3,})[\s?!.]*$",
    re.IGNORECASE,
)


def _doer_in(party: Sequence[str], forms: frozenset[str], text: str) -> bool:
    """Whether `text` (an entry's words, its texts apart by "|") names the party within the ten
    words before a form of the doing ("**Iran** remains among the top executioners in the world
    and has **executed** ...") or after its "by", a word of it or one it begins ("iranian" of
    "iran")."""
    said = text.split()
    for k, word in enumerate(said):
        if stem(word) not in forms:
            continue
        before = said[max(0, k - 10) : k]
        if "|" in before:
            before = before[len(before) - before[::-1].index("|") :]
        # ... or after "by" right after it ("the letter was written **by** 34 ... ngos")
        after = said[k + 2 : k + 8] if said[k + 1 : k + 2] == ["by"] else []
        if "|" in after:
            after = after[: after.index("|")]
        if any(w == p or (len(w) >= 3 and p.startswith(w)) for p in party for w in (*before, *after)):
            return True
    return False


# "what did raha bahreini study": one of the FAQ's people (one to three words), then a verb
_PERSON_DID = re.compile(
    r"^\W*(?:(?:so|and|but|hey|hi|ok|okay)\b[\s,]*)*what\s+(?:did|does|do|has|have)\s+"
    r"(?P<rest>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){1,3})",
    re.IGNORECASE,
)


# "where is raha bahreini from (originally)", "where does she come from": a person's origin
_PERSON_ORIGIN = re.compile(
    r"^\W*(?:(?:so|and|but|hey|hi|ok|okay)\b[\s,]*)*where\s+(?:is|was|does|did)\s+"
    r"(?P<owner>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s+(?:originally\s+)?(?:come\s+|comes\s+|hail\s+)?from"
    r"(?:\s+originally)?[\s?!.]*$",
    re.IGNORECASE,
)


# What `_ATTRIBUTE` cannot match without (its "'s"), and `_ATTRIBUTE_OF` and `ROLE_DOES` ("wdym")
_POSSESSIVE_CUES = ("'s", "\u2019s")
_WHAT_CUES = ("what",)  # (the who-forms of `_ATTRIBUTE` hold "'s", a possessive cue)
_ROLE_CUES = ("what", "wdym")
# ... and `_words.DEFINITION`'s, `_DEFINITION_LATN`'s ("chie", "kie", "yani chi"), `_words.DEFINITION_FA`'s
_DEFINITION_CUES = ("what", "who")
_DEFINITION_LATN_CUES = ("chi", "ki", "ya")
_DEFINITION_FA_CUES = ("چی", "کی", "یعنی")


_FIRST_CLAUSE = re.compile(r"[,;?!]")

# A person named before, in a later clause (`_trait_in_clauses`).
_HE_OR_SHE = re.compile(r"\b(?:she|he)\b", re.IGNORECASE)


# Where a message asks again: after a question mark or a comma ("who is X, whats her background"),
# or "va"/«و» after a "who is"/"what is" word ("X kie va Y kojast?").
_ASKED_APART = re.compile(
    r"(?<=[?\u061f,\u060c])\s+|(?:(?<=kie)|(?<=chie)|(?<=kiye)|(?<=chiye)|(?<=کیه)|(?<=چیه))\s+(?:va|و)\s+",
    re.IGNORECASE,
)


def _definition(text: str) -> re.Match[str] | None:
    """`text` asking only what or who a name is, in English, Finglish or Persian script."""
    cued = _words.cue_text(text)  # (each pattern is tried only on a text with a word it needs)
    match = (_words.DEFINITION.match(text) if _words.has_cue(cued, _DEFINITION_CUES) else None) or (
        _DEFINITION_LATN.match(text) if _words.has_cue(cued, _DEFINITION_LATN_CUES) else None
    )
    if match is None and has_script(text):
        normalized = normalize(text)
        match = _words.DEFINITION_FA.match(normalized) if _words.has_cue(normalized, _DEFINITION_FA_CUES) else None
    return match


# The same in Finglish: "X chie?", "X chi hast?", "X kie?" (the names are the FAQ's, as written).
_DEFINITION_LATN = re.compile(
    r"^\s*(?P<x>[^?!.,;]+?)\s+(?:chi+e+h?|chiye+h?|chi\s+(?:e|hast|hastan|hasteh)|ki+e+h?|kiye+h?|ki\s+(?:e|hast)|"
    r"ya'?a?ni\s+chi+e?)[\s?!.]*$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=32)
def _finglish_predicates(part: str, max_chars: int) -> tuple[predicates.Predicate, ...]:
    """`predicates.finglish` of one sentence, kept for the next few: a message of two sentences
    is checked as its first sentence alone, then whole (`Engine._other_questions`), and reads
    that first sentence's predicates each time (a pure function of the text)."""
    return tuple(predicates.finglish(part, max_chars))


# "can the security council make it binding": a modal, a doer, a verb of causing and its object
_CAUSER = re.compile(
    r"^\s*(?:can|could|would|will|should|might|may|does|did|do)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<subject>[^\W\d_]+(?:\s+[^\W\d_]+){1,3}?)\s+(?:make|makes|force|forces)\s+[^\W\d_]",
    re.IGNORECASE,
)

# a prediction asked ("will the council vote on it"): `_unsaid_predicates`
_FUTURE = re.compile(r"\s(?:will|shall)\s")


def _said_as_noun(base: str, text: str) -> bool:
    """Whether `text` (`Covered.text`) names the doing `base` as its noun in -ion ("reelect":
    "re election", "reelection"; "elect": "election"), as what happened."""
    noun = f"{base}ion" if not base.endswith("e") else f"{base[:-1]}ion"
    forms = {noun, f"re {noun[2:]}"} if noun.startswith("re") and len(noun) > 6 else {noun}
    return any(f" {form} " in f" {text} " for form in forms)


class SubjectGaps(_index_base.IndexBase):
    """Gaps in what is asked about: an unknown subject, place, predicate, attribute, definition or role."""

    def _unknown_place(self, tokens: Sequence[str], j: int, question: str) -> bool:
        """A word after "in", "under", "at", "from" that neither English nor the FAQ knows, nor
        is a misspelling of one of the FAQ's words: a place or person written in lower case
        ("held in evin prison", "under ahmadinejad"; one under five letters only before the kind
        of place it names, "evin prison", "evin detention center", or ending the question, "in
        evin?"), with or without an article before it ("in the hague",
        as "in hague" or "in The Hague" are read). Not in Finglish, whose "in" is "this"."""
        word = tokens[j]
        lead = j - 2 if j >= 2 and tokens[j - 1] == "the" else j - 1
        if lead < 0 or tokens[lead] not in _PLACE_LEADS or not word.isalpha():
            return False
        if word in capitals()[1]:
            # a capital is a city there ("executed in tehran"): a place, known to English or to the
            # FAQ's phrasings (which may use it for the government) or not (data/en-capitals.txt)
            return persian_language(question) == "en"
        # ("evin detention center": the kind within two words; "in evin?": the question's end)
        kind = not _PLACE_KINDS.isdisjoint(tokens[j + 1 : j + 3]) or j == len(tokens) - 1
        if len(word) < 5 and not (len(word) >= 3 and kind and not _written.chat(word)):
            return False  # (a short word alone may be a typo or chat: "in smth", "at lol")
        if is_english(word) or stem(word) in self._vocabulary:
            return False
        fixed = self._fix(word)
        if fixed != word and (fixed in self._names or not is_english(fixed)):
            return False  # a misspelt name of the FAQ's ("under rohani"), or a word of its own
        # (one misspelt as an English word, "raisi" as "raise", is no typo there: after "under",
        # "in", "at", "from" a name stands, which the check reads as the repaired word it may be
        # in the entry's texts or not)
        return persian_language(question) == "en"

    def _why_of_said(self, tokens: Sequence[str], j: int, question: str, covered: _covered.Covered) -> bool:
        """Whether the English "why" at `j` asks the cause of a doing the entry's sources state
        ("why does iran **refuse** them visas" of sources saying "iran still refuses to issue
        visas"): the clause after it read as the yes/no question it would be, whose verb the
        answer or quotes use as a verb (`_covered.Covered.said_done`; phrasings do not count)."""
        if tokens[j] != "why":
            # «چرا», "chera", "baraye chi": the same, by the verb Persian writes last
            return tokens[j] in _persian_why.WHYS and _persian_why.why_of_said(question, covered)
        # the clause of this "why", not the first one ("why can't they travel there, and why
        # does iran refuse them visas": the second asks the cause of the refusal)
        nth = tokens[:j].count("why")
        after = next(itertools.islice(_WHY_CLAUSE.finditer(question[: self._max_chars * 2]), nth, None), None)
        if after is None:
            return False
        verbs = (
            self._fix(predicate.word)
            for predicate in predicates.english(after["clause"], self._max_chars)
            if predicate.kind == "doing"
        )
        # a word of three letters or more that is English (not "re" of "re-election")
        # ... or says it happened as a noun of the same stem ("why was rouhani reelected" of sources
        # telling "Rouhani's re-election"): the event stated, its cause asked
        return any(
            len(verb) > 2
            and is_english(verb)
            and (
                not predicates.english_forms(verb).isdisjoint(covered.said_done)
                or any(_said_as_noun(base, covered.text) for base in predicates.bases(verb) if base != verb)
            )
            for verb in verbs
        )

    def _unsaid_predicates(self, question: str, covered: _covered.Covered) -> list[predicates.Predicate]:
        """The predicates of a yes/no question ("was X **arrested**", "did X **release** Y",
        Persian "X **زندانی** شد", Finglish "X **zendani** shod") that the entry never says nor is
        asked with, in any of their forms or everyday synonyms (see predicates.py). A word
        nothing could be judged by (a typo or slang the repair does not place) is left alone."""
        language = persian_language(question[: self._max_chars * 2])
        if language in ("fa", "fa-Latn"):
            # each sentence of a message: "UN be darkhaste NGO ha javab dad? chi goft?" asks
            # whether the UN answered, then what it said (English reads its parts itself)
            text = question[: self._max_chars * 2]
            parts = [p for p in _clauses.sentence_parts(text, language == "fa-Latn") if p.strip()]
            if language == "fa":
                alike = _clauses.words_alike(parts[0], question) if len(parts) == 1 else None
                found = [p for part in parts or [question] for p in predicates.persian(part, self._max_chars, alike)]
            else:
                found = [p for part in parts or [question] for p in _finglish_predicates(part, self._max_chars)]
        else:
            found = list(_shapes_en.english_predicates(question, self._max_chars))
        unsaid = []
        fold_word = _words.fold_word
        for predicate in found:
            word = predicate.word
            # a doing by what the entry says was done ("was adopted", not "its adoption"); a
            # state or a thing by any word of it ("a hazard" says the volcano is dangerous)
            doing = predicate.kind == "doing"
            known = covered.done if doing else covered.known
            skeletons = covered.done_skeletons if doing else covered.known_skeletons
            if predicate.script in ("fa", "fa-Latn") and predicate.caused:
                # an effect ("X باعث Y میشه"): every word of it, as the entry's own texts state it
                # (its phrasings ask, they do not tell), by stem or by consonants
                supported = all(
                    any(
                        stem(form) in covered.said or skeleton(form) in covered.said_skeletons
                        for form in (predicates.persian_forms(w) if predicate.script == "fa" else (w, fold_word(w)))
                    )
                    for w in (word, *predicate.alternatives)
                )
            elif predicate.script in ("fa", "fa-Latn") and predicate.kind == "class":
                # "همشون معلم بودن؟" (were they all teachers?): every word of the class, as the
                # entry's own texts state it (as English `class` predicates), by stem or consonants
                supported = all(
                    stem(w) in covered.said
                    or skeleton(w) in covered.said_skeletons
                    or skeleton(fold_word(w)) in covered.said_skeletons
                    for w in (word, *predicate.alternatives)
                )
            elif predicate.script == "fa":
                # by its stem, or by its consonants as Persian words' vowels go unwritten
                # ("صادر", issued, of an entry saying "صدور", issuing; "کار" of a phrasing "kar")
                supported = any(stem(w) in known or skeleton(w) in skeletons for w in predicates.persian_forms(word))
            elif predicate.script == "fa-Latn":
                keys = {skeleton(word), skeleton(_words.fold_word(word))}
                if max(len(k) for k in keys) < 2:
                    continue  # too few consonants to tell it by
                supported = not keys.isdisjoint(skeletons) or stem(_words.fold_word(word)) in known
            else:
                fixed = self._fix(word)
                if not is_english(fixed) and stem(fixed) not in self._vocabulary and predicate.kind != "thing":
                    continue  # a typo or slang word: nothing to judge by (a thing had may be a name)
                if predicate.caused or predicate.judged:
                    # "has a resolution ever made iran change a law": an effect the entry must
                    # state itself (a word of it or an everyday synonym in its answer, quotes or
                    # question); a phrasing asking "does it change anything" says only that
                    # people ask it
                    supported = not predicates.english_forms(fixed).isdisjoint(covered.said_done) or any(
                        stem(w) in covered.said for w in predicates.synonym_words(fixed)
                    )
                    # ("the captain kept her promise": the idiom a judged predicate asks of)
                    supported = supported or (predicate.judged and predicates.says_kept(covered.text))
                elif predicate.kind == "class":
                    # "were the 440 executed all teachers": what those it asks of were, by the
                    # head noun, as the entry's own texts state it (its phrasings ask, they do not
                    # tell); a yes from sources that never say it would state it
                    supported = stem(fixed) in covered.said
                elif predicate.kind == "state":
                    # a change ("did it get worse") by what the entry itself says; asked as one of
                    # two ("worse or better", "better or not"), by either
                    # ("did X make the garden better" is `_made_better`'s: the thing made so)
                    change = predicates.comparative(fixed) and predicates.MAKE.isdisjoint(words(predicate.statement))
                    supported = any(
                        _covered.says_state(covered, self._fix(w), said_only=change)
                        for w in (word, *_covered.alternatives(predicate, question))
                    )
                else:
                    supported = any(
                        not predicates.english_forms(self._fix(w)).isdisjoint(known)
                        for w in (word, *predicate.alternatives)
                    )
                    # "can ordinary people sign the letter" of an entry on who signed it: whether
                    # someone is able or allowed to do it, which a record of who did never says
                    supported = supported and (not predicate.modal or _ABILITY.search(covered.text) is not None)
                    if not supported and doing and _FUTURE.search(f" {predicate.statement} "):
                        # "will the council vote on it" of notes saying "the council will vote on
                        # it": a future its sources state ("will" and its verb, which `done`,
                        # read as what was done, leaves out)
                        supported = any(
                            f" {aux} {form} " in covered.text
                            for aux in ("will", "shall")
                            for form in predicates.english_forms(fixed)
                        )
            if not supported:
                unsaid.append(predicate)
        return unsaid

    def _unknown_subject(
        self, question: str, tokens: Sequence[str], written: _written.Written
    ) -> tuple[int, str] | None:
        """(position, the subject as typed) of an English yes/no question of a doing ("can the
        security council force iran to comply", "did the fishing cooperative automate it") whose subject
        is a body or thing no entry's sources mention: an acronym none writes, in full or by its
        initials (`_is_name`), or two or more words none of which any source writes. The doing
        may be one the entry speaks of; asked of someone the sources never mention, a full
        answer would give what they say of others as if it answered. Phrasings do not vouch:
        they say how people ask, not what the sources say. One unknown word beside known ones
        is most often a paraphrase ("things", "UN investigators"), and a typo or slang word the
        repair does not place tells nothing: both left to the other rules."""
        if persian_language(question[: self._max_chars * 2]) != i18n.EN:
            return None
        for predicate in _shapes_en.english_predicates(question, self._max_chars):
            if predicate.kind != "doing" or not predicate.subject:
                continue
            said = [_words.normal(w) for w in words(predicate.subject, self._max_chars)]
            content = [w for w in said if w not in STOP_WORDS and w not in _words.FRAME_WORDS]
            if (
                not content
                or not all(w.isalpha() and not predicates.is_verb(w) and not predicates.participle(w) for w in content)
                or not _CLAUSE_SUBJECTS.isdisjoint(said[1:])
            ):
                # a verb may be read into it ("will the bees come back": "the bees come"), or a
                # clause is ("any ngos based inside iran"; "the lighthouse everyone keeps talking
                # about": a pronoun after the noun opens a clause of its own)
                continue
            acronym = next((w for w in content if w in written.acronyms and self._is_name(w, written)), None)
            if acronym is not None and acronym in tokens:
                typed = predicate.subject.split()
                while typed and typed[0].lower() in _words.ARTICLES:
                    typed = typed[1:]
                return tokens.index(acronym), " ".join(typed)
            # two words side by side that no source writes: "security council" (of "a security
            # council resolution"), not one beside known ones ("UN investigators")
            run = next(
                (
                    said[k : k + 2]
                    for k in range(len(said) - 1)
                    if all(w in content and self._never_said(w) for w in said[k : k + 2])
                ),
                None,
            )
            if run is not None and run[0] in tokens:
                return tokens.index(run[0]), " ".join(written.forms.get(w, w) for w in run)
        return self._unknown_causer(question, tokens, written)

    def _person_did(self, question: str, covered: _covered.Covered) -> tuple[int, str] | None:
        """(position, the clause as typed) of "what did <one of the FAQ's people> <verb>" ("what did
        raha bahreini **study**") of an entry that never says the doing of anyone, in any form,
        nor is asked with it: what someone did that the sources never tell. Not "do" (what they
        did: what the sources tell), a light verb ("have", "get") nor one of saying (the rules
        on whose words are asked read them)."""
        match = _PERSON_DID.match(question[: self._max_chars * 2])
        if match is None:
            return None
        typed = match["rest"].split()
        k = 0  # the name: the longest run of the FAQ's people's words after the auxiliary
        while k < min(len(typed), 3) and (
            typed[k].lower() in self._people or _words.normal(typed[k].lower()) in self._people
        ):
            k += 1
        if not k or k >= len(typed) or not typed[k].isalpha():
            return None
        verb = typed[k].lower()
        if (
            verb in _words.LIGHT_VERBS
            or verb in _words.SAYING
            or verb in _words.FRAME_WORDS
            or not (predicates.is_verb(verb) or predicates.participle(verb))
        ):
            return None
        forms = predicates.english_forms(self._fix(verb))
        if not forms.isdisjoint(covered.said_done) or not forms.isdisjoint(covered.done) or stem(verb) in covered.asked:
            return None
        return 0, " ".join([*match[0].split()[: -len(typed)], *typed[: k + 1]])

    def _other_doer(self, question: str, covered: _covered.Covered) -> tuple[int, str] | None:
        """(position, the statement as typed) of an English yes/no question of a doing the entry
        states ("did **the un** execute 440 people" of an entry saying Iran executed them) whose
        subject is someone the FAQ speaks of elsewhere but this entry never names: what the
        entry says was done, it says of another doer. (A subject no source mentions is
        `_unknown_subject`'s; a pronoun, or a word of this entry's, is no other doer.)"""
        if persian_language(question[: self._max_chars * 2]) != i18n.EN:
            return None
        for predicate in _shapes_en.english_predicates(question, self._max_chars):
            if predicate.kind != "doing" or not predicate.subject or predicate.modal:
                continue
            said = [_words.normal(w) for w in words(predicate.subject, self._max_chars)]
            # the words that name a party: one of the sources' names ("amnesty", "rouhani"), or
            # initials they write ("un"); not a word for a state's organs ("the government"),
            # which any entry may mean by the country it names
            party = [
                w
                for w in said
                if w not in STOP_WORDS
                and w.isalpha()
                and (w in self._name_words or (len(w) <= 3 and stem(w) in self._said_vocabulary))
            ]
            if not party or len(party) < len([w for w in said if w not in STOP_WORDS]) - 1:
                continue
            forms = predicates.english_forms(self._fix(predicate.word))
            if forms.isdisjoint(covered.said_done):
                continue  # a doing the entry does not state: the rules on doings read it
            if _doer_in(party, forms, covered.text):
                continue
            tokens = [_words.normal(w) for w in words(question, self._max_chars)]
            at = next((i for i, t in enumerate(tokens) if t in said), 0)
            return at, predicate.statement
        return None

    def _unknown_causer(
        self, question: str, tokens: Sequence[str], written: _written.Written
    ) -> tuple[int, str] | None:
        """ "Can the security council make it binding": a hypothetical doer of a change ("make",
        "get", "force" and an object), which the predicates leave out as no doing of their own,
        read as `_unknown_subject` reads a doer: two words side by side no source writes."""
        m = _CAUSER.match(question[: self._max_chars * 2]) if "make" in tokens or "force" in tokens else None
        if m is None:
            return None
        said = [_words.normal(w) for w in words(m["subject"])]
        run = next(
            (
                said[k : k + 2]
                for k in range(len(said) - 1)
                if all(
                    w not in STOP_WORDS and w not in _words.FRAME_WORDS and w.isalpha() and self._never_said(w)
                    for w in said[k : k + 2]
                )
            ),
            None,
        )
        if run is None or run[0] not in tokens:
            return None
        return tokens.index(run[0]), " ".join(written.forms.get(w, w) for w in run)

    def _others_asked(self, tokens: Sequence[str], covered: _covered.Covered, question: str) -> list[tuple[int, int]]:
        """(start, end) of each clause asking for others than the sources give: "which other
        interviews has she given", "what other concerns did it raise", "what else has she
        reported on" (a question, not "..., and what else?" nor "anything else?"). An entry
        whose texts or phrasings say "other <thing>" ("which other groups signed besides
        amnesty"), or ask "what else", gives them."""
        found: list[tuple[int, int]] = []
        for i, word in enumerate(tokens[:-2]):
            if word not in ("which", "what") or not _words.opens(tokens, i):
                continue
            after = tokens[i + 1]
            if after not in OTHERS_ASKED:
                continue
            if after == "other":
                if stem(self._fix(tokens[i + 2])) in covered.others or not _words.content(tokens[i + 2]):
                    continue
            elif "else" in covered.others or not (tokens[i + 2] in _words.AUX and i + 3 < len(tokens)):
                continue  # "what else did she say": a clause follows; "what else?" ends one (a request)
            found.append((i, _clauses.clause_end(tokens, i, question, self._max_chars)))
        return found

    def _clause_starts(self, tokens: Sequence[str], question: str) -> list[int]:
        """Where each clause of the question starts (see `_clauses.clause_end`)."""
        return [0, *_clauses.clause_ends(tokens, question, self._max_chars)]

    def _own_clause(self, tokens: Sequence[str], i: int, v: int, question: str) -> bool:
        """Whether the words at `i` and `v` are in the same clause ("sent to who? sorry ..." not)."""
        return _clauses.clause_end(tokens, i, question, self._max_chars) > v

    def _asked_of(
        self, tokens: Sequence[str], j: int, covered: _covered.Covered, question: str, kind: str = ""
    ) -> int | None:
        """For "where"/"when" at `j` of an entry that gives a place or a time: the position of what
        the place or time is asked *of*, when the entry does not give it ("where is the radio
        station **based**" of an entry that says where an interview was given; "where was the
        letter **signed**" of one that says where it was sent), else None. That is the last
        content word of the question's clause (up to a comma, "and", "?"), before any phrase
        that only adds a circumstance ("where do bees go **at night**"): in an English where/when
        question that is its verb or complement. It must be in what the entry says or in one of
        its phrasings that ask the same ("where did she give the interview"). `kind`: "when" for
        a date noun at `j` ("what **date** did the UN receive it")."""
        end = _clauses.clause_end(tokens, j, question, self._max_chars)
        clause = tokens[j + 1 : end]
        if any(w in _NOT_A_PLACE for w in clause):
            return None  # "where does it rank", "where do they stand on it": no place asked
        for p in range(j + 2, end - 1):
            if tokens[p] in _words.PREPOSITIONS and any(_words.content(w) for w in tokens[j + 1 : p]):
                end = p  # "where is the headquarters | of radio farda"
                break
        allowed = covered.said | covered.kind_words.get(kind or tokens[j], frozenset())
        if tokens[j + 1 : j + 2] and tokens[j + 1] in _words.DO_HAVE:
            # "when did the UN receive the letter": the verb after the subject, which comes
            # first; what the time is asked of, whatever the rest of the clause names
            s = j + 2
            while s < end and tokens[s] in ("the", "a", "an", "its", "their", "this", "that", "her", "his"):
                s += 1
            v = s + 1
            while v < end and (tokens[v] in _words.ADVERBS or tokens[v].endswith("ly")):
                v += 1
            verb = self._fix(tokens[v]) if v < end else ""
            later_verb = any(w in _words.SAYING or w in _words.LIGHT_VERBS for w in tokens[v + 1 : end])
            if (
                not later_verb  # "where did the amnesty lady talk about this": a subject of two words
                and (_words.content(verb) or verb in _FRAME_VERBS)
                and verb not in _words.SAYING
                and is_english(verb)
                and stem(verb) not in allowed
                and stem(verb) not in self._common
                and not verb.endswith(("s", "ed"))  # "when did iran's ngos ...": a noun, not the verb
            ):
                return v
        # "where is radio farda (from)?": where a thing is, which sources that name it (an
        # interview given to it) do not tell unless they say where something is based; only
        # phrasings asking where of it vouch for it (as Persian «رادیو فردا کجاست؟»)
        located = (
            not kind
            and tokens[j] == "where"
            and tokens[j + 1 : j + 2] != []
            and tokens[j + 1] in _words.BE
            and covered.said.isdisjoint(_words.LOCATED_SAID)
        )
        for k in range(end - 1, j, -1):
            word = tokens[k]
            if word in _words.SAYING or word in _words.LIGHT_VERBS:
                return None  # "where did she talk about it": where something was said, as asked;
                # "where do the bees go": nothing but the subject, which the entry is about
            if not _words.content(word):
                continue
            fixed = self._fix(word)
            st = stem(fixed)
            if st in self._common:
                return None  # "when did the ngos put out their letter": the FAQ's subject, no verb
            if st not in self._vocabulary and not is_english(fixed):
                return None  # a typo or slang word: nothing to judge by
            if located and not predicates.participle(fixed) and not predicates.is_verb(fixed):
                return None if st in covered.where_words else k
            return None if st in allowed else k
        return None

    def _uncovered(
        self,
        gaps: Mapping[int, result.Gap],
        tokens: Sequence[str],
        written: _written.Written,
        terms: Mapping[int, str] | None = None,
        absent: set[int] | frozenset[int] = frozenset(),
        question: str = "",
    ) -> tuple[result.Uncovered, ...]:
        seen: set[str] = set()
        typed: dict[str, str] = {}
        uncovered = []
        for j in sorted(gaps):
            term = (terms or {}).get(j) or written.term(tokens[j])
            if term == tokens[j] and tokens[j] not in written.forms and question:
                # a Finglish word, folded ("buzurg"): the word typed ("bozorg")
                typed = typed or _written.typed_forms(question[: self._max_chars * 2])
                term = typed.get(tokens[j], term)
            if term.casefold() not in seen:
                seen.add(term.casefold())
                uncovered.append(result.Uncovered(term, gaps[j], j in absent))
        return tuple(uncovered)

    def _attribute_gap(self, question: str, covered: _covered.Covered) -> tuple[int, str] | None:
        """ "Raha Bahreini's age?", "what is bahreini's exact job title": a question that is
        nothing but one of the FAQ's names and something of theirs asks for that thing; an entry
        that never says nor is asked it gives none. (The position of the thing, and the words as
        written.) Not the FAQ's subject ("iran's record"), which every entry is about."""
        text = self._possessive_typed(question[: self._max_chars * 2])
        # "what exactly is bahreini's job title": her exact job title, asked with the adverb
        text, exactly = _EXACTLY.subn(r"\1", text, count=1)
        trait = self._person_trait(text, covered)
        if trait is not None:
            return trait
        # the first clause alone too: "what's bahreini's exact job title, is she their researcher?"
        # asks the title, and guesses it after the comma
        # (each pattern is tried only on a text with the words it cannot match without:
        # most questions have neither a possessive nor a "what")
        cued = _words.cue_text(text)
        possessive = _words.has_cue(cued, _POSSESSIVE_CUES)
        if not possessive and (bare := self._bare_attribute(text)) is not None:
            # "raha bahreini sister?": a name and a thing, the possessive left out
            text, possessive = bare, True
        if not possessive and not _words.has_cue(cued, _WHAT_CUES):
            return None
        first = _FIRST_CLAUSE.split(text, maxsplit=1)[0]
        match = (_ATTRIBUTE.match(text) or _ATTRIBUTE.match(first)) if possessive else None
        # and "what is the exact job title of raha bahreini": the same, with "of"
        of = match is None and (_ATTRIBUTE_OF.match(text) or _ATTRIBUTE_OF.match(first))
        match = match or of or None
        if match is None:
            return None
        owner = words(match["owner"])
        if not owner or not all(w in self._people for w in owner):
            return None  # (most: whose words are read only then)
        thing = [_words.normal(w) for w in words(match["thing"])]
        if not 0 < len(thing) <= 3 or any(w in STOP_WORDS or (w in _words.FRAME_WORDS and w != "exact") for w in thing):
            return None  # "rouhani's first term as president any good": a question, not a thing
        asked = [w for w in thing if w not in STOP_WORDS and w not in _words.FRAME_WORDS]
        # "her exact job title": what the sources say, not a phrasing asking "her title" of an
        # entry that says only "an official"
        known = covered.said if exactly or _EXACT.intersection(thing) else covered.known
        if not asked or all(stem(self._fix(w)) in known for w in asked):
            return None
        tokens = [_words.normal(w) for w in words(question, self._max_chars)]
        at = next((i for i, w in enumerate(tokens) if w == thing[0]), None)
        if at is None:
            return None
        if of:
            return at, f"the {' '.join(match['thing'].split())} of {match['owner'].strip()}"
        return at, f"{match['owner'].strip()}'s {' '.join(match['thing'].split())}"

    def _bare_attribute(self, text: str) -> str | None:
        """ "Raha Bahreini sister?" as "Raha Bahreini's sister?": a message that is nothing but
        one of the FAQ's people (every word of the name one of theirs) and one or two words of a
        thing, none of them a name, a stop word or a question word."""
        if len(text) > 60 or text.count(" ") > 6:
            return None  # (most questions: longer than a name and a thing)
        typed = text.strip().rstrip("?!.؟ ").split()
        if not 2 <= len(typed) <= 5 or not all(w.isalpha() for w in typed):
            return None
        low = [_words.normal(w.lower()) for w in typed]
        k = 0
        while k < len(low) and (low[k] in self._people or typed[k].lower() in self._people):
            k += 1
        thing = low[k:]
        if not k or not 1 <= len(thing) <= 2 or any(w in STOP_WORDS or w in _words.FRAME_WORDS for w in thing):
            return None
        if not all(is_english(w) and not predicates.participle(w) for w in thing) or any(
            w in self._people for w in thing
        ):
            return None  # English nouns only: "tomas berg fired?" is a doing, Finglish "X chie?" a question
        return f"{' '.join(typed[:k])}'s {' '.join(typed[k:])}"

    def _possessive_typed(self, text: str) -> str:
        """`text` with a name's possessive typed without its apostrophe ("bahreinis job title")
        written with one, as the attribute patterns read it: one of the FAQ's people's names
        and an "s" is theirs, never another word."""
        if "s " not in text.lower():
            return text
        return _NAME_S.sub(lambda m: f"{m[1]}'s" if m[1].lower() in self._people else m[0], text)

    def _person_trait(self, text: str, covered: _covered.Covered) -> tuple[int, str] | None:
        """ "Is raha bahreini iranian": a trait of one of the FAQ's people (a nationality, an
        age, a title) asked by one word after the name, which an entry whose answer and quotes
        never say that word (as written: "iranian" is not "iran") does not give."""
        role = _shapes_en.PERSON_ROLE.match(text)
        if role is not None:
            return self._person_role(role, covered)
        origin = _PERSON_ORIGIN.match(text) if "from" in text.lower() else None
        if origin is not None:
            return self._person_origin(origin, covered)
        match = _PERSON_TRAIT.match(text)
        if match is None:
            return None
        owner = words(match["owner"])
        trait = _words.normal(match["trait"].lower())
        if not owner or not all(w in self._people for w in owner):
            return None  # ("is raha bahreini?": the name's last word is one the entry says, below)
        if trait in STOP_WORDS or predicates.participle(trait) or predicates.progressive(trait):
            return None  # "was raha bahreini arrested": a doing, read by the rules on doings
        if f" {trait} " in f" {covered.text} " or stem(self._fix(trait)) in covered.said:
            return None
        at = len(words(text[: match.start("trait")]))
        return at, f"{' '.join(match['owner'].split())} is {match['trait']}"

    def _trait_in_clauses(self, question: str, covered: _covered.Covered) -> tuple[int, str] | None:
        """`_person_trait` of each clause of `question` ("is raha bahreini iranian, where is she
        from"): a trait asked in one clause is asked however the others read, and "she" or "he"
        in a later clause is the person the message named before it. (Read when nothing else of
        the message is uncovered: `_attribute_gap` reads the first clause's own attribute.)"""
        low = question[: self._max_chars * 2].lower()
        if not _FIRST_CLAUSE.search(low) or not any(name in low for name in self._people):
            return None  # (most questions: one clause, or no one of the FAQ's named)
        text = self._possessive_typed(question[: self._max_chars * 2])
        named: str | None = None
        at = 0
        for typed in _FIRST_CLAUSE.split(text):
            clause = _HE_OR_SHE.sub(named, typed) if named is not None else typed
            trait = self._person_trait(clause, covered)
            if trait is not None:  # (the position in the message as typed, where "she" is one word)
                return at + min(trait[0], max(0, len(words(typed)) - 1)), trait[1]
            run = [w.removesuffix("'s") for w in typed.split() if w.lower().removesuffix("'s") in self._people]
            named = " ".join(run) if run else named
            at += len(words(typed))
        return None

    def _person_origin(self, match: re.Match[str], covered: _covered.Covered) -> tuple[int, str] | None:
        """ "Where is raha bahreini from (originally)?": where one of the FAQ's people comes from,
        which an entry gives only when its texts say "from" within a few words after their name
        (where they work, "an Amnesty International official", is not where they are from)."""
        owner = match["owner"].lower().split()
        if not owner or not all(w in self._people or _words.normal(w) in self._people for w in owner):
            return None
        said = covered.text.split()
        last = _words.normal(owner[-1])
        if any(w == last and "from" in said[k + 1 : k + 5] for k, w in enumerate(said)):
            return None
        return 1, f"where {' '.join(match['owner'].split())} is from"

    def _person_role(self, match: re.Match[str], covered: _covered.Covered) -> tuple[int, str] | None:
        """ "Is raha bahreini a lawyer": what one of the FAQ's people is called, which an entry
        gives only when its answer and quotes say each word of it, or its phrasings ask with
        them ("is bahreini a credible source": the FAQ's authors say its answer is the reply)."""
        # a name ending in one of the FAQ's people's ("ana ruiz": a first name it may not know);
        # as typed: words() reads "roya" as "ruya"
        owner = match["owner"].lower().split()
        if not any(w in self._people or _words.normal(w) in self._people for w in owner[-1:]):
            return None
        if any(w in STOP_WORDS for w in owner):
            return None  # "is the ruiz plan a failure": a thing of theirs, not them
        stems = _shapes_en.called(match, self._fix, self._vocabulary)
        if not stems or stems <= covered.said or any(stems <= called for called in covered.called):
            return None
        text = match.string
        at = len(words(text[: match.start("trait")]))
        # as typed, the verb after the name: "raha bahreini was a journalist"
        return at, " ".join(
            [*match["owner"].split(), match["be"].lower(), *text[match.end("owner") : match.end()].split()]
        ).rstrip("?!.")

    def _own_person(self, role: str, entry_id: str) -> bool:
        """Whether `role` is a possessive of one of the FAQ's people ("raha bahreini's", "Tomas
        Berg's": a word of it one of their names) whose every word the entry's own question
        names: a person, not a kind of role."""
        if not re.search(r"['\u2019]s\s*$", role):
            return False
        owner = [_words.normal(w.lower()) for w in words(re.sub(r"['\u2019]s\s*$", "", role))]
        topic = self._defined.get(entry_id)
        if not owner or topic is None or self._people.isdisjoint(owner):
            return False
        return all(self._in_topic(w, topic) for w in owner)

    def _action_unsaid(self, action: str, covered: _covered.Covered) -> bool:
        """Whether the entry's answer and quotes say none of the doings of the asker's own course
        of action (`_shapes_en.own_action`: "how do i **get** a visa to **visit** iran"), in any
        form: what they say of a visa given to others is not about it at all, so no partial
        answer is given (`result.Uncovered.absent`). A noun after an article ("a **visa**") or a
        participle after one ("the **detained**") is not a doing of the asker's."""
        typed = [w.lower() for w in words(action)][3:]
        doings = [
            w
            for k, w in enumerate(typed)
            if w not in STOP_WORDS
            and (k == 0 or typed[k - 1] not in _ACTION_OBJECT_LEADS)
            and (predicates.is_verb(w) or predicates.bases(w))
        ]
        return bool(doings) and all(predicates.english_forms(w).isdisjoint(covered.said_done) for w in doings)

    def _definition_gap(self, question: str, entry_id: str) -> result.Uncovered | None:
        """ "What is Radio Farda?" asks what one of the FAQ's names *is*; an entry whose own
        question does not ask that (who gave the interview; what the letter asks the General
        Assembly to do) names it only in passing, and its answer says no more about it than
        that. The caveat says just so, which stays true when the answer does describe it a
        little ("Radio Farda's Roya Karimi Majd"). Only a question that is nothing but a name
        the FAQ writes counts, in English ("what is X"), Finglish ("X chie", "X yani chi") and
        Persian script ("X چیه")."""
        topic = self._defined.get(entry_id)
        if topic is None:
            return None  # (most entries: their questions ask what no name is; nothing matched)
        text = question[: self._max_chars * 2]
        match = _definition(text)
        whole = match is not None
        if match is None and topic:
            # a message asking more ("X kie? che kar mikone?", "who is X? what does she do?", "X kie
            # va Y kojast?") of an entry whose own question names whom or what it is about: each
            # of its questions that is only another name is read so (of an entry whose own
            # question names no one, "who tends the garden?", what else is asked decides)
            # ("who is X, whats her background": a comma ends the first question too)
            match = next(
                (m for piece in _ASKED_APART.split(text)[:4] if (m := _definition(piece.rstrip(" ,\u060c")))), None
            )
        if topic is None or match is None:
            return None
        term = self._glossary_name(match["x"])
        if term is not None:
            # "مجمع عمومی", "majma omumi", "General Assembly": a name the FAQ writes, as the
            # glossary translates it; described by an entry whose own question asks what it is
            # (in the FAQ's language, or in the asker's)
            asked = [w for w in words(match["x"]) if w not in STOP_WORDS]
            if all(stem(w) in topic for w in term) or all(self._in_topic(w, topic) for w in asked):
                return None
            return result.Uncovered(" ".join(match["x"].split()), result.Gap.DESCRIPTION)
        # a Persian-script name told by the run of its words («رویا کریمی مجد», one of whose words
        # has one consonant) only when the message asks nothing else: asked beside what the entry
        # does answer ("... which outlet is she with?"), it is left to be answered as before
        named = self._named(match["x"], runs=whole)
        if not named or all(self._in_topic(w, topic) for w in named):
            return None  # not only a name: "who is X talking to" asks about X, not what X is
        return result.Uncovered(" ".join(match["x"].split()), result.Gap.DESCRIPTION)

    def _role_gap(self, question: str, covered: _covered.Covered, entry_id: str) -> result.Uncovered | None:
        """ "What does a special rapporteur (really) do?", "what does a keeper actually do": what
        a role does in general, which an entry that only speaks of one of them (who
        refused whom a visa) does not describe, whether or not the FAQ writes the name. The
        entry's own question or a phrasing asking the same ("what does a keeper do", "what is a
        rapporteur") says it does (`_covered.Covered.roles`). English only; the role is a noun phrase
        after "a" or "an" of one to three words, with no stop word, participle or -ing form in it
        ("what does a vote in favour mean for them to do" asks something else); a noun that is a
        verb too is one ("a judge", "a guard", "an amnesty official"). After "the" ("what does the
        special rapporteur do") only when the entry's sources never write its last word as typed:
        they speak of no one such (only "rapporteurs"), so the question asks of the role, while "what
        does the lighthouse do" of sources that tell of the lighthouse asks what they say. A
        person's own ("what is Raha Bahreini's role") is no kind of role: one of the FAQ's people
        whom the entry's own question names (`_own_person`), whose role its answer gives."""
        text = _words.role_text(question[: self._max_chars * 2])
        if not _words.has_cue(_words.cue_text(text), _ROLE_CUES) or not _words.latin_letters(question):
            return None
        match = _words.ROLE_DOES.match(text)
        if match is None:
            match = _words.THE_ROLE_DOES.match(text)
            if match is None or f" {_words.normal(words(match['x'])[-1].lower())} " in covered.text:
                return None  # "the lighthouse" of sources that tell of it: one thing, not a role
        role = _words.role_named(match)
        if self._own_person(role, entry_id):
            return None
        typed = words(role)
        lowered = [w.lower() for w in typed]
        if any(a.endswith("s") and predicates.is_verb(b) for a, b in itertools.pairwise(lowered)):
            return None  # "what do ngos want governments (to) do": a plural, then its verb: a clause
        asked = [_words.normal(w) for w in typed if w not in STOP_WORDS]
        if not asked or len(asked) > 3 or len(asked) < len(typed):
            return None  # "a vote in favour", "a vote in favour mean for them to": no noun phrase
        if any(w in _words.FRAME_WORDS or predicates.participle(w) or predicates.progressive(w) for w in asked):
            return None
        if all(stem(w) in covered.roles for w in asked):
            return None
        return result.Uncovered(" ".join(role.split()), result.Gap.DESCRIPTION)
