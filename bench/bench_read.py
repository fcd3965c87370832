"""Benchmark the input readers on the whole ACL Anthology: parse, merge, resolve citations.

Run from the repository root (one process, nothing else heavy on the machine)::

    .venv/bin/python bench/bench_read.py            # the whole corpus
    .venv/bin/python bench/bench_read.py --fraction 0.1 --fraction 0.3 --fraction 1
    .venv/bin/python bench/bench_read.py --freeze-gc  # records frozen out of the GC after parsing

Reads ``../shared/data/acl-anthology/anthology+abstracts.bib.gz`` and
``citations.csv.gz`` in place, and prints one table row per fraction (the first
N % of the BibTeX entries, in file order; citations are always read whole, so at a fraction
below 1 the ones reaching outside the slice are unresolved), then the machine
and versions. Peak RSS is the process's high-water mark so far, so with several
fractions put the largest last.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import resource
import sys
import time
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.merge import merge_records, resolve_citations  # noqa: E402
from kg.sources.bibtex import parse_bibtex  # noqa: E402
from kg.sources.citations import parse_citations  # noqa: E402
from kg.sources.text import read_text  # noqa: E402

ACL = ROOT.parent / "shared" / "data" / "acl-anthology"
BIB = ACL / "anthology+abstracts.bib.gz"
CITATIONS = ACL / "citations.csv.gz"


@dataclass(frozen=True)
class Run:
    """The figures of one run over a fraction of the corpus."""

    fraction: float
    frozen: bool
    entries: int
    problems: int
    authors: int
    abstracts: int
    works: int
    citations: int
    resolved: int  # both ends found
    links: int  # distinct work -> work links they make
    self_citations: int  # both ends in one work (records merged by title and year)
    unresolved: int
    seconds: dict[str, float]
    cpu_seconds: float  # user + system: tells a busy machine's wall time apart
    peak_rss_mib: float


def _first_fraction(text: str, fraction: float) -> str:
    """The first ``fraction`` of the entries of ``text`` (each entry starts a line with ``@``)."""
    if fraction >= 1:
        return text
    keep = int((text.count("\n@") + 1) * fraction)
    cut = -1
    for _ in range(keep):
        cut = text.find("\n@", cut + 1)
    return text[: cut + 1]


def _timed(seconds: dict[str, float], stage: str, function, *args):
    start = time.perf_counter()
    result = function(*args)
    seconds[stage] = time.perf_counter() - start
    return result


def run(fraction: float, freeze: bool = False) -> Run:
    """Read, parse, merge and resolve, timing each stage.

    With ``freeze``, the parsed records are moved out of the garbage collector's
    reach (:func:`gc.freeze`) before the later stages, as a build can do.
    """
    seconds: dict[str, float] = {}
    cpu_start = time.process_time()
    bib_text = _first_fraction(_timed(seconds, "read .bib.gz", read_text, BIB), fraction)
    bib = _timed(seconds, "parse BibTeX", parse_bibtex, bib_text, str(BIB))
    del bib_text
    if freeze:
        gc.freeze()
    csv_text = _timed(seconds, "read .csv.gz", read_text, CITATIONS)
    cites = _timed(seconds, "parse citations", parse_citations, csv_text, str(CITATIONS))
    works = _timed(seconds, "merge records", merge_records, bib.papers)
    resolution = _timed(seconds, "resolve citations", resolve_citations, works, cites.citations)
    return Run(
        fraction=fraction,
        frozen=freeze,
        entries=len(bib.papers),
        problems=len(bib.problems) + len(cites.problems),
        authors=sum(len(p.authors) for p in bib.papers),
        abstracts=sum(1 for p in bib.papers if p.abstract),
        works=len(works),
        citations=len(cites.citations),
        resolved=resolution.resolved,
        links=len(resolution.links),
        self_citations=resolution.self_citations,
        unresolved=len(resolution.unresolved),
        seconds=seconds,
        cpu_seconds=time.process_time() - cpu_start,
        peak_rss_mib=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    )


def _table(runs: list[Run]) -> str:
    stages = list(runs[0].seconds)
    head = ["fraction", "gc", "entries", "authors", "abstracts", "works", *stages, "total s", "CPU s", "peak RSS MiB",
            "citations", "resolved", "links", "self", "unresolved", "problems"]  # fmt: skip
    rows = [
        [f"{r.fraction:.0%}", "frozen" if r.frozen else "on", r.entries, r.authors, r.abstracts, r.works,
         *(f"{r.seconds[s]:.2f}" for s in stages), f"{sum(r.seconds.values()):.2f}", f"{r.cpu_seconds:.2f}",
         f"{r.peak_rss_mib:.0f}",
         r.citations, r.resolved, r.links, r.self_citations, r.unresolved, r.problems]  # fmt: skip
        for r in runs
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _machine() -> str:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")),
        platform.processor() or "unknown CPU",
    )  # fmt: skip
    packages = ", ".join(f"{name} {version(name)}" for name in ("bibtexparser", "pylatexenc", "networkx"))
    return (
        f"machine: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}\n"
        f"python {platform.python_version()} ({platform.python_implementation()}); {packages}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fraction", type=float, action="append", help="share of the entries (repeatable)")
    parser.add_argument("--freeze-gc", action="store_true", help="gc.freeze() the parsed records before merging")
    args = parser.parse_args(argv)
    runs = [run(fraction, args.freeze_gc) for fraction in args.fraction or [1.0]]
    print(_table(runs))
    print()
    print(_machine())


if __name__ == "__main__":
    main()
