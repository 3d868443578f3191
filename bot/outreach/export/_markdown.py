"""The FAQ as Markdown (for a wiki, a repository or a newsletter tool).

Anchors are explicit (`<a id="executions"></a>` before each answer), because the anchors Markdown
renderers derive from heading text change whenever a question is reworded. Quotes are block
quotes followed by who said them, where and in which paragraph; calls to action are marked
"From the campaign". Right-to-left translations are wrapped in `<div dir="rtl">`.
"""

from __future__ import annotations

import re

from ...engine import i18n
from ._model import Document, ExportEntry, ExportQuote, direction, language_name, source_anchor

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


def md(text: str) -> str:
    """Plain text that Markdown shows literally."""
    text = _SPECIAL.sub(r"\\\1", text)
    return re.sub(r"^([0-9]+)\. ", r"\1\\. ", re.sub(r"^([-+]) ", r"\\\1 ", text))


def link_target(url: str) -> str:
    """A link target in angle brackets, so `)` and spaces in a URL do not end it: `<https://…>`.
    Inside the brackets only `<`, `>`, `\\` and line breaks would break it: percent-encoded."""
    for raw, encoded in (("\\", "%5C"), ("<", "%3C"), (">", "%3E"), ("\n", "%0A"), ("\r", "%0D"), (" ", "%20")):
        url = url.replace(raw, encoded)
    return f"<{url}>"


def _quote(quote: ExportQuote) -> str:
    return (
        f"> {md(quote.text)}\n>\n"
        f"> \u2014 {md(quote.attribution)}, *{md(quote.source.title)}*, paragraph {quote.paragraph}"
        f" ([source](#{source_anchor(quote.source.id)}))\n"
    )


def _entry(entry: ExportEntry) -> str:
    out = [f'<a id="{entry.id}"></a>\n\n## {md(entry.question)}\n\n']
    if entry.language != "en":
        out.append(f"*Language: {md(language_name(entry.language))}*\n\n")
    out.append(f"{md(entry.answer)}\n\n")
    for i, quote in enumerate(entry.quotes):
        out.append(_quote(quote) + "\n")
        for tr in entry.translations:
            translated = tr.quote(i)
            if translated:  # under the verbatim quote, labelled, never in quotation marks
                line = f"*{md(i18n.t('quote_translation', tr.language))}:* {md(translated)}"
                if direction(tr.language) == "rtl":
                    line = f'<div lang="{tr.language}" dir="rtl">\n\n{line}\n</div>'
                out.append(line + "\n\n")
    for cta in entry.ctas:
        out.append(f"**From the campaign:** {md(cta.text)} [{md(cta.label)}]({link_target(cta.url)})\n\n")
    for tr in entry.translations:
        out.append(f"**Translation: {md(language_name(tr.language))}** (quotes keep their source's words)\n\n")
        out.append(f"*{md(i18n.review_note(tr.reviewed, tr.language))}*\n\n")
        body = f"*{md(i18n.t('translation_label', tr.language))}*\n\n**{md(tr.question)}**\n\n{md(tr.answer)}\n"
        if direction(tr.language) == "rtl":
            body = f'<div lang="{tr.language}" dir="rtl">\n\n{body}\n</div>\n'
        out.append(body + "\n")
    if entry.related:
        links = ", ".join(f"[{md(q)}](#{rid})" for rid, q in entry.related)
        out.append(f"Related: {links}\n\n")
    out += [f"*{md(u.text)}*\n\n" for u in entry.updates]
    out.append(f"Link to this answer: [#{entry.id}](#{entry.id})\n\n")
    return "".join(out)


def _changes(doc: Document) -> list[str]:
    """The whole public changelog, newest first (nothing when there is none)."""
    if not doc.changelog:
        return []
    present = {e.id for e in doc.entries}
    out = [
        '<a id="_changes"></a>\n\n## Changes\n\n'
        "What changed in the answers, newest first. Other ways of asking a question, added so the bot "
        "understands more people, are not listed.\n\n"
    ]
    for u in doc.changelog:
        name = f"[{md(u.question)}](#{u.entry_id})" if u.entry_id in present else md(u.question)
        out.append(f"- {name}: {md(u.text)}\n")
    out.append("\n")
    return out


def render_markdown(doc: Document) -> str:
    out = [
        f"# {md(doc.title)}\n\n",
        f"{len(doc.entries)} questions and their answers. Every answer quotes its sources word for word, "
        "with who said it, in which document and in which paragraph; the documents are described under "
        "[Sources](#_sources). Text marked \u201cFrom the campaign\u201d is the campaign\u2019s own words, "
        "not a quote.\n\n",
        "## Questions\n\n",
    ]
    out += [f"{i}. [{md(e.question)}](#{e.id})\n" for i, e in enumerate(doc.entries, 1)]
    out.append("\n")
    if doc.ctas:
        out.append("## Take action\n\n")
        out += [f"**From the campaign:** {md(c.text)} [{md(c.label)}]({link_target(c.url)})\n\n" for c in doc.ctas]
    out += [_entry(e) for e in doc.entries]
    out += _changes(doc)
    out.append(
        '<a id="_sources"></a>\n\n## Sources\n\n'
        "Every quote above is copied from one of these documents and checked against it, character for "
        "character.\n\n"
    )
    for item in doc.sources:
        s = item.source
        out.append(f'<a id="{item.anchor}"></a>\n\n### {md(s.title)}\n\n')
        if s.title_is_descriptive:
            out.append("*This title describes the document, which has no headline of its own.*\n\n")
        out.append(
            f"- Kind: {md(s.kind)}\n- Language: {md(language_name(s.language))}\n"
            f"- Description: {md(s.description)}\n- Who is quoted:\n"
        )
        out += [f"  - {md(who)}\n" for who in s.speakers.values()]
        for label, value in (("Publisher", s.publisher), ("Published", s.published)):
            if value:
                out.append(f"- {label}: {md(value)}\n")
        for label, url in (("Original", s.url), ("Archived copy", s.archived_url)):
            if url:
                out.append(f"- {label}: [{md(url)}]({link_target(url)})\n")
        quoted = ", ".join(f"[{md(q)}](#{eid})" for eid, q in item.quoted_in) or "no answer yet"
        out.append(
            f"- Paragraphs: {len(s.paragraphs)} (quotes give their paragraph number)\n"
            f"- Quoted in: {quoted}\n- Source id: `{s.id}`\n\n"
        )
    return "".join(out).rstrip("\n") + "\n"
