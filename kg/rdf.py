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

import functools
import re
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
import pyoxigraph

from kg.output import atomic_output
from kg.model import EdgeKind, Mention, NodeKind
from kg.vocab import (CITO, DCMITYPE, DCTERMS, FABIO, FOAF, KG, ORG, PREFIXES, PRISM, PRO, PROV, RDF, RDFS, SDO,
                      SKOS, XSD)

DEFAULT_BASE = "https://w3id.org/kg/id/"
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})
# Characters N-Triples forbids inside an IRI, percent-encoded (RFC 3987 §3.1).
_IRI_ESCAPES = str.maketrans({c: f"%{ord(c):02X}" for c in '<>"{}|^`\\ ' + "".join(map(chr, range(0x20)))})


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


class _Terms:
    """The vocabulary terms kg writes, as N-Triples text, resolved once.

    Looking a term up on an rdflib ``DefinedNamespace`` builds a new URIRef each
    time; at millions of triples that dominated the export, so each term is
    turned into its N-Triples text here, when the class is first used.
    """

    TYPE = iri(RDF.type)
    LABEL = iri(RDFS.label)
    SEE_ALSO = iri(RDFS.seeAlso)
    TITLE = iri(DCTERMS.title)
    ABSTRACT = iri(DCTERMS.abstract)
    CREATOR = iri(DCTERMS.creator)
    DESCRIPTION = iri(DCTERMS.description)
    PUBLICATION_DATE = iri(PRISM.publicationDate)
    PUBLICATION_YEAR = iri(FABIO.hasPublicationYear)
    DOI = iri(PRISM.doi)
    PUBLICATION_NAME = iri(PRISM.publicationName)
    KEYWORD = iri(PRISM.keyword)
    DERIVED_FROM = iri(PROV.wasDerivedFrom)
    GENERATED_BY = iri(PROV.wasGeneratedBy)
    VALUE = iri(PROV.value)
    NAME = iri(FOAF.name)
    ALT_LABEL = iri(SKOS.altLabel)
    PREF_LABEL = iri(SKOS.prefLabel)
    IN_SCHEME = iri(SKOS.inScheme)
    IDENTIFIER = iri(SDO.identifier)
    CODE_REPOSITORY = iri(SDO.codeRepository)
    SCHEMA_NAME = iri(SDO.name)
    ALTERNATE_NAME = iri(SDO.alternateName)
    WITH_ROLE = iri(PRO.withRole)
    IS_HELD_BY = iri(PRO.isHeldBy)
    HOLDS_ROLE = iri(PRO.holdsRoleInTime)
    RELATES_TO = iri(PRO.relatesToDocument)
    AUTHOR_ROLE = iri(PRO.author)
    CITING = iri(CITO.hasCitingEntity)
    CITED = iri(CITO.hasCitedEntity)
    # classes
    EXPRESSION = iri(FABIO.Expression)
    ARTICLE = iri(SDO.ScholarlyArticle)
    PERSON = iri(FOAF.Person)
    COLLECTION = iri(DCMITYPE.Collection)
    SCHEMA_COLLECTION = iri(SDO.Collection)
    ORGANIZATION = iri(ORG.Organization)
    SOFTWARE = iri(SDO.SoftwareSourceCode)
    CONCEPT = iri(SKOS.Concept)
    CONCEPT_SCHEME = iri(SKOS.ConceptScheme)
    DATASET = iri(SDO.Dataset)
    ROLE_IN_TIME = iri(PRO.RoleInTime)
    CITATION = iri(CITO.Citation)
    PROV_ENTITY = iri(PROV.Entity)
    # kg's own
    VENUE = iri(KG.Venue)
    MENTION = iri(KG.Mention)
    SOURCE_FILE = iri(KG.SourceFile)
    SOURCE_RECORD = iri(KG.SourceRecord)
    METHOD_SCHEME = iri(KG.methodScheme)
    ARXIV = iri(KG.arxivId)
    OPENALEX = iri(KG.openalexId)
    BIBTEX_KEY = iri(KG.bibtexKey)
    AUTHOR_COUNT = iri(KG.authorCount)
    UPVOTES = iri(KG.upvotes)
    AUTHOR_POSITION = iri(KG.authorPosition)
    COAUTHOR_WITH = iri(KG.coauthorWith)
    COAUTHOR_RELATION = iri(KG.CoauthorRelation)
    COAUTHOR = iri(KG.coauthor)
    SHARED_PAPERS = iri(KG.sharedPapers)
    EVIDENCE = iri(KG.evidence)
    PAPER_COUNT = iri(KG.paperCount)
    COAUTHOR_COUNT = iri(KG.coauthorCount)
    IN_PAPER = iri(KG.inPaper)
    MENTION_OF = iri(KG.mentionOf)
    ROLE = iri(KG.role)
    TEXT_FIELD = iri(KG.textField)
    SENTENCE = iri(KG.sentence)
    START = iri(KG.startOffset)
    END = iri(KG.endOffset)
    RULE = iri(KG.rule)
    CONFIDENCE = iri(KG.confidence)
    INFERRED_CITES = iri(KG.inferredCites)
    VIA = iri(KG.via)
    SOURCE_FILE_NAME = iri(KG.sourceFile)
    LINE = iri(KG.line)
    RECORD_KEY = iri(KG.recordKey)
    SIMPLE_EDGES = {EdgeKind.MEMBER_OF: iri(DCTERMS.isPartOf), EdgeKind.AFFILIATED: iri(SDO.sourceOrganization),
                    EdgeKind.HAS_CODE: iri(KG.hasCode), EdgeKind.PUBLISHED_IN: iri(KG.publishedIn),
                    EdgeKind.CITES: iri(CITO.cites), EdgeKind.VARIANT_OF: iri(KG.variantOf),
                    EdgeKind.POSSIBLY_SAME: iri(KG.possiblySamePersonAs),
                    EdgeKind.PROPOSES_METHOD: iri(KG.proposesMethod), EdgeKind.USES_METHOD: iri(KG.usesMethod),
                    EdgeKind.PROPOSES_DATASET: iri(KG.proposesDataset),
                    EdgeKind.USES_DATASET: iri(KG.usesDataset)}
    DATE_TYPES = {"day": str(XSD.date), "month": str(XSD.gYearMonth), "year": str(XSD.gYear),
                  "month_day": str(XSD.gMonthDay)}
    ENTRY_TYPES = {"article": iri(FABIO.JournalArticle), "inproceedings": iri(FABIO.ConferencePaper),
                   "incollection": iri(FABIO.BookChapter), "book": iri(FABIO.Book), "phdthesis": iri(FABIO.Thesis),
                   "mastersthesis": iri(FABIO.Thesis), "techreport": iri(FABIO.ReportDocument),
                   "preprint": iri(FABIO.Preprint), "posted-content": iri(FABIO.Preprint),
                   "proceedings-article": iri(FABIO.ConferencePaper), "journal-article": iri(FABIO.JournalArticle),
                   "book-chapter": iri(FABIO.BookChapter)}


