"""`faqbot export`: HTML, Markdown and JSON of the whole FAQ; the example under docs/ kept in sync."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import shutil
import subprocess
import tarfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from simworld import make_entry, make_kb, make_source, quote_of

from bot.cli import main
from bot.config import CallToAction, OutreachSettings, load_config
from bot.engine import Translation, load_knowledge
from bot.outreach.export import SUFFIXES, export

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs"
VOID = {"meta", "br", "hr", "img", "input", "link"}
PETITION = CallToAction(
    "petition",
    "Sign the petition",
    "https://example.org/petition",
    "Ask UN member states to keep Iran's human rights record under scrutiny.",
)
MISSION = CallToAction(
    "contact-mission",
    "Write to your UN mission",
    "https://example.org/missions",
    "Tell your country's UN mission to vote for the resolution.",
)
OUTREACH = OutreachSettings(
    site_url="https://example.org/faq.html",
    page_title="Iran at the UN: questions",
    calls_to_action=(PETITION, MISSION),
    answer_ctas=("petition",),
)
FA_QUESTION = "ایران چند نفر را اعدام کرده است؟"
FA_ANSWER = "به گفته نامه، دستکم ۴۴۰ نفر."


class Page(HTMLParser):
    """Every element with its attributes and its ancestors; checks that tags are balanced."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.elements: list[tuple[str, dict, tuple[str, ...]]] = []
        self.text_in: dict[str, list[str]] = {}
        self.feed(text)
        self.close()
        assert self.stack == [], f"unclosed: {self.stack}"

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs, tuple(t for t, _ in self.stack)))
        if tag not in VOID:
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        for tag, _ in self.stack:
            self.text_in.setdefault(tag, []).append(data)

    def ids(self) -> list[str]:
        return [a["id"] for _, a, _ in self.elements if "id" in a]

    def find(self, tag: str, **attrs) -> list[tuple[str, dict, tuple[str, ...]]]:
        return [e for e in self.elements if e[0] == tag and all(e[1].get(k) == v for k, v in attrs.items())]


@pytest.fixture(scope="module")
def world_kb():
    """A generated FAQ with what the shipped one lacks: a Persian translation, an entry in Persian,
    calls to action, markup-like text."""
    source = make_source(
        paragraphs=["She said: <b>rights</b> & freedoms matter.", "The second paragraph, 2017."],
        speakers={"s": "Jane Doe, spokesperson"},
    )
    one = make_entry("rights", "Do <rights> & freedoms matter?", "Yes, she said so.", [quote_of(source, 1)])
    one = dataclasses.replace(
        one,
        cta=("contact-mission",),
        related=("persian",),
        translations={"fa": Translation("fa", FA_QUESTION, (), FA_ANSWER)},
    )
    two = dataclasses.replace(make_entry("persian", FA_QUESTION, FA_ANSWER, [quote_of(source, 2)]), language="fa")
    return make_kb([one, two], [source])


def test_html_is_one_self_contained_accessible_page(shipped_kb, config):
    html = export(shipped_kb, config.outreach, "html")
    page = Page(html)
    # Nothing is fetched from anywhere: no scripts, stylesheets, fonts, images, frames or trackers.
    assert not [e for e in page.elements if e[0] in {"script", "link", "img", "iframe", "object", "embed", "source"}]
    assert not re.search(r"@import|url\(|\bsrc=", html)
    assert "default-src 'none'" in page.find("meta", **{"http-equiv": "Content-Security-Policy"})[0][1]["content"]
    assert all(not a.get("href", "#").startswith("//") for _, a, _ in page.elements)
    # Landmarks, headings, language, phone viewport.
    html_tag = page.find("html")[0][1]
    assert html_tag["lang"] == "en" and html_tag["dir"] == "ltr"
    assert page.find("meta", name="viewport")
    for landmark in ("header", "nav", "main", "footer"):
        assert len(page.find(landmark)) == 1, landmark
    assert len(page.find("h1")) == 1
    ids = page.ids()
    assert len(ids) == len(set(ids)), "ids must be unique"
    for href in (a["href"] for _, a, _ in page.elements if a.get("href", "").startswith("#")):
        assert href[1:] in ids, f"anchor {href} leads nowhere"
    for entry in shipped_kb.entries.values():
        article = page.find("article", id=entry.id)  # the stable anchor: #<entry-id>
        assert article and article[0][1]["aria-labelledby"] == f"q_{entry.id}"
        assert page.find("h2", id=f"q_{entry.id}")
        for quote in entry.quotes:
            assert quote.text in _unescape(html)
    # Quotes are blockquotes with attribution, document and paragraph in the figure's caption.
    assert len(page.find("blockquote")) == sum(len(e.quotes) for e in shipped_kb.entries.values())
    captions = "".join(page.text_in["figcaption"])
    assert "Raha Bahreini, Amnesty International" in captions and "paragraph 8" in captions
    # A sources section with each document's metadata.
    for source in shipped_kb.sources.values():
        section = page.find("article", id=f"source_{source.id}")
        assert section
        assert source.kind in "".join(page.text_in["dd"]) and source.description in _unescape(html)


