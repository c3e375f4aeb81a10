"""What an extractor proposes for a text, as (Chinese, rendering, language) triples."""

from glossary.build.documents import Document
from glossary.build.readers.text import text_paragraphs
from glossary.build.scorer import judge_all


def pairs_of(extractor, text, name="doc.txt", judged=False):
    """The pairs `extractor` proposes for `text` read as the file `name`; with `judged`,
    only those the scorer keeps."""
    found = list(extractor.extract(Document(name, tuple(text_paragraphs(text)))))
    if judged:
        found = [d.candidate for d in judge_all(found) if d.verdict.keep]
    return [(c.terms[0].text, c.terms[1].text, c.terms[1].lang) for c in found]
