"""The names an encyclopedia lead gives its subject, in English, French and Spanish.

    The Central Politburo of the Communist Party of China or Political bureau of the CPC
    Central Committee (simplified Chinese: …) (also "Political Bureau of the CPC Central
    Committee"), formerly …
    The Central Comprehensively Deepening Reforms Commission (CCDR), also translated as the
    Central Commission for Deepening Reform, is …
    La Iniciativa de la Franja y la Ruta (IFR) (…) o abreviadamente La Franja y la Ruta (OBOR…

Wikipedia and its mirrors in every language name an article's subject this way: the subject
opens the first sentence, alternatives are joined by "or", and other names follow the
brackets ("also known as", "(also …)", "o abreviadamente").  ``subjects`` reads the names
that end where a bracket opens (later in a sentence, the capitalised name a clause leads to:
"It is managed by the United Front Work Department (Chinese: …"), ``aliases`` the names that
follow a subject and its brackets.  Both return (name, offset, capitalised): a name that does not start with a capital ("the
important thought of Three Represents") is less sure to be a name, and the caller weighs it
lower.
"""

from __future__ import annotations

import re

from glossary.han import han_count

MAX_WORDS = 12
# (after "ou à": "… à un registre de famille ou à un registre de maison (…")
_ARTICLE = re.compile(r"^(?:à\s+une?|the|a|an|le|la|les|l'|l’|el|los|las)\s+|^l['’]", re.IGNORECASE)
_LEAD_WORDS = 5  # a lowercase subject that opens its sentence ("the one-child policy")
_OR = re.compile(r"\s+(?:or|ou|o)\s+")
# A table cell's bar starts one too: a page's furniture joined onto the lead ("Portail
# politique | Le Comité central du Parti communiste chinois (chinois : …").
_SENTENCE_START = re.compile(r"(?:^|[.!?。！？]\s+|\|\s*)(?=[^.!?。！？|]*$)")
# After "…, also known as" and its kin, in the three languages; "or" only right after a
# bracket (inside the subject it is read by ``subjects``).
_ALIAS = re.compile(
    r"^\s*[,;]?\s*(?:\(\s*)?(?:"
    r"also(?:\s+(?:known|translated|rendered|referred\s+to|called|written))?(?:\s+as)?|"
    r"(?:officially|formerly|commonly|often|sometimes)\s+(?:known\s+as|called|translated\s+as)|"
    r"(?:or|ou|o)(?:\s+(?:simply|abreviadamente|simplemente|simplement|en\s+abrégé))?|"
    r"(?:aussi|également)\s+(?:appelée?s?|connue?s?\s+sous\s+le\s+nom\s+de|traduite?s?\s+par)|"
    r"(?:también|tambien)\s+(?:llamad[oa]s?|conocid[oa]s?\s+como|traducid[oa]s?\s+como)|"
    r"conocid[oa]s?\s+(?:también\s+)?como|connue?s?\s+sous\s+le\s+nom\s+de"
    r")\s+", re.IGNORECASE)
# A title glued onto the lead's first word, a page's heading and text joined with no space:
# "Révolution culturelleLa grande révolution culturelle prolétarienne (en chinois : …"
_GLUED_TITLE = re.compile(r"[a-zà-ÿ](?=(?:The|An?|La|Les?|L['’]|El|Los|Las|Une?|Una)\s)")
_ARTICLE_START = re.compile(r"\s(?=((?:The|La|Le|Les|El|Los|Las)\s+[A-ZÀ-Ý]))")
_QUOTED_LAST = re.compile(r"[\"“«]\s*(?P<name>[^\"“”«»]{2,120}?)\s*[\"”»]\s*$")
# (or its long form: "La Chine, en forme longue la République populaire de Chine (…",
# "China, oficialmente República Popular China (…")
_APPOSED = re.compile(r",\s+(?:(?:a|an|the|un|une|le|la|el|los|las)\s+|"
                      r"(?:officially|formally|officiellement|en\s+forme\s+longue|oficialmente|"
                      r"en\s+forma\s+larga)\s+(?:(?:the|la|le|les|el|los|las)\s+)?)"
                      r"(?P<name>[A-ZÀ-Ýa-zà-ÿ][^,()]*)$")
