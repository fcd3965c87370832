"""Join the records that describe one paper, and resolve citations between papers.

Records are merged when they share a DOI, then an arXiv id, then a normalised
title (with the same year, or a year only one of them knows). Every record is
kept inside its :class:`~kg.model.Work`, so no identifier and no provenance is
lost. Ids are derived from the merged records' identifiers, never from input
order, so IRIs stay stable.

Examples
--------
>>> from kg.model import Paper, SourceRef
>>> a = Paper("Layer Normalization", SourceRef("a.txt", 3))
>>> b = Paper("Layer normalization.", SourceRef("b.txt", 9))
>>> [w.id for w in merge_records([a, b])]
['layer-normalization-3c49bb13']
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kg.identifiers import identifier_keys, normalise_title
from kg.model import Citation, Paper, Work


@dataclass(frozen=True)
class CitationLink:
    """A citation between two works of the corpus, with the inputs that asserted it."""

    citing: str  # Work.id
    cited: str  # Work.id
    sources: tuple[str, ...]


@dataclass(frozen=True)
class CitationResolution:
    """What became of the citations the inputs gave."""

    links: tuple[CitationLink, ...]
    unresolved: tuple[Citation, ...]
    resolved: int = 0  # citations whose two ends are works of the corpus (repeats and self-citations included)
    self_citations: int = 0  # of those, citing and cited are the same work

    @property
    def asserted(self) -> int:
        return self.resolved + len(self.unresolved)


class _UnionFind:
    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _record_order(paper: Paper) -> tuple:
    return (paper.source.path, paper.source.line or 0, paper.source.record or "", paper.title)


def _year(paper: Paper) -> int | None:
    return paper.date.year if paper.date else None


def _join_on(papers: Sequence[Paper], key_of, sets: _UnionFind) -> None:
    first_with: dict[str, int] = {}
    for index, paper in enumerate(papers):
        key = key_of(paper)
        if key is None:
            continue
        if key in first_with:
            sets.union(first_with[key], index)
        else:
            first_with[key] = index


@dataclass
class _TitleCluster:
    """Records of one normalised title believed to be one paper."""

    members: list[int]
    files: set[str]
    years: set[int]
    dois: set[str]

    def accepts(self, paper: Paper) -> bool:
        """Same paper unless the file, the year or the DOI says otherwise.

        One input file never lists a paper twice, so two records of one file are two
        papers ("Introduction" in a proceedings volume) even when their titles agree.
        """
        year, doi = _year(paper), paper.identifiers.doi
        return (paper.source.path not in self.files
                and (year is None or not self.years or year in self.years)
                and (doi is None or not self.dois or doi in self.dois))

    def add(self, index: int, paper: Paper) -> None:
        self.members.append(index)
        self.files.add(paper.source.path)
        if (year := _year(paper)) is not None:
            self.years.add(year)
        if paper.identifiers.doi:
            self.dois.add(paper.identifiers.doi)


def _join_on_title(papers: Sequence[Paper], sets: _UnionFind) -> None:
    by_title: dict[str, list[int]] = defaultdict(list)
    for index, paper in enumerate(papers):
        by_title[normalise_title(paper.title)].append(index)
    for title, members in by_title.items():
        if not title or len(members) < 2:
            continue
        clusters: list[_TitleCluster] = []
        dated_first = sorted(members, key=lambda i: (_year(papers[i]) is None, i))
        for index in dated_first:
            paper = papers[index]
            cluster = next((c for c in clusters if c.accepts(paper)), None)
            if cluster is None:
                clusters.append(cluster := _TitleCluster([], set(), set(), set()))
            cluster.add(index, paper)
        for cluster in clusters:
            for index in cluster.members[1:]:
                sets.union(cluster.members[0], index)


def _slug(text: str, limit: int = 60) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", normalise_title(text)).strip("-")
    return slug[:limit].rstrip("-") or "untitled"


def _primary_key(records: Sequence[Paper]) -> str:
    for scheme in ("doi", "arxiv", "openalex", "bibtex_key"):
        values = sorted(v for r in records if (v := getattr(r.identifiers, scheme)))
        if values:
            return f"{scheme}:{values[0]}"
    first = records[0]
    year = min((y for r in records if (y := _year(r)) is not None), default=None)
    return f"title:{normalise_title(first.title)}|{year or ''}"


def work_id(records: Sequence[Paper]) -> str:
    """The stable id of the work these records describe (records sorted by source)."""
    digest = hashlib.sha1(_primary_key(records).encode()).hexdigest()[:8]
    return f"{_slug(records[0].title)}-{digest}"


def merge_records(papers: Iterable[Paper]) -> tuple[Work, ...]:
    """Group ``papers`` into works, sorted by id; records inside a work are sorted by source.

    Parameters
    ----------
    papers : iterable of Paper
        Records from any number of inputs, in any order.

    Returns
    -------
    tuple of Work
        One work per distinct paper. The result does not depend on input order.
    """
    ordered = sorted(papers, key=_record_order)
    sets = _UnionFind(len(ordered))
    _join_on(ordered, lambda p: p.identifiers.doi, sets)
    _join_on(ordered, lambda p: p.identifiers.arxiv, sets)
    _join_on(ordered, lambda p: p.identifiers.openalex, sets)
    _join_on_title(ordered, sets)
    groups: dict[int, list[Paper]] = defaultdict(list)
    for index, paper in enumerate(ordered):
        groups[sets.find(index)].append(paper)
    by_id: dict[str, list[tuple[Paper, ...]]] = defaultdict(list)
    for records in groups.values():
        by_id[work_id(records)].append(tuple(records))
    works = [Work(_unique(identity, index), records)
             for identity, same in by_id.items()
             for index, records in enumerate(sorted(same, key=lambda r: _record_order(r[0])))]
    return tuple(sorted(works, key=lambda w: w.id))


def _unique(identity: str, index: int) -> str:
    """Distinct works whose identifiers agree (same title and year, no DOI) get ``-2``, ``-3`` …"""
    return identity if index == 0 else f"{identity}-{index + 1}"


def _work_keys(work: Work) -> Iterable[str]:
    for record in work.records:
        ids = record.identifiers
        if ids.doi:
            yield f"doi:{ids.doi}"
        if ids.arxiv:
            yield f"arxiv:{ids.arxiv}"
        if ids.openalex:
            yield f"openalex:{ids.openalex}"
        if ids.bibtex_key:
            yield f"key:{ids.bibtex_key}"
        if ids.url:
            yield f"url:{ids.url.rstrip('/')}"


def identifier_index(works: Iterable[Work]) -> dict[str, str]:
    """Map every identifier key (``doi:…``, ``key:…`` …) of every work to the work's id."""
    index: dict[str, str] = {}
    for work in works:
        for key in _work_keys(work):
            index.setdefault(key, work.id)
    return index


