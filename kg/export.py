"""The graph in every other format a user may want: JSON-LD, N-Quads/TriG, GraphML, CSV tables.

Each format has ``generate_X`` (pure: yields text) and ``write_X`` (writes a file
atomically), as in networkx's ``readwrite``; :func:`write_exports` writes them all,
or the :class:`ExportFormat` subset asked for.

Every writer streams: the RDF exports read ``graph.nt`` line by line and the
others walk ``G``, so no export holds a second copy of the graph in memory.

* **JSON-LD** (``graph.jsonld``): compact, with an ``@context`` of the
  vocabularies' prefixes and ``@base`` = the graph's base IRI, one node object
  per subject. Written from the N-Triples lines by string work (rdflib's
  JSON-LD serialiser would first load every triple into its memory store); the
  lines of one subject are contiguous in ``graph.nt``.
* **N-Quads and TriG** (``graph.nq``, ``graph.trig``): one named graph per input
  file, holding what :func:`kg.rdf.graph_quads` puts there. Both list the
  named graphs sorted by IRI, then the default graph, each graph's triples in
  ``graph.nt`` order; TriG writes each named graph as a ``<graph> { … }``
  block of N-Triples statements.
* **GraphML** (``graph.graphml``): for Gephi and other graph viewers; node and
  edge attributes flattened to strings and numbers (see :func:`flat_graph`).
* **CSV** (``nodes.csv``, ``edges.csv``): Gephi's spreadsheet import columns
  (``Id``, ``Label``; ``Source``, ``Target``, ``Type``, ``Weight``) plus kg's own.

Every output has a canonical order, so two builds of the same input are
byte-identical and no output depends on the order of the input files.

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
import re
import tempfile
from array import array
from contextlib import ExitStack
from collections.abc import Iterable, Iterator, Sequence
from enum import StrEnum
from itertools import islice
from pathlib import Path

import networkx as nx
import numpy as np

from kg.model import EdgeKind, Mention
from kg.output import atomic_output
from kg.rdf import DEFAULT_BASE, TripleWriter, emit
from kg.vocab import PREFIXES, RDF, XSD

_UNDIRECTED = {EdgeKind.COAUTHOR}
_RDF_TYPE, _XSD_STRING = str(RDF.type), str(XSD.string)
_NODE_COLUMNS = ("name", "year", "date", "doi", "arxiv", "url")
_EDGE_COLUMNS = ("position", "written_as")


class ExportFormat(StrEnum):
    """The exports :func:`write_exports` can write; each names the files it makes (:data:`FORMAT_FILES`)."""

    JSONLD = "jsonld"
    NQUADS = "nq"
    TRIG = "trig"
    GRAPHML = "graphml"
    CSV = "csv"


ALL_FORMATS = tuple(ExportFormat)
FORMAT_FILES = {ExportFormat.JSONLD: ("graph.jsonld",), ExportFormat.NQUADS: ("graph.nq",),
                ExportFormat.TRIG: ("graph.trig",), ExportFormat.GRAPHML: ("graph.graphml",),
                ExportFormat.CSV: ("nodes.csv", "edges.csv")}
EXPORT_FILES = tuple(name for names in FORMAT_FILES.values() for name in names)


# --- reading N-Triples lines ------------------------------------------------

_UNESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
_ECHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape_match(match: re.Match) -> str:
    code = match[1] or match[2]
    return chr(int(code, 16)) if code else _ECHARS.get(match[3], match[3])


def _unescape(text: str) -> str:
    """Undo N-Triples' string escapes (``\\n``, ``\\"``, ``\\u00e9``, …)."""
    return _UNESCAPE.sub(_unescape_match, text) if "\\" in text else text


