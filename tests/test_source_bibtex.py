"""The BibTeX reader on a real slice of the ACL Anthology and on hand-made edge cases."""

from __future__ import annotations

import gzip

import pytest

from kg.errors import InputError
from kg.merge import merge_records, resolve_citations
from kg.model import AuthorName, Collection, Identifiers, PubDate, SourceRef
from kg.sources import detect_format, read_source
from kg.sources.bibtex import looks_like, parse_bibtex, parse_month, parse_names, read_bibtex
from kg.sources.citations import read_citations
from kg.sources.text import read_text

from conftest import DATA, SEEDS, SHARED_DATA

ACL_SLICE = DATA / "acl_slice.bib"
EDGE = DATA / "bibtex_edge_cases.bib"
ACL_BIB = SHARED_DATA / "acl-anthology" / "anthology+abstracts.bib.gz"


@pytest.fixture(scope="module")
def acl():
    return read_bibtex(ACL_SLICE)


@pytest.fixture(scope="module")
def edge():
    return read_bibtex(EDGE)


def _by_key(batch):
    return {p.identifiers.bibtex_key: p for p in batch.papers}


# --- the ACL slice: real entries ------------------------------------------------------------------


def test_acl_slice_counts(acl):
    assert acl.format == "bibtex"
    assert len(acl.papers) == 230
    assert acl.problems == ()
    assert sum(len(p.authors) for p in acl.papers) == 652
    assert sum(1 for p in acl.papers if p.abstract) == 29
    assert sum(1 for p in acl.papers if p.identifiers.doi) == 79
    assert {p.entry_type for p in acl.papers} == {"inproceedings"}


def test_acl_first_entry_field_by_field(acl):
    paper = acl.papers[0]
    assert paper.title == "Multilingual communication: Chairman’s introductory review of translating and the computer"
    assert paper.source == SourceRef(str(ACL_SLICE), 1, "sager-1978-multilingual")
    assert paper.authors == (AuthorName("Sager", "Juan C.", raw="Sager, Juan C."),)
    assert paper.date == PubDate(1978)
    assert paper.venue == "Translating and the Computer"
    assert paper.urls == ("https://aclanthology.org/1978.tc-1.1",)
    assert paper.identifiers == Identifiers(
        bibtex_key="sager-1978-multilingual", url="https://aclanthology.org/1978.tc-1.1"
    )
    assert paper.abstract is None
    assert paper.keywords == ()
    assert paper.collection is None


def test_acl_entry_with_doi_month_and_abstract(acl):
    paper = _by_key(acl)["sultan-etal-2020-importance"]
    assert paper.title == "On the Importance of Diversity in Question Generation for QA"
    assert [a.display for a in paper.authors] == [
        "Md Arafat Sultan",
        "Shubham Chandel",
        "Ramón Fernandez Astudillo",
        "Vittorio Castelli",
    ]
    assert paper.authors[2] == AuthorName("Fernandez Astudillo", "Ramón", raw="Fernandez Astudillo, Ramón")
    assert paper.date == PubDate(2020, 7)
    assert paper.identifiers.doi == "10.18653/v1/2020.acl-main.500"
    assert paper.venue == "Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics"
    assert paper.abstract.startswith("Automatic question generation (QG) has shown promise as a source of synthetic")
    assert paper.abstract.endswith("correlates well with extrinsic evaluation on QA.")
    assert paper.source.line == 131


def test_acl_latex_in_titles_and_abstracts(acl):
    papers = _by_key(acl)
    assert papers["perschke-1987-eurotra"].title == (
        "EUROTRA: The EEC R&D programme for the creation of a machine translation system of advanced design"
    )
    platon = papers["nagao-tsujii-1976-platon"]
    assert platon.title == "PLATON–A New Programming Language for Natural Language Analysis"
    assert platon.date == PubDate(1976, 2)
    abstract = papers["de-vreught-honig-1991-slow"].abstract
    assert "runs in \\Theta(n^3/p(n)) time with p(n) = O(n^2) processors" in abstract


