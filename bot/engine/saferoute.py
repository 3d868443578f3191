"""The safe route: what a person who discloses someone in danger is told, instead of an FAQ guess.

"My brother was arrested last week" must never get an FAQ answer picked by word overlap, and
the bot cannot help with an individual case. Such a question gets a `SafeRoute` reply: plainly,
that the bot cannot help with individual cases; not to share personal details in public
channels; and the referral contacts the campaign has vetted and configured (`safety.referrals`
in config.yaml; none are shipped). Which questions are routed here is decided by
`bot.privacy.sensitive` (`SensitiveDetector.danger`) and `bot.privacy.safety`; this module only
holds what is said, so that every front end (console, JSON, Discord) says the same.

The texts exist in English and Persian; a question in Persian script gets the Persian text.
A campaign may replace the opening message (`safety.message`, `safety.message_fa`).
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("en", "fa")

# The opening: the bot cannot help with individual cases and does not guess.
MESSAGE = {
    "en": ("I can't help with individual cases, so I won't guess an answer to this from the FAQ. "
           "If you or someone close to you is in danger, please contact an organisation that can help directly."),
    "fa": ("من نمی\u200cتوانم در پرونده\u200cهای فردی کمک کنم و برای این پیام پاسخی از پرسش\u200cهای متداول حدس "
           "نمی\u200cزنم. اگر شما یا یکی از نزدیکانتان در خطر هستید، لطفاً مستقیماً با سازمانی تماس بگیرید که "
           "می\u200cتواند کمک کند."),
}
# Always said, whatever the campaign configured.
PRIVACY = {
    "en": ("For your safety and theirs, don't share names, places or other personal details in public "
           "channels. This bot has not saved your message."),
    "fa": ("برای امنیت خودتان و دیگران، نام، مکان یا جزئیات شخصی دیگر را در کانال\u200cهای عمومی ننویسید. "
           "این ربات پیام شما را ذخیره نکرده است."),
}
CONTACTS = {"en": "Where to find help:", "fa": "از کجا کمک بگیرید:"}
# A public reply in a channel (a mention): the generic text only, never the question, never details.
PUBLIC = {
    "en": ("I can't help with individual cases here. Please don't share names or other personal details in "
           "public channels; you may want to delete your message."),
    "fa": ("من اینجا نمی\u200cتوانم در پرونده\u200cهای فردی کمک کنم. لطفاً نام یا جزئیات شخصی را در "
           "کانال\u200cهای عمومی ننویسید؛ شاید بخواهید پیامتان را پاک کنید."),
}
PUBLIC_SENT = {
    "en": "I have sent you a private message with where to find help.",
    "fa": "یک پیام خصوصی برایتان فرستادم که می\u200cگوید از کجا کمک بگیرید.",
}
PUBLIC_NOT_SENT = {
    "en": "Use `/ask` to see, privately, where to find help.",
    "fa": "با `/ask` می\u200cتوانید به\u200cصورت خصوصی ببینید از کجا کمک بگیرید.",
}


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
