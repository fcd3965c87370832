"""The RDF export: standard vocabularies, an independent parser agrees, documented kg terms, determinism."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
import rdflib

from kg.build import read_inputs
from kg.config import resolve_inputs
from kg.corpus import assemble_corpus
from kg.graph import build_graph
from kg.model import EdgeKind, NodeKind
from kg.rdf import graph_lines, graph_quads, iri, write_ntriples, write_turtle
from kg.vocab import KG

from conftest import ROOT

VOCAB = ROOT / "kg" / "data" / "kg-vocab.ttl"
XSD = "http://www.w3.org/2001/XMLSchema#"
FABIO, PRO, PROV = "http://purl.org/spar/fabio/", "http://purl.org/spar/pro/", "http://www.w3.org/ns/prov#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def oxigraph_triples(path: Path) -> set:
    return {quad.triple for quad in pyoxigraph.parse(path=str(path))}


@pytest.fixture(scope="module")
def seed_triples(seed_build):
    _, out = seed_build
    return oxigraph_triples(out / "graph.nt")


def objects(triples, subject: str, predicate: str) -> list:
    return sorted((t.object for t in triples if t.subject.value == subject and t.predicate.value == predicate), key=str)


def test_turtle_and_ntriples_parse_with_an_independent_parser_and_agree(seed_build, seed_triples):
    _, out = seed_build
    lines = (out / "graph.nt").read_text(encoding="utf-8").splitlines()
    assert len(seed_triples) == len(lines) == len(set(lines))
    assert oxigraph_triples(out / "graph.ttl") == seed_triples
    assert len(rdflib.Graph().parse(out / "graph.ttl", format="turtle")) == len(seed_triples)


def test_papers_in_standard_vocabularies(seed_triples):
    papers = {t.subject.value for t in seed_triples if t.predicate.value == RDF_TYPE and t.object.value == FABIO + "Expression"}
    assert len(papers) == 215
    typed = Counter(t.subject.value for t in seed_triples if t.predicate.value == RDF_TYPE
                    and t.object.value == "https://schema.org/ScholarlyArticle")
    assert set(typed) == papers
    abstracts = [t.object for t in seed_triples if t.predicate.value == "http://purl.org/dc/terms/abstract"]
    assert abstracts and {a.language for a in abstracts} == {"en"}
    dates = Counter(t.object.datatype.value.removeprefix(XSD) for t in seed_triples
                    if t.predicate.value == "http://prismstandard.org/namespaces/basic/2.0/publicationDate")
    assert set(dates) <= {"date", "gYearMonth", "gYear", "gMonthDay"} and "gMonthDay" in dates and "date" in dates
    years = [t.object for t in seed_triples if t.predicate.value == FABIO + "hasPublicationYear"]
    assert {y.datatype.value for y in years} == {XSD + "gYear"} and len(years) == 89


def test_ordered_authorship_with_roles(seed_triples):
    paper = next(t.subject.value for t in seed_triples if t.predicate.value == "http://purl.org/dc/terms/title"
                 and t.object.value.startswith("SDP4Bit"))
    creators = objects(seed_triples, paper, "http://purl.org/dc/terms/creator")
    roles = {t.subject.value for t in seed_triples if t.predicate.value == PRO + "relatesToDocument" and t.object.value == paper}
    assert len(roles) == len(creators) > 1
    positions = []
    for role in roles:
        assert objects(seed_triples, role, PRO + "withRole") == [pyoxigraph.NamedNode(PRO + "author")]
        [holder] = objects(seed_triples, role, PRO + "isHeldBy")
        assert holder in creators
        [position] = objects(seed_triples, role, "https://w3id.org/kg/ns#authorPosition")
        assert position.datatype.value == XSD + "integer"
        positions.append(int(position.value))
    assert sorted(positions) == list(range(1, len(roles) + 1))


def test_provenance_to_source_record_and_file(seed_triples):
    derived = [t for t in seed_triples if t.predicate.value == PROV + "wasDerivedFrom"
               and "/paper/" in t.subject.value and "/mention/" not in t.subject.value]
    files = {t.object.value for t in derived if "/source/" in t.object.value}
    assert sorted(f.rpartition("seeds-")[2] for f in files) == [
        "000_284f0e8e0db5019b.txt", "001_4517cd0d84a387da.txt", "002_af4eeb2795fab435.txt", "003_f436105f4fb5c062.txt"]
    records = {t.object.value for t in derived if "/record/" in t.object.value}
    assert len(records) == 217  # one per input record; the two duplicates have two
    record = sorted(records)[0]
    assert objects(seed_triples, record, "https://w3id.org/kg/ns#line")[0].datatype.value == XSD + "integer"


def test_every_kg_term_used_or_declared_is_documented(seed_triples):
    vocab = rdflib.Graph().parse(VOCAB, format="turtle")
    used = {term.value for t in seed_triples for term in (t.predicate, t.object)
            if isinstance(term, pyoxigraph.NamedNode) and term.value.startswith(str(KG._NS))}
    declared = {str(KG._NS) + name for name in KG.__annotations__}
    assert used <= declared
    label, comment = rdflib.RDFS.label, rdflib.RDFS.comment
    for term in sorted(declared):
        node = rdflib.URIRef(term)
        assert vocab.value(node, label) and vocab.value(node, comment), term
        if (node, rdflib.RDF.type, rdflib.OWL.ObjectProperty) in vocab or (node, rdflib.RDF.type, rdflib.OWL.DatatypeProperty) in vocab:
            assert vocab.value(node, rdflib.RDFS.domain) and vocab.value(node, rdflib.RDFS.range), term


def test_vocabulary_maps_to_linked_papers_with_code():
    vocab = rdflib.Graph().parse(VOCAB, format="turtle")
    lpwc = rdflib.Namespace("https://linkedpaperswithcode.com/property/")
    assert (KG.usesDataset, rdflib.OWL.equivalentProperty, lpwc.usesDataset) in vocab
    assert (KG.usesMethod, rdflib.OWL.equivalentProperty, lpwc.hasMethod) in vocab
    assert (KG.hasCode, rdflib.OWL.equivalentProperty, lpwc.hasRepository) in vocab


@pytest.mark.parametrize(("date", "precision", "datatype"), [
    ("2024-06-07", "day", "date"), ("2024-06", "month", "gYearMonth"), ("2024", "year", "gYear"),
    ("--07-23", "month_day", "gMonthDay")])
def test_date_typed_by_precision(date, precision, datatype):
    G = nx.MultiDiGraph()
    G.add_node("paper/p", kind=NodeKind.PAPER, label="P", title="P", date=date, date_precision=precision, sources=("a.txt:1",))
    lines = graph_lines(G, "http://x/")
    assert f'<http://x/paper/p> <http://prismstandard.org/namespaces/basic/2.0/publicationDate> "{date}"^^<{XSD}{datatype}> .\n' in lines


def test_invalid_iri_characters_are_percent_encoded():
    assert iri("https://github.com/a/b.git{https://github.com/a/b}") == "<https://github.com/a/b.git%7Bhttps://github.com/a/b%7D>"
    assert iri("http://x/a b|c") == "<http://x/a%20b%7Cc>"


# --- determinism ----------------------------------------------------------------

def _seed_graph(reverse: bool) -> nx.MultiDiGraph:
    batches = read_inputs(*resolve_inputs([ROOT / "seeds"]))
    return build_graph(assemble_corpus(batches[::-1] if reverse else batches))


def test_no_rdf_output_depends_on_input_order(tmp_path):
    forward, backward = _seed_graph(False), _seed_graph(True)
    assert graph_lines(forward) == graph_lines(backward)
    assert graph_quads(forward) == graph_quads(backward)
    for name, G in (("a", forward), ("b", backward)):
        write_ntriples(graph_lines(G), tmp_path / f"{name}.nt")
        write_turtle(tmp_path / f"{name}.nt", tmp_path / f"{name}.ttl")
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes()


def test_two_builds_are_byte_identical(seed_build, tmp_path):
    from kg.build import build

    _, first = seed_build
    build([ROOT / "seeds"], out_dir=tmp_path, queries=None)
    for name in ("graph.nt", "graph.ttl"):
        assert (tmp_path / name).read_bytes() == (first / name).read_bytes(), name


def test_quads_hold_exactly_the_triples_in_one_graph_per_input_file():
    G = _seed_graph(False)
    quads = list(pyoxigraph.parse("".join(graph_quads(G)).encode(), format=pyoxigraph.RdfFormat.N_QUADS))
    triples = set(pyoxigraph.parse("".join(graph_lines(G)).encode(), format=pyoxigraph.RdfFormat.N_TRIPLES))
    assert {q.triple for q in quads} == {t.triple for t in triples}
    graphs = {str(q.graph_name) for q in quads}
    assert len(graphs - {"DEFAULT"}) == 4 and all("seeds-" in g for g in graphs - {"DEFAULT"})
    coauthor_graphs = {q.graph_name.value for q in quads if q.predicate.value.endswith("#coauthorWith")}
    assert len(coauthor_graphs) == 1 and coauthor_graphs.pop().endswith("seeds-000_284f0e8e0db5019b.txt")
    assert {q.predicate.value.rpartition("#")[2] for q in quads if isinstance(q.graph_name, pyoxigraph.DefaultGraph)} == {
        "type", "label"}  # only the methods scheme, which no file gives
    assert EdgeKind.COAUTHOR in {k for _, _, k in G.edges(keys=True)}
