import pytest

from glossary.build.language import span_language


@pytest.mark.parametrize("span, context, lang", [
    ("el sueño chino", "Xi habló del sueño chino (中国梦) en su discurso.", "es"),
    ("le rêve chinois", "", "fr"),
    ("la Franja y la Ruta", "", "es"),
    ("Fengqiao Model", "promoting the Fengqiao Model (枫桥经验) to enhance management", "en"),
    ("Communist Party of China", "The Communist Party of China is the founding party", "en"),
])
def test_language_of_a_span_in_its_sentence(span, context, lang):
    assert span_language(span, context) == lang


def test_a_bare_name_keeps_the_default():
    assert span_language("Zhongnanhai", "", default="fr") == "fr"
