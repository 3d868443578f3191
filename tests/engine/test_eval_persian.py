"""Evaluation per language, and the Persian held-out set (tests/data/eval-fa.yaml) in CI.

eval-fa.yaml was written independently of the phrasings, by a writer who saw only the entries'
English questions. It and eval-fa2.yaml were opened as development data in the Persian matching
round (never copied into the phrasings). eval-fa3.yaml was written after that round, by a writer
who saw only the seed report and the entries' English questions and answers, and was
development data in the vocabulary round. eval-fa4.yaml was written after that round, the same
way: its figures are the honest ones, and the issue's targets are checked on it.
"""

from __future__ import annotations

import json
from pathlib import Path

import labelled
import madeup
import pytest

from bot.cli import main
from bot.engine.evaluation import QuestionSetError, evaluate, load_question_set
from bot.engine.text import clean

DATA = Path(__file__).resolve().parents[1] / "data"
EVAL_FA = DATA / "eval-fa.yaml"
EVAL_FA3 = DATA / "eval-fa3.yaml"
EVAL_FA4 = DATA / "eval-fa4.yaml"
EVAL_FA5 = DATA / "eval-fa5.yaml"
EVAL_FA6 = DATA / "eval-fa6.yaml"
EVAL_FA7 = DATA / "eval-fa7.yaml"
EVAL_FA8 = DATA / "eval-fa8.yaml"
EVAL_FA9 = DATA / "eval-fa9.yaml"
EVAL_FA10 = DATA / "eval-fa10.yaml"
EVAL_FA11 = DATA / "eval-fa11.yaml"
EVAL_FA12 = DATA / "eval-fa12.yaml"
EVAL_FA13 = DATA / "eval-fa13.yaml"
EVAL_FA14 = DATA / "eval-fa14.yaml"
EVAL_FA15 = DATA / "eval-fa15.yaml"
EVAL_FA16 = DATA / "eval-fa16.yaml"
EVAL_FA17 = DATA / "eval-fa17.yaml"
EVAL_FA18 = DATA / "eval-fa18.yaml"
EVAL_FA19 = DATA / "eval-fa19.yaml"
EVAL_FA20 = DATA / "eval-fa20.yaml"
EVAL_FA21 = DATA / "eval-fa21.yaml"
EVAL_FA22 = DATA / "eval-fa22.yaml"
EVAL_FA23 = DATA / "eval-fa23.yaml"
EVAL_FA24 = DATA / "eval-fa24.yaml"
EVAL_FA25 = DATA / "eval-fa25.yaml"
EVAL_FA26 = DATA / "eval-fa26.yaml"
EVAL_FA27 = DATA / "eval-fa27.yaml"
EVAL_FA28 = DATA / "eval-fa28.yaml"
EVAL_FA29 = DATA / "eval-fa29.yaml"
EVAL_FA30 = DATA / "eval-fa30.yaml"
EVAL_FA31 = DATA / "eval-fa31.yaml"
EVAL_FA32 = DATA / "eval-fa32.yaml"
EVAL_FA33 = DATA / "eval-fa33.yaml"
EVAL_FA34 = DATA / "eval-fa34.yaml"
EVAL_FA35 = DATA / "eval-fa35.yaml"
EVAL_FA36 = DATA / "eval-fa36.yaml"
EVAL_FA37 = DATA / "eval-fa37.yaml"
EVAL_FA38 = DATA / "eval-fa38.yaml"
EVAL_FA39 = DATA / "eval-fa39.yaml"
EVAL_FA40 = DATA / "eval-fa40.yaml"
EVAL_FA41 = DATA / "eval-fa41.yaml"
EVAL_FA42 = DATA / "eval-fa42.yaml"
EVAL_FA43 = DATA / "eval-fa43.yaml"
EVAL_FA44 = DATA / "eval-fa44.yaml"
EVAL_FA45 = DATA / "eval-fa45.yaml"
EVAL_FA46 = DATA / "eval-fa46.yaml"
EVAL_FA47 = DATA / "eval-fa47.yaml"
EVAL_FA48 = DATA / "eval-fa48.yaml"
EVAL_FA49 = DATA / "eval-fa49.yaml"
EVAL_FA50 = DATA / "eval-fa50.yaml"
EVAL_FA51 = DATA / "eval-fa51.yaml"
EVAL_FA52 = DATA / "eval-fa52.yaml"
EVAL_FA53 = DATA / "eval-fa53.yaml"
EVAL_FA54 = DATA / "eval-fa54.yaml"
EVAL_FA55 = DATA / "eval-fa55.yaml"
EVAL_FA56 = DATA / "eval-fa56.yaml"
EVAL_FA57 = DATA / "eval-fa57.yaml"
EVAL_FA58 = DATA / "eval-fa58.yaml"
EVAL_FA59 = DATA / "eval-fa59.yaml"
EVAL_FA60 = DATA / "eval-fa60.yaml"
EVAL_FA61 = DATA / "eval-fa61.yaml"
EVAL_FA62 = DATA / "eval-fa62.yaml"
EVAL_FA63 = DATA / "eval-fa63.yaml"
EVAL_FA64 = DATA / "eval-fa64.yaml"
EVAL_FA65 = DATA / "eval-fa65.yaml"
EVAL_FA66 = DATA / "eval-fa66.yaml"
EVAL_FA67 = DATA / "eval-fa67.yaml"
EVAL_FA68 = DATA / "eval-fa68.yaml"
EVAL_FA69 = DATA / "eval-fa69.yaml"
EVAL_FA70 = DATA / "eval-fa70.yaml"
EVAL_FA71 = DATA / "eval-fa71.yaml"
EVAL_FA72 = DATA / "eval-fa72.yaml"
EVAL_FA73 = DATA / "eval-fa73.yaml"
EVAL_FA74 = DATA / "eval-fa74.yaml"
EVAL_FA75 = DATA / "eval-fa75.yaml"
EVAL_FA76 = DATA / "eval-fa76.yaml"
EVAL_FA77 = DATA / "eval-fa77.yaml"
EVAL_FA78 = DATA / "eval-fa78.yaml"
EVAL_FA79 = DATA / "eval-fa79.yaml"
EVAL_FA80 = DATA / "eval-fa80.yaml"
EVAL_FA81 = DATA / "eval-fa81.yaml"
EVAL_FA82 = DATA / "eval-fa82.yaml"
EVAL_FA83 = DATA / "eval-fa83.yaml"
EVAL_FA84 = DATA / "eval-fa84.yaml"
EVAL_FA85 = DATA / "eval-fa85.yaml"
EVAL_FA86 = DATA / "eval-fa86.yaml"
EVAL_FA87 = DATA / "eval-fa87.yaml"
EVAL_FA88 = DATA / "eval-fa88.yaml"
EVAL_FA89 = DATA / "eval-fa89.yaml"
EVAL_FA90 = DATA / "eval-fa90.yaml"
EVAL_FA91 = DATA / "eval-fa91.yaml"
EVAL_FA92 = DATA / "eval-fa92.yaml"
EVAL_FA93 = DATA / "eval-fa93.yaml"
EVAL_FA94 = DATA / "eval-fa94.yaml"
EVAL_FA95 = DATA / "eval-fa95.yaml"
EVAL_FA96 = DATA / "eval-fa96.yaml"
EVAL_FA97 = DATA / "eval-fa97.yaml"
EVAL_FA98 = DATA / "eval-fa98.yaml"
EVAL_FA99 = DATA / "eval-fa99.yaml"
EVAL_FA100 = DATA / "eval-fa100.yaml"
EVAL_FA101 = DATA / "eval-fa101.yaml"
EVAL_FA102 = DATA / "eval-fa102.yaml"
EVAL_FA103 = DATA / "eval-fa103.yaml"
EVAL_FA104 = DATA / "eval-fa104.yaml"
EVAL_FA105 = DATA / "eval-fa105.yaml"
EVAL_FA106 = DATA / "eval-fa106.yaml"
EVAL_FA107 = DATA / "eval-fa107.yaml"
EVAL_FA108 = DATA / "eval-fa108.yaml"
EVAL_FA109 = DATA / "eval-fa109.yaml"
EVAL_FA110 = DATA / "eval-fa110.yaml"
EVAL_FA111 = DATA / "eval-fa111.yaml"
EVAL_FA112 = DATA / "eval-fa112.yaml"
EVAL_FA113 = DATA / "eval-fa113.yaml"
EVAL_FA114 = DATA / "eval-fa114.yaml"
EVAL_FA115 = DATA / "eval-fa115.yaml"
EVAL_FA116 = DATA / "eval-fa116.yaml"
EVAL_FA117 = DATA / "eval-fa117.yaml"
EVAL_FA118 = DATA / "eval-fa118.yaml"
EVAL_FA119 = DATA / "eval-fa119.yaml"
EVAL_FA120 = DATA / "eval-fa120.yaml"
EVAL_FA121 = DATA / "eval-fa121.yaml"
EVAL_FA122 = DATA / "eval-fa122.yaml"
EVAL_FA123 = DATA / "eval-fa123.yaml"
EVAL_FA124 = DATA / "eval-fa124.yaml"
EVAL_FA125 = DATA / "eval-fa125.yaml"
EVAL_FA126 = DATA / "eval-fa126.yaml"
EVAL_FA127 = DATA / "eval-fa127.yaml"
EVAL_FA128 = DATA / "eval-fa128.yaml"
EVAL_FA129 = DATA / "eval-fa129.yaml"
EVAL_FA130 = DATA / "eval-fa130.yaml"
EVAL_FA131 = DATA / "eval-fa131.yaml"

# The issue's targets: a Persian question reaches the same entry as its English twin at least
# 95% of the time, Finglish at least 90%, and Persian off-topic questions are never answered.
# Counted as answers with the right entry (in full or with a caveat) through `Engine.ask`.
TARGETS = {"fa": 0.95, "fa-Latn": 0.90}
# Floors: the figures measured after the Persian matching round (spoken/written forms, verb and
# plural affixes, Finglish folds, Persian question types, phrasings in new words), with the
# calibration fitted before it (answer >= 78.0), so a change that makes Persian worse fails;
# raise them as the figures improve. Measured: fa 91/102 right (0 wrong), Finglish 43/51 (0
# wrong), off-topic answered 3/28 (fa) and 3/12 (Finglish). eval-fa.yaml and eval-fa2.yaml were
# development data in that round (read and studied, never copied into the phrasings): these
# figures are optimistic, a new held-out set gives the honest ones. Recalibrated after the round
# (answer >= 77.0, with calibrate's examples from the Latin-script index only): fa 92/102,
# Finglish 44/51, off-topic 6/40. After the vocabulary round (English terms inside Persian and
# Finglish, chat digits, spoken function words, numbers in words, phrasings in new words; the same
# calibration): fa 102/102, Finglish 49/51, 0 wrong, off-topic answered 6/40 (two of them now
# with a caveat). Floors keep two questions' margin for the next recalibration. With thresholds
# per language (fa 70.0, Finglish 64.5, fitted on tests/data/calibration-fa.yaml): Finglish 50/51.
# After the Finglish round (Persian phrasings in the Finglish index by their consonants, Finglish
# detection, folds; the same thresholds): Finglish 50/51, 0 wrong, off-topic answered 6/40
# (the Finglish ones with a caveat, as their English twins).
FLOORS = {"fa": 0.96, "fa-Latn": 0.94}
MAX_OFF_TOPIC_ANSWERED = 6
MAX_WRONG = 1  # in-scope questions answered with another entry, over the whole set


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "set.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_loader_reads_lang_on_in_scope_and_out_of_scope_items(tmp_path):
    items = load_question_set(
        _write(
            tmp_path,
            (
                "in_scope:\n"
                "  - {q: فانوس هنوز کار میکنه؟, entry: lighthouse, lang: fa}\n"
                "  - {q: fanus hanuz kar mikone, entry: lighthouse, lang: fa-Latn}\n"
                "  - {q: is the lighthouse working, entry: lighthouse}\n"
                "out_of_scope:\n"
                "  - {q: قیمت نان چنده؟, lang: fa}\n"
                "  - what is the price of bread\n"
            ),
        )
    )
    assert [(i.entry, i.lang) for i in items] == [
        ("lighthouse", "fa"),
        ("lighthouse", "fa-Latn"),
        ("lighthouse", None),
        (None, "fa"),
        (None, None),
    ]


def test_a_bad_lang_is_reported_with_file_and_line(tmp_path):
    path = _write(tmp_path, "in_scope:\n  - {q: a, entry: b}\n  - q: c\n    entry: d\n    lang: [fa]\n")
    with pytest.raises(QuestionSetError) as exc:
        load_question_set(path)
    assert str(exc.value).startswith(f"{path}:5: in_scope: item 2")


def test_eval_reports_each_language_on_its_own(tmp_path, capsys):
    engine = madeup.persian_island()
    path = _write(
        tmp_path,
        (
            "in_scope:\n"
            "  - {q: فانوس دریایی هنوز کار میکنه؟, entry: lighthouse, lang: fa}\n"
            "  - {q: آتشفشان کی فوران کرد, entry: volcano, lang: fa}\n"
            "  - {q: fanus hanuz kar mikone, entry: lighthouse, lang: fa-Latn}\n"
            "  - {q: how many flowers do bees visit, entry: bees}\n"
            "out_of_scope:\n"
            "  - {q: قیمت نان در تهران چقدر است؟, lang: fa}\n"
        ),
    )
    report = evaluate(engine, load_question_set(path))
    assert set(report.languages) == {"fa", "fa-Latn", "en"}
    fa = report.languages["fa"]
    assert (fa.in_scope, fa.correct, fa.out_of_scope, fa.oos_answered) == (2, 2, 1, 0)
    assert (report.languages["fa-Latn"].in_scope, report.languages["en"].in_scope) == (1, 1)
    assert report.in_scope == 4  # the totals still count every question
    assert sum(r.in_scope for r in report.languages.values()) == report.in_scope
    obj = report.to_json("x")
    assert obj["languages"]["fa"]["in_scope_accuracy"] == 1.0 and "file" not in obj["languages"]["fa"]
    text = "\n".join(report.lines())
    assert "per language:" in text and "  fa: in-scope 2/2" in text


