from glossary.build.documents import Document
from glossary.build.extract._line_reading import read_lines
from glossary.build.readers.text import text_paragraphs


def lines(text):
    return [line for _, _, line in read_lines(Document("doc.txt", tuple(text_paragraphs(text))))]


def test_each_line_is_read_for_what_it_stands_for():
    text = ("英语热词 | “中国人民政治协商会议”英语怎么说?\n"
            "la directriz de un país con dos sistemas改革开放政策\n"
            "  • yìhuì 议会, guóhuì 国会\n"
            "一、香港顺利回归祖国的历程 I.\n"
            "CONSTITUTION OF\nTHE PEOPLE'S REPUBLIC OF CHINA\n")
    assert lines(text) == ["中国人民政治协商会议", "la directriz de un país con dos sistemas",
                           "改革开放政策", "议会 / 国会", "香港顺利回归祖国的历程",
                           "CONSTITUTION OF THE PEOPLE'S REPUBLIC OF CHINA"]


def test_a_line_keeps_its_offset_in_the_paragraph():
    document = Document("doc.txt", tuple(text_paragraphs("Dos Sesiones两会\n")))
    assert [(offset, line) for _, offset, line in read_lines(document)] == [
        (0, "Dos Sesiones"), (12, "两会")]
