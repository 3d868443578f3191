"""What the faster index build and command start changed must not show: the same words, stems
and answers as before, and the garbage collector left as it was found."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.engine import Matcher, memo, persian
from bot.engine import text as text_module
from bot.engine.index import collector_paused

REPO = Path(__file__).resolve().parents[2]

TEXTS = [
    "How many people has Iran executed?",
    "chand nafar edam shodan",
    "e3dam ha key shoru shod",
    "Hassan Rouhani too?",
    "\u0686\u0646\u062f \u0646\u0641\u0631 \u0627\u0639\u062f\u0627\u0645 \u0634\u062f\u0646\u062f",
    "zanbur male volcano e?",
    "lol lol lol",
    "what year did the lighthouse keeper leave, and how long was he there",
    "",
    "x" * 5000,
]


@pytest.mark.parametrize("finglish", [True, False, persian.ALWAYS])
def test_an_index_reads_each_phrasing_as_a_question_is_read(finglish):
    for text in TEXTS:
        assert text_module.words_once(text, finglish) == text_module.words(text, finglish=finglish)
    with memo.Memo().active():  # a reload's memo: the same words, kept for the next reload
        for text in TEXTS:
            assert text_module.words_once(text, finglish) == text_module.words(text, finglish=finglish)


@pytest.mark.parametrize(
    "word",
    [
        "Volcano",
        "sooo",
        "BEES",
        "keeper's",
        "U.N.",
        "\u0627\u0639\u062f\u0627\u0645",
        "Stra\u00dfe",
        "\ufb01ne",
        "x" * 5000,
        "a_b",
        "42nd",
        "",
    ],
)
def test_a_word_read_once_is_cleaned_as_any_text_is(word):
    # text.clean_once, which the scope check reads a question's words as typed with (a shortcut
    # for plain ASCII words, and no cache), cleans as `clean` does, with a memo active or not
    assert text_module.clean_once(word) == text_module.clean(word)
    with memo.Memo().active():
        assert text_module.clean_once(word) == text_module.clean(word)


def test_the_english_stemmer_is_snowballs_and_the_package_still_imports_whole():
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "from bot.engine import text\n"
            "import snowballstemmer\n"
            "words = ['executed', 'organizations', 'signing', 'quickly', 'happiness']\n"
            "other = snowballstemmer.stemmer('english')\n"
            "assert type(other).__qualname__ == type(text._STEMMER).__qualname__ == 'EnglishStemmer'\n"
            "assert [text._STEMMER.stemWord(w) for w in words] == [other.stemWord(w) for w in words]\n"
            "print(snowballstemmer.stemmer('french').stemWord('continuellement'))",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "continuel"


@pytest.mark.parametrize("enabled", [True, False])
def test_a_build_leaves_the_garbage_collector_as_it_found_it(enabled):
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        Matcher([("a", ["how do i reset my password"]), ("b", ["where is the office"])])
        assert gc.isenabled() is enabled
        with pytest.raises(RuntimeError), collector_paused():
            raise RuntimeError("a build that fails")
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_the_faqbot_command_answers_as_the_cli_does_and_keeps_collecting_garbage():
    question = "who signed the letter"
    script = (
        "import gc, sys, json\n"
        "from bot.__main__ import run\n"
        f"sys.argv = ['faqbot', 'ask', {question!r}, '--json']\n"
        "code = run()\n"
        "print(json.dumps({'code': code, 'collecting': gc.isenabled()}))"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True)
    reply, status = out.stdout.strip().splitlines()
    assert json.loads(status) == {"code": 0, "collecting": True}  # a long --jsonl session still frees cycles
    direct = f"import sys\nfrom bot.cli import main\nsys.exit(main(['ask', {question!r}, '--json']))"
    plain = subprocess.run([sys.executable, "-c", direct], cwd=REPO, capture_output=True, text=True, check=True)
    assert json.loads(reply) == json.loads(plain.stdout) and json.loads(reply)["answered"]


def _python(code: str, *paths: Path) -> str:
    """`code` run by a fresh interpreter (imports as a command's start makes them), `paths` first on sys.path."""
    prefix = f"import sys\nsys.path[:0] = {[str(p) for p in paths]!r}\n"
    out = subprocess.run([sys.executable, "-c", prefix + code], cwd=REPO, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_the_snowball_package_imported_after_the_stemmer_has_all_its_modules():
    """Code importing snowballstemmer after the engine (a plugin, Sphinx) finds the package as a
    plain import leaves it: its modules are attributes of it, as `import snowballstemmer` alone
    makes them."""
    code = (
        "from bot.engine import text\n"
        "import snowballstemmer\n"
        "print(snowballstemmer.english_stemmer.EnglishStemmer().stemWord('executed') == text.stem('executed'),"
        " snowballstemmer.basestemmer.BaseStemmer.__name__, snowballstemmer.among.Among.__name__)"
    )
    assert _python(code) == "True BaseStemmer Among"


def test_with_pystemmer_installed_the_stemmer_is_the_one_snowballstemmer_hands_out(tmp_path):
    """snowballstemmer hands out PyStemmer's stemmer when it is installed: so does the engine."""
    (tmp_path / "Stemmer.py").write_text(
        "algorithms = lambda: ['english']\n"
        "class Stemmer:\n"
        "    def __init__(self, language):\n"
        "        self.language = language\n"
        "    def stemWord(self, word):\n"
        "        return 'pystemmer:' + word\n"
    )
    code = "from bot.engine import text\nprint(type(text._STEMMER).__module__, text.stem('executed'))"
    assert _python(code, tmp_path) == "Stemmer pystemmer:executed"


def test_a_snowball_package_laid_out_otherwise_is_imported_as_it_wants(tmp_path):
    """A snowballstemmer without an `english_stemmer` module (another layout): its own `stemmer`."""
    package = tmp_path / "snowballstemmer"
    package.mkdir()
    (package / "__init__.py").write_text(
        "class _English:\n"
        "    def stemWord(self, word):\n"
        "        return 'other:' + word\n"
        "def stemmer(language):\n"
        "    return _English()\n"
    )
    code = (
        "from bot.engine import text\nimport sys\n"
        "print(text.stem('executed'), sorted(m for m in sys.modules if m.startswith('snowballstemmer')))"
    )
    assert _python(code, tmp_path) == "other:executed ['snowballstemmer']"


# Texts near each edge of the shortcuts in reading a phrasing: Finglish marked by a marker, a
# plural typed apart, two weak markers, or mostly foreign words only; English with names, chat
# words, abbreviations, British spellings, "the us", stretched letters (ASCII and not).
EDGES = [
    "chand nafar edam shodan",
    "edam ha key shoru shod",
    "name key neveshte shod?",
    "dore aval rouhani hoghoogh bashar behtar shod",
    "zanbur male volcano e?",
    "Raha Bahreini male amnesty e?",
    "Mahsa Amini sale",
    "male sale dad",
    "un rapporters allowed in iran?",
    "the lighthouse keeper lives in the us, u know",
    "what did the organisation say about the behaviour of the centre",
    "soooo many bees, whyyyy",
    "ÉÉÉ volcanooo",
    "how do i trudou my gleatri plesom asap",
    "trudou gleatri plesom chouflain",
    "trudou gleatri plesom how",
    "lol lol lol",
]


def test_the_shortcut_for_plain_english_agrees_with_the_full_finglish_test(monkeypatch):
    """`persian._plainly_english` answers from words seen before: after every word is seen, with
    the shortcut and without it, each text (and each two texts run together) is read the same."""
    texts = EDGES + [a + " " + b for a in EDGES for b in EDGES]
    for text in texts:  # every word seen: the shortcut now answers wherever it can
        text_module.words_once(text)
    fast = [(persian.is_finglish(text_module.clean(t).split()), text_module.words_once(t)) for t in texts]
    monkeypatch.setattr(persian, "_plainly_english", lambda tokens: False)
    assert fast == [(persian.is_finglish(text_module.clean(t).split()), text_module.words_once(t)) for t in texts]
    assert any(finglish for finglish, _ in fast) and not all(finglish for finglish, _ in fast)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the lighthouse keeper lives in the us, u know", "the lighthouse keeper lives in the usa you know"),
        ("what did the organisation say about the centre", "what did the organization say about the center"),
        ("soooo many bees, whyyyy", "soo many bees whyy"),
        ("ÉÉÉ volcanooo", "éé volcanoo"),
    ],
)
def test_a_phrasing_is_respelt_as_a_question_is(text, expected):
    assert " ".join(text_module.words_once(text)) == expected == " ".join(text_module.words(text))
