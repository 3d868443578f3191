"""What a scope check returns: whether an entry answers the question as asked, and the gaps it leaves.

Kept apart so that answers and the engine read the result without the rules that make it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from .. import i18n


class Scope(enum.Enum):
    FULL = "full"
    PARTIAL = "partial"


class Gap(enum.Enum):
    """Why a qualifier is not covered: what the caveat says about it."""

    FIGURE = "figure"  # a count asked of something the entry gives no number for
    MENTION = "mention"  # a name, place, year, number or subject the entry's sources never mention
    DESCRIPTION = "description"  # "what/who is <a name>" of an entry that only mentions it
    UNSAID = "unsaid"  # a kind of fact the entry does not give: "where", "when", "which prison"
    NAME = "name"  # "who is the <role>" of an entry that names nobody in that role
    OTHER = "other"  # another question of the same message, which this entry does not answer
    LATER = "later"  # a time after the sources: "since the letter was sent", "in the end", "right now"
    EARLIER = "earlier"  # a time before the sources: "like in the past", "before the letter was sent"
    # a count of nothing but "people" ("how many people?"): which, the question does not say; it
    # answers nothing, so the reply is a "did you mean" (engine.py), which says it needs more
    VAGUE = "vague"
    WHETHER = "whether"  # a yes/no question whose doing or state the entry never says: "was X arrested"
    SPEAKER = "speaker"  # "did X say ..." of an entry whose quotes are another's words
    DIFFERS = "differs"  # a figure stated ("signed by 3 NGOs") for what the entry gives another figure of


@dataclass(frozen=True)
class Uncovered:
    term: str  # as the user wrote it
    gap: Gap
    # True when the entry's sources say nothing at all of what was asked: a count of something
    # they never mention ("how many teachers"), of what they never say people do ("how many
    # people live in ..."), or a kind of fact about a name they only mention in passing ("where
    # is <a name> based"). See ScopeCheck.answers_nothing.
    absent: bool = False


@dataclass(frozen=True)
class ScopeCheck:
    scope: Scope
    uncovered: tuple[Uncovered, ...] = ()

    @property
    def answers_nothing(self) -> bool:
        """True when nothing the entry's sources say is about what was asked, so a partial answer
        would answer another question: each uncovered term asks for a name the sources do not
        give ("who is the <role>", "names of the <group>"), for what a thing is that they only
        mention in passing ("what is <a name>"), or is absent from them (`Uncovered.absent`).
        Such a question is refused (the entry offered as "did you mean") rather than answered with
        a caveat: a partial answer gives what the sources do say about what was asked."""
        if self.scope is Scope.FULL or not self.uncovered:
            return False
        return all(u.absent or u.gap in (Gap.NAME, Gap.DESCRIPTION, Gap.VAGUE) for u in self.uncovered)

    @property
    def caveat(self) -> str | None:
        """What the sources do not give, said first; None for a full answer."""
        return self.caveat_in(i18n.EN)

    def caveat_in(self, lang: str) -> str | None:
        """The caveat in `lang` (the reply's language); the terms stay as the user wrote them."""
        if self.scope is Scope.FULL:
            return None
        uncovered = _said_once(self.uncovered)
        figures = [u.term for u in uncovered if u.gap is Gap.FIGURE]
        mentions = [u.term for u in uncovered if u.gap is Gap.MENTION]
        others = [u.term for u in uncovered if u.gap is Gap.OTHER]
        parts = [i18n.t("caveat_other", lang, terms=i18n.join_terms(others, lang, "or"))] if others else []
        parts += [
            i18n.t("caveat_description", lang, terms=i18n.join_terms([u.term], lang, "or"))
            for u in uncovered
            if u.gap is Gap.DESCRIPTION
        ]
        later = [u.term for u in uncovered if u.gap is Gap.LATER]
        if later:
            parts.append(i18n.t("caveat_later", lang, terms=i18n.join_terms(later, lang, "or")))
        earlier = [u.term for u in uncovered if u.gap is Gap.EARLIER]
        if earlier:
            parts.append(i18n.t("caveat_earlier", lang, terms=i18n.join_terms(earlier, lang, "or")))
        unsaid = [u.term for u in uncovered if u.gap is Gap.UNSAID]
        named = [u.term for u in uncovered if u.gap is Gap.NAME]
        if unsaid:
            parts.append(i18n.t("caveat_unsaid", lang, terms=i18n.join_terms(unsaid, lang, "or")))
        if named:
            parts.append(i18n.t("caveat_name", lang, terms=i18n.join_terms(named, lang, "or")))
        whether = [u.term for u in uncovered if u.gap is Gap.WHETHER]
        if whether:
            parts.append(i18n.t("caveat_whether", lang, terms=i18n.join_terms(whether, lang, "or")))
        speakers = [u.term for u in uncovered if u.gap is Gap.SPEAKER]
        if speakers:
            parts.append(i18n.t("caveat_speaker", lang, terms=i18n.join_terms(speakers, lang, "or")))
        if figures:
            parts.append(i18n.t("caveat_figure", lang, terms=i18n.join_terms(figures, lang, "or")))
        differs = [u.term for u in uncovered if u.gap is Gap.DIFFERS]
        if differs:
            parts.append(i18n.t("caveat_differs", lang, terms=i18n.join_terms(differs, lang, "and")))
        if mentions:
            parts.append(i18n.t("caveat_mention", lang, terms=i18n.join_terms(mentions, lang, "or")))
        return " ".join(parts) + " " + i18n.t("caveat_tail", lang)


def _said_once(uncovered: tuple[Uncovered, ...]) -> tuple[Uncovered, ...]:
    """The uncovered terms the caveat says, without a "do not mention" of words another term
    already says: "35" is said by "a different figure than “35 NGOs”", so no "The sources do
    not mention “35”" follows it."""
    held = [frozenset(u.term.casefold().split()) for u in uncovered]

    def said_by_another(i: int) -> bool:
        return any(
            held[i] < other or (held[i] == other and uncovered[j].gap is not Gap.MENTION)
            for j, other in enumerate(held)
            if j != i
        )

    return tuple(u for i, u in enumerate(uncovered) if u.gap is not Gap.MENTION or not said_by_another(i))


FULL = ScopeCheck(Scope.FULL)
