"""The viewer in a real browser: Debian's Chromium through Playwright, network off, page from file://."""

from __future__ import annotations

import os

from pathlib import Path

import pytest

from kg.query import QueryTable
from kg.viewer import write_viewer
from kg.viewer.sample import sample_graph

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
EVIL = 'Evil "quoted" </script><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
KNOWN = "Tokenizer of known layer norms"


@pytest.fixture(scope="module")
def browser():
    if os.environ.get("CI"):  # CI installs both (make test); a missing one there is a broken set-up, not a skip
        import playwright.sync_api as playwright_api

        assert CHROMIUM.exists(), "/usr/bin/chromium is missing: make test installs it (.ci/install-chromium)"
    else:
        playwright_api = pytest.importorskip("playwright.sync_api")
        if not CHROMIUM.exists():
            pytest.skip("/usr/bin/chromium is not installed (make test installs it)")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def graph():
    return sample_graph(papers=60, seed=7, titles={4: KNOWN, 9: EVIL})


@pytest.fixture(scope="module")
def table():
    return QueryTable("coauthors_of_author", "Coauthors of an author", "Everyone who wrote with the author.",
                      (("author", "Hao Feng"),), ("coauthor", "papers"),
                      (("A", "2"), ("B and C", "1"), ("gone", "1")),
                      (("person/a001",), ("person/a002", "paper/p0004"), ("person/not-in-graph",)))


@pytest.fixture(scope="module")
def html_file(graph, table, tmp_path_factory):
    path = tmp_path_factory.mktemp("browser") / "graph.html"
    write_viewer(graph, path, [table], title='Seeds "<script>alert(1)</script>"')
    return path