T = _Terms
_INTEGER = str(XSD.integer)
_DECIMAL = str(XSD.decimal)
_GYEAR = str(XSD.gYear)


class TripleWriter:
    """Collects N-Triples lines (or N-Quads lines, with ``quads=True``) for one graph.

    Lines are grouped by subject: subjects keep the order in which the graph
    first names them (the graph's own, deterministic order) and each subject's
    lines are sorted, so the output is canonical without sorting millions of
    lines as a whole, and Turtle can group each subject's triples.

    ``graphs`` holds the IRI terms of the named graphs the next triples belong
    to; with ``quads=True`` each triple is written once per graph (once into
    the default graph when ``graphs`` is empty).
    """

    def __init__(self, base: str, quads: bool = False):
        self.base = base
        self.quads = quads
        self.graphs: tuple[str, ...] = ()
        self.by_subject: dict[str, list[str]] = {}
        self._nodes: dict[str, str] = {}
        self._files_written: set[str] = set()

    def node(self, node_id: str) -> str:
        term = self._nodes.get(node_id)
        if term is None:
            term = self._nodes[node_id] = iri(self.base + node_id)
        return term

    def add(self, subject: str, predicate: str, obj: str) -> None:
        group = self.by_subject.get(subject)
        if group is None:
            group = self.by_subject[subject] = []
        if self.quads and self.graphs:
            group.extend(f"{subject} {predicate} {obj} {graph} .\n" for graph in self.graphs)
        else:
            group.append(f"{subject} {predicate} {obj} .\n")

    def add_literal(self, subject: str, predicate: str, value: object) -> None:
        if value not in (None, "", ()):
            self.add(subject, predicate, literal(value))

    def source_file(self, path: str) -> str:
        """The IRI term of input file ``path`` (also the name of its graph)."""
        return self.node("source/" + _path_slug(path))

    def lines(self) -> list[str]:
        """Every line, de-duplicated: subjects in first-named order, each subject's lines sorted."""
        return [line for group in self.by_subject.values() for line in sorted(set(group))]


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
    if path in out._files_written:
        return node
    out._files_written.add(path)
    graphs, out.graphs = out.graphs, (node,)
    out.add(node, T.TYPE, T.SOURCE_FILE)
    out.add(node, T.TYPE, T.PROV_ENTITY)
    out.add(node, T.SOURCE_FILE_NAME, literal(path))
    out.add(node, T.LABEL, literal(path))
    out.graphs = graphs
    return node


