"""Long work shows progress: a bar on a terminal, a few plain lines otherwise, on standard error."""

from __future__ import annotations

import io

import yaml

from bot.cli import main
from bot.progress import Meter, progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_off_a_terminal_progress_is_a_few_plain_lines():
    stream = io.StringIO()
    assert list(progress(range(1000), "work:", stream=stream)) == list(range(1000))
    lines = stream.getvalue().splitlines()
    assert lines[0] == "work: 0/1000" and lines[-1] == "work: 1000/1000"
    assert len(lines) <= 6 and "\r" not in stream.getvalue()


def test_on_a_terminal_progress_is_a_bar_redrawn_in_place():
    stream = Terminal()
    assert list(progress(range(50), "work", stream=stream)) == list(range(50))
    shown = stream.getvalue()
    assert shown.startswith("\rwork:") and "/50 [" in shown  # a bar, redrawn with carriage returns


def test_calibrate_reports_its_progress_on_stderr_and_keeps_stdout_for_the_result(tmp_path, small_kb, capsys):
    knowledge, seeds = small_kb
    in_scope = []
    for path in sorted(knowledge.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        in_scope += [{"q": q, "entry": data["id"]} for q in [data["question"], *data["phrasings"][:4]]]
    questions = tmp_path / "questions.yaml"
    questions.write_text(yaml.safe_dump({"in_scope": in_scope, "out_of_scope": ["what is the capital of peru"]}))
    config = tmp_path / "config.yaml"
    config.write_text(f"paths:\n  knowledge: {knowledge}\n  seeds: {seeds}\n  database: {tmp_path / 'db.sqlite3'}\n")
    assert main(["calibrate", str(questions), "--dry-run", "--config", str(config)]) == 0
    out, err = capsys.readouterr()
    assert f"calibrate: ranking questions {len(in_scope) + 1}/{len(in_scope) + 1}" in err
    assert "calibrate:" not in out and "dry run" in out


def test_a_meter_fed_by_the_work_itself_prints_quarters_off_a_terminal():
    stream = io.StringIO()
    with Meter("copy:", stream=stream) as meter:
        for done in range(0, 101, 5):
            meter.update(done, 100)
    lines = stream.getvalue().splitlines()
    assert lines[0] == "copy: 0/100" and lines[-1] == "copy: 100/100" and len(lines) <= 6
