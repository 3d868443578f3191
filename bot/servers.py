"""Per-server settings: what each server's own admins may choose with /faq-settings, and how.

A server's *effective* settings are its own choices (stored by server id, bot.store
`ServerSettings`, None = not chosen) over the defaults in config.yaml:

| setting              | the server may choose                   | default (config.yaml)                    |
|----------------------|-----------------------------------------|------------------------------------------|
| passive channels     | channels of its own where passive mode answers | `discord.passive_channel_ids`     |
| fact of the day      | a channel of its own and a time, HH:MM UTC | none (off); time `DEFAULT_FACT_TIME`  |
| reply language       | `auto` (the question's), `en` or `fa`   | `auto`                                   |
| calls to action      | shown or hidden                         | shown (`outreach.answer_ctas`, entries') |
| question-text storage| opted out                               | `privacy.store_unanswered_text`          |

Nothing here can change the FAQ, the matching, the safety route or anything of another server:
every change names the server it is made in, and a channel must be one of that server's own
(`check_channel`: the Discord layer passes the ids of the server's channels). A server can only
store *less* than the operator allows: opting out of question-text storage is its one privacy
choice; it can never switch storage on. Plain Python, no Discord: the cog (bot.exts.settings)
turns Discord objects into ids, and these rules are unit-tested without it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection
from dataclasses import dataclass

from .config import WEEKDAYS, Config, ScheduleSettings
from .errors import FaqbotError
from .store import ServerSettings

LANGUAGES = ("auto", "en", "fa")
LANGUAGE_NAMES = {"auto": "the language of the question", "en": "English", "fa": "Persian (فارسی)"}
DEFAULT_FACT_TIME = "09:00"
FACT_TITLE = "Fact of the day"
FACT_SCHEDULE_PREFIX = "server-"  # a server's fact of the day is the schedule "server-<guild id>"
MAX_PASSIVE_CHANNELS = 25  # a server's own passive channels (enough for any server; bounds /faq-settings show)

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class SettingError(FaqbotError):
    """A setting a server admin asked for that cannot be taken (said to them as is)."""


@dataclass(frozen=True)
class Effective:
    """A server's settings as the bot applies them; `own` names the ones the server chose itself."""

    guild_id: int | None
    passive_channel_ids: tuple[int, ...]
    fact_channel_id: int  # 0 = no fact of the day
    fact_time: str
    language: str
    show_ctas: bool
    store_question_text: bool
    own: frozenset[str] = frozenset()

    @property
    def forced_language(self) -> str | None:
        """ "en" or "fa" when replies are in that language whatever the question's; None for auto."""
        return None if self.language == "auto" else self.language


def effective(config: Config, stored: ServerSettings | None) -> Effective:
    """A server's own choices over the config.yaml defaults (`stored` None: a DM, or no choice)."""
    s = stored or ServerSettings(0)
    own = frozenset(f.name for f in dataclasses.fields(s) if f.name != "guild_id" and getattr(s, f.name) is not None)

    def pick(value, default):
        return default if value is None else value

    return Effective(
        guild_id=stored.guild_id if stored is not None else None,
        passive_channel_ids=pick(s.passive_channel_ids, tuple(config.discord.passive_channel_ids)),
        fact_channel_id=pick(s.fact_channel_id, 0),
        fact_time=pick(s.fact_time, DEFAULT_FACT_TIME),
        language=pick(s.language, "auto"),
        show_ctas=pick(s.show_ctas, True),
        # A server can only opt out: never store text the operator's setting does not allow.
        store_question_text=config.privacy.store_unanswered_text and pick(s.store_question_text, True),
        own=own,
    )


# -- checks of what an admin asks for -------------------------------------------------------------


def parse_time(text: str) -> str:
    """ "9:05" -> "09:05"; a time of day in 24-hour HH:MM (UTC), else SettingError."""
    match = _TIME.match((text or "").strip())
    if match is None:
        raise SettingError(f"'{_short(text)}' is not a time: use 24-hour HH:MM in UTC, for example 09:00 or 18:30")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def check_language(value: str) -> str:
    value = (value or "").strip().lower()
    if value not in LANGUAGES:
        raise SettingError(f"'{_short(value)}' is not a reply language: use one of {', '.join(LANGUAGES)}")
    return value


def check_channel(channel_id: int, server_channels: Collection[int]) -> int:
    """A channel of this server (its ids come from Discord), else SettingError: no server can point
    the bot at another server's channel."""
    if int(channel_id) not in server_channels:
        raise SettingError("that channel is not one of this server's channels")
    return int(channel_id)


