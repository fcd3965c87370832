"""``kg build``: read the inputs, assemble the corpus, build the graph, write every output.

Examples
--------
>>> import tempfile
>>> report = build(["seeds"], out_dir=tempfile.mkdtemp())
>>> report.records, report.works
(217, 215)
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import time
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from kg.authors import read_decisions, resolve_authors, write_review_csv
from kg.config import BuildConfig, InputFile, resolve_inputs
from kg.corpus import Corpus, assemble_corpus
from kg.errors import InputError, KgError
from kg.export import ALL_FORMATS, write_exports
from kg.graph import build_graph, count_kinds
from kg.merge import merge_records
from kg.model import Problem, SourceBatch, SourceRef
from kg.query import (Engine, QueryFile, QueryTable, failed_table, load_query, open_graph, predicates_read,
                      run_query, to_table)
from kg.rdf import DEFAULT_BASE, write_graph_ntriples, write_turtle
from kg.sources import read_source
from kg.viewer import ViewerReport, viewer_data, write_page

DEFAULT_QUERIES = Path("queries")


class Progress(Protocol):
    """What the build tells a progress display: a stage begins (with a total, if known), work advances."""

    def stage(self, name: str, total: int | None = None) -> None: ...

    def advance(self, amount: int = 1) -> None: ...


class _Silent:
    def stage(self, name: str, total: int | None = None) -> None:
        pass

    def advance(self, amount: int = 1) -> None:
        pass


@dataclass(frozen=True)
class BuildReport:
    """What a build read, made and wrote, and how long each stage took."""

    inputs: tuple[str, ...]
    records: int
    works: int
    nodes: dict[str, int]
    edges: dict[str, int]
    problems: tuple[Problem, ...]
    citations_resolved: int
    citations_unresolved: int
    outputs: tuple[Path, ...]
    viewer: ViewerReport | None
    seconds: dict[str, float] = field(default_factory=dict)  # per stage; some stages overlap
    wall_seconds: float = 0.0

    @property
    def total_seconds(self) -> float:
        """Wall-clock time of the whole build (stages overlap, so this is not their sum)."""
        return self.wall_seconds


class _Timer:
    def __init__(self, progress: Progress):
        self.seconds: dict[str, float] = {}
        self.progress = progress

    @contextmanager
    def stage(self, name: str, total: int | None = None) -> Iterator[None]:
        self.progress.stage(name, total)
        start = time.perf_counter()
        yield
        self.seconds[name] = time.perf_counter() - start


def read_inputs(files: Sequence[InputFile], config: BuildConfig, strict: bool = False,
                progress: Progress | None = None) -> list[SourceBatch]:
    """Read every input file; an unreadable one becomes a reported problem (fatal under ``strict``)."""
    progress = progress or _Silent()
    batches = []
    for source in files:
        try:
            batch = read_source(source.path, collection=config.collection_of(source), name=source.name)
        except InputError as error:
            if strict:
                raise
            problem = Problem(SourceRef(source.name, error.line), error.reason)
            batch = SourceBatch(source.name, "unreadable", problems=(problem,))
        if strict and batch.problems:
            first = batch.problems[0]
            raise InputError(first.source.path, f"{first.message} (--strict: {len(batch.problems)} problem(s) in this file)", first.source.line)
        batches.append(batch)
        progress.advance()
    return batches


@contextmanager
def _frozen_heap():
    """Freeze every object alive now (``gc.freeze``) and again wherever the body calls it; unfreeze on the way out,
    however it is left. The collector's passes then skip the corpus and the graph: the graph stage of the ACL build
    took 11.2 s before, 9.4 s after."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _release_memory() -> None:
    """Collect garbage and hand freed heap pages back to the system (glibc otherwise keeps them); objects frozen by
    :func:`_frozen_heap` return to the collector first, so that nothing stays uncollected."""
    gc.unfreeze()
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to trim
        pass


