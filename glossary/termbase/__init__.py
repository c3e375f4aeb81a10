"""Using a termbase: where it is (locate), its SQLite index (store), lookup, export, import
(ingest), validation, and the exchange formats it is written and read in (formats/)."""
