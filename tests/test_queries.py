"""The queries of queries/: their headers, their exact answers on the seed graph, the same answers from two engines.

Answers are compared by lexical form: Oxigraph returns ``xsd:string``-typed
literals where rdflib returns plain ones, which RDF 1.1 holds equal anyway.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import QueryError
from kg.query import (Engine, load_queries, load_query, open_graph, parse_query_file, run_query, to_csv, to_json,
                      display)
from kg.rdf import DEFAULT_BASE

QUERIES = Path(__file__).resolve().parent.parent / "queries"
DATA = Path(__file__).resolve().parent / "data"
ALL = load_queries(QUERIES)
BY_NAME = {query.name: query for query in ALL}


@pytest.fixture(scope="module")
def graphs(seed_build):
    _, out = seed_build
    return {engine: open_graph(out / "graph.nt", engine) for engine in Engine}


def answer(graph, name: str, **params):
    """A query's answer in plain values: rows of strings (base IRI cut off), a boolean, or sorted triples."""
    result = run_query(graph, BY_NAME[name], params)
    if result.boolean is not None:
        return result.boolean
    if result.graph is not None:
        return sorted(tuple(display(term).replace(DEFAULT_BASE, "") for term in triple) for triple in result.graph)
    return [tuple(display(term).replace(DEFAULT_BASE, "") for term in row) for row in result.rows]


# --- the library of queries ---------------------------------------------------

def test_at_least_twelve_queries_one_question_each():
    assert len(ALL) >= 12
    for query in ALL:
        head = query.text.splitlines()
        assert head[0].startswith("# title: "), query.path
        assert head[1].startswith("# description: "), query.path
        assert query.title and query.description, query.path


def test_every_parameter_has_a_default_and_a_description():
    for query in ALL:
        for param in query.params:
            assert param.default and param.description, (query.path, param)


def test_all_three_query_forms_are_used():
    assert {query.form for query in ALL} == {"SelectQuery", "AskQuery", "ConstructQuery"}


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_engines_give_identical_answers(graphs, name):
    assert answer(graphs[Engine.RDFLIB], name) == answer(graphs[Engine.OXIGRAPH], name)


# --- exact answers on the seed graph -----------------------------------------

JINGQUN_COAUTHORS_3 = ["Binghong Wu", "Can Huang", "Hao Feng (1)", "Hao Liu", "Qi Liu"]
SDP4BIT = ("paper/sdp4bit-toward-4-bit-communication-quantization-in-sharded-d-25e99a3a",
           "SDP4Bit: Toward 4-bit Communication Quantization in Sharded Data Parallelism for LLM Training")
CLINICAL = ("paper/clinical-longformer-and-clinical-bigbird-transformers-for-lo-0d7d1826",
            "Clinical-Longformer and Clinical-BigBird: Transformers for long clinical sequences")
BUDGET = ("paper/budgetlongformer-can-we-cheaply-pretrain-a-sota-legal-langua-397cfb51",
          "BudgetLongformer: Can we Cheaply Pretrain a SotA Legal Language Model From Scratch?")


def test_coauthors_of_author(graphs):
    rows = answer(graphs[Engine.OXIGRAPH], "coauthors_of_author", author="Jingqun Tang")
    assert len(rows) == 36
    assert {row[:2] for row in rows} == {("Jingqun Tang", "person/jingqun-tang")}
    assert [(row[3], row[4]) for row in rows[:8]] == [(name, "3") for name in JINGQUN_COAUTHORS_3] + [
        ("Chunhui Lin", "2"), ("Xiang Bai", "2"), ("Yuliang Liu", "2")]
    assert {row[4] for row in rows[8:]} == {"1"}
    assert rows[8][3] == "Biao Yang" and rows[-1][3] == "Ziwei Yang"


def test_coauthors_of_author_default_finds_every_hao_feng(graphs):
    rows = answer(graphs[Engine.OXIGRAPH], "coauthors_of_author")
    assert len(rows) == 86
    assert len({row[1] for row in rows}) == 7  # the profile's "Hao Feng" is seven persons


