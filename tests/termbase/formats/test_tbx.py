import io
import time

import pytest

from glossary.errors import FormatError
from glossary.model import Concept, Evidence, Status, Term, TermType
from glossary.termbase.formats import tbx, tbx2
from tests import tbxschema
from tests.conftest import needs_shared


def sample_concepts():
    evidence = Evidence("seeds/a.txt", 46, "promoting the Fengqiao Model (枫桥经验) & <more>",
                        "inline", 0.85)
    return [
        Concept(id="c1", subject_field="governance", definition="A model of grassroots governance.",
                notes=("concept note",), terms=[
                    Term("枫桥经验", "zh-Hans", evidence=(evidence,)),
                    Term("Fēngqiáo jīngyàn", "zh-Latn-pinyin", TermType.TRANSLITERATION,
                         notes=("Derived: pypinyin from 枫桥经验",)),
                    Term("Fengqiao Model", "en", status=Status.PREFERRED, evidence=(evidence,)),
                    Term("Fengqiao experience", "en", status=Status.DEPRECATED),
                ]),
        Concept(id="c2", terms=[
            Term("中央经济工作", "zh-Hans", status=Status.NEEDS_REVIEW,
                 flags=("possibly-truncated",)),
            Term("CEWC", "en", TermType.ACRONYM, status=None),
        ]),
    ]


def export(concepts):
    out = io.BytesIO()
    tbx.write(concepts, out, description="test")
    return out.getvalue()


def test_round_trip_is_lossless_and_byte_identical():
    first = export(sample_concepts())
    read_back = list(tbx.read(io.BytesIO(first)))
    assert read_back == sample_concepts()
    assert export(read_back) == first


def test_empty_termbase_round_trips():
    data = export([])
    assert b"<body" not in data  # body must hold at least one entry
    assert list(tbx.read(io.BytesIO(data))) == []


@pytest.mark.skipif(not tbxschema.available(), reason="../shared/tbx is absent")
def test_export_is_valid_tbx_basic_2019(tmp_path):
    path = tmp_path / "t.tbx"
    path.write_bytes(export(sample_concepts()))
    assert tbxschema.errors(path) == []


@pytest.mark.skipif(not tbxschema.available(), reason="../shared/tbx is absent")
def test_schema_check_can_fail(tmp_path):
    path = tmp_path / "bad.tbx"
    path.write_bytes(export(sample_concepts()).replace(b'type="termType">acronym',
                                                       b'type="termType">bogus'))
    assert tbxschema.errors(path)


def test_reads_official_sample_keeping_unknown_categories_as_notes():
    sample = needs_shared("tbx", "examples", "zh-en-fr-es_TBX-Basic_v3_dca.tbx")
    (concept,) = tbx.read(str(sample))
    assert concept.subject_field == "information technology"
    assert [(t.lang, t.text, t.status) for t in concept.terms_in("en-US")] == [
        ("en-US", "database", Status.PREFERRED), ("en-US", "data bank", Status.DEPRECATED)]
    assert "Do not use in product documentation." in concept.terms_in("en-US")[1].notes
    assert "[zh-Hans] definition: 按照数据结构来组织、存储和管理数据的仓库。" in concept.notes
    assert "[zh-Hans] source: example source" in concept.notes  # langSec-level: kept, not dropped


def test_malformed_xml_is_a_format_error_with_line():
    with pytest.raises(FormatError, match=r"bad.tbx: line 2: "):
        list(tbx.read(io.BytesIO(b'<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic">'
                                 b"\n<oops></tbx>"), "bad.tbx"))


def test_billion_laughs_is_not_expanded():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                       for i in range(1, 10))
            + b']><tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic"><text><body>'
            b'<conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>&lol9;</term>'
            b'</termSec></langSec></conceptEntry></body></text></tbx>')
    started = time.monotonic()
    try:
        concepts = list(tbx.read(io.BytesIO(bomb), "bomb.tbx"))
    except FormatError:
        concepts = []
    assert time.monotonic() - started < 5
    assert all(len(t.text) < 1000 for c in concepts for t in c.terms)


def test_not_tbx_root_is_rejected():
    with pytest.raises(FormatError, match="not a TBX file"):
        list(tbx.read(io.BytesIO(b'<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="XLIFF"/>'), "x"))


def test_foreign_roots_are_errors_not_silence():
    with pytest.raises(FormatError, match="not a TBX file"):
        list(tbx.read(io.BytesIO(b'<martif type="MARTIF"><text><body/></text></martif>'), "x.tbx"))
    with pytest.raises(FormatError, match="no <tbx> or <martif> root"):
        list(tbx.read(io.BytesIO(b"<html><body>hi</body></html>"), "page.tbx"))


# --- TBX-Basic 2008 ---------------------------------------------------------------------------


def export_2008(concepts):
    out = io.BytesIO()
    tbx2.write(concepts, out, description="test")
    return out.getvalue()


