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