def _record_node(out: TripleWriter, source: str) -> str:
    path = source_path(source)
    where, _, key = source.partition(" [")
    line = where[len(path) + 1:]
    record = out.node("record/" + _path_slug(source))
    graphs, out.graphs = out.graphs, (out.source_file(path),)
    out.add(record, T.TYPE, T.SOURCE_RECORD)
    out.add(record, T.TYPE, T.PROV_ENTITY)
    out.add(record, T.SOURCE_FILE_NAME, literal(path))
    out.add(record, T.DERIVED_FROM, out.source_file(path))
    out.add(record, T.LABEL, literal(source))
    if line:
        out.add(record, T.LINE, integer(int(line)))
    if key:
        out.add(record, T.RECORD_KEY, literal(key.rstrip("]")))
    out.graphs = graphs
    return record


@functools.lru_cache(maxsize=1 << 16)
def _path_slug(source: str) -> str:
    """An IRI-safe slug of a path or ``path:line [key]`` string.

    Examples
    --------
    >>> _path_slug("seeds/000_x.txt:12 [key]")
    'seeds-000_x.txt-12--key'
    """
    return re.sub(r"[^\w.\-]", "-", source).strip("-")


def _paper(out: TripleWriter, node: str, data: dict) -> None:
    s = out.node(node)
    out.add(s, T.TYPE, T.EXPRESSION)
    out.add(s, T.TYPE, T.ARTICLE)
    if subtype := T.ENTRY_TYPES.get((data.get("entry_type") or "").lower()):
        out.add(s, T.TYPE, subtype)
    title = literal(data["title"])
    out.add(s, T.TITLE, title)
    out.add(s, T.LABEL, title)
    if data.get("abstract"):
        out.add(s, T.ABSTRACT, literal(data["abstract"], language="en"))
    if data.get("date"):
        out.add(s, T.PUBLICATION_DATE, literal(data["date"], T.DATE_TYPES[data["date_precision"]]))
    if data.get("year") is not None:
        out.add(s, T.PUBLICATION_YEAR, literal(f"{data['year']:04d}", _GYEAR))
    out.add_literal(s, T.DOI, data.get("doi"))
    out.add_literal(s, T.ARXIV, data.get("arxiv"))
    out.add_literal(s, T.OPENALEX, data.get("openalex"))
    for key in data.get("bibtex_keys", ()):
        out.add(s, T.BIBTEX_KEY, literal(key))
    for name, predicate in (("author_count", T.AUTHOR_COUNT), ("upvotes", T.UPVOTES)):
        if data.get(name) is not None:
            out.add(s, predicate, integer(data[name]))
    out.add_literal(s, T.PUBLICATION_NAME, data.get("venue"))
    for keyword in data.get("keywords", ()):
        out.add(s, T.KEYWORD, literal(keyword))
    for url in data.get("urls", ()):
        out.add(s, T.SEE_ALSO, iri(url))
    for source in data.get("sources", ()):
        out.add(s, T.DERIVED_FROM, _record_node(out, source))
        out.add(s, T.DERIVED_FROM, _source_file(out, source_path(source)))


