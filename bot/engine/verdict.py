"""An answer without the verdict it opens with ("Yes.", "No, according to the letter, …",
«به گفتهٔ نامه، نه.»), for a question it was not written for.

A FAQ answer often opens with a verdict on the entry's own question ("Did Rouhani's first term
bring reforms?" → "No, according to the letter. It says …"). Under another question ("did Rouhani
execute people during his first term?") that verdict reads as the answer to it. `strip_verdict`
removes it wherever the answer opens with one, in the shapes FAQ writers use, and rewrites what is
left into a sentence:

- a verdict word and its stop: "Yes." "No," "Yes —" «بله،» «خیر.» «نه،» (also "Not yet.", "Partly.",
  «هنوز نه.», and a verdict's tag clause before more text: "No, it did not. The letter says …");
- a verdict after an attribution: "According to the letter, no. …", «به گفتهٔ نامه، نه. …»,
  "According to the report, yes, …", and "Not according to X. …";
- what a verdict leaves behind as a fragment ("According to the letter. It says that …") is
  joined to the next sentence: "The letter says that …" (the pronoun that stood for the source
  named by the fragment), dropped when the next sentence names its own source («نامه می‌گوید …»),
  else folded into it ("According to the letter, the NGOs …").

Nothing here knows one FAQ's words: verdict words, attribution openers and pronouns are general
English and Persian. Numbers and quotes are never dropped (a fragment holding a digit or a quote
mark is folded, not dropped).
"""

from __future__ import annotations

import re

from .lexicon import is_english

_EN_VERDICTS = r"yes|yeah|yep|no|nope|not\s+(?:yet|really|quite|exactly|at\s+all)|partly|partially|in\s+part"
_FA_VERDICTS = r"بله|بلی|آری|آره|خیر|نخیر|هنوز\s+نه|تا\s+حدی|نه"
# A verdict word must end where a word ends, and be followed by a stop (".", ",", ":", "—", …):
# "No one was released", «نه تنها …» ("not only") and "Yesterday" open with no verdict.
_STOP = r"\s*(?:[.,;:!\u060c\u061b]+|\s[-\u2013\u2014]+|[\u2013\u2014]+)\s*"
# "Partly, because …", "In part, due to …": how much of a cause follows, no verdict; without it
# the answer would give the cause as the whole of it.
_HEDGED_CAUSE = r"(?:partly|partially|in\s+part)\s*,\s*(?:because|since|as|due|owing|thanks)\b"
_VERDICT = re.compile(
    rf"^\s*(?!{_HEDGED_CAUSE})(?:(?:{_EN_VERDICTS})(?![\w'\u2019-])|(?:{_FA_VERDICTS})(?![\w\u200c]))(?:{_STOP}|\s*$)",
    re.IGNORECASE,
)
# "According to the letter", «به گفتهٔ نامه», «طبق گزارش»: who says what follows (up to 60 characters,
# no stop inside). "Not according to X" is a verdict of its own ("no").
_EN_ATTRIBUTION = r"(?:not\s+)?(?:according\s+to|in\s+the\s+words\s+of|per)\s+"
_FA_ATTRIBUTION = r"(?:به\s+گفته(?:ٔ|\u200cی|\u200cٔ)?|طبق|بر\s+اساس|بنا\s+بر|بنابر|از\s+نظر)\s+"
_ATTRIBUTED = re.compile(
    rf"^\s*(?P<lead>(?P<opener>{_EN_ATTRIBUTION}|{_FA_ATTRIBUTION})(?P<source>[^.,;:!?\u060c\u061b\u061f\n]{{1,60}}?))"
    rf"\s*(?:[,\u060c:]\s*(?P<verdict>(?:{_EN_VERDICTS})(?![\w'\u2019-])|(?:{_FA_VERDICTS})(?![\w\u200c]))"
    rf"(?P<vstop>{_STOP}|\s*$)|[.!]\s+|[.!]?\s*$)",
    re.IGNORECASE,
)
# A verdict's tag clause, before more text: "No, it did not. …", "Yes, they are. …".
_TAG = re.compile(
    r"^(?:it|they|he|she|this|that|there|we|you)\s+(?:is|are|was|were|does|do|did|has|have|had|can|could|will|"
    r"would|should)(?:n[\u2019']t|\s+not)?\s*[.!]\s+",
    re.IGNORECASE,
)
# The next sentence's subject is a pronoun for the source the fragment named: "It says that …".
_EN_PRONOUN_SAYS = re.compile(
    r"^(?:it|they|he|she)(?=\s+(?:says|say|said|states|stated|notes|noted|writes|wrote|adds|added|insists|"
    r"insisted|argues|argued|reports|reported|explains|explained|warns|warned)\b)",
    re.IGNORECASE,
)
_FA_PRONOUN_SAYS = re.compile(r"^(?:او|آن|آن‌ها|آنها|ایشان)(?=\s+(?:می\u200c?گوید|گفت|می\u200c?گویند|گفته))")
# The next sentence names its own source: "The report says …", "According to …", «نامه می‌گوید …».
_OWN_SOURCE = re.compile(
    rf"^(?:{_EN_ATTRIBUTION}|{_FA_ATTRIBUTION}|(?:\S+\s+){{1,4}}?(?:says|said|states|stated|notes|noted|writes|wrote|"
    r"reports|reported|insists|insisted|می\u200c?گوید|می\u200c?گویند|گفت|تأکید\s+دارد|اشاره\s+می\u200c?کند)\b)",
    re.IGNORECASE,
)
# First words of an English sentence that are no name, lowercased when the sentence is folded
# into "According to X, …".
_COMMON_OPENERS = frozenset(
    """the a an it its this that these those they their there he his she her we our in by at on for from
    since during as after before while when if some many most all one two both each""".split()
)
# Spaces and the invisible marks text pasted from an editor carries (a right-to-left mark before a
# Persian answer, a zero-width space): before a verdict they would hide it, after one they would
# open what is left.
_LEADING_BLANK = re.compile(r"^[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+")


