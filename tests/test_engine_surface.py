"""bot.engine is one door: outside code imports from the package, never from a module inside it,
and everything the package exports exists (like httpx's test of its exported members)."""

from __future__ import annotations

import ast
from pathlib import Path

import bot.engine

REPO = Path(__file__).resolve().parent.parent


def _outside_modules():
    for path in sorted([*(REPO / "bot").rglob("*.py"), *(REPO / "benchmarks").glob("*.py")]):
        if (REPO / "bot" / "engine") not in path.parents:
            yield path


def _engine_imports(path: Path):
    """(module imported from, names) of every import of the engine in `path`."""
    package = path.relative_to(REPO).with_suffix("").parts[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(package[: len(package) - node.level + 1])
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module == "bot.engine" or module.startswith("bot.engine."):
                yield module, [alias.name for alias in node.names]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("bot.engine."):
                    yield alias.name, []


# benchmarks/stability.py replaces evaluation.self_examples with a cached one, to calibrate twenty
# halves in seconds: a measurement's own business, kept out of the package's surface.
ALLOWED = {("benchmarks/stability.py", "evaluation")}


def test_code_outside_the_engine_imports_only_from_bot_engine_and_only_exported_names():
    exported = set(bot.engine.__all__)
    for path in _outside_modules():
        for module, names in _engine_imports(path):
            where = path.relative_to(REPO)
            assert module == "bot.engine", f"{where} imports from {module}; import from bot.engine"
            missing = {n for n in set(names) - exported if (str(where), n) not in ALLOWED}
            assert not missing, f"{where} imports {sorted(missing)}, not exported"


def test_every_exported_name_exists_once_in_all():
    assert len(bot.engine.__all__) == len(set(bot.engine.__all__))
    for name in bot.engine.__all__:
        assert hasattr(bot.engine, name), name


def test_the_lazy_exports_and_the_type_checkers_imports_agree():
    """bot.engine resolves its names on first use; the imports the type checker reads (under
    TYPE_CHECKING) must name the same object for every exported name."""
    tree = ast.parse((REPO / "bot" / "engine" / "__init__.py").read_text(encoding="utf-8"))
    guarded = next(n for n in tree.body if isinstance(n, ast.If) and getattr(n.test, "id", "") == "TYPE_CHECKING")
    seen = {}
    for node in guarded.body:
        assert isinstance(node, ast.ImportFrom) and node.level == 1
        for alias in node.names:
            seen[alias.asname or alias.name] = (node.module or alias.name, alias.name if node.module else None)
    assert seen == bot.engine._EXPORTS
    assert sorted(seen) == sorted(bot.engine.__all__)


def test_answering_a_question_loads_no_authoring_evaluation_or_verification():
    """The point of the lazy door: `faqbot ask` starts without the modules it never uses."""
    import subprocess
    import sys

    code = (
        "import sys, bot.cli, bot.engine as e; e.Engine; e.Reply; e.load_engine; "
        "print(' '.join(m for m in ('authoring', 'evaluation', 'verify') if 'bot.engine.' + m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