def test_collaboration_distance(graphs):
    g = graphs[Engine.OXIGRAPH]
    assert answer(g, "collaboration_distance") == [("Biao Yang", "Lei Liao", "person/biao-yang", "person/lei-liao", "2", "true")]
    assert answer(g, "collaboration_distance", author="Jingqun Tang", other="Hao Liu") == [
        ("Jingqun Tang", "Hao Liu", "person/jingqun-tang", "person/hao-liu", "1", "true")]
    assert answer(g, "collaboration_distance", author="Jingqun Tang", other="Ali Anaissi") == [
        ("Jingqun Tang", "Ali Anaissi", "person/jingqun-tang", "person/ali-anaissi", "", "false")]


def test_most_prolific_authors(graphs):
    rows = answer(graphs[Engine.OXIGRAPH], "most_prolific_authors")
    assert rows[:11] == [
        ("person/binghong-wu", "Binghong Wu", "3"), ("person/can-huang", "Can Huang", "3"),
        ("person/hao-feng-fb60aa", "Hao Feng (1)", "3"), ("person/hao-liu", "Hao Liu", "3"),
        ("person/jingqun-tang", "Jingqun Tang", "3"), ("person/qi-liu", "Qi Liu", "3"),
        ("person/chunhui-lin", "Chunhui Lin", "2"), ("person/dingwen-tao", "Dingwen Tao", "2"),
        ("person/hao-feng-eb3eee", "Hao Feng (2)", "2"), ("person/xiang-bai", "Xiang Bai", "2"),
        ("person/yuliang-liu", "Yuliang Liu", "2")]
    assert len(rows) == 20 and {row[2] for row in rows[11:]} == {"1"}
    assert [row[1] for row in rows[11:14]] == ["Ali Anaissi", "Ali Braytee", "Baixi Sun"]


def test_most_central_authors(graphs):
    rows = answer(graphs[Engine.OXIGRAPH], "most_central_authors")
    assert [(row[1], row[2], row[3]) for row in rows[:10]] == [
        *((name, "36", "3") for name in ["Binghong Wu", "Can Huang", "Hao Feng (1)", "Hao Liu", "Jingqun Tang", "Qi Liu"]),
        ("Chunhui Lin", "30", "2"), ("Xiang Bai", "30", "2"), ("Yuliang Liu", "30", "2"), ("Biao Yang", "23", "1")]
    assert len(rows) == 20 and {row[2] for row in rows[9:]} == {"23"}


def test_papers_per_year(graphs):
    assert answer(graphs[Engine.OXIGRAPH], "papers_per_year") == [
        ("2016", "1"), ("2017", "2"), ("2018", "1"), ("2019", "3"), ("2020", "2"), ("2021", "7"),
        ("2022", "15"), ("2023", "23"), ("2024", "35")]


def test_papers_per_collection(graphs):
    assert answer(graphs[Engine.OXIGRAPH], "papers_per_collection") == [
        ("collection/002_af4eeb2795fab435", "Daily papers: large and long models", "91"),
        ("collection/001_4517cd0d84a387da", "Daily papers: granularity", "72"),
        ("collection/003_f436105f4fb5c062", "Daily papers: batch", "44"),
        ("collection/000_284f0e8e0db5019b", "Author profile: Hao Feng", "10")]


def test_datasets_most_used(graphs):
    rows = answer(graphs[Engine.OXIGRAPH], "datasets_most_used")
    assert rows[:7] == [
        ("dataset/imagenet", "ImageNet", "17"), ("dataset/mscoco", "MS COCO", "8"),
        ("dataset/cifar100", "CIFAR-100", "5"), ("dataset/imagenet1k", "ImageNet-1k", "5"),
        ("dataset/ade20k", "ADE20K", "4"), ("dataset/cifar10", "CIFAR-10", "3"), ("dataset/in1k", "IN-1K", "2")]
    assert len(rows) == 20 and [row[2] for row in rows] == sorted((row[2] for row in rows), key=int, reverse=True)