def test_acl_name_suffixes_and_von(acl):
    papers = _by_key(acl)
    pescitelli = papers["futrelle-etal-1991-preprocessing"].authors[3]
    assert pescitelli == AuthorName("Pescitelli", "Maurice J.", suffix="Jr.", raw="Pescitelli, Jr., Maurice J.")
    assert pescitelli.display == "Maurice J. Pescitelli, Jr."
    de_vreught = papers["de-vreught-honig-1991-slow"].authors[0]
    assert (de_vreught.given, de_vreught.von, de_vreught.family) == ("Hans", "de", "Vreught")
    nyberg = [a for p in acl.papers for a in p.authors if a.family == "Nyberg"]
    assert nyberg[0].suffix == "3rd" and nyberg[0].given == "Eric H."


def test_acl_entry_without_authors_and_malformed_doi(acl):
    papers = _by_key(acl)
    index = papers["-2006-author"]
    assert index.title == "Author and Subject Index" and index.authors == ()
    assert index.date == PubDate(2006, 12)
    broken_doi = [p for p in acl.papers if "10.26615" in (p.identifiers.url or "")][0]
    assert broken_doi.identifiers.doi is None  # the file's doi field reads "0.26615/…": not a DOI


def test_acl_slice_citations_all_resolve(acl):
    citations = read_citations(DATA / "acl_citations_slice.csv")
    works = merge_records(acl.papers)
    assert len(works) == 230
    resolution = resolve_citations(works, citations.citations)
    assert len(citations.citations) == 684
    assert resolution.unresolved == ()
    assert resolution.asserted == 684


def _first_entries(text: str, count: int) -> str:
    end = 0
    for _ in range(count):
        end = text.index("\n@", end + 1)
    return text[: end + 1]


def test_first_entries_of_the_real_gzip():
    """The first 300 entries of the shared file itself, decompressed by read_text."""
    text = read_text(ACL_BIB)
    batch = parse_bibtex(_first_entries(text, 300), str(ACL_BIB))
    assert len(batch.papers) == 300 and batch.problems == ()
    assert batch.papers[0].identifiers.bibtex_key == "sager-1978-multilingual"
    assert [p.source.line for p in batch.papers[:3]] == [1, 12, 23]
    assert batch.papers[-1].source.line == _first_entries(text, 299).count("\n") + 1


@pytest.mark.slow
def test_whole_acl_file_reads():
    batch = read_bibtex(ACL_BIB)
    assert len(batch.papers) == 70547 and batch.problems == ()
    assert sum(len(p.authors) for p in batch.papers) == 219788
    assert sum(1 for p in batch.papers if p.abstract) == 29865


# --- hand-made edge cases -------------------------------------------------------------------------


def test_edge_macros_concatenation_month_and_von_names(edge):
    paper = _by_key(edge)["Berg2019"]
    assert paper.title == "BERT Goes to Münster: A Study"
    assert paper.source == SourceRef(str(EDGE), 9, "Berg2019")
    assert paper.venue == "Proceedings of the 57th Annual Meeting of the ACL (Volume 1: Long Papers), Florence"
    assert paper.date == PubDate(2019, 6)
    assert paper.identifiers.doi == "10.18653/v1/p19-1001"
    assert paper.keywords == ("transformers", "low-rank adaptation", "fine-tuning")
    assert paper.abstract == "We fine-tune BERT on 90% of the data & report results on two lines."
    assert paper.entry_type == "inproceedings"
    assert paper.authors == (
        AuthorName("Berg", "Jan", von="van der", suffix="Jr", raw="van der Berg, Jr, Jan"),
        AuthorName("Kaiser", "Łukasz", raw="{\\L}ukasz Kaiser"),
        AuthorName("Müller", "Hans", raw='M{\\"u}ller, Hans'),
        AuthorName("Bubeck", "Sébastien", raw="S{\\'{e}}bastien Bubeck"),
    )  # "and others" is BibTeX's et al., not a person


def test_edge_arxiv_from_journal_and_from_eprint(edge):
    papers = _by_key(edge)
    lora = papers["hu2021lora"]
    assert lora.identifiers.arxiv == "2106.09685"
    assert lora.date == PubDate(2021, 6)  # month="June"
    assert lora.venue == "arXiv preprint arXiv:2106.09685"
    attention = papers["eprint-entry"]
    assert attention.identifiers == Identifiers(
        arxiv="1706.03762",
        bibtex_key="eprint-entry",
        url="https://example.org/papers/attention_is_all",
    )
    assert attention.date == PubDate(2017, 12)
    assert [a.display for a in attention.authors] == ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"]


