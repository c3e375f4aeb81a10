"""`glossary build` through the CLI, on the real seeds and on bad input."""

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary.build import build
from glossary.cli import cli
from glossary.termbase.formats import tbx
from tests import tbxschema
from tests.build import before_streaming
from tests.build.conftest import same_output
from tests.conftest import ROOT, SEEDS, copy_seed


def run(*args):
    return CliRunner().invoke(cli, list(args))


def test_build_seeds_finds_the_core_glosses_with_evidence(seed_concepts):
    by_zh = {t.text: c for c in seed_concepts for t in c.terms if t.lang == "zh-Hans"}
    for chinese, english in [("枫桥经验", "Fengqiao Model"), ("第二个结合", "the second integration")]:
        concept = by_zh[chinese]
        (term,) = concept.terms_in("en")
        assert term.text == english
        for found in (term, concept.terms_in("zh-Hans")[0]):
            (evidence,) = found.evidence
            assert evidence.file.startswith("seeds/") and evidence.line > 0
            assert chinese in evidence.context and english in evidence.context
            line = (ROOT / evidence.file).read_text(encoding="utf-8").split("\n")[evidence.line - 1]
            assert chinese in line
    fengqiao = by_zh["枫桥经验"]
    assert fengqiao.terms_in("zh-Hant-TW")[0].text == "楓橋經驗"


def test_acronyms_join_their_full_forms(seed_concepts):
    by_text = {t.text: c for c in seed_concepts for t in c.terms}
    for acronym, full in [("CPC", "Communist Party of China"), ("PRC", "People’s Republic of China"),
                          ("ACFTU", "All-China Federation of Trade Unions"),
                          ("NPC", "National People’s Congress")]:
        assert by_text[acronym] is by_text[full]


@pytest.mark.skipif(not tbxschema.available(), reason="../shared/tbx is absent")
def test_seed_termbase_is_valid_tbx(seed_build):
    assert tbxschema.errors(seed_build / "glossary.tbx") == []


