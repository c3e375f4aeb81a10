"""Section numbers before a title, which are not part of the term: a law's or a charter's
chapters and articles in Chinese (第一章 宗旨及原则, 第三条) and in English (CHAPTER I Purposes
and Principles, §1Purposes…), in tables of contents and bilingual lists."""

from __future__ import annotations

import re

# (followed by a space in a list: "第一章 总则"; 第一章 alone is a heading's number)
CHINESE = re.compile(r"第[一二三四五六七八九十百〇○零\d]{1,4}[章节節条條款编編篇]")
ENGLISH = re.compile(r"§\s?\d+(?:\.\d+)*\s*(?=[A-Za-zÀ-ɏ])|"
                     r"(?<![A-Za-z])(?:CHAPTER|Chapter|SECTION|Section|PART|Part)\s?"
                     r"(?:[IVXLC]+|\d+)[.:]?\s+(?=[A-Z])")


def without_numbers(text: str) -> str:
    """`text` with the English section numbers in it taken out."""
    return ENGLISH.sub("", text)
