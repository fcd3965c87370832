"""One kind per name across a corpus.

Extraction reads each abstract alone, so a name can come out a dataset in most papers and a method in a few
(a coined "LexiGraph" in a title with no context, "BERT" once as data). In the graph those would be two entities. After
extraction, :func:`corpus_kinds` lets every paper vote on each name's kind, once per name, with the probability
the decision model gave its reading; :func:`agree_kinds` then gives a paper's mentions the corpus's kind where
the corpus is clear (at least :data:`MIN_PAPERS` papers, and :data:`MIN_SHARE` of the votes). A paper that
proposes the name keeps its own reading: it says what it introduced. Names are compared by
:func:`~kg.extract.canonical.entity_slug`, as graph nodes are.

On the development ACL sets this changed 7 readings and moved dataset and method F1 by +0.001
(docs/extraction.md, round 9).

Examples
--------
>>> from kg.extract import extract_mentions
>>> title = extract_mentions("Multilinguality at Your Fingertips: LexiGraph, Babelfy and Beyond", None)
>>> [(m.canonical, m.kind.value) for m in title]
[('LexiGraph', 'method')]
>>> data = extract_mentions("X", "It differs from other resources such as DBpedia or LexiGraph.")
>>> kinds = corpus_kinds([title, data, data, data])
>>> [(m.canonical, m.kind.value, m.rule) for m in agree_kinds(title, kinds)]
[('LexiGraph', 'dataset', 'pattern:name-shape+learned+corpus-kind')]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from kg.extract.canonical import entity_slug
from kg.model import EntityKind, Mention, Role

MIN_PAPERS = 3
MIN_SHARE = 0.8


def corpus_kinds(papers: Iterable[tuple[Mention, ...]]) -> dict[str, EntityKind]:
    """The kind the corpus gives each name (by entity slug), where its papers are clear about it.

    Parameters
    ----------
    papers : iterable of tuple of Mention
        Each paper's mentions, as :func:`~kg.extract.extract_mentions` returns them.
    """
    votes: dict[str, Counter[EntityKind]] = defaultdict(Counter)
    papers_of: Counter[str] = Counter()
    for mentions in papers:
        reading: dict[tuple[str, EntityKind], float] = {}
        for m in mentions:
            key = (entity_slug(m.canonical), m.kind)
            reading[key] = max(reading.get(key, 0.0), m.confidence)
        for (slug, kind), weight in reading.items():
            votes[slug][kind] += weight
        papers_of.update({slug for slug, _ in reading})
    kinds = {}
    for slug, vote in votes.items():
        kind, weight = max(vote.items(), key=lambda item: (item[1], item[0].value))
        if papers_of[slug] >= MIN_PAPERS and weight >= MIN_SHARE * sum(vote.values()):
            kinds[slug] = kind
    return kinds


def agree_kinds(mentions: tuple[Mention, ...], kinds: Mapping[str, EntityKind]) -> tuple[Mention, ...]:
    """``mentions`` with the corpus's kind where it differs and the paper does not propose the name; the rule of
    a changed mention ends in ``+corpus-kind``."""
    slugs = [entity_slug(m.canonical) for m in mentions]
    if all(kinds.get(slug, m.kind) is m.kind for slug, m in zip(slugs, mentions)):
        return mentions  # almost always: nothing to change
    proposed = {slug for slug, m in zip(slugs, mentions) if m.role is Role.PROPOSES}
    return tuple(replace(m, kind=kinds[slug], rule=m.rule + "+corpus-kind")
                 if kinds.get(slug, m.kind) is not m.kind and slug not in proposed else m
                 for slug, m in zip(slugs, mentions))
