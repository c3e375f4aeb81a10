"""Aligning parallel text: one passage given in zh, en, fr and es.

The stages, each a module:

- ``sentences``: split a block of paragraphs into sentences, per language;
- ``anchors``: what two sentences in different languages visibly share (numbers, acronyms,
  names, quotations, dictionary words, cognates);
- ``gale_church``: align two blocks sentence by sentence (1:1, 1:0, 0:1, 2:1, 1:2, 2:2);
- ``lexicon``: CC-CEDICT glosses (zh → en) and cognate matching (en ↔ fr/es);
- ``words``: tokens and the closed-class words of English, French and Spanish;
- ``phrases``: inside aligned sentences, find the phrases that translate each other.

All of it is classical: length statistics, lexical anchors, a bilingual dictionary and
orthographic similarity.  No neural model is used (none can be downloaded here, and a
terminologist must be able to see why two phrases were paired).
"""