def _trimmed(text: str) -> str:
    return _LEADING_BLANK.sub("", text).rstrip()


def _has_letters_only(text: str) -> bool:
    """No digit and no quote mark: safe to drop without losing a number or a quote."""
    return not re.search(r"[\d\u06f0-\u06f9\u0660-\u0669\"'\u201c\u201d\u00ab\u00bb\u2018\u2019]", text)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fold(opener: str, source: str, rest: str) -> str:
    """The fragment "According to <source>." joined to the sentence after it (`rest`)."""
    persian = bool(re.search(r"[\u0600-\u06ff]", opener))
    if not rest:
        return ""
    if persian and _FA_PRONOUN_SAYS.match(rest):
        return _FA_PRONOUN_SAYS.sub(source.strip(), rest, count=1)
    if not persian and _EN_PRONOUN_SAYS.match(rest):
        return _capital(_EN_PRONOUN_SAYS.sub(source.strip(), rest, count=1))
    if _OWN_SOURCE.match(rest) and _has_letters_only(source):
        return rest
    words = rest.split()
    first = words[0].strip("\"'\u201c\u2018(") if words else ""
    second = words[1] if len(words) > 1 else ""
    # "Bees were counted" → "…, bees were counted"; "Amnesty International says" keeps its capital
    common = first.lower() in _COMMON_OPENERS or (is_english(first.lower()) and not second[:1].isupper())
    if not persian and first[:1].isupper() and not first[1:2].isupper() and common:
        rest = rest[:1].lower() + rest[1:]
    opener = re.sub(r"^not\s+", "", opener.strip(), flags=re.IGNORECASE)
    comma = "\u060c " if persian else ", "
    return f"{_capital(opener)} {source.strip()}{comma}{rest}"


def strip_verdict(answer: str) -> str:
    """`answer` without the verdict it opens with, rewritten so that what is left is a sentence;
    `answer` itself when it opens with no verdict, or is nothing but one ("Yes.")."""
    text = _trimmed(answer)
    changed = False
    for _ in range(4):  # "No. Not yet. According to the letter, …": one shape after another
        verdict = _VERDICT.match(text)
        if verdict is not None and verdict.end() < len(text):
            text = _trimmed(text[verdict.end() :])
            tag = _TAG.match(text)
            if tag is not None and tag.end() < len(text):
                text = text[tag.end() :]
            changed = True
            continue
        attributed = _ATTRIBUTED.match(text)
        if attributed is None:
            break
        rest = text[attributed.end() :]
        opener, source = attributed.group("opener"), attributed.group("source")
        persian = bool(re.search(r"[\u0600-\u06ff]", opener))
        if attributed.group("verdict") is not None and rest and not re.search(r"[.!]", attributed.group("vstop")):
            # "According to the report, yes, the NGOs …": the clause continues the attribution
            lead = re.sub(r"^not\s+", "", attributed.group("lead").strip(), flags=re.IGNORECASE)
            text = _capital(lead) + ("\u060c " if persian else ", ") + rest
        elif attributed.group("verdict") is not None or (
            # a fragment only when more follows and it is short: «طبق گزارش ۴۰ هزار زنبور ماندند.» is a sentence
            (changed or re.match(r"not\s", opener, re.IGNORECASE)) and rest and len(source.split()) <= 5
        ):
            # "According to the letter, no. It says …"; "According to the letter." left by a
            # verdict ("No, according to the letter. It says …"); "Not according to X. …"
            text = _fold(opener, source, rest)
        else:
            break  # "According to the report, Raha Bahreini is …": no verdict
        changed = True
        break
    if not changed or not text.strip():
        return answer
    return _capital(_trimmed(text))