def test_edge_edited_volume_credits_editors(edge):
    book = _by_key(edge)["edited-volume"]
    assert book.title == "Readings in Machine Translation"
    assert [a.family for a in book.authors] == ["Nirenburg", "Somers", "Wilks"]
    assert book.date == PubDate(2003, 9)
    assert book.entry_type == "book"


def test_edge_latex_math_accents_and_corporate_names(edge):
    paper = _by_key(edge)["latex-heavy"]
    assert paper.title == "α-Divergence for Robust Parsing — Özgür's Çağrı Notes"
    assert paper.authors == (
        AuthorName("Fontaine", "Jean", von="de la", raw="de la Fontaine, Jean"),
        AuthorName("Beethoven", "Ludwig", von="van", raw="Ludwig van Beethoven"),
        AuthorName("Barnes and Noble, Inc.", raw="{Barnes and Noble, Inc.}"),
    )


def test_edge_biblatex_date(edge):
    assert _by_key(edge)["biblatex-date"].date == PubDate(2021, 3, 15)


def test_edge_broken_entries_are_problems_not_silence(edge):
    assert [p.identifiers.bibtex_key for p in edge.papers] == [
        "Berg2019",
        "hu2021lora",
        "eprint-entry",
        "edited-volume",
        "latex-heavy",
        "biblatex-date",
        "after-unclosed",
    ]
    assert [(p.source.line, p.source.record, p.message) for p in edge.problems] == [
        (62, "no-title", "entry has no title"),
        (67, "bad-year", "bad year 'in press'"),
        (72, "unclosed", "unreadable BibTeX block: Expected a `=` after entry key, but found `@misc`."),
        (77, "Berg2019", "duplicate key 'Berg2019' (first used on line 9); entry skipped"),
    ]
    assert _by_key(edge)["after-unclosed"].source.line == 75


def test_collection_is_carried():
    collection = Collection("my-refs", "My references", "refs.bib")
    batch = parse_bibtex("@misc{a, title={T}}", "refs.bib", collection=collection)
    assert batch.collection == collection
    assert batch.papers[0].collection == "my-refs"


def test_nothing_readable_is_an_input_error():
    with pytest.raises(InputError) as error:
        parse_bibtex("@misc{a, year=2020}\n", "x.bib")
    assert (error.value.line, error.value.reason) == (1, "entry has no title")
    with pytest.raises(InputError, match="no readable BibTeX entry; first: entry has no title"):
        parse_bibtex("@misc{a, year=2020}\n@misc{b, title={T}, year={x}}", "x.bib")
    with pytest.raises(InputError, match="no BibTeX entries"):
        parse_bibtex("@string{a = {b}}\n% nothing else", "x.bib")


def test_gzip_is_read_transparently(tmp_path):
    path = tmp_path / "refs.bib.gz"
    path.write_bytes(gzip.compress(EDGE.read_bytes()))
    batch = read_bibtex(path)
    assert len(batch.papers) == 7 and batch.papers[0].source == SourceRef(str(path), 9, "Berg2019")


@pytest.mark.parametrize(
    "value, expected",
    [("jan", 1), ("Feb", 2), ("march", 3), ("Sept.", 9), ("9", 9), ("09", 9)]
    + [("0", None), ("Frühling", None), ("", None)],
)
def test_month_forms(value, expected):
    assert parse_month(value) == expected


def test_names_split_on_and_only_outside_braces():
    names = parse_names("{Simon and Schuster} and Knuth, Donald E. and Leslie~Lamport")
    assert [n.display for n in names] == ["Simon and Schuster", "Donald E. Knuth", "Leslie Lamport"]


# --- format detection -----------------------------------------------------------------------------


def test_detected_from_content():
    for path in (ACL_SLICE, EDGE):
        assert detect_format(read_text(path), str(path)) == "bibtex"
    assert read_source(EDGE).format == "bibtex"


def test_seed_files_are_not_bibtex():
    for path in sorted(SEEDS.glob("*.txt")):
        assert not looks_like(read_text(path)[:8192]), path