# What kind of name it is, said before a capitalised name: "the concept of …", "la notion de …"
_KIND_OF = re.compile(r"(?:concept|notion|idea|policy|principle|theory|slogan|term|phrase|"
                      r"formula|strategy|doctrine|concepto|noción|idea|política|principio|teoría|"
                      r"lema|término|fórmula|estrategia|doctrina|concept|politique|principe|"
                      r"théorie|slogan|terme|formule|stratégie|doctrine)\s+(?:of|de|du|des|del|d['’])?"
                      r"\s*(?:the\s+|la\s+|le\s+|les\s+|el\s+|l['’])?(?=[A-ZÀ-Ý«“\"])")
# A capitalised name that ends the text, its articles and linking words inside it (Departamento
# de Trabajo del Frente Unido, Department of the United Front), its last word capitalised too
_NAME_LINK = r"(?:of|the|and|for|on|de|del|des|du|la|le|el|los|las|y|et|para|pour|d['’]|l['’])"
_TRAILING_NAME = re.compile(rf"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]*(?:\s+(?:{_NAME_LINK}\s+)*"
                            r"[A-ZÀ-Ý][\w'’-]*)*\s*$")
_LEADS_TO_NAME = re.compile(r"(?:\s(?:by|por|par|under|bajo|sous|with|con|avec|from|to)\s+"
                            r"(?:(?:the|el|la|le|les|los|las)\s+|l['’])?|,\s*)$", re.IGNORECASE)
_HAN_BRACKET = re.compile(r"^\s*[(（][^()（）]*[\u3400-\u9fff]")
_QUOTED = re.compile(r"^[\"“«]\s*(?P<name>[^\"”»]{2,120}?)\s*[\"”»]")
# A name ends at a bracket, a clause mark or the sentence's verb.
_NAME_END = re.compile(r"\s*(?:[(（,;:.。]|\s(?:is|was|are|were|has|est|était|a\s+été|sont|es|fue|"
                       r"era|son|fueron|se)\s)")


def subjects(before: str) -> list[tuple[str, int, bool]]:
    """The names that end right before a bracket, given the text before it: the sentence's
    subject (its alternatives joined by "or"), or the name after ") or …" when an earlier
    bracket already named the subject."""
    while True:  # brackets between the subject and this one: "… la Ruta (IFR) (inglés…"
        stripped = before.rstrip()
        if not stripped.endswith((")", "）")):
            break
        opening = max(stripped.rfind("("), stripped.rfind("（"))
        if opening < 0:
            return []
        before = stripped[:opening]
    quoted = _QUOTED_LAST.search(before)
    if quoted:  # a government leader called a "Governor" (simplified Chinese: 省长; …)
        # (a quoted phrase is named by the quotes, in lower case too: "people with grievances")
        name = _name(quoted["name"], quoted.start("name"), lead=True)
        return [name] if name else []
    start = _SENTENCE_START.search(before)
    begin = start.end() if start else 0
    glued = [m.end() for m in _GLUED_TITLE.finditer(before, begin)]
    if glued:  # "Bande des QuatreLa bande des Quatre (chinois …": the page's title glued on
        begin = glued[-1]
    sentence = begin
    # "…, a Party Committee Secretary (simplified Chinese: …": the name after the last comma
    # when it opens with an article; what comes before is the sentence's lead-in.
    apposed = _APPOSED.search(before, begin)
    if apposed:
        begin = apposed.start("name")
    closing = max(before.rfind(")"), before.rfind("）"))
    if closing >= begin:  # "The Three Represents (…) or the important thought of …"
        after = _OR.match(" " + before[closing + 1:]) or _ALIAS.match(before[closing + 1:])
        if not after:
            return []
        # (with _OR, the " " added makes up for the ")" skipped)
        begin = closing + after.end() + (0 if after.re is _OR else 1)
    found: list[tuple[str, int, bool]] = []
    segment = before[begin:]
    if len(segment.split()) > MAX_WORDS:
        # a title line joined onto the lead, its full stop lost ("Politburo Of The Communist
        # Party Of China The Central Politburo … or …"): the lead's sentence starts at its
        # last capitalised article before the alternatives
        head = _OR.split(segment)[0]
        restart = [m.start(1) for m in _ARTICLE_START.finditer(head)]
        if restart:
            begin += restart[-1]
            segment = before[begin:]
    trailing = _TRAILING_NAME.search(segment)
    if trailing and _clause_before(segment[:trailing.start()], trailing.group()) and \
            not _OR.search(segment):
        # "Está conducido por el Departamento de Trabajo del Frente Unido (en chino: …": the
        # name before the bracket, not the clause that leads to it
        begin += trailing.start()
        segment = before[begin:]
    position = 0
    # the sentence opens with its subject, "The one-child policy (Chinese: …) was…": a
    # lead's subject even in lower case, as a lowercase phrase later in a sentence is not
    # … and so does the phrase set after a comma and an article ("En République populaire
    # de Chine, une communauté (chinois simplifié : 社区…")
    opens = sentence == begin and bool(_ARTICLE.match(segment.lstrip())) \
        or apposed is not None and begin == apposed.start("name")
    for part in _OR.split(segment):
        at = segment.find(part, position)
        position = at + len(part)
        # (an alternative after a name, in lower case too: "New concept for development or
        # the new development philosophy (Chinese: …")
        name = _name(part, begin + at, lead=opens and at == 0 or bool(found))
        if name:
            found.append(name)
    return found