def test_papers_using_dataset(graphs):
    rows = answer(graphs[Engine.OXIGRAPH], "papers_using_dataset")
    assert len(rows) == 19 and {row[0] for row in rows} == {"ImageNet"}
    assert [row[3] for row in rows[:8]] == ["2024", "2022", "2021", "2021", "2021", "2021", "2020", "2020"]
    assert rows[0][2] == "ELA: Efficient Local Attention for Deep Convolutional Neural Networks"
    assert rows[3][2:] == ("Combined Scaling for Zero-shot Transfer Learning", "2021", "ImageNet-V2")


def test_papers_using_dataset_follows_variants(graphs):
    rows = answer(graphs[Engine.OXIGRAPH], "papers_using_dataset", dataset="CUB-200")
    assert sorted({row[4] for row in rows}) == ["CUB-200", "CUB-200-2011"]


def test_methods_proposed_in_collection(graphs):
    rows = answer(graphs[Engine.OXIGRAPH], "methods_proposed_in_collection", collection="Author profile: Hao Feng")
    assert [row[2] for row in rows] == ["AttnLink", "CaFNet", "EGAL", "EPIC", "IAK", "KVSplit", "LayTextLLM", "SDP4Bit",
                                        "SQUARE", "TextSquare", "UCE-FID"]
    assert rows[7] == ("Author profile: Hao Feng", "method/sdp4bit", "SDP4Bit", *SDP4BIT)


def test_method_proposers_and_users(graphs):
    # BudgetLongformer pretrains a Longformer; it does not introduce Longformer
    assert answer(graphs[Engine.OXIGRAPH], "method_proposers_and_users") == [
        ("Longformer", "uses", *BUDGET, "", ""), ("Longformer", "uses", *CLINICAL, "", "")]


def test_citation_chain_into_paper(graphs, hotpotqa):
    assert answer(graphs[Engine.OXIGRAPH], "citation_chain_into_paper") == []  # the seeds hold no citations
    title = "HotpotQA: A Dataset for Diverse, Explainable Multi-hop Question Answering"
    rows = answer(hotpotqa[Engine.OXIGRAPH], "citation_chain_into_paper", paper=title)
    assert len(rows) == 4 and {(row[0], row[3]) for row in rows} == {(title, "true")}


def test_the_one_citation_inferred_among_the_seeds(graphs):
    # LAION-5B lists BASIC among earlier models ("Models like ALIGN, BASIC, GLIDE …") and "Combined Scaling for
    # Zero-shot Transfer Learning" introduces BASIC ("a combined scaling method - named BASIC"); no other seed paper
    # introduces what another uses ("Poincaré ResNet" is not ResNet)
    rows = answer(graphs[Engine.OXIGRAPH], "inferred_citations")
    assert [(row[1][:9], row[3], row[4]) for row in rows] == [
        ("LAION-5B:", "Combined Scaling for Zero-shot Transfer Learning", "BASIC")]
    assert answer(graphs[Engine.RDFLIB], "inferred_citations") == rows


@pytest.fixture(scope="module")
def hotpotqa(tmp_path_factory):
    """The HotpotQA paper and four ACL papers that evaluate on HotpotQA without citing it in the input."""
    from kg.build import build

    out = tmp_path_factory.mktemp("hotpotqa")
    build([DATA / "acl_hotpotqa.bib"], out_dir=out, queries=QUERIES)
    return {engine: open_graph(out / "graph.nt", engine) for engine in Engine}


