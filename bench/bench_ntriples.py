"""N-Triples export speed against plain string formatting of the same lines (issue 7's target).

Builds the ACL Anthology graph, then times
  kg:    ``kg.rdf.write_graph_ntriples`` (terms from the graph, escaping, grouping by subject, writing);
  plain: formatting the very same (subject, predicate, object) terms with an f-string and writing them,
         terms prepared in advance, so it measures string formatting and I/O alone.
The target: kg's export runs at no less than half the plain speed (ratio >= 0.5).

    .venv/bin/python bench/bench_ntriples.py [--bib FILE] [--citations FILE]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from kg.build import read_inputs
from kg.config import resolve_inputs
from kg.corpus import assemble_corpus
from kg.graph import build_graph
from kg.rdf import write_graph_ntriples

ACL = Path(__file__).resolve().parents[2] / "shared" / "data" / "acl-anthology"


def plain_write(terms: list[tuple[str, str, str]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as stream:
        stream.writelines([f"{s} {p} {o} .\n" for s, p, o in terms])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bib", default=str(ACL / "anthology+abstracts.bib.gz"))
    parser.add_argument("--citations", default=str(ACL / "citations.csv.gz"))
    args = parser.parse_args()
    G = build_graph(assemble_corpus(read_inputs(*resolve_inputs([Path(args.bib), Path(args.citations)]))))
    with tempfile.TemporaryDirectory() as folder:
        ours = Path(folder) / "kg.nt"
        start = time.perf_counter()
        write_graph_ntriples(G, ours)
        kg_seconds = time.perf_counter() - start
        with ours.open(encoding="utf-8") as lines:
            terms = [tuple(line[:-3].split(" ", 2)) for line in lines]
        start = time.perf_counter()
        plain_write(terms, Path(folder) / "plain.nt")
        plain_seconds = time.perf_counter() - start
    triples = len(terms)
    print("| writer | triples | seconds | triples/s |")
    print("|---|---:|---:|---:|")
    print(f"| kg (`write_graph_ntriples`) | {triples:,} | {kg_seconds:.1f} | {triples / kg_seconds:,.0f} |")
    print(f"| plain f-string of the same terms | {triples:,} | {plain_seconds:.1f} | {triples / plain_seconds:,.0f} |")
    print(f"\nratio (kg speed / plain speed): {plain_seconds / kg_seconds:.2f} (target >= 0.5)")


if __name__ == "__main__":
    main()
