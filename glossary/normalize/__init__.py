"""Normalization: what every Chinese term gets at build time (script variants, pinyin)."""