def test_a_set_without_lang_reports_no_languages(engine):
    items = load_question_set(DATA / "dev.yaml")[:5]
    assert "languages" not in evaluate(engine, items).to_json()


def test_faqbot_eval_json_carries_the_languages(tmp_path, capsys):
    config = tmp_path / "config.yaml"
    config.write_text(
        f"paths:\n  knowledge: {DATA / 'persian' / 'knowledge'}\n"
        f"  seeds: {DATA / 'moderation' / 'seeds'}\n  database: {tmp_path / 'db.sqlite3'}\n",
        encoding="utf-8",
    )
    path = _write(tmp_path, "in_scope:\n  - {q: فانوس دریایی هنوز کار میکنه؟, entry: lighthouse, lang: fa}\n")
    assert main(["eval", str(path), "--json", "--config", str(config)]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["languages"]["fa"]["in_scope"] == 1


def _has_persian(engine) -> bool:
    return any("fa" in e.translations for e in engine.kb.entries.values())


def test_the_persian_held_out_set_labels_real_entries_and_stays_out_of_the_phrasings(engine):
    items = load_question_set(EVAL_FA)
    assert items and all(i.lang in FLOORS for i in items)
    assert {i.entry for i in items if i.entry} <= set(engine.kb.entries)
    # Word for word (give or take letters' spellings, ZWNJ, case and punctuation): the matcher's
    # own folding of spoken and written forms ("چیه" = "چیست") would call a rewording a copy.
    if EVAL_FA.name in labelled.imported_sets():
        return  # its questions are phrasings now, by design (tools/add_phrasings.py)
    held_out = {clean(i.question) for i in items}
    phrasings = {clean(p) for e in engine.kb.entries.values() for p in e.all_phrasings()}
    overlap = len(held_out & phrasings - {""})  # a count: the questions are never printed
    assert overlap == 0, overlap


def _totals(engine, path: Path = EVAL_FA) -> dict[str, tuple[int, int, int, int, int]]:
    """Per language: (right, in scope, wrong, off-topic answered, off-topic). Plain numbers, so a
    failing assertion never prints a held-out question."""
    report = evaluate(engine, load_question_set(path))
    return {
        lang: (r.correct, r.in_scope, r.wrong, r.oos_answered, r.out_of_scope) for lang, r in report.languages.items()
    }


def test_shipped_faq_keeps_its_measured_persian_figures_on_held_out_questions(engine):
    """Floors at the figures measured when this test was written (totals only; the questions are
    never printed). Skipped until the shipped entries have their Persian translations."""
    if not _has_persian(engine):
        pytest.skip("no shipped entry has a Persian (fa) translation yet; the floors apply once they do")
    totals = _totals(engine)
    for lang, floor in FLOORS.items():
        right, in_scope, _, _, _ = totals[lang]
        assert in_scope and right / in_scope >= floor, (lang, right, in_scope)
    off_topic = sum(t[3] for t in totals.values())
    wrong = sum(t[2] for t in totals.values())
    assert off_topic <= MAX_OFF_TOPIC_ANSWERED, off_topic
    assert wrong <= MAX_WRONG, wrong


def _assert_persian_targets(engine, *paths: Path) -> None:
    """The issue's targets on a pair of Persian sets taken together: each language's share of
    questions reaching their entry (TARGETS), and no off-topic question answered."""
    if not _has_persian(engine):
        pytest.skip("no shipped entry has a Persian (fa) translation yet")
    both = [_totals(engine, path) for path in paths]
    assert sum(t[3] for totals in both for t in totals.values()) == 0
    for lang, target in TARGETS.items():
        right = sum(t[lang][0] for t in both)
        in_scope = sum(t[lang][1] for t in both)
        assert right / in_scope >= target, (lang, right, in_scope)


def test_shipped_faq_meets_the_issues_persian_targets(engine):
    """On the newest pair, BG (eval-fa130.yaml and eval-fa131.yaml, together, written at 04:27
    UTC on 2026-12-08, never imported as phrasings, never tuned on): a Persian question reaches
    its English twin's entry at least 95% of the time, a Finglish one at least 90%, and no
    off-topic question is answered. Measured once at 38360b92 (see FA130_FLOORS): Persian 165/170
    (97.1%), Finglish 101/102 (99.0%), 0 of 70: met. Pair BF (eval-fa128/129, written at 04:10,
    at 3ab5ffec): Persian 164/170 (96.5%), Finglish 101/102 (99.0%), 0 of 70: met; one near-topic
    rule tuned on it since. Pair BE (eval-fa126/127, written at 03:25,
    at aa39896e): Persian 166/170 (97.6%), Finglish 100/102 (98.0%), but one off-topic question
    answered ("ghavanine in server chie?"): **missed**, as measured; fixed in 0d481011 (so no test
    of its own). Pair BD (eval-fa124/125, written at 00:56, at 8f5dff21): Persian 166/170,
    Finglish 100/102, 0 of 70: met; tuned on since. Pair BC (eval-fa122/123, written at 00:13
    UTC on 2026-12-08, at f0ebe809, never tuned on): Persian 166/170 (97.6%), Finglish 99/102
    (97.1%), 0 of 70: met. Pair BB (eval-fa120/121, written at 23:58 UTC
    on 2026-12-07, at bd134867): Persian 165/170 (97.1%), Finglish 96/102 (94.1%), 0 of 70:
    met. Pair BA (eval-fa118/119, written at
    23:39, at a7fec924): Persian 168/170 (98.8%), Finglish 98/102 (96.1%), 0 of 70: met. Pair AZ (eval-fa116/117, written at 23:19, at e85c0873):
    Persian 165/170 (97.1%), Finglish 98/102 (96.1%), 0 of 70: met. Pair AY (eval-fa114/115, written at
    22:59, at ea980dbc): Persian 164/170 (96.5%), Finglish 98/102 (96.1%), 0 of 70: met. Pair AX (eval-fa112/113, written at 21:46, at 4c1bf9d8):
    Persian 163/170 (95.9%), Finglish 101/102 (99.0%), 0 of 70: met. Pair AW (eval-fa110/111, written at 21:37, at 264869c7):
    Persian 163/170, Finglish 102/102, but one off-topic answered («مجمع عمومی سازمان ملل کجا
    تشکیل میشه؟»): **missed**, as measured; fixed in 4c1bf9d (so no test of its own). Pair AV
    (eval-fa108/109, at eab15264): Persian 160/170, **missed** as measured (met since: the test below). Pair AT
    (eval-fa104/105, written at 19:40 UTC on 2026-12-07, at 4ac5d1ce): Persian 165/170
    (97.1%), Finglish 99/102 (97.1%), 0 of 70: met. The pair after AT, AU (eval-fa106/107,
    written at 20:34 UTC, measured once at a0b32ff0, the same engine): Persian 165/170 (97.1%),
    Finglish 102/102, but three off-topic questions answered ("Radio Farda male koja hast?", «مقر
    مجمع عمومی سازمان ملل کجاست؟», "vaziat-e hoghoogh bashar too Irak chetore?"): **missed**, as
    measured; fixed in 718acfd and tuned on since (so no estimate, and no test of its own). Pair AS (eval-fa102/103, at 4e174f97):
    165/170, 100/102, 0 of 70, met. Pair AR (eval-fa100/101, at 971f5571): 165/170, 100/102, 0
    of 70, met. Pair AQ (eval-fa98/99, at 7e44107c): 170/170, 102/102, 0 of
    70, met. Pair AP (eval-fa96/97, at ca0de7ec): 168/170, 101/102, 0 of
    70, met. Pair AO (eval-fa94/95, at cc6b37e9): 165/170, 98/102, 0 of
    70, met. Pair AN (eval-fa92/93, at 08199a90): 166/170, 100/102, 0 of
    70, met. Pair AM (eval-fa90/91, at 5945c27b): 168/170, 102/102, 0 of
    70, met. Pair AK (eval-fa86/87, at eed4074b): 165/170, 101/102, 0 of
    70, met. The pair after AK, AL (eval-fa88/89, written at 17:02 UTC,
    measured once at 8886868a): Persian 164/170 (96.5%), Finglish 98/102 (96.1%), but one
    off-topic question answered («رادیو فردا از کجا پخش میشه؟»): **missed**, as measured; fixed in
    1f6edd3 and tuned on since (so no estimate, and no test of its own: as pair AD below). Pair AJ
    (eval-fa84/85, at 2ed673eb): 163/170, 100/102, met.
    Pair AI (eval-fa82/83, at 06491df): 166/170, 101/102, met. Pair AH (eval-fa80/81, at bb1a5ce):
    167/170, 99/102, met. Pair AG (eval-fa78/79, at 487874b): 164/170, 100/102, met. Pair AF (eval-fa76/77, at e9f8c51): 167/170, 100/102, met. Pair AE (eval-fa74/75, at cf2c796): 163/170, 97/102, met.
    Pair AD (eval-fa72/73, written at 13:29 UTC, at 7b00a9b):
    161/170 (94.7%), missed by one question; 162/170 after the fixes tuned on it (so no
    estimate, and no test of its own). Pair AC (eval-fa70/71, at 7c9686c): 164/170, 100/102,
    met. Pair AB (eval-fa68/69, at 327de33), the same code:
    159/170, missed (the strict xfail below). Pair AA (eval-fa66/67, at d6825c8): 169/170,
    100/102, met. Pair Z (eval-fa64/65, at 2a748bd):
    168/170, 101/102, met. Pair Y (eval-fa62/63, at 3de6bcb):
    164/170, 100/102, met. Pair X (eval-fa60/61, at 778b322):
    166/170, 101/102, met. Pair W (eval-fa58/59, at f96c876):
    166/170, 100/102, met. Pair V (eval-fa56/57, at 8e2d27f):
    166/170, 100/102, met. Pair U (eval-fa54/55, at f926f30,
    see FA54_FLOORS) missed the Persian target by one question (161/170; 162 after its fixes).
    Pair T (eval-fa52/53, at af36423): 164/170, 100/102, met. Pair S (eval-fa50/51, at 2368631):
    163/170, 99/102, one off-topic answered with a caveat (since refused). Pair R (eval-fa48/49):
    167/170, 100/102, met. Pair Q (eval-fa46/47):
    167/170, 99/102, met. Pair P (eval-fa44/45, 158/170) missed: the strict xfail below. Pair O
    (eval-fa42/43): 166/170, 101/102, met. Earlier pairs: eval-fa40/41 (168/170),
    eval-fa38/39 (159/170, missed), eval-fa36/37 (165/170), eval-fa34/35 (165/170), eval-fa32/33 (164/170), eval-fa30/31 (164/170), eval-fa28/29 (164/170), eval-fa12/13 (167/170), eval-fa20/21
    (162/170) and eval-fa24/25 (163/170) met them; eval-fa14/15 (159/170), eval-fa16/17 (158/170), eval-fa18/19 (160/170), eval-fa22/23
    (159/170) and eval-fa26/27 (158/170) did not. The test moves to each new pair of sets written
    after a tuning round, as a strict xfail if that pair misses."""
    _assert_persian_targets(engine, EVAL_FA130, EVAL_FA131)


def test_shipped_faq_meets_the_issues_persian_targets_on_pair_av(engine):
    """The same targets on pair AV (eval-fa108.yaml and eval-fa109.yaml, written at 21:26 UTC on
    2026-12-07). Measured once at eab15264: Persian 160/170 (94.1%; 10 misses, all offered as "did
    you mean" with the right entry), Finglish 100/102 (98.0%), off-topic 0 of 70: missed by two
    questions (then a strict xfail). Met since «طبق» before "which" reads as "in line with" (pair
    BD's fixes, 2026-12-08): Persian 162/170 (95.3%), Finglish 101/102. Development data by then
    (its misses were in the lists that fix was tuned on), so no estimate: a guard that it stays met."""
    _assert_persian_targets(engine, EVAL_FA108, EVAL_FA109)


@pytest.mark.xfail(strict=True, reason="pair P: Persian 158/170 (92.9%) reach their entry, against 95%")
def test_shipped_faq_meets_the_issues_persian_targets_on_pair_p(engine):
    """The same targets on pair P (eval-fa44.yaml and eval-fa45.yaml, written at 06:38
    UTC on 2026-12-07, never tuned on before they were measured). Measured once at c03e6a5:
    Persian 158/170 (92.9%; 12 misses, 11 of them offered as "did you mean" with the right entry),
    Finglish 100/102 (98.0%), off-topic 0 of 70: **missed** for Persian. Strict: meeting the
    target fails this test, so the pair is moved to the passing test above when it does."""
    _assert_persian_targets(engine, EVAL_FA44, EVAL_FA45)


@pytest.mark.xfail(strict=True, reason="pair AB: Persian 159/170 (93.5%) reach their entry, against 95%")
def test_shipped_faq_meets_the_issues_persian_targets_on_pair_ab(engine):
    """The same targets on pair AB (eval-fa68.yaml and eval-fa69.yaml, written at 12:46 UTC on
    2026-12-07 after that session's fixes for pair AA, never tuned on). Measured once at
    327de33: Persian 159/170 (93.5%; all 11 misses offered as "did you mean" with the right
    entry), Finglish 100/102 (98.0%), off-topic 0 of 70: **missed** for Persian. Strict: meeting
    the target fails this test, so the pair is moved to the passing test above when it does."""
    _assert_persian_targets(engine, EVAL_FA68, EVAL_FA69)


# eval-fa2.yaml was written after the first Persian tuning, by a helper that saw only the
# entries' English questions and answers (then: fa 54/70, 1 wrong; Finglish 24/35; off-topic
# 0/30), and was development data in the Persian matching round. Measured after it and the
# recalibration: fa 64/70, Finglish 31/35, 0 wrong, off-topic answered 0/30; after the
# vocabulary round: fa 69/70, Finglish 35/35.
FA2_FLOORS = {"fa": 0.95, "fa-Latn": 0.94}


def test_shipped_faq_keeps_its_measured_figures_on_the_persian_set_written_after_tuning(engine):
    report = evaluate(engine, load_question_set(EVAL_FA.with_name("eval-fa2.yaml")))
    totals = {lang: (r.correct, r.in_scope, r.wrong, r.oos_answered) for lang, r in report.languages.items()}
    for lang, floor in FA2_FLOORS.items():
        right, in_scope, _, _ = totals[lang]
        assert right / in_scope >= floor, (lang, right, in_scope)
    assert sum(t[3] for t in totals.values()) == 0
    assert sum(t[2] for t in totals.values()) <= 1


# eval-fa3.yaml: written after the Persian matching round and the recalibration, never read by
# whoever tuned. Six of its questions stood word for word among the FAQ's Persian phrasings
# (written by another helper, never seen by this writer): they were taken out of the FAQ, the
# set stays as written. Measured then: fa 69/81 (85.2%), Finglish 34/44 (77.3%), 0 wrong,
# off-topic answered 0 of 30, near-topic answered as if in full 3 of 16. It was development data
# in the vocabulary round (read and run, never copied into the phrasings): fa 76/81, Finglish
# 42/44, 0 wrong, off-topic 0 of 30, near-topic in full 2 of 16 ("who is the rapporteur" gets
# its caveat in Finglish too). A new held-out set gives the honest figures. After the Finglish
# round: Finglish 43/44; floor two questions below.
# Development data in the synonyms round (words of one meaning and idioms read as one word,
# letters typed by ear, "در مورد X چه گفته" framed): 77/81 (95.1%); floor one below.
FA3_FLOORS = {"fa": 0.93, "fa-Latn": 0.93}
MAX_NEAR_TOPIC_FULL = 2


# eval-fa4.yaml: written after the vocabulary round and never read by whoever tuned, by a helper
# that saw only the seed report and the entries' English questions and answers. Measured with the
# calibration fitted after that round (answer >= 77.5): fa 71/85 (83.5%), Finglish 41/51 (80.4%),
# 0 wrong, off-topic answered 0 of 35, near-topic answered as if in full 4 of 20 (with the
# calibration before it: 72/85, 42/51, the same otherwise). Then the review's safety rule for
# messages asking two things (a sentence answers the message only when no other question in it is
# about another entry; measured once, not tuned on this set): fa 69/85 (81.2%). Floors one
# question below.
# Then development data in the Persian generalisation round (general rules, no phrasing taken
# from it): fa 76/85 (89.4%), Finglish 44/51 (86.3%), 0 wrong, off-topic 0 of 35, near-topic in
# full 3 of 20; floors one question below. With thresholds per language: Finglish 45/51 (88.2%).
# Development data in the Finglish round: Finglish 49/51 (96.1%), 0 wrong, near-topic in full 3 of 20; Finglish floor two questions below.
# Then Persian and Finglish chat filler read away and Persian question words making a sentence
# ask (Engine._by_plain and _by_sentence, as in English): fa 77/85 (90.6%), the rest the same.
# Development data in the synonyms round: fa 78/85 (91.8%); floor one question below.
FA4_FLOORS = {"fa": 0.90, "fa-Latn": 0.92}
FA4_MAX_NEAR_TOPIC_FULL = 3


# eval-fa5.yaml: written after the second Persian round (tune-fa2: Persian and Finglish answered
# down to `persian_answer_offset` below the threshold, typo repair of short words limited to
# typing slips, "what does the letter say about X" matched by its subject) and never read by
# whoever tuned, by a helper that saw only the seed report and the entries' English questions and
# answers. Measured with the calibration fitted after the round (answer >= 78.5) and the one
# before alike: fa 70/85 (82.4%), Finglish 35/51 (68.6%), 0 wrong, off-topic answered 0 of 35,
# near-topic answered as if in full 2 of 20. Floors one question below.
# Then Persian and Finglish got thresholds of their own, fitted on tests/data/calibration-fa.yaml
# (fa 70.0, Finglish 64.5, instead of 78.5 - 7.5 = 71.0 for both), and a spoken spelling of
# خواستن ("میخاد") was read as written: fa 71/85 (83.5%), Finglish 35/51, 0 wrong, off-topic 0 of
# 35, and one near-topic question more answered as if in full, a Finglish one at 68.6 asking how
# many of the executed were drug convicts (its Persian-script twin in eval-fa3 scores 82.3 and
# was answered in full before: the scope check does not read "because of X" in Persian).
# Development data in the Finglish round (Persian phrasings in the Finglish index by their
# consonants, Finglish detection and folds, 126 Finglish phrasings in new words; the same
# thresholds): Finglish 45/51 (88.2%), 0 wrong, off-topic 0 of 35, near-topic in full 2 of 20;
# Finglish floor two questions below.
# Then Persian and Finglish chat filler read away and Persian question words making a sentence
# ask (Engine._by_plain and _by_sentence, as in English): fa 73/85 (85.9%), the rest the same.
# Development data in the synonyms round: fa 74/85 (87.1%); floor one question below.
FA5_FLOORS = {"fa": 0.85, "fa-Latn": 0.84}
FA5_MAX_NEAR_TOPIC_FULL = 1  # 0 since nearfa (2026-12-06 22:05 session)

# eval-fa6.yaml: written after this session's three Persian rounds (thresholds per language;
# Persian phrasings in the Finglish index, Finglish folds and detection; Persian and Finglish chat
# filler read away) and the recalibration (fa 71.5, Finglish 70.0), by a helper that saw only the
# seed report and the entries' English questions (not their answers); never read by a tuner.
# Measured once, after the review's fixes: fa 77/85 (90.6%), Finglish 49/51 (96.1%), 0 wrong,
# off-topic answered 0 of 35, near-topic answered as if in full 4 of 20. Floors one question below.
# Then development data for the scope3 round (Finglish read against the entry's Persian and
# Finglish words by their consonants; امسال/emsal in a count is after the sources): near-topic in
# full 3 of 20, the rest the same.
# Then development data in the synonyms round (data/fa-synonyms.txt: words of one meaning and
# everyday idioms read as one word; letters typed by ear repaired, persian.sound_fold; "در مورد X
# نامه چه گفته" framed as "درباره X"; English "in line with" and "بر اساس" read as "مطابق"):
# fa 80/85 (94.1%), Finglish 49/51, 0 wrong, off-topic 0 of 35, near-topic in full 4 of 20.
# Optimistic now (its misses were studied); floors one question below.
FA6_FLOORS = {"fa": 0.93, "fa-Latn": 0.94}
FA6_MAX_NEAR_TOPIC_FULL = 3

# eval-fa7.yaml (development data for the next session's rounds, which read its misses; then fa
# 80/85, Finglish 50/51, near-topic in full 1 of 20; the floors below stay as measured when it was
# held out): written after the last Persian round (fa3 above: synonyms and idioms,
# letters typed by ear, "در مورد X" frames; scope3: Finglish read by consonants in the scope check)
# and the recalibration (fa 72.5, Finglish 71.5), by a helper that saw only the seed report and the
# entries' English questions; never read by a tuner. Measured once: fa 79/85 (92.9%), Finglish
# 43/51 (84.3%), 0 wrong, off-topic answered 0 of 35, near-topic answered as if in full 2 of 20.
# Floors one question below.
FA7_FLOORS = {"fa": 0.91, "fa-Latn": 0.82}
FA7_MAX_NEAR_TOPIC_FULL = 2

# eval-fa8.yaml and eval-fa9.yaml: written by two helpers after this session's last Persian round
# (stemmer consistency, Finglish folds and detection; the review-fix round was still being merged,
# and no helper that changed the engine saw them), from the seed report and the entries' English
# questions only; never read by a tuner. Measured once, with the calibration fitted after the
# merges (fa 71.0, Finglish 70.0): eval-fa8 fa 77/85 (90.6%), Finglish 50/51 (98.0%), two wrong
# entries (a campaign-overview question answered with what-they-ask, whose answers say nearly the
# same; a what-they-ask question with strong-signal), off-topic answered 0 of 35, near-topic in
# full 2 of 20; eval-fa9 fa 75/85 (88.2%), Finglish 49/51 (96.1%), 0 wrong, 0 of 35, near-topic in
# full 4 of 20. Floors one question below.
FA8_FLOORS = {"fa": 0.894, "fa-Latn": 0.960}
FA9_FLOORS = {"fa": 0.870, "fa-Latn": 0.941}
# eval-fa10.yaml and eval-fa11.yaml: written by two helpers from the seed report and the entries'
# English questions only, after every behaviour change of the session that tuned on eval-fa8 and
# eval-fa9 (Persian function words, ordinals, speakers, "کی بوده", the reviews) and its
# recalibration (fa 72.5, Finglish 71.0); never read by a tuner. Measured once: eval-fa10 fa 75/85
# right (88.2%; 74 in full), Finglish 48/51 (94.1%), one wrong entry, off-topic answered 0 of 35,
# near-topic in full 5 of 20; eval-fa11 fa 77/85 (90.6%; 76 in full), Finglish 48/51 (94.1%), 0
# wrong, 0 of 35, near-topic in full 5 of 20. Floors one question below.
# Then development data for the next session's rounds (Persian precision and recall, the clear
# lead in Persian, the reviews): eval-fa10 fa 80/85, Finglish 48/51, 0 wrong, near-topic in full
# 0 of 20; eval-fa11 fa 81/85, Finglish 50/51, 0 wrong, 3 of 20.
FA10_FLOORS = {"fa": 0.929, "fa-Latn": 0.960}  # Finglish 50/51 after "faalaye" (spoken plural -a)
FA11_FLOORS = {"fa": 0.941, "fa-Latn": 0.980}  # Finglish 51/51 after "fa3alaye"
# eval-fa12.yaml and eval-fa13.yaml: written by two helpers from the seed report and the entries'
# English questions only, after every tuning merge of the session that tuned on eval-fa10 and
# eval-fa11 and its recalibration (fa 72.5, Finglish 71.0); never read by a tuner. Measured once:
# eval-fa12 fa 84/85 right (98.8%; 83 in full), Finglish 50/51 (98.0%; 49 in full), 0 wrong,
# off-topic answered 0 of 35, near-topic in full 1 of 20; eval-fa13 fa 83/85 (97.6%, all in
# full), Finglish 50/51 (98.0%), 0 wrong, 0 of 35, near-topic in full 5 of 20. Floors one
# question below.
FA12_FLOORS = {"fa": 0.976, "fa-Latn": 0.980}  # Finglish 51/51 after "faalaye"
FA13_FLOORS = {"fa": 0.964, "fa-Latn": 0.960}
# Then development data for the next session's round (Persian defects: eras, second questions,
# roles, mixed-script language, 'can you tell'): eval-fa12 unchanged, near-topic in full 1 of 20;
# eval-fa13 unchanged, near-topic in full 3 of 20.
# eval-fa14.yaml and eval-fa15.yaml: written by two helpers from the seed report and the entries'
# English questions only, after every tuning merge of the session that tuned on eval-fa12 and
# eval-fa13 and its recalibration (fa 72.5, Finglish 71.0); never read by a tuner. Measured once:
# eval-fa14 fa 81/85 right (95.3%; 80 in full), Finglish 49/51 (96.1%), 0 wrong, off-topic
# answered 0 of 35, near-topic in full 4 of 20; eval-fa15 fa 78/85 (91.8%; 77 in full), Finglish
# 49/51 (96.1%), 0 wrong, 0 of 35, near-topic in full 6 of 20. Floors one question below.
# eval-fa16.yaml and eval-fa17.yaml: written the same way after every tuning merge of that
# session's third round (Persian synonyms, English near-topic shapes) and its recalibration (fa
# 71.5, Finglish 71.0); never read by a tuner. Measured once: eval-fa16 fa 78/85 right (91.8%;
# 77 in full), Finglish 47/51 (92.2%), 0 wrong, off-topic answered 0 of 35, near-topic in full 2
# of 20; eval-fa17 fa 80/85 (94.1%; 79 in full), Finglish 49/51 (96.1%), 0 wrong, 0 of 35,
# near-topic in full 1 of 20. Floors one question below.
# eval-fa14 to eval-fa17 were then development data for the 2026-12-06 05:15 session's round
# (mixed Persian/English, Persian synonyms and spoken forms): floors one question below what they
# give after it and its recalibration (fa 72.5, Finglish 71.0): eval-fa14 fa 82/85, Finglish
# 50/51, near-topic in full 4 of 20; eval-fa15 83/85, 50/51, 4; eval-fa16 82/85, 51/51, 1;
# eval-fa17 82/85, 50/51, 1.
FA14_FLOORS = {"fa": 0.952, "fa-Latn": 0.960}
FA15_FLOORS = {"fa": 0.964, "fa-Latn": 0.960}
FA16_FLOORS = {"fa": 0.952, "fa-Latn": 0.980}
FA17_FLOORS = {"fa": 0.952, "fa-Latn": 0.960}
# eval-fa18.yaml and eval-fa19.yaml: written the same way after every tuning merge of that round
# and its recalibration; never read by a tuner. Measured once: eval-fa18 fa 79/85 right (92.9%;
# 78 in full), Finglish 47/51 (92.2%), 0 wrong, off-topic answered 0 of 35, near-topic in full 1
# of 20; eval-fa19 fa 81/85 (95.3%, all in full), Finglish 51/51 (100%; 50 in full), 0 wrong, 0
# of 35, near-topic in full 2 of 20. Floors one question below.
# Then development data for the session's second round (Persian readings and phrasings of kinds
# that recur): eval-fa18 fa 84/85, Finglish 49/51, near-topic in full 1 of 20; eval-fa19 85/85,
# 51/51, 2 of 20 (recalibrated: fa 71.0, Finglish 71.5). Floors one question below. Then eval-fa18
# fa 85/85 («مربوط به چه افرادیه», the spoken "is" on a two-word "who").
FA18_FLOORS = {"fa": 0.988, "fa-Latn": 0.941}
FA19_FLOORS = {"fa": 0.988, "fa-Latn": 0.980}
# eval-fa20.yaml and eval-fa21.yaml: written the same way after every tuning merge of that second
# round and its recalibration (06:45 UTC); never read by a tuner. Measured once: eval-fa20 fa
# 80/85 right (94.1%, all in full), Finglish 50/51 (98.0%; 48 in full), one wrong entry («سلام
# این letter رو کی نوشتن؟», labelled letter-date, answered with who-signed: «کی» is both "who" and
# "when"), off-topic answered 0 of 35, near-topic in full 2 of 20; eval-fa21 fa 82/85 (96.5%; 81
# in full), Finglish 49/51 (96.1%; 48 in full), one wrong entry ("ra2ye mosbat be ghatname che
# faydei dare?", labelled strong-signal, answered with resolutions-binding), 0 of 35, near-topic
# in full 1 of 20. Floors one question below.
# After the Persian near-topic rules (scope/_persian_near.py) and «کی» before a plural past verb
# read as "when": eval-fa20 fa 81/85, no wrong entry, near-topic in full 1 of 20; eval-fa21
# Finglish 50/51 ("raye", رای with its ezafe, read as "ray"), no wrong entry, 0 of 20.
FA20_FLOORS = {"fa": 0.941, "fa-Latn": 0.980}  # Finglish 51/51 after the spoken plural -a
FA21_FLOORS = {"fa": 0.952, "fa-Latn": 0.960}
# eval-fa22.yaml and eval-fa23.yaml: written the same way (08:59 UTC) after every tuning merge of
# the 07:59 session's round and its recalibration (08:57; fa 70.0, Finglish 71.5); never read by a
# tuner. Measured once: eval-fa22 fa 79/85 right (92.9%, all in full), Finglish 47/51 (92.2%), 0
# wrong, off-topic answered 0 of 35, near-topic in full 2 of 20; eval-fa23 fa 80/85 (94.1%; 79 in
# full), Finglish 50/51 (98.0%), one wrong entry (labelled what-they-ask, answered with
# strong-signal), 0 of 35, near-topic in full 3 of 20. Floors one question below.
# After fa8 (the near-topic account, reply, ranking and later-term doing cues, a name asked
# beside another question): near-topic in full eval-fa14 1, eval-fa15 0, eval-fa17 0, eval-fa22 1,
# eval-fa23 0; the ceilings one above. After fa7 (the request reading, persian_request.py; «چیاست»
# and the Finglish spoken plural -a, "faalaye"): eval-fa22 fa 80/85, Finglish 48/51; eval-fa23
# Finglish 51/51, no wrong entry.
FA22_FLOORS = {"fa": 0.952, "fa-Latn": 0.921}
FA23_FLOORS = {"fa": 0.941, "fa-Latn": 0.980}
# eval-fa24.yaml and eval-fa25.yaml: written the same way (12:28-12:29 UTC) after every tuning
# merge of the 10:45 session's round (the calibration unchanged: fa 70.0, Finglish 71.5), while
# the two review-fix helpers finished (who never saw them); measured once at 121dd34: eval-fa24
# fa 80/85 right (94.1%; 77 in full), Finglish 48/51 (94.1%), 0 wrong, off-topic answered 0 of
# 35, near-topic in full 3 of 20; eval-fa25 fa 83/85 (97.6%), Finglish 49/51 (96.1%), one wrong
# entry ("mozoo asli in name chie? kholase begoo", labelled campaign-overview, answered with
# concerns-listed), 0 of 35, near-topic in full 1 of 20. Floors one question below.
FA24_FLOORS = {"fa": 0.929, "fa-Latn": 0.921}
FA25_FLOORS = {"fa": 0.964, "fa-Latn": 0.960}
# Then fixfa9 («موضوع» no longer the issues raised): eval-fa25 no wrong entry.
# Then fa9 (predictions, "exactly which" of things the sources do not name): near-topic in full
# eval-fa11, eval-fa14, eval-fa24 and eval-fa25 0 of 20; their ceilings one above.
# eval-fa26.yaml and eval-fa27.yaml: written the same way (14:44-14:45 UTC) after the 13:42
# session's first round was merged, while its review and fix helpers worked (who never saw them);
# measured once at 87d23de after every merge (the calibration of 2a2b2ea7ff kept: a refit raised
# wrong entries on the development sets): eval-fa26 fa 78/85 (91.8%), Finglish 49/51 (96.1%; 48
# in full), 0 wrong, off-topic answered 0 of 35, near-topic in full 3 of 20; eval-fa27 fa 80/85
# (94.1%), Finglish 48/51 (94.1%), 0 wrong, 0 of 35, 3 of 20. At f642b42, the session's start:
# fa 78 and 81, Finglish 49 and 48, near-topic 4 and 4. Floors one question below.
# Then fa12 (to whom, «چند تاس», a title before a name, later terms and years): eval-fa26 fa
# 79/85, Finglish 50/51, near-topic in full 1 of 20; eval-fa27 fa 81/85, 48/51, 1 of 20.
# Then fa17 (the gist asked in other words, «X که گفتن یعنی چی؟», Finglish "o"): eval-fa26
# Finglish 51/51.
FA26_FLOORS = {"fa": 0.917, "fa-Latn": 0.980}
FA27_FLOORS = {"fa": 0.941, "fa-Latn": 0.921}
# eval-fa28.yaml and eval-fa29.yaml: written the same way (17:45 UTC) after the 16:29 session's
# helpers had finished, while the lead tried the earlier sets' questions as phrasings. Measured
# with every in-scope question imported (Persian 84 and 84 of 85, Finglish 50 and 51), with the
# missed ones only (84, 84; 50, 50), then, both imports withdrawn (they let near-topic questions
# through that tests guard), what ships: eval-fa28 fa 83/85 (97.6%; 81 in full), Finglish 50/51
# (98.0%), 0 wrong, off-topic 0 of 35, near-topic in full 2 of 20; eval-fa29 fa 81/85 (95.3%; 80
# in full), Finglish 50/51, 0 wrong, 0 of 35, 1 of 20. At 5ed02c7, the session's start: fa 83
# and 79, Finglish 50 and 49, near-topic 2 and 1. Floors one question below; near-topic ceilings
# one above. Then fa13 (a person's residence or nationality, "bodan", English words with a
# Persian suffix glued on, «موضوع» as «درباره»): eval-fa28 near-topic in full 1 of 20; eval-fa29
# fa 83/85, 0 of 20; eval-fa22 fa 82/85, eval-fa23 fa 81/85, eval-fa25 Finglish 50/51; "why X?
# what's its reason?" of an entry giving none: eval-fa12 and eval-fa22 near-topic in full 0 of 20;
# a convention is a treaty: eval-fa20 0 of 20; "who" then a guess: eval-fa28 fa 84/85 (81 in full).
FA28_FLOORS = {"fa": 0.976, "fa-Latn": 0.960}
FA29_FLOORS = {"fa": 0.964, "fa-Latn": 0.960}
# eval-fa30.yaml and eval-fa31.yaml: written the same way (20:22 UTC) after the 19:03 session's
# helpers had finished and been merged. Measured once at 74d8dae: eval-fa30 fa 82/85 (96.5%; 81 in
# full), Finglish 50/51 (98.0%), 0 wrong, off-topic 0 of 35, near-topic in full 0 of 20;
# eval-fa31 fa 82/85 (82 in full), Finglish 50/51 (48 in full), 0 wrong, 0 of 35, 1 of 20
# («کدوم اقلیت‌های قومی بیشترین تبعیض رو دارن؟», which minorities suffer most, answered with
# women-minorities). At 7028f25, the session's start: fa 82 and 81, Finglish 49 and 50,
# near-topic 0 and 1. Floors one question below; near-topic ceilings one above.
FA30_FLOORS = {"fa": 0.952, "fa-Latn": 0.960}
FA31_FLOORS = {"fa": 0.952, "fa-Latn": 0.960}
# eval-fa32.yaml and eval-fa33.yaml: written the same way (21:06 UTC) after the session's second
# round (fa14, en11, near10, tuned on pair I) was merged. Measured once at 42f576a: eval-fa32 fa
# 84/85 (98.8%, all in full), Finglish 50/51 (98.0%), 0 wrong, off-topic 0 of 35, near-topic in
# full 1 of 20 ("rouhani too term avalesh daghighan che vaade hayi dade bood?"); eval-fa33 fa
# 80/85 (94.1%; 79 in full), Finglish 46/51 (90.2%), one wrong entry ("tasvibe ghatnameh che
# faydei dare?", strong-signal answered with resolutions-binding), 0 of 35, 2 of 20. At 7028f25:
# fa 83 and 80, Finglish 50 and 46, near-topic 2 and 2, the same wrong entry. Floors one question
# below; near-topic ceilings one above. near11 (a party's own words «X خودش ... چی گفته», an exact
# list of a kind never said «دقیقا چه وعده‌هایی», «کدوم ... بیشتر»): near-topic 0 and 0; ceilings 1.
FA32_FLOORS = {"fa": 0.976, "fa-Latn": 0.960}
FA33_FLOORS = {"fa": 0.929, "fa-Latn": 0.882}
# eval-fa34.yaml and eval-fa35.yaml: written the same way (23:03 UTC) after the next session's
# round (fa15, near11, en12, en13, speed18, tuned on pair J) was merged. Measured once at 3a59a44:
# eval-fa34 fa 83/85 (97.6%; 81 in full), one wrong entry («موضوع این نامه‌ای که ۳۴ تا NGO نوشتن
# چیه؟», campaign-overview answered with who-signed), Finglish 48/51 (94.1%), off-topic 0 of 35,
# near-topic in full 2 of 20; eval-fa35 fa 82/85 (96.5%), Finglish 49/51 (96.1%), 0 wrong, 0 of
# 35, 1 of 20. At 3988229: the same right entries, the same wrong one, near-topic 3 and 2. Floors
# one question below; near-topic ceilings one above.
# The same session's second round (fa16, nearfa; tuned on pair K): eval-fa34 fa 85/85, Finglish
# 50/51, no wrong entry, near-topic 0; eval-fa35 fa 83/85, Finglish 50/51. Floors one below those.
FA34_FLOORS = {"fa": 0.988, "fa-Latn": 0.960}
FA35_FLOORS = {"fa": 0.964, "fa-Latn": 0.960}
# eval-fa36.yaml and eval-fa37.yaml: written the same way (23:50 UTC) after that session's second
# round (fa16, nearfa, en14, near12, speed19, tuned on pair K) was merged. Measured once at
# 5c184d2: eval-fa36 fa 81/85 (95.3%; 80 in full), Finglish 51/51, 0 wrong, off-topic 0 of 35,
# near-topic in full 0 of 20; eval-fa37 fa 84/85 (98.8%; 83 in full), Finglish 50/51 (98.0%), 0
# wrong, 0 of 35, near-topic in full 2 of 20 («دقیقا چند نفر فعال محیط زیست زندانی‌ان؟», a
# subgroup's count, and "iran key dobare ba UN hamkari mikone?", what happens next). At 3988229:
# fa 80 and 84, Finglish 51 and 50, near-topic 1 and 2. Floors one question below; near-topic
# ceilings one above.
FA36_FLOORS = {"fa": 0.941, "fa-Latn": 0.980}
FA37_FLOORS = {"fa": 0.976, "fa-Latn": 0.960}
# eval-fa38.yaml and eval-fa39.yaml: written the same way (00:54 UTC on 2026-12-07) at the start
# of the next session, after the third round (trustfa, trusten, tuned on pair L) was merged.
# Measured once at f91eb08: eval-fa38 fa 83/85 (97.6%; 82 in full), Finglish 50/51 (98.0%), 0
# wrong, off-topic 0 of 35, near-topic in full 0 of 20; eval-fa39 fa 76/85 (89.4%; 75 in full),
# Finglish 49/51 (96.1%), 0 wrong, 0 of 35, 0 of 20. Floors one question below; near-topic
# ceilings one above.
FA38_FLOORS = {"fa": 0.964, "fa-Latn": 0.960}
# Then fa17 (the gist asked in other words, «X که گفتن یعنی چی؟», Finglish "o"): eval-fa39 fa
# 80/85 (79 in full), Finglish 51/51; floors one question below.
FA39_FLOORS = {"fa": 0.929, "fa-Latn": 0.980}
# eval-fa40.yaml and eval-fa41.yaml: written the same way (01:59 UTC) after that session's round
# (fa17, fa18, whyfa, en15, en16, near13, tuned on pair M) was merged. Measured once at a638fb7:
# eval-fa40 fa 83/85 (97.6%; 82 in full), Finglish 51/51, 0 wrong, off-topic 0 of 35, near-topic in
# full 1 of 20 («روحانی بعد از انتخاب مجدد چه واکنشی به این نامه نشون داد؟», Rouhani's reaction
# to the letter, with rouhani-reelection); eval-fa41 fa 85/85, Finglish 49/51 (96.1%), 0 wrong, 0
# of 35, 1 of 20 ("faghat hamin negaraniha bud? matne kamel e name ro bede", the letter's full
# text, with concerns-listed). At f91eb08, the session's start: the same. Floors one question
# below; near-topic ceilings one above.
FA40_FLOORS = {"fa": 0.964, "fa-Latn": 0.980}
FA41_FLOORS = {"fa": 0.988, "fa-Latn": 0.941}
# eval-fa42.yaml and eval-fa43.yaml: written the same way (04:57 UTC) after the next session's
# trust fixes (fatrust: the why and how of a compound verb; the lead's verdict fixes) were merged.
# Measured once at 0432fe8: eval-fa42 fa 82/85 (96.5%; 81 in full), Finglish 50/51 (98.0%), 0
# wrong, off-topic 0 of 35, near-topic in full 1 of 20 ("raha bahreini ghablan koja kar mikard?",
# where she worked before); eval-fa43 fa 84/85 (98.8%), Finglish 51/51, 0 wrong, 0 of 35, 2 of 20
# («بعد از تصویب قطعنامه قراره چه اتفاقی بیفته؟» with strong-signal, "iran kodom moahedehaye
# hoghoogh bashari ro emza karde?" with treaty-obligations). At c398260, the session's start: the
# same. Floors one question below; near-topic ceilings one above. Then «قبلاً»/"ghablan" read as
# a time before the sources: eval-fa42 near-topic in full 0 of 20 (ceiling one).
FA42_FLOORS = {"fa": 0.952, "fa-Latn": 0.960}
FA43_FLOORS = {"fa": 0.976, "fa-Latn": 0.980}
# eval-fa44.yaml and eval-fa45.yaml: written the same way (06:38 UTC) at the start of the next
# session. Measured once at c03e6a5: eval-fa44 fa 81/85 (95.3%, all in full), Finglish 51/51, 0
# wrong, off-topic 0 of 35, near-topic in full 6 of 20 (three whose answers say what the report
# does not give: the letter's year, the organisations' names, which treaties; and «چرا ایران با
# سازمان ملل همکاری نمیکنه؟», «تبعیض علیه بهایی‌ها هم تو نامه اومده؟», "34 ta keshvar in name ro
# neveshtan?"); eval-fa45 fa 77/85 (90.6%), Finglish 49/51 (96.1%), 0 wrong, 0 of 35, 0 of 20.
# Floors one question below; near-topic ceilings one above. Then a Persian why of a doing not
# done, a group the sources never name and a figure stated of another thing
# (test_persian_refused_why_and_groups.py, test_figure_of_another.py): eval-fa44 near-topic in
# full 3 of 20 (the three the answers themselves say the report does not give).
FA44_FLOORS = {"fa": 0.941, "fa-Latn": 0.980}
FA45_FLOORS = {"fa": 0.894, "fa-Latn": 0.941}
# eval-fa46.yaml and eval-fa47.yaml: written the same way (07:13 UTC), after that session's fixes
# for pair P were merged. Measured once at bbe1ade: eval-fa46 fa 84/85 (98.8%; one wrong entry,
# who-signed answered with campaign-overview), Finglish 50/51 (98.0%), off-topic 0 of 35,
# near-topic in full 1 of 20 («رها بحرینی قبل از عفو بین الملل کجا کار میکرد؟»); eval-fa47 fa 83/85
# (97.6%; 82 in full), Finglish 49/51 (96.1%), 0 wrong, 0 of 35, 1 of 20 ("vaz'e hoghugh bashar
# zaman-e Khatami behtar bood?"). Floors one question below; near-topic ceilings one above. Then
# the pair-Q shapes (test_near_pair_q.py): near-topic in full 0 of 20 on both.
FA46_FLOORS = {"fa": 0.976, "fa-Latn": 0.960}
FA47_FLOORS = {"fa": 0.964, "fa-Latn": 0.941}
# eval-fa48.yaml and eval-fa49.yaml: written the same way (07:38 UTC), after that session's fixes
# for pair Q were merged. Measured once at 3b3ed89: eval-fa48 fa 83/85 (97.6%; 82 in full),
# Finglish 50/51 (98.0%), 0 wrong, off-topic 0 of 35, near-topic in full 2 of 20 (the letter's
# year and which treaties, whose answers say the report does not give them); eval-fa49 fa 84/85
# (98.8%; 83 in full), Finglish 50/51, 0 wrong, 0 of 35, 1 of 20 («مجمع عمومی کی قراره به قطعنامه
# رای بده؟», when the assembly will vote). Floors one question below; near-topic ceilings one
# above. Then «X کی قراره ...» read as when (test_near_pair_r.py): eval-fa49 0 of 20.
FA48_FLOORS = {"fa": 0.964, "fa-Latn": 0.980}
FA49_FLOORS = {"fa": 0.976, "fa-Latn": 0.980}
# eval-fa50.yaml and eval-fa51.yaml: written the same way (09:22 UTC), at the start of the next
# session. Measured once at 2368631: eval-fa50 fa 83/85 (97.6%; 81 in full), Finglish 49/51
# (96.1%), 0 wrong, off-topic 1 of 35 («مجمع عمومی سازمان ملل چند تا کشور عضو داره؟», answered
# with a caveat by what-they-ask), near-topic in full 1 of 20 (the letter's year); eval-fa51 fa
# 80/85 (94.1%), Finglish 50/51 (98.0%), 0 wrong, 0 of 35, 1 of 20 («آخرین بار کدوم گزارشگر ویژه
# رفت ایران؟»). Together Persian 163/170 (95.9%), Finglish 99/102: the targets met. Then that
# session's fixes (a run of names asked "what is", a count of an entry never asked one, "the last
# time", "in khanoom ..."): off-topic 0 of 35, near-topic 1 and 0. Floors one question below.
FA50_FLOORS = {"fa": 0.964, "fa-Latn": 0.941}
FA51_FLOORS = {"fa": 0.929, "fa-Latn": 0.960}
# eval-fa52.yaml and eval-fa53.yaml: written the same way (09:51 UTC), after that session's fixes
# for pair S were merged. Measured once at af36423: eval-fa52 fa 82/85 (96.5%), Finglish 50/51
# (98.0%), 0 wrong, off-topic 0 of 35, near-topic in full 3 of 20 (the letter's year, which
# conventions Iran signed, "age iran ghatname ro ejra nakone, che tahrimi mishe?"); eval-fa53 fa
# 82/85 (96.5%), Finglish 50/51 (49 in full), 0 wrong, 0 of 35, 0 of 20. Floors one question
# below; near-topic ceilings one above.
FA52_FLOORS = {"fa": 0.952, "fa-Latn": 0.960}
FA53_FLOORS = {"fa": 0.952, "fa-Latn": 0.960}
# eval-fa54.yaml and eval-fa55.yaml: written the same way (10:06 UTC), after that session's fixes
# for pair T were merged. Measured once at f926f30: eval-fa54 fa 82/85 (96.5%; 81 in full),
# Finglish 48/51 (94.1%), 0 wrong, off-topic 0 of 35, near-topic in full 1 of 20 (the year);
# eval-fa55 fa 79/85 (92.9%), Finglish 50/51 (98.0%), 0 wrong, 0 of 35, 0 of 20. Together Persian
# 161/170 (94.7%): the 95% target **missed by one question**; Finglish 98/102 (96.1%), met. Then
# «... چند نفر؟» and «نامه ۳۴ سازمان ...» (test_pair_u.py): eval-fa55 fa 80/85 (162/170).
# Floors one question below the measured figures; near-topic ceilings one above.
FA54_FLOORS = {"fa": 0.952, "fa-Latn": 0.921}
FA55_FLOORS = {"fa": 0.929, "fa-Latn": 0.960}
# eval-fa56.yaml and eval-fa57.yaml: written the same way (10:25 UTC), after that session's fixes
# for pair U were merged. Measured once at 8e2d27f: eval-fa56 fa 84/85 (98.8%; 83 in full),
# Finglish 50/51 (98.0%), 0 wrong, off-topic 0 of 35, near-topic in full 1 of 20 («دقیقا چند نفر
# تو ایران بازداشت خودسرانه شدن؟», of an entry saying "hundreds"); eval-fa57 fa 82/85 (96.5%; 81 in
# full), Finglish 50/51, 0 wrong, 0 of 35, 2 of 20 (the letter's year; «ایران از کی همکاری با
# سازمان ملل رو قطع کرد؟»). Together Persian 166/170 (97.6%), Finglish 100/102: the targets met.
# Floors one question below; near-topic ceilings one above.
FA56_FLOORS = {"fa": 0.976, "fa-Latn": 0.960}
FA57_FLOORS = {"fa": 0.952, "fa-Latn": 0.960}
# eval-fa58.yaml and eval-fa59.yaml: written the same way (11:17 UTC), at the start of the session
# after pair V's. Measured once at f96c876: eval-fa58 fa 85/85 (84 in full), Finglish 50/51
# (98.0%), 0 wrong, off-topic 0 of 35, near-topic in full 1 of 20 (which treaties Iran signed);
# eval-fa59 fa 81/85 (95.3%; 4 more offered as "did you mean"), Finglish 50/51, 0 wrong, 0 of 35,
# 2 of 20 (which treaties; «رای مثبت به قطعنامه باعث آزادی زندانیا میشه؟», will a yes vote free
# the prisoners, since given the caveat: test_pair_w.py). Together Persian 166/170 (97.6%),
# Finglish 100/102 (98.0%): the targets met. Floors one question below; near-topic ceilings one above.
FA58_FLOORS = {"fa": 0.988, "fa-Latn": 0.960}
FA59_FLOORS = {"fa": 0.941, "fa-Latn": 0.960}
# eval-fa60.yaml and eval-fa61.yaml: written the same way (11:34 UTC), after that session's fixes
# for pair W were merged. Measured once at 778b322: eval-fa60 fa 83/85 (97.6%; 82 in full),
# Finglish 50/51 (98.0%), 0 wrong, off-topic 0 of 35, near-topic in full 3 of 20 (which treaties;
# "vaziat ... nesbat be 5 sal pish behtar shode?", since given the caveat; "name az shoraye amniat
# e sazman melal chi khaste?", what the letter asked of the Security Council, answered with what
# it asked of the General Assembly); eval-fa61 fa 83/85 (97.6%), Finglish 51/51, 0 wrong, 0 of
# 35, 3 of 20 (the signatories' names; which treaties; "aghaliat-haye dini kodooma bishtar tab'iz
# mibinan?", since given the caveat). Together Persian 166/170 (97.6%), Finglish 101/102 (99.0%):
# the targets met. Then the pair-X fixes (test_pair_x.py): eval-fa61 fa 84/85. Floors one
# question below; near-topic ceilings one above.
FA60_FLOORS = {"fa": 0.964, "fa-Latn": 0.960}
FA61_FLOORS = {"fa": 0.976, "fa-Latn": 0.980}
# eval-fa62.yaml and eval-fa63.yaml: written the same way (12:01 UTC), after that session's fixes
# for pair X were merged. Measured once at 3de6bcb: eval-fa62 fa 82/85 (96.5%; 3 more offered as
# "did you mean"), Finglish 49/51 (96.1%), 0 wrong, off-topic 0 of 35, near-topic in full 0 of
# 20; eval-fa63 fa 82/85 (96.5%; 81 in full), Finglish 51/51, one wrong («این نامه خطاب به چه
# کسی بود؟», to whom was the letter addressed, labelled who-signed, answered with
# campaign-overview, which says it too), 0 of 35, 2 of 20 (the letter's year; «گزارشگر ویژه
# سازمان ملل برای ایران اسمش چیه؟», the rapporteur's name, since refused: test_pair_y.py).
# Together Persian 164/170 (96.5%), Finglish 100/102 (98.0%): the targets met. Floors one
# question below; near-topic ceilings one above.
FA62_FLOORS = {"fa": 0.952, "fa-Latn": 0.941}
FA63_FLOORS = {"fa": 0.952, "fa-Latn": 0.980}
# eval-fa64.yaml and eval-fa65.yaml: written the same way (12:16 UTC), after that session's fixes
# for pair Y were merged. Measured once at 2a748bd: eval-fa64 fa 84/85 (98.8%; 83 in full),
# Finglish 50/51 (98.0%), 0 wrong, off-topic 0 of 35, near-topic in full 2 of 20 (which treaties;
# "vaz'e hoghugh bashar nesbat be zaman-e ahmadinejad behtar shode?", since given the caveat);
# eval-fa65 fa 84/85, Finglish 51/51, 0 wrong, 0 of 35, 2 of 20 ("iran akharin bar ki ba
# sazman-e melal hamkari kard?", when Iran last cooperated with the UN; "... too dore-ye
# ahmadinejad behtar bood?", since given the caveat). Together Persian 168/170 (98.8%),
# Finglish 101/102 (99.0%): the targets met. Floors one question below; near-topic ceilings
# one above.
FA64_FLOORS = {"fa": 0.976, "fa-Latn": 0.960}
FA65_FLOORS = {"fa": 0.976, "fa-Latn": 0.980}
# eval-fa66.yaml and eval-fa67.yaml: written the same way (12:26 UTC), after that session's fixes
# for pair Z were merged. Measured once at d6825c8: eval-fa66 fa 85/85, Finglish 50/51 (98.0%),
# 0 wrong, off-topic 0 of 35, near-topic in full 2 of 20 (the signatories' names, which the
# answer says the report does not give; "kodum keshvara be ghatname ray mosbat dadan?", which
# countries voted for the resolution, answered with what a vote would signal); eval-fa67 fa
# 84/85, Finglish 50/51, 0 wrong, 0 of 35, 0 of 20. Together Persian 169/170 (99.4%), Finglish
# 100/102 (98.0%): the targets met. Floors one question below; near-topic ceilings one above.
FA66_FLOORS = {"fa": 0.988, "fa-Latn": 0.960}
FA67_FLOORS = {"fa": 0.976, "fa-Latn": 0.960}
# eval-fa68.yaml and eval-fa69.yaml: written the same way (12:46 UTC), after that session's fixes
# for pair AA were merged. Measured once at 327de33 (no fix after it): eval-fa68 fa 81/85 (95.3%;
# 79 in full, 4 more offered as "did you mean"), Finglish 51/51, 0 wrong, off-topic 0 of 35,
# near-topic in full 0 of 20; eval-fa69 fa 78/85 (91.8%; 7 more offered as "did you mean"),
# Finglish 49/51 (96.1%), 0 wrong, 0 of 35, 2 of 20 (since when Roya Karimi Majd has worked at
# Radio Farda, of the entry that names her; which treaties). Together Persian 159/170 (93.5%):
# the 95% target **missed** (all 11 misses offered as "did you mean" with the right entry);
# Finglish 100/102 (98.0%), met. Floors one question below; near-topic ceilings one above.
FA68_FLOORS = {"fa": 0.941, "fa-Latn": 0.980}
FA69_FLOORS = {"fa": 0.905, "fa-Latn": 0.941}
# eval-fa70.yaml and eval-fa71.yaml: written the same way (12:59 UTC), with the same code as pair
# AB (a second sample of it). Measured once at 7c9686c: eval-fa70 fa 82/85 (96.5%; 81 in full),
# Finglish 50/51 (98.0%), 0 wrong, off-topic 0 of 35, near-topic in full 1 of 20 (the year);
# eval-fa71 fa 82/85 (80 in full), Finglish 50/51, 0 wrong, 0 of 35, 1 of 20 (which
# conventions). Together Persian 164/170 (96.5%), Finglish 100/102 (98.0%): the targets met.
# Floors one question below; near-topic ceilings one above.
FA70_FLOORS = {"fa": 0.952, "fa-Latn": 0.960}
FA71_FLOORS = {"fa": 0.952, "fa-Latn": 0.960}
# eval-fa72.yaml and eval-fa73.yaml: written the same way (13:29 UTC), at the start of the next
# session (after the pair-AC fixes). Measured once at 7b00a9b: eval-fa72 fa 83/85 (97.6%, all in
# full), Finglish 51/51, 0 wrong, off-topic 0 of 35, near-topic in full 1 of 20 ("5 sal-e akhir",
# the last five years); eval-fa73 fa 78/85 (91.8%; 77 in full, the other 7 offered as "did you
# mean"), Finglish 50/51, 0 wrong, 0 of 35, 0 of 20. Together Persian 161/170 (94.7%): the target
# missed by one question; Finglish 101/102 (99.0%). Floors one question below; near-topic
# ceilings one above.
FA72_FLOORS = {"fa": 0.964, "fa-Latn": 0.980}
FA73_FLOORS = {"fa": 0.905, "fa-Latn": 0.960}
# eval-fa74.yaml and eval-fa75.yaml: written the same way (13:51 UTC), after the pair-AD fixes
# were committed. Measured once at cf2c796: eval-fa74 fa 84/85 (98.8%; 83 in full), Finglish
# 48/51 (94.1%), 0 wrong, off-topic 0 of 35, near-topic in full 3 of 20 (a year with a suffix,
# «۲۰۱۵ه»; «چه تحریمی» after not cooperating; where Raha Bahreini was born); eval-fa75 fa 79/85
# (92.9%), Finglish 49/51 (96.1%), 0 wrong, 0 of 35, 2 of 20 (the month of Mehr; which treaties).
# Together Persian 163/170 (95.9%), Finglish 97/102 (95.1%): the targets met. Floors one question
# below; near-topic ceilings one above.
FA74_FLOORS = {"fa": 0.976, "fa-Latn": 0.921}
FA75_FLOORS = {"fa": 0.917, "fa-Latn": 0.941}
# eval-fa76.yaml and eval-fa77.yaml: written the same way (14:12 UTC), after the pair-AE fixes
# were committed. Measured once at e9f8c51: eval-fa76 fa 83/85 (97.6%; 82 in full), Finglish
# 51/51, 0 wrong, off-topic 0 of 35, near-topic in full 2 of 20 (the interview "with BBC Persian",
# the BBC spelt in Persian letters; "... tahrim mishe?", will it be sanctioned); eval-fa77 fa
# 84/85 (98.8%; 83 in full), Finglish 49/51 (96.1%), 0 wrong, 0 of 35, 0 of 20. Together Persian
# 167/170 (98.2%), Finglish 100/102 (98.0%): the targets met. Floors one question below;
# near-topic ceilings one above.
FA76_FLOORS = {"fa": 0.964, "fa-Latn": 0.980}
FA77_FLOORS = {"fa": 0.976, "fa-Latn": 0.941}
# eval-fa78.yaml and eval-fa79.yaml: written the same way (14:35 UTC), after the pair-AF fixes
# and a speed change were committed. Measured once at 487874b: eval-fa78 fa 80/85 (94.1%; 79 in
# full), Finglish 50/51, 0 wrong, off-topic 0 of 35, near-topic in full 1 of 20 (which
# conventions); eval-fa79 fa 84/85 (98.8%), Finglish 50/51 with one wrong entry ("Raha Bahreini
# gof name be che chizai eshare dare?", what she said the letter refers to, answered with her
# entry), 0 of 35, 4 of 20 (the signatories' names, the year, which treaties; "kodum keshvar
# ha ... ray-e manfi dadan?", which countries voted against). Together Persian 164/170 (96.5%),
# Finglish 100/102 (98.0%): the targets met. Floors one question below; near-topic ceilings one
# above.
FA78_FLOORS = {"fa": 0.929, "fa-Latn": 0.960}
FA79_FLOORS = {"fa": 0.976, "fa-Latn": 0.960}
# eval-fa80.yaml and eval-fa81.yaml: written the same way (14:51 UTC), after the pair-AG fixes
# were committed. Measured once at bb1a5ce: eval-fa80 fa 83/85 (97.6%; 80 in full) with one wrong
# entry («تمدید ریاست جمهوری روحانی و حقوق بشر», Rouhani's renewed presidency and human rights,
# answered with rouhani-first-term), Finglish 49/51 (96.1%), off-topic 0 of 35, near-topic in
# full 1 of 20 ("Roya Karimi Majd male kodoom shahre?", which city she is from, answered with
# the raha-bahreini entry); eval-fa81 fa 84/85 (98.8%; 83 in full), Finglish 50/51, 0 wrong, 0
# of 35, 3 of 20 (the signatories' names, which treaties; "440 nafar too ye mah edam shodan?").
# Together Persian 167/170 (98.2%), Finglish 99/102 (97.1%): the targets met. Floors one
# question below; near-topic ceilings one above.
FA80_FLOORS = {"fa": 0.964, "fa-Latn": 0.941}
FA81_FLOORS = {"fa": 0.976, "fa-Latn": 0.960}
# eval-fa82.yaml and eval-fa83.yaml: written the same way (15:05 UTC), after the pair-AH fixes
# were committed; measured once at 06491df and not tuned on (the session's last pair): eval-fa82
# fa 83/85 (97.6%; 82 in full), Finglish 51/51, 0 wrong, off-topic 0 of 35, near-topic in full 0
# of 20; eval-fa83 fa 83/85 (81 in full), Finglish 50/51, 0 wrong, 0 of 35, 2 of 20 (the
# signatories' names, which treaties). Together Persian 166/170 (97.6%), Finglish 101/102
# (99.0%): the targets met. Floors one question below; near-topic ceilings one above.
FA82_FLOORS = {"fa": 0.964, "fa-Latn": 0.980}
FA83_FLOORS = {"fa": 0.964, "fa-Latn": 0.960}
# eval-fa84.yaml and eval-fa85.yaml: written the same way (15:40 UTC, the next session's first
# pair), measured once at 2ed673eb before any change of that session: eval-fa84 fa 81/85 (80 in
# full), Finglish 50/51, 0 wrong, off-topic 0 of 35, near-topic in full 1 of 20 (which
# conventions iran signed); eval-fa85 fa 82/85 (all in full), Finglish 50/51, 0 wrong, 0 of 35,
# 4 of 20 (the year, the signatories' names, which treaties, which countries signed). Together
# Persian 163/170 (95.9%), Finglish 100/102 (98.0%): the targets met. Floors one question below;
# near-topic ceilings one above.
FA84_FLOORS = {"fa": 0.941, "fa-Latn": 0.960}
FA85_FLOORS = {"fa": 0.952, "fa-Latn": 0.960}
# eval-fa86.yaml and eval-fa87.yaml: written the same way (16:46 UTC), after the session's fixes
# were committed; measured once at eed4074b and not tuned on (the session's last pair): eval-fa86
# fa 81/85 (all in full), Finglish 50/51, 0 wrong, off-topic 0 of 35, near-topic in full 1 of 20
# (the year); eval-fa87 fa 84/85 (83 in full), Finglish 51/51, 0 wrong, 0 of 35, 3 of 20 (which
# treaties, the year, whether the NGOs asked the UN to sanction iran, in Finglish). Together
# Persian 165/170 (97.1%), Finglish 101/102 (99.0%): the targets met. Floors one question below;
# near-topic ceilings one above.
FA86_FLOORS = {"fa": 0.941, "fa-Latn": 0.960}
FA87_FLOORS = {"fa": 0.976, "fa-Latn": 0.980}
# eval-fa88.yaml and eval-fa89.yaml: written the same way (17:02 UTC), after the fixes tuned on
# pair AK were committed; measured once at 8886868a (tuned on since: 1f6edd3): eval-fa88 fa 81/85
# (79 in full), Finglish 49/51, 0 wrong, off-topic 0 of 35, near-topic in full 3 of 20 (where
# Bahreini is from, which laws against women, which treaties); eval-fa89 fa 83/85 (one wrong:
# «نامه ی NGO ها تاریخش چنده؟ ...» of letter-date answered with who-signed), Finglish 49/51,
# **off-topic 1 of 35** («رادیو فردا از کجا پخش میشه؟», answered with raha-bahreini; not since
# 1f6edd3), 2 of 20.
# Together Persian 164/170 (96.5%), Finglish 98/102 (96.1%), off-topic 1 of 70: missed as
# measured (the off-topic one). Floors one question below; near-topic ceilings one above.
FA88_FLOORS = {"fa": 0.941, "fa-Latn": 0.941}
FA89_FLOORS = {"fa": 0.964, "fa-Latn": 0.941}
# eval-fa90.yaml and eval-fa91.yaml: written the same way (17:14 UTC), after the fixes tuned on
# pair AL were committed; measured once at 5945c27b (tuned on since, one question: 08199a9):
# eval-fa90 fa 85/85 (83 in full), Finglish 51/51, 0 wrong, off-topic 0 of 35, near-topic in full
# 0 of 20; eval-fa91 fa 83/85 (all in full), Finglish 51/51, 0 wrong, 0 of 35, 1 of 20 (which
# treaties). Together Persian 168/170 (98.8%), Finglish 102/102 (100%), off-topic 0 of 70: the
# targets met. Floors one question below; near-topic ceilings one above.
FA90_FLOORS = {"fa": 0.988, "fa-Latn": 0.980}
FA91_FLOORS = {"fa": 0.964, "fa-Latn": 0.980}
# eval-fa92.yaml and eval-fa93.yaml: written the same way (17:26 UTC), after the fix tuned on pair
# AM was committed; measured once at 08199a90 and not tuned on in that session (its last pair):
# eval-fa92 fa 84/85 (all in full), Finglish 50/51, 0 wrong, off-topic 0 of 35, near-topic in
# full 2 of 20 (which treaties; "che keshvar haei name ro emza kardan? kanada ham bood?"); eval-fa93
# fa 82/85 (81 in full), Finglish 50/51, 0 wrong, 0 of 35, 1 of 20 (the year). Together Persian
# 166/170 (97.6%), Finglish 100/102 (98.0%), off-topic 0 of 70: the targets met. Floors one
# question below; near-topic ceilings one above.
FA92_FLOORS = {"fa": 0.976, "fa-Latn": 0.960}
FA93_FLOORS = {"fa": 0.952, "fa-Latn": 0.960}
# eval-fa94.yaml and eval-fa95.yaml: written the same way (18:19 UTC on 2026-12-07, at the start of
# the next session, the engine unchanged since pair AN); measured once at cc6b37e9 (tuned on
# since: 5eca7a7): eval-fa94 fa
# 83/85 (all in full), Finglish 50/51, 0 wrong, off-topic 0 of 35, near-topic in full 2 of 20
# («۴۴۰ نفری که اعدام شدن همشون معلم بودن؟», were all 440 teachers?; which conventions);
# eval-fa95 fa 82/85 (all in full), Finglish 48/51, 1 wrong, 0 of 35, 1 of 20 («نامه از کدوم شهر
# فرستاده شده؟», from which city, answered with who-signed). Together Persian 165/170 (97.1%),
# Finglish 98/102 (96.1%), off-topic 0 of 70: the targets met. Floors one question below;
# near-topic ceilings one above.
FA94_FLOORS = {"fa": 0.964, "fa-Latn": 0.960}
FA95_FLOORS = {"fa": 0.952, "fa-Latn": 0.921}
# eval-fa96.yaml and eval-fa97.yaml: written the same way (18:56 UTC), after the fixes tuned on
# pair AO were committed; measured once at ca0de7ec (tuned on since: 7e44107): eval-fa96 fa 84/85
# (83 in full), Finglish
# 50/51, 0 wrong, off-topic 0 of 35, near-topic in full 0 of 20; eval-fa97 fa 84/85 (all in
# full), Finglish 51/51, 0 wrong, 0 of 35, 2 of 20 (which treaties; "Raha Bahreini koja dars
# khoonde?", where did she study, since fixed: 7e44107). Together Persian 168/170 (98.8%),
# Finglish 101/102 (99.0%), off-topic 0 of 70: the targets met. Floors one question below;
# near-topic ceilings one above.
FA96_FLOORS = {"fa": 0.976, "fa-Latn": 0.960}
FA97_FLOORS = {"fa": 0.976, "fa-Latn": 0.980}
# eval-fa98.yaml and eval-fa99.yaml: written the same way (19:08 UTC), after the fixes tuned on
# pair AP were committed; measured once at 7e44107c (tuned on since: 2a41b1b): eval-fa98 fa 85/85
# (all in full), Finglish
# 51/51, 0 wrong, off-topic 0 of 35, near-topic in full 0 of 20; eval-fa99 fa 85/85 (all in
# full), Finglish 51/51 (50 in full), 0 wrong, 0 of 35, 2 of 20 (the year exactly; «نامه چه
# قانون‌هایی رو به عنوان تبعیض علیه زنان نام برده؟», which laws, fixed since: 2a41b1b). Together
# Persian 170/170, Finglish 102/102, off-topic 0 of 70: the targets met. Floors one question
# below; near-topic ceilings one above.
FA98_FLOORS = {"fa": 0.988, "fa-Latn": 0.980}
FA99_FLOORS = {"fa": 0.988, "fa-Latn": 0.980}
# eval-fa100.yaml and eval-fa101.yaml: written the same way (19:21 UTC), after the fixes tuned on
# pair AQ were committed; measured once at 971f5571: eval-fa100 fa 84/85 (all in full), Finglish
# 51/51, 0 wrong, off-topic 0 of 35, near-topic in full 2 of 20 (the year; which treaties);
# eval-fa101 fa 81/85 (80 in full), Finglish 49/51, 0 wrong, 0 of 35, 1 of 20 («ایران تا حالا با
# کدوم کمیته‌های سازمان ملل همکاری کرده؟», which UN committees has Iran cooperated with).
# Together Persian 165/170 (97.1%), Finglish 100/102 (98.0%), off-topic 0 of 70: the targets
# met. Floors one question below; near-topic ceilings one above.
FA100_FLOORS = {"fa": 0.976, "fa-Latn": 0.980}
FA101_FLOORS = {"fa": 0.941, "fa-Latn": 0.941}
# eval-fa102.yaml and eval-fa103.yaml: written the same way (19:33 UTC), after the fix tuned on
# pair AR was committed; measured once at 4e174f97: eval-fa102 fa 81/85 (all in full), Finglish
# 50/51, 0 wrong, off-topic 0 of 35, near-topic in full 0 of 20; eval-fa103 fa 84/85 (all in
# full), Finglish 50/51, 0 wrong, 0 of 35, 0 of 20. Together Persian 165/170 (97.1%), Finglish
# 100/102 (98.0%), off-topic 0 of 70: the targets met. Floors one question below; near-topic
# ceilings one above.
FA102_FLOORS = {"fa": 0.941, "fa-Latn": 0.960}
FA103_FLOORS = {"fa": 0.976, "fa-Latn": 0.960}
# eval-fa104.yaml and eval-fa105.yaml: written the same way (19:40 UTC), after the fix tuned on
# pair AS was committed; measured once at 4ac5d1ce (the session's final engine) and not tuned
# on: eval-fa104 fa 82/85 (all in full), Finglish 50/51, 0 wrong, off-topic 0 of 35, near-topic
# in full 0 of 20; eval-fa105 fa 83/85 (all in full), Finglish 49/51 (48 in full), 0 wrong, 0 of
# 35, 1 of 20 (which treaties). Together Persian 165/170 (97.1%), Finglish 99/102 (97.1%),
# off-topic 0 of 70: the targets met. Floors one question below; near-topic ceilings one above.
FA104_FLOORS = {"fa": 0.952, "fa-Latn": 0.960}
FA105_FLOORS = {"fa": 0.964, "fa-Latn": 0.941}
# eval-fa106.yaml and eval-fa107.yaml: written the same way (20:34 UTC, a new session's first
# pair); measured once at a0b32ff0 (the engine of 4ac5d1ce), tuned on since: eval-fa106 fa 84/85
# (83 in full), Finglish 51/51, 0 wrong, off-topic 1 of 35 ("Radio Farda male koja hast?",
# answered with raha-bahreini), near-topic in full 1 of 20 (the names of the signatories: an
# answer that says the report does not give them); eval-fa107 fa 81/85 (all in full), Finglish
# 51/51, 0 wrong, 2 of 35 («مقر مجمع عمومی سازمان ملل کجاست؟», "vaziat-e hoghoogh bashar too Irak
# chetore?"), 1 of 20 (which conventions Iran signed). Together Persian 165/170 (97.1%), Finglish
# 102/102, off-topic 3 of 70: missed, as measured; the three are refused since 718acfd. Floors
# one question below; near-topic ceilings one above.
FA106_FLOORS = {"fa": 0.976, "fa-Latn": 0.980}
FA107_FLOORS = {"fa": 0.941, "fa-Latn": 0.980}
# eval-fa108.yaml and eval-fa109.yaml: written the same way (21:26 UTC), after pair AU's fixes
# were committed; measured once at eab15264 (the Persian and Finglish replies of 264869c's engine
# are the same: its fix is English only): eval-fa108 fa 81/85 (all in full), Finglish 50/51 (49
# in full), 0 wrong, off-topic 0 of 35, near-topic in full 1 of 20 (which treaties Iran signed);
# eval-fa109 fa 79/85 (all in full; the six offered as "did you mean"), Finglish 50/51, 0 wrong,
# 0 of 35, 0 of 20. Together Persian 160/170 (94.1%), Finglish 100/102 (98.0%), off-topic 0 of
# 70: the Persian target **missed** (the strict xfail on pair AV). Floors one question below;
# near-topic ceilings one above.
FA108_FLOORS = {"fa": 0.941, "fa-Latn": 0.960}
FA109_FLOORS = {"fa": 0.917, "fa-Latn": 0.960}
# eval-fa110.yaml and eval-fa111.yaml: written the same way (21:37 UTC), after pair AV's fix was
# committed; measured once at 264869c7, tuned on since (4c1bf9d): eval-fa110 fa 81/85 (80 in
# full), Finglish 51/51, 0 wrong, off-topic 0 of 35, near-topic in full 1 of 20 (which
# conventions Iran is party to); eval-fa111 fa 82/85 (all in full), Finglish 51/51, 0 wrong, 1 of
# 35 («مجمع عمومی سازمان ملل کجا تشکیل میشه؟», answered with what-they-ask; only offered since
# 4c1bf9d), 0 of 20. Together Persian 163/170 (95.9%), Finglish 102/102, off-topic 1 of 70: the
# targets missed by that one, as measured. Floors one question below; near-topic ceilings one
# above.
FA110_FLOORS = {"fa": 0.941, "fa-Latn": 0.980}
FA111_FLOORS = {"fa": 0.952, "fa-Latn": 0.980}
# eval-fa112.yaml and eval-fa113.yaml: written the same way (21:46 UTC), after pair AW's fix was
# committed; measured once at 4c1bf9d8: eval-fa112 fa 80/85 (79 in full), Finglish 50/51 (49 in
# full), 0 wrong, off-topic 0 of 35, near-topic in full 2 of 20 («۴۴۰ فعال محیط زیست بازداشت
# شدن؟», the FAQ's 440 executions stated of detained activists, a caveat since 6f53ba7; which
# conventions Iran signed); eval-fa113 fa 83/85 (all in full), Finglish 51/51, 0 wrong, 0 of 35,
# 1 of 20 (which treaties). Together Persian 163/170 (95.9%), Finglish 101/102 (99.0%), off-topic
# 0 of 70: the targets met. Floors one question below; near-topic ceilings one above.
FA112_FLOORS = {"fa": 0.929, "fa-Latn": 0.960}
FA113_FLOORS = {"fa": 0.964, "fa-Latn": 0.980}
# eval-fa114.yaml and eval-fa115.yaml: written the same way (22:59 UTC), at the start of the
# session after; measured once at ea980dbc, tuned on since (f5395b2): eval-fa114 fa 81/85 (80 in
# full), Finglish 48/51 (all in full), 0 wrong, off-topic 0 of 35, near-topic in full 1 of 20
# (which human-rights treaties Iran signed); eval-fa115 fa 83/85 (all in full), Finglish 50/51,
# 0 wrong, 0 of 35, 2 of 20 (the year; «نامه به اعدام نوجوانان هم اشاره کرده؟ چند تا بودن؟»,
# answered in full with the executions total, a caveat since f5395b2). Together Persian 164/170
# (96.5%), Finglish 98/102 (96.1%), off-topic 0 of 70: the targets met. Floors one question
# below; near-topic ceilings one above.
FA114_FLOORS = {"fa": 0.941, "fa-Latn": 0.921}
FA115_FLOORS = {"fa": 0.964, "fa-Latn": 0.960}
# eval-fa116.yaml and eval-fa117.yaml: written the same way (23:19 UTC), after pair AY's fixes were
# committed; measured once at e85c0873, tuned on since: eval-fa116 fa 84/85 (82 in full), Finglish
# 49/51 (all in full), 0 wrong, off-topic 0 of 35, near-topic in full 3 of 20 («ایران از کی همکاری
# با سازمان ملل رو قطع کرده؟», since when Iran cut off cooperation, a caveat since; the year;
# which treaties); eval-fa117 fa 81/85 (all in full), Finglish 49/51, 0 wrong, 0 of 35, 1 of 20
# (which treaties). Together Persian 165/170 (97.1%), Finglish 98/102 (96.1%), off-topic 0 of
# 70: the targets met. Floors one question below; near-topic ceilings one above.
FA116_FLOORS = {"fa": 0.976, "fa-Latn": 0.941}
FA117_FLOORS = {"fa": 0.941, "fa-Latn": 0.941}
# eval-fa118.yaml and eval-fa119.yaml: written the same way (23:39 UTC), after pair AZ's fixes were
# committed; measured once at a7fec924, tuned on since: eval-fa118 fa 84/85 (81 in full),
# Finglish 50/51 (all in full), 0 wrong, off-topic 0 of 35, near-topic in full 0 of 20;
# eval-fa119 fa 84/85 (all in full), Finglish 48/51 (46 in full), 0 wrong, 0 of 35, 0 of 20.
# Together Persian 168/170 (98.8%), Finglish 98/102 (96.1%), off-topic 0 of 70: the targets met.
# Floors one question below; near-topic ceilings one above.
FA118_FLOORS = {"fa": 0.976, "fa-Latn": 0.960}
FA119_FLOORS = {"fa": 0.976, "fa-Latn": 0.921}
# eval-fa120.yaml and eval-fa121.yaml: written the same way (23:58 UTC), after pair BA's fixes were
# committed; measured once at bd134867: eval-fa120 fa 81/85 (80 in full), Finglish 47/51 (all in
# full), 0 wrong, off-topic 0 of 35, near-topic in full 2 of 20 (the year; "rouhani baraye dore-ye
# dovom che vade-i dade bood?", a caveat since); eval-fa121 fa 84/85 (82 in full), Finglish 49/51,
# 0 wrong, 0 of 35, 2 of 20 (which 34 organisations, by name; which treaties). Together Persian
# 165/170 (97.1%), Finglish 96/102 (94.1%), off-topic 0 of 70: the targets met. Floors one
# question below; near-topic ceilings one above.
FA120_FLOORS = {"fa": 0.941, "fa-Latn": 0.901}
FA121_FLOORS = {"fa": 0.976, "fa-Latn": 0.941}
# eval-fa122.yaml and eval-fa123.yaml: written the same way (00:13 UTC on 2026-12-08), after pair
# BB's fix was committed; measured once at f0ebe809, not tuned on: eval-fa122 fa 83/85 (82 in
# full), Finglish 51/51, 0 wrong, off-topic 0 of 35, near-topic in full 1 of 20 (which treaties);
# eval-fa123 fa 83/85 (81 in full), Finglish 48/51, 0 wrong, 0 of 35, 1 of 20 ("age iran be
# ghatname amal nakone chi mishe? tahrim mishe?", answered in full: the guess, sanctions, no caveat).
# Together Persian 166/170 (97.6%), Finglish 99/102 (97.1%), off-topic 0 of 70: the targets met.
# Floors one question below; near-topic ceilings one above.
FA122_FLOORS = {"fa": 0.964, "fa-Latn": 0.980}
FA123_FLOORS = {"fa": 0.964, "fa-Latn": 0.921}
# eval-fa124.yaml and eval-fa125.yaml: written the same way (00:56 UTC on 2026-12-08); measured
# once at 8f5dff21, then tuned on: eval-fa124 fa 82/85 (82 in full), Finglish 49/51, 0 wrong,
# off-topic 0 of 35, near-topic in full 2 of 20 (which conventions Iran signed: the answer says
# the report names none; «از چه سالی» since what year Iran has not cooperated: a caveat since);
# eval-fa125 fa 84/85 (83 in full), Finglish 51/51, 0 wrong, 0 of 35, 1 of 20 (Evin prison: a
# caveat since). Together Persian 166/170 (97.6%), Finglish 100/102 (98.0%), off-topic 0 of 70.
# Floors one question below; near-topic ceilings one above.
FA124_FLOORS = {"fa": 0.952, "fa-Latn": 0.941}
FA125_FLOORS = {"fa": 0.976, "fa-Latn": 0.980}
# eval-fa126.yaml and eval-fa127.yaml (pair BE): written the same way (03:25 UTC on 2026-12-08);
# measured once at aa39896e: eval-fa126 fa 83/85 (83 in full), Finglish 50/51 (49 in full), 0
# wrong, off-topic 0 of 35, near-topic in full 1 of 20 (which religious minorities the letter
# names); eval-fa127 fa 83/85, Finglish 50/51, 0 wrong, **1 of 35 off-topic answered**
# ("ghavanine in server chie?", the rules of this server, answered with the overview: refused
# since, `_persian.thing_of_this`), 5 of 20 (the year, twice; which journalists are in Evin; which
# treaties Iran signed, twice). Together Persian 166/170 (97.6%), Finglish 100/102 (98.0%),
# off-topic 1 of 70: the issue's targets **missed** as measured (the off-topic answer), met since
# the fix tuned on it (so no test of its own). Floors one question below; near-topic ceilings one above.
FA126_FLOORS = {"fa": 0.964, "fa-Latn": 0.960}
FA127_FLOORS = {"fa": 0.964, "fa-Latn": 0.960}
# eval-fa128.yaml and eval-fa129.yaml (pair BF): written the same way (04:10 UTC on 2026-12-08), after
# the session's last engine change; measured once at 3ab5ffec, never tuned on: eval-fa128 fa 82/85
# (82 in full), Finglish 50/51, 0 wrong, off-topic 0 of 35, near-topic in full 3 of 20 (the year;
# is amnesty one of the signatories; "age ghatname tasvib nashe chi mishe?", what happens if the
# resolution does not pass, answered with what a vote for it would do: a caveat since, in the
# next commit; BF is development data from there); eval-fa129 fa 82/85,
# Finglish 51/51, 0 wrong, 0 of 35, 2 of 20 (which special rapporteur asked for a visa; which
# convention, the ICCPR?). Together Persian 164/170 (96.5%), Finglish 101/102 (99.0%), off-topic
# 0 of 70: met. Floors one question below; near-topic ceilings one above.
FA128_FLOORS = {"fa": 0.952, "fa-Latn": 0.960}
FA129_FLOORS = {"fa": 0.952, "fa-Latn": 0.980}
# eval-fa130.yaml and eval-fa131.yaml (pair BG): written the same way (04:27 UTC on 2026-12-08), after
# the session's last engine change; measured once at 38360b92, never tuned on: eval-fa130 fa 81/85
# (80 in full), Finglish 51/51, 0 wrong, off-topic 0 of 35, near-topic in full 1 of 20 ("Roya
# Karimi Majd to radio farda che barnamei ejra mikone?", which programme she hosts, answered with
# the entry on Raha Bahreini); eval-fa131 fa 84/85, Finglish 50/51, 0 wrong, 0 of 35, 0 of 20.
# Together Persian 165/170 (97.1%), Finglish 101/102 (99.0%), off-topic 0 of 70: met. Floors one
# question below; near-topic ceilings one above.
FA130_FLOORS = {"fa": 0.941, "fa-Latn": 0.980}
FA131_FLOORS = {"fa": 0.976, "fa-Latn": 0.960}
# wrong entries a set may have (0 unless listed; eval-fa33 0 since fa15, eval-fa34 since fa16)
MOST_WRONG = {EVAL_FA8: 2}

# Each Persian set written after a round: (floors, most near-topic answered as if in full, its
# questions that stand word for word among the phrasings: eval-fa4's and eval-fa5's writers each
# wrote the FAQ's own Finglish example, "iran chand nafar ro edam karde"; counted, so that copying
# more in fails).
WRITTEN_AFTER_A_ROUND = {
    EVAL_FA3: (FA3_FLOORS, MAX_NEAR_TOPIC_FULL, 0),
    EVAL_FA4: (FA4_FLOORS, FA4_MAX_NEAR_TOPIC_FULL, 1),
    EVAL_FA5: (FA5_FLOORS, FA5_MAX_NEAR_TOPIC_FULL, 1),
    EVAL_FA6: (FA6_FLOORS, FA6_MAX_NEAR_TOPIC_FULL, 0),
    EVAL_FA7: (FA7_FLOORS, FA7_MAX_NEAR_TOPIC_FULL, 0),
    EVAL_FA8: (FA8_FLOORS, 2, 1),
    EVAL_FA9: (FA9_FLOORS, 1, 0),
    EVAL_FA10: (FA10_FLOORS, 1, 1),
    EVAL_FA11: (FA11_FLOORS, 1, 2),
    EVAL_FA12: (FA12_FLOORS, 1, 3),
    EVAL_FA13: (FA13_FLOORS, 1, 3),  # near-topic 0 since nearfa
    EVAL_FA14: (FA14_FLOORS, 1, 2),
    EVAL_FA15: (FA15_FLOORS, 1, 2),
    EVAL_FA16: (FA16_FLOORS, 2, 3),
    EVAL_FA17: (FA17_FLOORS, 1, 6),
    EVAL_FA18: (FA18_FLOORS, 1, 1),
    EVAL_FA19: (FA19_FLOORS, 2, 2),
    EVAL_FA20: (FA20_FLOORS, 1, 2),
    EVAL_FA21: (FA21_FLOORS, 1, 3),
    EVAL_FA22: (FA22_FLOORS, 1, 3),
    EVAL_FA23: (FA23_FLOORS, 1, 3),
    EVAL_FA24: (FA24_FLOORS, 1, 4),
    EVAL_FA25: (FA25_FLOORS, 1, 5),
    EVAL_FA26: (FA26_FLOORS, 1, 7),  # near-topic 0 since nearfa
    EVAL_FA27: (FA27_FLOORS, 1, 3),  # near-topic 0 since nearfa
    EVAL_FA28: (FA28_FLOORS, 2, 6),
    EVAL_FA29: (FA29_FLOORS, 1, 4),
    EVAL_FA30: (FA30_FLOORS, 1, 5),
    EVAL_FA31: (FA31_FLOORS, 1, 4),  # near-topic 0 after «کدوم ... بیشترین» (near10)
    EVAL_FA32: (FA32_FLOORS, 1, 2),
    EVAL_FA33: (FA33_FLOORS, 1, 5),
    EVAL_FA34: (FA34_FLOORS, 1, 3),  # near-topic 0 since nearfa
    EVAL_FA35: (FA35_FLOORS, 2, 4),
    EVAL_FA36: (FA36_FLOORS, 1, 4),
    EVAL_FA37: (FA37_FLOORS, 1, 6),  # near-topic 0 since trustfa (a two-word kind counted; "key" as when)
    EVAL_FA38: (FA38_FLOORS, 1, 3),
    EVAL_FA39: (FA39_FLOORS, 1, 3),
    EVAL_FA40: (FA40_FLOORS, 2, 2),
    EVAL_FA41: (FA41_FLOORS, 2, 4),
    EVAL_FA42: (FA42_FLOORS, 1, 3),
    EVAL_FA43: (FA43_FLOORS, 3, 2),
    EVAL_FA44: (FA44_FLOORS, 4, 2),
    EVAL_FA45: (FA45_FLOORS, 1, 4),
    EVAL_FA46: (FA46_FLOORS, 1, 8),
    EVAL_FA47: (FA47_FLOORS, 1, 6),
    EVAL_FA48: (FA48_FLOORS, 3, 6),
    EVAL_FA49: (FA49_FLOORS, 2, 2),
    EVAL_FA50: (FA50_FLOORS, 2, 2),
    EVAL_FA51: (FA51_FLOORS, 1, 5),
    EVAL_FA52: (FA52_FLOORS, 4, 2),
    EVAL_FA53: (FA53_FLOORS, 1, 6),
    EVAL_FA54: (FA54_FLOORS, 2, 6),
    EVAL_FA55: (FA55_FLOORS, 1, 2),
    EVAL_FA56: (FA56_FLOORS, 2, 4),
    EVAL_FA57: (FA57_FLOORS, 3, 2),
    EVAL_FA58: (FA58_FLOORS, 2, 1),
    EVAL_FA59: (FA59_FLOORS, 3, 6),
    EVAL_FA60: (FA60_FLOORS, 3, 3),
    EVAL_FA61: (FA61_FLOORS, 3, 4),
    EVAL_FA62: (FA62_FLOORS, 1, 3),
    EVAL_FA63: (FA63_FLOORS, 2, 3),
    EVAL_FA64: (FA64_FLOORS, 2, 1),
    EVAL_FA65: (FA65_FLOORS, 2, 2),
    EVAL_FA66: (FA66_FLOORS, 3, 2),
    EVAL_FA67: (FA67_FLOORS, 1, 4),
    EVAL_FA68: (FA68_FLOORS, 1, 3),
    EVAL_FA69: (FA69_FLOORS, 3, 0),
    EVAL_FA70: (FA70_FLOORS, 2, 3),
    EVAL_FA71: (FA71_FLOORS, 2, 5),
    EVAL_FA72: (FA72_FLOORS, 2, 4),
    EVAL_FA73: (FA73_FLOORS, 1, 3),
    EVAL_FA74: (FA74_FLOORS, 4, 2),
    EVAL_FA75: (FA75_FLOORS, 3, 5),
    EVAL_FA76: (FA76_FLOORS, 3, 3),
    EVAL_FA77: (FA77_FLOORS, 1, 2),
    EVAL_FA78: (FA78_FLOORS, 2, 2),
    EVAL_FA79: (FA79_FLOORS, 5, 3),
    EVAL_FA80: (FA80_FLOORS, 2, 3),
    EVAL_FA81: (FA81_FLOORS, 4, 4),
    EVAL_FA82: (FA82_FLOORS, 1, 2),
    EVAL_FA83: (FA83_FLOORS, 3, 3),
    EVAL_FA84: (FA84_FLOORS, 2, 2),
    EVAL_FA85: (FA85_FLOORS, 5, 2),
    EVAL_FA86: (FA86_FLOORS, 2, 3),
    EVAL_FA87: (FA87_FLOORS, 4, 5),
    EVAL_FA88: (FA88_FLOORS, 4, 3),
    EVAL_FA89: (FA89_FLOORS, 3, 1),
    EVAL_FA90: (FA90_FLOORS, 1, 2),
    EVAL_FA91: (FA91_FLOORS, 2, 1),
    EVAL_FA92: (FA92_FLOORS, 3, 3),
    EVAL_FA93: (FA93_FLOORS, 2, 4),
    EVAL_FA94: (FA94_FLOORS, 3, 4),
    EVAL_FA95: (FA95_FLOORS, 2, 2),
    EVAL_FA96: (FA96_FLOORS, 1, 4),
    EVAL_FA97: (FA97_FLOORS, 3, 2),
    EVAL_FA98: (FA98_FLOORS, 1, 6),
    EVAL_FA99: (FA99_FLOORS, 3, 3),
    EVAL_FA100: (FA100_FLOORS, 3, 5),
    EVAL_FA101: (FA101_FLOORS, 2, 1),
    EVAL_FA102: (FA102_FLOORS, 1, 2),
    EVAL_FA103: (FA103_FLOORS, 1, 2),
    EVAL_FA104: (FA104_FLOORS, 1, 1),
    EVAL_FA105: (FA105_FLOORS, 2, 4),
    EVAL_FA106: (FA106_FLOORS, 2, 4),
    EVAL_FA107: (FA107_FLOORS, 2, 5),
    EVAL_FA108: (FA108_FLOORS, 2, 3),
    EVAL_FA109: (FA109_FLOORS, 1, 6),
    EVAL_FA110: (FA110_FLOORS, 2, 7),
    EVAL_FA111: (FA111_FLOORS, 1, 3),
    EVAL_FA112: (FA112_FLOORS, 3, 3),
    EVAL_FA113: (FA113_FLOORS, 2, 4),
    EVAL_FA114: (FA114_FLOORS, 2, 2),
    EVAL_FA115: (FA115_FLOORS, 3, 6),
    EVAL_FA116: (FA116_FLOORS, 4, 4),
    EVAL_FA117: (FA117_FLOORS, 2, 6),
    EVAL_FA118: (FA118_FLOORS, 1, 5),
    EVAL_FA119: (FA119_FLOORS, 1, 1),
    EVAL_FA120: (FA120_FLOORS, 3, 2),
    EVAL_FA121: (FA121_FLOORS, 3, 2),
    EVAL_FA122: (FA122_FLOORS, 2, 2),
    EVAL_FA123: (FA123_FLOORS, 2, 4),
    EVAL_FA124: (FA124_FLOORS, 3, 3),
    EVAL_FA125: (FA125_FLOORS, 2, 3),
    EVAL_FA126: (FA126_FLOORS, 2, 3),
    EVAL_FA127: (FA127_FLOORS, 6, 3),
    EVAL_FA128: (FA128_FLOORS, 4, 3),
    EVAL_FA129: (FA129_FLOORS, 3, 4),
    EVAL_FA130: (FA130_FLOORS, 2, 2),
    EVAL_FA131: (FA131_FLOORS, 1, 4),
}
# wrong entries a set may have, as measured: eval-fa46's who-signed question answered with
# campaign-overview («چه سازمان‌هایی ...»: one)
MOST_WRONG[EVAL_FA46] = 1
# ... and eval-fa63's «این نامه خطاب به چه کسی بود؟» answered with campaign-overview (one)
MOST_WRONG[EVAL_FA63] = 1
# ... and eval-fa79's "Raha Bahreini gof name be che chizai eshare dare?" answered with
# raha-bahreini ("gof", a typo of "goft": said, left her name the question's subject; one)
MOST_WRONG[EVAL_FA79] = 1
# ... and eval-fa80's «تمدید ریاست جمهوری روحانی و حقوق بشر» answered with rouhani-first-term (one)
MOST_WRONG[EVAL_FA80] = 1
# ... and eval-fa89's «نامه ی NGO ها تاریخش چنده؟ میخوام بدونم کی نوشتنش» (its date? I want to know
# when they wrote it) answered with who-signed («کی نوشتنش»: who wrote it, too; one)
MOST_WRONG[EVAL_FA89] = 1
# ... and eval-fa95's "vote be nafe ghatname che faydei dare?" (what good is a vote for the
# resolution?) answered with resolutions-binding (one)
MOST_WRONG[EVAL_FA95] = 1


@pytest.mark.parametrize("path", WRITTEN_AFTER_A_ROUND, ids=lambda p: p.name)
def test_a_persian_set_written_after_a_round_labels_real_entries_and_stays_out_of_the_phrasings(engine, path):
    floors, _, coinciding = WRITTEN_AFTER_A_ROUND[path]
    items = load_question_set(path)
    assert {i.lang for i in items} == set(floors)
    assert {i.entry for i in items if i.entry} <= set(engine.kb.entries)
    if path.name in labelled.imported_sets():
        return  # its questions are phrasings now, by design (tools/add_phrasings.py)
    held_out = {clean(i.question) for i in items}
    phrasings = {clean(p) for e in engine.kb.entries.values() for p in e.all_phrasings()}
    assert len(held_out & phrasings - {""}) == coinciding


@pytest.mark.parametrize("path", WRITTEN_AFTER_A_ROUND, ids=lambda p: p.name)
def test_shipped_faq_keeps_its_figures_on_a_persian_set_written_after_a_round(engine, path):
    floors, max_near_topic_full, _ = WRITTEN_AFTER_A_ROUND[path]
    report = evaluate(engine, load_question_set(path))
    totals = {lang: (r.correct, r.in_scope, r.wrong, r.oos_answered) for lang, r in report.languages.items()}
    for lang, floor in floors.items():
        right, in_scope, _, _ = totals[lang]
        assert right / in_scope >= floor, (lang, right, in_scope)
    assert sum(t[3] for t in totals.values()) == 0
    assert sum(t[2] for t in totals.values()) <= MOST_WRONG.get(path, 0)
    assert report.near_topic_answered_full <= max_near_topic_full, report.near_topic_answered_full


def test_the_shipped_calibration_gives_persian_and_finglish_thresholds_of_their_own(config, engine):
    """Fitted by `faqbot calibrate` on tests/data/calibration-fa.yaml; the engine decides a Persian
    question with Persian thresholds, a Finglish one with Finglish ones, an English one with English ones."""
    own = config.matching.language_thresholds
    assert own and set(own) == {"fa", "fa-Latn"}
    assert config.calibration is not None and config.calibration.questions["fa"] >= 20
    for lang in ("fa", "fa-Latn"):
        answer, suggest = config.matching.thresholds(lang)
        assert (answer, suggest) == (own[lang]["answer_threshold"], own[lang]["suggest_threshold"])
        assert engine.matcher.settings_for(lang).answer_threshold == answer
    assert engine.matcher.settings_for("en").answer_threshold == config.matching.answer_threshold
