"""The citation-list reader on a real slice of the ACL Anthology Network's citations and on edge cases."""

from __future__ import annotations

import gzip

import pytest

from kg.errors import InputError
from kg.merge import merge_records, resolve_citations
from kg.model import Citation, Identifiers, Paper, Problem, SourceRef
from kg.sources import detect_format
from kg.sources.bibtex import read_bibtex
from kg.sources.citations import choose_identifier, looks_like, parse_citations, read_citations
from kg.sources.text import read_text

from conftest import DATA, SEEDS, SHARED_DATA

SLICE = DATA / "acl_citations_slice.csv"
ACL_CITATIONS = SHARED_DATA / "acl-anthology" / "citations.csv.gz"


def test_acl_slice_rows_with_their_lines():
    batch = read_citations(SLICE)
    assert batch.format == "citations" and batch.papers == () and batch.problems == ()
    assert len(batch.citations) == 684
    assert batch.citations[0] == Citation("bod-2000-parsing", "charniak-2000-maximum", SourceRef(str(SLICE), 2))
    assert batch.citations[-1].source.line == 685


def test_acl_slice_resolves_against_the_bib_slice():
    papers = read_bibtex(DATA / "acl_slice.bib").papers
    resolution = resolve_citations(merge_records(papers), read_citations(SLICE).citations)
    assert resolution.unresolved == () and resolution.self_citations == 0
    assert len(resolution.links) == 684


def test_real_gzip_head():
    """The first 500 rows of the shared file, read through its .gz."""
    text = read_text(ACL_CITATIONS)
    head = "\n".join(text.splitlines()[:501])
    batch = parse_citations(head, str(ACL_CITATIONS))
    assert len(batch.citations) == 500
    assert batch.citations[0] == Citation(
        "josan-lehal-2008-punjabi", "hajic-2000-machine", SourceRef(str(ACL_CITATIONS), 2)
    )


def test_whole_file_via_read_citations():
    batch = read_citations(ACL_CITATIONS)
    assert len(batch.citations) == 92040 and batch.problems == ()


def test_gzip_slice(tmp_path):
    path = tmp_path / "cites.csv.gz"
    path.write_bytes(gzip.compress(SLICE.read_bytes()))
    assert len(read_citations(path).citations) == 684


def test_mixed_identifiers_and_bad_rows():
    text = (
        "citing,cited\n"
        "Berg2019,https://doi.org/10.18653/V1/P19-1001\n"
        "\n"
        "arXiv:2106.09685v2,https://arxiv.org/abs/1706.03762\n"
        "only-one-column\n"
        ",empty-citing\n"
        '"smith:2020","https://openalex.org/W3100000001"\n'
    )
    batch = parse_citations(text, "c.csv")
    assert batch.citations == (
        Citation("Berg2019", "https://doi.org/10.18653/V1/P19-1001", SourceRef("c.csv", 2)),
        Citation("arXiv:2106.09685v2", "https://arxiv.org/abs/1706.03762", SourceRef("c.csv", 4)),
        Citation("smith:2020", "https://openalex.org/W3100000001", SourceRef("c.csv", 7)),
    )
    assert batch.problems == (
        Problem(SourceRef("c.csv", 5), "expected citing and cited values, got 1 column"),
        Problem(SourceRef("c.csv", 6), "empty citing value"),
    )


def test_opencitations_dump_with_prefixed_id_lists():
    text = (
        "id,citing,cited,creation,timespan,journal_sc,author_sc\n"
        '"oci:0610","omid:br/0610 doi:10.1007/S11192-019-03217-6 pmid:3123","omid:br/0611 doi:10.18653/v1/p19-1001",'
        "2019-09-14,P2Y,no,no\n"
        '"oci:0612","omid:br/0612 pmid:31","omid:br/0611 arxiv:2106.09685",2020,P1Y,no,no\n'
    )
    batch = parse_citations(text, "oc.csv")
    assert [(c.citing, c.cited) for c in batch.citations] == [
        ("10.1007/s11192-019-03217-6", "10.18653/v1/p19-1001"),
        ("omid:br/0612", "arXiv:2106.09685"),
    ]


def test_doi_citations_resolve_and_unresolved_are_reported():
    papers = [
        Paper("A", SourceRef("a.bib", 1, "a"), identifiers=Identifiers(doi="10.18653/v1/p19-1001", bibtex_key="a")),
        Paper("B", SourceRef("a.bib", 5, "b"), identifiers=Identifiers(arxiv="2106.09685", bibtex_key="b")),
    ]
    text = "citing,cited\ndoi:10.18653/V1/P19-1001,arXiv:2106.09685v2\nb,not-in-corpus\n"
    resolution = resolve_citations(merge_records(papers), parse_citations(text, "c.csv").citations)
    assert len(resolution.links) == 1
    assert [c.cited for c in resolution.unresolved] == ["not-in-corpus"]


def test_tab_and_semicolon_separated():
    assert len(parse_citations("cited\tciting\nx\ty\n", "t.tsv").citations) == 1
    assert parse_citations("citing;cited\nx;y\n", "s.csv").citations[0].cited == "y"


def test_choose_identifier():
    assert choose_identifier("omid:br/1 https://doi.org/10.1234/ABC") == "10.1234/abc"
    assert choose_identifier("key-with-no-scheme") == "key-with-no-scheme"


def test_errors():
    with pytest.raises(InputError, match="expected a CSV header with 'citing' and 'cited' columns"):
        parse_citations("source,target\na,b\n", "x.csv")
    with pytest.raises(InputError, match="no citation rows after the header"):
        parse_citations("citing,cited\n\n", "x.csv")
    with pytest.raises(InputError) as error:
        parse_citations("citing,cited\nlonely\n", "x.csv")
    assert error.value.line == 2


def test_detected_from_content():
    assert detect_format(read_text(SLICE), str(SLICE)) == "citations"
    for path in sorted(SEEDS.glob("*.txt")):
        assert not looks_like(read_text(path)[:8192]), path