def test_two_builds_are_byte_identical(tmp_path, in_root):
    for out in ("a", "b"):
        assert run("build", "seeds", "--out", str(tmp_path / out)).exit_code == 0
    for name in ("glossary.tbx", "glossary.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_committed_terms_are_up_to_date(tmp_path, in_root):
    """terms/ is what `glossary build` makes of seeds/ today: rebuild it if this fails."""
    assert run("build", "--out", str(tmp_path)).exit_code == 0
    for name in ("glossary.tbx", "glossary.csv"):
        assert (tmp_path / name).read_bytes() == (ROOT / "terms" / name).read_bytes(), name


def test_json_summary(tmp_path, in_root):
    result = run("build", "seeds", "--out", str(tmp_path), "--json")
    summary = json.loads(result.stdout)  # (progress, on stderr, is not the summary)
    assert summary["documents"] == 5 and summary["concepts"] > 15
    with open(tmp_path / "glossary.tbx", "rb") as handle:
        assert len(list(tbx.read(handle))) == summary["concepts"]


def _assert_error(result, message, out=None):
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and result.output.startswith("glossary: error: ")
    assert message in result.output
    assert "Traceback" not in result.output
    if out is not None:
        assert not out.exists() or not any(out.iterdir())


def test_missing_path(tmp_path):
    _assert_error(run("build", str(tmp_path / "nope"), "--out", str(tmp_path / "out")),
                  "nope: no such file or directory", tmp_path / "out")


def test_empty_directory(tmp_path):
    (tmp_path / "empty").mkdir()
    _assert_error(run("build", str(tmp_path / "empty"), "--out", str(tmp_path / "out")),
                  "no documents found", tmp_path / "out")


def test_binary_file(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    copy_seed("000", docs)
    (docs / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    _assert_error(run("build", str(docs), "--out", str(tmp_path / "out")),
                  "image.txt: binary file", tmp_path / "out")


def test_a_word_pdf_and_csv_folder_builds_and_a_scanned_pdf_is_named(tmp_path):
    from tests.build.readers.samples import GLOSSARY_DOCX, GLOSSARY_PDF

    docs = tmp_path / "docs"
    docs.mkdir()
    for fixture in (GLOSSARY_DOCX, GLOSSARY_PDF):
        (docs / fixture.name).write_bytes(fixture.read_bytes())
    (docs / "list.csv").write_text("中文,English\n统战工作,united front work\n", encoding="utf-8")
    done = run("build", str(docs), "--out", str(tmp_path / "out"))
    assert done.exit_code == 0, done.output
    assert "in 3 documents" in done.output
    csv_text = (tmp_path / "out" / "glossary.csv").read_text(encoding="utf-8-sig")
    assert "united front work" in csv_text and "governance-glossary.pdf:" in csv_text
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.write(docs / "scan.pdf")
    _assert_error(run("build", str(docs), "--out", str(tmp_path / "out2")),
                  "scan.pdf: PDF has no text layer", tmp_path / "out2")


def test_non_utf8_file_names_file_and_offset(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "gbk.txt").write_bytes("the Fengqiao Model (枫桥经验)".encode("gbk"))
    _assert_error(run("build", str(docs), "--out", str(tmp_path / "out")),
                  "gbk.txt: not valid UTF-8 (byte 0xb7 at offset 20)", tmp_path / "out")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_out_dir_non_root(tmp_path, in_root):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    _assert_error(run("build", "seeds", "--out", str(locked / "out")), "cannot create directory")


def test_out_is_a_file(tmp_path, in_root):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    _assert_error(run("build", "seeds", "--out", str(blocker / "out")), "cannot create directory")


def test_failed_build_leaves_previous_termbase_untouched(tmp_path, in_root):
    out = tmp_path / "out"
    assert run("build", "seeds", "--out", str(out)).exit_code == 0
    before = (out / "glossary.tbx").read_bytes()
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "bad.txt").write_bytes(b"\xff\xfe\xfa")
    assert run("build", str(docs), "--out", str(out)).exit_code == 2
    assert (out / "glossary.tbx").read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["evidence.tsv", "glossary.csv",
                                                     "glossary.sqlite", "glossary.tbx"]


def test_one_document_is_one_document(tmp_path, in_root):
    copy_seed("000", tmp_path)
    result = run("build", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0 and " in 1 document → " in result.output, result.output


def test_parallel_build_is_byte_identical(in_root, tmp_path):
    build([Path("seeds")], tmp_path / "one")
    build([Path("seeds")], tmp_path / "two", jobs=2)
    for name in ("glossary.tbx", "glossary.csv"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_the_streamed_build_writes_what_the_build_before_it_wrote(generated_build,
                                                                  generated_corpus, tmp_path):
    """The build holds neither the documents nor the candidates any more (tasks sum them up,
    evidence goes to disk): TBX, CSV and --explain report stay byte for byte those of the
    build that held everything (tests/build/before_streaming.py), on every kind of input."""
    before = tmp_path / "before"
    before_streaming.build([generated_corpus], before, explain=before / "explain.tsv")
    same_output(generated_build, before, ("glossary.tbx", "glossary.csv", "explain.tsv",
                                          "evidence.tsv"))
    concepts = _concepts(generated_build)
    assert len(concepts) > 800  # a real workload: about 900 concepts
    assert any(t.lang == "fr" for c in concepts for t in c.terms)  # the parallel files


def test_the_streamed_build_with_candidates_is_the_build_before_it(in_root, tmp_path):
    """--candidates reads the whole corpus again for English-only phrases, after the rest."""
    build([Path("seeds")], tmp_path / "now", candidates=True)
    before_streaming.build([Path("seeds")], tmp_path / "before", candidates=True)
    same_output(tmp_path / "now", tmp_path / "before")
    assert any("english-only" in t.flags for c in _concepts(tmp_path / "now") for t in c.terms)


def test_jobs_write_what_one_process_writes(generated_build, generated_corpus, tmp_path):
    build([generated_corpus], tmp_path, jobs=2, explain=tmp_path / "explain.tsv")
    same_output(generated_build, tmp_path, ("glossary.tbx", "glossary.csv", "explain.tsv",
                                            "evidence.tsv"))


@pytest.mark.parametrize("contexts", [0, 2])
def test_terms_seen_in_every_copy_keep_their_sample_counts_and_evidence(in_root, tmp_path,
                                                                        contexts):
    """Each term of four copies of the seeds is seen more often than the TBX shows: its
    sample and counts come from the spill in SQL (build.sampling), its every occurrence
    is streamed from there into evidence.tsv; the files are those of the build that held
    every occurrence in memory."""
    for copy in range(4):
        shutil.copytree(SEEDS, tmp_path / "corpus" / f"copy{copy}")
    build([tmp_path / "corpus"], tmp_path / "now", contexts=contexts)
    before_streaming.build([tmp_path / "corpus"], tmp_path / "before", contexts=contexts)
    same_output(tmp_path / "now", tmp_path / "before", ("glossary.tbx", "glossary.csv",
                                                        "evidence.tsv"))
    assert "<note>Occurrences: 4 in 4 documents</note>" in (
        tmp_path / "now" / "glossary.tbx").read_text(encoding="utf-8")


@pytest.mark.parametrize("options, message", [
    (["--engine", "nope"], "unknown engine 'nope' (known: dask, processes, serial)"),
    (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler is for --engine dask")])
def test_engine_options_are_checked_before_anything_is_read(tmp_path, options, message):
    result = run("build", str(ROOT / "seeds"), "-o", str(tmp_path / "out"), *options)
    assert (result.exit_code, result.output) == (2, f"glossary: error: {message}\n")
    assert not (tmp_path / "out").exists()


def test_parallel_build_reports_a_bad_document(tmp_path):
    from glossary.errors import InputError

    (tmp_path / "a.txt").write_text("The Fengqiao Model (枫桥经验).", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(InputError, match="b.txt"):
        build([tmp_path], tmp_path / "out", jobs=2)
    assert not (tmp_path / "out").exists()


PARALLEL = ROOT / "tests" / "data" / "parallel"


def _concepts(out):
    with open(out / "glossary.tbx", "rb") as handle:
        return list(tbx.read(handle))


def _by_chinese(concepts, text):
    return next(c for c in concepts if any(t.text == text for t in c.terms))


def test_parallel_files_through_the_cli(tmp_path):
    """One language per file, given with --parallel (names without a language part)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for lang in ("en", "zh", "fr", "es"):
        (docs / f"{lang}-version.txt").write_bytes(
            (PARALLEL / f"revitalization.{lang}.txt").read_bytes())
    files = [str(docs / f"{lang}-version.txt") for lang in ("en", "zh", "fr", "es")]
    assert run("build", "--parallel", *files, "--out", str(tmp_path / "out")).exit_code == 0
    concept = _by_chinese(_concepts(tmp_path / "out"), "公共服务")
    terms = {t.lang: t for t in concept.terms}
    assert (terms["en"].text, terms["fr"].text, terms["es"].text) == (
        "public services", "services publics", "servicios públicos")
    # Each language's term points at its own file.
    assert terms["fr"].evidence[0].file.endswith("fr-version.txt")
    # Without --parallel these names say nothing: no four-language entries.
    assert run("build", *files, "--out", str(tmp_path / "plain")).exit_code == 0
    assert not any(t.text == "公共服务" for c in _concepts(tmp_path / "plain") for t in c.terms)


def test_parallel_files_by_name_need_no_option(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for path in PARALLEL.glob("revitalization.*.txt"):
        (docs / path.name).write_bytes(path.read_bytes())
    assert run("build", str(docs), "--out", str(tmp_path / "out")).exit_code == 0
    concept = _by_chinese(_concepts(tmp_path / "out"), "生态文明")
    assert {t.lang: t.text for t in concept.terms}["fr"] == "civilisation écologique"


def test_parallel_needs_two_files(tmp_path):
    _assert_error(run("build", "--parallel", str(PARALLEL / "belt.en.txt"),
                      "--out", str(tmp_path / "out")),
                  "--parallel needs two files or more", tmp_path / "out")


def test_parallel_files_in_one_language(tmp_path):
    _assert_error(run("build", "--parallel", str(PARALLEL / "belt.en.txt"),
                      str(PARALLEL / "revitalization.en.txt"), "--out", str(tmp_path / "out")),
                  "must be in different languages", tmp_path / "out")


def test_texts_that_do_not_translate_each_other_give_no_entries(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.en.txt").write_bytes((PARALLEL / "belt.en.txt").read_bytes())
    (docs / "a.zh.txt").write_bytes((PARALLEL / "revitalization.zh.txt").read_bytes())
    assert run("build", str(docs), "--out", str(tmp_path / "out")).exit_code == 0
    assert not any(any(t.lang == "en" for t in c.terms) for c in _concepts(tmp_path / "out"))
