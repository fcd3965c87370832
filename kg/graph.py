"""The knowledge graph as a networkx ``MultiDiGraph``: typed nodes, typed edges.

Node ids are ``<kind>/<slug>`` strings (``paper/layer-normalization-3c49bb13``,
``person/hao-feng``); :mod:`kg.rdf` turns them into IRIs. Every node has a
``kind`` (:class:`~kg.model.NodeKind`) and a ``label``; every edge has a
``kind`` (:class:`~kg.model.EdgeKind`) and is keyed by it, so two nodes have at
most one edge of each kind. Coauthor edges are stored once, from the smaller
node id to the larger, with ``weight`` = number of shared papers.

Node attributes by kind (absent when unknown):

=============  ==============================================================
paper          title, abstract, date (ISO form of its precision), date_precision,
               year, upvotes, author_count, doi, arxiv, openalex, bibtex_keys,
               urls, venue, entry_type, keywords, sources (``path:line``)
person         name, variants, orcid, evidence, paper_count, coauthor_count
collection     name, description, source
organisation   name
code           url
method/dataset name, aliases
venue          name
=============  ==============================================================

Edge attributes: ``position`` (authored, 1-based), ``written_as`` (authored),
``weight`` (coauthor), ``mentions`` (uses/proposes: tuple of
:class:`~kg.model.Mention`), ``sources`` (cites: input files that assert it),
``via`` (inferred_cites: the entity node ids that justify it). ``possibly_same``
edges join clusters of one name that the author resolution kept apart.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter, defaultdict
from itertools import combinations

import networkx as nx

from kg.corpus import Corpus
from kg.extract import entity_slug, variant_base
from kg.identifiers import normalise_title
from kg.model import EdgeKind, EntityKind, Mention, NodeKind, Role, Work

_ROLE_EDGE = {
    (EntityKind.METHOD, Role.PROPOSES): EdgeKind.PROPOSES_METHOD,
    (EntityKind.METHOD, Role.USES): EdgeKind.USES_METHOD,
    (EntityKind.DATASET, Role.PROPOSES): EdgeKind.PROPOSES_DATASET,
    (EntityKind.DATASET, Role.USES): EdgeKind.USES_DATASET,
}


_PREFIXES = {kind: f"{kind.value}/" for kind in NodeKind}  # enum .value is slow at a million calls
_PROPOSES = (EdgeKind.PROPOSES_METHOD, EdgeKind.PROPOSES_DATASET)
_USES = (EdgeKind.USES_METHOD, EdgeKind.USES_DATASET)


def node_id(kind: NodeKind, slug: str) -> str:
    """The node id of a ``kind`` node with ``slug``.

    Examples
    --------
    >>> node_id(NodeKind.PAPER, "layer-normalization-3c49bb13")
    'paper/layer-normalization-3c49bb13'
    """
    return _PREFIXES[kind] + slug


@functools.lru_cache(maxsize=1 << 16)
def slugify(text: str, limit: int = 60) -> str:
    """A readable ASCII slug with a short hash, so different texts never share a slug.

    Examples
    --------
    >>> slugify("UCAS ucas")
    'ucas-ucas-ad516584'
    """
    readable = re.sub(r"[^a-z0-9]+", "-", normalise_title(text)).strip("-")[:limit].rstrip("-")
    return f"{readable or 'x'}-{hashlib.sha1(text.encode()).hexdigest()[:8]}"


def _paper_attributes(work: Work) -> dict:
    date = work.date
    attributes = {
        "kind": NodeKind.PAPER,
        "label": work.title,
        "title": work.title,
        "abstract": work.abstract,
        "date": date.iso() if date else None,
        "date_precision": date.precision.value if date else None,
        "year": date.year if date else None,
        "upvotes": max((r.upvotes for r in work.records if r.upvotes is not None), default=None),
        "author_count": work.author_count,
        "doi": work.identifier("doi"),
        "arxiv": work.identifier("arxiv"),
        "openalex": work.identifier("openalex"),
        "bibtex_keys": tuple(sorted({r.identifiers.bibtex_key for r in work.records if r.identifiers.bibtex_key})),
        "urls": work.urls,
        "venue": work.first("venue"),
        "entry_type": work.first("entry_type"),
        "keywords": tuple(dict.fromkeys(k for r in work.records for k in r.keywords)),
        "sources": tuple(str(source) for source in work.sources),
    }
    return {key: value for key, value in attributes.items() if value not in (None, (), "")}


def _add_papers(G: nx.MultiDiGraph, corpus: Corpus) -> None:
    for work in corpus.works:
        paper = node_id(NodeKind.PAPER, work.id)
        G.add_node(paper, **_paper_attributes(work))
        for collection in work.collections:
            G.add_edge(paper, node_id(NodeKind.COLLECTION, collection), key=EdgeKind.MEMBER_OF, kind=EdgeKind.MEMBER_OF)
        for organisation in sorted({r.organisation for r in work.records if r.organisation}):
            org = node_id(NodeKind.ORGANISATION, slugify(organisation))
            G.add_node(org, kind=NodeKind.ORGANISATION, label=organisation, name=organisation)
            G.add_edge(paper, org, key=EdgeKind.AFFILIATED, kind=EdgeKind.AFFILIATED)
        if venue := work.first("venue"):
            venue_node = node_id(NodeKind.VENUE, slugify(venue))
            G.add_node(venue_node, kind=NodeKind.VENUE, label=venue, name=venue)
            G.add_edge(paper, venue_node, key=EdgeKind.PUBLISHED_IN, kind=EdgeKind.PUBLISHED_IN)


def _add_collections(G: nx.MultiDiGraph, corpus: Corpus) -> None:
    for collection in corpus.collections:
        attributes = {"kind": NodeKind.COLLECTION, "label": collection.name, "name": collection.name,
                      "source": collection.source, "description": collection.description}
        G.add_node(node_id(NodeKind.COLLECTION, collection.id), **{k: v for k, v in attributes.items() if v})


def _add_people(G: nx.MultiDiGraph, corpus: Corpus) -> None:
    for person in corpus.authors.persons:
        attributes = {"kind": NodeKind.PERSON, "label": person.label, "name": person.name,
                      "variants": person.variants, "orcid": person.orcid, "evidence": person.evidence}
        G.add_node(node_id(NodeKind.PERSON, person.id), **{k: v for k, v in attributes.items() if v})
    authors_of: dict[str, list[str]] = defaultdict(list)
    for authorship in corpus.authors.authorships:
        person = node_id(NodeKind.PERSON, authorship.person_id)
        paper = node_id(NodeKind.PAPER, authorship.work_id)
        G.add_edge(person, paper, key=EdgeKind.AUTHORED, kind=EdgeKind.AUTHORED,
                   position=authorship.position, written_as=authorship.written_as)
        authors_of[paper].append(person)
    _add_coauthors(G, authors_of)
    _add_counts(G, authors_of)
    for a, b in corpus.authors.possibly_same:
        first, second = sorted((node_id(NodeKind.PERSON, a), node_id(NodeKind.PERSON, b)))
        G.add_edge(first, second, key=EdgeKind.POSSIBLY_SAME, kind=EdgeKind.POSSIBLY_SAME)


def _add_coauthors(G: nx.MultiDiGraph, authors_of: dict[str, list[str]]) -> None:
    shared: Counter[tuple[str, str]] = Counter()
    for people in authors_of.values():
        shared.update(combinations(sorted(set(people)), 2))
    for (a, b), weight in sorted(shared.items()):
        G.add_edge(a, b, key=EdgeKind.COAUTHOR, kind=EdgeKind.COAUTHOR, weight=weight)


def _add_counts(G: nx.MultiDiGraph, authors_of: dict[str, list[str]]) -> None:
    """Each person's number of papers and of distinct coauthors, so rankings need not count edges."""
    papers: Counter[str] = Counter(person for people in authors_of.values() for person in set(people))
    coauthors: dict[str, set[str]] = defaultdict(set)
    for people in authors_of.values():
        for person in people:
            coauthors[person].update(people)
    for person, data in G.nodes(data=True):
        if data["kind"] is NodeKind.PERSON:
            data["paper_count"] = papers[person]
            data["coauthor_count"] = len(coauthors[person] - {person})


