"""Every query of queries/ on a large exported graph, with parameters that exist in it (issue 4/7: <= 2 s each).

Opens the graph the way ``kg query`` does (the on-disk index beside graph.nt, built on first use and
timed separately), then runs each query and prints seconds and rows.

    .venv/bin/python bench/bench_acl_queries.py OUT/graph.nt
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from kg.query import load_queries, open_graph, run_query

QUERIES = Path(__file__).resolve().parents[1] / "queries"
# Names and things that occur in the ACL Anthology (the defaults name seed papers and people).
ACL_PARAMS = {
    "author": "Kevin Knight", "other": "Abhay Jha", "dataset": "Penn Treebank", "method": "BERT",
    "collection": "", "paper": "Building a Large Annotated Corpus of English: The Penn Treebank",
}


def params_for(query) -> dict[str, str]:
    return {p.name: ACL_PARAMS.get(p.name, p.default or "") for p in query.params}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("graph", type=Path)
    args = parser.parse_args()
    start = time.perf_counter()
    graph = open_graph(args.graph, persistent=True, on_index=lambda index: print(f"indexing into {index} …"))
    print(f"open (index built or reused): {time.perf_counter() - start:.1f} s\n")
    print("| query | parameters | rows | seconds |")
    print("|---|---|---:|---:|")
    for query in load_queries(QUERIES):
        params = params_for(query)
        start = time.perf_counter()
        result = run_query(graph, query, params)
        seconds = time.perf_counter() - start
        if result.boolean is not None:
            rows = "yes" if result.boolean else "no"
        elif result.graph is not None:
            rows = f"{len(result.graph)} triples"
        else:
            rows = len(result.rows)
        shown = ", ".join(f"{k}={v}" for k, v in params.items())
        print(f"| {query.name} | {shown} | {rows} | {seconds:.2f} |")


if __name__ == "__main__":
    main()
