"""Program source files (JavaScript, TypeScript, Python, Rust, Go, Java, R, PHP, Ruby…): a
project keeps its glossaries and interface strings in them, as tables, calls and maps, and
glosses its terms in doc comments.

    BilingualText::new("法律", "Law")          →  法律 | Law
    { zh: "国务院", en: "State Council" },      →  国务院 | State Council
    /// 个人信息 / Personal Information          →  个人信息 / Personal Information
    Camp_ZH == "建制" ~ "Pro-Beijing",          →  建制 | Pro-Beijing

Read as text, one line for each source line (so line numbers in evidence hold): an object's
field line (``zh: "国务院",``) and a line of braces as written, for the records extractor; else
the line's string literals joined by " | " when it holds Chinese and Latin ones (a row, as a
table's), else its comment's text, else its one string, else nothing.  Code itself (names, keywords,
operators) never reaches the extractors, but for names written in Chinese (an enum's 汉族 = 1),
nor do literals that are identifiers, language codes,
paths or format templates ("zh-CN", "term_en", "第{}条").  A text file that holds source code
(a file copied as .txt) is read the same way (``looks_like_code``).
"""

from __future__ import annotations

import re

from glossary.build.documents import utf8
from glossary.han import han_count

NAME = "source"
SUFFIXES = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".vue", ".py", ".rs", ".go", ".java",
            ".kt", ".swift", ".rb", ".php", ".r", ".cs", ".scala", ".dart", ".lua")

# A string literal ("…", '…', `…`, with escapes), or where a comment starts outside one.
_TOKEN = re.compile(r'"(?P<double>(?:[^"\\\n]|\\.)*)"|\'(?P<single>(?:[^\'\\\n]|\\.)*)\'|'
                    r"`(?P<back>(?:[^`\\\n]|\\.)*)`|(?P<comment>//[/!]?|/\*+|#(?![!\[{])|--(?=\s))")
# An object's field ({ zh: "国务院", "english": "government" }; PHP's 'zh' => '国务院') and a
# line of braces only:
# kept as written, for the records extractor, which pairs fields named by language.
_FIELD = re.compile(r"""^\s*["']?[A-Za-z][\w-]{0,30}["']?\s*(?:=>|[:=])\s*["'`]""")
_PUNCTUATION = re.compile(r"^\s*[\[\](){},;]+\s*$")
# An array opened as a key's value ("'110000' => [", "array("): PHP's and Perl's record, read
# as an object's opening brace
_OPENS_ARRAY = re.compile(r"=>\s*(?:\[|array\()\s*$")
_BLOCK_LINE = re.compile(r"^\s*\*+(?!/)\s?")  # " * text" inside a /* … */ block
_COMMENT_END = re.compile(r"\s*\*+/\s*$")
# not text: a template, a path or address (one word with / or . inside: "./zh.json", "a.b.c"; not
# "U.S. House Speaker"), a language code, an identifier
_NOT_TEXT = re.compile(r"[{}%$\\]|^\S*\w[./]\w\S*$|^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$|^\w+_\w+$|"
                       r"^\s*$")
