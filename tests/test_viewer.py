"""The viewer's HTML without a browser: offline, data embedded and escaped, deterministic, cut explained."""

from __future__ import annotations

import json
import os
import re

import pytest

from kg.query import QueryTable
from kg.viewer import ViewerReport, viewer_data, write_viewer
from kg.viewer.layout import force_layout
from kg.viewer.page import script_json
from kg.viewer.sample import sample_graph
from kg.viewer.select import pagerank

EVIL = 'Evil "quoted" </script><script>window.pwned = 1</script> & <b>bold</b>'

NETWORK_REFERENCES = [
    r"<script[^>]*\ssrc\s*=\s*[\"']?\s*(https?:)?//",
    r"<link[^>]*\shref\s*=\s*[\"']?\s*(https?:)?//",
    r"@import\s+(url\()?\s*[\"']?\s*(https?:)?//",
    r"url\(\s*[\"']?\s*(https?:)?//",
    r"<(img|iframe|embed|source|audio|video)[^>]*\ssrc\s*=\s*[\"']?\s*(https?:)?//",
]


def embedded_data(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.DOTALL)
    assert match, "no JSON data block"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def graph():
    return sample_graph(papers=40, seed=3, titles={5: EVIL})


@pytest.fixture(scope="module")
def tables():
    return (QueryTable("coauthors_of_author", "Coauthors of an author", "Who wrote with whom.",
                       (("author", "Hao Feng"),), ("coauthor", "papers"),
                       (("Anna Li", "3"), ("Nobody", "1")), (("person/a001", "person/a002"), ())),
            QueryTable("broken", "Broken", "A failing query.", (), (), (), (), error="q.rq:3: syntax error"))


@pytest.fixture(scope="module")
def page(graph, tables, tmp_path_factory):
    path = tmp_path_factory.mktemp("viewer") / "graph.html"
    report = write_viewer(graph, path, tables, title="Seeds <&> graph")
    return path, path.read_text(encoding="utf-8"), report


def test_no_network_references(page):
    _, html, _ = page
    for pattern in NETWORK_REFERENCES:
        assert not re.search(pattern, html, re.IGNORECASE), pattern
    assert "cdn" not in " ".join(re.findall(r"<(?:script|link)[^>]*>", html)).lower()


def test_vis_network_is_inlined(page):
    _, html, _ = page
    assert "vis-network" in html and "vis.DataSet" in html
    assert html.lower().count("</script") == 3  # the data, vis-network and our script: nothing ends early


def test_data_is_embedded_as_json(page, graph):
    _, html, report = page
    data = embedded_data(html)
    assert len(data["nodes"]) == graph.number_of_nodes() == report.nodes_shown == report.nodes_total
    assert len(data["edges"]) == graph.number_of_edges() == report.edges_shown
    assert {n["id"] for n in data["nodes"]} == set(graph)
    assert report == ViewerReport(graph.number_of_nodes(), graph.number_of_nodes(),
                                  graph.number_of_edges(), graph.number_of_edges(), "")
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])


def test_text_from_inputs_cannot_break_out(page):
    _, html, _ = page
    assert "<script>window.pwned" not in html
    assert "<b>bold</b>" not in html
    data = embedded_data(html)
    assert data["details"]["paper/p0005"]["a"]["title"] == EVIL
    assert "<title>Seeds &lt;&amp;&gt; graph</title>" in html


