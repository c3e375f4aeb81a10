"""Decisions survive rebuilds: the issue's 'done when', the commands that record decisions,
import statuses with --prefer, and what export leaves out."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from click.testing import CliRunner

from glossary.cli import cli
from glossary.model import Status
from glossary.termbase import decisions, locate
from tests import tbxschema
from tests.conftest import ROOT

ISO_TIME = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"


def run(*args, ok=True):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def curated(seed_build, tmp_path, monkeypatch):
    """A copy of the seeds' termbase, with the repository root as working directory so that
    `glossary build seeds -o FOLDER` rebuilds it."""
    folder = tmp_path / "terms"
    shutil.copytree(seed_build, folder)
    monkeypatch.chdir(ROOT)
    return folder


def terms(folder):
    return {(t.lang, t.text): t for c in locate.concepts(folder) for t in c.terms}


def test_done_when_deprecated_and_rejected_survive_a_rebuild(curated):
    run("status", "Fengqiao Model", "deprecated", "-t", curated, "--by", "alice",
        "--note", "use Fengqiao experience")
    run("status", "中央村工作", "rejected", "-t", curated, "--by", "bob")
    run("build", "seeds", "-o", curated)

    after = terms(curated)
    fengqiao = after[("en", "Fengqiao Model")]
    assert fengqiao.status is Status.DEPRECATED
    assert [(h.who, h.what, h.note) for h in fengqiao.history] == [
        ("alice", "status deprecated", "use Fengqiao experience")]
    assert not any("中央村工作" == text for _, text in after)
    tbx = (curated / "glossary.tbx").read_text(encoding="utf-8")
    assert "<term>中央村工作</term>" not in tbx and "<term>Fengqiao Model</term>" in tbx
    assert re.search(r"<transacNote type=\"responsibility\">alice</transacNote>", tbx)
    assert run("lookup", "中央村工作", "-t", curated, ok=False).exit_code == 1
    assert run("validate", curated / "glossary.tbx").exit_code == 0  # transacGrp is TBX-Basic

    lines = (curated / "decisions.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[1] == "when\twho\taction\tconcept\tlang\tterm\tvalue\tnote"
    assert re.fullmatch(ISO_TIME + r"\talice\tstatus\tc\w+\ten\tFengqiao Model\tdeprecated\t"
                        r"use Fengqiao experience", lines[2])
    assert re.fullmatch(ISO_TIME + r"\tbob\tstatus\tc\w+\tzh-Hans\t中央村工作\trejected\t", lines[3])


def test_status_and_rebuild_write_the_same_termbase(curated):
    run("status", "Fengqiao Model", "preferred", "-t", curated)
    run("status", "楓橋經驗", "deprecated", "-t", curated)  # a Traditional form: its source
    before = (curated / "glossary.tbx").read_bytes()
    run("build", "seeds", "-o", curated)
    assert (curated / "glossary.tbx").read_bytes() == before
    after = terms(curated)
    # A decision on a Chinese term carries over to its Traditional forms and pinyin.
    assert {after[k].status for k in [("zh-Hans", "枫桥经验"), ("zh-Hant-TW", "楓橋經驗"),
                                      ("zh-Latn-pinyin", "Fēngqiáo jīngyàn")]} == {Status.DEPRECATED}


@pytest.mark.skipif(not tbxschema.available(), reason="../shared/tbx is absent")
@pytest.mark.parametrize("fmt, errors", [("tbx", tbxschema.errors),
                                         ("tbx2", tbxschema.errors_2008)])
def test_history_is_valid_tbx_basic(curated, tmp_path, fmt, errors):
    run("status", "Fengqiao Model", "deprecated", "-t", curated, "--note", "a <note> & more")
    run("add", "共同富裕", "--en", "common prosperity", "-t", curated)
    out = tmp_path / "out.tbx"
    run("export", "-f", fmt, "-t", curated, "-o", out)
    assert b"<transacGrp>" in out.read_bytes() and b"origination" in out.read_bytes()
    assert errors(out) == []


def test_status_shows_history_and_a_term_written_in_several_places_exits_2(curated):
    run("add", "甲方案", "--en", "Plan A", "-t", curated, "--by", "carol")
    run("add", "乙方案", "--en", "Plan A", "-t", curated, "--by", "carol")
    result = run("status", "Plan A", "-t", curated, ok=False)
    assert result.exit_code == 2
    assert "'Plan A' matches 2 terms" in result.output and result.output.count("  en  Plan A") == 2
    run("status", "甲方案", "preferred", "-t", curated, "--note", "house style")
    shown = run("status", "甲方案", "-t", curated).output.splitlines()
    assert shown[0].startswith("甲方案  zh-Hans  c") and shown[0].endswith("preferred")
    assert re.fullmatch(r"  " + ISO_TIME + r"  carol  added", shown[1])
    assert re.fullmatch(r"  " + ISO_TIME + r"  \S+  status preferred — house style", shown[2])
    assert run("status", "nothing like it", "-t", curated, ok=False).exit_code == 2


def test_added_edited_merged_split_survive_a_rebuild(curated):
    run("add", "共同富裕", "--en", "common prosperity", "--fr", "prospérité commune", "-t", curated)
    run("add", "共同富裕之路", "--en", "road to common prosperity", "-t", curated)
    road = decisions.new_concept_id("zh-Hans", "共同富裕之路")
    prosperity = decisions.new_concept_id("zh-Hans", "共同富裕")
    run("merge", road, prosperity, "-t", curated)
    run("split", "road to common prosperity", "-t", curated)
    run("edit", "中央经济工作", "中央经济工作会议", "-t", curated)
    run("build", "seeds", "-o", curated)
    after = {c.id: c for c in locate.concepts(curated)}
    mine = after[prosperity]
    assert {(t.lang, t.text) for t in mine.terms} >= {
        ("zh-Hans", "共同富裕"), ("zh-Hant", "共同富裕"), ("en", "common prosperity"),
        ("fr", "prospérité commune"), ("zh-Hans", "共同富裕之路")}
    assert "road to common prosperity" not in {t.text for t in mine.terms}
    assert any(t.text == "road to common prosperity" for c in after.values() for t in c.terms
               if c.id != prosperity)
    assert any(t.lang == "zh-Latn-pinyin" for t in mine.terms)
    renamed = terms(curated)
    assert ("zh-Hans", "中央经济工作") not in renamed
    assert renamed[("zh-Hans", "中央经济工作会议")].evidence  # keeps where it was seen
    assert ("zh-Hant", "中央經濟工作會議") in renamed


def test_new_candidates_of_a_curated_termbase_arrive_as_needs_review(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("It builds Common Prosperity (共同富裕) for all.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run("build", "docs", "-o", "tb")
    assert terms(tmp_path / "tb")[("en", "Common Prosperity")].status is Status.ADMITTED
    run("status", "Common Prosperity", "preferred", "-t", "tb")
    (docs / "b.txt").write_text("We keep social governance (社会治理) alive.\n", encoding="utf-8")
    run("build", "docs", "-o", "tb")
    after = terms(tmp_path / "tb")
    assert after[("en", "Common Prosperity")].status is Status.PREFERRED
    assert after[("zh-Hans", "共同富裕")].status is Status.ADMITTED
    assert after[("en", "social governance")].status is Status.NEEDS_REVIEW
    assert after[("zh-Hant", "社會治理")].status is Status.NEEDS_REVIEW
    run("build", "docs", "-o", "tb")  # still needs review: only a decision changes that
    assert terms(tmp_path / "tb")[("en", "social governance")].status is Status.NEEDS_REVIEW


def test_import_records_statuses_and_prefer_settles_conflicts(curated, tmp_path):
    run("status", "Fengqiao Model", "deprecated", "-t", curated, "--by", "alice")
    theirs = tmp_path / "theirs.jsonl"
    # One id per concept: a file giving two entries one id is refused (issue 15, item 5).
    theirs.write_text("\n".join(json.dumps({"id": f"x{n}", "terms": [
        {"lang": "zh-Hans", "text": zh, "status": "admitted"},
        {"lang": "en", "text": en, "status": status}]}, ensure_ascii=False)
        for n, (zh, en, status) in enumerate([
            ("枫桥经验", "Fengqiao Model", "preferred"),
            ("社会稳定", "social stability", "preferred"),
            ("新质生产力", "new quality productive forces", "admitted")], 1)) + "\n",
        encoding="utf-8")

    result = run("import", theirs, "-t", curated)
    assert "conflict: c00a72a9aa334: en 'Fengqiao Model' is deprecated here (decided by alice, " in result.output
    assert "preferred in theirs.jsonl; kept deprecated (--prefer ours)" in result.output
    after = terms(curated)
    assert after[("en", "Fengqiao Model")].status is Status.DEPRECATED
    assert after[("en", "social stability")].status is Status.PREFERRED  # no decision before
    recorded = decisions.read(curated)
    # (枫桥经验 awaited review here, so the import's "admitted" is a decision too)
    assert [(d.who, d.term, d.value) for d in recorded[1:]] == [
        ("import theirs.jsonl", "枫桥经验", "admitted"),
        ("import theirs.jsonl", "social stability", "preferred")]

    result = run("import", theirs, "-t", curated, "--prefer", "theirs")
    assert "kept preferred (--prefer theirs)" in result.output
    assert terms(curated)[("en", "Fengqiao Model")].status is Status.PREFERRED

    run("build", "seeds", "-o", curated)  # imported concepts and their statuses stay
    after = terms(curated)
    assert after[("en", "new quality productive forces")].status is Status.ADMITTED
    assert after[("en", "Fengqiao Model")].status is Status.PREFERRED
    assert after[("en", "social stability")].status is Status.PREFERRED


def test_export_status_filter_and_needs_review_out_of_cat_formats(curated, tmp_path):
    run("status", "Fengqiao Model", "preferred", "-t", curated)
    run("status", "枫桥经验", "admitted", "-t", curated)  # (it awaits review after the build)
    every = terms(curated)
    review = {k for k, t in every.items() if t.status is Status.NEEDS_REVIEW}
    assert review
    out = tmp_path / "default.jsonl"
    run("export", "-t", curated, "-o", tmp_path / "cat.tbx")
    from glossary.termbase.formats import tbx

    with (tmp_path / "cat.tbx").open("rb") as handle:
        exported = {(t.lang, t.text) for c in tbx.read(handle) for t in c.terms}
    assert not exported & review
    assert ("en", "Fengqiao Model") in exported
    run("export", "-t", curated, "-o", out)
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(list(locate.concepts(curated)))
    run("status", "社会稳定", "deprecated", "-t", curated)
    only = run("export", "-f", "omegat", "-t", curated, "--status", "preferred,admitted").output
    assert "枫桥经验\tFengqiao Model\t" in only
    assert "中央经济工作\t" not in only and "社会稳定" not in only
    assert "中央经济工作\t" in run("export", "-f", "omegat", "-t", curated, "--status", "all").output
    bad = run("export", "-t", curated, "--status", "approved", ok=False)
    assert bad.exit_code == 2 and "unknown status 'approved'" in bad.output


def test_decision_lines_escape_tabs_and_newlines(tmp_path):
    decision = decisions.Decision("2026-01-01T00:00:00Z", "a\tb", "status", "c1", "en", "x",
                                  "deprecated", "line one\nline two \\ done")
    decisions.append(tmp_path, [decision])
    assert decisions.read(tmp_path) == [decision]
    text = (tmp_path / "decisions.tsv").read_text(encoding="utf-8")
    assert text.count("\n") == 3 and "line one\\nline two \\\\ done" in text


@pytest.mark.parametrize("dialect", ["V2019", "V2008"])
def test_history_round_trips_through_tbx(dialect):
    import io

    from glossary.model import Concept, Term, Transaction
    from glossary.termbase.formats import tbx

    history = (Transaction("2026-12-03T09:00:00Z", "alice", "added"),
               Transaction("2026-12-03T09:05:00Z", "bob", "status deprecated", "see <note> & why"))
    concept = Concept("c1", [Term("Fengqiao Model", "en", status=Status.DEPRECATED,
                                  history=history)])
    out = io.BytesIO()
    tbx.write([concept], out, dialect=getattr(tbx, dialect))
    [back] = tbx.read(io.BytesIO(out.getvalue()))
    expected = history if dialect == "V2019" else tuple(
        Transaction(h.when[:10], h.who, h.what, h.note) for h in history)
    assert back.terms[0].history == expected and back.terms[0].notes == ()


def _deprecate_all(folder, texts):
    from glossary.termbase import curate

    for text in texts:
        curate.set_status(folder, text, "deprecated", lang="en", who="p")


def test_decisions_from_two_processes_at_once_are_all_kept(curated):
    import multiprocessing

    english = sorted(text for (lang, text), t in terms(curated).items()
                     if lang == "en" and t.status is Status.ADMITTED)[:6]
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_deprecate_all, args=(curated, english[i::2])) for i in (0, 1)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    after = terms(curated)
    assert all(after[("en", text)].status is Status.DEPRECATED for text in english)
    assert len(decisions.read(curated)) == len(english)


def test_a_concept_added_in_traditional_gets_its_simplified_form(curated):
    run("add", "共同富裕之國", "--en", "land of common prosperity", "-t", curated)
    added = terms(curated)
    assert ("zh-Hant", "共同富裕之國") in added and ("zh-Hans", "共同富裕之国") in added
    assert run("add", "楓橋經驗", "--en", "x", "-t", curated, ok=False).exit_code == 2  # exists


def test_a_decided_term_stays_when_its_document_goes(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("We keep the Fengqiao Model (枫桥经验) alive.\n", encoding="utf-8")
    (docs / "b.txt").write_text("It builds Common Prosperity (共同富裕) for all.\n", encoding="utf-8")
    (docs / "c.txt").write_text("The Party Building (党的建设) goes on.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run("build", "docs", "-o", "tb")
    run("status", "Fengqiao Model", "deprecated", "-t", "tb", "--by", "alice")
    run("status", "共同富裕", "rejected", "-t", "tb")
    (docs / "a.txt").unlink()
    (docs / "c.txt").unlink()
    run("build", "docs", "-o", "tb")
    after = terms(tmp_path / "tb")
    assert after[("en", "Fengqiao Model")].status is Status.DEPRECATED  # decided: kept
    assert ("zh-Hans", "枫桥经验") not in after  # undecided, and no longer in a document
    assert ("en", "Party Building") not in after
    assert ("zh-Hans", "共同富裕") not in after  # still rejected


def test_the_review_queue_puts_the_least_sure_first():
    from glossary.model import Concept, Evidence, Term
    from glossary.termbase.curate import review_queue

    def concept(ident, *rated):
        return Concept(ident, [Term(text, "en", status=Status.NEEDS_REVIEW if p < 0.6 else
                                    Status.ADMITTED,
                                    evidence=(Evidence("a.txt", 1, "…", "rows", p),))
                               for text, p in rated])

    queue = review_queue([concept("c1", ("sure", 0.9)),
                          concept("c2", ("doubtful", 0.55)),
                          concept("c3", ("sure too", 0.95), ("very doubtful", 0.2)),
                          concept("c4", ("doubtful too", 0.55))])
    assert [c.id for c in queue] == ["c3", "c2", "c4"]
