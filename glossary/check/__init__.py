"""Checking translations against a termbase: bilingual file readers (bitext/), the term finder
(termfind), the checks themselves (checks), their reports, and the audit of source documents."""
