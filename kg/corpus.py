"""Everything known about a set of inputs, before it becomes a graph.

:func:`assemble_corpus` runs the middle of the pipeline over the readers'
batches: records are merged into works (:mod:`kg.merge`), author names are
resolved into persons (:mod:`kg.authors`), methods, datasets and code links are
extracted from titles and abstracts (:mod:`kg.extract`), and citations are
resolved against every identifier the works carry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kg.authors import AuthorDecisions, AuthorResolution, resolve_authors
from kg.extract import extract_mentions, find_code_links
from kg.merge import CitationResolution, merge_records, references_as_citations, resolve_citations
from kg.model import Collection, Mention, Problem, SourceBatch, Work

Progress = Callable[[int], None]


@dataclass(frozen=True)
class WorkText:
    """What extraction found in one work's title and abstract."""

    mentions: tuple[Mention, ...]
    code: tuple[str, ...]


@dataclass(frozen=True)
class Corpus:
    """Works, persons, mentions and citations of one build, ready for :func:`kg.graph.build_graph`."""

    collections: tuple[Collection, ...]
    works: tuple[Work, ...]
    authors: AuthorResolution
    text: dict[str, WorkText]  # by Work.id
    citations: CitationResolution
    problems: tuple[Problem, ...]

    @property
    def records(self) -> int:
        return sum(len(work.records) for work in self.works)


def _collections(batches: Sequence[SourceBatch]) -> tuple[Collection, ...]:
    unique = {batch.collection.id: batch.collection for batch in batches if batch.collection}
    return tuple(unique[key] for key in sorted(unique))


def extract_text(work: Work) -> WorkText:
    """Mentions in the title and abstract of ``work``, and its code links."""
    abstract = work.abstract or ""
    return WorkText(extract_mentions(work.title, abstract), find_code_links(abstract))


def assemble_corpus(batches: Sequence[SourceBatch], decisions: AuthorDecisions | None = None,
                    progress: Progress | None = None) -> Corpus:
    """Merge, resolve and extract over the batches the readers returned.

    ``progress`` is called with the number of works whose text was just
    extracted, for a progress bar over the slowest stage.
    """
    works = merge_records(paper for batch in batches for paper in batch.papers)
    authors = resolve_authors(works, decisions)
    text = {}
    for work in works:
        text[work.id] = extract_text(work)
        if progress:
            progress(1)
    asserted = [c for batch in batches for c in batch.citations] + references_as_citations(works)
    citations = resolve_citations(works, asserted)
    problems = tuple(problem for batch in batches for problem in batch.problems)
    return Corpus(_collections(batches), works, authors, text, citations, problems)
