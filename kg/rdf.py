"""The knowledge graph as RDF in scholarly vocabularies (SPAR, DCTERMS, FOAF, PROV, SKOS, schema.org).

Triples are generated as N-Triples lines with plain string formatting (rdflib's
in-memory graph is far too slow at the size of the ACL Anthology), sorted, so
two builds of the same input give byte-identical files. Turtle and the other
serialisations are written by Oxigraph from those lines.

The node ``paper/x`` of the graph becomes the IRI ``<base>paper/x``. Every
input file becomes a resource ``<base>source/<file-slug>`` (a ``kg:SourceFile``)
which is also the name of the graph holding what that file contributed (see
:func:`graph_quads`).

Examples
--------
>>> literal('say "hi"\\n')
'"say \\\\"hi\\\\"\\\\n"'
>>> literal("2024-06", XSD.gYearMonth)
'"2024-06"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>'
>>> iri("https://github.com/a/b.git{https://github.com/a/b}")
'<https://github.com/a/b.git%7Bhttps://github.com/a/b%7D>'
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import networkx as nx
import pyoxigraph

from kg.output import atomic_output
from kg.model import EdgeKind, Mention, NodeKind, Role
from kg.vocab import (CITO, DCMITYPE, DCTERMS, FABIO, FOAF, KG, ORG, PREFIXES, PRISM, PRO, PROV, RDF, RDFS, SDO,
                      SKOS, XSD)

DEFAULT_BASE = "https://w3id.org/kg/id/"
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})
# Characters N-Triples forbids inside an IRI, percent-encoded (RFC 3987 §3.1).
_IRI_ESCAPES = str.maketrans({c: f"%{ord(c):02X}" for c in '<>"{}|^`\\ ' + "".join(map(chr, range(0x20)))})
_DATE_TYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear, "month_day": XSD.gMonthDay}
_ENTRY_TYPES = {"article": FABIO.JournalArticle, "inproceedings": FABIO.ConferencePaper,
                "incollection": FABIO.BookChapter, "book": FABIO.Book, "phdthesis": FABIO.Thesis,
                "mastersthesis": FABIO.Thesis, "techreport": FABIO.ReportDocument, "preprint": FABIO.Preprint,
                "posted-content": FABIO.Preprint, "proceedings-article": FABIO.ConferencePaper,
                "journal-article": FABIO.JournalArticle, "book-chapter": FABIO.BookChapter}


def iri(value: str) -> str:
    """An N-Triples IRI term; characters an IRI may not hold are percent-encoded."""
    return f"<{value.translate(_IRI_ESCAPES)}>"


def literal(value: object, datatype: str | None = None, language: str | None = None) -> str:
    """An N-Triples literal term, escaped; ``datatype`` or ``language`` when given."""
    text = f'"{str(value).translate(_ESCAPES)}"'
    if language:
        return f"{text}@{language}"
    if datatype:
        return f"{text}^^<{datatype}>"
    return text


def integer(value: int) -> str:
    return literal(value, XSD.integer)


class TripleWriter:
    """Collects N-Triples lines (or N-Quads lines, with ``quads=True``) for one graph.

    ``graphs`` holds the IRI terms of the named graphs the next triples belong
    to; with ``quads=True`` each triple is written once per graph (once into
    the default graph when ``graphs`` is empty).
    """

    def __init__(self, base: str, quads: bool = False):
        self.base = base
        self.quads = quads
        self.graphs: tuple[str, ...] = ()
        self.lines: list[str] = []

    def node(self, node_id: str) -> str:
        return f"<{self.base}{node_id}>"

    def add(self, subject: str, predicate: str, obj: str) -> None:
        if self.quads and self.graphs:
            self.lines.extend(f"{subject} <{predicate}> {obj} {graph} .\n" for graph in self.graphs)
        else:
            self.lines.append(f"{subject} <{predicate}> {obj} .\n")

    def add_optional(self, subject: str, predicate: str, value: object, make: Callable[[object], str] = literal) -> None:
        if value not in (None, "", ()):
            self.add(subject, predicate, make(value))

    def source_file(self, path: str) -> str:
        """The IRI term of input file ``path`` (also the name of its graph)."""
        return self.node("source/" + _path_slug(path))


# --- nodes -----------------------------------------------------------------

def source_path(source: str) -> str:
    """The input file of a ``path:line [record]`` source string.

    Examples
    --------
    >>> source_path("seeds/000_x.txt:12"), source_path("refs.bib:3 [vaswani2017]"), source_path("a.json")
    ('seeds/000_x.txt', 'refs.bib', 'a.json')
    """
    where = source.partition(" [")[0]
    path, _, line = where.rpartition(":")
    return path if path and line.isdigit() else where


def _source_file(out: TripleWriter, path: str) -> str:
    node = out.source_file(path)
    graphs, out.graphs = out.graphs, (node,)
    out.add(node, RDF.type, iri(KG.SourceFile))
    out.add(node, RDF.type, iri(PROV.Entity))
    out.add(node, KG.sourceFile, literal(path))
    out.add(node, RDFS.label, literal(path))
    out.graphs = graphs
    return node


def _record_node(out: TripleWriter, source: str) -> str:
    path = source_path(source)
    where = source.partition(" [")[0]
    line = where[len(path) + 1:]
    record = out.node("record/" + _path_slug(source))
    graphs, out.graphs = out.graphs, (out.source_file(path),)
    out.add(record, RDF.type, iri(KG.SourceRecord))
    out.add(record, RDF.type, iri(PROV.Entity))
    out.add(record, KG.sourceFile, literal(path))
    out.add(record, PROV.wasDerivedFrom, out.source_file(path))
    out.add(record, RDFS.label, literal(source))
    if line:
        out.add(record, KG.line, integer(int(line)))
    if " [" in source:
        out.add(record, KG.recordKey, literal(source.partition(" [")[2].rstrip("]")))
    out.graphs = graphs
    return record


def _path_slug(source: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "-" for c in source).strip("-")


def _paper(out: TripleWriter, node: str, data: dict) -> None:
    s = out.node(node)
    out.add(s, RDF.type, iri(FABIO.Expression))
    out.add(s, RDF.type, iri(SDO.ScholarlyArticle))
    if subtype := _ENTRY_TYPES.get((data.get("entry_type") or "").lower()):
        out.add(s, RDF.type, iri(subtype))
    out.add(s, DCTERMS.title, literal(data["title"]))
    out.add(s, RDFS.label, literal(data["title"]))
    out.add_optional(s, DCTERMS.abstract, data.get("abstract"), lambda v: literal(v, language="en"))
    if data.get("date"):
        out.add(s, PRISM.publicationDate, literal(data["date"], _DATE_TYPES[data["date_precision"]]))
    out.add_optional(s, FABIO.hasPublicationYear, data.get("year"), lambda v: literal(f"{v:04d}", XSD.gYear))
    out.add_optional(s, PRISM.doi, data.get("doi"))
    out.add_optional(s, KG.arxivId, data.get("arxiv"))
    out.add_optional(s, KG.openalexId, data.get("openalex"))
    for key in data.get("bibtex_keys", ()):
        out.add(s, KG.bibtexKey, literal(key))
    out.add_optional(s, KG.authorCount, data.get("author_count"), integer)
    out.add_optional(s, KG.upvotes, data.get("upvotes"), integer)
    out.add_optional(s, PRISM.publicationName, data.get("venue"))
    for keyword in data.get("keywords", ()):
        out.add(s, PRISM.keyword, literal(keyword))
    for url in data.get("urls", ()):
        out.add(s, RDFS.seeAlso, iri(url))
    for source in data.get("sources", ()):
        out.add(s, PROV.wasDerivedFrom, _record_node(out, source))
        out.add(s, PROV.wasDerivedFrom, _source_file(out, source_path(source)))


def _person(out: TripleWriter, node: str, data: dict) -> None:
    s = out.node(node)
    out.add(s, RDF.type, iri(FOAF.Person))
    out.add(s, FOAF.name, literal(data["name"]))
    out.add(s, RDFS.label, literal(data["label"]))
    for variant in data.get("variants", ()):
        if variant != data["name"]:
            out.add(s, SKOS.altLabel, literal(variant))
    out.add_optional(s, SDO.identifier, data.get("orcid"), lambda v: iri(f"https://orcid.org/{v}"))
    for reason in data.get("evidence", ()):
        out.add(s, KG.evidence, literal(reason))


def _collection(out: TripleWriter, node: str, data: dict) -> None:
    s = out.node(node)
    out.add(s, RDF.type, iri(DCMITYPE.Collection))
    out.add(s, RDF.type, iri(SDO.Collection))
    out.add(s, DCTERMS.title, literal(data["name"]))
    out.add(s, RDFS.label, literal(data["name"]))
    out.add_optional(s, DCTERMS.description, data.get("description"))
    out.add_optional(s, PROV.wasDerivedFrom, data.get("source"), lambda v: _source_file(out, v))


def _organisation(out: TripleWriter, node: str, data: dict) -> None:
    s = out.node(node)
    out.add(s, RDF.type, iri(ORG.Organization))
    out.add(s, FOAF.name, literal(data["name"]))
    out.add(s, RDFS.label, literal(data["name"]))


def _code(out: TripleWriter, node: str, data: dict) -> None:
    s = out.node(node)
    out.add(s, RDF.type, iri(SDO.SoftwareSourceCode))
    out.add(s, SDO.codeRepository, iri(data["url"]))
    out.add(s, RDFS.label, literal(data["label"]))


def _method(out: TripleWriter, node: str, data: dict) -> None:
    s = out.node(node)
    out.add(s, RDF.type, iri(SKOS.Concept))
    out.add(s, SKOS.inScheme, iri(KG.methodScheme))
    out.add(s, SKOS.prefLabel, literal(data["name"]))
    out.add(s, RDFS.label, literal(data["name"]))
    for alias in data.get("aliases", ()):
        out.add(s, SKOS.altLabel, literal(alias))


def _dataset(out: TripleWriter, node: str, data: dict) -> None:
    s = out.node(node)
    out.add(s, RDF.type, iri(SDO.Dataset))
    out.add(s, SDO.name, literal(data["name"]))
    out.add(s, RDFS.label, literal(data["name"]))
    for alias in data.get("aliases", ()):
        out.add(s, SDO.alternateName, literal(alias))


def _venue(out: TripleWriter, node: str, data: dict) -> None:
    s = out.node(node)
    out.add(s, RDF.type, iri(KG.Venue))
    out.add(s, RDFS.label, literal(data["name"]))
    out.add(s, DCTERMS.title, literal(data["name"]))


_NODE_WRITERS = {NodeKind.PAPER: _paper, NodeKind.PERSON: _person, NodeKind.COLLECTION: _collection,
                 NodeKind.ORGANISATION: _organisation, NodeKind.CODE: _code, NodeKind.METHOD: _method,
                 NodeKind.DATASET: _dataset, NodeKind.VENUE: _venue}

# --- edges -----------------------------------------------------------------

_SIMPLE_EDGES = {EdgeKind.MEMBER_OF: DCTERMS.isPartOf, EdgeKind.AFFILIATED: SDO.sourceOrganization,
                 EdgeKind.HAS_CODE: KG.hasCode, EdgeKind.PUBLISHED_IN: KG.publishedIn,
                 EdgeKind.CITES: CITO.cites, EdgeKind.VARIANT_OF: KG.variantOf,
                 EdgeKind.POSSIBLY_SAME: KG.possiblySamePersonAs,
                 EdgeKind.PROPOSES_METHOD: KG.proposesMethod, EdgeKind.USES_METHOD: KG.usesMethod,
                 EdgeKind.PROPOSES_DATASET: KG.proposesDataset, EdgeKind.USES_DATASET: KG.usesDataset}


def _authored(out: TripleWriter, person: str, paper: str, data: dict) -> None:
    p, s = out.node(person), out.node(paper)
    role = out.node(f"{paper}/author/{data['position']}")
    out.add(s, DCTERMS.creator, p)
    out.add(role, RDF.type, iri(PRO.RoleInTime))
    out.add(role, PRO.withRole, iri(PRO.author))
    out.add(role, PRO.isHeldBy, p)
    out.add(role, PRO.relatesToDocument, s)
    out.add(p, PRO.holdsRoleInTime, role)
    out.add(role, KG.authorPosition, integer(data["position"]))
    out.add_optional(role, RDFS.label, data.get("written_as"))


def _coauthor(out: TripleWriter, a: str, b: str, data: dict) -> None:
    relation = out.node(f"coauthorship/{a.split('/', 1)[1]}--{b.split('/', 1)[1]}")
    out.add(out.node(a), KG.coauthorWith, out.node(b))
    out.add(out.node(b), KG.coauthorWith, out.node(a))
    out.add(relation, RDF.type, iri(KG.CoauthorRelation))
    out.add(relation, KG.coauthor, out.node(a))
    out.add(relation, KG.coauthor, out.node(b))
    out.add(relation, KG.sharedPapers, integer(data["weight"]))


def _mention(out: TripleWriter, paper: str, entity: str, index: int, mention: Mention) -> None:
    m = out.node(f"{paper}/mention/{entity}/{index}")
    out.add(m, RDF.type, iri(KG.Mention))
    out.add(m, RDF.type, iri(PROV.Entity))
    out.add(m, KG.inPaper, out.node(paper))
    out.add(m, KG.mentionOf, out.node(entity))
    out.add(m, KG.role, literal(mention.role.value))
    out.add(m, PROV.value, literal(mention.surface))
    out.add(m, KG.textField, literal(mention.evidence.field))
    out.add(m, KG.sentence, literal(mention.evidence.sentence))
    out.add(m, KG.startOffset, integer(mention.evidence.start))
    out.add(m, KG.endOffset, integer(mention.evidence.end))
    out.add(m, KG.rule, literal(mention.rule))
    out.add(m, KG.confidence, literal(f"{mention.confidence:.3f}", XSD.decimal))
    out.add(m, PROV.wasDerivedFrom, out.node(paper))


def _inferred(out: TripleWriter, citing: str, cited: str, data: dict) -> None:
    citation = out.node(f"inferred-citation/{citing.split('/', 1)[1]}--{cited.split('/', 1)[1]}")
    out.add(out.node(citing), KG.inferredCites, out.node(cited))
    out.add(citation, RDF.type, iri(CITO.Citation))
    out.add(citation, CITO.hasCitingEntity, out.node(citing))
    out.add(citation, CITO.hasCitedEntity, out.node(cited))
    for entity in data["via"]:
        out.add(citation, KG.via, out.node(entity))
    out.add(citation, PROV.wasGeneratedBy, literal("inferred: the citing paper uses what the cited paper proposes"))


def _emit(G: nx.MultiDiGraph, out: TripleWriter) -> None:
    files = _node_files(G) if out.quads else {}
    graphs = {path: out.source_file(path) for path in sorted({p for v in files.values() for p in v})}
    in_graphs = lambda paths: tuple(graphs[p] for p in paths)  # noqa: E731
    for node, data in G.nodes(data=True):
        out.graphs = in_graphs(files.get(node, ()))
        _NODE_WRITERS[data["kind"]](out, node, data)
    for a, b, kind, data in G.edges(keys=True, data=True):
        if out.quads:
            out.graphs = in_graphs(_edge_files(G, files, a, b, kind, data))
        if kind in _SIMPLE_EDGES:
            out.add(out.node(a), _SIMPLE_EDGES[kind], out.node(b))
        if kind is EdgeKind.AUTHORED:
            _authored(out, a, b, data)
        elif kind is EdgeKind.COAUTHOR:
            _coauthor(out, a, b, data)
        elif kind is EdgeKind.INFERRED_CITES:
            _inferred(out, a, b, data)
        for index, mention in enumerate(data.get("mentions", ())):
            _mention(out, a, b, index, mention)
    out.graphs = ()
    _scheme(out)


def graph_lines(G: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> list[str]:
    """Every triple of ``G`` as a sorted, de-duplicated list of N-Triples lines.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("venue/acl", kind=NodeKind.VENUE, label="ACL", name="ACL")
    >>> print("".join(graph_lines(G, "http://x/")[:3]), end="")
    <http://x/venue/acl> <http://purl.org/dc/terms/title> "ACL" .
    <http://x/venue/acl> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg/ns#Venue> .
    <http://x/venue/acl> <http://www.w3.org/2000/01/rdf-schema#label> "ACL" .
    """
    out = TripleWriter(base)
    _emit(G, out)
    return sorted(set(out.lines))


def graph_quads(G: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> list[str]:
    """Every triple of ``G`` as sorted N-Quads lines, in one named graph per input file.

    A triple goes into the graph of each input file that contributed to it: a
    paper's triples into the graphs of the files that describe the paper, a
    person's into the graphs of the files of their papers, a coauthorship into
    the graphs of the files of the shared papers, a method into the graphs of
    the files whose papers mention it. The graph's name is the file's
    ``kg:SourceFile`` resource. The methods scheme, which no file gives, is in
    the default graph. The union of all graphs is exactly :func:`graph_lines`.
    """
    out = TripleWriter(base, quads=True)
    _emit(G, out)
    return sorted(set(out.lines))


def _node_files(G: nx.MultiDiGraph) -> dict[str, tuple[str, ...]]:
    """The input files each node derives from (see :func:`graph_quads`)."""
    files: dict[str, set[str]] = {}
    for node, data in G.nodes(data=True):
        if data["kind"] is NodeKind.PAPER:
            files[node] = {source_path(source) for source in data.get("sources", ())}
        elif data["kind"] is NodeKind.COLLECTION and data.get("source"):
            files[node] = {data["source"]}
    for a, b, kind in G.edges(keys=True):
        if kind is EdgeKind.AUTHORED:
            files.setdefault(a, set()).update(files.get(b, ()))
        elif kind not in (EdgeKind.COAUTHOR, EdgeKind.CITES, EdgeKind.INFERRED_CITES, EdgeKind.VARIANT_OF,
                          EdgeKind.MEMBER_OF):
            files.setdefault(b, set()).update(files.get(a, ()))
    return {node: tuple(sorted(paths)) for node, paths in files.items()}


def _edge_files(G: nx.MultiDiGraph, files: dict, a: str, b: str, kind: EdgeKind, data: dict) -> tuple[str, ...]:
    if kind is EdgeKind.AUTHORED:
        return files.get(b, ())
    if kind is EdgeKind.COAUTHOR:
        shared = set(G.successors(a)) & set(G.successors(b))
        return tuple(sorted({f for paper in shared if G.nodes[paper]["kind"] is NodeKind.PAPER
                             for f in files.get(paper, ())}))
    if kind is EdgeKind.CITES and data.get("sources"):
        return tuple(sorted(set(data["sources"])))
    return files.get(a, ())


def _scheme(out: TripleWriter) -> None:
    scheme = iri(KG.methodScheme)
    out.add(scheme, RDF.type, iri(SKOS.ConceptScheme))
    out.add(scheme, RDFS.label, literal("Methods named in the corpus"))


# --- files -----------------------------------------------------------------

def write_ntriples(lines: Iterable[str], path: str | Path) -> None:
    """Write N-Triples ``lines`` to ``path`` (atomically)."""
    with atomic_output(path, "w") as stream:
        stream.writelines(lines)


def _oxigraph_triples(lines: list[str]) -> Iterator[pyoxigraph.Triple]:
    data = "".join(lines).encode("utf-8")
    return pyoxigraph.parse(io.BytesIO(data), format=pyoxigraph.RdfFormat.N_TRIPLES)


class SortedPrefixes:
    """A binary stream wrapper that writes the leading ``@prefix`` lines sorted.

    Oxigraph keeps prefixes in a hash map; sorting them makes the output's
    bytes independent of its hashing.

    Examples
    --------
    >>> out = io.BytesIO()
    >>> stream = SortedPrefixes(out)
    >>> stream.write(b"@prefix b: <b#> .\\n@pre") + stream.write(b"fix a: <a#> .\\n<x> a:p b:q .\\n")
    50
    >>> stream.flush()
    >>> print(out.getvalue().decode(), end="")
    @prefix a: <a#> .
    @prefix b: <b#> .
    <x> a:p b:q .
    """

    def __init__(self, stream):
        self.stream = stream
        self.head: bytes | None = b""

    def write(self, data: bytes) -> int:
        if self.head is None:
            return self.stream.write(data)
        self.head += data
        lines = self.head.split(b"\n")
        for index, line in enumerate(lines[:-1]):
            if not line.startswith(b"@prefix"):
                self._release(lines, index)
                break
        return len(data)

    def _release(self, lines: list[bytes], index: int) -> None:
        prefixes = sorted(lines[:index])
        self.stream.write(b"".join(line + b"\n" for line in prefixes) + b"\n".join(lines[index:]))
        self.head = None

    def flush(self) -> None:
        if self.head is not None:
            lines = self.head.split(b"\n")
            self._release(lines, sum(1 for line in lines if line.startswith(b"@prefix")))
        self.stream.flush()


def write_turtle(lines: list[str], path: str | Path) -> None:
    """Write the triples of N-Triples ``lines`` as Turtle with the vocabularies' prefixes (atomically)."""
    with atomic_output(path) as stream:
        sorted_stream = SortedPrefixes(stream)
        pyoxigraph.serialize(_oxigraph_triples(lines), sorted_stream, pyoxigraph.RdfFormat.TURTLE, prefixes=PREFIXES)
        sorted_stream.flush()
