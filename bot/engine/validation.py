"""Everything `faqbot validate` checks, and the one way to get a servable engine.

Loading the files catches what a single entry can get wrong; claims.py what an answer or a
phrasing says that its quotes do not; collisions need the built matcher:
a phrasing that the matcher would answer with another entry means two entries overlap, and users
asking that way would get the wrong answer. Each phrasing is tested without its own exact copy
in the per-phrasing views (its words still count for its entry): otherwise every phrasing would
trivially find itself, and the check could never fail.
"""

from __future__ import annotations

from pathlib import Path
from typing import Collection

from .answers import Engine
from .claims import claim_problems
from .knowledge import cta_problems, load_knowledge_collecting
from .matcher import MatchSettings
from .problems import KnowledgeError, Problem


def collisions(engine: Engine) -> list[Problem]:
    problems = []
    for entry in engine.kb.entries.values():
        for text in entry.all_phrasings():
            ranked = engine.matcher_for(text).rank(text, exclude=(entry.id, text)).candidates
            if ranked and ranked[0].entry_id != entry.id:
                other = ranked[0].entry_id
                problems.append(Problem(
                    entry.path, entry.line_of_phrasing(text), entry.id,
                    f"collision: \"{text}\" would be answered with entry '{other}' ({engine.kb.entries[other].path.name}); reword it or move it",
                ))
    return problems


def validate(knowledge_dir: Path, seeds_dir: Path, settings: MatchSettings, *,
             cta_ids: Collection[str] | None = None, check_collisions: bool = True,
             cache_dir: Path | None = None) -> tuple[Engine | None, list[Problem]]:
    """All problems in the knowledge base; the engine is returned only when there are none.

    `check_collisions=False` skips asking every phrasing of the matcher (most of a command's
    start-up time): for read-only commands that answer from an FAQ the bot and `faqbot validate`
    check in full. Everything a single file can get wrong is still checked.

    `cta_ids`: the calls to action config.yaml defines; entries naming any other are problems.
    None skips that check (for callers without a config; the CLI and the bot always pass them).
    """
    kb, problems = load_knowledge_collecting(knowledge_dir, seeds_dir, check_claims=False)
    # Claims the quotes do not back leave the entries whole, so collisions are still worth
    # checking: one run shows both.
    claims = claim_problems(kb.entries, kb.sources)
    if cta_ids is not None:
        problems += cta_problems(kb.entries, cta_ids)
    if problems:
        return None, sorted(problems + claims)
    engine = Engine.build(kb, settings, cache_dir=cache_dir)
    problems = (collisions(engine) if check_collisions else []) + claims
    return (None, sorted(problems)) if problems else (engine, [])


def load_engine(knowledge_dir: Path, seeds_dir: Path, settings: MatchSettings, *,
                cta_ids: Collection[str] | None = None, check_collisions: bool = True,
                cache_dir: Path | None = None) -> Engine:
    """A servable engine, or KnowledgeError listing every problem (`cache_dir`: see cache.py)."""
    engine, problems = validate(knowledge_dir, seeds_dir, settings, cta_ids=cta_ids, check_collisions=check_collisions,
                                cache_dir=cache_dir)
    if engine is None:
        raise KnowledgeError(problems)
    return engine
