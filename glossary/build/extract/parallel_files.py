"""Files that translate each other: one passage per file, aligned as one parallel group.

Files named NAME.LANG.txt in one folder (report.en.txt, report.zh.txt…) are paired by their
names; with ``glossary build --parallel`` every file given is one language of one passage.
The alignment is ``parallel``'s (sentences, then phrases); this module only finds the sets.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from glossary.build.extract import Corpus
from glossary.build.extract.parallel import extract_set, file_sets, set_group
from glossary.errors import InputError
from glossary.model import Candidate

NAME = "parallel-files"
SCOPE = "corpus"


def extract(corpus: Corpus) -> Iterator[Candidate]:
    by_path = {Path(document.path): document for document in corpus.documents}
    if corpus.parallel:
        if len(corpus.documents) < 2:
            raise InputError("--parallel needs two files or more, one language each")
        if not set_group(corpus.documents):
            raise InputError("--parallel: the files must be in different languages, one each "
                             "(zh, en, fr, es)")
        yield from extract_set(corpus.documents)
        return
    for translations in file_sets(by_path):
        yield from extract_set([by_path[path] for path in translations])
