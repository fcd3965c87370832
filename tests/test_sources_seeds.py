"""The profile and listing readers on the real seed documents."""

from __future__ import annotations

import pytest

from kg.build import read_inputs
from kg.config import read_config, resolve_inputs
from kg.errors import InputError
from kg.merge import merge_records
from kg.model import AuthorName, PubDate
from kg.sources import detect_format, read_source
from kg.sources.text import read_text

from conftest import DATA, LISTING_BATCH, LISTING_GRANULARITY, LISTING_NO_METADATA, PROFILE, SEEDS


def _all_records():
    return [p for batch in read_inputs(*resolve_inputs([SEEDS])) for p in batch.papers]


def test_formats_are_detected_from_content():
    assert detect_format(read_text(PROFILE), str(PROFILE)) == "profile"
    for listing in (LISTING_GRANULARITY, LISTING_NO_METADATA, LISTING_BATCH):
        assert detect_format(read_text(listing), str(listing)) == "listing"


def test_seed_counts():
    records = _all_records()
    assert len(records) == 217
    assert len(merge_records(records)) == 215
    profile = read_source(PROFILE).papers
    names = {a.display for p in profile for a in p.authors}
    assert len(names) == 87


def test_profile_paper_field_by_field():
    paper = read_source(PROFILE).papers[1]
    assert paper.title.startswith("OCRBench v2: An Improved Benchmark")
    assert paper.source.line == 5
    assert paper.authors[0] == AuthorName(family="Fu", given="Ling", raw="Fu, Ling")
    assert len(paper.authors) == 24
    assert [a.display for a in paper.authors].index("Hao Feng") == 16
    assert paper.abstract.startswith("Scoring the Optical Character Recognition")
    assert paper.date is None and paper.author_count is None


def test_listing_paper_with_metadata():
    paper = read_source(LISTING_GRANULARITY).papers[0]
    assert paper.title == "Multi-Granularity Language-Guided Training for Multi-Object Tracking"
    assert paper.author_count == 7
    assert paper.date == PubDate(2024, 6, 7)
    assert paper.upvotes is None
    assert paper.urls == ("https://github.com/WesLee88524/LG-MOT",)
    assert paper.source.line == 13


def test_listing_paper_without_metadata():
    papers = read_source(LISTING_GRANULARITY).papers
    sam = next(p for p in papers if p.title.startswith("SAM 2++"))
    assert (sam.author_count, sam.date, sam.upvotes, sam.organisation) == (None, None, None, None)
    assert sam.abstract.startswith("Video tracking aims")


def test_listing_with_no_metadata_at_all():
    papers = read_source(LISTING_NO_METADATA).papers
    assert len(papers) == 91
    assert all(p.date is None and p.author_count is None for p in papers)


def test_upvotes_and_year_less_dates_are_kept_as_written():
    papers = {p.title: p for p in read_source(LISTING_BATCH).papers}
    kv = papers["Effectively Compress KV Heads for LLM"]
    assert (kv.date, kv.upvotes) == (PubDate(2024, 6, 11), 2)
    squre = next(p for t, p in papers.items() if t.startswith("SQUARE"))
    assert squre.date == PubDate(None, 9, 30) and squre.date.iso() == "--09-30" and squre.upvotes == 3


def test_organisation_line():
    paper = next(p for p in read_source(LISTING_BATCH).papers if p.title == "Fine-tuning Done Right in Model Editing")
    assert paper.organisation == "UCAS ucas"
    assert paper.date == PubDate(None, 9, 26) and paper.upvotes == 2


def test_duplicate_paper_is_one_work_in_both_collections():
    works = merge_records(_all_records())
    twice = [w for w in works if len(w.records) == 2]
    assert sorted(w.title for w in twice) == [
        "Revisiting Discriminative vs. Generative Classifiers: Theory and Implications",
        "Towards All-in-one Pre-training via Maximizing Multi-modal Mutual Information",
    ]
    assert all(w.collections == ("001_4517cd0d84a387da", "002_af4eeb2795fab435") for w in twice)


def test_config_names_collections_and_can_give_the_year():
    config = read_config(SEEDS / "kg.toml")
    assert config.collection_for(LISTING_BATCH).name == "Daily papers: batch"
    from kg.config import parse_config

    with_year = parse_config('[collections."003_f436105f4fb5c062.txt"]\nyear = 2025', base=SEEDS)
    papers = read_source(LISTING_BATCH, collection=with_year.collection_for(LISTING_BATCH)).papers
    squre = next(p for p in papers if p.title.startswith("SQUARE"))
    assert squre.date == PubDate(2025, 9, 30)


def test_odd_author_line_is_reported_with_file_and_line_and_skipped():
    batch = read_source(DATA / "malformed" / "odd_author_line.txt")
    assert [p.title for p in batch.papers] == ["A Good Paper", "Third Paper"]
    [problem] = batch.problems
    assert problem.source.line == 6
    assert "odd_author_line.txt:6" in str(problem) and "Last, First pairs" in str(problem)


@pytest.mark.parametrize("name, message", [("empty.txt", "empty file"), ("binary.txt", "binary file")])
def test_unreadable_files_name_the_file(name, message):
    with pytest.raises(InputError, match=message) as error:
        read_source(DATA / "malformed" / name)
    assert name in str(error.value)


def test_provenance_names_do_not_depend_on_where_the_files_are(tmp_path):
    import shutil

    copy = tmp_path / "elsewhere" / "seeds"
    shutil.copytree(SEEDS, copy)
    here, _ = resolve_inputs([SEEDS])
    there, _ = resolve_inputs([copy])
    assert [f.name for f in here] == [f.name for f in there] == [
        "seeds/000_284f0e8e0db5019b.txt", "seeds/001_4517cd0d84a387da.txt",
        "seeds/002_af4eeb2795fab435.txt", "seeds/003_f436105f4fb5c062.txt"]
    assert read_inputs(here, _)[0].papers[0].source.path == "seeds/000_284f0e8e0db5019b.txt"


def test_read_functions_match_parse_functions():
    from kg.sources.listing import parse_listing, read_listing
    from kg.sources.profile import parse_profile, read_profile

    assert read_listing(LISTING_BATCH) == parse_listing(LISTING_BATCH.read_text(encoding="utf-8"), path=str(LISTING_BATCH))
    assert read_profile(PROFILE) == parse_profile(PROFILE.read_text(encoding="utf-8"), path=str(PROFILE))
