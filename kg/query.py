"""SPARQL files over the exported graph: load, bind parameters, run, format.

A query file holds one query; its first comment lines describe it::

    # title: Coauthors of an author
    # description: Everyone who wrote a paper with the author, with the number of shared papers.
    # param: author = Hao Feng -- the author's name as shown in the graph

Parameters are bound with rdflib's ``initBindings`` (never by editing the
query text). The Oxigraph engine requires a bound variable to be projected by
SELECT; :func:`load_query` checks that and says so.

Examples
--------
>>> q = parse_query_file("# title: Papers\\n# param: year = 2024\\nSELECT ?year ?p WHERE { ?p ?x ?year }", "q.rq")
>>> q.title, q.params
('Papers', (QueryParam(name='year', default='2024', description=''),))
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import pyoxigraph
import rdflib
from oxrdflib.store import OxigraphStore
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.paths import AlternativePath, InvPath, MulPath, SequencePath
from rdflib.plugins.sparql import prepareQuery, prepareUpdate
from rdflib.plugins.sparql.algebra import traverse
from rdflib.term import BNode, Literal, Node, URIRef

from kg.errors import QueryError

_HEADER = re.compile(r"^#\s*(title|description|param)\s*:\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s*(?:=\s*(.*?))?\s*(?:--\s*(.*))?$")
_UPDATE = re.compile(r"^\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)\b", re.IGNORECASE | re.MULTILINE)


class Engine(StrEnum):
    """Which SPARQL engine runs the query over the graph."""

    OXIGRAPH = "oxigraph"  # Oxigraph's engine behind rdflib (oxrdflib): fast at any size
    RDFLIB = "rdflib"  # rdflib's own engine over its memory store: the reference, slow on large graphs


@dataclass(frozen=True)
class QueryParam:
    name: str
    default: str | None
    description: str


@dataclass(frozen=True)
class QueryFile:
    """A parsed ``.rq`` file."""

    path: str
    name: str
    title: str
    description: str
    params: tuple[QueryParam, ...]
    text: str
    form: str  # SelectQuery, AskQuery, ConstructQuery, DescribeQuery, or Update (only with allow_update)


@dataclass(frozen=True)
class QueryResult:
    """The answer of a query: a table (SELECT), a boolean (ASK) or triples (CONSTRUCT/DESCRIBE)."""

    query: QueryFile
    columns: tuple[str, ...]
    rows: tuple[tuple[Node | None, ...], ...]
    boolean: bool | None = None
    graph: rdflib.Graph | None = None


@dataclass(frozen=True)
class QueryTable:
    """A query's answer in display form, for the viewer's Queries panel."""

    name: str
    title: str
    description: str
    params: tuple[tuple[str, str], ...]
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_nodes: tuple[tuple[str, ...], ...]
    error: str | None = None


def _headers(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"title": [], "description": [], "param": []}
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        if match := _HEADER.match(line):
            found[match.group(1)].append(match.group(2).strip())
    return found


def _param(spec: str, path: str) -> QueryParam:
    match = _PARAM.match(spec)
    if not match:
        raise QueryError(f"{path}: malformed '# param:' line {spec!r}; expected '# param: name = default -- description'")
    name, default, description = match.groups()
    return QueryParam(name, default.strip().strip('"') if default else None, description or "")


def _oxigraph_location(text: str, update: bool) -> tuple[int | None, int | None]:
    """Where Oxigraph's parser stops on ``text`` (it always reports a line and column)."""
    import pyoxigraph

    try:
        store = pyoxigraph.Store()
        store.update(text) if update else store.query(text)
    except SyntaxError as error:
        if match := re.match(r"error at (\d+):(\d+)", str(error)):
            return int(match.group(1)), int(match.group(2))
    except Exception:  # noqa: BLE001 - only the location is wanted here
        pass
    return None, None


