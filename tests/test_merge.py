"""Merging records into works: by DOI, arXiv id, title + year; never two records of one file by title alone."""

from __future__ import annotations

from kg.merge import merge_records
from kg.model import Citation, Identifiers, Paper, PubDate, SourceRef
from kg.sources.bibtex import read_bibtex

from conftest import DATA


def _paper(title, path, line, year=None, doi=None, arxiv=None):
    return Paper(title, SourceRef(path, line), date=PubDate(year) if year else None,
                 identifiers=Identifiers(doi=doi, arxiv=arxiv))


def test_same_title_in_two_files_is_one_work_keeping_both_records():
    [work] = merge_records([_paper("Layer Normalization", "a.txt", 3), _paper("Layer normalization", "b.bib", 9, 2016)])
    assert len(work.records) == 2 and work.date == PubDate(2016)


def test_same_title_twice_in_one_file_is_two_papers():
    works = merge_records([_paper("Introduction", "acl.bib", 10, 2004), _paper("Introduction", "acl.bib", 90, 2004)])
    assert len(works) == 2


def test_different_years_or_dois_keep_papers_apart():
    assert len(merge_records([_paper("Survey", "a.bib", 1, 2019), _paper("Survey", "b.bib", 1, 2021)])) == 2
    assert len(merge_records([_paper("Survey", "a.bib", 1, doi="10.1/a"), _paper("Survey", "b.bib", 1, doi="10.1/b")])) == 2


def test_doi_and_arxiv_join_across_titles():
    works = merge_records([_paper("A", "a.bib", 1, doi="10.1/x"), _paper("A (extended)", "b.json", 1, doi="10.1/x"),
                           _paper("B", "a.bib", 5, arxiv="2106.09685"), _paper("B v2", "c.bib", 2, arxiv="2106.09685")])
    assert len(works) == 2


def test_result_does_not_depend_on_input_order():
    records = list(read_bibtex(DATA / "acl_slice.bib").papers)
    assert merge_records(records) == merge_records(reversed(records))
    assert len(merge_records(records)) == len(records)


def test_work_ids_are_unique_even_for_same_title_same_year_papers():
    records = [_paper("Introduction", "acl.txt", 10, 2004), _paper("Introduction", "acl.txt", 90, 2004),
               _paper("Introduction", "acl.txt", 50, 2004)]
    ids = [w.id for w in merge_records(records)]
    assert len(set(ids)) == 3
    assert ids == sorted(ids) and ids[0] + "-2" in ids and ids[0] + "-3" in ids
    assert [w.id for w in merge_records(reversed(records))] == ids


def test_bibtex_keys_tell_same_title_entries_apart():
    a = Paper("Introduction", SourceRef("acl.bib", 1), date=PubDate(2004), identifiers=Identifiers(bibtex_key="W04-1"))
    b = Paper("Introduction", SourceRef("acl.bib", 9), date=PubDate(2004), identifiers=Identifiers(bibtex_key="W04-2"))
    assert len({w.id for w in merge_records([a, b])}) == 2


def test_every_resolved_citation_is_counted_even_repeated_or_self():
    from kg.merge import resolve_citations
    from kg.sources.citations import read_citations

    works = merge_records(read_bibtex(DATA / "acl_slice.bib").papers)
    [first, *_] = read_citations(DATA / "acl_citations_slice.csv").citations
    repeated = [first, first, Citation(first.citing, first.citing, first.source)]
    resolution = resolve_citations(works, repeated)
    assert resolution.resolved == 3 and resolution.self_citations == 1
    assert len(resolution.links) == 1 and resolution.asserted == 3