def _entity_node(G: nx.MultiDiGraph, mention: Mention) -> str:
    kind = NodeKind.METHOD if mention.kind is EntityKind.METHOD else NodeKind.DATASET
    entity = node_id(kind, entity_slug(mention.canonical))
    if entity not in G:
        G.add_node(entity, kind=kind, label=mention.canonical, name=mention.canonical, aliases=())
    if mention.surface != mention.canonical and mention.surface not in G.nodes[entity]["aliases"]:
        G.nodes[entity]["aliases"] = tuple(sorted({*G.nodes[entity]["aliases"], mention.surface}))
    return entity


def _add_mentions(G: nx.MultiDiGraph, corpus: Corpus) -> None:
    for work in corpus.works:
        paper = node_id(NodeKind.PAPER, work.id)
        grouped: dict[tuple[str, EdgeKind], list[Mention]] = defaultdict(list)
        for mention in corpus.text[work.id].mentions:
            grouped[(_entity_node(G, mention), _ROLE_EDGE[(mention.kind, mention.role)])].append(mention)
        for (entity, kind), mentions in sorted(grouped.items()):
            G.add_edge(paper, entity, key=kind, kind=kind, mentions=tuple(mentions))
        for url in corpus.text[work.id].code:
            code = node_id(NodeKind.CODE, slugify(url))
            G.add_node(code, kind=NodeKind.CODE, label=url.split("//", 1)[-1], url=url)
            G.add_edge(paper, code, key=EdgeKind.HAS_CODE, kind=EdgeKind.HAS_CODE)


