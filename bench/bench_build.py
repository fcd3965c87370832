"""Benchmark the whole ``kg build`` on the ACL Anthology at 10 %, 30 % and 100 % of the corpus.

Run from the repository root (nothing else heavy on the machine; the 100 % build takes minutes)::

    .venv/bin/python bench/bench_build.py                      # fractions 0.1 0.3 1.0
    .venv/bin/python bench/bench_build.py --fractions 0.1 0.3  # a quick check
    .venv/bin/python bench/bench_build.py --no-exports         # build(..., exports=()): no exports
    .venv/bin/python bench/bench_build.py --out /tmp/acl       # keep the outputs, one folder per fraction

Each fraction is built by :func:`kg.build.build` in a fresh Python process (this script run with
``--one FRACTION``), so its peak RSS (``ru_maxrss``) and garbage-collector state belong to that build
alone; the child prints one JSON line that the parent collects. The parent never holds the corpus in
memory: Linux carries a parent's RSS high-water mark into a child through ``exec``.

Inputs are ``../shared/data/acl-anthology/anthology+abstracts.bib.gz`` and ``citations.csv.gz``. A
fraction below 1 is the first N % of the BibTeX entries in file order (the file is sorted by year, so
a slice holds the oldest papers), written uncompressed to a temporary ``anthology+abstracts.bib``; at 1
the ``.bib.gz`` itself is the input. The citation list is always passed whole, so at a fraction below 1
the citations reaching outside the slice are reported as unresolved. The queries of ``queries/`` run in
the viewer stage, as in ``kg build`` from the repository root.

"CPU s" adds the CPU time of any worker processes the build forks to that of the build's own process;
"peak RSS" is the build process's high-water mark and "worker peak RSS" the largest of its workers'
(forked workers share most of their pages with the parent, so the two are not to be added up).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's kg, not the one the editable install points at (a worktree's build)
ACL = ROOT.parent / "shared" / "data" / "acl-anthology"
BIB = ACL / "anthology+abstracts.bib.gz"
CITATIONS = ACL / "citations.csv.gz"
PACKAGES = ("networkx", "rdflib", "pyoxigraph", "oxrdflib", "bibtexparser", "pylatexenc")


def _is_entry_start(line: str) -> bool:
    return line.startswith("@")


def count_entries(path: Path) -> int:
    """How many BibTeX entries ``path`` holds (lines starting with ``@``), read as a stream."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return sum(map(_is_entry_start, lines))


def write_slice(path: Path, keep: int, dest: Path) -> None:
    """Write the first ``keep`` entries of ``path`` to ``dest``.

    Equivalent to splitting the decompressed text on ``"\\n@"`` and keeping the first ``keep`` parts,
    but streamed line by line so this process never holds the whole text.
    """
    seen = 0
    with gzip.open(path, "rt", encoding="utf-8") as lines, dest.open("w", encoding="utf-8") as out:
        for line in lines:
            if _is_entry_start(line):
                seen += 1
                if seen > keep:
                    break
            out.write(line)


# --- the child: one build ------------------------------------------------------------------------

def run_one(fraction: float, bib: Path, entries: int, out_dir: Path, exports: bool) -> dict:
    """Build ``bib`` and the whole citation list into ``out_dir``; the figures of that build."""
    from kg.build import build

    load = os.getloadavg()[0]
    cpu_start = time.process_time()
    start = time.perf_counter()
    skip_exports = {} if exports else {"exports": ()}  # by default build writes every export format
    report = build([bib, CITATIONS], out_dir, queries=ROOT / "queries", **skip_exports)
    wall = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)  # the build's forked workers, once joined
    return {
        "fraction": fraction,
        "entries": entries,
        "records": report.records,
        "papers": report.works,
        "nodes": sum(report.nodes.values()),
        "edges": sum(report.edges.values()),
        "seconds": report.seconds,
        "wall": wall,
        "cpu": time.process_time() - cpu_start + workers.ru_utime + workers.ru_stime,
        "peak_rss_gib": own.ru_maxrss / 1024**2,
        "worker_peak_rss_gib": workers.ru_maxrss / 1024**2,
        "resolved": report.citations_resolved,
        "unresolved": report.citations_unresolved,
        "problems": len(report.problems),
        "load": load,
    }


# --- the parent: slice, spawn, tabulate ----------------------------------------------------------

