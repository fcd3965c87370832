"""The graph in every other format a user may want: JSON-LD, N-Quads/TriG, GraphML, CSV tables.

Each format has ``generate_X`` (pure: yields text) and ``write_X`` (writes a file
atomically), as in networkx's ``readwrite``; :func:`write_exports` writes them all.

* **JSON-LD** (``graph.jsonld``): compact, with an ``@context`` of the
  vocabularies' prefixes and ``@base`` = the graph's base IRI, one node object
  per subject. Written from the sorted N-Triples lines by string work (rdflib's
  JSON-LD serialiser would first load every triple into its memory store).
* **N-Quads and TriG** (``graph.nq``, ``graph.trig``): one named graph per input
  file (see :func:`kg.rdf.graph_quads`), written by Oxigraph.
* **GraphML** (``graph.graphml``): for Gephi and other graph viewers; node and
  edge attributes flattened to strings and numbers.
* **CSV** (``nodes.csv``, ``edges.csv``): Gephi's spreadsheet import columns
  (``Id``, ``Label``; ``Source``, ``Target``, ``Type``, ``Weight``) plus kg's own.

Every output is sorted, so two builds of the same input are byte-identical and
no output depends on the order of the input files.

Examples
--------
>>> import networkx as nx
>>> from kg.model import NodeKind
>>> G = nx.MultiDiGraph()
>>> G.add_node("venue/acl", kind=NodeKind.VENUE, label="ACL", name="ACL")
>>> print("".join(generate_csv_nodes(G, "http://x/")), end="")
Id,Label,kind,iri,name,year,date,doi,arxiv,url
venue/acl,ACL,venue,http://x/venue/acl,ACL,,,,,
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import networkx as nx
import pyoxigraph

from kg.model import EdgeKind, Mention
from kg.rdf import DEFAULT_BASE, SortedPrefixes, atomic_output, graph_quads
from kg.vocab import PREFIXES, RDF, XSD

_UNDIRECTED = {EdgeKind.COAUTHOR}
_RDF_TYPE, _XSD_STRING = str(RDF.type), str(XSD.string)
_NODE_COLUMNS = ("name", "year", "date", "doi", "arxiv", "url")
_EDGE_COLUMNS = ("position", "written_as")


# --- JSON-LD ----------------------------------------------------------------

def jsonld_context(base: str = DEFAULT_BASE) -> dict:
    """The ``@context`` of kg's JSON-LD: ``@base`` and one prefix per vocabulary."""
    return {"@base": base, **{prefix: namespace for prefix, namespace in sorted(PREFIXES.items())}}


class _Compactor:
    """Turns IRIs into the shortest form the context allows (relative to ``@base``, or ``prefix:name``)."""

    def __init__(self, base: str):
        self.base = base
        self.prefixes = sorted(((ns, prefix) for prefix, ns in PREFIXES.items()), key=lambda p: -len(p[0]))
        self.cache: dict[str, str] = {}

    def __call__(self, value: str, vocab: bool = False) -> str:
        key = f"{vocab}{value}"
        if key in self.cache:
            return self.cache[key]
        compact = value
        if not vocab and value.startswith(self.base) and _safe_relative(value[len(self.base):]):
            compact = value[len(self.base):]
        else:
            for namespace, prefix in self.prefixes:
                local = value[len(namespace):]
                if value.startswith(namespace) and local and local.replace("_", "a").replace("-", "a").isalnum():
                    compact = f"{prefix}:{local}"
                    break
        if len(self.cache) < 100_000:
            self.cache[key] = compact
        return compact


def _safe_relative(path: str) -> bool:
    return bool(path) and ":" not in path and not path.startswith(("/", "?", "#", "."))


def _jsonld_value(term, compact: _Compactor):
    if isinstance(term, pyoxigraph.NamedNode):
        return {"@id": compact(term.value)}
    if isinstance(term, pyoxigraph.BlankNode):
        return {"@id": f"_:{term.value}"}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype.value == _XSD_STRING:
        return term.value
    return {"@value": term.value, "@type": compact(term.datatype.value, vocab=True)}