def test_script_json_escapes_every_tag_start():
    text = script_json({"t": "</SCRIPT><!-- \u2028 &"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"t": "</SCRIPT><!-- \u2028 &"}


def test_same_graph_gives_identical_bytes(graph, tables, tmp_path):
    write_viewer(graph, tmp_path / "a.html", tables)
    write_viewer(sample_graph(papers=40, seed=3, titles={5: EVIL}), tmp_path / "b.html", tables)
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_write_is_atomic_and_leaves_nothing_behind(graph, tmp_path, monkeypatch):
    path = tmp_path / "out" / "graph.html"
    write_viewer(graph, path)
    before = path.read_bytes()
    assert sorted(p.name for p in path.parent.iterdir()) == ["graph.html"]
    assert oct(path.stat().st_mode & 0o777) != oct(0o600)

    def fail(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        write_viewer(sample_graph(papers=5), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["graph.html"]


def test_max_nodes_keeps_the_important_part_and_says_what_was_left_out(graph, tmp_path):
    report = write_viewer(graph, tmp_path / "g.html", max_nodes=30)
    data = embedded_data((tmp_path / "g.html").read_text(encoding="utf-8"))
    shown = {n["id"] for n in data["nodes"]}
    assert report.nodes_shown == len(shown) == 30 and report.nodes_total == graph.number_of_nodes()
    assert {n for n in graph if n.startswith("collection/")} <= shown
    rank = pagerank(graph)
    best_left_out = max(rank[n] for n in graph if n not in shown)
    assert all(rank[n] >= best_left_out for n in shown if not n.startswith("collection/"))
    assert report.edges_shown == len(data["edges"]) < report.edges_total
    assert all(e["f"] in shown and e["t"] in shown for e in data["edges"])
    assert report.left_out.startswith(f"Showing the 30 most important of {graph.number_of_nodes()} nodes")
    assert f"{report.edges_total - report.edges_shown} of {report.edges_total} edges" in report.left_out
    assert data["report"]["left_out"] == report.left_out


def test_paper_details_hold_ordered_authors_and_mention_offsets(graph):
    data, _ = viewer_data(graph)
    details = data["details"]["paper/p0001"]
    authors = [l for l in details["links"] if l["k"] == "authored" and l["d"] == "in"]
    positions = {l["id"]: l["x"]["position"] for l in authors}
    assert positions == {u: d["position"] for u, _, d in graph.in_edges("paper/p0001", data=True) if d["kind"] == "authored"}
    abstract = details["a"]["abstract"]
    assert details["mentions"]
    for mention in details["mentions"]:
        assert abstract[mention["start"]:mention["end"]] == mention["surface"]
        assert mention["entity"] in graph


def test_person_details_hold_coauthor_weights(graph):
    data, _ = viewer_data(graph)
    person = max((n for n in graph if n.startswith("person/")), key=graph.degree)
    weights = {l["id"]: l["x"]["weight"] for l in data["details"][person]["links"] if l["k"] == "coauthor"}
    expected = {(v if u == person else u): d["weight"] for u, v, d in graph.edges(data=True)
                if d["kind"] == "coauthor" and person in (u, v)}
    assert weights == expected and weights


def test_queries_are_carried_with_their_rows_and_nodes(graph, tables):
    data, _ = viewer_data(graph, tables)
    first, broken = data["queries"]
    assert first["params"] == [["author", "Hao Feng"]]
    assert first["rows"] == [["Anna Li", "3"], ["Nobody", "1"]]
    assert first["rowNodes"] == [["person/a001", "person/a002"], []]
    assert broken["error"] == "q.rq:3: syntax error"


def test_layout_is_deterministic_and_separates_nodes():
    adjacency = {"a": {"b": 1.0, "c": 1.0}, "b": {"a": 1.0}, "c": {"a": 1.0}, "d": {}}
    positions = force_layout(adjacency)
    assert positions == force_layout(adjacency)
    points = list(positions.values())
    assert len(set(points)) == 4
    assert all(abs(x) < 1000 and abs(y) < 1000 for x, y in points)


def test_seed_build_writes_a_viewer_of_the_whole_graph(seed_build):
    report, out = seed_build
    html = (out / "graph.html").read_text(encoding="utf-8")
    data = embedded_data(html)
    assert len(data["nodes"]) == sum(report.nodes.values()) == report.viewer.nodes_shown
    assert len(data["edges"]) == sum(report.edges.values())
    assert {q["name"] for q in data["queries"]} >= {"coauthors_of_author", "most_prolific_authors"}
    for pattern in NETWORK_REFERENCES:
        assert not re.search(pattern, html, re.IGNORECASE), pattern


def test_long_query_answers_are_cut_and_say_how_long_they_were(graph):
    rows = tuple((f"paper {i}",) for i in range(1000))
    table = QueryTable("inferred_citations", "Inferred", "", (), ("paper",), rows, tuple(() for _ in rows))
    data, _ = viewer_data(graph, [table])
    [record] = data["queries"]
    assert len(record["rows"]) == len(record["rowNodes"]) == 200
    assert record["rowsTotal"] == 1000