def test_2008_round_trip_is_lossless_and_byte_identical():
    first = export_2008(sample_concepts())
    assert first.startswith(b"<?xml") and b"<martif" in first and b"<tig>" in first
    read_back = list(tbx.read(io.BytesIO(first)))
    assert read_back == sample_concepts()
    assert export_2008(read_back) == first
    assert export(read_back) == export(sample_concepts())  # and across versions


@pytest.mark.skipif(not tbxschema.available(), reason="../shared/tbx is absent")
def test_2008_export_is_valid_and_the_validator_can_fail(tmp_path):
    path = tmp_path / "v2.tbx"
    path.write_bytes(export_2008(sample_concepts()))
    assert tbxschema.errors_2008(path) == []
    broken = tmp_path / "broken.tbx"
    broken.write_bytes(path.read_bytes().replace(b"preferredTerm-admn-sts", b"bestTerm"))
    assert any(e.startswith("sch:") for e in tbxschema.errors_2008(broken))


def test_2008_official_samples_read():
    folder = needs_shared("tbx", "v2", "samples")
    concepts = list(tbx.read(str(folder / "TBX-basic-sample.tbx")))
    lens = next(c for c in concepts if c.id == "c7")
    english = {t.text: t for t in lens.terms_in("en")}
    assert english["PAL"].type == TermType.ACRONYM
    assert english["PAL"].status == Status.DEPRECATED
    assert english["progressive lens"].status == Status.PREFERRED
    assert any(note.startswith("definition: corrective lenses") for note in lens.notes)
    criti = list(tbx.read(str(folder / "Good-Basic2_CRITI.tbx")))
    assert criti and all(c.terms for c in criti)


def test_2008_broken_sample_is_a_clear_error():
    folder = needs_shared("tbx", "v2", "samples")
    with pytest.raises(FormatError, match=r"line \d+"):
        list(tbx.read(str(folder / "tbx_basic_sample_notwellformed.tbx"), "bad.tbx"))


def test_ntig_is_read_like_tig():
    data = (b'<martif type="TBX-Basic"><text><body><termEntry id="e1"><langSet xml:lang="zh-CN">'
            b'<ntig><termGrp><term>\xe6\x9e\xab\xe6\xa1\xa5\xe7\xbb\x8f\xe9\xaa\x8c</term>'
            b'<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp>'
            b'<note>n</note></ntig></langSet></termEntry></body></text></martif>')
    (concept,) = tbx.read(io.BytesIO(data))
    (term,) = concept.terms
    assert (term.text, term.lang, term.status, term.notes) == (
        "枫桥经验", "zh-Hans", Status.PREFERRED, ("n",))


def _lxml_reference(concept, dialect):
    """The same entry built as an lxml tree and pretty-printed: what the text writer mimics."""
    from lxml import etree

    def sub(parent, tag, text=None, kind=None):
        element = etree.SubElement(parent, tag, {"type": kind} if kind else {})
        if text is not None:
            element.text = text
        return element

    entry = etree.Element(dialect.entry, id=concept.id)
    for note in concept.notes:
        sub(entry, "note", note)
    for lang in concept.languages():
        section = sub(entry, dialect.lang_sec)
        section.set(tbx.XML_LANG, lang)
        for term in concept.terms_in(lang):
            term_sec = sub(section, dialect.term_sec)
            sub(term_sec, "term", term.text)
            sub(term_sec, "termNote", term.type.value, "termType")
            for evidence in term.evidence:
                group = sub(term_sec, "descripGrp")
                sub(group, "descrip", evidence.context, "context")
                sub(group, "admin", f"{evidence.file}:{evidence.line}", "source")
                sub(group, "note", f"extractor: {evidence.extractor}; "
                                   f"confidence: {evidence.confidence}")
            if term.evidence:
                sub(term_sec, "note", tbx.counts_note(*term.counts()))
    return etree.tostring(entry, encoding="unicode", pretty_print=True)


def test_text_writer_escapes_exactly_as_lxml_does():
    tricky = 'a & b < c > d "e" \'f\'\r\nline\ttab ü 中'
    concept = Concept(id='c"1&', notes=(tricky, ""), terms=[
        Term(tricky, "en", status=None, evidence=(Evidence(tricky, 3, "", "x&y", 0.5),))])
    written = "\n".join(tbx.entry_lines(concept)) + "\n"
    assert written == _lxml_reference(concept, tbx.V2019)
    assert list(tbx.read(io.BytesIO(export([concept])))) == [concept]


def test_control_characters_are_a_clear_error():
    with pytest.raises(FormatError, match="control character"):
        export([Concept("c1", [Term("bad\x0bterm", "en")])])


