"""The exported page in a real browser: Debian's chromium, headless, on a phone-sized viewport.

Chromium's headless windows are at least 500 pixels wide, so the page is loaded in a 360-pixel
iframe (exactly a small phone's viewport). A test copy of the page gets a tiny probe script (the
page itself has none, and its Content-Security-Policy would forbid one); the probe measures the
page and hands the numbers to the wrapper, which puts them in its <title> for `--dump-dom`.

chromium is installed by tests/outreach/ensure_chromium.sh when missing (as root, with apt-get);
if that is impossible, these tests FAIL with the script's explanation: they never skip silently.
"""

from __future__ import annotations

import dataclasses
import html
import json
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from simworld import make_entry, make_kb, make_source, quote_of

from bot.config import CallToAction, OutreachSettings
from bot.engine import Translation
from bot.outreach.export import export

REPO = Path(__file__).resolve().parents[2]
ENSURE = Path(__file__).with_name("ensure_chromium.sh")
WIDTH, HEIGHT = 360, 2000

PROBE = r"""
<script>
(function () {
  function rgb(el, prop) { return getComputedStyle(el)[prop]; }
  function background(el) {
    while (el) {
      var c = getComputedStyle(el).backgroundColor;
      if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
      el = el.parentElement;
    }
    return 'rgb(255, 255, 255)';
  }
  function report() {
    var d = document.documentElement, view = d.clientWidth;
    var entries = [].slice.call(document.querySelectorAll('article.entry')).map(function (a) {
      var r = a.getBoundingClientRect(), s = getComputedStyle(a);
      return {id: a.id, height: r.height, shown: s.display !== 'none' && s.visibility !== 'hidden',
              text: a.innerText.length};
    });
    var broken = [].slice.call(document.querySelectorAll('a[href^="#"]')).map(function (a) {
      return decodeURIComponent(a.getAttribute('href').slice(1));
    }).filter(function (id) { return !document.getElementById(id); });
    var wide = [].slice.call(document.body.querySelectorAll('*')).filter(function (e) {
      var r = e.getBoundingClientRect();
      return r.width > 0 && r.right > view + 0.5 && !e.classList.contains('skip');
    }).map(function (e) {
      return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + e.textContent.slice(0, 40);
    });
    var pairs = [];
    ['body', 'h1', 'h2', 'p', 'a', 'blockquote', 'figcaption', 'aside p', '.meta', 'dt', 'dd', 'nav a', 'footer p',
     '.translation p'].forEach(function (sel) {
      [].slice.call(document.querySelectorAll(sel)).slice(0, 3).forEach(function (el) {
        pairs.push({sel: sel, fg: rgb(el, 'color'), bg: background(el)});
      });
    });
    var target = document.querySelector(':target');
    var rtl = [].slice.call(document.querySelectorAll('[dir="rtl"]')).map(function (e) {
      return getComputedStyle(e).direction;
    });
    var reviews = [].slice.call(document.querySelectorAll('.review')).map(function (e) {
      return {text: e.innerText, shown: e.getBoundingClientRect().height > 0};
    });
    var quoteTranslations = [].slice.call(document.querySelectorAll('.quote-translation')).map(function (e) {
      var r = e.getBoundingClientRect();
      return {direction: getComputedStyle(e).direction, inBlockquote: !!e.closest('blockquote'),
              before: getComputedStyle(e, '::before').content, text: e.innerText, shown: r.height > 0,
              lang: e.getAttribute('lang'),
              belowQuote: (function () { var q = e.parentElement.querySelector('blockquote');
                                         return !!q && q.getBoundingClientRect().bottom <= r.top + 0.5; })()};
    });
    parent.postMessage(JSON.stringify({
      reviews: reviews, quoteTranslations: quoteTranslations,
      scrollWidth: d.scrollWidth, clientWidth: view, bodyScrollWidth: document.body.scrollWidth,
      innerWidth: window.innerWidth, entries: entries, broken: broken, wide: wide, colors: pairs,
      target: target ? target.id : null, targetTop: target ? target.getBoundingClientRect().top : null,
      rtl: rtl, scripts: document.scripts.length
    }), '*');
  }
  window.addEventListener('load', function () { setTimeout(report, 50); });
})();
</script>
"""