def _short(text: object) -> str:
    """Part of what someone typed, fit to quote back: one line, at most 40 characters."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= 40 else flat[:39] + "…"


# -- changes: each returns the new stored settings of one server ------------------------------------


def set_passive(
    config: Config, stored: ServerSettings, channel_id: int, on: bool, server_channels: Collection[int]
) -> ServerSettings:
    """Passive mode on or off in one of the server's channels. The first change starts from the
    config.yaml channels that are in this server; from then on the server's own list is used."""
    channel_id = check_channel(channel_id, server_channels)
    current = stored.passive_channel_ids
    if current is None:
        current = tuple(c for c in config.discord.passive_channel_ids if c in server_channels)
    channels = [c for c in current if c != channel_id]
    if on:
        if len(channels) >= MAX_PASSIVE_CHANNELS:
            raise SettingError(f"a server can have at most {MAX_PASSIVE_CHANNELS} passive channels")
        channels.append(channel_id)
    return dataclasses.replace(stored, passive_channel_ids=tuple(channels))


def set_fact(
    stored: ServerSettings, server_channels: Collection[int], *, channel_id: int | None, time: str | None
) -> ServerSettings:
    """The fact of the day in one of the server's channels (`channel_id` 0: off), at `time` (UTC)."""
    changes: dict[str, object] = {}
    if time is not None:
        changes["fact_time"] = parse_time(time)
    if channel_id is not None:
        changes["fact_channel_id"] = 0 if channel_id == 0 else check_channel(channel_id, server_channels)
    if not changes:
        raise SettingError("give a channel, a time, or both")
    return dataclasses.replace(stored, **changes)  # type: ignore[arg-type]


def set_language(stored: ServerSettings, language: str) -> ServerSettings:
    return dataclasses.replace(stored, language=check_language(language))


def set_ctas(stored: ServerSettings, shown: bool) -> ServerSettings:
    return dataclasses.replace(stored, show_ctas=bool(shown))


def set_question_text(stored: ServerSettings, keep: bool) -> ServerSettings:
    """`keep=False` opts the server out of question-text storage; True goes back to the default
    (the operator's `privacy.store_unanswered_text`: a server can never switch storage on)."""
    return dataclasses.replace(stored, store_question_text=None if keep else False)


def reset(stored: ServerSettings) -> ServerSettings:
    return ServerSettings(stored.guild_id)


# -- what the features read ---------------------------------------------------------------------


def fact_schedule(settings: Effective) -> ScheduleSettings | None:
    """A server's fact of the day as a schedule (the scheduled-post loop posts it, claimed in the
    store like every scheduled post), or None when the server has none."""
    if settings.guild_id is None or not settings.fact_channel_id:
        return None
    return ScheduleSettings(
        name=f"{FACT_SCHEDULE_PREFIX}{settings.guild_id}",
        channel_id=settings.fact_channel_id,
        times=(settings.fact_time,),
        timezone="UTC",
        days=WEEKDAYS,
        title=FACT_TITLE,
    )


def fact_guild(schedule_name: str) -> int | None:
    """The server whose fact of the day `schedule_name` is; None for a config.yaml schedule."""
    if schedule_name.startswith(FACT_SCHEDULE_PREFIX):
        rest = schedule_name[len(FACT_SCHEDULE_PREFIX) :]
        if rest.isdigit():
            return int(rest)
    return None


def describe(settings: Effective, *, passive_on: bool, privacy_allows_text: bool) -> list[tuple[str, str]]:
    """(setting, value) lines of /faq-settings show, each marked as the server's own or the default."""

    def mark(*names: str) -> str:
        return " (set here)" if any(n in settings.own for n in names) else " (default)"

    channels = ", ".join(f"<#{c}>" for c in settings.passive_channel_ids) or "none"
    if not passive_on:
        channels += " (passive mode is switched off for this bot by its operator)"
    fact = f"<#{settings.fact_channel_id}> at {settings.fact_time} UTC" if settings.fact_channel_id else "off"
    if settings.store_question_text:
        text = "kept for the review queue (no names or ids, deleted after the retention period)"
    elif privacy_allows_text:
        text = "never kept from this server"
    else:
        text = "never kept (the bot's operator keeps none from any server)"
    return [
        ("Passive channels", channels + mark("passive_channel_ids")),
        ("Fact of the day", fact + mark("fact_channel_id", "fact_time")),
        ("Reply language", LANGUAGE_NAMES[settings.language] + mark("language")),
        ("Calls to action", ("shown" if settings.show_ctas else "hidden") + mark("show_ctas")),
        ("Question text", text + mark("store_question_text")),
    ]
