"""The RDF vocabularies kg writes, as typed rdflib namespaces.

rdflib ships ``DCTERMS``, ``FOAF``, ``PROV``, ``SKOS``, ``SDO`` (schema.org),
``ORG``, ``DCMITYPE``; the SPAR ontologies and kg's own terms are declared here
the same way, with ``_fail = True`` so a misspelt term is an ``AttributeError``
at import instead of a silent new IRI.

Examples
--------
>>> str(CITO.cites)
'http://purl.org/spar/cito/cites'
>>> KG.noSuchTerm
Traceback (most recent call last):
AttributeError: term 'noSuchTerm' not in namespace 'https://w3id.org/kg/ns#'
"""

from __future__ import annotations

from rdflib.namespace import DCMITYPE, DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace, Namespace
from rdflib.term import URIRef


class FABIO(DefinedNamespace):
    """FRBR-aligned Bibliographic Ontology (SPAR)."""

    _NS = Namespace("http://purl.org/spar/fabio/")
    _fail = True

    Expression: URIRef
    JournalArticle: URIRef
    ConferencePaper: URIRef
    BookChapter: URIRef
    Book: URIRef
    Thesis: URIRef
    Preprint: URIRef
    ReportDocument: URIRef
    ProceedingsPaper: URIRef
    hasPublicationYear: URIRef


class CITO(DefinedNamespace):
    """Citation Typing Ontology (SPAR)."""

    _NS = Namespace("http://purl.org/spar/cito/")
    _fail = True

    cites: URIRef
    Citation: URIRef
    hasCitingEntity: URIRef
    hasCitedEntity: URIRef


class PRO(DefinedNamespace):
    """Publishing Roles Ontology (SPAR)."""

    _NS = Namespace("http://purl.org/spar/pro/")
    _fail = True

    RoleInTime: URIRef
    withRole: URIRef
    isHeldBy: URIRef
    holdsRoleInTime: URIRef
    relatesToDocument: URIRef
    author: URIRef


class PRISM(DefinedNamespace):
    """PRISM basic metadata (publication dates, DOIs, venue names)."""

    _NS = Namespace("http://prismstandard.org/namespaces/basic/2.0/")
    _fail = True

    publicationDate: URIRef
    doi: URIRef
    publicationName: URIRef
    keyword: URIRef


class KG(DefinedNamespace):
    """kg's own terms; each is described in ``kg/data/kg-vocab.ttl`` and ``docs/ontology.md``."""

    _NS = Namespace("https://w3id.org/kg/ns#")
    _fail = True

    # classes
    Mention: URIRef
    SourceFile: URIRef
    SourceRecord: URIRef
    Venue: URIRef
    # paper and authorship
    authorPosition: URIRef
    authorCount: URIRef
    upvotes: URIRef
    arxivId: URIRef
    openalexId: URIRef
    bibtexKey: URIRef
    publishedIn: URIRef
    hasCode: URIRef
    # methods and datasets
    proposesMethod: URIRef
    usesMethod: URIRef
    proposesDataset: URIRef
    usesDataset: URIRef
    variantOf: URIRef
    methodScheme: URIRef
    # mentions and their evidence
    inPaper: URIRef
    mentionOf: URIRef
    role: URIRef
    textField: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    rule: URIRef
    confidence: URIRef
    # citations
    inferredCites: URIRef
    via: URIRef
    # coauthorship and persons
    coauthorWith: URIRef
    paperCount: URIRef
    coauthorCount: URIRef
    CoauthorRelation: URIRef
    coauthor: URIRef
    sharedPapers: URIRef
    possiblySamePersonAs: URIRef
    evidence: URIRef
    # provenance records
    sourceFile: URIRef
    line: URIRef
    recordKey: URIRef


PREFIXES: dict[str, str] = {
    "fabio": str(FABIO._NS),
    "cito": str(CITO._NS),
    "pro": str(PRO._NS),
    "prism": str(PRISM._NS),
    "dcterms": str(DCTERMS),
    "dcmitype": str(DCMITYPE),
    "foaf": str(FOAF),
    "prov": str(PROV),
    "skos": str(SKOS),
    "schema": str(SDO),
    "org": str(ORG),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "kg": str(KG._NS),
}
