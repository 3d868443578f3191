"""Whether a sentence after the question asks for the document itself or where to read it ("send me the
full text", a link): such a request is asked as a question is, and the caveat names it."""

from __future__ import annotations

import re

from .scope import _shapes_en, _words
from .text import words

# a request in a sentence of its own after the question ("send me the full text", "pls give me the
# link", «متن کامل نامه رو بده», "matne kamel e name ro befrest"): asked as a question is
_REQUEST_FOR = re.compile(
    r"^(?:(?:pls|please|plz|and|also|ok|so)\W+)*(?:send|give|show|share)\s+(?:me|us)\b"
    r"|(?:\s|^)(?:رو|را|ro|o)\s+(?:بده|بدید|بدین|بفرست|بفرستید|بفرستین|نشون\s+بده|bede|bedid|bedin|befrest|befrestid|neshun\s+bede)\W*$",
    re.IGNORECASE,
)


def _asks_for_document(sentence: str) -> bool:
    """Whether a request asks for the document itself or where to read it, as the scope check reads
    it (`_shapes_en.full_text_asked`, a link); what else a request asks for ("give me a summary")
    the answer gives."""
    tokens = _words.normals(words(sentence))
    return bool(_shapes_en.full_text_asked(tokens)) or not _words.LINK_WORDS.isdisjoint(tokens)
