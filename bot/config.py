"""Settings, read once from config.yaml into frozen, typed objects and passed explicitly.

Nothing else in the code reads config.yaml. The Discord token is deliberately not a setting: it
comes from the DISCORD_TOKEN environment variable only, so it can never be committed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from .engine.matcher import FEATURES, MatchSettings
from .engine.yamlfile import YamlSyntaxError, load_located

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = REPO_ROOT / "config.yaml"


class ConfigError(Exception):
    """config.yaml is unusable; the message names the file and line."""


@dataclass(frozen=True)
class Paths:
    knowledge: Path
    seeds: Path
    database: Path


@dataclass(frozen=True)
class CooldownSettings:
    per_user_seconds: float = 5.0
    per_channel_seconds: float = 1.0


# Features that config.yaml may switch on or off (`discord.features`). The answer buttons (show
# source, votes, delete) and the daily privacy purge are not optional.
FEATURES_KNOWN = ("ask", "mention", "passive", "browse")
DEFAULT_FEATURES = {"ask": True, "mention": True, "passive": False, "browse": True}


@dataclass(frozen=True)
class DiscordSettings:
    guild_ids: tuple[int, ...] = ()
    moderator_role_ids: tuple[int, ...] = ()
    passive_channel_ids: tuple[int, ...] = ()
    passive_threshold: float = 90.0
    passive_questions_only: bool = True
    sharded: bool = False
    auto_sync: bool = True
    list_page_size: int = 10
    cooldowns: CooldownSettings = field(default_factory=CooldownSettings)
    features: Mapping[str, bool] = field(default_factory=lambda: dict(DEFAULT_FEATURES))

    def feature(self, name: str) -> bool:
        return bool(self.features.get(name, DEFAULT_FEATURES.get(name, False)))


@dataclass(frozen=True)
class PrivacySettings:
    store_unanswered_text: bool = True
    retention_days: int = 30


@dataclass(frozen=True)
class Config:
    path: Path
    paths: Paths
    matching: MatchSettings
    discord: DiscordSettings = field(default_factory=DiscordSettings)
    privacy: PrivacySettings = field(default_factory=PrivacySettings)

    def with_knowledge(self, knowledge: Path | None) -> "Config":
        if knowledge is None:
            return self
        return dataclasses.replace(self, paths=dataclasses.replace(self.paths, knowledge=knowledge.resolve()))


def _section(data: Mapping[str, Any], name: str, located, path: Path) -> Mapping[str, Any]:
    value = data.get(name, {}) or {}
    if not isinstance(value, dict):
        raise ConfigError(f"{path}:{located.line(name)}: '{name}' must be a mapping")
    return value


def _build(cls, values: Mapping[str, Any], where: tuple[str, ...], located, path: Path, convert=None):
    """Construct dataclass `cls` from `values`, rejecting unknown keys and wrong types."""
    known = {f.name: f for f in dataclasses.fields(cls)}
    kwargs = {}
    for key, value in values.items():
        line = located.line(*where, key)
        if key not in known:
            raise ConfigError(f"{path}:{line}: unknown setting '{'.'.join(where + (key,))}' (known: {', '.join(known)})")
        if convert and key in convert:
            try:
                value = convert[key](value)
            except (TypeError, ValueError) as exc:
                raise ConfigError(f"{path}:{line}: bad value for '{'.'.join(where + (key,))}': {exc}") from None
        else:
            default = known[key].default
            if isinstance(default, bool):
                if not isinstance(value, bool):
                    raise ConfigError(f"{path}:{line}: '{'.'.join(where + (key,))}' must be true or false")
            elif isinstance(default, (int, float)) and not isinstance(default, bool):
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise ConfigError(f"{path}:{line}: '{'.'.join(where + (key,))}' must be a number")
                value = type(default)(value) if isinstance(default, float) else int(value)
        kwargs[key] = value
    return cls(**kwargs)


def _ids(value: Any) -> tuple[int, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        raise ValueError("expected a list of numeric Discord ids")
    return tuple(value)


def _model(value: Any) -> Mapping[str, float] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not all(k in FEATURES and isinstance(v, (int, float)) for k, v in value.items()):
        raise ValueError(f"expected a mapping from {', '.join(FEATURES)} to numbers")
    return {k: float(v) for k, v in value.items()}


def _check_ranges(path: Path, located, checks) -> None:
    for where, value, low, high in checks:
        if not low <= value <= high:
            raise ConfigError(f"{path}:{located.line(*where)}: '{'.'.join(where)}' must be between {low} and {high}, not {value}")


def load_config(path: Path | None = None) -> Config:
    path = (path or DEFAULT_CONFIG).resolve()
    try:
        located = load_located(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from None
    except YamlSyntaxError as exc:
        raise ConfigError(f"{path}:{exc.line}: {exc}") from None
    data = located.data or {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: config must be a mapping")
    for key in data:
        if key not in {"paths", "matching", "discord", "privacy"}:
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
    matching = _build(MatchSettings, _section(data, "matching", located, path), ("matching",), located, path,
                      convert={"model_weights": _model})
    raw_discord = dict(_section(data, "discord", located, path))
    raw_cooldowns = raw_discord.pop("cooldowns", {}) or {}
    if not isinstance(raw_cooldowns, dict):
        raise ConfigError(f"{path}:{located.line('discord', 'cooldowns')}: 'discord.cooldowns' must be a mapping")
    cooldowns = _build(CooldownSettings, raw_cooldowns, ("discord", "cooldowns"), located, path)
    features = raw_discord.pop("features", None)
    discord = _build(DiscordSettings, raw_discord, ("discord",), located, path, convert={
        "guild_ids": _ids, "moderator_role_ids": _ids, "passive_channel_ids": _ids,
    })
    extra: dict[str, Any] = {"cooldowns": cooldowns}
    if features is not None:
        if not isinstance(features, dict) or not all(isinstance(v, bool) for v in features.values()):
            raise ConfigError(f"{path}:{located.line('discord', 'features')}: 'discord.features' maps feature names to true/false")
        for name in features:
            if name not in FEATURES_KNOWN:
                raise ConfigError(f"{path}:{located.line('discord', 'features', name)}: unknown feature 'discord.features.{name}' (known: {', '.join(FEATURES_KNOWN)})")
        extra["features"] = {**DEFAULT_FEATURES, **features}
    discord = dataclasses.replace(discord, **extra)
    privacy = _build(PrivacySettings, _section(data, "privacy", located, path), ("privacy",), located, path)
    _check_ranges(path, located, [
        (("discord", "passive_threshold"), discord.passive_threshold, 0, 100),
        (("discord", "list_page_size"), discord.list_page_size, 1, 25),
        (("discord", "cooldowns", "per_user_seconds"), cooldowns.per_user_seconds, 0, 3600),
        (("discord", "cooldowns", "per_channel_seconds"), cooldowns.per_channel_seconds, 0, 3600),
        (("privacy", "retention_days"), privacy.retention_days, 1, 3650),
    ])
    return Config(path=path, paths=paths, matching=matching, discord=discord, privacy=privacy)
