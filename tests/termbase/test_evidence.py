"""Issue 18, item 3: bounded evidence.  The TBX, CSV, index and exports keep the few most
informative contexts of each term with its counts; the folder keeps every occurrence in
evidence.tsv (one generation with the rest), which lookup --evidence lists and every rewrite
of the folder keeps."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary.cli import cli
from glossary.model import Concept, Evidence, Term
from glossary.termbase import evidence, locate
from glossary.termbase.formats import tbx
from tests import tbxschema
from tests.conftest import ROOT

COUNTIES = 12


def run(*args: object):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three documents using one term 15 times each: 12 distinct sentences and a boilerplate
    sentence repeated three times."""
    folder = tmp_path_factory.mktemp("corpus")
    for region in "abc":
        lines = [f"In county {i} of region {region} the Fengqiao Model (枫桥经验) was praised "
                 "by officials." for i in range(1, COUNTIES + 1)]
        lines += ["Boilerplate: the Fengqiao Model (枫桥经验) is a model."] * 3
        (folder / f"doc_{region}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return folder


OCCURRENCES = 3 * (COUNTIES + 3)


@pytest.fixture
def built(corpus: Path, tmp_path: Path) -> Path:
    result = run("build", corpus, "-o", tmp_path / "tb")
    assert result.exit_code == 0, result.output
    return tmp_path / "tb"


def term(concepts: list[Concept], text: str) -> Term:
    return next(t for c in concepts for t in c.terms if t.text == text)


def tbx_terms(path: Path, text: str = "枫桥经验") -> Term:
    return term(list(locate.read(path)), text)


# --- the rule ---------------------------------------------------------------------------------


def e(file: str, line: int, context: str, confidence: float = 0.85) -> Evidence:
    return Evidence(file, line, context, "inline", confidence)


def test_documents_in_turn_then_the_surest_then_a_sentence_with_the_term_then_the_shortest():
    found = (e("a", 1, "a long sentence with the Fengqiao Model in it, and more words"),
             e("a", 2, "short: Fengqiao Model"),
             e("a", 3, "the Fengqiao Model, surest", 0.95),
             e("a", 4, "a sentence without the term"),
             e("b", 1, "the Fengqiao Model in b, not sure", 0.55),
             e("c", 1, "the Fengqiao Model in c"))
    # a's surest, then the best of c and of b (documents before a second of a's)...
    assert evidence.most_informative(found, 3, "Fengqiao Model") == (found[2], found[4], found[5])
    # ...then a's shortest sentence that shows the term (not the shorter one without it).
    assert evidence.most_informative(found, 4, "Fengqiao Model") == (
        found[1], found[2], found[4], found[5])
    assert evidence.most_informative(found, None) == found
    assert evidence.most_informative(found, 0) == ()


def test_a_sentence_repeated_word_for_word_competes_once():
    found = tuple(e(f"doc{i}", i, "Boilerplate:  the Model.") for i in range(5)) + (
        e("doc9", 9, "A longer sentence that uses the Model once."),)
    kept = evidence.most_informative(found, 3, "Model")
    assert kept == (found[0], found[5])


def test_a_sample_taken_again_is_the_same_sample():
    found = tuple(e(f"d{i % 4}", i, f"sentence {i} with the Model" + "!" * (i % 7),
                    0.5 + (i % 3) / 10) for i in range(40))
    for limit in (1, 2, 3, 5, 8):
        sample = evidence.most_informative(found, limit, "Model")
        assert len(sample) == limit
        assert evidence.most_informative(sample, limit, "Model") == sample
        # A smaller sample of the sample is the smaller sample of the whole.
        assert evidence.most_informative(sample, limit - 1, "Model") == \
            evidence.most_informative(found, limit - 1, "Model")


def test_sampled_records_the_counts_of_the_whole():
    whole = Term("Model", "en", evidence=tuple(e(f"d{i % 4}", i, f"the Model {i}")
                                               for i in range(10)))
    (shown,) = evidence.sampled(Concept("c1", [whole]), 3).terms
    assert len(shown.evidence) == 3 and shown.counts() == (10, 4) == whole.counts()
    assert evidence.sampled(Concept("c1", [whole]), None).terms[0] is whole


@pytest.mark.parametrize("value, limit", [("3", 3), ("0", 0), ("all", None), (" ALL ", None)])
def test_contexts_values(value, limit):
    assert evidence.parse_contexts(value) == limit


# --- build ------------------------------------------------------------------------------------


def test_build_keeps_three_contexts_in_the_tbx_and_every_occurrence_in_evidence_tsv(built):
    zh = tbx_terms(built / "glossary.tbx")
    assert len(zh.evidence) == 3 and zh.counts() == (OCCURRENCES, 3)
    assert {x.file.rpartition("/")[2] for x in zh.evidence} == {"doc_a.txt", "doc_b.txt",
                                                                "doc_c.txt"}
    assert "<note>Occurrences: 45 in 3 documents</note>" in (built / "glossary.tbx").read_text(
        encoding="utf-8")
    rows = (built / "evidence.tsv").read_text(encoding="utf-8").splitlines()[2:]
    assert sum(row.split("\t")[2] == "枫桥经验" for row in rows) == OCCURRENCES
    # The folder read for a change has them all again.
    full = term(list(locate.concepts(built, evidence=True)), "枫桥经验")
    assert len(full.evidence) == OCCURRENCES and full.counts() == (OCCURRENCES, 3)


@pytest.mark.skipif(not tbxschema.available(), reason="../shared/tbx is absent")
def test_the_bounded_tbx_and_its_counts_pass_the_official_schemas(built, tmp_path):
    assert tbxschema.errors(built / "glossary.tbx") == []
    out = tmp_path / "omegat.tbx"
    assert run("export", "-f", "tbx2", "-t", built, "-o", out, "--contexts", "2").exit_code == 0
    assert tbxschema.errors_2008(out) == []


def test_the_csv_sources_cell_is_bounded_and_counts_each_term(built):
    with (built / "glossary.csv").open(encoding="utf-8-sig", newline="") as handle:
        (row,) = csv.DictReader(handle)
    assert len(row["sources"].split("; ")) == 3
    assert row["occurrences"] == ("枫桥经验: 45 in 3 documents; "
                                  "Fengqiao Model: 45 in 3 documents")


@pytest.mark.parametrize("contexts, kept", [("0", 0), ("5", 5), ("all", OCCURRENCES)])
def test_build_contexts_option(corpus, tmp_path, contexts, kept):
    assert run("build", corpus, "-o", tmp_path / "tb", "--contexts", contexts).exit_code == 0
    zh = tbx_terms(tmp_path / "tb" / "glossary.tbx")
    assert len(zh.evidence) == kept and zh.counts() == (OCCURRENCES, 3)


def test_a_bad_contexts_value_is_a_usage_error(corpus, tmp_path):
    result = run("build", corpus, "-o", tmp_path / "tb", "--contexts", "few")
    assert result.exit_code == 2 and "'few' is not a number of contexts" in result.output
    assert not (tmp_path / "tb").exists()
    result = run("export", "-t", tmp_path, "--contexts", "-1")
    assert result.exit_code == 2 and "Traceback" not in result.output


# --- lookup --evidence --------------------------------------------------------------------------


def test_lookup_evidence_lists_every_occurrence(built):
    result = run("lookup", "-t", built, "--evidence", "枫桥经验")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    for region in "abc":
        for county in range(1, COUNTIES + 1):
            assert f"In county {county} of region {region} the Fengqiao Model" in result.output
    places = [line for line in lines if ".txt:" in line]
    assert len(places) == OCCURRENCES
    assert "枫桥经验 45 times in 3 documents" in lines[-1]


def test_lookup_evidence_json_and_tsv(built):
    result = run("lookup", "-t", built, "--evidence", "--json", "Fengqiao Model")
    (found,) = json.loads(result.stdout)
    rows = [r for r in found["evidence"] if r["term"] == "Fengqiao Model"]
    assert len(rows) == OCCURRENCES and {r["extractor"] for r in rows} == {"inline"}
    assert rows[0].keys() >= {"file", "line", "context", "lang", "confidence"}
    assert {"lang": "en", "text": "Fengqiao Model", "occurrences": OCCURRENCES,
            "documents": 3} in found["terms"]
    tsv = run("lookup", "-t", built, "--evidence", "--tsv", "-l", "en", "fengqiao").output
    table = list(csv.DictReader(io.StringIO(tsv), delimiter="\t"))
    assert len(table) == OCCURRENCES and {r["term"] for r in table} == {"Fengqiao Model"}


def test_the_python_api(built):
    from glossary.termbase import Termbase

    with Termbase.open(built) as termbase:
        (found,) = termbase.evidence("枫桥经验")
    assert found.hit.concept.id == found.rows[0].concept
    assert len([r for r in found.rows if r.term == "枫桥经验"]) == OCCURRENCES
    assert found.missing() == []


def test_a_sampled_tbx_file_says_how_many_occurrences_it_left_out(built, tmp_path):
    out = tmp_path / "x.tbx"
    assert run("export", "-t", built, "-o", out).exit_code == 0
    result = run("lookup", "-t", out, "--evidence", "枫桥经验")
    assert result.exit_code == 0
    assert result.output.count(".txt:") == 3
    assert "keeps a few contexts of: 枫桥经验 45" in result.output


# --- every rewrite of the folder keeps every occurrence -------------------------------------------


def occurrences_in(folder: Path, text: str = "枫桥经验") -> int:
    rows = (folder / "evidence.tsv").read_text(encoding="utf-8").splitlines()[2:]
    return sum(row.split("\t")[2] == text for row in rows)


def test_a_decision_an_edit_and_an_import_keep_every_occurrence(built, tmp_path):
    assert run("status", "-t", built, "Fengqiao Model", "preferred", "--by", "a").exit_code == 0
    assert occurrences_in(built) == occurrences_in(built, "Fengqiao Model") == OCCURRENCES
    assert run("edit", "-t", built, "Fengqiao Model", "Fengqiao model", "--by", "a").exit_code == 0
    assert occurrences_in(built, "Fengqiao model") == OCCURRENCES  # the evidence follows
    assert len(tbx_terms(built / "glossary.tbx", "Fengqiao model").evidence) == 3
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "cx", "terms": [{"lang": "en", "text": "other"}]}) + "\n",
                     encoding="utf-8")
    assert run("import", other, "-t", built).exit_code == 0
    assert occurrences_in(built) == OCCURRENCES
    result = run("lookup", "-t", built, "--evidence", "--json", "枫桥经验")
    assert len([r for r in json.loads(result.stdout)[0]["evidence"]
                if r["term"] == "枫桥经验"]) == OCCURRENCES