def _unescape(text: str) -> str:
    import html as h

    return h.unescape(text)


def test_html_labels_translations_rtl_and_calls_to_action(world_kb):
    html = export(world_kb, OUTREACH, "html")
    page = Page(html)
    assert "<rights> & freedoms" in _unescape(html) and "<rights>" not in html  # escaped, shown literally
    # The Persian translation: labelled, in its language, right to left; the Persian entry likewise.
    assert page.find("h3", id="tr_rights_fa") and "Translation: Persian" in "".join(page.text_in["h3"])
    assert page.find("div", lang="fa", dir="rtl")
    assert page.find("article", id="persian", lang="fa", dir="rtl")
    # Calls to action: the campaign's own words, in asides, never inside a quote.
    asides = page.find("aside")
    assert len(asides) == 2  # the page-wide one (answer_ctas) once, and the entry's own
    assert all(a[1]["class"] == "cta" and "blockquote" not in a[2] and "figure" not in a[2] for a in asides)
    assert "From the campaign" in "".join(page.text_in["aside"])
    assert PETITION.text not in "".join(page.text_in.get("blockquote", []))
    assert page.find("a", href=MISSION.url) and page.find("a", href=PETITION.url)


def test_markdown_has_stable_anchors_quotes_and_labelled_campaign_text(world_kb, shipped_kb, config):
    md = export(shipped_kb, config.outreach, "md")
    for entry in shipped_kb.entries.values():
        assert f'<a id="{entry.id}"></a>' in md and f"](#{entry.id})" in md
        for quote in entry.quotes:
            assert f"\u2014 {quote.attribution}" in md.replace("\\", "")
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', md))
    assert set(re.findall(r"\]\(#([^)]+)\)", md)) <= anchors
    md = export(world_kb, OUTREACH, "md")
    assert "Do \\<rights\\> & freedoms matter?" in md  # markup shown literally
    assert f"**From the campaign:** {MISSION.text}" in md
    assert '<div lang="fa" dir="rtl">' in md and "**Translation: Persian" in md
    assert "> She said: \\<b\\>rights\\</b\\> & freedoms matter." in md


def test_json_has_every_entry_quote_and_source(world_kb, shipped_kb, config):
    data = json.loads(export(shipped_kb, config.outreach, "json"))
    assert data["format"] == "faqbot-faq" and data["version"] == 1
    assert [e["id"] for e in data["entries"]] == list(shipped_kb.entries)
    for item in data["entries"]:
        entry = shipped_kb.entries[item["id"]]
        assert item["anchor"] == f"#{entry.id}" and item["answer"] == entry.answer
        assert [(q["text"], q["attribution"], q["paragraph"]) for q in item["quotes"]] == [
            (q.text, q.attribution, q.paragraph) for q in entry.quotes
        ]
    assert {s["id"] for s in data["sources"]} == set(shipped_kb.sources)
    metadata = {"title", "kind", "description", "language", "speakers", "paragraphs"}
    assert all(metadata <= set(s) for s in data["sources"])
    data = json.loads(export(world_kb, OUTREACH, "json"))
    rights = data["entries"][0]
    assert rights["url"] == "https://example.org/faq.html#rights" and rights["calls_to_action"] == ["contact-mission"]
    assert rights["translations"] == [
        {"language": "fa", "direction": "rtl", "question": FA_QUESTION, "answer": FA_ANSWER, "reviewed": False}
    ]
    assert [(c["id"], c["page_wide"]) for c in data["calls_to_action"]] == [
        ("petition", True),
        ("contact-mission", False),
    ]


