"""The other exports: JSON-LD, N-Quads/TriG, GraphML, CSV: each parses back to the same graph, byte-stable."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest

from kg.build import read_inputs
from kg.config import resolve_inputs
from kg.corpus import assemble_corpus
from kg.export import EXPORT_FILES, write_exports
from kg.graph import build_graph
from kg.rdf import graph_lines

ROOT = Path(__file__).resolve().parent.parent


def _seed_graph(reverse: bool = False) -> nx.MultiDiGraph:
    batches = read_inputs(*resolve_inputs([ROOT / "seeds"]))
    return build_graph(assemble_corpus(batches[::-1] if reverse else batches))


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    G = _seed_graph()
    lines = graph_lines(G)
    out = tmp_path_factory.mktemp("exports")
    paths = write_exports(G, lines, out)
    return G, lines, out, paths


def triples(path: Path, fmt=None) -> set:
    return {quad.triple for quad in pyoxigraph.parse(path=str(path), format=fmt)}


def test_every_export_is_written(exported):
    _, _, out, paths = exported
    assert paths == tuple(out / name for name in EXPORT_FILES)
    assert all(path.stat().st_size > 0 for path in paths)


def test_jsonld_has_a_context_and_the_same_triples(exported):
    _, lines, out, _ = exported
    nt = {quad.triple for quad in pyoxigraph.parse("".join(lines).encode(), format=pyoxigraph.RdfFormat.N_TRIPLES)}
    document = json.loads((out / "graph.jsonld").read_text(encoding="utf-8"))
    assert document["@context"]["@base"] == "https://w3id.org/kg/id/"
    assert document["@context"]["fabio"] == "http://purl.org/spar/fabio/"
    assert triples(out / "graph.jsonld") == nt
    paper = next(node for node in document["@graph"] if node["@id"].startswith("paper/") and "/" not in node["@id"][6:])
    assert "fabio:Expression" in paper["@type"] and "dcterms:title" in paper


def test_jsonld_parses_with_rdflib_too(exported):
    import rdflib

    _, lines, out, _ = exported
    assert len(rdflib.Graph().parse(out / "graph.jsonld", format="json-ld")) == len(lines)


def test_trig_and_nquads_hold_one_named_graph_per_input_file(exported):
    _, lines, out, _ = exported
    nquads = set(pyoxigraph.parse(path=str(out / "graph.nq")))
    assert set(pyoxigraph.parse(path=str(out / "graph.trig"))) == nquads
    named = {quad.graph_name.value for quad in nquads if isinstance(quad.graph_name, pyoxigraph.NamedNode)}
    assert len(named) == 4
    assert {quad.triple for quad in nquads} == triples(out / "graph.jsonld")


def test_named_graphs_are_queryable_provenance(exported):
    _, _, out, _ = exported
    store = pyoxigraph.Store()
    store.load(path=str(out / "graph.nq"))
    rows = list(store.query("""
        SELECT ?file (COUNT(DISTINCT ?paper) AS ?papers) WHERE {
          GRAPH ?g { ?paper a <http://purl.org/spar/fabio/Expression> }
          GRAPH ?g { ?g <https://w3id.org/kg/ns#sourceFile> ?file }
        } GROUP BY ?file ORDER BY ?file"""))
    assert [int(row["papers"].value) for row in rows] == [10, 72, 91, 44]


def test_graphml_for_gephi(exported):
    G, _, out, _ = exported
    H = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == G.number_of_edges()
    node = next(n for n in H if n.startswith("paper/"))
    assert H.nodes[node]["kind"] == "paper" and H.nodes[node]["iri"] == "https://w3id.org/kg/id/" + node


def test_csv_tables(exported):
    G, _, out, _ = exported
    with open(out / "nodes.csv", encoding="utf-8", newline="") as stream:
        nodes = list(csv.DictReader(stream))
    with open(out / "edges.csv", encoding="utf-8", newline="") as stream:
        edges = list(csv.DictReader(stream))
    assert len(nodes) == G.number_of_nodes() and len(edges) == G.number_of_edges()
    assert [row["Id"] for row in nodes] == sorted(G)
    assert {row["Type"] for row in edges if row["kind"] == "coauthor"} == {"Undirected"}
    authored = [row for row in edges if row["kind"] == "authored"]
    assert authored and all(row["position"].isdigit() for row in authored)


def test_exports_do_not_depend_on_input_order(exported, tmp_path):
    _, _, out, _ = exported
    G = _seed_graph(reverse=True)
    write_exports(G, graph_lines(G), tmp_path)
    for name in EXPORT_FILES:
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name
