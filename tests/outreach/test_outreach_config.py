"""config.yaml's outreach: section: every key documented with its default; mistakes named with file:line."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from bot.config import CallToAction, ConfigError, OutreachSettings, ScheduleSettings, load_config

REPO = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_shipped_config_documents_every_outreach_key_with_its_default():
    text = (REPO / "config.yaml").read_text(encoding="utf-8")
    section = text[text.index("\noutreach:") :]
    keys = [
        *(f for f in OutreachSettings.__dataclass_fields__),
        *CallToAction.__dataclass_fields__,
        *ScheduleSettings.__dataclass_fields__,
    ]
    for key in keys:
        line = re.search(rf"^\s*#?\s*(- )?{key}:.*#.*$", section, re.MULTILINE)
        assert line, f"outreach key '{key}' is not documented in config.yaml"
    assert load_config(REPO / "config.yaml").outreach == OutreachSettings()  # shipped values are the defaults
    defaults = ScheduleSettings(name="x", channel_id=1)
    for key in ("times", "timezone", "days", "title", "catch_up_minutes"):
        documented = re.search(rf"^\s*#\s*{key}:\s*(.+?)\s+#", section, re.MULTILINE).group(1)
        value = getattr(defaults, key)
        shown = {"times": '["09:00"]', "days": "[" + ", ".join(defaults.days) + "]"}.get(key, str(value))
        assert documented == shown, key


def test_a_full_outreach_section_loads(tmp_path):
    config = load_config(
        write(
            tmp_path,
            """\
        outreach:
          site_url: https://example.org/faq.html
          hashtags: ["#Iran", "#HumanRights"]
          calls_to_action:
            - id: petition
              label: Sign the petition
              url: https://example.org/petition
              text: >-
                Ask UN member states to keep
                Iran's record under scrutiny.
          answer_ctas: [petition]
          share_cta: petition
          schedules:
            - name: fact-of-the-day
              channel_id: 123456789012345678
              times: "18:30"
              timezone: Asia/Tehran
              days: [sun, fri]
        """,
        )
    )
    o = config.outreach
    assert o.cta("petition") == CallToAction(
        "petition",
        "Sign the petition",
        "https://example.org/petition",
        "Ask UN member states to keep Iran's record under scrutiny.",
    )
    assert o.cta_ids == ("petition",) and o.answer_ctas == ("petition",) and o.share_cta == "petition"
    assert o.schedules == (
        ScheduleSettings("fact-of-the-day", 123456789012345678, ("18:30",), "Asia/Tehran", ("fri", "sun")),
    )


CTA = (
    "outreach:\n  calls_to_action:\n    - id: petition\n      label: Sign\n      url: https://example.org/p\n"
    "      text: Sign it.\n"
)


@pytest.mark.parametrize(
    "body, message",
    [
        ("outreach:\n  site_url: example.org\n", r"config.yaml:2: bad value for 'outreach.site_url'"),
        (
            "outreach:\n  site_url: https://example.org/faq#top\n",
            r":2: bad value for 'outreach.site_url': give the page",
        ),
        ("outreach:\n  hashtag: []\n", r"config.yaml:2: unknown setting 'outreach.hashtag'"),
        ("outreach:\n  hashtags: [Iran]\n", r"config.yaml:2: bad value for 'outreach.hashtags'"),
        ("outreach:\n  calls_to_action: {}\n", r"config.yaml:2: 'outreach.calls_to_action' must be a list"),
        ("outreach:\n  calls_to_action:\n    - id: petition\n      label: Sign\n", r"config.yaml:3: .*needs 'url'"),
        (
            CTA.replace("label: Sign", "label: " + "x" * 81),
            r"config.yaml:4: bad value for 'outreach.calls_to_action\[1\].label'",
        ),
        (CTA.replace("https://example.org/p", "javascript:alert(1)"), r"config.yaml:5: bad value for .*url"),
        (CTA.replace("Sign it.", "x" * 281), r"config.yaml:6: bad value for .*text.*at most 280"),
        (CTA.replace("id: petition", "id: Petition!"), r"config.yaml:3: bad value for .*\.id"),
        (CTA + "      colour: red\n", r"config.yaml:7: unknown setting 'outreach.calls_to_action\[1\].colour'"),
        (
            CTA + "    - id: petition\n      label: A\n      url: https://example.org/q\n      text: B\n",
            r"config.yaml:7: call to action id 'petition' is used twice",
        ),
        (CTA + "  answer_ctas: [petition, donate]\n", r"config.yaml:7: unknown call to action 'donate'"),
        (CTA + "  share_cta: donate\n", r"config.yaml:7: unknown call to action 'donate' in 'outreach.share_cta'"),
        ("outreach:\n  schedules:\n    - name: fact\n", r"config.yaml:3: .*needs 'channel_id'"),
        (
            "outreach:\n  schedules:\n    - {name: fact, channel_id: 1, timezone: Mars/Olympus}\n",
            r"config.yaml:3: bad value for 'outreach.schedules\[1\].timezone': unknown time zone",
        ),
        (
            "outreach:\n  schedules:\n    - name: fact\n      channel_id: 1\n      times: ['9am']\n",
            r"config.yaml:5: bad value for 'outreach.schedules\[1\].times'",
        ),
        (
            "outreach:\n  schedules:\n    - name: fact\n      channel_id: 1\n      days: [monday]\n",
            r"config.yaml:5: bad value for 'outreach.schedules\[1\].days'",
        ),
        (
            "outreach:\n  schedules:\n    - name: fact\n      channel_id: 1\n      catch_up_minutes: 5000\n",
            r"config.yaml:5: 'catch_up_minutes' must be between 0 and 1440",
        ),
        (
            "outreach:\n  schedules:\n    - {name: fact, channel_id: 1}\n    - {name: fact, channel_id: 2}\n",
            r"config.yaml:4: schedule name 'fact' is used twice",
        ),
        (
            "outreach:\n  schedules:\n    - {name: fact, channel_id: '#general'}\n",
            r"config.yaml:3: bad value for .*channel_id",
        ),
    ],
)
def test_mistakes_are_named_with_file_and_line(tmp_path, body, message):
    with pytest.raises(ConfigError, match=message):
        load_config(write(tmp_path, body))
