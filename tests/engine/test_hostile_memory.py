"""A bot that runs for months must not grow with what strangers send it.

Every cache of the engine that is keyed by words or questions from users is bounded in bytes, not
only in entries (memo.word_cache): a sender who floods the bot with 400-letter "words" in
English, Persian or Finglish leaves nothing behind once the replies are sent.
"""

from __future__ import annotations

import gc
import random
import string
import tracemalloc

from bot.engine import Engine

PERSIAN_LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"


def _flood(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)

    def token(length: int, letters: str = string.ascii_lowercase) -> str:
        return "".join(rng.choice(letters) for _ in range(length))

    messages = []
    for i in range(count):
        kind = i % 3
        if kind == 0:  # English
            messages.append(f"what about {token(400)} and {token(120)}?")
        elif kind == 1:  # Persian script: every cut of the token is tried as a compound
            messages.append(f"چرا {token(400, PERSIAN_LETTERS)} {token(90, PERSIAN_LETTERS)}؟")
        else:  # Finglish
            messages.append(f"chera {token(400)} mikhay {token(60)} {token(45)}")
    return messages


def test_a_flood_of_long_words_leaves_no_memory_behind(engine: Engine):
    for message in _flood(200, seed=1):  # whatever the first questions build, built
        engine.ask(message)
    flood = _flood(1500, seed=2)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        replies = [engine.ask(message) for message in flood]
        del replies
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    # Before the word caches were bounded in bytes, these messages kept 41 MB.
    assert grown < 3_000_000, f"the engine kept {grown / 1e6:.1f} MB after 1,500 messages of long random words"


def test_each_word_a_stranger_sends_is_kept_once_by_the_language_check():
    """`persian.language` and `is_finglish` (every message, every index build) keep what they
    ask of each word in one bounded table (`persian._SIGNS`). Its tests kept apart too, a table
    each, held every random word four times over: ~790 bytes a word here, ~30 MB more at the
    bound of a bot sent random words for months; one table keeps ~470."""
    from bot.engine import persian

    rng = random.Random(7)
    messages = [
        " ".join("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 10))) for _ in range(7))
        for _ in range(4300)
    ]
    n_words = len({w for m in messages for w in m.split()})
    persian._SIGNS.clear()  # as a fresh process has it, whatever tests ran before
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for message in messages:
            persian.language(message)
            persian.is_finglish(message.split())
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown / n_words < 650, f"{grown / n_words:.0f} bytes kept per random word"


def test_messages_of_random_characters_leave_the_character_tables_bounded():
    """`text.clean` drops invisible characters and reads Persian digits through tables filled
    one character at a time (`text._CharTable`): messages of random code points from all of
    Unicode never grow them past their bound, and a question read after such a flood (the
    tables emptied and filled again) reads as it did before it."""
    from bot.engine import text

    question = "آیا ۴۴۰\u200cنفر اعدام\u200f شدند؟\u200b"
    before = text.words(question)
    rng = random.Random(3)
    for _ in range(300):
        message = "".join(chr(rng.randrange(0x80, 0x110000)) for _ in range(300))
        text.clean(message)
        text.words(message)
        assert len(text._VISIBLE) <= text._CHAR_TABLE_MAX
        assert len(text._ASCII_DIGITS) <= text._CHAR_TABLE_MAX
    text._words_kept.cache_clear()
    text._clean.cache_clear()
    assert text.words(question) == before
    assert "440" in before
