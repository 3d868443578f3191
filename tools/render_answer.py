"""Draw docs/answer.png: the bot's real reply to a question, as Discord would show it.

The reply is made by the bot's own code (the engine answers, bot/discord_app/views.py builds the
embed and the buttons exactly as they are sent to Discord); this script only lays that message out
in HTML in the style of Discord's dark theme, and headless Chromium takes the picture. It is not
a screenshot of Discord itself, and the buttons' emoji are left out (no emoji font where it is drawn).

    .venv/bin/python tools/render_answer.py ["QUESTION"] [--output docs/answer.png]
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.config import load_config  # noqa: E402
from bot.discord_app.views import reply_for  # noqa: E402
from bot.engine import load_engine  # noqa: E402

QUESTION = "how many people has iran executed?"
ESCAPED = re.compile(r"\\([\\*_~`|>#\-\[\]()])")


def inline(text: str) -> str:
    """Discord markdown of one line (escapes, **bold**, *italics*) as HTML."""
    kept: list[str] = []

    def keep(match: re.Match) -> str:
        kept.append(match.group(1))
        return f"\x00{len(kept) - 1}\x00"

    text = html.escape(ESCAPED.sub(keep, text), quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"\*(.+?)\*", r"<em>\1</em>", text)
    return re.sub("\x00(\\d+)\x00", lambda m: html.escape(kept[int(m.group(1))]), text)


def markdown(text: str) -> str:
    out, quote = [], []
    for line in text.split("\n") + [None]:  # type: ignore[list-item]
        if line is not None and line.startswith("> "):
            quote.append(inline(line[2:]))
            continue
        if quote:
            out.append(f'<div class="quote">{"<br>".join(quote)}</div>')
            quote = []
        if line is not None:
            out.append(inline(line) + "<br>")
    return "".join(out)


STYLE = """
body { margin: 0; background: #313338; font: 15px/1.4 "DejaVu Sans", sans-serif; color: #dbdee1; }
.msg { display: flex; padding: 16px 16px 20px 16px; width: 640px; }
.avatar { width: 40px; height: 40px; border-radius: 50%; background: #2b7a78; color: white; flex: none;
          display: flex; align-items: center; justify-content: center; font-weight: bold; margin-right: 16px; }
.name { color: #f2f3f5; font-weight: 600; } .tag { background: #5865f2; color: white; font-size: 10px;
        border-radius: 3px; padding: 1px 4px; margin-left: 4px; vertical-align: middle; }
.asked { color: #949ba4; font-size: 13px; margin: 2px 0 6px 0; }
.embed { background: #2b2d31; border-left: 4px solid var(--colour); border-radius: 4px; padding: 8px 16px 12px 12px;
         margin-top: 4px; max-width: 520px; }
.title { color: #f2f3f5; font-weight: 600; margin: 4px 0 8px 0; }
.quote { border-left: 4px solid #4e5058; padding-left: 10px; margin: 6px 0 2px 0; }
.footer { color: #b5bac1; font-size: 12px; margin-top: 8px; }
.field-name { color: #f2f3f5; font-weight: 600; margin-top: 6px; }
.buttons { margin-top: 8px; display: flex; flex-wrap: wrap; gap: 8px; }
.button { border-radius: 3px; padding: 4px 14px; font-size: 14px; color: white; background: #4e5058; }
.button.primary { background: #5865f2; } .button.success { background: #248046; }
.button.danger { background: #da373c; }
"""


def page(question: str, message) -> str:
    embeds = []
    for embed in message.embeds:
        data = embed.to_dict()
        colour = f"#{data.get('color', 0x4E5058):06x}"
        parts = [f'<div class="title">{inline(data["title"])}</div>' if data.get("title") else ""]
        parts.append(markdown(data.get("description", "")))
        for field in data.get("fields", []):
            parts.append(f'<div class="field-name">{inline(field["name"])}</div>{markdown(field["value"])}')
        if data.get("footer"):
            parts.append(f'<div class="footer">{html.escape(data["footer"]["text"])}</div>')
        embeds.append(f'<div class="embed" style="--colour: {colour}">{"".join(parts)}</div>')
    buttons = []
    for item in message.view.children if message.view else []:
        button = getattr(item, "item", item)  # a DynamicItem wraps the button it sends
        label = button.label or ""  # its emoji left out: the machines drawing this have no emoji font
        buttons.append(f'<span class="button {button.style.name}">{html.escape(label)}</span>')
    return (
        f"<!doctype html><meta charset=utf-8><style>{STYLE}</style><div class=msg><div class=avatar>FAQ</div>"
        f"<div><span class=name>faqbot</span><span class=tag>APP</span>"
        f"<div class=asked>answering /ask question: {html.escape(question)}</div>"
        f"{''.join(embeds)}<div class=buttons>{''.join(buttons)}</div></div></div>"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("question", nargs="?", default=QUESTION)
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "answer.png")
    args = parser.parse_args(argv)
    config = load_config(REPO / "config.yaml")
    engine = load_engine(config.paths.knowledge, config.paths.seeds, config.matching, check_collisions=False)
    # asker: a hashed asker token, as the bot passes it
    message = reply_for(engine.ask(args.question), engine.kb, asker="0123456789ab", ctas=())
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("render_answer: chromium is needed (apt-get install chromium)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "answer.html"
        source.write_text(page(args.question, message), encoding="utf-8")
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                f"--screenshot={args.output.resolve()}",
                "--window-size=690,570",
                source.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