_ESCAPE = re.compile(r"\\(.)")
# a name in Chinese in the code itself, an enum's member (汉族 = 1): a term, as a string is
_HAN_NAME = re.compile(r"[\u3400-\u9fff][\u3400-\u9fff\w]*")
_STRING = r"""(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""  # a "…" or '…' literal
# Lines a program has and text has not: a line ending a statement or a block, or opening one
# with a keyword, a chained call (R's %>%), a method's path (a::b; not a note's inline field,
# "[name-en :: …]") or an arrow; a // comment.
_CODE_LINE = re.compile(
    r"[;{}]\s*$|%>%\s*$|[(\[]\s*$|^\s*[\])]+,?\s*$|^\s*//|^\s*(?:def|fn|pub|function|const|let|var|"
    r"import|export|return|class|use|package|#include|mod|impl|struct|func)\b|\w::\w|=>|\s<-\s|==|"
    # a line of string literals only, an array's items ('北京市', / "中国", "China",)
    rf"^\s*(?:{_STRING}\s*,\s*)+{_STRING}?\s*$")
# One string literal alone on its line, an array's item ("北京市", then "Beijing" below it)
_ONE_LITERAL = re.compile(rf"^\s*{_STRING}\s*,?\s*$")
# a list item of prose ending on a semicolon ("• organizing and coordinating related work;"),
# which no statement is: words, and none of code's brackets, operators or quotes
_PROSE_ITEM = re.compile(r"[^=(){}\[\]<>\"'`;]*(?:\w+\s+){2,}[^=(){}\[\]<>\"'`;]*[;,]\s*")
_MARKUP = re.compile(r"^\s*(?:\\[a-z]|[%}])")
_ENOUGH_CODE = 0.3  # of the non-empty lines
_FEWEST_CODE_LINES = 5


def text(data: bytes, name: str) -> str:
    """The file's strings and comments, one line for each line of source."""
    return as_text(utf8(data, name))


def looks_like_code(content: str) -> bool:
    """Whether a text file holds program source: a third of its lines or more are code."""
    lines = [line for line in content.splitlines() if line.strip()]
    # (markup's commands, \item{…} and {…}, are not code: R's documentation, LaTeX)
    code = sum(1 for line in lines if _CODE_LINE.search(line) and not _MARKUP.match(line)
               and not _PROSE_ITEM.fullmatch(line))
    return code >= _FEWEST_CODE_LINES and code >= _ENOUGH_CODE * len(lines)


def as_text(content: str) -> str:
    """Source code as the lines the extractors read (see above)."""
    out: list[str] = []
    items: list[tuple[int, list[str]]] = []  # an array's items, one to a line, so far

    def end_items() -> None:
        # the items of one array are a row when they hold Chinese and Latin text (['北京市',
        # 'bei jing shi', 'Beijing']), on the first item's line; else each is read alone
        found = [literal for _, literals in items for literal in literals]
        row = _line(found, "") if len(items) > 1 else ""
        for k, (at, literals) in enumerate(items):
            out[at] = (row if k == 0 else "") if " | " in row else _line(literals, "")
        items.clear()

    in_block = False
    for line in content.splitlines():
        if not in_block and _ONE_LITERAL.match(line):
            items.append((len(out), _parts(line)[0]))
            out.append("")
            continue
        end_items()
        if in_block:
            in_block = "*/" not in line
            out.append(_COMMENT_END.sub("", _BLOCK_LINE.sub("", line)).strip())
            continue
        if _OPENS_ARRAY.search(line):
            out.append("{")
            continue
        if _FIELD.match(line) or _PUNCTUATION.match(line):
            out.append(line.strip())  # a record's field or edge, as the records extractor reads
            continue
        literals, comment, opened = _parts(line)
        in_block = opened
        out.append(_line(literals, comment))
    end_items()
    return "\n".join(out)


def _parts(line: str) -> tuple[list[str], str, bool]:
    """(the line's text literals, its comment's text, whether a block comment stays open)."""
    literals: list[str] = []
    code_from = 0
    for match in _TOKEN.finditer(line):
        literals += _HAN_NAME.findall(line, code_from, match.start())
        code_from = match.end()
        if match["comment"]:
            rest = line[match.end():]
            opened = match["comment"].startswith("/*") and "*/" not in rest
            return literals, _COMMENT_END.sub("", rest).strip(), opened
        value = _ESCAPE.sub(r"\1", match["double"] or match["single"] or match["back"] or "")
        if not _NOT_TEXT.search(value) and re.search(r"[A-Za-z\u3400-\u9fff]", value):
            literals.append(value.strip())
    literals += _HAN_NAME.findall(line, code_from)
    return literals, "", False


def _line(literals: list[str], comment: str) -> str:
    chinese = [s for s in literals if han_count(s)]
    if chinese and len(chinese) < len(literals):
        return " | ".join(literals)  # a row: a term and its renderings
    if comment:
        return comment
    return literals[0] if len(literals) == 1 else ""
