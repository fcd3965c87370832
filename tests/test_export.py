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
from kg.export import ALL_FORMATS, EXPORT_FILES, ExportFormat, generate_graphml, write_exports
from kg.graph import build_graph
from kg.rdf import graph_lines, graph_quads, write_ntriples

from conftest import ROOT



def _seed_graph(reverse: bool = False) -> nx.MultiDiGraph:
    batches = read_inputs(*resolve_inputs([ROOT / "seeds"]))
    return build_graph(assemble_corpus(batches[::-1] if reverse else batches))


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    G = _seed_graph()
    lines = graph_lines(G)
    out = tmp_path_factory.mktemp("exports")
    write_ntriples(lines, out / "graph.nt")
    paths = write_exports(G, out / "graph.nt", out)
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
    write_ntriples(graph_lines(G), tmp_path / "graph.nt")
    write_exports(G, tmp_path / "graph.nt", tmp_path)
    for name in EXPORT_FILES:
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_nquads_hold_exactly_the_quads_of_graph_quads(exported):
    G, _, out, _ = exported
    expected = set(pyoxigraph.parse("".join(graph_quads(G)).encode(), format=pyoxigraph.RdfFormat.N_QUADS))
    assert set(pyoxigraph.parse(path=str(out / "graph.nq"))) == expected
    lines = (out / "graph.nq").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines)) == len(expected)


def test_trig_has_one_block_per_named_graph_in_order_then_the_default_graph(exported):
    _, _, out, _ = exported
    text = (out / "graph.trig").read_text(encoding="utf-8")
    blocks = [line[:-2] for line in text.splitlines() if line.endswith(" {")]
    assert blocks == sorted(blocks) and len(blocks) == 4
    assert text.startswith(blocks[0] + " {\n\t<")
    default = text.rsplit("}\n", 1)[1].splitlines()
    assert len(default) == 2 and all(line.startswith("<https://w3id.org/kg/ns#methodScheme> ") for line in default)
    graphs = {str(quad.graph_name) for quad in pyoxigraph.parse(path=str(out / "graph.trig"))}
    assert graphs == {*blocks, "DEFAULT"}


def test_a_subset_of_formats(exported, tmp_path):
    G, _, out, _ = exported
    paths = write_exports(G, out / "graph.nt", tmp_path, formats=("csv", ExportFormat.TRIG))
    assert paths == (tmp_path / "graph.trig", tmp_path / "nodes.csv", tmp_path / "edges.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edges.csv", "graph.trig", "nodes.csv"]
    assert (tmp_path / "graph.trig").read_bytes() == (out / "graph.trig").read_bytes()
    assert set(ALL_FORMATS) == {"jsonld", "nq", "trig", "graphml", "csv"}
    with pytest.raises(ValueError, match="unknown export format 'ttl'"):
        write_exports(G, out / "graph.nt", tmp_path, formats=("ttl",))


def test_quads_refuse_an_nt_file_of_another_graph(exported, tmp_path):
    G, lines, _, _ = exported
    write_ntriples([*lines[:10], '<http://x/a> <http://x/b> "c" .\n'], tmp_path / "other.nt")
    with pytest.raises(ValueError, match="does not make"):
        write_exports(G, tmp_path / "other.nt", tmp_path, formats=("nq",))
    write_ntriples(lines[:-1], tmp_path / "short.nt")
    with pytest.raises(ValueError, match="lacks 1 triple"):
        write_exports(G, tmp_path / "short.nt", tmp_path, formats=("nq",))
    assert not (tmp_path / "graph.nq").exists()


def test_graphml_keeps_every_attribute_of_flat_graph(exported):
    from kg.export import flat_graph

    G, _, out, _ = exported
    H = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    F = flat_graph(G)
    assert dict(H.nodes(data=True)) == dict(F.nodes(data=True))
    edge = lambda a, b, d: (a, b, tuple(sorted(d.items())))  # noqa: E731
    assert sorted(edge(*e) for e in H.edges(data=True)) == sorted(edge(*e) for e in F.edges(data=True))
    text = (out / "graph.graphml").read_text(encoding="utf-8")
    assert '<key id="year" for="node" attr.name="year" attr.type="long" />' in text
    assert '<key id="edge_kind" for="edge" attr.name="kind" attr.type="string" />' in text
    ids = [line.split('"')[1] for line in text.splitlines() if line.lstrip().startswith("<edge ")]
    assert len(ids) == len(set(ids)) == G.number_of_edges()


def test_graphml_escapes_what_xml_cannot_hold_raw():
    from kg.model import EdgeKind, NodeKind

    G = nx.MultiDiGraph()
    awkward = 'Tom & "Jerry" <b>\tline\nbreak\r\x0b\u2028é'
    G.add_node('person/a&"b"', kind=NodeKind.PERSON, label=awkward, name=awkward, year=2024, score=0.5)
    G.add_node("paper/p", kind=NodeKind.PAPER, label="P", variants=("x", "y"))
    G.add_edge('person/a&"b"', "paper/p", key=EdgeKind.AUTHORED, position=1, written_as=awkward)
    H = nx.parse_graphml("".join(generate_graphml(G, "http://x/")), force_multigraph=True)
    expected = awkward.replace("\x0b", "")
    assert H.nodes['person/a&"b"'] == {"kind": "person", "label": expected, "name": expected, "year": 2024,
                                       "score": 0.5, "iri": 'http://x/person/a&"b"'}
    assert H.nodes["paper/p"]["variants"] == "x; y"
    [(_, _, data)] = H.edges(data=True)
    assert data == {"kind": "authored", "position": 1, "written_as": expected}


def test_jsonld_reads_every_kind_of_term(tmp_path):
    from kg.export import write_jsonld

    lines = ['<http://x/a> <http://x/p> "say \\"hi\\"\\\\ \\n\\t\\u00e9\\U0001F600" .\n',
             '<http://x/a> <http://x/p> "chat"@fr .\n',
             '<http://x/a> <http://x/p> "2024-06"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .\n',
             '<http://x/a> <http://x/p> "s"^^<http://www.w3.org/2001/XMLSchema#string> .\n',
             '<http://x/a> <http://x/q> _:b1 .\n',
             '_:b1 <http://x/p> <http://elsewhere/c> .\n',
             '<http://x/a> <http://x/p> <http://x/a%20b> .\n']
    write_ntriples(lines, tmp_path / "g.nt")
    write_jsonld(tmp_path / "g.nt", tmp_path / "g.jsonld", "http://x/")
    expected = {quad.triple for quad in pyoxigraph.parse(path=str(tmp_path / "g.nt"))}
    parsed = {quad.triple for quad in pyoxigraph.parse(path=str(tmp_path / "g.jsonld"))}
    assert len(parsed) == len(expected) == 7
    # blank node labels may be renamed; compare the rest exactly
    named = lambda triples: {t for t in triples if not any(isinstance(x, pyoxigraph.BlankNode) for x in t)}  # noqa: E731
    assert named(parsed) == named(expected)
