"""The FAQ as one self-contained HTML page.

- Self-contained: inline CSS only; no scripts, fonts, images or anything fetched from elsewhere
  (a Content-Security-Policy in the page forbids it, so a later edit cannot add a tracker).
- Phones first: one column, system fonts, long words and links wrap instead of scrolling sideways.
- Printable: the table of contents is hidden in print and links show their address.
- Accessible: landmarks (header, nav, main, footer), one h1 and a heading per question, a skip
  link, visible focus, colours with at least 7:1 contrast (light and dark), `lang` on everything
  whose language is known, and `dir` from it, so Persian (or any right-to-left language) reads
  right to left; layout uses logical CSS properties, so it mirrors by itself.
- Quotes are <blockquote>s inside a <figure> whose caption says who said them, in which document
  and paragraph. Calls to action are <aside>s labelled "From the campaign": never quote-styled.
- Stable anchors: each answer is at #<entry-id> (its file name), each source at #source_<id>.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ...engine import i18n
from ._model import (
    Document,
    ExportEntry,
    ExportQuote,
    ExportSource,
    ExportTranslation,
    ExportUpdate,
    direction,
    language_name,
    source_anchor,
)

CSS = """\
:root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--muted:#454545;--link:#0a4a85;--line:#c4c4c4;\
--quote-bg:#f2f4f6;--quote-bar:#226563;--cta-bg:#fdf3d8;--cta-bar:#7a4f00}
@media (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#121212;--muted:#c8c8c8;--link:#a8d1ff;--line:#4a4a4a;\
--quote-bg:#1d2226;--quote-bar:#64c9c4;--cta-bg:#2b2417;--cta-bar:#e6b65c}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,\
"Noto Sans","Noto Naskh Arabic",Tahoma,sans-serif;overflow-wrap:anywhere}
.wrap{max-width:46rem;margin:0 auto;padding:0 1rem}
a{color:var(--link)}
a:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.skip{position:absolute;inset-inline-start:-100vw}
.skip:focus{position:static}
header{padding-block:1.5rem .5rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 .75rem}
h2{font-size:1.35rem;line-height:1.3;margin:0 0 .5rem}
h3{font-size:1.1rem;line-height:1.35;margin:1rem 0 .25rem}
nav ol{padding-inline-start:1.5rem}
nav li{margin-block:.25rem}
.entry,.source{border-block-start:1px solid var(--line);padding-block:1.25rem}
figure{margin:1rem 0;padding:.75rem 1rem;background:var(--quote-bg);border-inline-start:4px solid var(--quote-bar)}
blockquote{margin:0;quotes:"\\201C" "\\201D"}
blockquote:lang(fa),blockquote:lang(ar){quotes:"\\00AB" "\\00BB"}
blockquote p{margin:0}
blockquote p::before{content:open-quote}
blockquote p::after{content:close-quote}
figcaption{color:var(--muted);font-size:.95rem;margin-block-start:.5rem}
.cta{margin:1rem 0;padding:.75rem 1rem;background:var(--cta-bg);border-inline-start:4px solid var(--cta-bar)}
.cta p{margin:.25rem 0}
.label{font-weight:700;font-size:.9rem;color:var(--muted)}
.translation{margin:1rem 0;padding-inline-start:1rem;border-inline-start:3px double var(--line)}
.note,.meta{color:var(--muted);font-size:.95rem}
.quote-translation{margin:.5rem 0 0;font-style:italic}
.review{font-weight:bold}
dl{margin:.5rem 0}
dt{font-weight:700}
dd{margin:0 0 .5rem}
dd ul{margin:0;padding-inline-start:1.25rem}
footer{border-block-start:1px solid var(--line);margin-block-start:2rem;padding-block:1rem 2rem}
@media print{.skip,nav{display:none}
body{background:#fff;color:#000;font-size:11pt}
a{color:#000}
figure,.cta{background:none;border-color:#000;break-inside:avoid}
h2,h3{break-after:avoid}
a[href^="http"]::after{content:" (" attr(href) ")"}}
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


def _e(text: str) -> str:
    return escape(text, quote=True)


def _quote(quote: ExportQuote, translations: Sequence[tuple[str, str]] = ()) -> str:
    """A quote, verbatim in its own language; under it, each translation of it (language, text),
    labelled, outside the block quote and without quotation marks."""
    lang = quote.language
    source = quote.source
    under = "".join(
        f'<p class="quote-translation" lang="{_e(tl)}" dir="{direction(tl)}">'
        f'<span class="label">{_e(i18n.t("quote_translation", tl))}:</span> {_e(text)}</p>\n'
        for tl, text in translations
    )
    return (
        "<figure>\n"
        f'<blockquote lang="{_e(lang)}" dir="{direction(lang)}"><p>{_e(quote.text)}</p></blockquote>\n'
        + under
        + f'<figcaption>\u2014 <bdi lang="{_e(lang)}">{_e(quote.attribution)}</bdi><br>'
        f'<cite><a href="#{source_anchor(source.id)}"><bdi lang="{_e(lang)}">{_e(source.title)}</bdi></a></cite>,'
        f" paragraph {quote.paragraph}</figcaption>\n"
        "</figure>\n"
    )


def _review_state(tr: ExportTranslation) -> str:
    """Whether a fluent moderator checked the translation, in English and, where the catalogue has
    it, in the translation's language."""
    english = i18n.review_note(tr.reviewed, tr.language)
    own = i18n.review_note(tr.reviewed, tr.language, tr.language)
    css = "review reviewed" if tr.reviewed else "review unreviewed"
    own_html = (
        f' <span lang="{_e(tr.language)}" dir="{direction(tr.language)}">{_e(own)}</span>' if own != english else ""
    )
    return f'<p class="{css}" lang="en" dir="ltr">{_e(english)}{own_html}</p>\n'


def _language_label(language: str) -> str:
    """ "Persian (فارسی)", the language's own name marked as being in that language."""
    english, _, own = language_name(language).partition(" (")
    if not own:
        return _e(english)
    return f'{_e(english)} (<span lang="{_e(language)}" dir="{direction(language)}">{_e(own[:-1])}</span>)'


def _cta(cta, *, labelled_by: str) -> str:
    return (
        f'<aside class="cta" aria-labelledby="{labelled_by}">\n'
        f'<p class="label" id="{labelled_by}">From the campaign</p>\n'
        f"<p>{_e(cta.text)}</p>\n"
        f'<p><a href="{_e(cta.url)}">{_e(cta.label)}</a></p>\n'
        "</aside>\n"
    )


def _entry(entry: ExportEntry, page_language: str) -> str:
    eid = entry.id
    lang_attrs = ""
    if entry.language != page_language:
        lang_attrs = f' lang="{_e(entry.language)}" dir="{direction(entry.language)}"'
    out = [
        f'<article class="entry" id="{eid}"{lang_attrs} aria-labelledby="q_{eid}">\n',
        f'<h2 id="q_{eid}">{_e(entry.question)}</h2>\n',
        f"<p>{_e(entry.answer)}</p>\n",
    ]
    out += [
        _quote(q, [(tr.language, text) for tr in entry.translations if (text := tr.quote(i))])
        for i, q in enumerate(entry.quotes)
    ]
    out += [_cta(c, labelled_by=f"cta_{eid}_{c.id}") for c in entry.ctas]
    for tr in entry.translations:
        hid = f"tr_{eid}_{tr.language}"
        out.append(
            f'<section class="translation" aria-labelledby="{hid}">\n'
            f'<h3 id="{hid}" lang="en" dir="ltr">Translation: {_language_label(tr.language)}</h3>\n'
            f'<div lang="{_e(tr.language)}" dir="{direction(tr.language)}">\n'
            f'<p class="label">{_e(i18n.t("translation_label", tr.language))}</p>\n'
            f"<p><strong>{_e(tr.question)}</strong></p>\n<p>{_e(tr.answer)}</p>\n</div>\n"
            + _review_state(tr)
            + '<p class="note" lang="en" dir="ltr">A translation of the answer above. Quotes keep the words of their'
            " source; a translation of a quote, where there is one, is shown under the quote, labelled.</p>\n"
            "</section>\n"
        )
    if entry.related:
        links = ", ".join(f'<a href="#{rid}">{_e(question)}</a>' for rid, question in entry.related)
        out.append(f'<p class="meta">Related: {links}</p>\n')
    out += [f'<p class="meta updated">{_update(u)}</p>\n' for u in entry.updates]
    out.append(f'<p class="meta"><a href="#{eid}">Link to this answer</a> (#{eid})</p>\n')
    out.append("</article>\n")
    return "".join(out)


def _source(item: ExportSource) -> str:
    s = item.source
    hid = f"{item.anchor}_h"
    speakers = "".join(f"<li><bdi>{_e(who)}</bdi></li>" for who in s.speakers.values())
    quoted = ", ".join(f'<a href="#{eid}">{_e(q)}</a>' for eid, q in item.quoted_in) or "no answer yet"
    described = (
        '<p class="note">This title describes the document, which has no headline of its own.</p>\n'
        if s.title_is_descriptive
        else ""
    )
    return (
        f'<article class="source" id="{item.anchor}" aria-labelledby="{hid}">\n'
        f'<h3 id="{hid}"><bdi lang="{_e(s.language)}">{_e(s.title)}</bdi></h3>\n'
        f"{described}"
        "<dl>\n"
        f"<dt>Kind</dt><dd>{_e(s.kind)}</dd>\n"
        f"<dt>Language</dt><dd>{_e(language_name(s.language))}</dd>\n"
        f"<dt>Description</dt><dd>{_e(s.description)}</dd>\n"
        f"<dt>Who is quoted</dt><dd><ul>{speakers}</ul></dd>\n"
        f"{_origin(s)}"
        f"<dt>Paragraphs</dt><dd>{len(s.paragraphs)} (quotes give their paragraph number)</dd>\n"
        f"<dt>Quoted in</dt><dd>{quoted}</dd>\n"
        f"<dt>Source id</dt><dd><code>{_e(s.id)}</code></dd>\n"
        "</dl>\n"
        "</article>\n"
    )


def _origin(s) -> str:
    """Publisher, date and links to the original document and its archived copy, where known."""
    out = ""
    if s.publisher:
        out += f"<dt>Publisher</dt><dd>{_e(s.publisher)}</dd>\n"
    if s.published:
        out += f'<dt>Published</dt><dd><time datetime="{_e(s.published)}">{_e(s.published)}</time></dd>\n'
    if s.url:
        out += f'<dt>Original</dt><dd><a href="{_e(s.url)}">{_e(s.url)}</a></dd>\n'
    if s.archived_url:
        out += f'<dt>Archived copy</dt><dd><a href="{_e(s.archived_url)}">{_e(s.archived_url)}</a></dd>\n'
    return out


def _update(update: ExportUpdate) -> str:
    """ "Updated on DATE: what changed", the date machine-readable."""
    return f'Updated on <time datetime="{_e(update.date)}">{_e(update.date)}</time>: {_e(update.what)}'


def _changes(doc: Document) -> str:
    """The whole public changelog, newest first (nothing when there is none)."""
    if not doc.changelog:
        return ""
    present = {e.id for e in doc.entries}
    items = []
    for u in doc.changelog:
        name = f'<a href="#{_e(u.entry_id)}">{_e(u.question)}</a>' if u.entry_id in present else _e(u.question)
        items.append(f"<li>{name}: {_update(u)}</li>\n")
    return (
        '<section id="_changes" aria-labelledby="_changes_h">\n<h2 id="_changes_h">Changes</h2>\n'
        "<p>What changed in the answers, newest first. Other ways of asking a question, added so the bot"
        " understands more people, are not listed.</p>\n"
        f"<ul>\n{''.join(items)}</ul>\n</section>\n"
    )


def _as_of(doc: Document) -> str:
    """ "As of DATE · FAQ version X": how current the page is, and which FAQ it shows."""
    version = f"FAQ version {_e(doc.faq_version)}" if doc.faq_version else ""
    date = f'As of <time datetime="{_e(doc.as_of)}">{_e(doc.as_of)}</time>' if doc.as_of else ""
    line = " \u00b7 ".join(part for part in (date, version) if part)
    return f'<p class="meta" id="_as_of">{line}</p>\n' if line else ""


def render_html(doc: Document) -> str:
    lang = doc.language
    toc = "".join(f'<li><a href="#{e.id}">{_e(e.question)}</a></li>\n' for e in doc.entries)
    take_action = ""
    if doc.ctas:
        take_action = (
            '<section aria-labelledby="_act_h">\n<h2 id="_act_h">Take action</h2>\n'
            + "".join(_cta(c, labelled_by=f"_act_{c.id}") for c in doc.ctas)
            + "</section>\n"
        )
    entries = "".join(_entry(e, lang) for e in doc.entries)
    sources = "".join(_source(s) for s in doc.sources)
    count = len(doc.entries)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_e(lang)}" dir="{direction(lang)}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="color-scheme" content="light dark">\n'
        f"<title>{_e(doc.title)}</title>\n"
        f"<style>\n{CSS}</style>\n"
        "</head>\n"
        "<body>\n"
        '<a class="skip" href="#_main">Skip to the answers</a>\n'
        '<header class="wrap">\n'
        f"<h1>{_e(doc.title)}</h1>\n"
        f"<p>{count} question{'s' if count != 1 else ''} and their answers. Every answer quotes its sources word for"
        " word, with who said it, in which document and in which paragraph; the documents are described under"
        ' <a href="#_sources">Sources</a>. Boxes marked \u201cFrom the campaign\u201d are the campaign\u2019s own'
        " words, not quotes.</p>\n"
        f"{_as_of(doc)}"
        "</header>\n"
        '<nav class="wrap" aria-labelledby="_toc_h">\n'
        f'<h2 id="_toc_h">Questions</h2>\n<ol>\n{toc}</ol>\n'
        "</nav>\n"
        '<main class="wrap" id="_main">\n'
        f"{take_action}"
        f'<section aria-label="Answers">\n{entries}</section>\n'
        f"{_changes(doc)}"
        f'<section id="_sources" aria-labelledby="_sources_h">\n<h2 id="_sources_h">Sources</h2>\n'
        "<p>Every quote on this page is copied from one of these documents and checked against it, character"
        " for character.</p>\n"
        f"{sources}</section>\n"
        "</main>\n"
        '<footer class="wrap">\n'
        "<p>Made with faqbot from the campaign\u2019s FAQ. To link to one answer, use its address ending in"
        " <code>#</code> and the answer\u2019s id, shown under each answer.</p>\n"
        "</footer>\n"
        "</body>\n"
        "</html>\n"
    )