@contextmanager
def _forked(function, *args) -> Iterator[None]:
    """Run ``function(*args)`` in a forked child while the ``with`` body runs here; fail if it failed.

    Where fork is not available the function simply runs first, in this process.
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        function(*args)
        yield
        return
    child = multiprocessing.get_context("fork").Process(target=function, args=args, daemon=True)
    child.start()
    try:
        yield
    finally:
        child.join()
    if child.exitcode != 0:
        raise KgError(f"{getattr(function, '__name__', 'a build step')} failed in its worker process "
                      f"(exit code {child.exitcode}); see the error above")


def _load_query_files(queries_dir: Path | None) -> list[QueryFile | QueryTable]:
    """The query files of ``queries_dir``; one that cannot be read becomes a table that says why."""
    if queries_dir is None or not queries_dir.is_dir():
        return []
    loaded: list[QueryFile | QueryTable] = []
    for path in sorted(queries_dir.glob("*.rq")):
        try:
            loaded.append(load_query(path))
        except KgError as error:
            loaded.append(QueryTable(path.stem, path.stem.replace("_", " "), "", (), (), (), (), error=str(error)))
    return loaded


def _query_store(nt_path: Path, queries: Sequence[QueryFile | QueryTable]):
    """The graph the viewer's queries run on: only the triples their patterns can read."""
    files = [q for q in queries if isinstance(q, QueryFile)]
    if not files:
        return None
    needed = [predicates_read(q) for q in files]
    only = None if any(p is None for p in needed) else frozenset().union(*needed)
    return open_graph(nt_path, Engine.OXIGRAPH, only_predicates=only)


def _query_tables(graph, queries: Sequence[QueryFile | QueryTable], base: str) -> tuple[QueryTable, ...]:
    tables = []
    for query in queries:
        if isinstance(query, QueryTable):
            tables.append(query)
            continue
        try:
            tables.append(to_table(run_query(graph, query), base))
        except KgError as error:
            tables.append(failed_table(query, error))
    return tuple(tables)