@pytest.mark.parametrize("engine", list(Engine))
def test_inferred_citations(hotpotqa, engine):
    rows = answer(hotpotqa[engine], "inferred_citations")
    assert [row[1] for row in rows] == [
        "Logic-Guided Data Augmentation and Regularization for Consistent Question Answering",
        "Low-Resource Generation of Multi-hop Reasoning Questions",
        "Semantic Graphs for Generating Deep Questions", "Span Selection Pre-training for Question Answering"]
    assert {row[3:] for row in rows} == {
        ("HotpotQA: A Dataset for Diverse, Explainable Multi-hop Question Answering", "HotpotQA")}


def test_papers_with_code(graphs):
    rows = answer(graphs[Engine.OXIGRAPH], "papers_with_code")
    assert len(rows) == 71
    assert rows[0] == ("paper/aim-adaptive-inference-of-multi-modal-llms-via-token-merging-53790a83",
                       "AIM: Adaptive Inference of Multi-Modal LLMs via Token Merging and Pruning",
                       "https://github.com/LaVi-Lab/AIM")
    assert (*CLINICAL, "https://huggingface.co/yikuan8/Clinical-Longformer") in rows


def test_authors_sharing_datasets(graphs):
    assert answer(graphs[Engine.OXIGRAPH], "authors_sharing_datasets") == [
        ("Biao Yang", f"person/{slug}", name, "1") for slug, name in [
            ("lei-liao", "Lei Liao"), ("shu-wei", "Shu Wei"), ("siqi-wang", "Siqi Wang"), ("wei-shi", "Wei Shi"),
            ("yang-li", "Yang Li"), ("yuan-xie", "Yuan Xie"), ("zhen-zhao", "Zhen Zhao")]]


def test_have_coauthored(graphs):
    g = graphs[Engine.OXIGRAPH]
    assert answer(g, "have_coauthored") is True
    assert answer(g, "have_coauthored", author="Jingqun Tang", other="Ali Anaissi") is False


def test_coauthor_network_of_author(graphs):
    triples = answer(graphs[Engine.OXIGRAPH], "coauthor_network_of_author")
    links = [t for t in triples if t[1].endswith("#coauthorWith")]
    labels = {t[0]: t[2] for t in triples if t[1].endswith("#label")}
    assert len(labels) == 37 and labels["person/jingqun-tang"] == "Jingqun Tang"
    assert len(triples) == len(links) + 37
    assert all(a in labels and b in labels for a, _, b in links)
    assert ("person/jingqun-tang", "https://w3id.org/kg/ns#coauthorWith", "person/zhen-zhao") in links


# --- distance on a graph built for it ----------------------------------------

CHAIN = """@prefix foaf: <http://xmlns.com/foaf/0.1/> . @prefix kg: <https://w3id.org/kg/ns#> .
""" + "".join(f"<http://x/{a}> foaf:name \"{a}\" .\n" for a in "abcdef") + "".join(
    f"<http://x/{a}> kg:coauthorWith <http://x/{b}> . <http://x/{b}> kg:coauthorWith <http://x/{a}> .\n"
    for a, b in ["ab", "bc", "cd", "de"])


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    path = tmp_path_factory.mktemp("chain") / "chain.ttl"
    path.write_text(CHAIN)
    return {engine: open_graph(path, engine) for engine in Engine}


@pytest.mark.parametrize("engine", list(Engine))
@pytest.mark.parametrize(("other", "distance", "connected"),
                         [("b", "1", "true"), ("c", "2", "true"), ("d", "3", "true"), ("e", "", "true"), ("f", "", "false")])
def test_collaboration_distance_on_a_chain(chain, engine, other, distance, connected):
    rows = answer(chain[engine], "collaboration_distance", author="a", other=other)
    assert [(row[4], row[5]) for row in rows] == [(distance, connected)]


# --- forms, formats, errors ---------------------------------------------------