def _jsonld_node(subject, pairs: list, compact: _Compactor) -> dict:
    node: dict = {"@id": compact(subject.value) if isinstance(subject, pyoxigraph.NamedNode) else f"_:{subject.value}"}
    for predicate, obj in pairs:
        if predicate == _RDF_TYPE and isinstance(obj, pyoxigraph.NamedNode):
            node.setdefault("@type", []).append(compact(obj.value, vocab=True))
        else:
            node.setdefault(compact(predicate, vocab=True), []).append(_jsonld_value(obj, compact))
    return {key: value[0] if isinstance(value, list) and len(value) == 1 else value for key, value in node.items()}


def generate_jsonld(lines: Sequence[str], base: str = DEFAULT_BASE) -> Iterator[str]:
    """Compact JSON-LD of sorted N-Triples ``lines``, one node object per line of text.

    Examples
    --------
    >>> lines = ['<http://x/p> <http://purl.org/dc/terms/title> "T" .\\n',
    ...          '<http://x/p> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://purl.org/spar/fabio/Expression> .\\n']
    >>> print("".join(generate_jsonld(lines, "http://x/"))[-62:])
    {"@id":"p","dcterms:title":"T","@type":"fabio:Expression"}
    ]}
    <BLANKLINE>
    """
    compact = _Compactor(base)
    context = json.dumps(jsonld_context(base), indent=1, ensure_ascii=False)
    yield '{"@context":' + context + ',\n"@graph":[\n'
    data = "".join(lines).encode("utf-8")
    subject, pairs, first = None, [], True
    for quad in pyoxigraph.parse(io.BytesIO(data), format=pyoxigraph.RdfFormat.N_TRIPLES):
        if quad.subject != subject:
            if subject is not None:
                yield ("" if first else ",\n") + json.dumps(_jsonld_node(subject, pairs, compact), ensure_ascii=False,
                                                            separators=(",", ":"))
                first = False
            subject, pairs = quad.subject, []
        pairs.append((quad.predicate.value, quad.object))
    if subject is not None:
        yield ("" if first else ",\n") + json.dumps(_jsonld_node(subject, pairs, compact), ensure_ascii=False,
                                                    separators=(",", ":"))
    yield "\n]}\n"


def write_jsonld(lines: Sequence[str], path: str | Path, base: str = DEFAULT_BASE) -> None:
    """Write the compact JSON-LD of N-Triples ``lines`` to ``path`` (atomically)."""
    with atomic_output(path, "w") as stream:
        stream.writelines(generate_jsonld(lines, base))


# --- N-Quads and TriG ---------------------------------------------------------

def write_nquads(quads: Iterable[str], path: str | Path) -> None:
    """Write N-Quads lines (from :func:`kg.rdf.graph_quads`) to ``path`` (atomically)."""
    with atomic_output(path, "w") as stream:
        stream.writelines(quads)


def write_trig(quads: Sequence[str], path: str | Path) -> None:
    """Write N-Quads lines as TriG with the vocabularies' prefixes, one block per named graph (atomically)."""
    data = "".join(quads).encode("utf-8")
    parsed = pyoxigraph.parse(io.BytesIO(data), format=pyoxigraph.RdfFormat.N_QUADS)
    ordered = sorted(parsed, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    with atomic_output(path) as stream:
        sorted_stream = SortedPrefixes(stream)
        pyoxigraph.serialize(ordered, sorted_stream, pyoxigraph.RdfFormat.TRIG, prefixes=PREFIXES)
        sorted_stream.flush()


# --- GraphML and CSV --------------------------------------------------------

def _scalar(value):
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, tuple | list):
        if value and isinstance(value[0], Mention):
            return len(value)
        return "; ".join(map(str, value))
    return str(value)


def _sorted_edges(G: nx.MultiDiGraph):
    return sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))


