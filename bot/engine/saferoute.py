"""The safe route: what a person who discloses someone in danger is told, instead of an FAQ guess.

"My brother was arrested last week" must never get an FAQ answer picked by word overlap, and
the bot cannot help with an individual case. Such a question gets a `SafeRoute` reply: plainly,
that the bot cannot help with individual cases; not to share personal details in public
channels; and the referral contacts the campaign has vetted and configured (`safety.referrals`
in config.yaml; none are shipped). Which questions are routed here is decided by
`bot.privacy.sensitive` (`SensitiveDetector.danger`) and `bot.privacy.safety`; this module only
holds what is said, so that every front end (console, JSON, Discord) says the same.

The texts are in the catalogue (bot.engine.i18n), in English and Persian; a question in Persian
(script or Finglish) gets the Persian text.
A campaign may replace the opening message (`safety.message`, `safety.message_fa`).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import i18n

LANGUAGES = (i18n.EN, i18n.FA)


def _texts(key: str) -> dict[str, str]:
    return {lang: i18n.t(key, lang) for lang in LANGUAGES}


# The texts, from the catalogue (bot.engine.i18n), by language.
MESSAGE = _texts("safe_route_message")  # the bot cannot help with individual cases and does not guess
PRIVACY = _texts("safe_route_privacy")  # always said, whatever the campaign configured
CONTACTS = _texts("safe_route_contacts")
# A public reply in a channel (a mention): the generic text only, never the question, never details.
PUBLIC = _texts("safe_route_public")
PUBLIC_SENT = _texts("safe_route_sent")
PUBLIC_NOT_SENT = _texts("safe_route_not_sent")


@dataclass(frozen=True)
class Referral:
    """One vetted contact a campaign gives people at risk (`safety.referrals`)."""

    name: str
    contact: str  # a web address, an e-mail address, a phone number or a handle: shown as written
    note: str = ""  # e.g. opening hours, languages spoken, "confidential"

    def line(self) -> str:
        return f"{self.name}: {self.contact}" + (f" ({self.note})" if self.note else "")


@dataclass(frozen=True)
class SafeRoute:
    """What a person at risk is told (see the module docstring)."""

    language: str  # "en" or "fa"
    message: str
    referrals: tuple[Referral, ...] = ()

    @property
    def privacy(self) -> str:
        return PRIVACY[self.language]

    @property
    def contacts_heading(self) -> str:
        return CONTACTS[self.language]

    def public(self, *, sent_privately: bool) -> str:
        """The short reply that may be posted in a channel: generic, no contacts, no quote."""
        return f"{PUBLIC[self.language]} {(PUBLIC_SENT if sent_privately else PUBLIC_NOT_SENT)[self.language]}"

    def text(self) -> str:
        """Plain text (console, logs of nothing personal): message, contacts, privacy advice."""
        lines = [self.message]
        if self.referrals:
            lines += ["", self.contacts_heading, *(f"  \u2022 {r.line()}" for r in self.referrals)]
        lines += ["", self.privacy]
        return "\n".join(lines)