def _split_line(line: str) -> tuple[str, str, str] | None:
    """Subject, predicate and object text of one canonical N-Triples line (``None`` for a blank or comment line).

    Canonical means what :mod:`kg.rdf` and Oxigraph write: one space between the
    terms and `` .`` at the end.

    Examples
    --------
    >>> _split_line('<http://x/a> <http://x/p> "a b ." .\\n')
    ('<http://x/a>', '<http://x/p>', '"a b ."')
    """
    if not line or line[0] in "#\n\r":
        return None
    subject, predicate, rest = line.split(" ", 2)
    return subject, predicate, rest.rstrip()[:-1].rstrip()


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
        if not vocab and value.startswith(self.base) and _safe_relative(value[len(self.base):]):
            return value[len(self.base):]
        compact = self.cache.get(value)
        if compact is not None:
            return compact
        compact = value
        for namespace, prefix in self.prefixes:
            local = value[len(namespace):]
            if value.startswith(namespace) and local and local.replace("_", "a").replace("-", "a").isalnum():
                compact = f"{prefix}:{local}"
                break
        if len(self.cache) < 100_000:
            self.cache[value] = compact
        return compact


def _safe_relative(path: str) -> bool:
    return bool(path) and ":" not in path and not path.startswith(("/", "?", "#", "."))


def _jsonld_value(term: str, compact: _Compactor):
    if term[0] == "<":
        return {"@id": compact(_unescape(term[1:-1]))}
    if term[0] == "_":
        return {"@id": term}
    if term[-1] == '"':
        return _unescape(term[1:-1])
    end = term.rfind('"')
    value, suffix = _unescape(term[1:end]), term[end + 1:]
    if suffix[0] == "@":
        return {"@value": value, "@language": suffix[1:]}
    datatype = _unescape(suffix[3:-1])
    if datatype == _XSD_STRING:
        return value
    return {"@value": value, "@type": compact(datatype, vocab=True)}