def build(inputs: Sequence[str | Path] = ("seeds",), out_dir: str | Path = "out", *, config: str | Path | None = None,
          strict: bool = False, max_nodes: int = 2000, base: str = DEFAULT_BASE,
          queries: str | Path | None = DEFAULT_QUERIES, authors: str | Path | None = None,
          exports: Sequence[str] = ALL_FORMATS, progress: Progress | None = None) -> BuildReport:
    """Build the knowledge graph of ``inputs`` into ``out_dir``.

    Parameters
    ----------
    inputs : sequence of paths
        Input files and folders (a folder contributes its input files and its ``kg.toml``).
    out_dir : path
        Where ``graph.nt``, ``graph.ttl``, ``graph.html``, ``authors-review.csv`` and the exports are written.
        Each file is replaced atomically; nothing is left half-written.
    config : path, optional
        A ``kg.toml`` naming inputs and collections.
    strict : bool
        Make any unreadable file or bad record fatal instead of reported and skipped.
    max_nodes : int
        The most nodes the viewer shows; larger graphs show their most important part.
    base : str
        The IRI under which node ids become resources.
    queries : path, optional
        A folder of ``.rq`` files whose answers the viewer shows.
    authors : path, optional
        The author decisions file; ``authors.toml`` beside the inputs is used when present.
    exports : sequence of str
        Which other formats to write besides Turtle and N-Triples (``jsonld``, ``nq``, ``trig`` — one named
        graph per input file —, ``graphml``, ``csv``); all by default, none when empty.

    Raises
    ------
    KgError
        When no input gives any paper, or under ``strict`` on the first problem.
    """
    started = time.perf_counter()
    progress = progress or _Silent()
    timer = _Timer(progress)
    out = Path(out_dir)
    files, build_config = resolve_inputs([Path(i) for i in inputs], Path(config) if config else None)
    if not files:
        raise InputError(", ".join(map(str, inputs)), "no input files found")
    with timer.stage("read", len(files)):
        batches = read_inputs(files, build_config, strict, progress)
    if not any(batch.papers for batch in batches):
        problems = "; ".join(str(p) for b in batches for p in b.problems[:1])
        raise KgError(f"no paper could be read from {len(files)} input file(s): {problems}")
    decisions_path = Path(authors) if authors else _beside_inputs(inputs, "authors.toml")
    decisions = read_decisions(decisions_path) if decisions_path else None
    paper_count = sum(len(batch.papers) for batch in batches)
    with timer.stage("assemble", paper_count):
        corpus = assemble_corpus(batches, decisions, progress=progress.advance)
        del batches  # the corpus holds every record now
    # the corpus, then the graph, live to the end: the collector's passes skip them (a pass over them costs seconds)
    with _frozen_heap():
        with timer.stage("graph"):
            G = build_graph(corpus)
        gc.freeze()
        with timer.stage("review"):
            write_review_csv(corpus.authors, out / "authors-review.csv")
        read = _ReadSummary.of(corpus, files)
        del corpus  # the graph holds what the rest needs; large corpora need the memory back
        with timer.stage("rdf+viewer"):
            # graph.nt is written by a forked copy of this process, which hands every byte of
            # its millions of line strings back to the system when it exits; meanwhile this
            # process lays out the viewer on the other core.
            with _forked(write_graph_ntriples, G, out / "graph.nt", base):
                page, viewer = viewer_data(G, max_nodes=max_nodes, title=_title(inputs))
        query_files = _load_query_files(Path(queries) if queries else None)
        # Oxigraph writes the Turtle and loads the query store in Rust without holding the
        # GIL, so both run beside Python work. The store (about 330 bytes a triple) starts
        # only once the graph's memory is back, so the two never add up.
        with ThreadPoolExecutor(max_workers=2) as background:
            turtle = background.submit(write_turtle, out / "graph.nt", out / "graph.ttl")
            with timer.stage("exports"):
                exported = write_exports(G, out / "graph.nt", out, base, formats=exports) if exports else ()
                nodes, edges = count_kinds(G)
                del G
                _release_memory()
            store = background.submit(_query_store, out / "graph.nt", query_files)
            with timer.stage("queries"):
                write_page(page, out / "graph.html", _query_tables(store.result(), query_files, base))
            with timer.stage("turtle"):
                turtle.result()
    return BuildReport(
        inputs=read.inputs, records=read.records, works=read.works,
        nodes={k.value: v for k, v in sorted(nodes.items())}, edges={k.value: v for k, v in sorted(edges.items())},
        problems=read.problems, citations_resolved=read.citations_resolved,
        citations_unresolved=read.citations_unresolved,
        outputs=(*(out / name for name in ("graph.ttl", "graph.nt", "graph.html", "authors-review.csv")), *exported),
        viewer=viewer, seconds=timer.seconds, wall_seconds=time.perf_counter() - started)


@dataclass(frozen=True)
class _ReadSummary:
    """What the report needs from the corpus, kept so the corpus itself can be freed."""

    inputs: tuple[str, ...]
    records: int
    works: int
    problems: tuple[Problem, ...]
    citations_resolved: int
    citations_unresolved: int

    @classmethod
    def of(cls, corpus: Corpus, files: Sequence[InputFile]) -> "_ReadSummary":
        return cls(tuple(f.name for f in files), corpus.records, len(corpus.works), corpus.problems,
                   corpus.citations.resolved, len(corpus.citations.unresolved))


def _title(inputs: Sequence[str | Path]) -> str:
    """The viewer's title: kg and what was built."""
    return "kg — " + ", ".join(Path(i).name for i in inputs)


def resolve_inputs_authors(inputs: Sequence[str | Path], authors: str | Path | None = None):
    """Read ``inputs`` and resolve their authors only (what ``kg authors`` shows), skipping extraction."""
    files, config = resolve_inputs([Path(i) for i in inputs])
    works = merge_records(paper for batch in read_inputs(files, config) for paper in batch.papers)
    decisions_path = Path(authors) if authors else _beside_inputs(inputs, "authors.toml")
    return resolve_authors(works, read_decisions(decisions_path) if decisions_path else None)


def _beside_inputs(inputs: Sequence[str | Path], name: str) -> Path | None:
    for item in map(Path, inputs):
        candidate = (item if item.is_dir() else item.parent) / name
        if candidate.exists():
            return candidate
    return None