def test_json_results_of_select_and_ask(graphs):
    import json

    result = run_query(graphs[Engine.OXIGRAPH], BY_NAME["papers_per_year"])
    data = json.loads(to_json(result))
    assert data["head"]["vars"] == ["year", "papers"]
    assert data["results"]["bindings"][0] == {
        "year": {"type": "literal", "value": "2016", "datatype": "http://www.w3.org/2001/XMLSchema#gYear"},
        "papers": {"type": "literal", "value": "1", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}
    assert json.loads(to_json(run_query(graphs[Engine.OXIGRAPH], BY_NAME["have_coauthored"]))) == {"head": {}, "boolean": True}
    assert to_csv(result).splitlines()[:2] == ["year,papers", "2016,1"]


def test_update_is_refused_with_its_line():
    with pytest.raises(QueryError, match=r"^u\.rq:3: this is a SPARQL update"):
        parse_query_file("# title: wipe\n\nDELETE WHERE { ?s ?p ?o }", "u.rq")


@pytest.mark.parametrize("engine", list(Engine))
def test_update_runs_in_memory_when_allowed(chain, engine, tmp_path):
    path = tmp_path / "g.ttl"
    path.write_text(CHAIN)
    graph = open_graph(path, engine)
    before = len(graph)
    query = parse_query_file("INSERT DATA { <http://x/a> <http://x/p> <http://x/b> }", "u.rq", allow_update=True)
    result = run_query(graph, query)
    assert result.rows == () and len(graph) == before + 1
    assert path.read_text() == CHAIN


def test_syntax_error_points_to_file_line_and_text(tmp_path):
    path = tmp_path / "bad.rq"
    path.write_text("# title: Bad\nPREFIX kg: <https://w3id.org/kg/ns#>\nSELECT ?a WHERE {\n  ?a kg:x ?b .\n  FILTER (?b > ) }\n")
    with pytest.raises(QueryError, match=rf"^{path}:5:\d+: SPARQL syntax error: .* near 'FILTER \(\?b > \) \}}'"):
        load_query(path)


def test_unknown_prefix_points_to_its_line():
    with pytest.raises(QueryError, match=r"^q\.rq:3:\d+: SPARQL syntax error: Unknown namespace prefix"):
        parse_query_file("# title: x\n\nSELECT ?a WHERE { ?a nope:x ?b }", "q.rq")


def test_parameter_must_be_projected():
    with pytest.raises(QueryError, match=r"^q\.rq:2: parameter \?author must be in the SELECT clause"):
        parse_query_file("# param: author = x\nSELECT ?b WHERE { ?author ?p ?b }", "q.rq")


def test_unknown_and_missing_parameters(graphs):
    with pytest.raises(QueryError, match="unknown parameter"):
        run_query(graphs[Engine.OXIGRAPH], BY_NAME["papers_per_year"], {"year": "2020"})
    query = parse_query_file("# param: author -- no default\nSELECT ?author WHERE { ?p ?q ?author }", "q.rq")
    with pytest.raises(QueryError, match="need a value"):
        run_query(graphs[Engine.OXIGRAPH], query, {})


def test_missing_graph_file_is_a_clear_error(tmp_path):
    with pytest.raises(QueryError, match="no such graph file"):
        open_graph(tmp_path / "graph.nt")


def test_docs_describe_every_query():
    from kg.query import describe_queries

    assert (QUERIES.parent / "docs" / "queries.md").read_text(encoding="utf-8") == describe_queries(ALL)


def test_a_store_of_only_the_predicates_queries_read_gives_the_same_answers(tmp_path):
    """The build loads only what the queries read; every answer must be the one the whole graph gives."""
    from kg.build import build
    from kg.query import open_graph, predicates_read

    out = tmp_path / "out"
    build([QUERIES.parent / "seeds"], out_dir=out, exports=())
    whole = open_graph(out / "graph.nt")
    needed = frozenset().union(*(predicates_read(q) for q in ALL))
    partial = open_graph(out / "graph.nt", only_predicates=needed)
    assert len(partial) < len(whole) / 2
    for query in ALL:
        params = {p.name: p.default for p in query.params}
        assert run_query(partial, query, params).rows == run_query(whole, query, params).rows, query.name