_TYPE_TERM = f"<{_RDF_TYPE}>"
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def generate_jsonld(lines: Iterable[str], base: str = DEFAULT_BASE) -> Iterator[str]:
    """Compact JSON-LD of N-Triples ``lines``, one node object per line of text.

    ``lines`` may be any iterable, an open ``graph.nt`` included: they are read
    once, in order. Each run of lines with one subject becomes one node object,
    so the lines of a subject should be contiguous (a subject split over two
    runs gives two node objects with the same ``@id``, which JSON-LD merges).

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
    keys: dict[str, str] = {_TYPE_TERM: "@type"}  # predicate term -> its JSON key
    types: dict[str, str] = {}  # class term -> its compact name
    context = json.dumps(jsonld_context(base), indent=1, ensure_ascii=False)
    yield '{"@context":' + context + ',\n"@graph":[\n'
    subject, node, separator = None, {}, ""
    for line in lines:
        if line[0] not in "<_":  # a blank line or a comment
            continue
        term, predicate, rest = line.split(" ", 2)
        obj = rest[:-3] if rest.endswith(" .\n") else rest.rstrip()[:-1].rstrip()
        if term != subject:
            if subject is not None:
                yield separator + _JSON(node)
                separator = ",\n"
            subject = term
            node = {"@id": compact(_unescape(term[1:-1])) if term[0] == "<" else term}
        key = keys.get(predicate)
        if key is None:
            key = keys[predicate] = compact(_unescape(predicate[1:-1]), vocab=True)
        if key == "@type" and obj[0] == "<":
            value = types.get(obj)
            if value is None:
                value = types[obj] = compact(_unescape(obj[1:-1]), vocab=True)
        else:
            if key == "@type":  # rdf:type with a literal value: an ordinary property
                key = compact(_RDF_TYPE, vocab=True)
            value = _jsonld_value(obj, compact)
        previous = node.get(key)
        if previous is None:
            node[key] = value
        elif type(previous) is list:
            previous.append(value)
        else:
            node[key] = [previous, value]
    if subject is not None:
        yield separator + _JSON(node)
    yield "\n]}\n"


def write_jsonld(nt_path: str | Path, path: str | Path, base: str = DEFAULT_BASE) -> None:
    """Write the compact JSON-LD of the N-Triples file ``nt_path`` to ``path`` (atomically), streaming."""
    with open(nt_path, encoding="utf-8", newline="") as lines, atomic_output(path, "w") as stream:
        stream.writelines(generate_jsonld(lines, base))


# --- N-Quads and TriG ---------------------------------------------------------

class _GraphSets(TripleWriter):
    """Replays :mod:`kg.rdf`'s triples recording only, for each, a hash of its line and the graphs it goes in.

    The same walk over ``G`` as :func:`kg.rdf.graph_quads`, but a triple costs a
    64-bit hash, and the set of graphs is recorded once per run of triples that
    share it, instead of one text line per triple and graph.
    """

    def __init__(self, base: str, salt: str):
        super().__init__(base, quads=True)
        self.hashes = array("q")
        self.run_starts = array("q")
        self.run_sets = array("i")
        self.sets: list[frozenset[str]] = [frozenset()]
        self._set_index: dict[frozenset[str], int] = {frozenset(): 0}
        self._current: tuple[str, ...] | None = None
        self._append = self.hashes.append
        self._salt = salt

    def add(self, subject: str, predicate: str, obj: str) -> None:
        if self.graphs is not self._current:
            self._current = self.graphs
            self.run_starts.append(len(self.hashes))
            self.run_sets.append(self._intern(frozenset(self.graphs)))
        self._append(hash(f"{subject} {predicate} {obj} .\n{self._salt}"))

    def _intern(self, graphs: frozenset[str]) -> int:
        number = self._set_index.get(graphs)
        if number is None:
            number = self._set_index[graphs] = len(self.sets)
            self.sets.append(graphs)
        return number

    def table(self) -> tuple[np.ndarray, np.ndarray]:
        """The distinct line hashes, sorted, and the number of the set of graphs of each (all its graphs, united)."""
        hashes = np.frombuffer(self.hashes, dtype=np.int64)
        starts = np.frombuffer(self.run_starts, dtype=np.int64)
        set_ids = np.repeat(np.frombuffer(self.run_sets, dtype=np.int32), np.diff(np.append(starts, len(hashes))))
        order = np.argsort(hashes, kind="stable")
        hashes, set_ids = hashes[order], set_ids[order]
        del order
        starts = np.flatnonzero(np.concatenate(([True], hashes[1:] != hashes[:-1])))
        merged = np.minimum.reduceat(set_ids, starts) if len(starts) else set_ids
        mixed = np.flatnonzero(merged != np.maximum.reduceat(set_ids, starts)) if len(starts) else starts
        ends = np.append(starts[1:], len(hashes))
        for group in mixed.tolist():
            union = frozenset().union(*(self.sets[n] for n in set(set_ids[starts[group]:ends[group]].tolist())))
            merged[group] = self._intern(union)
        return hashes[starts], merged


class _Collision(Exception):
    """Two lines of ``graph.nt`` have the same hash."""


def _lookup(known: np.ndarray, hashes: np.ndarray) -> np.ndarray:
    """Where each of ``hashes`` is in the sorted ``known`` (searching in sorted order: far fewer cache misses)."""
    order = np.argsort(hashes)
    where = np.empty_like(order)
    where[order] = np.minimum(np.searchsorted(known, hashes[order]), max(len(known) - 1, 0))
    return where


class _QuadOutput:
    """Where the lines of each graph go: N-Quads and/or TriG text for one graph, in order."""

    def __init__(self, graph: str | None, nquads, trig):
        self.graph, self.nquads, self.trig = graph, nquads, trig
        self.tail = f" {graph} .\n"

    def open(self) -> None:
        if self.trig and self.graph:
            self.trig.write(f"{self.graph} {{\n")

    def write(self, lines: list[str]) -> None:
        if self.nquads:
            # the final " ." off each line (a statement's last term never ends in a dot)
            self.nquads.writelines([line.rstrip(" \t.\r\n") + self.tail for line in lines] if self.graph else lines)
        if self.trig:
            self.trig.writelines(["\t" + line for line in lines] if self.graph else lines)

    def close(self) -> None:
        if self.trig and self.graph:
            self.trig.write("}\n")


def _write_quads(G, nt_path: Path, base: str, nquads, trig, folder: Path, salt: str) -> None:
    replay = _GraphSets(base, salt)
    emit(G, replay)
    known, set_of = replay.table()
    del replay.hashes
    graphs: list[str | None] = [*sorted({graph for graphs in replay.sets for graph in graphs}), None]
    position = {graph: index for index, graph in enumerate(graphs)}
    targets = [sorted(position[graph] for graph in graphs) or [len(graphs) - 1] for graphs in replay.sets]
    # The first graph goes straight into the output; the others wait in files until it is complete.
    spooled = [folder / f"{index}.nt" for index in range(len(graphs))]
    buffers: list[list[str]] = [[] for _ in graphs]
    first = _QuadOutput(graphs[0], nquads, trig)
    first.open()
    count = 0
    with open(nt_path, encoding="utf-8", newline="") as stream:
        while chunk := list(islice(stream, 100_000)):
            count += len(chunk)
            hashes = np.fromiter(map(hash, (line + salt for line in chunk) if salt else chunk), np.int64, len(chunk))
            where = _lookup(known, hashes)
            if not len(known) or not np.array_equal(known[where], hashes):
                raise ValueError(f"{nt_path} has triples the graph does not make: is it the graph.nt of G?")
            sets = set_of[where]
            numbers = np.unique(sets).tolist()
            groups = [(numbers[0], chunk)] if len(numbers) == 1 else \
                [(number, [chunk[i] for i in np.flatnonzero(sets == number).tolist()]) for number in numbers]
            for number, lines in groups:
                for target in targets[number]:
                    buffers[target].extend(lines)
            first.write(buffers[0])
            buffers[0].clear()
            for path, buffer in zip(spooled[1:], buffers[1:]):
                if buffer:
                    with open(path, "a", encoding="utf-8", newline="") as spool:
                        spool.writelines(buffer)
                    buffer.clear()
    if count > len(known):
        raise _Collision
    if count < len(known):
        raise ValueError(f"{nt_path} lacks {len(known) - count} triple(s) of the graph: is it the graph.nt of G?")
    first.close()
    for graph, path in zip(graphs[1:], spooled[1:]):
        if path.exists():
            output = _QuadOutput(graph, nquads, trig)
            output.open()
            with open(path, encoding="utf-8", newline="") as lines:
                while chunk := list(islice(lines, 100_000)):
                    output.write(chunk)
            output.close()


def write_quads(G: nx.MultiDiGraph, nt_path: str | Path, nquads_path: str | Path | None = None,
                trig_path: str | Path | None = None, base: str = DEFAULT_BASE) -> None:
    """Write ``graph.nq`` and/or ``graph.trig``: the triples of ``nt_path`` in one named graph per input file.

    A triple is in the graphs :func:`kg.rdf.graph_quads` puts it in; ``nt_path``
    must be the N-Triples of ``G`` written with ``base`` (a line the graph does
    not make raises :class:`ValueError`). Named graphs come sorted by IRI, then
    the default graph; each graph's triples in ``graph.nt`` order. TriG has one
    ``<graph> { … }`` block of N-Triples statements per named graph.

    Memory stays small: the graphs of each triple are found by replaying the
    triples of ``G`` keeping only a hash of each line, and the lines of all but
    the first graph wait in temporary files beside the output.
    """
    out = Path(nquads_path or trig_path).parent
    out.mkdir(parents=True, exist_ok=True)
    for salt in ("", "\0", "\0\0"):
        try:
            with ExitStack() as stack:
                folder = Path(stack.enter_context(tempfile.TemporaryDirectory(dir=out, prefix=".quads-")))
                nquads = stack.enter_context(atomic_output(nquads_path, "w")) if nquads_path else None
                trig = stack.enter_context(atomic_output(trig_path, "w")) if trig_path else None
                _write_quads(G, Path(nt_path), base, nquads, trig, folder, salt)
            return
        except _Collision:  # a 1-in-a-million chance; hash the lines differently
            continue
    raise ValueError(f"{nt_path}: could not tell its lines apart by hash")


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


def _flat(data: dict) -> dict:
    return {key: _scalar(value) for key, value in sorted(data.items()) if value not in (None, (), "")}


def flat_graph(G: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> nx.MultiDiGraph:
    """A copy of ``G`` with nodes and edges sorted and every attribute a string or number.

    Tuples become ``"; "``-joined strings; an edge's tuple of mentions becomes
    its count (``mentions``); each node gets its ``iri``. This is what
    :func:`generate_graphml` writes (without making the copy).
    """
    H = nx.MultiDiGraph()
    for node in sorted(G):
        H.add_node(node, **_flat(G.nodes[node]), iri=base + node)
    for a, b, kind, data in _sorted_edges(G):
        H.add_edge(a, b, key=str(kind), **{**_flat(data), "kind": str(kind)})
    return H


_XML_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;",
                           **{chr(c): None for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)},
                           "\ufffe": None, "\uffff": None})
_XML_ATTRIBUTE = str.maketrans({**_XML_TEXT, '"': "&quot;", "\n": "&#10;", "\t": "&#9;"})
_SURROGATES = re.compile("[\ud800-\udfff]")
_XML_SPECIAL = re.compile('[&<>"\x00-\x1f\ud800-\udfff\ufffe\uffff]')


def _xml(text: str, table: dict = _XML_TEXT) -> str:
    """``text`` escaped for XML; characters XML 1.0 cannot hold at all are dropped.

    Examples
    --------
    >>> _xml('a < b & "c"\\x0b'), _xml('"x"\\ny', _XML_ATTRIBUTE)
    ('a &lt; b &amp; "c"', '&quot;x&quot;&#10;y')
    """
    if _XML_SPECIAL.search(text) is None:  # most values: nothing to escape
        return text
    text = text.translate(table)
    return _SURROGATES.sub("", text) if not text.isascii() and _SURROGATES.search(text) else text


_EMPTY = (None, (), "")


def _graphml_type(value) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, tuple | list):
        return _graphml_type(_scalar(value))
    return "string"


def _graphml_text(value) -> str:
    kind = type(value)
    if kind is str:
        return _xml(value)
    if kind is int or kind is float:
        return str(value)
    value = _scalar(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if isinstance(value, int | float) else _xml(value)


def _widest(types: set[str]) -> str:
    if len(types) == 1:
        return next(iter(types))
    if "string" in types or "boolean" in types:
        return "string"
    return "double" if "double" in types else "long"


def _graphml_keys(scope: str, items: Iterable[dict], taken: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Each attribute name of ``items``: its key id (``edge_`` + name when ``taken`` has the name) and widest type."""
    types: dict[str, set] = {}
    for data in items:
        for key, value in data.items():
            if value not in _EMPTY:
                kind = type(value)
                types.setdefault(key, set()).add(kind if kind in (str, int, float) else _graphml_type(value))
    names = {str: "string", int: "long", float: "double"}
    return {key: (_xml(f"{scope}_{key}" if key in taken else key, _XML_ATTRIBUTE),
                  _widest({names.get(kind, kind) for kind in kinds})) for key, kinds in sorted(types.items())}


