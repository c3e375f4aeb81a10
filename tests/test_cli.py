import json
import subprocess
import sys

from click.testing import CliRunner

from glossary.cli import cli


def test_normalize_json_keys():
    result = CliRunner().invoke(cli, ["normalize", "--json", "楓橋經驗", "Département"])
    assert result.exit_code == 0
    chinese, latin = json.loads(result.output)
    assert chinese["zh-Hans"] == "枫桥经验" and chinese["zh-Hant-HK"] == "楓橋經驗"
    assert chinese["pinyin"] == "Fēngqiáo jīngyàn"
    assert chinese["pinyin_numbers"] == "Feng1qiao2 jing1yan4"
    assert chinese["pinyin_plain"] == "Fengqiao jingyan"
    assert latin == {"text": "Département", "key": "departement"}


def test_normalize_needs_text():
    result = CliRunner().invoke(cli, ["normalize"])
    assert result.exit_code == 2 and "Missing argument" in result.output


def test_start_up_does_not_load_heavy_libraries():
    code = ("import sys, glossary.cli; "
            "print(sorted(m for m in ('jieba', 'pypinyin', 'opencc', 'lxml') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
