"""The faqbot engine: knowledge loading and validation, matching, answer building.

Plain Python with no `discord` import (a test enforces it), so the CLI, the tests and the
benchmarks use it directly. This package is its one door: code outside it imports from
`bot.engine` only, never from a module inside (tests/test_engine_surface.py keeps it so), so the
modules behind the door can move without breaking anyone.
"""

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
from .engine import Engine, collisions, load_engine, validate
from .evaluation import (
    Labelled,
    QuestionSetError,
    Report,
    best_threshold,
    calibrate,
    evaluate,
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
from .matcher import FEATURES, Matcher, MatchResult, MatchSettings, Outcome, Reason
from .memo import Memo
from .persian import language as question_language
from .problems import KnowledgeError, Problem
from .saferoute import Referral, SafeRoute
from .semantic import SemanticUnavailable
from .sources import Source, load_sources, metadata_problem
from .text import STOP_WORDS, comparable
from .verify import TEXT as VERIFY_TEXT
from .verify import Verdict, Verification, verify_quote
from .yamlfile import YamlSyntaxError, load_located

__all__ = [
    "CALIBRATION_FILE",
    "FEATURES",
    "ID_PATTERN",
    "LANGUAGE_PATTERN",
    "MAX_ANSWER_CHARS",
    "MAX_CTAS",
    "STOP_WORDS",
    "VERIFY_TEXT",
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
    "slug",
    "span",
    "speaker_for",
    "stable_threshold",
    "talk_reply",
    "validate",
    "verify_quote",
]