def _syntax_error(error: Exception, path: str, text: str, update: bool = False) -> QueryError:
    line = getattr(error, "lineno", None)
    column = getattr(error, "col", None)
    if not line:
        line, column = _oxigraph_location(text, update)
    where = f"{path}:{line}" + (f":{column}" if column else "") if line else path
    message = getattr(error, "msg", None) or str(error).splitlines()[0]
    lines = text.splitlines()
    near = f" near {lines[line - 1].strip()!r}" if line and line <= len(lines) and lines[line - 1].strip() else ""
    return QueryError(f"{where}: SPARQL syntax error: {message}{near}")


def parse_query_file(text: str, path: str = "<string>", allow_update: bool = False) -> QueryFile:
    """Parse the header comments and check the query (syntax, no updates, projected parameters).

    Raises
    ------
    QueryError
        Naming ``path`` and, for a syntax error or an unprojected parameter, the line.
    """
    update = bool(_UPDATE.search(re.sub(r"#.*", "", text)))
    if update and not allow_update:
        line = next((n for n, l in enumerate(text.splitlines(), 1) if _UPDATE.match(re.sub(r"#.*", "", l))), None)
        where = f"{path}:{line}" if line else path
        raise QueryError(f"{where}: this is a SPARQL update; kg only reads the graph (pass --allow-update to run it)")
    headers = _headers(text)
    params = tuple(_param(spec, path) for spec in headers["param"])
    try:
        prepared = prepareUpdate(text) if update else prepareQuery(text)
    except Exception as error:  # pyparsing raises its own family; all are syntax errors here
        raise _syntax_error(error, path, text, update) from None
    form = "Update" if update else prepared.algebra.name
    _check_projection(prepared, params, form, path, text)
    name = Path(path).stem
    title = headers["title"][0] if headers["title"] else name.replace("_", " ")
    return QueryFile(path, name, title, " ".join(headers["description"]), params, text, form)


def _check_projection(prepared, params: Sequence[QueryParam], form: str, path: str, text: str) -> None:
    if form != "SelectQuery":
        return
    projected = {str(v) for v in prepared.algebra.get("PV", ())}
    for param in params:
        if param.name not in projected:
            line = next((n for n, l in enumerate(text.splitlines(), 1) if re.match(r"\s*SELECT\b", l, re.I)), 1)
            raise QueryError(f"{path}:{line}: parameter ?{param.name} must be in the SELECT clause (it is bound before the query runs)")


