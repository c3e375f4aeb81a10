import pytest

from glossary import fileio
from glossary.termbase import locate as termbase
from glossary.termbase import store
from glossary.termbase.lookup import Match, search, suggest
from tests import lookup_fixture
from tests.conftest import needs_shared


@pytest.fixture(scope="module")
def connection(tmp_path_factory):
    folder = lookup_fixture.write(tmp_path_factory.mktemp("tb"))
    connection = store.connect(termbase.index(folder))
    yield connection
    connection.close()


def first(connection, query):
    hits = search(connection, query)
    assert hits, f"nothing found for {query!r}"
    return hits[0]


@pytest.mark.parametrize("query, concept, match", [
    ("枫桥经验", "fengqiao", Match.EXACT),
    ("楓橋經驗", "fengqiao", Match.EXACT),  # Traditional
    ("楓桥经验", "fengqiao", Match.EXACT),  # mixed
    ("枫桥 经验", "fengqiao", Match.EXACT),  # stray space
    ("fengqiao", "fengqiao", Match.PREFIX),
    ("feng1qiao2", "fengqiao", Match.PREFIX),
    ("Fēngqiáo", "fengqiao", Match.PREFIX),
    ("Feng qiao jing yan", "fengqiao", Match.EXACT),
    ("FENGQIAOJINGYAN", "fengqiao", Match.EXACT),
    ("jingyan", "fengqiao", Match.INNER),  # a later syllable
    ("departement du travail social", "social-work-department", Match.EXACT),
    ("DÉPARTEMENT DU TRAVAIL", "social-work-department", Match.PREFIX),
    ("travail social", "social-work-department", Match.INNER),
    ("departamento de trabajo social", "social-work-department", Match.EXACT),
    ("CPC", "cpc", Match.EXACT),
    ("pcc", "cpc", Match.EXACT),
    ("communist party", "cpc", Match.PREFIX),
    ("“social governance”", "social-governance", Match.EXACT),  # quotes pasted along
    ("gobernanza social", "social-governance", Match.EXACT),
    ("shèhuì zhìlǐ", "social-governance", Match.EXACT),
    ("社會治理", "social-governance", Match.EXACT),
    ("全面从严治党", "self-governance", Match.EXACT),
    ("从严治党", "self-governance", Match.INNER),
])
def test_every_query_form_finds_its_concept(connection, query, concept, match):
    hit = first(connection, query)
    assert (hit.concept.id, hit.match) == (concept, match)


def test_chinese_substring_finds_every_concept_containing_it(connection):
    ids = [hit.concept.id for hit in search(connection, "治理")]
    # 治理模式/治理体系 start with it (prefix) and so rank before those that contain it.
    assert ids[:2] == ["governance-system", "governance-model"]
    assert set(ids[2:]) == {"social-governance", "grassroots-governance"}


def test_preferred_before_admitted_within_a_stage(connection):
    hits = search(connection, "governance")
    prefix = [h.concept.id for h in hits if h.match == Match.PREFIX]
    assert prefix == ["governance-system", "governance-model"]
    assert {h.concept.id for h in hits if h.match == Match.INNER} >= {
        "social-governance", "grassroots-governance"}


def test_exact_before_prefix_before_inner(connection):
    hits = search(connection, "governance")
    assert [h.match for h in hits] == sorted(h.match for h in hits)


def test_typos_find_the_term(connection):
    hit = first(connection, "Departmnet of Socail Work")
    assert (hit.concept.id, hit.match) == ("social-work-department", Match.FUZZY)
    assert 80 <= hit.score < 100
    assert first(connection, "gouvernanse sociale").concept.id == "social-governance"


def test_deprecated_term_is_found_and_marked(connection):
    hit = first(connection, "fengqiao experience")
    assert hit.term.text == "Fengqiao experience" and hit.term.status.value == "deprecated"


def test_nothing_found_and_near_misses(connection):
    assert search(connection, "photosynthesis") == []
    assert search(connection, "zzzz qqqq") == []
    assert suggest(connection, "zzzz qqqq") == []
    assert "Département du travail social" in suggest(connection, "travial social dept")


def test_limit(connection):
    assert len(search(connection, "governance", limit=2)) == 2


def test_seed_termbase(seed_build):
    connection = store.connect(termbase.index(seed_build))
    for query in ("枫桥经验", "楓橋經驗", "fengqiao", "feng1qiao2", "Fēngqiáo", "Fengqiao Model"):
        assert first(connection, query).concept.terms_in("zh-Hans")[0].text == "枫桥经验"
    assert first(connection, "CPC").term.text == "CPC"
    assert first(connection, "第二个结合").match == Match.EXACT
    assert first(connection, "gouvernance sociale").concept.terms_in("zh-Hans")[0].text == "社会治理"
    assert "社会治理" in {h.concept.terms_in("zh-Hans")[0].text for h in search(connection, "治理")
                        if h.concept.terms_in("zh-Hans")}
    assert first(connection, "second integration").match == Match.INNER


def chinese(hit):
    return hit.concept.terms_in("zh-Hans")[0].text


@pytest.mark.parametrize("query, expected, match", [
    # Issue 7's own examples, on the seeds' four-language entries (seed 002, issue 4).
    ("departement du travail social", "社会工作部", Match.EXACT),
    ("Departamento de Trabajo Social", "社会工作部", Match.EXACT),
    ("Department of Social Work", "社会工作部", Match.EXACT),
    ("基层治理", "基层治理", Match.EXACT),
    ("基層治理", "基层治理", Match.EXACT),  # Traditional
    ("党的建設", "党的建设", Match.EXACT),  # mixed scripts
    ("jīcéng zhìlǐ", "基层治理", Match.EXACT),
    ("ji1ceng2 zhi4li3", "基层治理", Match.EXACT),
    ("jiceng", "基层治理", Match.PREFIX),
    ("GOBERNANZA DE BASE", "基层治理", Match.EXACT),
    ("grassroots gov", "基层治理", Match.PREFIX),
    ("entreprises non publiques", "非公有制企业", Match.EXACT),
    ("nuevos sectores de empleo", "新就业领域", Match.EXACT),
    ("grasroots governance", "基层治理", Match.FUZZY),  # typo
])
def test_seed_termbase_four_language_entries(seed_build, query, expected, match):
    hit = first(store.connect(termbase.index(seed_build)), query)
    assert (chinese(hit), hit.match) == (expected, match)


def test_seed_chinese_substring_finds_both_governances(seed_build):
    hits = search(store.connect(termbase.index(seed_build)), "治理")
    assert {"社会治理", "基层治理"} <= {chinese(h) for h in hits if h.concept.terms_in("zh-Hans")}


def test_official_sample_tbx_it_did_not_write(tmp_path, monkeypatch):
    sample = needs_shared("tbx", "examples", "zh-en-fr-es_TBX-Basic_v3_dca.tbx")
    monkeypatch.setenv(fileio.CACHE_ENVIRONMENT, str(tmp_path))
    connection = store.connect(termbase.index(sample))
    for query in ("数据库", "數據庫", "shujuku", "shu4 ju4 ku4", "base de donnees", "DATA BANK",
                  "datbase"):
        hit = first(connection, query)
        assert hit.concept.terms_in("zh-Hans")[0].text == "数据库", query
    assert first(connection, "data bank").term.status.value == "deprecated"