def measure(fraction: float, total_entries: int, out_root: Path, exports: bool) -> dict | None:
    """Slice the corpus to ``fraction`` and build it in a fresh process; None if that build failed."""
    with tempfile.TemporaryDirectory(prefix="kg-bench-build-") as tmp:
        if fraction >= 1:
            bib, entries = BIB, total_entries
        else:
            entries = int(total_entries * fraction)
            bib = Path(tmp) / "anthology+abstracts.bib"
            write_slice(BIB, entries, bib)
        out_dir = out_root / f"{fraction * 100:g}pct"
        command = [sys.executable, __file__, "--one", str(fraction), "--bib", str(bib), "--entries", str(entries),
                   "--out", str(out_dir)] + ([] if exports else ["--no-exports"])  # fmt: skip
        child = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    if child.returncode != 0:
        print(f"the {fraction:.0%} build failed (exit code {child.returncode}); its traceback is above",
              file=sys.stderr, flush=True)  # fmt: skip
        return None
    return json.loads(child.stdout.strip().splitlines()[-1])


def table(runs: list[dict]) -> str:
    stages = list(dict.fromkeys(stage for run in runs for stage in run["seconds"]))
    head = ["fraction", "entries", "papers", "nodes", "edges", *(f"{s} s" for s in stages), "total wall s", "CPU s",
            "peak RSS GiB", "worker peak RSS GiB", "citations resolved", "unresolved", "s / 1k papers", "load"]  # fmt: skip
    rows = [
        [f"{r['fraction']:.0%}", f"{r['entries']:,}", f"{r['papers']:,}", f"{r['nodes']:,}", f"{r['edges']:,}",
         *(f"{r['seconds'].get(s, 0.0):.1f}" for s in stages), f"{r['wall']:.1f}", f"{r['cpu']:.1f}",
         f"{r['peak_rss_gib']:.2f}", f"{r.get('worker_peak_rss_gib', 0.0):.2f}", f"{r['resolved']:,}", f"{r['unresolved']:,}",
         f"{r['wall'] / r['papers'] * 1000:.2f}", f"{r['load']:.1f}"]  # fmt: skip
        for r in runs
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---:|" * len(head)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def revision() -> str:
    """The commit checked out, and whether ``kg/`` has changes not yet committed (the build runs the working tree)."""

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    commit = git("log", "-1", "--format=%h") or "unknown"
    return commit + (" with uncommitted changes in kg/" if git("status", "--porcelain", "--", "kg") else "")


def machine(revisions: tuple[str, str]) -> str:
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")),
               platform.processor() or "unknown CPU")  # fmt: skip
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    ram_kib = next((int(line.split()[1]) for line in meminfo if line.startswith("MemTotal:")), 0)

    def installed(name: str) -> str:
        try:
            return f"{name} {version(name)}"
        except PackageNotFoundError:
            return f"{name} (not installed)"

    start, end = revisions
    kg_at = start if start == end else f"{start} at the start, {end} at the end"
    return (
        f"machine: {cpu}, {os.cpu_count()} cores, {ram_kib / 1024**2:.1f} GiB RAM, "
        f"{platform.system()} {platform.release()}\n"
        f"python {platform.python_version()} ({platform.python_implementation()}); "
        + ", ".join(installed(name) for name in PACKAGES)
        + f"; kg at commit {kg_at}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fractions", type=float, nargs="+", default=[0.1, 0.3, 1.0], help="shares of the entries")
    parser.add_argument("--no-exports", action="store_true", help="skip JSON-LD, N-Quads, TriG, GraphML, CSV")
    parser.add_argument("--out", type=Path, help="keep the outputs here, one folder per fraction (default: a temp dir)")
    parser.add_argument("--one", type=float, help=argparse.SUPPRESS)  # the child: build one fraction
    parser.add_argument("--bib", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--entries", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(run_one(args.one, args.bib, args.entries, args.out, not args.no_exports)))
        return
    total = count_entries(BIB)
    start_revision = revision()
    runs, failed = [], []
    with tempfile.TemporaryDirectory(prefix="kg-bench-out-") as tmp:
        out_root = args.out or Path(tmp)
        for fraction in args.fractions:
            print(f"building {fraction:.0%} of {total:,} entries …", file=sys.stderr, flush=True)
            run = measure(fraction, total, out_root, not args.no_exports)
            if run:
                runs.append(run)
            else:
                failed.append(fraction)
    exports = "without exports" if args.no_exports else "with exports"
    print(f"kg build of the ACL Anthology ({exports}; citations always whole; one fresh process per row)\n")
    if runs:
        print(table(runs))
    if failed:
        print("\nFAILED (see the tracebacks above): " + ", ".join(f"{f:.0%}" for f in failed))
    print()
    print(machine((start_revision, revision())))
    if failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
