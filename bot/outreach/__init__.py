"""Outreach: the FAQ's checked facts outside the chat.

Plain Python with no `discord` import (a test enforces it), used by the Discord cogs and the CLI:

- `share`: ready-to-post texts (short within 280 as social platforms count, and long);
- `cta`: which calls to action (the campaign's own words and links) go with an entry;
- `schedule`: when a recurring post is due and which entry comes next, without repeats;
- `export`: the whole FAQ as one HTML page, Markdown or JSON (`faqbot export`).
"""

from .cta import answer_ctas, entry_url, share_cta
from .share import LONG_LIMIT, SHORT_LIMIT, ShareText, share_text
from .textcount import grapheme_length, social_length

__all__ = [
    "LONG_LIMIT",
    "SHORT_LIMIT",
    "ShareText",
    "answer_ctas",
    "entry_url",
    "grapheme_length",
    "share_cta",
    "share_text",
    "social_length",
]
