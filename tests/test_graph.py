"""The networkx graph of the seeds: kinds, counts, authorship order, coauthor weights."""

from __future__ import annotations


import pytest

from kg.build import read_inputs
from kg.config import resolve_inputs
from kg.corpus import assemble_corpus
from kg.graph import build_graph, count_kinds
from kg.model import EdgeKind, NodeKind

from conftest import DATA, SEEDS


@pytest.fixture(scope="module")
def G():
    return build_graph(assemble_corpus(read_inputs(*resolve_inputs([SEEDS]))))


def test_node_and_edge_counts(G):
    nodes, edges = count_kinds(G)
    assert nodes[NodeKind.PAPER] == 215
    assert nodes[NodeKind.COLLECTION] == 4
    assert nodes[NodeKind.ORGANISATION] == 1
    assert edges[EdgeKind.MEMBER_OF] == 217
    assert edges[EdgeKind.AUTHORED] == 110


def test_coauthor_pairs_of_the_profile(G):
    names = {n: d["name"] for n, d in G.nodes(data=True) if d["kind"] is NodeKind.PERSON}
    assert len(set(names.values())) == 87
    pairs = {frozenset((names[a], names[b])) for a, b, k in G.edges(keys=True) if k is EdgeKind.COAUTHOR}
    assert len(pairs) == 644


def test_authorship_is_ordered(G):
    paper = next(n for n, d in G.nodes(data=True) if d.get("title", "").startswith("OCRBench v2"))
    authors = sorted((d["position"], G.nodes[p]["name"]) for p, _, k, d in G.in_edges(paper, keys=True, data=True)
                     if k is EdgeKind.AUTHORED)
    assert authors[0] == (1, "Ling Fu") and authors[-1] == (24, "Xiang Bai")
    assert [name for _, name in authors].index("Hao Feng") == 16


def test_coauthor_weight_counts_shared_papers(G):
    weights = [d["weight"] for _, _, k, d in G.edges(keys=True, data=True) if k is EdgeKind.COAUTHOR]
    assert min(weights) == 1 and all(isinstance(w, int) for w in weights)


def test_duplicate_paper_belongs_to_both_collections(G):
    twice = [n for n in G if G.nodes[n]["kind"] is NodeKind.PAPER
             and sum(1 for _, _, k in G.out_edges(n, keys=True) if k is EdgeKind.MEMBER_OF) == 2]
    assert len(twice) == 2


def test_organisation_and_code_nodes(G):
    org = next(n for n, d in G.nodes(data=True) if d["kind"] is NodeKind.ORGANISATION)
    assert G.nodes[org]["name"] == "UCAS ucas"
    code = {d["url"] for _, d in G.nodes(data=True) if d["kind"] is NodeKind.CODE}
    assert "https://github.com/WesLee88524/LG-MOT" in code


def test_clusters_of_one_name_are_linked_as_possibly_the_same_person(G):
    feng = [n for n, d in G.nodes(data=True) if d["kind"] is NodeKind.PERSON and d["name"] == "Hao Feng"]
    assert len(feng) > 1
    assert all(G.nodes[n]["label"].startswith("Hao Feng (") for n in feng)
    linked = {frozenset((a, b)) for a, b, k in G.edges(keys=True) if k is EdgeKind.POSSIBLY_SAME}
    assert frozenset(feng[:2]) in linked


@pytest.fixture(scope="module")
def hotpotqa():
    """Real ACL records: the HotpotQA paper and four papers evaluating on HotpotQA (tests/data/make_acl_hotpotqa.py)."""
    return build_graph(assemble_corpus(read_inputs(*resolve_inputs([DATA / "acl_hotpotqa.bib"]))))


def test_inferred_citations_point_from_user_to_the_only_proposer(hotpotqa):
    G = hotpotqa
    inferred = [(a, b, d["via"]) for a, b, k, d in G.edges(keys=True, data=True) if k is EdgeKind.INFERRED_CITES]
    assert len(inferred) == 4 and {via for _, _, via in inferred} == {("dataset/hotpotqa",)}
    for citing, cited, via in inferred:
        for entity in via:
            proposers = [p for p, _, k in G.in_edges(entity, keys=True)
                         if k in (EdgeKind.PROPOSES_METHOD, EdgeKind.PROPOSES_DATASET)]
            assert proposers == [cited]
            assert G.has_edge(citing, entity)


def test_no_inference_when_two_papers_claim_the_same_name():
    import networkx as nx

    from kg.graph import _add_inferred_citations

    H = nx.MultiDiGraph()
    for paper in ("paper/a", "paper/b", "paper/user"):
        H.add_node(paper, kind=NodeKind.PAPER, year=2020)
    H.add_node("method/x", kind=NodeKind.METHOD)
    H.add_edge("paper/a", "method/x", key=EdgeKind.PROPOSES_METHOD, kind=EdgeKind.PROPOSES_METHOD)
    H.add_edge("paper/user", "method/x", key=EdgeKind.USES_METHOD, kind=EdgeKind.USES_METHOD)
    _add_inferred_citations(H)
    assert H.has_edge("paper/user", "paper/a", key=EdgeKind.INFERRED_CITES)
    H.remove_edge("paper/user", "paper/a", key=EdgeKind.INFERRED_CITES)
    H.add_edge("paper/b", "method/x", key=EdgeKind.PROPOSES_METHOD, kind=EdgeKind.PROPOSES_METHOD)
    _add_inferred_citations(H)
    assert not H.has_edge("paper/user", "paper/a", key=EdgeKind.INFERRED_CITES)
