"""The review queue, grouped: similar questions together, most frequent first, with the closest entries.

People ask the same missing question in many ways; a moderator should see "how do I volunteer"
once with its count, not twelve times. Questions are compared in the bot's own normalised form
(case, punctuation, chat abbreviations) with rapidfuzz's `token_sort_ratio`, and a question joins
the first group whose representative is at least `similarity` close. Each group lists the FAQ
entries the matcher ranks closest, which is what "add as phrasing of entry X" offers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from ..engine import Engine, comparable, question_language
from ..store import ReviewItem as QueuedQuestion  # the store has no Discord in it: CLI and bot share it
from ..store import SuggestedPhrasing

DEFAULT_SIMILARITY = 80.0
CLOSEST = 3


@dataclass(frozen=True)
class ReviewGroup:
    question: str  # the most frequent wording
    count: int  # questions in the group
    variants: tuple[tuple[str, int], ...]  # each distinct wording and how often, most frequent first
    item_ids: tuple[int, ...]  # review-queue row ids (to dismiss the group)
    reasons: tuple[tuple[str, int], ...]  # why they were queued ('none', 'suggest', ...) and how often
    closest: tuple[tuple[str, float], ...]  # (entry id, similarity 0-100), closest first
    language: str = "en"  # of the group's wording: "en", "fa" (Persian script), "fa-Latn" (Finglish)
    suggested_ids: tuple[int, ...] = ()  # suggested-phrasing row ids (a group of askers' picks)

    @property
    def picked(self) -> str | None:
        """For askers' picks from "did you mean": the entry they picked (what "accept" adds it to)."""
        return self.closest[0][0] if self.suggested_ids and self.closest else None


def group_questions(
    items: Iterable[QueuedQuestion],
    engine: Engine | None = None,
    *,
    similarity: float = DEFAULT_SIMILARITY,
    closest: int = CLOSEST,
) -> list[ReviewGroup]:
    """Group similar questions; most frequent group first (ties: the most recently queued first)."""
    items = sorted(items, key=lambda i: -i.id)  # newest first, so ties favour recent questions
    by_text: dict[str, list[QueuedQuestion]] = {}
    for item in items:
        key = comparable(item.question) or item.question.strip().lower()
        by_text.setdefault(key, []).append(item)
    # Most frequent wordings found groups first, so a group is named after its commonest wording.
    keys = sorted(by_text, key=lambda k: -len(by_text[k]))
    groups: list[list[str]] = []
    representatives: list[str] = []
    for key in keys:
        match = process.extractOne(key, representatives, scorer=fuzz.token_sort_ratio, score_cutoff=similarity)
        if match is None:
            groups.append([key])
            representatives.append(key)
        else:
            groups[match[2]].append(key)
    result = []
    for order, keys_in_group in enumerate(groups):
        members = [item for key in keys_in_group for item in by_text[key]]
        wordings = Counter(by_text[key][0].question for key in keys_in_group for _ in by_text[key])
        variants = tuple(wordings.most_common())
        reasons = tuple(Counter(item.outcome for item in members).most_common())
        question = variants[0][0]
        result.append(
            (
                order,
                ReviewGroup(
                    question=question,
                    count=len(members),
                    variants=variants,
                    item_ids=tuple(sorted(item.id for item in members)),
                    reasons=reasons,
                    closest=_closest(question, members, engine, closest),
                    language=question_language(question),
                ),
            )
        )
    result.sort(key=lambda pair: (-pair[1].count, pair[0]))
    return [group for _, group in result]


PICKED = "picked"  # the reason shown for askers' picks (see REVIEW_REASONS)


def suggestion_groups(items: Iterable[SuggestedPhrasing], engine: Engine | None = None) -> list[ReviewGroup]:
    """Askers' picks from "did you mean" (store.suggested_phrasings): one group per entry and
    wording, most often picked first; a pick of an entry that no longer exists is left out.
    Each is one step from being a phrasing of the entry picked (`ReviewGroup.picked`)."""
    by_key: dict[tuple[str, str], list[SuggestedPhrasing]] = {}
    for item in sorted(items, key=lambda i: -i.id):
        if engine is not None and item.entry_id not in engine.kb.entries:
            continue
        key = (item.entry_id, comparable(item.phrasing) or item.phrasing.strip().lower())
        by_key.setdefault(key, []).append(item)
    groups = []
    for (entry_id, _), members in by_key.items():
        wordings = Counter(m.phrasing for m in members).most_common()
        groups.append(
            ReviewGroup(
                question=wordings[0][0],
                count=len(members),
                variants=tuple(wordings),
                language=question_language(wordings[0][0]),
                item_ids=(),
                reasons=((PICKED, len(members)),),
                closest=((entry_id, 0.0),),
                suggested_ids=tuple(sorted(m.id for m in members)),
            )
        )
    return sorted(groups, key=lambda g: -g.count)


