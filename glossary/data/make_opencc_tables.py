"""Write opencc_st.tsv.gz: what ambiguity reporting needs from OpenCC's s2t dictionaries.

    python -m glossary.data.make_opencc_tables

OpenCC's wheel ships its dictionaries compiled (.ocd2); its own ``opencc_dict`` tool turns
them back into text.  Kept: every character STCharacters gives several Traditional forms
(干 → 幹 乾 干 榦, the first is OpenCC's default), and every STPhrases entry (with the phrases
generated from the regional lists) that contains one of them, with its conversion.  Run it
again after upgrading the opencc package; tests/normalize/test_script.py checks that the table
agrees with the installed converter.

The dictionaries are OpenCC's (Apache License 2.0, https://github.com/BYVoid/OpenCC).
"""

from __future__ import annotations

import gzip
import os
import subprocess
import tempfile
from pathlib import Path

OUT = Path(__file__).with_name("opencc_st.tsv.gz")


def _text(clib: Path, name: str) -> list[tuple[str, list[str]]]:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"{name}.txt"
        env = {**os.environ, "LD_LIBRARY_PATH": str(clib / "lib64")}
        subprocess.run([str(clib / "bin" / "opencc_dict"), "-i", str(clib / "share" / "opencc" /
                        f"{name}.ocd2"), "-o", str(out), "-f", "ocd2", "-t", "text"],
                       check=True, env=env)
        rows = []
        for line in out.read_text("utf-8").splitlines():
            key, values = line.split("\t")
            rows.append((key, values.split(" ")))
        return rows


def main() -> None:
    import opencc

    clib = Path(opencc.__file__).parent / "clib"
    characters = {key: values for key, values in _text(clib, "STCharacters") if len(values) > 1}
    lines = [f"#\tFrom OpenCC {getattr(opencc, '__version__', '')} (Apache License 2.0, "
             "https://github.com/BYVoid/OpenCC), its s2t dictionaries: characters with several "
             "Traditional forms (C), phrases that decide them (P)"]
    lines += [f"C\t{key}\t{' '.join(values)}" for key, values in sorted(characters.items())]
    phrases = _text(clib, "STPhrases") + _text(clib, "STPhrases_GeneratedFromRegionalPhrases")
    lines += [f"P\t{key}\t{values[0]}" for key, values in sorted(dict(phrases).items())
              if len(key) == len(values[0]) and any(c in characters for c in key)]
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"{OUT}: {len(characters)} characters, {len(lines) - len(characters) - 1} phrases")


if __name__ == "__main__":
    main()
