"""The README and the pages under docs/: short enough to read, every link valid, every command described."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.cli import build_parser

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
PAGES = [
    README,
    *sorted((REPO / "docs").glob("*.md")),
    REPO / "knowledge" / "README.md",
    REPO / "benchmarks" / "README.md",
]
PAGES = [p for p in PAGES if p.name != "faq.md"]  # docs/faq.md is the generated example export
LINK = re.compile(r"(?<!\!)\[[^\]]*\]\(([^)\s]+)\)|!\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.M | re.S)
INLINE_CODE = re.compile(r"`[^`\n]*`")


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lowercase, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower().replace("`", ""))
    return text.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    anchors = set()
    for heading in re.findall(r"^#{1,6} (.+)$", text, re.M):
        slug = _slug(heading)
        anchors.add(slug if slug not in seen else f"{slug}-{seen[slug]}")
        seen[slug] = seen.get(slug, 0) + 1
    return anchors


def _links(path: Path) -> list[str]:
    text = INLINE_CODE.sub("", FENCE.sub("", path.read_text(encoding="utf-8")))
    return [a or b for a, b in LINK.findall(text)]


def test_the_readme_is_short_and_starts_from_a_fresh_machine():
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 150
    quick = FENCE.search(text[text.index("## Try it") :]).group(0)
    for step in ("git clone", "make run", "make test"):  # CI runs `.ci/run` -> make test
        assert step in quick


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(REPO)))
def test_every_relative_link_leads_somewhere(page):
    for link in _links(page):
        link = link.removeprefix("<").removesuffix(">")  # [text](<target>)
        if re.match(r"^[a-z]+:", link):  # https:, mailto:
            continue
        target, _, anchor = link.partition("#")
        path = (page.parent / target).resolve() if target else page
        assert path.exists(), f"{page.relative_to(REPO)}: {link}: no such file"
        if anchor and path.suffix == ".md":
            assert anchor in _anchors(path), f"{page.relative_to(REPO)}: {link}: no such heading in {path.name}"


def _documented() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in PAGES)


def _subcommands():
    parser = build_parser()
    action = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return action.choices


def test_every_faqbot_command_is_documented():
    docs = _documented()
    missing = [name for name in _subcommands() if f"faqbot {name}" not in docs]
    assert not missing, f"not described in README.md or docs/: {missing}"


def test_every_option_of_every_command_is_documented():
    docs = _documented()
    common = {"--help", "--knowledge", "--config", "--verbose"}
    missing = []
    for name, parser in _subcommands().items():
        for action in parser._actions:
            for option in action.option_strings:
                if option.startswith("--") and option not in common and option not in docs:
                    missing.append(f"faqbot {name} {option}")
    assert not missing, f"not described in README.md or docs/: {missing}"


# "`bot/engine/data/en-verb-synonyms.txt` (allow/permit/let, ...": the groups a page gives as
# examples of a word list, right after naming it
_LIST_EXAMPLES = re.compile(r"`bot/engine/data/([\w-]+\.txt)`\s*\(([^)]*)\)")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(REPO)))
def test_synonyms_a_page_gives_as_examples_are_one_group_of_the_list(page):
    """A page that says "jail/imprison/detain" are synonyms in a word list must be right: the
    words of each example group are on one line of the list the page names."""
    text = " ".join(page.read_text(encoding="utf-8").split())
    for name, examples in _LIST_EXAMPLES.findall(text):
        lines = [
            set(line.split())
            for line in (REPO / "bot" / "engine" / "data" / name).read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")
        ]
        for group in re.findall(r"[a-z]+(?:/[a-z]+)+", examples):
            words = set(group.split("/"))
            assert any(words <= line for line in lines), f"{page.name}: {group} is no group of {name}"
