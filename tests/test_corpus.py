"""Assembling the corpus: extraction gives the same result in one process or several, and the garbage collector is
handed back as it was found."""

from __future__ import annotations

import pytest

from kg.corpus import extract_all, extract_text
from kg.merge import merge_records
from kg.sources.bibtex import read_bibtex

from conftest import DATA


@pytest.fixture(scope="module")
def works():
    return merge_records(read_bibtex(DATA / "acl_slice.bib").papers)


def test_parallel_extraction_equals_serial(works, monkeypatch):
    monkeypatch.setattr("kg.corpus.PARALLEL_FROM", 10)
    monkeypatch.setattr("kg.corpus._CHUNK", 37)
    serial = extract_all(works, processes=1)
    assert serial == [extract_text(w) for w in works]
    seen = []
    assert extract_all(works, progress=seen.append, processes=2) == serial
    assert sum(seen) == len(works)


def test_parallel_extraction_restores_the_collector(works, monkeypatch):
    import gc
    monkeypatch.setattr("kg.corpus.PARALLEL_FROM", 10)
    extract_all(works[:40], processes=2)
    assert gc.get_freeze_count() == 0  # the heap frozen for the workers is handed back
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        extract_all(works[:40], processes=2)
        assert gc.get_freeze_count() >= frozen  # a heap the caller froze stays frozen
    finally:
        gc.unfreeze()


def test_a_build_leaves_nothing_frozen(seed_build):
    import gc
    assert gc.get_freeze_count() == 0  # build() froze its corpus and graph, and handed them back


def _text(title, abstract=None):
    from kg.corpus import WorkText
    from kg.extract import extract_mentions
    return WorkText(extract_mentions(title, abstract), ())


def test_a_name_takes_the_kind_the_rest_of_the_corpus_gives_it():
    from kg.corpus import agree_on_kinds
    from kg.model import EntityKind
    # after an ACL Anthology title (BabelNet): a title alone reads a coined LexiGraph as a method; abstracts listing it
    # among resources, as data
    title = _text("Multilinguality at Your Fingertips: LexiGraph, Babelfy and Beyond")
    data = _text("X", "As such, this resource aims to provide a gold standard for link discovery, while also allowing "
                      "PWN to distinguish itself from other resources such as DBpedia or LexiGraph.")
    agreed = agree_on_kinds([title, data, data, data])
    assert [(m.canonical, m.kind) for m in agreed[0].mentions] == [("LexiGraph", EntityKind.DATASET)]
    assert agreed[0].mentions[0].rule.endswith("+corpus-kind")
    assert agreed[1] is data  # nothing to change: the same object
    assert agree_on_kinds([title, data]) == [title, data]  # too few papers to be clear


def test_a_paper_that_proposes_a_name_keeps_its_own_reading():
    from kg.corpus import agree_on_kinds
    from kg.model import EntityKind, Role
    proposer = _text("LexiGraph: a new model of word senses", "We present LexiGraph, a new method for sense tagging.")
    assert {(m.kind, m.role) for m in proposer.mentions} == {(EntityKind.METHOD, Role.PROPOSES)}
    data = _text("X", "It differs from other resources such as DBpedia or LexiGraph.")
    title = _text("Multilinguality at Your Fingertips: LexiGraph, Babelfy and Beyond")
    agreed = agree_on_kinds([proposer, title] + [data] * 8)
    assert agreed[0] == proposer
    assert agreed[1].mentions[0].kind is EntityKind.DATASET  # the corpus is clear, the proposer alone is not
