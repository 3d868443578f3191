"""`python -m bot` and the `faqbot` command (pyproject.toml: `bot.__main__:run`)."""

import gc


def run() -> int:
    """`bot.cli.main`, imported with the cyclic garbage collector paused and its objects then
    frozen (`gc.freeze`). Importing the command makes some hundred thousand objects (modules,
    classes, functions, tables) that live as long as the process and are never garbage: walked by
    every collection while the imports trigger them, by every later one and by the last one at
    exit, they were a sixth of a cold `faqbot ask`'s time (benchmarks/startup.py). Frozen, no
    collection walks them; everything made after is collected as before."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        from .cli import main
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    return main()


if __name__ == "__main__":
    raise SystemExit(run())