@pytest.mark.parametrize("fmt", list(SUFFIXES))
def test_exports_are_deterministic(world_kb, fmt):
    first, second = export(world_kb, OUTREACH, fmt), export(world_kb, OUTREACH, fmt)
    assert first == second
    assert not re.search(r"20[2-9][0-9]-[01][0-9]-[0-3][0-9]", first)  # no dates: nothing changes by itself


# The example export under docs/ is checked so that it never lies about the shipped FAQ, without
# punishing a moderator: edits made from Discord change knowledge/ on the server, not the commit.
# - knowledge/, seeds/ and config.yaml as committed (or not a git checkout): the files in docs/
#   must be what `make docs` writes now (a developer who changed the FAQ or the exporter runs it).
# - They have changes not committed (moderators' edits): the check moves to the commit itself,
#   docs/ at HEAD against the export of the FAQ at HEAD, and stays green while they edit.
FAQ_INPUTS = ("knowledge", "seeds", "config.yaml")


def _git(*args: str, repo: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, timeout=60)


def _faq_edited_since_commit(repo: Path = REPO) -> bool:
    if shutil.which("git") is None or _git("rev-parse", "--verify", "-q", "HEAD", repo=repo).returncode != 0:
        return False  # not a checkout: the files here are all there is
    status = _git("status", "--porcelain", "--", *FAQ_INPUTS, repo=repo)
    return bool(status.stdout.strip())


def _export_at_head(tmp_path: Path, fmt: str, repo: Path = REPO) -> tuple[bytes, bytes]:
    """(docs/faq.* as committed, the export of the FAQ and config.yaml as committed)."""
    archive = _git("archive", "--format=tar", "HEAD", *FAQ_INPUTS, repo=repo)
    assert archive.returncode == 0, archive.stderr
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        # git's own archive of this checkout; the "data" filter where this Python has it (3.11.4+)
        tar.extractall(tmp_path, **({"filter": "data"} if hasattr(tarfile, "data_filter") else {}))
    committed = load_config(tmp_path / "config.yaml")
    kb = load_knowledge(committed.paths.knowledge, committed.paths.seeds)
    shown = _git("show", f"HEAD:docs/faq{SUFFIXES[fmt]}", repo=repo)
    assert shown.returncode == 0, shown.stderr
    as_of = _as_of(shown.stdout.decode("utf-8"))
    return shown.stdout, export(kb, committed.outreach, fmt, as_of=as_of).encode("utf-8")


def _as_of(page: str) -> str | None:
    """The date an example export was made (`make docs`), read from the page itself."""
    found = re.search(r'As of <time datetime="([0-9-]{10})">', page)
    return found.group(1) if found else None


@pytest.mark.parametrize("fmt", list(SUFFIXES))
def test_the_example_under_docs_is_in_sync(shipped_kb, config, fmt, tmp_path):
    path = DOCS / f"faq{SUFFIXES[fmt]}"
    if _faq_edited_since_commit():
        committed, expected = _export_at_head(tmp_path, fmt)
        assert committed == expected, (
            f"{path.relative_to(REPO)} at HEAD is out of date with the FAQ at HEAD: run `make docs` and commit it"
        )
        return
    # The page's one date is the day `make docs` made it: taken from the page itself.
    as_of = _as_of(path.read_text(encoding="utf-8")) if path.exists() else None
    expected = export(shipped_kb, config.outreach, fmt, as_of=as_of).encode("utf-8")
    assert path.exists() and path.read_bytes() == expected, (
        f"{path.relative_to(REPO)} is out of date with the FAQ: run `make docs` and commit the result"
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_an_faq_edit_from_discord_leaves_the_example_check_green(tmp_path, config):
    """A server checkout whose knowledge/ a moderator edited (not committed): the working-tree
    comparison would fail, so the check compares the commit with itself, and passes."""
    repo = tmp_path / "checkout"
    for name in (*FAQ_INPUTS, "docs"):
        repo.mkdir(exist_ok=True)
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy2)(REPO / name, repo / name)
    git = ["-c", "user.name=t", "-c", "user.email=t@example.org"]
    for args in (["init", "-q"], ["add", "."], [*git, "commit", "-qm", "shipped"]):
        assert _git(*args, repo=repo).returncode == 0
    assert not _faq_edited_since_commit(repo)

    entry = repo / "knowledge" / "executions.yaml"
    entry.write_text(
        entry.read_text(encoding="utf-8").replace("\nquestion: ", "\nquestion: (edited) ", 1), encoding="utf-8"
    )
    assert _faq_edited_since_commit(repo)
    edited = load_knowledge(repo / "knowledge", repo / "seeds")
    assert export(edited, config.outreach, "md").encode() != (repo / "docs" / "faq.md").read_bytes()
    committed, expected = _export_at_head(tmp_path / "head", "md", repo=repo)
    assert committed == expected