def _person(out: TripleWriter, node: str, data: dict) -> None:
    s = out.node(node)
    out.add(s, T.TYPE, T.PERSON)
    out.add(s, T.NAME, literal(data["name"]))
    out.add(s, T.LABEL, literal(data["label"]))
    for variant in data.get("variants", ()):
        if variant != data["name"]:
            out.add(s, T.ALT_LABEL, literal(variant))
    if data.get("orcid"):
        out.add(s, T.IDENTIFIER, iri(f"https://orcid.org/{data['orcid']}"))
    out.add(s, T.PAPER_COUNT, integer(data.get("paper_count", 0)))
    out.add(s, T.COAUTHOR_COUNT, integer(data.get("coauthor_count", 0)))
    for reason in data.get("evidence", ()):
        out.add(s, T.EVIDENCE, literal(reason))


def _collection(out: TripleWriter, node: str, data: dict) -> None:
    s = out.node(node)
    out.add(s, T.TYPE, T.COLLECTION)
    out.add(s, T.TYPE, T.SCHEMA_COLLECTION)
    out.add(s, T.TITLE, literal(data["name"]))
    out.add(s, T.LABEL, literal(data["name"]))
    out.add_literal(s, T.DESCRIPTION, data.get("description"))
    if data.get("source"):
        out.add(s, T.DERIVED_FROM, _source_file(out, data["source"]))


def _organisation(out: TripleWriter, node: str, data: dict) -> None:
    s = out.node(node)
    out.add(s, T.TYPE, T.ORGANIZATION)
    out.add(s, T.NAME, literal(data["name"]))
    out.add(s, T.LABEL, literal(data["name"]))


def _code(out: TripleWriter, node: str, data: dict) -> None:
    s = out.node(node)
    out.add(s, T.TYPE, T.SOFTWARE)
    out.add(s, T.CODE_REPOSITORY, iri(data["url"]))
    out.add(s, T.LABEL, literal(data["label"]))


def _method(out: TripleWriter, node: str, data: dict) -> None:
    s = out.node(node)
    out.add(s, T.TYPE, T.CONCEPT)
    out.add(s, T.IN_SCHEME, T.METHOD_SCHEME)
    out.add(s, T.PREF_LABEL, literal(data["name"]))
    out.add(s, T.LABEL, literal(data["name"]))
    for alias in data.get("aliases", ()):
        out.add(s, T.ALT_LABEL, literal(alias))


def _dataset(out: TripleWriter, node: str, data: dict) -> None:
    s = out.node(node)
    out.add(s, T.TYPE, T.DATASET)
    out.add(s, T.SCHEMA_NAME, literal(data["name"]))
    out.add(s, T.LABEL, literal(data["name"]))
    for alias in data.get("aliases", ()):
        out.add(s, T.ALTERNATE_NAME, literal(alias))


def _venue(out: TripleWriter, node: str, data: dict) -> None:
    s = out.node(node)
    out.add(s, T.TYPE, T.VENUE)
    out.add(s, T.LABEL, literal(data["name"]))
    out.add(s, T.TITLE, literal(data["name"]))


_NODE_WRITERS = {NodeKind.PAPER: _paper, NodeKind.PERSON: _person, NodeKind.COLLECTION: _collection,
                 NodeKind.ORGANISATION: _organisation, NodeKind.CODE: _code, NodeKind.METHOD: _method,
                 NodeKind.DATASET: _dataset, NodeKind.VENUE: _venue}

