"""The faqbot engine: knowledge loading and validation, matching, answer building.

Plain Python with no `discord` import (a test enforces it), so the CLI, the tests and the
benchmarks use it directly. This package is its one door: code outside it imports from
`bot.engine` only, never from a module inside (tests/test_engine_surface.py keeps it so), so the
modules behind the door can move without breaking anyone.

The names are resolved on first use (PEP 562), so a command imports only the modules it needs:
`faqbot ask` never loads evaluation, authoring or quote verification. `_EXPORTS` says where each
name lives; the same imports under TYPE_CHECKING let the type checker see them, and
tests/test_engine_surface.py checks that the two lists and `__all__` agree.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import i18n
    from .answers import Reply, quote_json
    from .authoring import (
        AuthoringError,
        entry_scaffold,
        normalise_document,
        pick_source,
        quote_block,
        slug,
        span,
        speaker_for,
    )
    from .conversation import Conversation, FollowUps, QuotedParagraph, Talk, TalkReply, quoted_paragraphs, talk_reply
    from .engine import Engine, collisions, load_engine, rebuilt, validate
    from .evaluation import (
        Labelled,
        QuestionSetError,
        Report,
        answer_outcomes,
        best_threshold,
        calibrate,
        evaluate,
        lead_answers,
        load_question_set,
        stable_threshold,
    )
    from .knowledge import (
        CALIBRATION_FILE,
        ID_PATTERN,
        LANGUAGE_PATTERN,
        MAX_ANSWER_CHARS,
        MAX_CTAS,
        Entry,
        KnowledgeBase,
        Quote,
        Translation,
        cta_problems,
        entry_paths,
        load_knowledge,
        load_knowledge_collecting,
    )
    from .lexicon import is_english
    from .matcher import (
        FEATURES,
        MIN_LANGUAGE_QUESTIONS,
        THRESHOLD_KEYS,
        Matcher,
        MatchResult,
        MatchSettings,
        Outcome,
        Reason,
    )
    from .memo import Memo
    from .persian import language as question_language
    from .problems import KnowledgeError, Problem
    from .saferoute import Referral, SafeRoute
    from .semantic import SemanticUnavailable
    from .sources import Source, load_sources, metadata_problem
    from .text import STOP_WORDS, comparable
    from .verify import Verdict, Verification, verify_quote
    from .verify import say as verify_say
    from .yamlfile import YamlSyntaxError, load_located

# Each exported name: (the module behind the door, the name there; None for the module itself).
_EXPORTS: dict[str, tuple[str, str | None]] = {
    "CALIBRATION_FILE": ("knowledge", "CALIBRATION_FILE"),
    "FEATURES": ("matcher", "FEATURES"),
    "ID_PATTERN": ("knowledge", "ID_PATTERN"),
    "LANGUAGE_PATTERN": ("knowledge", "LANGUAGE_PATTERN"),
    "MAX_ANSWER_CHARS": ("knowledge", "MAX_ANSWER_CHARS"),
    "MAX_CTAS": ("knowledge", "MAX_CTAS"),
    "MIN_LANGUAGE_QUESTIONS": ("matcher", "MIN_LANGUAGE_QUESTIONS"),
    "STOP_WORDS": ("text", "STOP_WORDS"),
    "THRESHOLD_KEYS": ("matcher", "THRESHOLD_KEYS"),
    "AuthoringError": ("authoring", "AuthoringError"),
    "Conversation": ("conversation", "Conversation"),
    "Engine": ("engine", "Engine"),
    "Entry": ("knowledge", "Entry"),
    "FollowUps": ("conversation", "FollowUps"),
    "KnowledgeBase": ("knowledge", "KnowledgeBase"),
    "KnowledgeError": ("problems", "KnowledgeError"),
    "Labelled": ("evaluation", "Labelled"),
    "MatchResult": ("matcher", "MatchResult"),
    "MatchSettings": ("matcher", "MatchSettings"),
    "Matcher": ("matcher", "Matcher"),
    "Memo": ("memo", "Memo"),
    "Outcome": ("matcher", "Outcome"),
    "Problem": ("problems", "Problem"),
    "QuestionSetError": ("evaluation", "QuestionSetError"),
    "Quote": ("knowledge", "Quote"),
    "QuotedParagraph": ("conversation", "QuotedParagraph"),
    "Reason": ("matcher", "Reason"),
    "Referral": ("saferoute", "Referral"),
    "Reply": ("answers", "Reply"),
    "Report": ("evaluation", "Report"),
    "SafeRoute": ("saferoute", "SafeRoute"),
    "SemanticUnavailable": ("semantic", "SemanticUnavailable"),
    "Source": ("sources", "Source"),
    "Talk": ("conversation", "Talk"),
    "TalkReply": ("conversation", "TalkReply"),
    "Translation": ("knowledge", "Translation"),
    "Verdict": ("verify", "Verdict"),
    "Verification": ("verify", "Verification"),
    "YamlSyntaxError": ("yamlfile", "YamlSyntaxError"),
    "best_threshold": ("evaluation", "best_threshold"),
    "calibrate": ("evaluation", "calibrate"),
    "collisions": ("engine", "collisions"),
    "comparable": ("text", "comparable"),
    "cta_problems": ("knowledge", "cta_problems"),
    "entry_paths": ("knowledge", "entry_paths"),
    "entry_scaffold": ("authoring", "entry_scaffold"),
    "evaluate": ("evaluation", "evaluate"),
    "i18n": ("i18n", None),
    "is_english": ("lexicon", "is_english"),
    "load_engine": ("engine", "load_engine"),
    "load_knowledge": ("knowledge", "load_knowledge"),
    "load_knowledge_collecting": ("knowledge", "load_knowledge_collecting"),
    "load_located": ("yamlfile", "load_located"),
    "load_question_set": ("evaluation", "load_question_set"),
    "lead_answers": ("evaluation", "lead_answers"),
    "answer_outcomes": ("evaluation", "answer_outcomes"),
    "load_sources": ("sources", "load_sources"),
    "metadata_problem": ("sources", "metadata_problem"),
    "normalise_document": ("authoring", "normalise_document"),
    "rebuilt": ("engine", "rebuilt"),
    "pick_source": ("authoring", "pick_source"),
    "question_language": ("persian", "language"),
    "quote_block": ("authoring", "quote_block"),
    "quote_json": ("answers", "quote_json"),
    "quoted_paragraphs": ("conversation", "quoted_paragraphs"),
    "slug": ("authoring", "slug"),
    "span": ("authoring", "span"),
    "speaker_for": ("authoring", "speaker_for"),
    "stable_threshold": ("evaluation", "stable_threshold"),
    "talk_reply": ("conversation", "talk_reply"),
    "validate": ("engine", "validate"),
    "verify_quote": ("verify", "verify_quote"),
    "verify_say": ("verify", "say"),
}

__all__ = [
    "CALIBRATION_FILE",
    "FEATURES",
    "ID_PATTERN",
    "LANGUAGE_PATTERN",
    "MAX_ANSWER_CHARS",
    "MAX_CTAS",
    "MIN_LANGUAGE_QUESTIONS",
    "STOP_WORDS",
    "THRESHOLD_KEYS",
    "AuthoringError",
    "Conversation",
    "Engine",
    "Entry",
    "FollowUps",
    "KnowledgeBase",
    "KnowledgeError",
    "Labelled",
    "MatchResult",
    "MatchSettings",
    "Matcher",
    "Memo",
    "Outcome",
    "Problem",
    "QuestionSetError",
    "Quote",
    "QuotedParagraph",
    "Reason",
    "Referral",
    "Reply",
    "Report",
    "SafeRoute",
    "SemanticUnavailable",
    "Source",
    "Talk",
    "TalkReply",
    "Translation",
    "Verdict",
    "Verification",
    "YamlSyntaxError",
    "answer_outcomes",
    "best_threshold",
    "calibrate",
    "collisions",
    "comparable",
    "cta_problems",
    "entry_paths",
    "entry_scaffold",
    "evaluate",
    "i18n",
    "is_english",
    "lead_answers",
    "load_engine",
    "load_knowledge",
    "load_knowledge_collecting",
    "load_located",
    "load_question_set",
    "load_sources",
    "metadata_problem",
    "normalise_document",
    "pick_source",
    "question_language",
    "quote_block",
    "quote_json",
    "quoted_paragraphs",
    "rebuilt",
    "slug",
    "span",
    "speaker_for",
    "stable_threshold",
    "talk_reply",
    "validate",
    "verify_quote",
    "verify_say",
]


def __getattr__(name: str) -> Any:
    try:
        module, attr = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    loaded = importlib.import_module(f".{module}", __name__)
    value = loaded if attr is None else getattr(loaded, attr)
    globals()[name] = value  # resolved once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