def test_faqbot_export_writes_a_file_or_stdout(tmp_path, capsys, shipped_kb, config):
    out = tmp_path / "sub" / "faq.json"
    # --no-changelog: the page must not depend on this checkout's audit log (edits made locally)
    assert main(["export", "--format", "json", "--no-changelog", "--output", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == export(shipped_kb, config.outreach, "json")
    assert "wrote" in capsys.readouterr().err
    assert main(["export", "--format", "md", "--no-changelog"]) == 0
    assert capsys.readouterr().out == export(shipped_kb, config.outreach, "md")
    with pytest.raises(SystemExit):
        main(["export", "--format", "pdf"])


def test_faqbot_export_refuses_a_faq_that_does_not_validate(kb_copy, capsys):
    knowledge, _seeds = kb_copy
    path = knowledge / "executions.yaml"
    text = path.read_text(encoding="utf-8").replace("Indeed, Iran remains", "Indeed, Iran stays", 1)
    path.write_text(text, encoding="utf-8")  # a quote no longer verbatim
    assert main(["export", "--knowledge", str(knowledge), "--format", "html"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "executions.yaml:" in captured.err and "not found verbatim" in captured.err


def test_every_format_shows_the_review_state_and_puts_quote_translations_under_the_verbatim_quote():
    source = make_source(paragraphs=["The old lighthouse was automated in 1985."])
    quote = quote_of(source, 1)
    fa_quote = "فانوس قدیمی در سال ۱۹۸۵ خودکار شد."
    entry = dataclasses.replace(
        make_entry("lighthouse", "Is it automated?", "Yes, since 1985.", [quote]),
        translations={"fa": Translation("fa", "خودکار است؟", (), "بله، از ۱۹۸۵.", False, (fa_quote,))},
    )
    kb = make_kb([entry], [source])
    md = export(kb, OUTREACH, "md")
    assert "Not yet reviewed by a Persian-speaking moderator" in md and "ترجمهٔ پاسخ کمپین" in md
    assert md.index(quote.text) < md.index(fa_quote) and f"\u201c{fa_quote}" not in md
    data = json.loads(export(kb, OUTREACH, "json"))["entries"][0]
    assert data["translations"][0]["reviewed"] is False
    assert data["quotes"][0]["text"] == quote.text and data["quotes"][0]["translations"] == {"fa": fa_quote}
    page = export(kb, OUTREACH, "html")
    assert page.index(f"<p>{quote.text}</p></blockquote>") < page.index(fa_quote)
    reviewed = dataclasses.replace(
        entry, translations={"fa": dataclasses.replace(entry.translations["fa"], reviewed=True)}
    )
    assert "Reviewed by a Persian-speaking moderator" in export(make_kb([reviewed], [source]), OUTREACH, "md")


def test_html_says_as_of_when_and_which_faq_version(world_kb):
    page = Page(export(world_kb, OUTREACH, "html", as_of="2024-05-01"))
    assert len([a for _, a, _ in page.elements if a.get("id") == "_as_of"]) == 1
    text = "".join(page.text_in["header"])
    assert "As of 2024-05-01 \u00b7 FAQ version test00000" in text
    assert page.find("time", datetime="2024-05-01")
    undated = export(world_kb, OUTREACH, "html")
    assert "FAQ version test00000" in undated and "As of" not in undated


ORIGIN = {
    "publisher": "The Island Gazette",
    "url": "https://example.org/report_(2024)?a=1&b=2",
    "published": "2024-03-01",
    "archived_url": "https://web.archive.org/web/2024/https://example.org/r",
}


def test_html_and_markdown_link_the_original_document_when_known(world_kb):
    source = dataclasses.replace(next(iter(world_kb.sources.values())), **ORIGIN)
    kb = dataclasses.replace(world_kb, sources={source.id: source})
    page = Page(export(kb, OUTREACH, "html"))
    hrefs = [a["href"] for tag, a, _ in page.elements if tag == "a"]
    assert ORIGIN["url"] in hrefs and ORIGIN["archived_url"] in hrefs
    assert "The Island Gazette" in "".join(page.text_in["dd"]) and page.find("time", datetime="2024-03-01")
    markdown = export(kb, OUTREACH, "md")
    assert f"(<{ORIGIN['url']}>)" in markdown and "Publisher: The Island Gazette" in markdown
    data = json.loads(export(kb, OUTREACH, "json"))
    assert {k: data["sources"][0][k] for k in ORIGIN} == ORIGIN
    # The shipped seed names no publisher, URL or date: none is shown.
    assert "Original" not in export(world_kb, OUTREACH, "html").split('id="_sources"')[1]


def test_markdown_link_targets_keep_a_url_with_a_parenthesis_whole():
    url = "https://example.org/petition_(2024) now"
    cta = CallToAction("petition", "Sign the petition", url, "Ask for scrutiny.")
    outreach = dataclasses.replace(OUTREACH, calls_to_action=(cta,), answer_ctas=("petition",))
    source = make_source(paragraphs=["A quote."])
    kb = make_kb([make_entry("one", "A question?", "An answer.", [quote_of(source, 1)])], [source])
    markdown = export(kb, outreach, "md")
    targets = re.findall(r"\]\(<([^<>\n]*)>\)", markdown)
    assert "https://example.org/petition_(2024)%20now" in targets
    assert f"]({url})" not in markdown


CHANGELOG = [
    {
        "entry": "rights",
        "date": "2026-03-02",
        "question": "Do <rights> & freedoms matter?",
        "changes": ["answer", "quote_added"],
        "text": "Updated on 2026-03-02: answer reworded; 1 quote added",
    },
    {
        "entry": "gone",
        "date": "2026-03-01",
        "question": "A question <no longer> asked?",
        "changes": ["removed"],
        "text": "Updated on 2026-03-01: removed from the FAQ",
    },
]


def test_every_format_shows_the_public_changelog_under_the_answer_and_in_a_list(world_kb):
    html = export(world_kb, OUTREACH, "html", changelog=CHANGELOG)
    page = Page(html)
    updated = [a for t, a, anc in page.elements if t == "p" and a.get("class") == "meta updated"]
    assert len(updated) == 1  # under "rights" only; "persian" did not change
    assert 'Updated on <time datetime="2026-03-02">2026-03-02</time>: answer reworded; 1 quote added' in html
    article = html[html.index('id="rights"') : html.index("</article>", html.index('id="rights"'))]
    assert "answer reworded" in article
    assert "_changes" in page.ids()
    changes = html[html.index('id="_changes"') :]
    # A removed entry is listed by its former question, escaped, without a link to a missing anchor.
    assert "A question &lt;no longer&gt; asked?: Updated on" in changes and 'href="#gone"' not in html
    assert '<a href="#rights">Do &lt;rights&gt; &amp; freedoms matter?</a>' in changes

    md = export(world_kb, OUTREACH, "md", changelog=CHANGELOG)
    assert "*Updated on 2026-03-02: answer reworded; 1 quote added*" in md
    assert "## Changes" in md and "- A question \\<no longer\\> asked?: Updated on 2026-03-01: removed" in md

    data = json.loads(export(world_kb, OUTREACH, "json", changelog=CHANGELOG))
    entries = {e["id"]: e for e in data["entries"]}
    assert entries["rights"]["changelog"] == [
        {"date": "2026-03-02", "changes": ["answer", "quote_added"], "text": CHANGELOG[0]["text"]}
    ]
    assert entries["persian"]["changelog"] == []
    assert [c["entry"] for c in data["changelog"]] == ["rights", "gone"]


@pytest.mark.parametrize("fmt", list(SUFFIXES))
def test_without_a_changelog_no_changes_section_is_written(world_kb, fmt):
    out = export(world_kb, OUTREACH, fmt)
    assert "Updated on" not in out and "_changes" not in out