WRAPPER = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>pending</title>
<style>body{{margin:0}}iframe{{border:0;display:block;width:{width}px;height:{height}px}}</style></head>
<body><iframe src="{src}"></iframe>
<script>window.addEventListener('message', function (e) {{ document.title = e.data; }});</script>
</body></html>
"""


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        proc = subprocess.run(["sh", str(ENSURE)], capture_output=True, text=True, timeout=1200)
        found = shutil.which("chromium") or shutil.which("chromium-browser")
        if found is None:
            pytest.fail(
                f"the browser test needs Debian's chromium and it could not be installed:\n{proc.stderr.strip()}",
                pytrace=False,
            )
    return found


def run_chromium(chromium: str, profile: Path, url: str, *extra: str) -> str:
    args = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--mute-audio",
        f"--user-data-dir={profile}",
        "--hide-scrollbars",
        f"--window-size={WIDTH},{HEIGHT}",
        "--virtual-time-budget=5000",
        *extra,
        url,
    ]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def probe_copy(page: str) -> str:
    """The page with its CSP removed (it forbids scripts, rightly) and the probe added."""
    page, n = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n', "", page)
    assert n == 1
    return page.replace("</body>", PROBE + "</body>")


def measure(chromium: str, tmp_path: Path, page: str, fragment: str = "", *extra: str) -> dict:
    (tmp_path / "page.html").write_text(probe_copy(page), encoding="utf-8")
    (tmp_path / "wrap.html").write_text(
        WRAPPER.format(width=WIDTH, height=HEIGHT, src=f"page.html{fragment}"), encoding="utf-8"
    )
    dom = run_chromium(chromium, tmp_path / "profile", (tmp_path / "wrap.html").as_uri(), "--dump-dom", *extra)
    title = re.search(r"<title>(.*?)</title>", dom, re.DOTALL)
    assert title and title.group(1) != "pending", f"the probe did not report:\n{dom[:1000]}"
    return json.loads(html.unescape(title.group(1)))


def luminance(color: str) -> float:
    r, g, b = (int(x) / 255 for x in re.findall(r"\d+", color)[:3])
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(fg: str, bg: str) -> float:
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def assert_readable_on_a_phone(report: dict, entry_ids: list[str]) -> None:
    assert report["innerWidth"] == WIDTH and report["clientWidth"] == WIDTH
    assert report["scrollWidth"] <= report["clientWidth"], f"horizontal scroll: {report['wide']}"
    assert report["bodyScrollWidth"] <= report["clientWidth"]
    assert report["wide"] == [], f"elements wider than the screen: {report['wide']}"
    assert [e["id"] for e in report["entries"]] == entry_ids  # every entry is rendered, in order
    for entry in report["entries"]:
        assert entry["shown"] and entry["height"] > 50 and entry["text"] > 40, entry
    assert report["broken"] == [], f"anchors leading nowhere: {report['broken']}"
    assert report["scripts"] == 1  # only the probe: the page itself has no script
    low = [
        (c["sel"], c["fg"], c["bg"], round(contrast(c["fg"], c["bg"]), 2))
        for c in report["colors"]
        if contrast(c["fg"], c["bg"]) < 7
    ]
    assert low == [], f"text below WCAG AAA contrast (7:1): {low}"


def test_the_docs_page_renders_every_entry_on_a_phone_without_horizontal_scroll(chromium, tmp_path, shipped_kb):
    page = (REPO / "docs" / "faq.html").read_text(encoding="utf-8")
    report = measure(chromium, tmp_path, page)
    assert_readable_on_a_phone(report, list(shipped_kb.entries))
    dark = measure(chromium, tmp_path, page, "", "--force-dark-mode")  # prefers-color-scheme: dark
    assert_readable_on_a_phone(dark, list(shipped_kb.entries))
    assert dark["colors"][0]["bg"] != report["colors"][0]["bg"]


def test_anchors_take_the_reader_to_the_answer(chromium, tmp_path, shipped_kb):
    page = (REPO / "docs" / "faq.html").read_text(encoding="utf-8")
    for entry_id in (list(shipped_kb.entries)[len(shipped_kb.entries) // 2], list(shipped_kb.entries)[-1]):
        report = measure(chromium, tmp_path, page, f"#{entry_id}")
        assert report["target"] == entry_id
        assert abs(report["targetTop"]) < 5, report["targetTop"]  # scrolled to the top of the screen
    source = next(iter(shipped_kb.sources))
    assert measure(chromium, tmp_path, page, f"#source_{source}")["target"] == f"source_{source}"


def test_a_right_to_left_translation_and_long_links_stay_on_screen(chromium, tmp_path):
    long_url = "https://example.org/" + "a-very-long-path-segment-without-any-break-" * 6
    cta = CallToAction("petition", "Sign the petition", long_url, "Supercalifragilistic" * 8)
    source = make_source(paragraphs=["Unbreakable" * 30 + " and a normal sentence."])
    entry = make_entry(
        "long-words", "Does a " + "very" * 30 + " long word wrap?", "Yes " + "x" * 200, [quote_of(source, 1)]
    )
    entry = dataclasses.replace(
        entry,
        cta=("petition",),
        translations={"fa": Translation("fa", "آیا کلمهٔ طولانی شکسته می\u200cشود؟", (), "بله، " + "الف" * 80)},
    )
    persian = dataclasses.replace(make_entry("persian", "پرسش؟", "پاسخ.", [quote_of(source, 1)]), language="fa")
    kb = make_kb([entry, persian], [source])
    outreach = OutreachSettings(
        site_url="https://example.org/faq.html", calls_to_action=(cta,), answer_ctas=("petition",)
    )
    report = measure(chromium, tmp_path, export(kb, outreach, "html"))
    assert_readable_on_a_phone(report, ["long-words", "persian"])
    assert report["rtl"] and set(report["rtl"]) == {"rtl"}  # Persian text is laid out right to left


def test_a_translation_shows_its_review_state_and_a_quote_translation_sits_under_the_verbatim_quote(chromium, tmp_path):
    source = make_source(paragraphs=["The old lighthouse was automated in 1985 and still flashes its lamp."])
    quote = quote_of(source, 1)
    fa_quote = "فانوس دریایی قدیمی در سال ۱۹۸۵ خودکار شد و هنوز چراغش چشمک می\u200cزند."
    entry = make_entry("lighthouse", "Is the lighthouse still working?", "Yes, since 1985.", [quote])
    entry = dataclasses.replace(
        entry,
        translations={
            "fa": Translation("fa", "آیا فانوس هنوز کار می\u200cکند؟", (), "بله، از ۱۹۸۵.", False, (fa_quote,))
        },
    )
    reviewed = dataclasses.replace(
        make_entry("reviewed", "Was it automated?", "Yes, in 1985.", [quote]),
        translations={"fa": Translation("fa", "خودکار شد؟", (), "بله، در ۱۹۸۵.", True)},
    )
    outreach = OutreachSettings(site_url="https://example.org/faq.html")
    page = export(make_kb([entry, reviewed], [source]), outreach, "html")
    report = measure(chromium, tmp_path, page)
    assert_readable_on_a_phone(report, ["lighthouse", "reviewed"])
    states = [r["text"] for r in report["reviews"]]
    assert all(r["shown"] for r in report["reviews"]) and len(states) == 2
    assert "Not yet reviewed by a Persian-speaking moderator" in states[0] and "بازبینی نشده" in states[0]
    assert "Reviewed by a Persian-speaking moderator" in states[1] and "not yet" not in states[1].lower()
    [shown] = report["quoteTranslations"]  # only the quote that has a translation gets one
    assert shown["shown"] and shown["direction"] == "rtl" and shown["lang"] == "fa"
    assert shown["belowQuote"] and not shown["inBlockquote"]  # under the quote, never in its place
    assert shown["before"] in ("none", "normal")  # no quotation marks drawn around it
    assert "ترجمهٔ نقل\u200cقول" in shown["text"] and fa_quote in shown["text"]
    assert quote.text in page  # the quote itself stays verbatim


def test_a_narrow_screenshot_is_taken_at_phone_width(chromium, tmp_path):
    (tmp_path / "wrap.html").write_text(
        WRAPPER.format(width=WIDTH, height=HEIGHT, src=(REPO / "docs" / "faq.html").as_uri()), encoding="utf-8"
    )
    shot = tmp_path / "faq-360.png"
    run_chromium(chromium, tmp_path / "profile", (tmp_path / "wrap.html").as_uri(), f"--screenshot={shot}")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (WIDTH, HEIGHT)
    assert len(data) > 20_000, "the screenshot looks empty"  # a page of text, not a blank screen
