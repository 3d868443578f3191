"""The faqbot engine: knowledge loading and validation, matching, answer building.

Plain Python with no `discord` import (a test enforces it), so the CLI, the tests and the
benchmarks use it directly.
"""

from . import i18n
from .answers import Engine, Reply, quote_json
from .conversation import Conversation, FollowUps, QuotedParagraph, Talk, TalkReply, quoted_paragraphs
from .knowledge import Entry, KnowledgeBase, Quote, Translation, load_knowledge
from .matcher import Matcher, MatchResult, MatchSettings, Outcome, Reason
from .problems import KnowledgeError, Problem
from .sources import Source
from .validation import load_engine, validate

__all__ = [
    "Conversation", "Engine", "Entry", "FollowUps", "KnowledgeBase", "KnowledgeError", "Matcher", "MatchResult",
    "MatchSettings",
    "Outcome", "Problem", "Quote", "Reason", "QuotedParagraph", "Reply", "Source", "Talk", "TalkReply", "Translation",
    "i18n", "load_engine", "load_knowledge", "quote_json", "quoted_paragraphs", "validate",
]
