"""Synopsis pages in a real browser, over http and from disk (see conftest.py).

What reads the address or the page's script (the chooser, a cell's fold, anchors) runs both
ways; what is layout alone, or a link within the page, runs over http alone: a page draws and
scrolls alike from disk, and the suite's time is bounded."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from conftest import shared_theme

from .helpers import SEARCH_QUERY, SEARCH_RESULT_LINK, by_id, essay_page, open_page, same_page

WIDE = {"width": 1280, "height": 800}
NARROW = {"width": 390, "height": 844}
HIT = re.compile(r"\bsyn-related-hit\b")


@pytest.fixture
def theme(collection, alignment):
    return shared_theme(collection, alignment)


def theme_page(site_url: str, theme_id: str) -> str:
    return f"{site_url}themes/{theme_id}.html"


#: Per row of the page: its id and the boxes of its visible cells, in one round trip.
ROW_BOXES = """() => [...document.querySelectorAll('[data-point]')].map(row => [
  row.dataset.point,
  [...row.querySelectorAll('.syn-cell')].filter(cell => cell.offsetParent !== null)
    .map(cell => { const b = cell.getBoundingClientRect();
                   const named = cell.querySelector('.syn-cell-essay').getBoundingClientRect();
                   return {x: b.x, y: b.y + window.scrollY, width: b.width, height: b.height,
                           named: named.width > 1 && named.height > 1}; })])"""


def test_rows_set_their_cells_side_by_side_tops_aligned(page, problems, http_site_url, alignment):
    """On every theme page at 1280 px: a row's cells share their top and stand left to right."""
    page.set_viewport_size(WIDE)
    for theme in alignment.themes:
        page.goto(theme_page(http_site_url, theme.id))
        rows = page.evaluate(ROW_BOXES)
        assert rows, theme.id
        for point, boxes in rows:
            assert len(boxes) >= 1
            tops = [b["y"] for b in boxes]
            assert max(tops) - min(tops) <= 2, (point, tops)
            assert all(a["x"] + a["width"] <= b["x"] for a, b in zip(boxes, boxes[1:])), point
    problems.assert_none()


def test_a_cells_essay_name_shows_on_keyboard_focus_and_moves_nothing(
    page, problems, http_site_url, theme
):
    """Wide, the column heads name the cells; a cell's own name shows while its link has a
    keyboard's focus, over the cell's first line: static, it pushed the cell's text down and
    the row's tops out of line (a reader's review)."""
    page.set_viewport_size(WIDE)
    page.goto(theme_page(http_site_url, theme.id))
    cell = page.locator("[data-point] .syn-cell:not(.syn-cell--empty)").nth(1)
    text = cell.locator(".syn-para").first

    def offset() -> float:  # the text's top within its cell (focus may scroll the page)
        return text.bounding_box()["y"] - cell.bounding_box()["y"]

    before = offset()
    cell.locator(".syn-cell-essay a").focus()
    named = cell.locator(".syn-cell-essay").bounding_box()
    assert named["width"] > 20 and named["height"] > 10  # shown
    assert offset() == before  # nothing moved
    problems.assert_none()


def test_a_narrow_screen_stacks_cells_without_sideways_scrolling(
    page, problems, http_site_url, alignment
):
    page.set_viewport_size(NARROW)
    for theme in alignment.themes:
        page.goto(theme_page(http_site_url, theme.id))
        assert page.evaluate("() => document.documentElement.scrollWidth") <= NARROW["width"]
        for point, boxes in page.evaluate(ROW_BOXES):
            assert all(a["y"] + a["height"] <= b["y"] + 1 for a, b in zip(boxes, boxes[1:]))
            assert all(0 <= b["x"] and b["x"] + b["width"] <= NARROW["width"] for b in boxes)
            # each cell is named, since the column heads are gone
            assert all(b["named"] for b in boxes), point
    problems.assert_none()