def _lookup(index: dict[str, str], value: str) -> str | None:
    for key in identifier_keys(value):
        if key in index:
            return index[key]
    return None


def _record_handle(paper: Paper) -> str | None:
    """An identifier of ``paper`` in the form :func:`identifier_keys` recognises."""
    ids = paper.identifiers
    if ids.openalex:
        return ids.openalex
    if ids.doi:
        return ids.doi
    if ids.arxiv:
        return f"arXiv:{ids.arxiv}"
    return ids.bibtex_key


def references_as_citations(works: Iterable[Work]) -> list[Citation]:
    """The citations that records state themselves (OpenAlex ``referenced_works``, …)."""
    return [
        Citation(handle, cited, record.source)
        for work in works
        for record in work.records
        if record.references and (handle := _record_handle(record))
        for cited in record.references
    ]


def resolve_citations(works: Sequence[Work], citations: Iterable[Citation]) -> CitationResolution:
    """Resolve each citation's two ends against every identifier the works carry.

    A citation asserted by several inputs becomes one link listing every source.
    Citations whose ends are not both in the corpus are returned as unresolved.
    """
    index = identifier_index(works)
    sources: dict[tuple[str, str], list[str]] = defaultdict(list)
    unresolved: list[Citation] = []
    resolved = self_citations = 0
    for citation in citations:
        citing, cited = _lookup(index, citation.citing), _lookup(index, citation.cited)
        if citing is None or cited is None:
            unresolved.append(citation)
            continue
        resolved += 1
        if citing == cited:
            self_citations += 1
        else:
            sources[(citing, cited)].append(citation.source.path)
    links = tuple(
        CitationLink(citing, cited, tuple(sorted(set(paths))))
        for (citing, cited), paths in sorted(sources.items())
    )
    return CitationResolution(links, tuple(unresolved), resolved, self_citations)
