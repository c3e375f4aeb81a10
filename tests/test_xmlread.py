import io

import pytest

from glossary.xmlread import XMLSyntaxError, iterparse, raw_iterparse, syntax_errors


def test_a_syntax_error_in_the_raw_iterator_says_file_line_and_reason():
    data = io.BytesIO(b"<a>\n<b></a>")
    with pytest.raises(XMLSyntaxError) as caught, syntax_errors("x.xml"):
        list(raw_iterparse(data, ("end",), ("b",)))
    assert caught.value.line == 2
    assert str(caught.value).startswith("x.xml: line 2: Opening and ending tag mismatch")


def test_an_external_entity_is_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    data = (f'<!DOCTYPE a [<!ENTITY x SYSTEM "file://{secret}">]>'
            "<a><b>&x;</b></a>").encode()
    try:
        with syntax_errors("x.xml"):
            texts = [e.text or "" for _, e in raw_iterparse(io.BytesIO(data), ("end",), ("b",))]
    except XMLSyntaxError:
        texts = []
    assert not any("SECRET" in text for text in texts)


def test_comments_and_processing_instructions_never_reach_the_caller():
    data = io.BytesIO(b"<a><!-- c --><?pi x?><b/></a>")
    assert [e.tag for _, e in iterparse(data, "x.xml", events=("end",))] == ["b", "a"]