def _closest(
    question: str, members: Sequence[QueuedQuestion], engine: Engine | None, limit: int
) -> tuple[tuple[str, float], ...]:
    found: dict[str, float] = {}
    if engine is not None:
        for ranked in engine.matcher.rank(question).candidates[:limit]:
            found[ranked.entry_id] = round(100.0 * ranked.fused, 1)
    # What the bot offered or gave at the time, if it still exists.
    for item in members:
        for entry_id in (item.entry_id, *item.suggestions):
            if entry_id and entry_id not in found and (engine is None or entry_id in engine.kb.entries):
                found[entry_id] = 0.0
    ordered = sorted(found.items(), key=lambda pair: -pair[1])
    return tuple(ordered[:limit])


# How `faqbot review` names a group's language (English groups carry no tag).
LANGUAGE_TAGS = {"fa": "Persian", "fa-Latn": "Finglish: Persian in Latin letters"}


def render_groups(groups: Sequence[ReviewGroup], reasons: dict[str, str] | None = None) -> str:
    """The terminal view (`faqbot review`)."""
    if not groups:
        return "The review queue is empty."
    reasons = reasons or {}
    total = sum(g.count for g in groups)
    lines = [f"{total} question(s) to review in {len(groups)} group(s), most frequent first.", ""]
    for n, group in enumerate(groups, 1):
        why = ", ".join(f"{reasons.get(r, r)} \u00d7{c}" for r, c in group.reasons)
        tag = "" if group.language == "en" else f"[{LANGUAGE_TAGS.get(group.language, group.language)}] "
        lines.append(f"{n}. {tag}\u201c{group.question}\u201d \u00d7{group.count} ({why})")
        for text, count in group.variants[1:6]:
            lines.append(f"     also: \u201c{text}\u201d \u00d7{count}")
        if len(group.variants) > 6:
            lines.append(f"     and {len(group.variants) - 6} more wording(s)")
        if group.picked:
            lines.append(f"     picked: {group.picked} (faqbot review --accept {n} adds it as a phrasing)")
        elif group.closest:
            closest = ", ".join(f"{eid} ({score:.0f})" if score else eid for eid, score in group.closest)
            lines.append(f"     closest entries: {closest}")
        else:
            lines.append("     closest entries: none")
    return "\n".join(lines)


# -- with question text storage off: what the counts can still say ------------------------------

TEXT_OFF = (
    "Question text storage is off (`privacy.store_unanswered_text: false`, the default), so the review "
    "queue keeps no questions."
)
HOW_TO_TURN_ON = (
    "To review the questions themselves, set `privacy.store_unanswered_text: true` in config.yaml "
    "and restart the bot. It then keeps the text and day (never who asked) of questions it could "
    "not answer, answered with low confidence, or that were voted not helpful, for "
    "`privacy.retention_days` days, and never questions that disclose personal risk or personal "
    "data. See docs/privacy.md."
)


@dataclass(frozen=True)
class ReviewCounts:
    """The review queue as counts only: what moderators can still see with no question text kept."""

    days: int
    not_answered: int
    did_you_mean: int
    offered: tuple[tuple[str, int], ...]  # entry offered first as "did you mean", most often first
    low_confidence: tuple[tuple[str, int], ...]  # entry answered below moderation.low_confidence_score
    not_helpful: tuple[tuple[str, int], ...]  # entry voted not helpful

    @property
    def empty(self) -> bool:
        return not (self.not_answered or self.did_you_mean or self.low_confidence or self.not_helpful)


def review_counts(
    days: int,
    outcomes: Mapping[str, int],
    offered: Mapping[str, int],
    low: Mapping[str, int],
    votes: Mapping[str, tuple[int, int]],
) -> ReviewCounts:
    def ranked(counts: Mapping[str, int]) -> tuple[tuple[str, int], ...]:
        return tuple(sorted(((k, v) for k, v in counts.items() if k and v), key=lambda kv: (-kv[1], kv[0])))

    return ReviewCounts(
        days,
        outcomes.get("none", 0),
        outcomes.get("suggest", 0),
        ranked(offered),
        ranked(low),
        ranked({entry_id: bad for entry_id, (_, bad) in votes.items()}),
    )


def render_counts(counts: ReviewCounts, *, top: int = 8) -> list[str]:
    """The counts as lines of text (the terminal and Discord both show these)."""

    def listed(pairs: tuple[tuple[str, int], ...]) -> str:
        shown = ", ".join(f"{entry_id} \u00d7{n}" for entry_id, n in pairs[:top])
        return shown + (f" and {len(pairs) - top} more" if len(pairs) > top else "")

    if counts.empty:
        return [f"Nothing to review by the counts of the last {counts.days} day(s) either."]
    lines = [
        f"Last {counts.days} day(s), counts only: {counts.not_answered} question(s) not answered, "
        f'{counts.did_you_mean} answered with "did you mean".'
    ]
    if counts.offered:
        lines.append(f'Offered first as "did you mean": {listed(counts.offered)}')
    if counts.low_confidence:
        lines.append(f"Answered with low confidence: {listed(counts.low_confidence)}")
    if counts.not_helpful:
        lines.append(f"Voted not helpful: {listed(counts.not_helpful)}")
    if counts.offered or counts.low_confidence or counts.not_helpful:
        lines.append("Entries named here may need more phrasings or a clearer answer.")
    return lines