def _clause_before(before: str, name: str) -> bool:
    """A clause leads to a capitalised name of two words or more: "It is managed by the",
    "Está conducido por el", "Under the system, ".  ("presidente de la", "vice premier of
    the" are a lowercase title, part of the name.)"""
    return sum(w[:1].isupper() for w in name.split()) >= 2 and \
        not _ARTICLE.match(before.lstrip()) and bool(_LEADS_TO_NAME.search(before))


def aliases(after: str, offset: int = 0) -> list[tuple[str, int, bool]]:
    """The names that follow a subject and its brackets: "(also "X")", ", also known as X",
    ", or X", "o abreviadamente X"; `offset` is where `after` starts in the paragraph."""
    found: list[tuple[str, int, bool]] = []
    rest = after
    while True:
        skipped = re.match(r"^\s*[(（][^()（）]*[)）]", rest)
        if skipped and not _ALIAS.match(rest):
            rest = rest[skipped.end():]  # an acronym or another bracket: "(CCDR), also …"
            continue
        alias = _ALIAS.match(rest)
        if not alias:
            return found
        rest = rest[alias.end():]
        article = _ARTICLE.match(rest)
        if article:
            rest = rest[article.end():]
        at = offset + len(after) - len(rest)
        quoted = _QUOTED.match(rest)
        if quoted:
            name = _name(quoted["name"], at + quoted.start("name"))
            rest = rest[quoted.end():].lstrip(")）")
        else:
            end = _NAME_END.search(rest)
            text = rest[:end.start()] if end else rest
            name = _name(text, at)
            rest = rest[len(text):]
        if not name or not name[2] or _HAN_BRACKET.match(rest):
            return found  # "also known as the People's PCC (Chinese: 人民政协)": its own term
        found.append(name)


# "The Central Military Commission, or CMC for short (…": the short name without the words
# that say it is one
_FOR_SHORT = re.compile(r"\s+(?:for\s+short|in\s+short|en\s+abrégé|en\s+bref|para\s+abreviar|"
                        r"abreviad[oa]|en\s+forma\s+abreviada)\s*$", re.IGNORECASE)


def _name(text: str, offset: int, lead: bool = False) -> tuple[str, int, bool] | None:
    stripped = _FOR_SHORT.sub("", text).strip(" ,\"'“”«»")
    offset += text.find(stripped) if stripped else 0
    article = _ARTICLE.match(stripped)
    if article:
        stripped, offset = stripped[article.end():], offset + article.end()
    kind = _KIND_OF.match(stripped)
    if kind:  # "The concept of Targeted Poverty Alleviation": the name, not its kind
        stripped, offset = stripped[kind.end():], offset + kind.end()
    words = stripped.split()
    if not 1 <= len(words) <= MAX_WORDS or han_count(stripped) or not stripped[:1].isalpha():
        return None
    capitalised = stripped[:1].isupper()
    if not capitalised and not any(w[:1].isupper() for w in words[1:]) and \
            not (lead and len(words) <= _LEAD_WORDS):
        return None  # lowercase throughout: a phrase of the sentence, not a name
    return stripped, offset, capitalised