def load_query(path: str | Path, allow_update: bool = False) -> QueryFile:
    """Read and parse the query file at ``path``."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise QueryError(f"{path}: {error.strerror or error}") from None
    return parse_query_file(text, str(path), allow_update)


def load_queries(folder: str | Path) -> tuple[QueryFile, ...]:
    """Every ``*.rq`` file of ``folder``, sorted by name."""
    return tuple(load_query(path) for path in sorted(Path(folder).glob("*.rq")))


# Graphs at least this large are indexed on disk once, beside the file, and reused.
PERSISTENT_FROM_BYTES = 50_000_000


def _oxigraph_format(path: Path) -> pyoxigraph.RdfFormat:
    return pyoxigraph.RdfFormat.N_TRIPLES if path.suffix == ".nt" else pyoxigraph.RdfFormat.TURTLE


def store_index_path(path: Path) -> Path:
    """Where :func:`open_graph` keeps the on-disk index of a large graph file (a hidden folder beside it)."""
    return path.with_name(f".{path.name}.oxigraph")


def _stamp(path: Path) -> str:
    stat = path.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def _indexed_store(path: Path, on_index=None) -> pyoxigraph.Store:
    """An on-disk Oxigraph store of ``path``, built on first use and rebuilt when the file changes."""
    index = store_index_path(path)
    stamp_file = index / "kg-source-stamp"
    if not (stamp_file.exists() and stamp_file.read_text() == _stamp(path)):
        if on_index:
            on_index(index)
        building = index.with_name(index.name + f".building-{os.getpid()}")
        shutil.rmtree(building, ignore_errors=True)
        store = pyoxigraph.Store(str(building))
        store.bulk_load(path=str(path), format=_oxigraph_format(path))
        store.flush()
        del store
        (building / "kg-source-stamp").write_text(_stamp(path))
        shutil.rmtree(index, ignore_errors=True)
        os.replace(building, index)
    return pyoxigraph.Store.read_only(str(index))


def _path_predicates(path, found: set[str]) -> bool:
    """Add the predicates of a property path to ``found``; ``False`` when it can match any predicate."""
    if isinstance(path, URIRef):
        found.add(str(path))
        return True
    if isinstance(path, SequencePath | AlternativePath):
        return all(_path_predicates(step, found) for step in path.args)
    if isinstance(path, InvPath | MulPath):
        return _path_predicates(path.path, found)
    return False  # a variable or a negated property set


def predicates_read(query: QueryFile) -> frozenset[str] | None:
    """Every predicate IRI the query's patterns name; ``None`` when some pattern can match any predicate.

    Examples
    --------
    >>> q = parse_query_file("SELECT ?n WHERE { ?p <http://x/name> ?n ; <http://x/knows>+ ?o }")
    >>> sorted(predicates_read(q))
    ['http://x/knows', 'http://x/name']
    >>> predicates_read(parse_query_file("SELECT * WHERE { ?s ?p ?o }")) is None
    True
    """
    found: set[str] = set()
    bounded = [True]

    def visit(node):
        if getattr(node, "name", None) == "BGP":
            bounded[0] &= all(_path_predicates(p, found) for _, p, _ in node.triples)

    traverse(prepareQuery(query.text).algebra, visitPre=visit)
    return frozenset(found) if bounded[0] else None


def _load_predicates(store: pyoxigraph.Store, path: Path, predicates: frozenset[str], chunk: int = 200_000) -> None:
    """Bulk-load the lines of an N-Triples file whose predicate is one of ``predicates``."""
    wanted = {f"<{p}>" for p in predicates}
    kept: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.split(" ", 2)[1] in wanted:
                kept.append(line)
                if len(kept) >= chunk:
                    store.bulk_load("".join(kept).encode(), pyoxigraph.RdfFormat.N_TRIPLES)
                    kept.clear()
    if kept:
        store.bulk_load("".join(kept).encode(), pyoxigraph.RdfFormat.N_TRIPLES)


def open_graph(path: str | Path, engine: Engine = Engine.OXIGRAPH, persistent: bool = False,
               on_index=None, only_predicates: frozenset[str] | None = None) -> rdflib.Graph:
    """Load an exported graph (``.nt`` or ``.ttl``) into the store ``engine`` queries.

    With ``persistent``, a graph of at least :data:`PERSISTENT_FROM_BYTES` is
    indexed on disk once (see :func:`store_index_path`; ``on_index`` is told
    when that happens) so later queries open it in a fraction of a second
    instead of parsing millions of triples again. With ``only_predicates`` (an
    N-Triples file only) just the triples with those predicates are loaded: what
    a known set of queries reads (see :func:`predicates_read`), in far less memory.
    """
    path = Path(path)
    if not path.exists():
        raise QueryError(f"{path}: no such graph file; run 'kg build' first")
    fmt = "nt" if path.suffix == ".nt" else "turtle"
    if engine is Engine.OXIGRAPH:
        if persistent and path.stat().st_size >= PERSISTENT_FROM_BYTES:
            store = _indexed_store(path, on_index)
        elif only_predicates is not None and fmt == "nt":
            store = pyoxigraph.Store()
            _load_predicates(store, path, only_predicates)
        else:
            store = pyoxigraph.Store()
            store.bulk_load(path=str(path), format=_oxigraph_format(path))  # releases the GIL: can load in a thread
        graph = rdflib.Graph(store=OxigraphStore(store=store), identifier=DATASET_DEFAULT_GRAPH_ID)
    else:
        graph = rdflib.Graph()
        graph.parse(path, format=fmt)
    return graph


def _term(value: str) -> Node:
    if value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    if re.fullmatch(r"-?\d+", value):
        return Literal(int(value))
    return Literal(value)


def bindings(query: QueryFile, given: Mapping[str, str]) -> dict[str, Node]:
    """The terms to bind: each declared parameter's given value, or its default."""
    declared = {p.name: p for p in query.params}
    unknown = set(given) - set(declared)
    if unknown:
        known = ", ".join(declared) or "none"
        raise QueryError(f"{query.path}: unknown parameter(s) {', '.join(sorted(unknown))}; this query takes: {known}")
    values = {name: given.get(name, param.default) for name, param in declared.items()}
    missing = [name for name, value in values.items() if value is None]
    if missing:
        raise QueryError(f"{query.path}: parameter(s) {', '.join(missing)} need a value (--param name=value)")
    return {name: _term(value) for name, value in values.items()}