# --- edges -----------------------------------------------------------------


def _authored(out: TripleWriter, person: str, paper: str, data: dict) -> None:
    p, s = out.node(person), out.node(paper)
    role = out.node(f"{paper}/author/{data['position']}")
    out.add(s, T.CREATOR, p)
    out.add(role, T.TYPE, T.ROLE_IN_TIME)
    out.add(role, T.WITH_ROLE, T.AUTHOR_ROLE)
    out.add(role, T.IS_HELD_BY, p)
    out.add(role, T.RELATES_TO, s)
    out.add(p, T.HOLDS_ROLE, role)
    out.add(role, T.AUTHOR_POSITION, integer(data["position"]))
    out.add_literal(role, T.LABEL, data.get("written_as"))


def _coauthor(out: TripleWriter, a: str, b: str, data: dict) -> None:
    relation = out.node(f"coauthorship/{a.split('/', 1)[1]}--{b.split('/', 1)[1]}")
    first, second = out.node(a), out.node(b)
    out.add(first, T.COAUTHOR_WITH, second)
    out.add(second, T.COAUTHOR_WITH, first)
    out.add(relation, T.TYPE, T.COAUTHOR_RELATION)
    out.add(relation, T.COAUTHOR, first)
    out.add(relation, T.COAUTHOR, second)
    out.add(relation, T.SHARED_PAPERS, integer(data["weight"]))


def _mention(out: TripleWriter, paper: str, entity: str, index: int, mention: Mention) -> None:
    m = out.node(f"{paper}/mention/{entity}/{index}")
    s = out.node(paper)
    out.add(m, T.TYPE, T.MENTION)
    out.add(m, T.TYPE, T.PROV_ENTITY)
    out.add(m, T.IN_PAPER, s)
    out.add(m, T.MENTION_OF, out.node(entity))
    out.add(m, T.ROLE, literal(mention.role.value))
    out.add(m, T.VALUE, literal(mention.surface))
    out.add(m, T.TEXT_FIELD, literal(mention.evidence.field))
    out.add(m, T.SENTENCE, literal(mention.evidence.sentence))
    out.add(m, T.START, integer(mention.evidence.start))
    out.add(m, T.END, integer(mention.evidence.end))
    out.add(m, T.RULE, literal(mention.rule))
    out.add(m, T.CONFIDENCE, literal(f"{mention.confidence:.3f}", _DECIMAL))
    out.add(m, T.DERIVED_FROM, s)


_INFERRED_HOW = literal("inferred: the citing paper uses what the cited paper proposes")


def _inferred(out: TripleWriter, citing: str, cited: str, data: dict) -> None:
    citation = out.node(f"inferred-citation/{citing.split('/', 1)[1]}--{cited.split('/', 1)[1]}")
    out.add(out.node(citing), T.INFERRED_CITES, out.node(cited))
    out.add(citation, T.TYPE, T.CITATION)
    out.add(citation, T.CITING, out.node(citing))
    out.add(citation, T.CITED, out.node(cited))
    for entity in data["via"]:
        out.add(citation, T.VIA, out.node(entity))
    out.add(citation, T.GENERATED_BY, _INFERRED_HOW)


