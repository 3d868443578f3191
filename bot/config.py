"""Settings, read once from config.yaml into frozen, typed objects and passed explicitly.

Nothing else in the code reads config.yaml. The calibrated matching values come from the
knowledge folder's calibration file (bot/calibration_file.py), read here at the same time; a
value set by hand under `matching:` wins over it. The Discord token is deliberately not a setting: it
comes from the DISCORD_TOKEN environment variable only, so it can never be committed.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .calibration_file import CALIBRATED, CalibrationFile, calibration_path
from .engine import (
    FEATURES,
    ID_PATTERN,
    LANGUAGE_PATTERN,
    THRESHOLD_KEYS,
    Engine,
    MatchSettings,
    Referral,
    YamlSyntaxError,
    load_located,
)
from .errors import FaqbotError

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = REPO_ROOT / "config.yaml"


def default_secret_file(database: Path) -> Path:
    """Where the hashing secret lives by default: beside the database, named after it
    (data/faqbot.sqlite3 -> data/faqbot.secret)."""
    database = Path(database)
    return database.with_name(f"{database.stem}.secret")


class ConfigError(FaqbotError):
    """config.yaml is unusable; the message names the file and line."""


@dataclass(frozen=True)
class Paths:
    knowledge: Path
    seeds: Path
    database: Path


@dataclass(frozen=True)
class DatabaseSettings:
    """`database:`. Empty url: the SQLite file `paths.database` (the default). A PostgreSQL URL
    (postgresql://user:password@host/dbname) lets several bot processes share one store; the
    FAQBOT_DATABASE_URL environment variable wins over it (keep passwords out of config.yaml)."""

    url: str = ""


@dataclass(frozen=True)
class CooldownSettings:
    per_user_seconds: float = 5.0
    per_channel_seconds: float = 1.0


@dataclass(frozen=True)
class LimitSettings:
    """`limits:`, the abuse limits (bot.moderation.abuse); 0 switches a limit off. The per-person
    cooldowns are `discord.cooldowns`; these apply on top of them. Blocks and the rate caps are in
    the store and hold across every process; the cooldown hits towards an automatic block are
    counted per process (docs/scaling.md)."""

    server_questions_per_minute: int = 30  # answers per server per minute (a minute: a fixed 60-second window)
    global_questions_per_minute: int = 600  # answers per minute in all servers, every process together
    auto_block_after: int = 10  # cooldown hits within auto_block_window_seconds: a temporary block
    auto_block_window_seconds: float = 60.0
    auto_block_minutes: float = 30.0  # how long an automatic block lasts
    review_per_server_per_day: int = 50  # review-queue rows per server per day; more are dropped (and counted)
    blocks_refresh_seconds: float = 10.0  # how often the block list is read again from the store


# Features that config.yaml may switch on or off (`discord.features`). The answer buttons (show
# source, votes, delete) and the daily privacy purge are not optional.
DEFAULT_FEATURES = {
    "ask": True,
    "mention": True,
    "passive": False,
    "browse": True,
    "share": True,
    "moderation": True,
    "verify": True,
    "answer_with_faq": True,
    "forum": True,
    "settings": True,
}
# The one list of features: each is the extension bot/exts/<name> (FaqBot.extension_names).
FEATURES_KNOWN = tuple(DEFAULT_FEATURES)


@dataclass(frozen=True)
class DiscordSettings:
    guild_ids: tuple[int, ...] = ()
    # The campaign's own servers: the only ones where /faq-mod is registered and any moderator action
    # is accepted. Empty: moderation in Discord is off (the CLI moderation commands still work).
    home_guild_ids: tuple[int, ...] = ()
    moderator_role_ids: tuple[int, ...] = ()
    moderator_log_channel_id: int = 0  # 0: no moderators' log channel
    passive_channel_ids: tuple[int, ...] = ()
    passive_threshold: float = 90.0
    passive_questions_only: bool = True
    # Forum channels whose new posts (title and first message) are answered once, like passive mode.
    forum_channel_ids: tuple[int, ...] = ()
    # No effect (every bot uses automatic sharding); accepted so that older config files still load.
    sharded: bool = False
    # Several processes: the total number of shards, and the ones this process runs (0 and empty:
    # discord.py decides; see docs/scaling.md).
    shard_count: int = 0
    shard_ids: tuple[int, ...] = ()
    auto_sync: bool = True
    list_page_size: int = 10
    followup_seconds: float = 300.0  # "why?" after an answer refers to it for this long (same user, channel)
    cooldowns: CooldownSettings = field(default_factory=CooldownSettings)
    features: Mapping[str, bool] = field(default_factory=lambda: dict(DEFAULT_FEATURES))

    def feature(self, name: str) -> bool:
        return bool(self.features.get(name, DEFAULT_FEATURES.get(name, False)))


@dataclass(frozen=True)
class PrivacySettings:
    """`privacy:`. Private by default: no question text is kept unless a campaign switches it on."""

    store_unanswered_text: bool = False
    retention_days: int = 30
    secret_file: Path | None = None  # None: beside the database (default_secret_file)
    sensitive_patterns: tuple[str, ...] = ()  # extra regular expressions: questions matching one are never stored


REFERRAL_NAME_MAX = 100
REFERRAL_CONTACT_MAX = 300
REFERRAL_NOTE_MAX = 300
SAFETY_MESSAGE_MAX = 1000


@dataclass(frozen=True)
class SafetySettings:
    """`safety:`: the safe route for people at risk (bot.privacy.safety, bot.engine.saferoute).

    A question disclosing a person in danger gets no FAQ answer: it gets `message` (or the built-in
    text), the `referrals` the campaign has vetted (none are shipped), and advice not to share
    personal details in public. `patterns` are extra regular expressions routed the same way."""

    message: str = ""  # "" = the built-in English text
    message_fa: str = ""  # "" = the built-in Persian text
    referrals: tuple[Referral, ...] = ()
    patterns: tuple[str, ...] = ()


# -- outreach: calls to action, /share, scheduled posts, exports ----------------------------------

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CTA_LABEL_MAX = 80  # a Discord button label
CTA_TEXT_MAX = 280  # fits a short post on its own
CTA_URL_MAX = 512  # a Discord link button's url


@dataclass(frozen=True)
class CallToAction:
    """The campaign's own words and link (a petition, how to contact one's UN mission): never a quote."""

    id: str
    label: str
    url: str
    text: str


@dataclass(frozen=True)
class ScheduleSettings:
    """A recurring post (for example a fact of the day) of one FAQ entry to one channel."""

    name: str
    channel_id: int
    times: tuple[str, ...] = ("09:00",)
    timezone: str = "UTC"
    days: tuple[str, ...] = WEEKDAYS
    title: str = "Fact of the day"
    catch_up_minutes: int = 360


@dataclass(frozen=True)
class OutreachSettings:
    site_url: str = ""
    page_title: str = "Frequently asked questions"
    hashtags: tuple[str, ...] = ()
    calls_to_action: tuple[CallToAction, ...] = ()
    answer_ctas: tuple[str, ...] = ()
    share_cta: str = ""
    schedules: tuple[ScheduleSettings, ...] = ()
    # Corrections that follow the answer (docs/outreach.md): a digest of changed answers posted in
    # this channel (0: none), and the bot's answers posted in the last `posted_answers_days` days
    # edited to say "Updated on DATE" when their entry changes; both once the FAQ has been quiet
    # for `changelog_delay_minutes` (several edits in a row make one digest).
    changelog_channel_id: int = 0
    edit_posted_answers: bool = False
    posted_answers_days: int = 30
    changelog_delay_minutes: int = 10

    @property
    def corrections(self) -> bool:
        """Whether anything follows a change: the digest post, or the edits of posted answers."""
        return bool(self.changelog_channel_id) or self.edit_posted_answers

    @property
    def cta_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.calls_to_action)

    def cta(self, cta_id: str) -> CallToAction | None:
        return next((c for c in self.calls_to_action if c.id == cta_id), None)


@dataclass(frozen=True)
class ModerationSettings:
    """Editing the FAQ from Discord, the audit log, reloads, the review queue (`moderation:`)."""

    audit_log: Path = REPO_ROOT / "data" / "audit.sqlite3"
    watch_files: bool = True
    watch_interval_seconds: float = 5.0
    low_confidence_score: float = 85.0
    review_similarity: float = 80.0


@dataclass(frozen=True)
class Config:
    path: Path
    paths: Paths
    # What matching runs with: the defaults, then the knowledge folder's calibration file
    # (bot/calibration_file.py), then whatever config.yaml sets by hand under `matching:`.
    matching: MatchSettings
    discord: DiscordSettings = field(default_factory=DiscordSettings)
    privacy: PrivacySettings = field(default_factory=PrivacySettings)
    outreach: OutreachSettings = field(default_factory=OutreachSettings)
    moderation: ModerationSettings = field(default_factory=ModerationSettings)
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    safety: SafetySettings = field(default_factory=SafetySettings)
    limits: LimitSettings = field(default_factory=LimitSettings)
    calibration: CalibrationFile | None = None  # None: the knowledge folder has no calibration file
    matching_by_hand: Mapping[str, Any] = field(default_factory=dict)  # `matching:` as config.yaml sets it

    @property
    def secret_file(self) -> Path:
        """Where the hash secret lives when FAQBOT_HASH_SECRET is not set."""
        return self.privacy.secret_file or default_secret_file(self.paths.database)

    def with_knowledge(self, knowledge: Path | None) -> Config:
        """The same settings for another FAQ folder, with that folder's own calibration (if any)."""
        if knowledge is None:
            return self
        paths = dataclasses.replace(self.paths, knowledge=knowledge.resolve())
        calibration = load_calibration(paths.knowledge)
        return dataclasses.replace(
            self, paths=paths, calibration=calibration, matching=effective_matching(calibration, self.matching_by_hand)
        )


