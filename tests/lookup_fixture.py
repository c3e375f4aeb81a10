"""A small four-language termbase with the entries lookups are asked for (the seeds do not
yet carry all of them), written as a build would: Chinese forms derived, TBX in a folder."""

from __future__ import annotations

from pathlib import Path

from glossary.model import Concept, Evidence, Status, Term, TermType
from glossary.normalize.chinese import with_chinese_forms
from glossary.termbase.formats import tbx

_SEEN = Evidence("seeds/002.txt", 12, "…", "parallel", 0.9)


def _concept(id: str, zh: str, *others: tuple[str, str] | Term) -> Concept:
    terms = [Term(zh, "zh-Hans", evidence=(_SEEN,))]
    terms += [t if isinstance(t, Term) else Term(t[1], t[0], evidence=(_SEEN,)) for t in others]
    return with_chinese_forms(Concept(id=id, terms=terms))


def concepts() -> list[Concept]:
    return [
        _concept("social-governance", "社会治理", ("en", "social governance"),
                 ("fr", "gouvernance sociale"), ("es", "gobernanza social")),
        _concept("grassroots-governance", "基层治理", ("en", "grassroots governance"),
                 ("en", "primary-level governance"),
                 ("fr", "gouvernance de base"), ("es", "gobernanza de base")),
        _concept("social-work-department", "社会工作部", ("en", "Department of Social Work"),
                 ("fr", "Département du travail social"),
                 ("es", "Departamento de Trabajo Social")),
        _concept("cpc", "中国共产党", ("en", "Communist Party of China"),
                 Term("CPC", "en", TermType.ACRONYM), ("fr", "Parti communiste chinois"),
                 Term("PCC", "fr", TermType.ACRONYM)),
        _concept("fengqiao", "枫桥经验", Term("Fengqiao Model", "en", status=Status.PREFERRED),
                 Term("Fengqiao experience", "en", status=Status.DEPRECATED)),
        _concept("self-governance", "全面从严治党",
                 ("en", "full and rigorous governance over the Party")),
        # Two concepts a prefix query meets at once: the preferred term must rank first.
        _concept("governance-model", "治理模式",
                 Term("governance model", "en", status=Status.ADMITTED)),
        _concept("governance-system", "治理体系",
                 Term("governance system", "en", status=Status.PREFERRED)),
    ]


def write(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "glossary.tbx").open("wb") as handle:
        tbx.write(concepts(), handle)
    return folder