def flat_graph(G: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> nx.MultiDiGraph:
    """A copy of ``G`` with nodes and edges sorted and every attribute a string or number.

    Tuples become ``"; "``-joined strings; an edge's tuple of mentions becomes
    its count (``mentions``); each node gets its ``iri``.
    """
    H = nx.MultiDiGraph()
    for node in sorted(G):
        data = G.nodes[node]
        attributes = {key: _scalar(value) for key, value in sorted(data.items()) if value not in (None, (), "")}
        H.add_node(node, **attributes, iri=base + node)
    for a, b, kind, data in _sorted_edges(G):
        attributes = {key: _scalar(value) for key, value in sorted(data.items()) if value not in (None, (), "")}
        attributes["kind"] = str(kind)
        H.add_edge(a, b, key=str(kind), **attributes)
    return H


def generate_graphml(G: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Iterator[str]:
    """GraphML of ``G`` (see :func:`flat_graph`), for Gephi."""
    yield from nx.generate_graphml(flat_graph(G, base), named_key_ids=True, edge_id_from_attribute="kind")


def write_graphml(G: nx.MultiDiGraph, path: str | Path, base: str = DEFAULT_BASE) -> None:
    """Write the GraphML of ``G`` to ``path`` (atomically)."""
    with atomic_output(path, "w") as stream:
        for line in generate_graphml(G, base):
            stream.write(line + "\n")


def _csv_rows(rows: Iterable[Sequence]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        writer.writerow(row)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def generate_csv_nodes(G: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Iterator[str]:
    """``nodes.csv``: ``Id, Label, kind, iri`` and the common attributes, one row per node, sorted by id."""
    def row(node):
        data = G.nodes[node]
        return (node, data.get("label", ""), str(data["kind"]), base + node,
                *(_scalar(data[c]) if data.get(c) not in (None, "", ()) else "" for c in _NODE_COLUMNS))
    yield from _csv_rows([("Id", "Label", "kind", "iri", *_NODE_COLUMNS), *map(row, sorted(G))])


def generate_csv_edges(G: nx.MultiDiGraph) -> Iterator[str]:
    """``edges.csv``: ``Source, Target, Type, kind, Weight`` and the authorship position, sorted."""
    def row(edge):
        a, b, kind, data = edge
        weight = data.get("weight", len(data.get("mentions", ())) or 1)
        return (a, b, "Undirected" if kind in _UNDIRECTED else "Directed", str(kind), weight,
                *(data.get(c, "") for c in _EDGE_COLUMNS))
    yield from _csv_rows([("Source", "Target", "Type", "kind", "Weight", *_EDGE_COLUMNS), *map(row, _sorted_edges(G))])


def write_csv_tables(G: nx.MultiDiGraph, nodes_path: str | Path, edges_path: str | Path,
                     base: str = DEFAULT_BASE) -> None:
    """Write ``nodes.csv`` and ``edges.csv`` (atomically)."""
    with atomic_output(nodes_path, "w") as stream:
        stream.writelines(generate_csv_nodes(G, base))
    with atomic_output(edges_path, "w") as stream:
        stream.writelines(generate_csv_edges(G))


# --- all at once ------------------------------------------------------------

EXPORT_FILES = ("graph.jsonld", "graph.nq", "graph.trig", "graph.graphml", "nodes.csv", "edges.csv")


def write_exports(G: nx.MultiDiGraph, lines: Sequence[str], out_dir: str | Path,
                  base: str = DEFAULT_BASE) -> tuple[Path, ...]:
    """Write every export of ``G`` into ``out_dir``; return the paths written (in :data:`EXPORT_FILES` order).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The graph of :func:`kg.graph.build_graph`.
    lines : sequence of str
        Its N-Triples lines, from :func:`kg.rdf.graph_lines` (already computed for ``graph.nt``).
    out_dir : path
        The build's output folder.
    base : str
        The base IRI the lines were written with.
    """
    out = Path(out_dir)
    paths = tuple(out / name for name in EXPORT_FILES)
    write_jsonld(lines, paths[0], base)
    quads = graph_quads(G, base)
    write_nquads(quads, paths[1])
    write_trig(quads, paths[2])
    del quads
    write_graphml(G, paths[3], base)
    write_csv_tables(G, paths[4], paths[5], base)
    return paths