def effective_matching(calibration: CalibrationFile | None, by_hand: Mapping[str, Any]) -> MatchSettings:
    """Defaults < the calibration file < config.yaml: a value set by hand always wins."""
    return dataclasses.replace(MatchSettings(), **{**(calibration.values if calibration else {}), **by_hand})


def load_calibration(knowledge_dir: Path) -> CalibrationFile | None:
    """The knowledge folder's calibration file, type-checked; None when there is none."""
    path = calibration_path(knowledge_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the calibration file: {exc.strerror or exc}") from None
    try:
        located = load_located(text)
    except YamlSyntaxError as exc:
        raise ConfigError(f"{path}:{exc.line}: {exc} (run `faqbot calibrate` to write it again)") from None
    for key, line in located.duplicate_keys:
        raise ConfigError(f"{path}:{line}: '{key}' is set twice (run `faqbot calibrate` to write it again)")
    data = located.data or {}
    if not isinstance(data, dict):
        raise ConfigError(
            f"{path}:1: the calibration file must be a mapping (run `faqbot calibrate` to write it again)"
        )
    for key in data:
        if key not in {"fitted_on", "matching"}:
            raise ConfigError(f"{path}:{located.line(key)}: unknown section '{key}' in the calibration file")
    values = dict(_section(data, "matching", located, path))
    for key in values:
        if key not in CALIBRATED:
            raise ConfigError(
                f"{path}:{located.line('matching', key)}: 'matching.{key}' is not a calibrated "
                f"value (those are: {', '.join(CALIBRATED)}); set it in config.yaml"
            )
    built = _build(MatchSettings, values, ("matching",), located, path, convert=_MATCHING_CONVERT)
    _check_weights(path, located, built, values)
    fitted = _section(data, "fitted_on", located, path)
    version = fitted.get("faq_version") or ""
    sets = fitted.get("calibration_sets") or []
    settings = fitted.get("settings") or {}
    questions = fitted.get("questions") or {}
    if (
        not isinstance(version, str)
        or not isinstance(sets, list)
        or not isinstance(settings, dict)
        or not isinstance(questions, dict)
    ):
        raise ConfigError(
            f"{path}:{located.line('fitted_on')}: 'fitted_on' needs faq_version (text), "
            "calibration_sets (a list), settings (a mapping) and, optionally, questions (a mapping)"
        )
    return CalibrationFile(
        path=path,
        values={key: getattr(built, key) for key in values},
        faq_version=version,
        calibration_sets=tuple(str(s) for s in sets),
        settings=dict(settings),
        questions={str(lang): n for lang, n in questions.items() if isinstance(n, int)},
    )


def _section(data: Mapping[str, Any], name: str, located, path: Path) -> Mapping[str, Any]:
    value = data.get(name, {}) or {}
    if not isinstance(value, dict):
        raise ConfigError(f"{path}:{located.line(name)}: '{name}' must be a mapping")
    return value


def _dotted(*parts: Any) -> str:
    """A setting's name for messages: ('outreach', 'schedules', 0, 'times') -> outreach.schedules[1].times."""
    out = ""
    for part in (p for group in parts for p in (group if isinstance(group, tuple) else (group,))):
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


# Settings an earlier faqbot read, and what took their place: a config.yaml written for it fails
# to load with this instead of a bare "unknown setting".
REMOVED = {
    "matching.persian_answer_offset": (
        "Persian and Finglish questions now have thresholds of their own, fitted by `faqbot calibrate` "
        "on calibration questions tagged `lang: fa` / `lang: fa-Latn` (e.g. tests/data/calibration-fa.yaml) "
        "and kept under matching.language_thresholds in knowledge/_calibration.yaml; delete this line"
    ),
}


def _build(cls, values: Mapping[str, Any], where: tuple[Any, ...], located, path: Path, convert=None):
    """Construct dataclass `cls` from `values`, rejecting unknown keys and wrong types."""
    known = {f.name: f for f in dataclasses.fields(cls)}
    kwargs = {}
    for key, value in values.items():
        line = located.line(*where, key)
        if _dotted(where, key) in REMOVED:
            raise ConfigError(
                f"{path}:{line}: '{_dotted(where, key)}' is no longer a setting: {REMOVED[_dotted(where, key)]}"
            )
        if key not in known:
            raise ConfigError(f"{path}:{line}: unknown setting '{_dotted(where, key)}' (known: {', '.join(known)})")
        if convert and key in convert:
            try:
                value = convert[key](value)
            except (TypeError, ValueError) as exc:
                raise ConfigError(f"{path}:{line}: bad value for '{_dotted(where, key)}': {exc}") from None
        else:
            default = known[key].default
            if isinstance(default, bool):
                if not isinstance(value, bool):
                    raise ConfigError(f"{path}:{line}: '{_dotted(where, key)}' must be true or false")
            elif isinstance(default, (int, float)) and not isinstance(default, bool):
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise ConfigError(f"{path}:{line}: '{_dotted(where, key)}' must be a number")
                value = type(default)(value) if isinstance(default, float) else int(value)
            elif isinstance(default, str):
                if value is None:
                    value = ""
                elif not isinstance(value, str):
                    raise ConfigError(f"{path}:{line}: '{_dotted(where, key)}' must be text")
        kwargs[key] = value
    return cls(**kwargs)


def _ids(value: Any) -> tuple[int, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        raise ValueError("expected a list of numeric Discord ids")
    return tuple(value)


def _patterns(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError("expected a list of regular expressions")
    for i, pattern in enumerate(value, 1):
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"item {i} is not a valid regular expression: {exc}") from None
    return tuple(value)


def _model(value: Any) -> Mapping[str, float] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not all(k in FEATURES and isinstance(v, (int, float)) for k, v in value.items()):
        raise ValueError(f"expected a mapping from {', '.join(FEATURES)} to numbers")
    return {k: float(v) for k, v in value.items()}


def _language_thresholds(value: Any) -> Mapping[str, Mapping[str, float]] | None:
    """`language_thresholds`: {language code: {answer_threshold: n, suggest_threshold: n}}."""
    if value is None:
        return None
    shape = f"expected a mapping from language codes (fa, fa-Latn) to {{{', '.join(THRESHOLD_KEYS)}}} (0-100)"
    if not isinstance(value, dict):
        raise ValueError(shape)
    result = {}
    for lang, own in value.items():
        if not isinstance(lang, str) or not LANGUAGE_PATTERN.match(lang) or not isinstance(own, dict):
            raise ValueError(shape)
        for key, number in own.items():
            if key not in THRESHOLD_KEYS or isinstance(number, bool) or not isinstance(number, (int, float)):
                raise ValueError(shape)
            if not 0 <= number <= 100:
                raise ValueError(f"{lang}.{key} must be between 0 and 100, not {number}")
        result[lang] = {key: float(number) for key, number in own.items()}
    return result


_MATCHING_CONVERT = {"model_weights": _model, "language_thresholds": _language_thresholds}
# Fusion weights the ranking's bounds take as never negative (Ranker.may_answer, Ranker.first,
# engine._may_win: "at most this weight times a similarity of at most 1"); only `fusion_fuzzy`,
# which each bound handles, may count against an entry.
NON_NEGATIVE_WEIGHTS = ("fusion_learned", "fusion_phrase", "fusion_text")


def _check_weights(path: Path, located, settings: MatchSettings, keys: Iterable[str]) -> None:
    """A negative weight of NON_NEGATIVE_WEIGHTS among `keys` (those the file sets), at its line."""
    for key in keys:
        value = getattr(settings, key)
        if key in NON_NEGATIVE_WEIGHTS and value < 0:
            raise ConfigError(
                f"{path}:{located.line('matching', key)}: 'matching.{key}' must not be negative, not {value} "
                "(only fusion_fuzzy may count against an entry)"
            )


def _relative_path(base: Path, value: Any) -> Path:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("expected a file path (relative to the config file)")
    return (base / value).resolve()


def _check_ranges(path: Path, located, checks) -> None:
    for where, value, low, high in checks:
        if not low <= value <= high:
            raise ConfigError(
                f"{path}:{located.line(*where)}: '{'.'.join(where)}' must be between {low} and {high}, not {value}"
            )


def load_config(path: Path | None = None) -> Config:
    path = (path or DEFAULT_CONFIG).resolve()
    try:
        located = load_located(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from None
    except YamlSyntaxError as exc:
        raise ConfigError(f"{path}:{exc.line}: {exc}") from None
    for key, line in located.duplicate_keys:
        raise ConfigError(f"{path}:{line}: '{key}' is set twice; remove one (the second would silently win)")
    data = located.data or {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: config must be a mapping")
    for key in data:
        if key not in {
            "paths",
            "matching",
            "discord",
            "privacy",
            "outreach",
            "moderation",
            "database",
            "safety",
            "limits",
        }:
            raise ConfigError(f"{path}:{located.line(key)}: unknown section '{key}'")
    base = path.parent
    raw_paths = _section(data, "paths", located, path)
    for key in raw_paths:
        if key not in {"knowledge", "seeds", "database"}:
            raise ConfigError(f"{path}:{located.line('paths', key)}: unknown setting 'paths.{key}'")
    paths = Paths(
        knowledge=(base / str(raw_paths.get("knowledge", "knowledge"))).resolve(),
        seeds=(base / str(raw_paths.get("seeds", "seeds"))).resolve(),
        database=(base / str(raw_paths.get("database", "data/faqbot.sqlite3"))).resolve(),
    )
    raw_matching = _section(data, "matching", located, path)
    by_hand = _build(MatchSettings, raw_matching, ("matching",), located, path, convert=_MATCHING_CONVERT)
    _check_weights(path, located, by_hand, raw_matching)
    matching_by_hand = {key: getattr(by_hand, key) for key in raw_matching}
    calibration = load_calibration(paths.knowledge)
    matching = effective_matching(calibration, matching_by_hand)
    raw_discord = dict(_section(data, "discord", located, path))
    raw_cooldowns = raw_discord.pop("cooldowns", {}) or {}
    if not isinstance(raw_cooldowns, dict):
        raise ConfigError(f"{path}:{located.line('discord', 'cooldowns')}: 'discord.cooldowns' must be a mapping")
    cooldowns = _build(CooldownSettings, raw_cooldowns, ("discord", "cooldowns"), located, path)
    features = raw_discord.pop("features", None)
    discord = _build(
        DiscordSettings,
        raw_discord,
        ("discord",),
        located,
        path,
        convert={
            "guild_ids": _ids,
            "home_guild_ids": _ids,
            "moderator_role_ids": _ids,
            "passive_channel_ids": _ids,
            "forum_channel_ids": _ids,
            "shard_ids": _ids,
        },
    )
    _check_shards(path, located, discord)
    database = _build(
        DatabaseSettings,
        _section(data, "database", located, path),
        ("database",),
        located,
        path,
        convert={"url": _database_url},
    )
    extra: dict[str, Any] = {"cooldowns": cooldowns}
    if features is not None:
        if not isinstance(features, dict) or not all(isinstance(v, bool) for v in features.values()):
            raise ConfigError(
                f"{path}:{located.line('discord', 'features')}: 'discord.features' maps feature names to true/false"
            )
        for name in features:
            if name not in FEATURES_KNOWN:
                raise ConfigError(
                    f"{path}:{located.line('discord', 'features', name)}: unknown feature "
                    f"'discord.features.{name}' (known: {', '.join(FEATURES_KNOWN)})"
                )
        extra["features"] = {**DEFAULT_FEATURES, **features}
    discord = dataclasses.replace(discord, **extra)
    privacy = _build(
        PrivacySettings,
        _section(data, "privacy", located, path),
        ("privacy",),
        located,
        path,
        convert={
            "secret_file": lambda value: None if value in (None, "") else _relative_path(base, value),
            "sensitive_patterns": _patterns,
        },
    )
    raw_moderation = {"audit_log": "data/audit.sqlite3", **_section(data, "moderation", located, path)}
    moderation = _build(
        ModerationSettings,
        raw_moderation,
        ("moderation",),
        located,
        path,
        convert={"audit_log": lambda value: _relative_path(base, value)},
    )
    _check_ranges(
        path,
        located,
        [
            (("discord", "passive_threshold"), discord.passive_threshold, 0, 100),
            (("discord", "list_page_size"), discord.list_page_size, 1, 25),
            (("discord", "followup_seconds"), discord.followup_seconds, 0, 3600),
            (("discord", "cooldowns", "per_user_seconds"), cooldowns.per_user_seconds, 0, 3600),
            (("discord", "cooldowns", "per_channel_seconds"), cooldowns.per_channel_seconds, 0, 3600),
            (("privacy", "retention_days"), privacy.retention_days, 1, 3650),
            (("discord", "moderator_log_channel_id"), discord.moderator_log_channel_id, 0, 2**64 - 1),
            (("moderation", "watch_interval_seconds"), moderation.watch_interval_seconds, 1, 3600),
            (("moderation", "low_confidence_score"), moderation.low_confidence_score, 0, 100),
            (("moderation", "review_similarity"), moderation.review_similarity, 1, 100),
        ],
    )
    limits = _build(LimitSettings, _section(data, "limits", located, path), ("limits",), located, path)
    _check_ranges(
        path,
        located,
        [
            (("limits", "server_questions_per_minute"), limits.server_questions_per_minute, 0, 100_000),
            (("limits", "global_questions_per_minute"), limits.global_questions_per_minute, 0, 1_000_000),
            (("limits", "auto_block_after"), limits.auto_block_after, 0, 10_000),
            (("limits", "auto_block_window_seconds"), limits.auto_block_window_seconds, 1, 86_400),
            (("limits", "auto_block_minutes"), limits.auto_block_minutes, 1, 525_600),
            (("limits", "review_per_server_per_day"), limits.review_per_server_per_day, 0, 1_000_000),
            (("limits", "blocks_refresh_seconds"), limits.blocks_refresh_seconds, 1, 3600),
        ],
    )
    outreach = _outreach(_section(data, "outreach", located, path), located, path)
    safety = _safety(_section(data, "safety", located, path), located, path)
    return Config(
        path=path,
        paths=paths,
        matching=matching,
        discord=discord,
        privacy=privacy,
        outreach=outreach,
        moderation=moderation,
        database=database,
        safety=safety,
        limits=limits,
        calibration=calibration,
        matching_by_hand=matching_by_hand,
    )


def _database_url(value: Any) -> str:
    if value in (None, ""):
        return ""
    if not isinstance(value, str) or not value.strip().lower().startswith(("postgresql://", "postgres://")):
        raise ValueError(
            "expected a PostgreSQL URL (postgresql://user:password@host/dbname), "
            "or nothing for the SQLite file paths.database"
        )
    return value.strip()


def _check_shards(path: Path, located, discord: DiscordSettings) -> None:
    count, ids = discord.shard_count, discord.shard_ids
    if count < 0:
        raise ConfigError(
            f"{path}:{located.line('discord', 'shard_count')}: 'discord.shard_count' must be 0 "
            f"(Discord decides) or more, not {count}"
        )
    if ids and not count:
        raise ConfigError(
            f"{path}:{located.line('discord', 'shard_ids')}: 'discord.shard_ids' needs "
            "'discord.shard_count' (the total number of shards across all processes)"
        )
    for shard in ids:
        if not 0 <= shard < count:
            raise ConfigError(
                f"{path}:{located.line('discord', 'shard_ids')}: shard id {shard} is outside "
                f"0..{count - 1} (discord.shard_count is {count})"
            )
    if len(set(ids)) != len(ids):
        raise ConfigError(f"{path}:{located.line('discord', 'shard_ids')}: 'discord.shard_ids' lists a shard twice")


def _text_setting(limit: int, *, empty_ok: bool = False):
    def convert(value: Any) -> str:
        if value is None and empty_ok:
            return ""
        if not isinstance(value, str):
            raise ValueError("expected text")
        text = " ".join(value.split())
        if not text and not empty_ok:
            raise ValueError("must not be empty")
        if len(text) > limit:
            raise ValueError(f"at most {limit} characters, not {len(text)}")
        return text

    return convert


def _url(value: Any, *, empty_ok: bool = False) -> str:
    if (value is None or value == "") and empty_ok:
        return ""
    if not isinstance(value, str) or not re.match(r"^https?://[^\s/?#]+\.[^\s/?#]+(/\S*)?$", value):
        raise ValueError("expected a web address starting with https:// (or http://)")
    if len(value) > CTA_URL_MAX:
        raise ValueError(f"at most {CTA_URL_MAX} characters")
    return value


def _site_url(value: Any) -> str:
    url = _url(value, empty_ok=True)
    if "#" in url:
        raise ValueError("give the page address without a '#' part: entry anchors are added to it")
    return url


def _strings(pattern: re.Pattern[str], what: str):
    def convert(value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and pattern.match(v) for v in value):
            raise ValueError(f"expected a list of {what}")
        if len(set(value)) != len(value):
            raise ValueError("an item is listed twice")
        return tuple(value)

    return convert


def _times(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    times = _strings(re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$"), 'times of day such as "09:00" (24-hour)')(value)
    if not times:
        raise ValueError("give at least one time of day")
    return tuple(sorted(times))


def _timezone(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError("expected a time zone name such as Europe/Berlin or UTC")
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone '{value}' (use a name such as Europe/Berlin or UTC)") from None
    return value


def _days(value: Any) -> tuple[str, ...]:
    days = _strings(re.compile(rf"^({'|'.join(WEEKDAYS)})$"), f"weekdays ({', '.join(WEEKDAYS)})")(value)
    if not days:
        raise ValueError("give at least one weekday")
    return tuple(d for d in WEEKDAYS if d in days)


def _channel_id(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError("expected a numeric Discord channel id")
    return value


def _items(value: Any, key: str, located, path: Path) -> list[tuple[int, Mapping[str, Any]]]:
    if value is None:
        return []
    where = ("outreach", key)
    if not isinstance(value, list):
        raise ConfigError(f"{path}:{located.line(*where)}: 'outreach.{key}' must be a list")
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise ConfigError(f"{path}:{located.line(*where, i)}: 'outreach.{key}' item {i + 1} must be a mapping")
    return list(enumerate(value))


def _required(cls, item: Mapping[str, Any], where: tuple[Any, ...], located, path: Path) -> None:
    for f in dataclasses.fields(cls):
        if f.default is dataclasses.MISSING and f.name not in item:
            raise ConfigError(f"{path}:{located.line(*where)}: '{_dotted(where)}' needs '{f.name}'")


def _outreach(raw: Mapping[str, Any], located, path: Path) -> OutreachSettings:
    raw = dict(raw)
    ctas: list[CallToAction] = []
    for i, item in _items(raw.pop("calls_to_action", None), "calls_to_action", located, path):
        where = ("outreach", "calls_to_action", i)
        _required(CallToAction, item, where, located, path)
        cta = _build(
            CallToAction,
            item,
            where,
            located,
            path,
            convert={
                "id": _one_id,
                "label": _text_setting(CTA_LABEL_MAX),
                "url": _url,
                "text": _text_setting(CTA_TEXT_MAX),
            },
        )
        if any(c.id == cta.id for c in ctas):
            raise ConfigError(f"{path}:{located.line(*where, 'id')}: call to action id '{cta.id}' is used twice")
        ctas.append(cta)
    schedules: list[ScheduleSettings] = []
    for i, item in _items(raw.pop("schedules", None), "schedules", located, path):
        where = ("outreach", "schedules", i)
        _required(ScheduleSettings, item, where, located, path)
        schedule = _build(
            ScheduleSettings,
            item,
            where,
            located,
            path,
            convert={
                "name": _one_id,
                "channel_id": _channel_id,
                "times": _times,
                "timezone": _timezone,
                "days": _days,
                "title": _text_setting(100),
            },
        )
        if any(s.name == schedule.name for s in schedules):
            raise ConfigError(f"{path}:{located.line(*where, 'name')}: schedule name '{schedule.name}' is used twice")
        if not 0 <= schedule.catch_up_minutes <= 1440:
            raise ConfigError(
                f"{path}:{located.line(*where, 'catch_up_minutes')}: "
                f"'catch_up_minutes' must be between 0 and 1440, not {schedule.catch_up_minutes}"
            )
        schedules.append(schedule)
    settings = _build(
        OutreachSettings,
        raw,
        ("outreach",),
        located,
        path,
        convert={
            "site_url": _site_url,
            "page_title": _text_setting(200),
            "hashtags": _strings(re.compile(r"^#[^\s#]{1,100}$"), 'hashtags such as "#HumanRights"'),
            "answer_ctas": _strings(ID_PATTERN, "call to action ids"),
            "share_cta": lambda v: "" if v in (None, "") else _one_id(v),
            "changelog_channel_id": lambda v: 0 if v in (None, 0) else _channel_id(v),
            "posted_answers_days": _whole_number(1, 365),
            "changelog_delay_minutes": _whole_number(0, 1440),
        },
    )
    known = {c.id for c in ctas}
    names = ", ".join(sorted(known)) or "none"
    for i, cta_id in enumerate(settings.answer_ctas):
        if cta_id not in known:
            raise ConfigError(
                f"{path}:{located.line('outreach', 'answer_ctas', i)}: unknown call to action "
                f"'{cta_id}' in 'outreach.answer_ctas' (known: {names})"
            )
    if settings.share_cta and settings.share_cta not in known:
        raise ConfigError(
            f"{path}:{located.line('outreach', 'share_cta')}: unknown call to action "
            f"'{settings.share_cta}' in 'outreach.share_cta' (known: {names})"
        )
    return dataclasses.replace(settings, calls_to_action=tuple(ctas), schedules=tuple(schedules))


def _whole_number(low: int, high: int):
    def convert(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValueError(f"expected a whole number from {low} to {high}")
        return value

    return convert


def _one_id(value: Any) -> str:
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise ValueError("expected an id: lowercase letters, digits and '-'")
    return value


def _safety(raw: Mapping[str, Any], located, path: Path) -> SafetySettings:
    raw = dict(raw)
    items = raw.pop("referrals", None) or []
    if not isinstance(items, list):
        raise ConfigError(f"{path}:{located.line('safety', 'referrals')}: 'safety.referrals' must be a list")
    referrals = []
    for i, item in enumerate(items):
        where = ("safety", "referrals", i)
        if not isinstance(item, dict):
            raise ConfigError(
                f"{path}:{located.line(*where)}: '{_dotted(where)}' must be a mapping "
                "with name, contact and (optionally) note"
            )
        _required(Referral, item, where, located, path)
        referrals.append(
            _build(
                Referral,
                item,
                where,
                located,
                path,
                convert={
                    "name": _text_setting(REFERRAL_NAME_MAX),
                    "contact": _text_setting(REFERRAL_CONTACT_MAX),
                    "note": _text_setting(REFERRAL_NOTE_MAX, empty_ok=True),
                },
            )
        )
    settings = _build(
        SafetySettings,
        raw,
        ("safety",),
        located,
        path,
        convert={
            "message": _text_setting(SAFETY_MESSAGE_MAX, empty_ok=True),
            "message_fa": _text_setting(SAFETY_MESSAGE_MAX, empty_ok=True),
            "patterns": _patterns,
        },
    )
    return dataclasses.replace(settings, referrals=tuple(referrals))


def load_faq(config: Config, *, read_only: bool = False, serving: bool = False) -> Engine:
    """The FAQ this configuration serves, checked (KnowledgeError lists every problem).

    `serving` (the bot's start): phrasings that collide are logged as errors, each with its file
    and line, and the FAQ is served anyway (bot.engine's `validate`, `serve_collisions`: an edit
    accepted can make two untouched entries' phrasings collide through the word weights it moves,
    and must not stop the bot serving the FAQ); `faqbot validate` and `faqbot doctor` show them.

    `read_only` (a command that only answers: ask, chat, list, eval) skips the collision check,
    the slowest part of loading, which matters for editing the FAQ (validate, calibrate, the bot
    and every edit still run it), and keeps the built index in `data/cache/` beside the database
    (safe to delete; rebuilt when the FAQ, the settings or the engine change)."""
    return Engine.load(
        config.paths.knowledge,
        config.paths.seeds,
        config.matching,
        cta_ids=config.outreach.cta_ids,
        check_collisions=not read_only,
        cache_dir=config.paths.database.parent / "cache" if read_only else None,
        on_collisions=_log_collisions if serving and not read_only else None,
    )


def _log_collisions(problems: list) -> None:
    log = logging.getLogger("bot.faq")
    log.error(
        "serving the FAQ with %d phrasing collision(s) (an edit's word weights can make untouched "
        "phrasings collide); reword them (faqbot validate lists them):",
        len(problems),
    )
    for problem in problems:
        log.error("%s", problem)