def test_a_decision_keeps_the_number_of_contexts_the_build_was_given(corpus, tmp_path):
    folder = tmp_path / "tb"
    assert run("build", corpus, "-o", folder, "--contexts", "5").exit_code == 0
    assert run("status", "-t", folder, "枫桥经验", "preferred", "--by", "a").exit_code == 0
    assert len(tbx_terms(folder / "glossary.tbx").evidence) == 5


def test_a_folder_written_before_evidence_tsv_keeps_its_evidence(corpus, tmp_path):
    folder = tmp_path / "tb"
    assert run("build", corpus, "-o", folder, "--contexts", "all").exit_code == 0
    (folder / "evidence.tsv").unlink()  # as a folder written before the file existed
    assert run("status", "-t", folder, "枫桥经验", "preferred", "--by", "a").exit_code == 0
    assert occurrences_in(folder) == OCCURRENCES
    assert len(tbx_terms(folder / "glossary.tbx").evidence) == 3


# --- exports ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt, contexts, kept", [
    ("tbx", (), 3), ("tbx", ("--contexts", "5"), 5), ("tbx", ("--contexts", "all"), OCCURRENCES),
    ("tbx", ("--contexts", "0"), 0), ("tbx2", (), 0), ("tbx2", ("--contexts", "2"), 2),
    ("jsonl", (), 3), ("jsonl", ("--contexts", "all"), OCCURRENCES)])