def run_query(graph: rdflib.Graph, query: QueryFile, params: Mapping[str, str] | None = None) -> QueryResult:
    """Run ``query`` over ``graph`` with its parameters bound.

    An update (parsed with ``allow_update``) changes ``graph`` in memory only and
    returns an empty result.
    """
    try:
        if query.form == "Update":
            bound = bindings(query, params or {})
            graph.update(query.text, **({"initBindings": bound} if bound else {}))
            return QueryResult(query, (), ())
        result = graph.query(query.text, initBindings=bindings(query, params or {}))
    except QueryError:
        raise
    except Exception as error:
        raise QueryError(f"{query.path}: the query failed: {str(error).splitlines()[0]}") from None
    if result.type == "ASK":
        return QueryResult(query, (), (), boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult(query, (), (), graph=result.graph)
    columns = tuple(str(v) for v in result.vars)
    return QueryResult(query, columns, tuple(tuple(row) for row in result))


def display(term: Node | None) -> str:
    """A term as a person reads it: the lexical form of a literal, the IRI of a resource."""
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def to_csv(result: QueryResult, delimiter: str = ",") -> str:
    """SELECT rows as CSV (or TSV with ``delimiter='\\t'``), header first."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([display(term) for term in row] for row in result.rows)
    return buffer.getvalue()


def _json_term(term: Node) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    value: dict = {"type": "literal", "value": str(term)}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype and str(term.datatype) != "http://www.w3.org/2001/XMLSchema#string":
        value["datatype"] = str(term.datatype)
    return value


def to_json(result: QueryResult) -> str:
    """The SPARQL 1.1 Query Results JSON of ``result`` (SELECT or ASK)."""
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean}, indent=2)
    bindings_ = [{c: _json_term(t) for c, t in zip(result.columns, row) if t is not None} for row in result.rows]
    return json.dumps({"head": {"vars": list(result.columns)}, "results": {"bindings": bindings_}}, indent=2, ensure_ascii=False)


def to_table(result: QueryResult, base: str) -> QueryTable:
    """``result`` in display form; resources under ``base`` are also listed as graph node ids."""
    rows, row_nodes = [], []
    for row in result.rows:
        rows.append(tuple(display(term) for term in row))
        row_nodes.append(tuple(str(t)[len(base):] for t in row if isinstance(t, URIRef) and str(t).startswith(base)))
    query = result.query
    params = tuple((p.name, p.default or "") for p in query.params)
    return QueryTable(query.name, query.title, query.description, params, result.columns, tuple(rows), tuple(row_nodes))


def failed_table(query: QueryFile, error: Exception) -> QueryTable:
    """A table that reports why ``query`` could not run, for the viewer."""
    params = tuple((p.name, p.default or "") for p in query.params)
    return QueryTable(query.name, query.title, query.description, params, (), (), (), error=str(error))


def describe_queries(queries: Sequence[QueryFile]) -> str:
    """A Markdown page describing ``queries``: per file, its title, what it answers, its form and parameters.

    ``docs/queries.md`` is this page for ``queries/`` (a test keeps them in step).
    """
    forms = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}
    out = ["# Queries", "", "Generated from the header lines of `queries/*.rq` by `kg.query.describe_queries`. Run one with",
           "`kg query queries/<name>.rq [--param name=value] [--format table|csv|tsv|json]`.", ""]
    for query in queries:
        out += [f"## {query.title}", "", f"`{Path(query.path).name}` ({forms.get(query.form, query.form)}): {query.description}", ""]
        for param in query.params:
            out.append(f"- `--param {param.name}=…` {param.description} (default: `{param.default}`)")
        if query.params:
            out.append("")
    return "\n".join(out)