def emit(G: nx.MultiDiGraph, out: TripleWriter) -> None:
    """Walk ``G`` once, handing every triple (and its named graphs, for quads) to ``out.add``.

    :func:`graph_lines`, :func:`graph_quads` and the exports' graph bookkeeping
    (:mod:`kg.export`) are all this one walk with a different writer.
    """
    files = _node_files(G) if out.quads else {}
    in_graphs = lambda paths: tuple(out.source_file(p) for p in paths)  # noqa: E731
    for node, data in G.nodes(data=True):
        out.graphs = in_graphs(files.get(node, ()))
        _NODE_WRITERS[data["kind"]](out, node, data)
    simple = T.SIMPLE_EDGES
    for a, b, kind, data in G.edges(keys=True, data=True):
        if out.quads:
            out.graphs = in_graphs(_edge_files(G, files, a, b, kind, data))
        if kind in simple:
            out.add(out.node(a), simple[kind], out.node(b))
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
    """Every triple of ``G`` as de-duplicated N-Triples lines in canonical order.

    Subjects come in the order the graph names them (its nodes, then its
    edges; :func:`kg.graph.build_graph` adds both in a deterministic order), and
    each subject's lines are sorted.

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
    emit(G, out)
    return out.lines()


def graph_quads(G: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> list[str]:
    """Every triple of ``G`` as N-Quads lines, in one named graph per input file.

    A triple goes into the graph of each input file that contributed to it: a
    paper's triples into the graphs of the files that describe the paper, a
    person's into the graphs of the files of their papers, a coauthorship into
    the graphs of the files of the shared papers, a method into the graphs of
    the files whose papers mention it. The graph's name is the file's
    ``kg:SourceFile`` resource. The methods scheme, which no file gives, is in
    the default graph. The union of all graphs is exactly :func:`graph_lines`.
    """
    out = TripleWriter(base, quads=True)
    emit(G, out)
    return out.lines()


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
                          EdgeKind.MEMBER_OF, EdgeKind.POSSIBLY_SAME):
            files.setdefault(b, set()).update(files.get(a, ()))
    return {node: tuple(sorted(paths)) for node, paths in files.items()}


def _edge_files(G: nx.MultiDiGraph, files: dict, a: str, b: str, kind: EdgeKind, data: dict) -> tuple[str, ...]:
    if kind is EdgeKind.AUTHORED:
        return files.get(b, ())
    if kind in (EdgeKind.COAUTHOR, EdgeKind.POSSIBLY_SAME):
        shared = set(G.successors(a)) | set(G.successors(b)) if kind is EdgeKind.POSSIBLY_SAME \
            else set(G.successors(a)) & set(G.successors(b))
        return tuple(sorted({f for paper in shared if G.nodes[paper]["kind"] is NodeKind.PAPER
                             for f in files.get(paper, ())}))
    if kind is EdgeKind.CITES and data.get("sources"):
        return tuple(sorted(set(data["sources"])))
    return files.get(a, ())


def _scheme(out: TripleWriter) -> None:
    out.add(T.METHOD_SCHEME, T.TYPE, T.CONCEPT_SCHEME)
    out.add(T.METHOD_SCHEME, T.LABEL, literal("Methods named in the corpus"))


# --- files -----------------------------------------------------------------

def write_ntriples(lines: Iterable[str], path: str | Path) -> None:
    """Write N-Triples ``lines`` to ``path`` (atomically)."""
    with atomic_output(path, "w") as stream:
        stream.writelines(lines)


class SortedPrefixes:
    """A binary stream wrapper that writes the leading ``@prefix`` lines sorted.

    Oxigraph keeps prefixes in a hash map; sorting them makes the output's
    bytes independent of its hashing.

    Examples
    --------
    >>> import io
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


def write_graph_ntriples(G: nx.MultiDiGraph, path: str | Path, base: str = DEFAULT_BASE) -> None:
    """Write :func:`graph_lines` of ``G`` to ``path`` as N-Triples (atomically)."""
    write_ntriples(graph_lines(G, base), path)


def write_turtle(ntriples_path: str | Path, path: str | Path) -> None:
    """Write the N-Triples file at ``ntriples_path`` as Turtle with the vocabularies' prefixes (atomically).

    Oxigraph streams the triples from the file, so memory stays flat however
    large the graph; consecutive triples of one subject are grouped.
    """
    triples = pyoxigraph.parse(path=str(ntriples_path), format=pyoxigraph.RdfFormat.N_TRIPLES)
    with atomic_output(path) as stream:
        sorted_stream = SortedPrefixes(stream)
        pyoxigraph.serialize(triples, sorted_stream, pyoxigraph.RdfFormat.TURTLE, prefixes=PREFIXES)
        sorted_stream.flush()