def test_export_contexts(built, tmp_path, fmt, contexts, kept):
    out = tmp_path / f"x.{'jsonl' if fmt == 'jsonl' else 'tbx'}"
    assert run("export", "-f", fmt, "-t", built, "-o", out, *contexts).exit_code == 0
    zh = term(list(locate.read(out)), "枫桥经验")
    assert len(zh.evidence) == kept and zh.counts() == (OCCURRENCES, 3)


def test_matecat_has_an_example_of_use_only_when_asked(built, tmp_path):
    from openpyxl import load_workbook

    def examples(*options: str) -> set[str]:
        out = tmp_path / "m.xlsx"
        assert run("export", "-t", built, "-o", out, *options).exit_code == 0
        rows = list(load_workbook(out).active.iter_rows(values_only=True))
        column = rows[0].index("Example of use")
        return {row[column] for row in rows[1:]}

    assert examples() == {None}
    (example,) = examples("--contexts", "1")
    assert example.startswith("Boilerplate") or "region" in example


@pytest.mark.parametrize("fmt, name", [("tbx", "a.tbx"), ("tbx2", "a.tbx"), ("csv", "a.csv"),
                                       ("jsonl", "a.jsonl")])
@pytest.mark.parametrize("contexts", [(), ("--contexts", "2")])
def test_export_import_export_keeps_contexts_counts_and_sources(built, tmp_path, fmt, name,
                                                                 contexts):
    first, second = tmp_path / "first" / name, tmp_path / "second" / name
    first.parent.mkdir()
    second.parent.mkdir()
    assert run("export", "-f", fmt, "-t", built, "-o", first, *contexts).exit_code == 0
    assert run("import", first, "-t", tmp_path / "tb").exit_code == 0
    assert run("export", "-f", fmt, "-t", tmp_path / "tb", "-o", second, *contexts).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    assert term(list(locate.read(second)), "Fengqiao Model").counts() == (OCCURRENCES, 3)


