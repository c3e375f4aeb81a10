from glossary.build.align.phrases import align


def renderings(en, zh, others):
    texts = {"en": en, "zh": zh, **others}
    return [{"zh": zh[m.zh.start:m.zh.end], "en": en[m.en.start:m.en.end],
             **{lang: texts[lang][p.start:p.end] for lang, p in m.others.items()}}
            for m in align(en, zh, others)]


def test_head_first_in_french_and_spanish():
    assert renderings("They reinforce party building.", "他们加强党的建设。",
                      {"fr": "Ils renforcent la construction du parti.",
                       "es": "Refuerzan la construcción del partido."}) == [
        {"zh": "党的建设", "en": "party building", "fr": "construction du parti",
         "es": "construcción del partido"}]


def test_a_verb_before_the_term_stays_out():
    (found,) = renderings("We must reinforce grassroots governance.", "我们必须加强基层治理。", {})
    assert (found["zh"], found["en"]) == ("基层治理", "grassroots governance")


def test_a_clause_is_not_a_term():
    assert renderings("The plan stresses reform.", "计划强调改革。", {}) == []


def test_a_rendering_that_crosses_a_conjunction_is_left_out():
    (found,) = renderings("They met social organisations.", "他们会见了社会组织。",
                          {"fr": "Ils ont rencontré des organisations économiques et sociales."})
    assert "fr" not in found


def test_the_unmatched_head_needs_a_cognate():
    found = renderings("It opened new employment sectors.", "它开辟了新就业领域。",
                       {"fr": "Il a ouvert de nouveaux secteurs d'emploi."})
    assert found == [{"zh": "新就业领域", "en": "new employment sectors",
                      "fr": "nouveaux secteurs d'emploi"}]


def test_a_span_cut_before_its_chinese_head_is_refused():
    # 国家的优先 would match "national priority", but the Chinese term is 国家的优先事项.
    found = renderings("Food security is a national priority.", "粮食安全是国家的优先事项。", {})
    assert [r["en"] for r in found] == ["Food security"]
