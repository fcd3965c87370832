"""Engine and serialisation benchmark for kg's RDF: rdflib's own SPARQL engine vs Oxigraph (oxrdflib).

Usage::

    .venv/bin/python bench/bench_query.py                    # seed graph + synthetic 10k papers
    .venv/bin/python bench/bench_query.py --papers 70000 --no-rdflib   # ACL-sized, Oxigraph only

Prints one table per graph: triples, time to generate N-Triples lines by string
formatting, Turtle written by Oxigraph and (small graphs only) by rdflib, load
time per engine, and the time of every query in ``queries/`` per engine.

The synthetic graph has the shape of a real build: papers with 1–8 authors
drawn from a Zipf-like pool, coauthor relations, datasets and methods used and
proposed, citations to earlier papers, code links and two collections.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.model import EdgeKind, EntityKind, Evidence, Mention, NodeKind, Role  # noqa: E402
from kg.query import Engine, load_queries, open_graph, run_query  # noqa: E402
from kg.rdf import graph_lines, write_ntriples, write_turtle  # noqa: E402


def synthetic_graph(papers: int, seed: int = 7) -> nx.MultiDiGraph:
    """A kg-shaped graph with ``papers`` papers (about 35 triples per paper)."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    people = max(10, papers)
    for c in range(2):
        G.add_node(f"collection/c{c}", kind=NodeKind.COLLECTION, label=f"Collection {c}", name=f"Collection {c}",
                   source=f"in/c{c}.bib")
    datasets, methods = max(5, papers // 50), max(5, papers // 20)
    for d in range(datasets):
        G.add_node(f"dataset/d{d}", kind=NodeKind.DATASET, label=f"Dataset {d}", name=f"Dataset {d}", aliases=())
    for m in range(methods):
        G.add_node(f"method/m{m}", kind=NodeKind.METHOD, label=f"Method {m}", name=f"Method {m}", aliases=())
    authors_of: dict[str, list[str]] = {}
    for p in range(papers):
        node, year = f"paper/p{p}", 1990 + p * 35 // papers
        G.add_node(node, kind=NodeKind.PAPER, label=f"Paper {p}", title=f"Paper {p}", abstract=f"Abstract of paper {p}.",
                   date=str(year), date_precision="year", year=year, doi=f"10.1/p{p}", sources=(f"in/c{p % 2}.bib:{p + 1}",))
        G.add_edge(node, f"collection/c{p % 2}", key=EdgeKind.MEMBER_OF, kind=EdgeKind.MEMBER_OF)
        team = sorted({int(people * rng.random() ** 1.3) for _ in range(rng.randint(1, 8))})
        authors_of[node] = [f"person/a{a}" for a in team]
        for position, a in enumerate(team, 1):
            person = f"person/a{a}"
            if person not in G:
                G.add_node(person, kind=NodeKind.PERSON, label=f"Author {a}", name=f"Author {a}")
            G.add_edge(person, node, key=EdgeKind.AUTHORED, kind=EdgeKind.AUTHORED, position=position, written_as=f"Author {a}")
        for kind, prefix, count, role in ((EdgeKind.USES_DATASET, "dataset/d", datasets, Role.USES),
                                          (EdgeKind.USES_METHOD, "method/m", methods, Role.USES)):
            for _ in range(rng.randint(0, 3)):
                target = f"{prefix}{int(count * rng.random() ** 3)}"
                entity = EntityKind.DATASET if "dataset" in prefix else EntityKind.METHOD
                mention = Mention(target, target, entity, role, Evidence("abstract", "We use it.", 0, 5), "bench", 0.9)
                G.add_edge(node, target, key=kind, kind=kind, mentions=(mention,))
        if rng.random() < 0.05:
            G.add_edge(node, f"method/m{rng.randrange(methods)}", key=EdgeKind.PROPOSES_METHOD, kind=EdgeKind.PROPOSES_METHOD)
        for _ in range(rng.randint(0, 4) if p else 0):
            G.add_edge(node, f"paper/p{rng.randrange(p)}", key=EdgeKind.CITES, kind=EdgeKind.CITES, sources=("in/c0.bib",))
        if rng.random() < 0.1:
            G.add_node(f"code/r{p}", kind=NodeKind.CODE, label=f"github.com/x/r{p}", url=f"https://github.com/x/r{p}")
            G.add_edge(node, f"code/r{p}", key=EdgeKind.HAS_CODE, kind=EdgeKind.HAS_CODE)
    shared: dict[tuple[str, str], int] = {}
    for team in authors_of.values():
        for i, a in enumerate(team):
            for b in team[i + 1:]:
                shared[(a, b)] = shared.get((a, b), 0) + 1
    for (a, b), weight in sorted(shared.items()):
        G.add_edge(a, b, key=EdgeKind.COAUTHOR, kind=EdgeKind.COAUTHOR, weight=weight)
    return G


SYNTHETIC_PARAMS = {
    "coauthors_of_author": {"author": "Author 1"}, "collaboration_distance": {"author": "Author 1", "other": "Author 2000"},
    "papers_using_dataset": {"dataset": "Dataset 0"}, "methods_proposed_in_collection": {"collection": "Collection 0"},
    "method_proposers_and_users": {"method": "Method 1"}, "citation_chain_into_paper": {"paper": "Paper 100"},
    "authors_sharing_datasets": {"author": "Author 1"}, "have_coauthored": {"author": "Author 1", "other": "Author 2"},
    "coauthor_network_of_author": {"author": "Author 1"},
}


def timed(function, *args):
    start = time.perf_counter()
    value = function(*args)
    return value, time.perf_counter() - start


def bench(label: str, nt_path: Path, lines: list[str] | None, engines: list[Engine], params: dict, rdflib_turtle: bool) -> None:
    print(f"\n## {label}")
    if lines is not None:
        print(f"triples: {len(lines):,}")
        with tempfile.TemporaryDirectory() as folder:
            _, seconds = timed(write_turtle, nt_path, Path(folder) / "g.ttl")
            print(f"Turtle by Oxigraph from N-Triples lines: {seconds:.2f} s")
    graphs = {}
    for engine in engines:
        graphs[engine], seconds = timed(open_graph, nt_path, engine)
        print(f"load into {engine.value}: {seconds:.2f} s")
    if rdflib_turtle and Engine.RDFLIB in graphs:
        _, seconds = timed(graphs[Engine.RDFLIB].serialize, None, "turtle")
        print(f"Turtle by rdflib's serializer: {seconds:.2f} s")
    print(f"\n| query | {' | '.join(e.value + ' s' for e in engines)} | rows |")
    print(f"|---|{'---|' * len(engines)}---|")
    for query in load_queries(ROOT / "queries"):
        cells, rows = [], ""
        for engine in engines:
            result, seconds = timed(run_query, graphs[engine], query, params.get(query.name, {}))
            cells.append(f"{seconds:.3f}")
            rows = "yes" if result.boolean else "no" if result.boolean is not None else (
                f"{len(result.graph)} triples" if result.graph is not None else str(len(result.rows)))
        print(f"| {query.name} | {' | '.join(cells)} | {rows} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=10_000, help="papers in the synthetic graph")
    parser.add_argument("--no-rdflib", action="store_true", help="skip rdflib's engine on the synthetic graph (it takes minutes)")
    parser.add_argument("--no-seed", action="store_true", help="skip the seed graph")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if not arguments.no_seed:
            from kg.build import build

            _, seconds = timed(build, [ROOT / "seeds"], Path(folder) / "seed", )
            lines = (Path(folder) / "seed" / "graph.nt").read_text(encoding="utf-8").splitlines(keepends=True)
            bench(f"seed graph (build {seconds:.1f} s)", Path(folder) / "seed" / "graph.nt", lines, list(Engine), {}, True)
        G, seconds = timed(synthetic_graph, arguments.papers)
        lines, line_seconds = timed(graph_lines, G)
        nt = Path(folder) / "synthetic.nt"
        write_ntriples(lines, nt)
        print(f"\nsynthetic graph: {arguments.papers:,} papers, generated in {seconds:.1f} s; "
              f"N-Triples lines by string formatting: {line_seconds:.2f} s")
        engines = [Engine.OXIGRAPH] if arguments.no_rdflib else list(Engine)
        bench(f"synthetic graph, {arguments.papers:,} papers", nt, lines, engines, SYNTHETIC_PARAMS,
              rdflib_turtle=not arguments.no_rdflib)


if __name__ == "__main__":
    main()