def test_processing_instructions_anywhere_in_an_entry_are_skipped():
    # A processing instruction inside a transacGrp stopped the reader with a ValueError.
    data = (b'<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca">'
            b'<text><body><conceptEntry id="c1"><?pi x?><langSec xml:lang="en"><?pi x?>'
            b'<termSec><term>apple</term><?pi x?><transacGrp><?pi x?>'
            b'<transac type="transactionType">modification</transac><date>2024-01-02</date>'
            b'<note>Decision: status preferred</note></transacGrp></termSec></langSec>'
            b'</conceptEntry></body></text></tbx>')
    (concept,) = tbx.read(io.BytesIO(data))
    (term,) = concept.terms
    assert term.text == "apple"
    assert [(t.when, t.what) for t in term.history] == [("2024-01-02", "status preferred")]


def test_attributes_beyond_the_mapping_are_told_whatever_element_holds_them():
    # The reader counts the attributes it read; any more (here a type on a term, which it
    # does not read, and an id on a termSec) sends it looking for the ones dropped.
    data = (b'<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca">'
            b'<text><body><conceptEntry id="c1"><langSec xml:lang="en"><termSec id="t1">'
            b'<term type="x">apple</term></termSec></langSec></conceptEntry>'
            b'<conceptEntry id="c2"><langSec xml:lang="en"><termSec><term>pear</term>'
            b'<termNote type="termType">fullForm</termNote></termSec></langSec></conceptEntry>'
            b'</body></text></tbx>')
    told = []
    assert [c.id for c in tbx.read(io.BytesIO(data), "x.tbx", told.append)] == ["c1", "c2"]
    assert told == ["x.tbx: attributes not kept: termSec/@id (1)"]


def test_terms_read_are_whole_dataclasses_with_counts_as_term_counted_gives():
    # The reader fills each Term's and Evidence's fields at once (not through __init__): every
    # field must be there, and a count note the evidence already shows must record nothing.
    import dataclasses

    seen = Evidence("a.txt", 3, "context", "inline", 0.85)
    elsewhere = Evidence("b.txt", 9, "other context", "inline", 0.85)
    concepts = [Concept(id="c1", terms=[
        Term("枫桥经验", "zh-Hans", evidence=(seen,)).counted(40, 7),  # more than shown
        Term("Fengqiao Model", "en", evidence=(seen, elsewhere)),      # as shown
        Term("Fengqiao experience", "en").counted(2, 1),                  # no evidence
    ])]
    (read_back,) = tbx.read(io.BytesIO(export(concepts)))
    assert read_back == concepts[0]
    for term in read_back.terms:
        assert set(vars(term)) == {f.name for f in dataclasses.fields(Term)}
        for evidence in term.evidence:
            assert set(vars(evidence)) == {f.name for f in dataclasses.fields(Evidence)}
    assert [t.counts() for t in read_back.terms] == [(40, 7), (2, 2), (2, 1)]
    assert read_back.terms[1].occurrences == read_back.terms[1].documents == 0


# --- reading: errors and safety through the command a user runs ----------------------------


def _import(path, folder):
    from click.testing import CliRunner

    from glossary.cli import cli

    return CliRunner().invoke(cli, ["import", str(path), "-t", str(folder)])


def test_malformed_xml_after_good_entries_is_one_line_and_writes_nothing(tmp_path):
    good = export(sample_concepts()).decode()
    broken = good.replace('<conceptEntry id="c2">', '<conceptEntry id="c2"><oops>', 1)
    opened = broken[:broken.index("<oops>")].count("\n") + 1
    line = broken[:broken.index("</conceptEntry>", broken.index("<oops>"))].count("\n") + 1
    path = tmp_path / "broken.tbx"
    path.write_text(broken, encoding="utf-8")
    result = _import(path, tmp_path / "tb")
    assert result.exit_code == 2
    assert result.output == (f"glossary: error: {path}: line {line}: Opening and ending tag "
                             f"mismatch: oops line {opened} and conceptEntry, line {line}, "
                             "column 16\n")
    assert not (tmp_path / "tb").exists() or not any((tmp_path / "tb").iterdir())


def test_2008_file_imports_through_the_command(tmp_path):
    path = tmp_path / "v2.tbx"
    path.write_bytes(export_2008(sample_concepts()))
    result = _import(path, tmp_path / "tb")
    assert result.exit_code == 0, result.output
    with (tmp_path / "tb" / "glossary.tbx").open("rb") as handle:
        assert list(tbx.read(handle)) == sample_concepts()


def test_entity_bomb_through_the_command_is_one_line_error(tmp_path):
    bomb = (b'<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY a "aaaaaaaaaa">'
            + b"".join(b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&%s;" % bytes([97 + i])) * 10)
                       for i in range(9))
            + b']>\n<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic"><text><body>'
            b'<conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>&j;</term>'
            b'</termSec></langSec></conceptEntry></body></text></tbx>')
    path = tmp_path / "bomb.tbx"
    path.write_bytes(bomb)
    started = time.process_time()
    result = _import(path, tmp_path / "tb")
    assert time.process_time() - started < 5
    assert result.exit_code == 2
    # libxml2's amplification limit (huge_tree off) stops it in the declarations
    assert result.output.startswith(f"glossary: error: {path}: line 1: Maximum entity "
                                    "amplification factor exceeded")
    assert result.output.count("\n") == 1