def test_the_largest_csv_cell_of_a_big_corpus_is_read_by_pythons_csv_module(tmp_path):
    """The figure of the issue: a term used thousands of times made a sources cell larger
    than the csv module's field limit (131,072 characters)."""
    line = "In county {i} the Fengqiao Model (枫桥经验) was praised.\n\n"
    (tmp_path / "big.txt").write_text("".join(line.format(i=i) for i in range(6000)),
                                      encoding="utf-8")
    for contexts, readable in (("all", False), ("3", True)):
        out = tmp_path / contexts
        assert run("build", tmp_path / "big.txt", "-o", out, "--contexts", contexts).exit_code == 0
        code = ("import csv, sys\n"
                f"with open({str(out / 'glossary.csv')!r}, encoding='utf-8-sig') as f:\n"
                "    print(max(len(c) for row in csv.reader(f) for c in row))\n")
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              cwd=ROOT)
        assert (done.returncode == 0) == readable, done.stderr
        if readable:
            assert int(done.stdout) < 1000


def test_tbx_counts_note_round_trip():
    concept = Concept("c1", [Term("Model", "en", evidence=(e("a", 1, "the Model"),),
                                  occurrences=40, documents=7)])
    out = io.BytesIO()
    tbx.write([concept], out)
    assert b"<note>Occurrences: 40 in 7 documents</note>" in out.getvalue()
    assert list(tbx.read(io.BytesIO(out.getvalue()))) == [concept]
