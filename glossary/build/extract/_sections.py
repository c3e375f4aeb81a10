"""Section numbers before a title, which are not part of the term: a law's or a charter's
chapters and articles in Chinese (第一章 宗旨及原则, 第三条) and in English (CHAPTER I Purposes
and Principles, §1Purposes…), in tables of contents and bilingual lists."""

from __future__ import annotations

import re

# (followed by a space in a list: "第一章 总则"; 第一章 alone is a heading's number)
CHINESE = re.compile(r"第[一二三四五六七八九十百〇○零\d]{1,4}[章节節条條款编編篇]")
ENGLISH = re.compile(r"§\s?\d+(?:\.\d+)*\s*(?=[A-Za-zÀ-ɏ])|"
                     # (in capitals, a roman numeral glued on only before a word in lower
                     # case: "PARTI COMMUNISTE" is a word, "CHAPTERI General" and "ChapterI"
                     # a page that lost the space)
                     r"(?<![A-Za-z])(?:(?:CHAPTER|SECTION|PART)(?:\s[IVXLC]+|"
                     r"[IVXLC]+(?=[.:]?\s+[A-Z][a-z]))|"
                     r"(?:Chapter|Section|Part)\s?[IVXLC]+|"
                     r"(?:CHAPTER|Chapter|SECTION|Section|PART|Part)\s?\d+)[.:]?\s+(?=[A-Z])")


def without_numbers(text: str) -> str:
    """`text` with the English section numbers in it taken out."""
    return ENGLISH.sub("", text)
