"""Which calls to action go with an entry: the entry's own (`cta:` in its file) and the config's.

Calls to action are the campaign's own words (config.yaml `outreach.calls_to_action`); every
front end shows them labelled as such, apart from the sourced quotes, never as a quote.
"""

from __future__ import annotations

import logging

from ..config import CallToAction, OutreachSettings
from ..engine import MAX_CTAS, Entry

log = logging.getLogger(__name__)


def _resolve(ids, outreach: OutreachSettings, entry_id: str) -> list[CallToAction]:
    found = []
    for cta_id in dict.fromkeys(ids):
        cta = outreach.cta(cta_id)
        if cta is None:  # `faqbot validate` and the bot's start refuse this; a test-built FAQ may not
            log.warning("entry %s asks for unknown call to action %s; left out", entry_id, cta_id)
            continue
        found.append(cta)
    return found


def answer_ctas(entry: Entry, outreach: OutreachSettings) -> tuple[CallToAction, ...]:
    """Under an answer: the entry's own calls to action first, then those for every answer."""
    return tuple(_resolve([*entry.cta, *outreach.answer_ctas], outreach, entry.id)[:MAX_CTAS])


def share_cta(entry: Entry, outreach: OutreachSettings) -> CallToAction | None:
    """In a /share text: the entry's first call to action, else `outreach.share_cta`, else none."""
    ids = [*entry.cta, *([outreach.share_cta] if outreach.share_cta else [])]
    found = _resolve(ids, outreach, entry.id)
    return found[0] if found else None


def entry_ctas(entry: Entry, outreach: OutreachSettings) -> tuple[CallToAction, ...]:
    """The calls to action the entry itself asks for (exports list the general ones once, on top)."""
    return tuple(_resolve(entry.cta, outreach, entry.id))


def entry_url(outreach: OutreachSettings, entry_id: str) -> str | None:
    """The public address of one answer on the exported page, if `outreach.site_url` is set."""
    return f"{outreach.site_url}#{entry_id}" if outreach.site_url else None