def generate_graphml(G: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Iterator[str]:
    """GraphML of ``G`` for Gephi: the attributes of :func:`flat_graph`, nodes and edges sorted, streamed.

    One ``<key>`` per node attribute and per edge attribute (``attr.name`` is
    the attribute's name; ``attr.type`` the widest type of its values: ``long``,
    ``double``, ``boolean`` or ``string``); key ids are the names, an edge key
    sharing its name with a node key gets ``edge_`` in front. A node's data are
    its attributes sorted by name, then ``iri``; an edge's are ``kind``, then
    its attributes sorted by name. Edges have ids ``e0``, ``e1``, … in sorted
    order. Characters XML cannot hold are dropped from values.

    Examples
    --------
    >>> from kg.model import NodeKind
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("venue/a&b", kind=NodeKind.VENUE, label="A&B", name="A&B")
    >>> _ = G.add_edge("venue/a&b", "venue/a&b", key=EdgeKind.VARIANT_OF)
    >>> print("".join(generate_graphml(G, "http://x/")), end="")  # doctest: +ELLIPSIS
    <?xml version='1.0' encoding='utf-8'?>
    <graphml ...>
      <key id="iri" for="node" attr.name="iri" attr.type="string" />
      <key id="kind" for="node" attr.name="kind" attr.type="string" />
      <key id="label" for="node" attr.name="label" attr.type="string" />
      <key id="name" for="node" attr.name="name" attr.type="string" />
      <key id="edge_kind" for="edge" attr.name="kind" attr.type="string" />
      <graph edgedefault="directed">
        <node id="venue/a&amp;b">
          <data key="kind">venue</data>
          <data key="label">A&amp;B</data>
          <data key="name">A&amp;B</data>
          <data key="iri">http://x/venue/a&amp;b</data>
        </node>
        <edge id="e0" source="venue/a&amp;b" target="venue/a&amp;b">
          <data key="edge_kind">variant_of</data>
        </edge>
      </graph>
    </graphml>
    """
    nodes = sorted(G)
    edges = _sorted_edges(G)
    node_keys = _graphml_keys("node", (*(G.nodes[node] for node in nodes), {"iri": ""}), {})
    node_keys["iri"] = ("iri", "string")
    node_keys = dict(sorted(node_keys.items()))
    edge_keys = _graphml_keys("edge", (*(edge[3] for edge in edges), {"kind": "string"}), node_keys)
    yield "<?xml version='1.0' encoding='utf-8'?>\n"
    yield ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    for scope, keys in (("node", node_keys), ("edge", edge_keys)):
        for name, (key, kind) in keys.items():
            yield f'  <key id="{key}" for="{scope}" attr.name="{_xml(name, _XML_ATTRIBUTE)}" attr.type="{kind}" />\n'
    yield '  <graph edgedefault="directed">\n'
    node_data = {name: f'      <data key="{key}">' for name, (key, _) in node_keys.items()}
    edge_data = {name: f'      <data key="{key}">' for name, (key, _) in edge_keys.items()}
    for node in nodes:
        yield "".join((f'    <node id="{_xml(node, _XML_ATTRIBUTE)}">\n',
                       *(f"{node_data[key]}{_graphml_text(value)}</data>\n"
                         for key, value in sorted(G.nodes[node].items()) if value not in _EMPTY and key != "iri"),
                       f"{node_data['iri']}{_xml(base + node)}</data>\n    </node>\n"))
    for number, (a, b, kind, data) in enumerate(edges):
        yield "".join((f'    <edge id="e{number}" source="{_xml(a, _XML_ATTRIBUTE)}" target="{_xml(b, _XML_ATTRIBUTE)}">\n'
                       f"{edge_data['kind']}{_xml(str(kind))}</data>\n",
                       *(f"{edge_data[key]}{_graphml_text(value)}</data>\n"
                         for key, value in sorted(data.items()) if value not in _EMPTY and key != "kind"),
                       "    </edge>\n"))
    yield "  </graph>\n</graphml>\n"


def write_graphml(G: nx.MultiDiGraph, path: str | Path, base: str = DEFAULT_BASE) -> None:
    """Write the GraphML of ``G`` to ``path`` (atomically), streaming."""
    with atomic_output(path, "w") as stream:
        stream.writelines(generate_graphml(G, base))


def _csv_rows(rows: Iterable[Sequence]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        writer.writerow(row)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def _node_rows(G: nx.MultiDiGraph, base: str) -> Iterator[Sequence]:
    yield ("Id", "Label", "kind", "iri", *_NODE_COLUMNS)
    for node in sorted(G):
        data = G.nodes[node]
        yield (node, data.get("label", ""), str(data["kind"]), base + node,
               *(_scalar(data[c]) if data.get(c) not in (None, "", ()) else "" for c in _NODE_COLUMNS))


def _edge_rows(G: nx.MultiDiGraph) -> Iterator[Sequence]:
    yield ("Source", "Target", "Type", "kind", "Weight", *_EDGE_COLUMNS)
    for a, b, kind, data in _sorted_edges(G):
        weight = data.get("weight", len(data.get("mentions", ())) or 1)
        yield (a, b, "Undirected" if kind in _UNDIRECTED else "Directed", str(kind), weight,
               *(data.get(c, "") for c in _EDGE_COLUMNS))


def generate_csv_nodes(G: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Iterator[str]:
    """``nodes.csv``: ``Id, Label, kind, iri`` and the common attributes, one row per node, sorted by id."""
    yield from _csv_rows(_node_rows(G, base))


def generate_csv_edges(G: nx.MultiDiGraph) -> Iterator[str]:
    """``edges.csv``: ``Source, Target, Type, kind, Weight`` and the authorship position, sorted."""
    yield from _csv_rows(_edge_rows(G))


def write_csv_tables(G: nx.MultiDiGraph, nodes_path: str | Path, edges_path: str | Path,
                     base: str = DEFAULT_BASE) -> None:
    """Write ``nodes.csv`` and ``edges.csv`` (atomically)."""
    with atomic_output(nodes_path, "w") as stream:
        csv.writer(stream, lineterminator="\n").writerows(_node_rows(G, base))
    with atomic_output(edges_path, "w") as stream:
        csv.writer(stream, lineterminator="\n").writerows(_edge_rows(G))


# --- all at once ------------------------------------------------------------

def write_exports(G: nx.MultiDiGraph, nt_path: str | Path, out_dir: str | Path, base: str = DEFAULT_BASE,
                  formats: Iterable[ExportFormat | str] = ALL_FORMATS) -> tuple[Path, ...]:
    """Write the exports of ``G`` into ``out_dir``; return the paths written (in :data:`EXPORT_FILES` order).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The graph of :func:`kg.graph.build_graph`.
    nt_path : path
        Its N-Triples file, ``graph.nt`` (lines of :func:`kg.rdf.graph_lines`, written with ``base``).
    out_dir : path
        The build's output folder.
    base : str
        The base IRI the N-Triples were written with.
    formats : iterable of ExportFormat or str
        Which exports to write (``"jsonld"``, ``"nq"``, ``"trig"``, ``"graphml"``, ``"csv"``); all by default.

    Raises
    ------
    ValueError
        For a format that is not an :class:`ExportFormat`, or an ``nt_path`` that is not the N-Triples of ``G``.
    """
    chosen = set()
    for name in formats:
        try:
            chosen.add(ExportFormat(name))
        except ValueError:
            raise ValueError(f"unknown export format {name!r}; known: {', '.join(ALL_FORMATS)}") from None
    out = Path(out_dir)
    path = {name: out / name for name in EXPORT_FILES}
    if ExportFormat.JSONLD in chosen:
        write_jsonld(nt_path, path["graph.jsonld"], base)
    if chosen & {ExportFormat.NQUADS, ExportFormat.TRIG}:
        write_quads(G, nt_path, path["graph.nq"] if ExportFormat.NQUADS in chosen else None,
                    path["graph.trig"] if ExportFormat.TRIG in chosen else None, base)
    if ExportFormat.GRAPHML in chosen:
        write_graphml(G, path["graph.graphml"], base)
    if ExportFormat.CSV in chosen:
        write_csv_tables(G, path["nodes.csv"], path["edges.csv"], base)
    return tuple(path[name] for format_ in ALL_FORMATS if format_ in chosen for name in FORMAT_FILES[format_])
