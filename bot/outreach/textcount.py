"""Counting a post's length the way social platforms do.

X (Twitter) counts every link as 23 characters whatever its length (a bare domain without
https:// counts here as 23 or its own length, whichever is more), most letters as 1, CJK
characters and emoji as 2, and a whole emoji sequence (a flag, a family, a skin tone) as one emoji;
Bluesky counts user-perceived characters (grapheme clusters); Mastodon counts links as 23 too.
`social_length` follows X's rules over grapheme clusters, so it is never lower than what these
platforms count: a text within 280 here is within 280 on X, 300 on Bluesky and 500 on Mastodon.

Python has no grapheme segmentation of its own; `graphemes` implements the parts of Unicode's
extended grapheme cluster rules (UAX #29) that matter for counting: combining marks, joiners,
variation selectors, emoji modifiers and tags, regional-indicator pairs and CR LF.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

URL_LENGTH = 23  # what X and Mastodon count for any link

# A link with a scheme, or a bare domain such as "example.org/petition"; trailing punctuation
# ("see https://example.org/x.") is not part of the link, as on the platforms.
_URL = re.compile(
    r"(?:https?://[^\s<>\"]+|(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}(?:/[^\s<>\"]*)?)",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?'\")]}\u2019\u201d"

# X's "light" ranges (weight 1); every other code point weighs 2.
_LIGHT = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))

ZWJ = "\u200d"


def _is_extend(ch: str) -> bool:
    cp = ord(ch)
    if unicodedata.category(ch) in ("Mn", "Me", "Mc"):
        return True
    return (
        cp == 0x200C  # zero-width non-joiner
        or 0xFE00 <= cp <= 0xFE0F  # variation selectors
        or 0x1F3FB <= cp <= 0x1F3FF  # emoji skin-tone modifiers
        or 0xE0020 <= cp <= 0xE007F  # emoji tag sequences (subdivision flags)
        or 0xE0100 <= cp <= 0xE01EF  # variation selectors supplement
    )


def _is_regional_indicator(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _is_pictographic(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x1F000 <= cp <= 0x1FAFF
        or 0x2600 <= cp <= 0x27BF
        or 0x2300 <= cp <= 0x23FF
        or 0x2B00 <= cp <= 0x2BFF
        or 0x2190 <= cp <= 0x21FF
        or cp in (0x00A9, 0x00AE, 0x203C, 0x2049, 0x2122, 0x2139, 0x3030, 0x303D, 0x3297, 0x3299)
    )


def graphemes(text: str) -> Iterator[str]:
    """The user-perceived characters of `text` (extended grapheme clusters, see the module doc)."""
    i, n = 0, len(text)
    while i < n:
        start = i
        ch = text[i]
        i += 1
        if ch == "\r" and i < n and text[i] == "\n":
            yield "\r\n"
            i += 1
            continue
        if ch in "\r\n":
            yield ch
            continue
        if _is_regional_indicator(ch) and i < n and _is_regional_indicator(text[i]):
            i += 1  # a flag: two regional indicators
        while i < n:
            nxt = text[i]
            if _is_extend(nxt):
                i += 1
            elif nxt == ZWJ:
                i += 1
                if i < n and _is_pictographic(text[i]):  # an emoji ZWJ sequence continues
                    i += 1
            elif nxt == "\u20e3":  # combining enclosing keycap (category Me, listed for clarity)
                i += 1
            else:
                break
        yield text[start:i]


def _is_emoji_cluster(cluster: str) -> bool:
    return (
        any(_is_pictographic(c) for c in cluster)
        or "\ufe0f" in cluster
        or "\u20e3" in cluster
        or (len(cluster) == 2 and all(_is_regional_indicator(c) for c in cluster))
    )


def _weight(cluster: str) -> int:
    if _is_emoji_cluster(cluster):
        return 2
    total = 0
    for ch in cluster:
        cp = ord(ch)
        total += 1 if any(low <= cp <= high for low, high in _LIGHT) else 2
    return total


def urls(text: str) -> list[tuple[int, int]]:
    """Spans [start, end) of the links in `text`, as the platforms would find them."""
    spans = []
    for match in _URL.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def social_length(text: str) -> int:
    """The length X counts for `text` (after NFC normalisation, as X does): see the module doc."""
    text = unicodedata.normalize("NFC", text)
    total, at = 0, 0
    for start, end in urls(text):
        link = text[start:end]
        # A link with a scheme is always a link (23); a bare domain only if the platform knows its
        # ending, so it counts as whichever is longer.
        plain = sum(_weight(c) for c in graphemes(link))
        size = URL_LENGTH if link.lower().startswith(("http://", "https://")) else max(URL_LENGTH, plain)
        total += sum(_weight(c) for c in graphemes(text[at:start])) + size
        at = end
    return total + sum(_weight(c) for c in graphemes(text[at:]))


def grapheme_length(text: str) -> int:
    """What Bluesky counts: user-perceived characters."""
    return sum(1 for _ in graphemes(unicodedata.normalize("NFC", text)))
