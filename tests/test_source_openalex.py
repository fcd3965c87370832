"""The OpenAlex reader on works hand-written from OpenAlex's documented Work schema."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace

import pytest

from kg.errors import InputError
from kg.merge import merge_records, references_as_citations, resolve_citations
from kg.model import AuthorName, Identifiers, PubDate, SourceRef
from kg.sources import detect_format, read_source
from kg.sources.bibtex import read_bibtex
from kg.sources.openalex import looks_like, parse_openalex, read_openalex, split_display_name
from kg.sources.text import read_text

from conftest import DATA, SEEDS

JSON = DATA / "openalex_works.json"
JSONL = DATA / "openalex_works.jsonl"


@pytest.fixture(scope="module")
def works():
    return read_openalex(JSON)


def test_api_response_field_by_field(works):
    assert works.format == "openalex" and works.problems == ()
    first = works.papers[0]
    assert first.title == "On the Importance of Diversity in Question Generation for QA"
    assert first.source == SourceRef(str(JSON), 10, "W3100000001")
    assert first.abstract == "Automatic question generation (QG) is a useful tool question generation diversity."
    assert first.date == PubDate(2020, 7, 5)
    assert first.identifiers == Identifiers(
        doi="10.18653/v1/2020.acl-main.500",
        openalex="W3100000001",
        url="https://aclanthology.org/2020.acl-main.500",
    )
    landing = "https://aclanthology.org/2020.acl-main.500"
    assert first.urls == (landing, landing + ".pdf")
    assert first.venue == "Annual Meeting of the Association for Computational Linguistics"
    assert first.entry_type == "article"
    assert first.keywords == ("Question Generation",)
    assert first.references == ()
    ibm = "IBM Research - Thomas J. Watson Research Center"
    assert first.authors == (
        AuthorName("Sultan", "Md Arafat", raw="Md Arafat Sultan", orcid="0000-0002-1825-0097", affiliations=(ibm,)),
        AuthorName("Chandel", "Shubham", raw="Shubham Chandel", affiliations=("IBM Research AI",)),
        AuthorName("Astudillo", "Ramón Fernandez", raw="Ramón Fernandez Astudillo", affiliations=(ibm,)),
        AuthorName("Castelli", "Vittorio", raw="Vittorio Castelli"),
    )


def test_preprint_arxiv_positions_and_concepts(works):
    preprint = works.papers[1]
    assert preprint.title == "Diverse Questions from Few Examples"  # white space collapsed
    assert preprint.identifiers.arxiv == "2005.00001"
    assert preprint.identifiers.doi == "10.48550/arxiv.2005.00001"
    assert preprint.abstract == "We generate diverse questions from few examples; the questions stay answerable."
    assert preprint.entry_type == "preprint"
    assert preprint.venue == "arXiv (Cornell University)"
    assert preprint.keywords == ("Computer science", "Natural language processing")  # concepts scored >= 0.3
    assert preprint.references == ("W3100000001",)
    # listed last-author first in the file: author_position puts the first author first
    assert preprint.authors == (
        AuthorName(
            "Carberry", "Josiah", raw="Josiah Carberry", orcid="0000-0002-1694-233X",
            affiliations=("Brown University", "OurResearch"),
        ),
        AuthorName(
            "Fontaine", "Jean-Pierre", von="de la", suffix="Jr.", raw="J.-P. de la Fontaine",
            affiliations=("Université de Montréal, Canada",),
        ),
    )


def test_sparse_work(works):
    survey = works.papers[2]
    assert survey.date == PubDate(2022)
    assert survey.abstract is None and survey.venue is None and survey.urls == ()
    assert survey.identifiers == Identifiers(openalex="W3100000003")
    assert survey.authors == (
        AuthorName("Li", "Wei", raw="Li Wei", affiliations=("Peking University, Beijing, China",)),
    )  # its ORCID fails the check digit, so it is dropped
    assert survey.references == ("W3100000001", "W3100000002", "W2741809807")


def test_json_lines_give_the_same_papers_with_their_lines(works):
    lines = read_openalex(JSONL)
    assert [p.source.line for p in lines.papers] == [1, 2, 3]
    assert [replace(p, source=None) for p in lines.papers] == [replace(p, source=None) for p in works.papers]


def test_array_and_single_object_forms(works):
    results = json.loads(JSON.read_text())["results"]
    text = json.dumps(results, indent=1)
    array = parse_openalex(text, "a.json")
    assert [p.identifiers.openalex for p in array.papers] == ["W3100000001", "W3100000002", "W3100000003"]
    starts = [number for number, line in enumerate(text.splitlines(), start=1) if line == " {"]
    assert [p.source.line for p in array.papers] == starts and starts[0] == 2
    single = parse_openalex(json.dumps(results[2]), "one.json")
    assert single.papers[0].source == SourceRef("one.json", 1, "W3100000003")


def test_references_resolve_between_the_works(works):
    corpus = merge_records(works.papers)
    resolution = resolve_citations(corpus, references_as_citations(corpus))
    by_id = {w.id: w.identifier("openalex") for w in corpus}
    assert sorted((by_id[link.citing], by_id[link.cited]) for link in resolution.links) == [
        ("W3100000002", "W3100000001"),
        ("W3100000003", "W3100000001"),
        ("W3100000003", "W3100000002"),
    ]
    assert [c.cited for c in resolution.unresolved] == ["W2741809807"]  # outside the corpus: counted, not dropped


def test_merges_with_the_acl_bibtex_record_by_doi(works):
    acl = read_bibtex(DATA / "acl_slice.bib").papers
    corpus = merge_records([*acl, *works.papers])
    assert len(corpus) == len(acl) + 2
    merged = next(w for w in corpus if w.identifier("openalex") == "W3100000001")
    assert merged.identifier("bibtex_key") == "sultan-etal-2020-importance"
    assert {r.source.path for r in merged.records} == {str(DATA / "acl_slice.bib"), str(JSON)}


def test_bad_lines_and_untitled_works_are_problems():
    text = (
        '{"id": "https://openalex.org/W1111", "title": "Kept"}\n'
        '{"id": "W2222", \n'
        '{"id": "W3333", "title": ""}\n'
        "[1]\n"
    )
    batch = parse_openalex(text, "w.jsonl")
    assert [p.title for p in batch.papers] == ["Kept"]
    assert [(p.source.line, p.source.record, p.message) for p in batch.problems] == [
        (2, None, "invalid JSON line (Expecting property name enclosed in double quotes)"),
        (3, "W3333", "work has no title"),
        (4, None, "expected a work object, got list"),
    ]


def test_nothing_readable_is_an_input_error():
    with pytest.raises(InputError, match="work has no title"):
        parse_openalex('{"id": "W1", "display_name": null}', "w.json")
    with pytest.raises(InputError) as error:
        parse_openalex('[{"id": "W1",\n "title": }]', "w.json")
    assert error.value.line == 2


def test_gzip(tmp_path):
    path = tmp_path / "works.jsonl.gz"
    path.write_bytes(gzip.compress(JSONL.read_bytes()))
    assert len(read_openalex(path).papers) == 3


def test_split_display_name():
    assert split_display_name("Md Arafat Sultan") == AuthorName("Sultan", "Md Arafat", raw="Md Arafat Sultan")
    assert split_display_name("Ludwig van Beethoven").von == "van"
    assert split_display_name("Martin Luther King III").suffix == "III"


def test_detected_from_content():
    for path in (JSON, JSONL):
        assert detect_format(read_text(path), str(path)) == "openalex"
        assert read_source(path).format == "openalex"
    for path in sorted(SEEDS.glob("*.txt")):
        assert not looks_like(read_text(path)[:8192]), path
