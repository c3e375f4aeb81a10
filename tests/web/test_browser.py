"""The page in a real browser: Debian's Chromium, driven by playwright, against `glossary
serve` running as a user starts it.  Skipped where Chromium or playwright is missing, except
in CI (.ci/run installs both), where that is a failure."""

from __future__ import annotations

import tempfile

import pytest
from click.testing import CliRunner

from glossary.cli import cli
from tests.web.conftest import CHROMIUM, CHROMIUM_ARGS, needs

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # pragma: no cover - the test extra installs it
    sync_playwright = None


@pytest.fixture(scope="module")
def browser():
    needs(CHROMIUM.exists(), "Chromium (Debian package chromium)")
    needs(sync_playwright is not None, "playwright (pip)")
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as driver:
        context = driver.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield context
        context.close()


@pytest.fixture
def page(browser, server):
    page = browser.new_page()
    page.set_default_timeout(15_000)
    page.goto(server + "/")
    yield page
    page.close()


def export(termbase, *args):
    result = CliRunner().invoke(cli, ["export", "-t", str(termbase), *args])
    assert result.exit_code == 0, result.output
    return result.output


def row(page, text, lang=None):
    where = f'[data-lang="{lang}"]' if lang else ""
    return page.locator(f'#entry tr.term[data-text="{text}"]{where}')


def test_search_open_deprecate_and_see_it_in_the_export(page, server, termbase):
    page.fill("#who", "Alice")
    page.dispatch_event("#who", "change")
    page.type("#q", "fengqiao", delay=20)  # results as you type: pinyin without tones
    hit = page.locator('#results .hit[data-id="c00a72a9aa334"]')
    expect(hit).to_contain_text("枫桥经验")
    expect(hit).to_contain_text("Fengqiao Model")
    expect(hit.locator(".status")).to_have_text("needs-review")
    hit.click()

    entry = page.locator("#entry")
    expect(entry.locator("h2")).to_contain_text("枫桥经验")
    for text, lang in (("楓橋經驗", "zh-Hant-TW"), ("楓橋經驗", "zh-Hant-HK"),
                       ("Fēngqiáo jīngyàn", "zh-Latn-pinyin"), ("Fengqiao Model", "en")):
        expect(row(page, text, lang)).to_be_visible()
    marks = entry.locator(".evidence li").first.locator("mark")
    expect(marks).to_have_text(["Fengqiao Model", "枫桥经验"])  # source and target highlighted
    expect(entry.locator(".evidence cite").first).to_contain_text("seeds/000_45d3fbb852c04a85.txt:46")
    assert entry.locator('h2 [lang="zh-Hans"]').count() == 1
    assert "null" not in entry.inner_text() and "undefined" not in entry.inner_text()

    page.fill("#note", "the official name is Fengqiao experience")
    row(page, "Fengqiao Model").locator("button.decide-deprecated").click()
    expect(row(page, "Fengqiao Model").locator(".status")).to_have_text("deprecated")
    expect(entry.locator(".history")).to_contain_text("Alice: status deprecated — the official name")
    expect(page.locator("#message")).to_have_text("Fengqiao Model: deprecated")

    # The export a CAT tool gets says so, from the page's link and from the command line.
    downloaded = page.request.get(server + "/api/export?format=tbx").text()
    tbx = export(termbase, "-f", "tbx")
    for text in (downloaded, tbx):
        at = text.index("<term>Fengqiao Model</term>")
        assert "deprecatedTerm-admn-sts" in text[at:text.index("</termSec>", at)]
    assert "Alice\tstatus\tc00a72a9aa334\ten\tFengqiao Model\tdeprecated" in (
        termbase / "decisions.tsv").read_text(encoding="utf-8")


def test_review_queue_reject_and_edit(page, termbase):
    page.click("#tab-review")
    truncated = page.locator('#queue .hit[data-id="ca7386f4c98ac"]')
    expect(truncated).to_contain_text("Suggested completion: 中央村工作会议")
    truncated.click()
    row(page, "中央村工作").locator("button.decide-rejected").click()
    expect(page.locator("#entry")).to_contain_text("is gone")
    expect(page.locator('#queue .hit[data-id="ca7386f4c98ac"]')).to_have_count(0)

    page.locator('#queue .hit[data-id="c077fa02f155d"]').click()
    row(page, "中央经济工作").locator("button.edit").click()
    page.fill("#entry input.edit-text", "中央经济工作会议")
    page.click("#entry button.save")
    expect(row(page, "中央经济工作会议")).to_be_visible()
    expect(row(page, "中央經濟工作會議", "zh-Hant")).to_be_visible()  # its Traditional form, made again
    # A truncated term with the completion the build suggests: one click takes it.
    page.locator('#queue .hit[data-id="c129d89048909"]').click()
    row(page, "七千人大").locator("button.accept-suggestion").click()
    expect(row(page, "七千人大会", "zh-Hans")).to_be_visible()
    tbx = export(termbase, "-f", "tbx", "--status", "all")
    assert "<term>中央村工作</term>" not in tbx and "<term>中央经济工作会议</term>" in tbx
    assert "<term>七千人大会</term>" in tbx and "<term>七千人大</term>" not in tbx


def test_two_reviewers_on_one_concept_the_second_gets_a_conflict(browser, server, page):
    other = browser.new_page()
    try:
        for each in (page, other):
            each.goto(server + "/")
            each.fill("#q", "Fengqiao Model")
            each.locator('#results .hit[data-id="c00a72a9aa334"]').click()
            expect(row(each, "Fengqiao Model")).to_be_visible()
        row(page, "Fengqiao Model").locator("button.decide-preferred").click()
        expect(row(page, "Fengqiao Model").locator(".status")).to_have_text("preferred")
        row(other, "Fengqiao Model").locator("button.decide-deprecated").click()
        expect(other.locator("#message")).to_contain_text("changed by someone else")
        # The second reviewer now sees the first one's decision, not their own.
        expect(row(other, "Fengqiao Model").locator(".status")).to_have_text("preferred")
    finally:
        other.close()
