"""What a build's memory cannot go below: the resident MB each model adds, loaded alone in a
fresh process, and which phase of a build holds it (issue 18 asks for a peak of 300 MB).

    python -m bench.floor

A build's process reads (extraction) with jieba, the aligner's lexicon, pypinyin and six
OpenCC converters loaded; it lets the lexicon go, then normalizes with CC-CEDICT's tables,
OpenCC's character tables and all eight converters added (its peak); it lets jieba, CC-CEDICT
and the character tables go, then writes.  lingua runs in a helper process of its own
(build.detector).  pypinyin's figure counts the ~25 MB its compaction frees: loaded alone,
those pages stay with the process; in a build, what loads next reuses them.
"""

from __future__ import annotations

import subprocess
import sys

from bench.scale import ROOT

TARGET_MB = 300

_PEAK = "import resource\nprint(resource.getrusage(resource.{who}).ru_maxrss / 1024)"

# (component, code that loads it, where a build holds it); code that prints its own figure
# (a whole process's) is marked by printing.
COMPONENTS = [
    ("Python and glossary's build modules",
     "import glossary.build\n" + _PEAK.format(who="RUSAGE_SELF"), "build process"),
    ("jieba: dictionary, tagger table, HMM tables",
     "from glossary.normalize import segment; segment.jieba()", "reading and normalizing"),
    ("pypinyin's dictionaries (compacted: normalize.pinyin_data)",
     "from glossary.normalize import pinyin_data; pinyin_data.pypinyin().pinyin('中国')",
     "build process"),
    ("OpenCC: eight converters",
     "from glossary.normalize import script\nfor c in ('s2t', 's2tw', 's2hk', 't2s', 'tw2s', "
     "'hk2s', 't2tw', 't2hk'): script._converter(c)", "build process"),
    ("OpenCC's character tables (script._st_tables)",
     "from glossary.normalize import script; script._st_tables()", "normalizing"),
    ("CC-CEDICT, packed (cedict._tables)",
     "from glossary.normalize import cedict; cedict._tables()", "normalizing"),
    ("aligner's lexicon and set phrases",
     "from glossary.build.align import lexicon; lexicon._load(); lexicon._set_phrases()",
     "reading (let go after)"),
    ("lingua, three languages (its helper process, whole)",
     "from glossary.build import detector; detector.confidences('le rêve chinois')\n"
     "detector._helper().close()\n" + _PEAK.format(who="RUSAGE_CHILDREN"), "helper process"),
]

_MEASURE = """
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
import glossary.build
before = rss()
{code}
print(rss() - before)
"""


def measure(code: str) -> float:
    """MB `code` adds to a process that has imported glossary.build, or the figure it prints
    itself (a whole process's peak)."""
    program = code if "print(" in code else _MEASURE.format(code=code)
    done = subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    return float(done.stdout.split()[-1])


def main() -> None:
    print("| component | MB | held by |\n|---|---:|---|")
    build = 0.0
    for name, code, where in COMPONENTS:
        megabytes = measure(code)
        if where in ("build process", "reading and normalizing", "normalizing"):
            build += megabytes
        print(f"| {name} | {megabytes:.0f} | {where} |", flush=True)
    print(f"| **the build process's models while it normalizes** | **{build:.0f}** | target for "
          f"the whole process ≤ {TARGET_MB} |")


if __name__ == "__main__":
    main()