def _add_variants(G: nx.MultiDiGraph) -> None:
    for entity, data in list(G.nodes(data=True)):
        if data["kind"] not in (NodeKind.METHOD, NodeKind.DATASET):
            continue
        base = variant_base(data["name"])
        target = node_id(data["kind"], entity_slug(base)) if base else None
        if target and target != entity and target in G:
            G.add_edge(entity, target, key=EdgeKind.VARIANT_OF, kind=EdgeKind.VARIANT_OF)


def _add_citations(G: nx.MultiDiGraph, corpus: Corpus) -> None:
    for link in corpus.citations.links:
        G.add_edge(node_id(NodeKind.PAPER, link.citing), node_id(NodeKind.PAPER, link.cited),
                   key=EdgeKind.CITES, kind=EdgeKind.CITES, sources=link.sources)


def _add_inferred_citations(G: nx.MultiDiGraph) -> None:
    """A paper that uses what exactly one other paper of the corpus proposes is taken to cite it.

    When several papers claim to propose the same name (a popular name re-used,
    or an extraction error), the evidence points nowhere in particular and
    nothing is inferred; nor is a citation of a later paper by an earlier one.
    """
    inferred: dict[tuple[str, str], set[str]] = defaultdict(set)
    entities = [n for n, kind in G.nodes(data="kind") if kind in (NodeKind.METHOD, NodeKind.DATASET)]
    for entity in entities:
        mentions = list(G.in_edges(entity, keys=True))
        proposers = [paper for paper, _, kind in mentions if kind in _PROPOSES]
        if len(proposers) != 1:
            continue
        [proposer] = proposers
        for paper, _, kind in mentions:
            if kind in _USES and paper != proposer and _not_later(G, proposer, paper):
                inferred[(paper, proposer)].add(entity)
    for (paper, proposer), entities in sorted(inferred.items()):
        G.add_edge(paper, proposer, key=EdgeKind.INFERRED_CITES, kind=EdgeKind.INFERRED_CITES, via=tuple(sorted(entities)))


def _not_later(G: nx.MultiDiGraph, cited: str, citing: str) -> bool:
    cited_year, citing_year = G.nodes[cited].get("year"), G.nodes[citing].get("year")
    return cited_year is None or citing_year is None or cited_year <= citing_year


def build_graph(corpus: Corpus) -> nx.MultiDiGraph:
    """The knowledge graph of ``corpus`` (see the module docstring for its shape).

    Parameters
    ----------
    corpus : Corpus
        The output of :func:`kg.corpus.assemble_corpus`.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes and edges are added in a deterministic order.
    """
    G = nx.MultiDiGraph()
    _add_collections(G, corpus)
    _add_papers(G, corpus)
    _add_people(G, corpus)
    _add_mentions(G, corpus)
    _add_variants(G)
    _add_citations(G, corpus)
    _add_inferred_citations(G)
    return G


def count_kinds(G: nx.MultiDiGraph) -> tuple[Counter, Counter]:
    """How many nodes and edges of each kind ``G`` has."""
    nodes = Counter(data["kind"] for _, data in G.nodes(data=True))
    edges = Counter(kind for _, _, kind in G.edges(keys=True))
    return nodes, edges