def test_a_row_permalink_is_reachable_by_tap(browser, site_url, theme):
    context = browser.new_context(viewport=NARROW, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(theme_page(site_url, theme.id))
    number = page.locator("[data-point] .syn-row-number").first
    number.scroll_into_view_if_needed()
    number.tap()
    expect(page).to_have_url(re.compile(r"#point-1$"))
    context.close()


#: The first row's top, measured from the viewport's top, once reached.
ROW_TOP = "point => document.querySelector(`[data-point='${point}']`).getBoundingClientRect().top"


def test_jump_links_lead_from_row_to_row_by_tap_and_keyboard(browser, http_site_url, alignment):
    """At 390 px a row ends with links to the next and previous rows and to the list of points."""
    themes = [t for t in alignment.themes if len(alignment.points.get(t.id, [])) >= 3]
    assert themes, "no theme with three rows or more"
    context = browser.new_context(viewport=NARROW, has_touch=True, is_mobile=True)
    page = context.new_page()
    for theme in themes:
        page.goto(theme_page(http_site_url, theme.id))
        points = page.locator("[data-point]").evaluate_all("rows => rows.map(r => r.dataset.point)")
        row = {point: page.locator(f"[data-point='{point}']") for point in points}
        first, second, last = row[points[0]], row[points[1]], row[points[-1]]
        assert first.locator(".syn-row-prev").count() == 0  # the first row has none before it
        assert last.locator(".syn-row-next").count() == 0
        following = first.locator(".syn-row-next")
        following.scroll_into_view_if_needed()
        following.tap()
        expect(page).to_have_url(re.compile(r"#point-2$"))
        expect(second).to_be_in_viewport()
        # Landed with its top in view, under the sticky header, not scrolled past.
        assert 0 <= page.evaluate(ROW_TOP, points[1]) <= NARROW["height"] / 2
        # Back by keyboard: the previous-row link of row 2 is a link Enter follows.
        second.locator(".syn-row-prev").focus()
        page.keyboard.press("Enter")
        expect(page).to_have_url(re.compile(r"#point-1$"))
        expect(first).to_be_in_viewport()
        second.locator(".syn-row-points").focus()
        page.keyboard.press("Enter")
        expect(page).to_have_url(re.compile(r"#points$"))
        expect(page.locator("#points")).to_be_in_viewport()
    context.close()


def test_a_phone_s_overview_sets_a_long_essay_name_on_two_lines(browser, http_site_url):
    """The overview's essay names stand turned on a phone: a long one on one line made the
    header 240 px tall, one theme's row on the first screen (a reader's review of UU's site)."""
    context = browser.new_context(viewport=NARROW, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(http_site_url + "themes/index.html")
    heads = page.locator(".syn-matrix thead th a")
    assert heads.count() >= 2
    tallest = max(heads.evaluate_all("links => links.map(a => a.getBoundingClientRect().height)"))
    assert 0 < tallest <= 129  # (at most 8em of its type; on one line the seeds' longest: 152 px)
    context.close()


def test_a_phone_s_first_screen_shows_the_first_row_and_the_points_unfold(
    browser, http_site_url, alignment
):
    """On a phone the list of points and the chooser of essays are folded, so that the first
    row's first passage shows on the first screen (readers' reviews: on 9 of 11 themes no
    passage did; then, with a discovered theme's long title, the chooser pushed the passages
    below it); a row's "Points" link unfolds the list. Wide, both stay open."""
    context = browser.new_context(viewport=NARROW, has_touch=True, is_mobile=True)
    page = context.new_page()
    # (the themes with the longest descriptions and titles: the most above the first row)
    for theme in sorted(alignment.themes, key=lambda t: -len(t.description + t.label))[:3]:
        page.goto(theme_page(http_site_url, theme.id))
        fold = page.locator(".syn-point-fold")
        assert not fold.evaluate("details => details.open")
        assert not page.locator(".syn-chooser-fold").evaluate("details => details.open")
        assert page.locator(".syn-chooser-fold > summary").is_visible()
        first_line = page.locator(".syn-cell:not([hidden]) .syn-para").first.evaluate(
            "para => para.getBoundingClientRect().top + 24"
        )
        assert first_line <= NARROW["height"], theme.id
    points = page.locator(".syn-row-points").first
    points.scroll_into_view_if_needed()
    points.tap()
    assert fold.evaluate("details => details.open")
    context.close()
    wide = browser.new_page(viewport=WIDE)
    wide.goto(theme_page(http_site_url, alignment.themes[0].id))
    assert wide.locator(".syn-point-fold").evaluate("details => details.open")
    # … the chooser shown as the box it was: named by its legend, its summary hidden
    assert wide.locator(".syn-chooser-fold").evaluate("details => details.open")
    assert wide.locator(".syn-chooser legend").is_visible()
    assert not wide.locator(".syn-chooser-fold > summary").is_visible()
    wide.close()


def test_without_scripts_the_chooser_is_not_shown_and_the_rows_are(browser, site_url, theme):
    # (review 33: its ticked boxes did nothing without the script)
    context = browser.new_context(viewport=WIDE, java_script_enabled=False)
    page = context.new_page()
    page.goto(theme_page(site_url, theme.id))
    assert not page.locator(".syn-chooser-fold").is_visible()
    assert page.locator(".syn-row .syn-para").first.is_visible()
    context.close()


def test_choosing_essays_sets_columns_and_the_url(page, problems, site_url, theme):
    page.set_viewport_size(WIDE)
    open_page(page, theme_page(site_url, theme.id))
    boxes = page.locator(".syn-choose")
    first = boxes.first.get_attribute("value")
    cells = page.locator(f'.syn-cell[data-essay="{first}"]')
    who = page.locator(f'.syn-point-who [data-essay="{first}"]')
    assert who.count() > 0 and who.first.is_visible()
    shown = page.locator(".syn-chooser-shown")
    total = boxes.count()
    expect(shown).to_have_text(f"({total} of {total})")
    boxes.first.uncheck()
    expect(cells.first).to_be_hidden()
    expect(shown).to_have_text(f"({total - 1} of {total})")  # what the folded chooser says
    expect(who.first).to_be_hidden()  # the list of points names only the essays shown
    assert "essays=" in page.url and first not in page.url.split("essays=")[1]
    for box in boxes.all():
        box.uncheck()
    expect(page.locator(".syn-none-chosen")).to_be_visible()
    boxes.first.check()
    expect(page.locator(".syn-none-chosen")).to_be_hidden()
    expect(cells.first).to_be_visible()
    # every row has a cell for the chosen essay, an empty one where it is silent
    assert (
        page.locator(f'[data-point] .syn-cell[data-essay="{first}"]:visible').count()
        == page.locator("[data-point]").count()
    )
    # the choice travels in the URL
    page.goto(page.url)
    expect(page.locator(f'.syn-choose[value="{first}"]')).to_be_checked()
    assert page.locator(".syn-choose:checked").count() == 1
    problems.assert_none()


def test_the_url_sets_the_order_of_the_columns(page, problems, site_url, theme):
    # The overview links a cell as ?essays=<its essay>,<the others>: that essay comes first.
    page.set_viewport_size(WIDE)
    open_page(page, theme_page(site_url, theme.id))
    ids = [box.get_attribute("value") for box in page.locator(".syn-choose").all()]
    wanted = ids[::-1]
    open_page(page, theme_page(site_url, theme.id) + "?essays=" + ",".join(wanted))
    heads = [h.get_attribute("data-essay") for h in page.locator(".syn-colhead").all()]
    assert heads == wanted
    row = page.locator("[data-point]").first
    lefts = {
        essay: row.locator(f'.syn-cell[data-essay="{essay}"]').bounding_box()["x"]
        for essay in wanted
    }
    assert sorted(wanted, key=lefts.get) == wanted
    problems.assert_none()


def first_on_a_theme_page(page, site_url, alignment, selector):
    """The first element matching `selector` on the first theme page that has one (that page
    left open); the test is skipped when no theme page has one."""
    for theme in alignment.themes:
        open_page(page, theme_page(site_url, theme.id))
        found = page.locator(selector)
        if found.count():
            return found.first
    pytest.skip(f"no theme page has {selector}")


def test_hovering_a_passage_or_reaching_its_link_lights_its_counterparts(
    page, problems, site_url, alignment
):
    page.set_viewport_size(WIDE)
    source = first_on_a_theme_page(
        page, site_url, alignment, ".syn-cell .syn-para[data-related*='-p']"
    )
    related = source.get_attribute("data-related").split()
    source.hover()
    target = by_id(page, related[0])
    expect(target).to_have_class(HIT)
    box = target.bounding_box()
    assert 0 <= box["y"] < WIDE["height"], "the counterpart stands in the same row, on screen"
    page.mouse.move(0, 0)
    expect(target).not_to_have_class(HIT)
    # By keyboard: the passage's own link is its one Tab stop (the passage is none: a reader
    # found every cell a second stop, read whole by a screen reader), and reaching it lights
    # the counterparts as hovering does.
    assert source.get_attribute("tabindex") is None
    link = source.locator(".syn-para-where a")
    link.focus()
    expect(target).to_have_class(HIT)
    link.blur()
    expect(target).not_to_have_class(HIT)
    problems.assert_none()


def test_a_long_cell_collapses_and_shows_all_on_demand(page, problems, site_url, alignment):
    page.set_viewport_size(WIDE)
    first_on_a_theme_page(page, site_url, alignment, ".syn-expand")
    cell = page.locator(".syn-cell--collapsed").first.element_handle()  # stays this cell
    height = cell.bounding_box()["height"]
    cell.query_selector(".syn-expand").click()
    assert "syn-cell--collapsed" not in cell.get_attribute("class")
    assert cell.bounding_box()["height"] > height
    assert cell.query_selector(".syn-expand").get_attribute("aria-expanded") == "true"
    problems.assert_none()


def test_chips_and_related_links_lead_to_existing_anchors(
    page, problems, http_site_url, collection
):
    # Once the pages' scripts have run: the build test finds every link's anchor in every
    # page's HTML (test_build.py), this one that no script takes an anchor away. Over http
    # alone and for one essay: the links are relative, and resolve alike on disk, where other
    # tests open these pages and follow their links.
    essay = collection.essays[0]
    open_page(page, essay_page(http_site_url, essay.id))
    links = page.locator(".syn-chip, .syn-related-link").evaluate_all(
        "links => links.map(a => a.href)"
    )
    assert links, "an essay page shows themes and related passages"
    anchors: dict[str, set[str]] = {}
    for href in links:
        target, anchor = href.split("#")
        anchors.setdefault(target, set()).add(anchor)
    for target, wanted in sorted(anchors.items()):  # each page opened once
        page.goto(target)
        found = set(page.locator("[id]").evaluate_all("els => els.map(e => e.id)"))
        assert wanted <= found, f"{target} lacks {sorted(wanted - found)}"
    problems.assert_none()


def test_search_finds_a_compared_phrase_on_its_essay_page_first(
    page, problems, site_url, theme, alignment, collection
):
    paragraph = collection.paragraphs[alignment.paragraphs_on(theme.id)[0]]
    words = [w for w in paragraph.text.split() if w.isalpha()]
    phrase = " ".join(words[len(words) // 2 : len(words) // 2 + 4])
    open_page(page, site_url + "index.html")

    query = page.locator(SEARCH_QUERY)
    query.click()
    query.fill(phrase[:-1])
    query.press(phrase[-1])
    results = page.locator(SEARCH_RESULT_LINK)
    expect(results.first).to_have_attribute(
        "href", same_page(essay_page(site_url, paragraph.essay_id))
    )
    hrefs = results.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert not any("/themes/" in h for h in hrefs[:3]), hrefs
    problems.assert_none()


def test_footnote_tooltip_works_on_a_comparison_page(
    page, problems, site_url, collection, alignment
):
    # The first theme page holding a note that has text.
    for theme in alignment.themes:
        cited = [
            (p, label)
            for pid in alignment.paragraphs_on(theme.id)
            for p in [collection.paragraphs[pid]]
            for label in p.footnotes
            if not collection.essay(p.essay_id).footnotes[label].missing
        ]
        if cited:
            break
    else:
        pytest.skip("no theme page cites a note with text")
    paragraph, label = cited[0]
    open_page(page, theme_page(site_url, theme.id))

    page.locator(f'.syn-cell a.footnote-ref[href="#fn:{paragraph.essay_id}-{label}"]').first.hover()
    tooltip = page.locator(".md-tooltip2.md-tooltip2--active")
    expect(tooltip).to_be_visible()
    note = collection.essay(paragraph.essay_id).footnotes[label].text
    expect(tooltip).to_contain_text(note[:40])
    problems.assert_none()


#: Per cell that shows a "show all" control: whether it is an empty cell, and how tall its own
#: content is against the height a cell is cut to (26rem).
EXPANDED_CELLS = """() => {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return [...document.querySelectorAll('.syn-cell')].filter(c => c.querySelector('.syn-expand'))
    .map(cell => {
      const top = cell.getBoundingClientRect().top;
      const bottom = Math.max(...[...cell.children].filter(c => !c.matches('.syn-expand'))
        .map(c => c.getBoundingClientRect().bottom));
      return {empty: cell.matches('.syn-cell--empty'), ratio: (bottom - top) / (26 * rem)};
    });
}"""


def test_only_a_cell_whose_own_text_is_long_is_cut(page, problems, http_site_url, alignment):
    # A grid stretches a short cell to its row's tallest: its height is no measure of its text.
    page.set_viewport_size(WIDE)
    cut = []
    for theme in alignment.themes:
        page.goto(theme_page(http_site_url, theme.id))
        cut += page.evaluate(EXPANDED_CELLS)
    assert cut, "no cell long enough to be cut on any theme page"
    assert not any(cell["empty"] for cell in cut)
    # (a cut hides a quarter of the cell at least: a reader found one hiding two lines)
    assert all(cell["ratio"] > 1.35 for cell in cut), cut
    problems.assert_none()


#: A row where one essay alone speaks, among the essays shown (one of several): its id and that
#: essay's.
LONE_SPEAKER = """() => {
  for (const row of document.querySelectorAll('[data-point]')) {
    const speakers = [...row.querySelectorAll('.syn-cell:not([hidden])')]
      .filter(cell => cell.querySelector('.syn-para')).map(cell => cell.dataset.essay);
    const others = document.querySelectorAll('.syn-choose:checked').length > 1;
    if (speakers.length === 1 && others) return [row.id, speakers[0]];
  }
  return null;
}"""

#: The row made one where the other essays have nothing on the point, not even in another row:
#: their pointers ("see ¶9 (row 2)", and those the script gives the cells it makes) removed.
WITHOUT_POINTERS = """(id) => {
  const row = document.getElementById(id);
  row.querySelectorAll('.syn-elsewhere').forEach(pointer => pointer.remove());
  delete row.dataset.elsewhere;
}"""


#: A row where an essay shown has nothing but points to its passage in another row: the row's
#: id, that essay's, and the essays that speak in the row.
POINTING = """() => {
  for (const row of document.querySelectorAll('[data-point]')) {
    const shown = [...row.querySelectorAll('.syn-cell:not([hidden])')];
    const pointer = shown.find(cell => cell.querySelector('.syn-elsewhere'));
    if (pointer) return [row.id, pointer.dataset.essay, shown
      .filter(cell => cell.querySelector('.syn-para')).map(cell => cell.dataset.essay)];
  }
  return null;
}"""


def test_a_row_an_essay_shown_points_from_is_not_silent(page, problems, http_site_url, alignment):
    """Its speakers hidden, a row where an essay shown has its passage on the point in another
    row keeps that essay's cell and its "see ¶N (row M)": it said "None of the essays shown
    speaks to this point" while the passage there said "Also answers row N" (a reader's
    review)."""
    page.set_viewport_size(WIDE)
    for theme in alignment.themes:
        page.goto(theme_page(http_site_url, theme.id))
        if found := page.evaluate(POINTING):
            break
    else:
        pytest.fail("no row where an essay shown points to another row")
    row_id, essay, speakers = found
    for speaker in speakers:
        page.locator(f'.syn-choose[value="{speaker}"]').uncheck()
    row = page.locator(f"#{row_id}")
    expect(row.locator(".syn-row-silent")).to_be_hidden()
    expect(row.locator(f'.syn-cell[data-essay="{essay}"] .syn-elsewhere a').first).to_be_visible()
    problems.assert_none()


def test_a_row_none_of_the_essays_shown_speaks_to_says_so(page, problems, http_site_url, alignment):
    page.set_viewport_size(WIDE)
    for theme in alignment.themes:
        page.goto(theme_page(http_site_url, theme.id))
        if found := page.evaluate(LONE_SPEAKER):
            break
    else:
        pytest.fail("no row where one essay alone speaks")
    row_id, essay = found
    row = page.locator(f"#{row_id}")
    expect(row.locator(".syn-row-silent")).to_be_hidden()
    # (the seeds' essays have each a passage in another row wherever they are silent)
    page.evaluate(WITHOUT_POINTERS, row_id)
    page.locator(f'.syn-choose[value="{essay}"]').uncheck()
    expect(row).to_have_class(re.compile(r"\bsyn-row--silent\b"))
    expect(row.locator(".syn-row-silent")).to_be_visible()
    expect(row.locator(".syn-cells")).to_be_hidden()  # no column of empty cells
    page.locator(f'.syn-choose[value="{essay}"]').check()
    expect(row.locator(".syn-row-silent")).to_be_hidden()
    expect(row.locator(f'.syn-cell[data-essay="{essay}"] .syn-para').first).to_be_visible()
    # Every essay hidden, the page reloaded: still every essay hidden, as the address says.
    for box in page.locator(".syn-choose").all():
        box.uncheck()
    page.reload()
    assert page.url.endswith("essays=")
    expect(page.locator(".syn-none-chosen")).to_be_visible()
    assert not any(box.is_checked() for box in page.locator(".syn-choose").all())
    problems.assert_none()


#: The first empty cell that points elsewhere: its row's id, its essay, and its pointer as the
#: row's `data-elsewhere` gives an essay outside the default columns one.
POINTER_CELL = """() => {
  for (const link of document.querySelectorAll('.syn-cell--empty .syn-elsewhere a')) {
    const cell = link.closest('.syn-cell'), row = link.closest('[data-point]');
    const number = link.textContent.slice(1), shown = link.parentElement.textContent;
    const there = shown.match(/\\(row (\\d+)\\)/)[1];
    return [row.id, cell.dataset.essay,
            [cell.dataset.essay, link.hash.slice(1), number, there].join(':')];
  }
  return null;
}"""


def test_an_essay_set_beside_the_others_points_to_its_passage_elsewhere(
    page, problems, http_site_url, alignment
):
    # An essay outside the default columns has no empty cells on the page (a hundred essays
    # made theme pages twice as large): the script makes the cell when a reader adds the
    # essay, and points it, from the row's `data-elsewhere`, where the page's own cells do.
    page.set_viewport_size(WIDE)
    for theme in alignment.themes:
        page.goto(theme_page(http_site_url, theme.id))
        if found := page.evaluate(POINTER_CELL):
            break
    else:
        pytest.skip("no empty cell points elsewhere")
    row_id, essay, pointer = found
    page.evaluate(
        """([rowId, essay, pointer]) => {
          const row = document.getElementById(rowId);
          row.querySelector(`.syn-cell[data-essay="${essay}"]`).remove();
          row.dataset.elsewhere = pointer;
        }""",
        [row_id, essay, pointer],
    )
    box = page.locator(f'.syn-choose[value="{essay}"]')
    box.uncheck()
    box.check()
    made = page.locator(f'#{row_id} .syn-cell[data-essay="{essay}"]')
    expect(made).to_be_visible()
    link = made.locator(".syn-elsewhere a")
    _, target, number, there = pointer.split(":")
    expect(link).to_have_text(f"¶{number}")
    assert link.get_attribute("href") == f"#{target}"
    expect(made.locator(".syn-elsewhere")).to_contain_text(f"(row {there})")
    problems.assert_none()
