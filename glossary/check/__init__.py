"""Checking translations against a termbase: the segments of bilingual files (read by
glossary.bitext), the term finder (termfind), the checks themselves (checks), their reports,
and the audit of source documents."""
