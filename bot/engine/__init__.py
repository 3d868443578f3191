"""The faqbot engine: knowledge loading and validation, matching, answer building.

Plain Python with no `discord` import (a test enforces it), so the CLI, the tests and the
benchmarks use it directly.
"""

from .answers import Engine, Reply, quote_json
from .knowledge import Entry, KnowledgeBase, Quote, Translation, load_knowledge
from .matcher import Matcher, MatchResult, MatchSettings, Outcome, Reason
from .problems import KnowledgeError, Problem
from .sources import Source
from .validation import load_engine, validate

__all__ = [
    "Engine", "Entry", "KnowledgeBase", "KnowledgeError", "Matcher", "MatchResult", "MatchSettings",
    "Outcome", "Problem", "Reason", "Quote", "Reply", "Source", "Translation", "load_engine", "load_knowledge",
    "quote_json", "validate",
]