def open_page(browser, path: Path):
    """A page with every non-file request aborted and recorded; fails on any page error."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    attempts: list[str] = []
    errors: list[str] = []

    def route(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            attempts.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(path.as_uri())
    page.wait_for_function("window.kgReady === true", timeout=15_000)
    return page, attempts, errors


@pytest.fixture
def page(browser, html_file):
    page, attempts, errors = open_page(browser, html_file)
    yield page
    assert not attempts, f"network requests attempted: {attempts}"
    assert not errors, errors
    page.context.close()


def test_loads_from_file_with_every_node(page, graph):
    assert page.url.startswith("file://")
    assert page.text_content("#count-nodes") == str(graph.number_of_nodes())
    assert page.text_content("#count-edges") == str(graph.number_of_edges())
    assert page.evaluate("window.kg.nodes.length") == graph.number_of_nodes()
    assert page.is_hidden("#left-out")
    assert page.locator("#legend-nodes label").count() == len({d["kind"] for _, d in graph.nodes(data=True)})


def test_search_finds_a_paper_and_fills_the_panel(page, graph):
    page.fill("#search", "known layer")
    first = page.locator("#search-results li").first
    assert first.get_attribute("data-id") == "paper/p0004"
    page.keyboard.press("Enter")
    assert page.text_content("#panel-title") == KNOWN
    authors = page.locator('#panel ol[data-section="authored:in"] li .node-link')
    expected = [graph.nodes[u]["label"] for u, _, d in sorted(graph.in_edges("paper/p0004", data=True),
                                                              key=lambda e: e[2].get("position", 0))
                if d["kind"] == "authored"]
    assert authors.all_text_contents() == expected
    marks = page.locator("#panel-abstract mark").all_text_contents()
    surfaces = [m.surface for _, _, d in graph.out_edges("paper/p0004", data=True) for m in d.get("mentions", ())]
    assert sorted(marks) == sorted(surfaces) and marks
    assert page.text_content("#panel-sources") == graph.nodes["paper/p0004"]["sources"][0]
    lit = set(page.evaluate("window.kg.litNodeIds()"))
    assert lit == {"paper/p0004", *graph.successors("paper/p0004"), *graph.predecessors("paper/p0004")}


def test_clicking_a_node_on_the_canvas_fills_the_panel(page, graph):
    person = max((n for n in graph if n.startswith("person/")), key=graph.degree)
    point = page.evaluate("""id => { window.kg.network.focus(id, {scale: 3, animation: false});
                                     const p = window.kg.network.getPositions([id])[id];
                                     const d = window.kg.network.canvasToDOM(p);
                                     const r = document.getElementById('network').getBoundingClientRect();
                                     return [d.x + r.left, d.y + r.top]; }""", person)
    page.mouse.click(*point)
    assert page.text_content("#panel-title") == graph.nodes[person]["name"]
    coauthors = page.locator('#panel ul[data-section="coauthor:both"] li')
    expected = sum(1 for u, v, d in graph.edges(data=True) if d["kind"] == "coauthor" and person in (u, v))
    assert coauthors.count() == expected
    assert page.locator('#panel ul[data-section="authored:out"] li').count() == sum(
        1 for _, _, d in graph.out_edges(person, data=True) if d["kind"] == "authored")


def test_query_row_highlights_its_nodes(page):
    page.click('.tabs button[data-tab="queries"]')
    query = page.locator('.query[data-query="coauthors_of_author"]')
    assert "author = Hao Feng" in query.text_content()
    query.locator('tbody tr[data-row="1"]').click()
    assert page.evaluate("window.kg.litNodeIds()") == ["paper/p0004", "person/a002"]
    assert "Highlighted 2 nodes" in page.text_content("#status")
    query.locator('tbody tr[data-row="2"]').click()
    assert page.evaluate("window.kg.litNodeIds()") == []
    assert "not shown" in page.text_content("#status")


def test_filters_hide_what_they_should(page, graph):
    page.uncheck('input[data-node-kind="person"]')
    visible = page.evaluate("window.kg.visibleNodeIds()")
    assert visible and not any(n.startswith("person/") for n in visible)
    assert page.text_content("#count-nodes") == str(sum(1 for n in graph if not n.startswith("person/")))
    assert "authored" not in page.evaluate("window.kg.visibleEdgeKinds()")
    page.check('input[data-node-kind="person"]')
    page.uncheck('input[data-edge-kind="cites"]')
    assert "cites" not in page.evaluate("window.kg.visibleEdgeKinds()")
    assert "uses_dataset" in page.evaluate("window.kg.visibleEdgeKinds()")
    page.fill("#year-from", "2021")
    page.fill("#year-to", "2022")
    visible = set(page.evaluate("window.kg.visibleNodeIds()"))
    papers = {n for n, d in graph.nodes(data=True) if d["kind"] == "paper"}
    assert {n for n in papers if n in visible} == {n for n in papers if 2021 <= graph.nodes[n]["year"] <= 2022}
    page.click("#reset")
    assert page.text_content("#count-nodes") == str(graph.number_of_nodes())


def test_text_from_inputs_is_shown_not_run(page):
    assert page.evaluate("window.pwned") is None
    assert page.title() == 'Seeds "<script>alert(1)</script>"'
    page.evaluate("window.kg.select('paper/p0009')")
    assert page.text_content("#panel-title") == EVIL
    page.fill("#search", "evil")
    assert page.locator("#search-results li").first.get_attribute("data-id") == "paper/p0009"
    assert page.evaluate("window.pwned") is None


def test_cut_graph_says_what_was_left_out(browser, graph, tmp_path):
    path = tmp_path / "cut.html"
    report = write_viewer(graph, path, max_nodes=25)
    page, attempts, errors = open_page(browser, path)
    try:
        assert page.is_visible("#left-out")
        assert page.text_content("#left-out") == report.left_out
        assert page.text_content("#count-nodes") == "25"
        assert not attempts and not errors
    finally:
        page.context.close()


def test_seed_viewer_opens_offline(browser, seed_build):
    report, out = seed_build
    page, attempts, errors = open_page(browser, out / "graph.html")
    try:
        assert page.text_content("#count-nodes") == str(report.viewer.nodes_shown)
        assert page.locator(".query").count() >= 4
        assert not attempts and not errors
    finally:
        page.context.close()
