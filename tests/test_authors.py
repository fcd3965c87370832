"""Author disambiguation on the seed profile ("Feng, Hao"), hand-made cases and ACL Anthology slices."""

from __future__ import annotations

import csv
import random

import pytest

from kg import authors
from kg.authors import (
    TOPIC_SIMILARITY,
    AuthorDecisions,
    _sum_vectors,
    parse_decisions,
    read_decisions,
    resolve_authors,
    review_rows,
    topic_similarity,
    topic_vectors,
    write_review_csv,
)
from kg.errors import ConfigError
from kg.extract.names import parse_plain_name
from kg.merge import merge_records
from kg.model import AuthorName, Paper, SourceRef, Work
from kg.sources.bibtex import parse_names
from kg.sources.profile import read_profile

from conftest import PROFILE, ROOT



def work(work_id: str, *names: str, orcids: dict[str, str] | None = None) -> Work:
    """A work whose authors are plain names (``"Hao Feng"``); ``orcids`` maps a name to its ORCID."""
    orcids = orcids or {}
    authors = []
    for name in names:
        parsed = parse_plain_name(name)
        authors.append(AuthorName(parsed.family, parsed.given, parsed.von, parsed.suffix, name, orcids.get(name)))
    return Work(work_id, (Paper(work_id, SourceRef("hand-made"), authors=tuple(authors)),))


def persons_named(resolution, name: str):
    return [p for p in resolution.persons if p.name == name]


@pytest.fixture(scope="module")
def seed_works():
    return merge_records(read_profile(PROFILE).papers)


@pytest.fixture(scope="module")
def seed(seed_works):
    return resolve_authors(seed_works)


def test_seed_profile_hao_feng_is_seven_people_by_coauthor_evidence(seed, seed_works):
    titles = {w.id: w.title for w in seed_works}
    clusters = {p.label: [titles[w] for w in seed.works_of(p.id)] for p in persons_named(seed, "Hao Feng")}
    assert len(clusters) == 7
    ocr, compression = clusters["Hao Feng (1)"], clusters["Hao Feng (2)"]
    assert len(ocr) == 3 and any(t.startswith("OCRBench v2") for t in ocr)
    assert any(t.startswith("TextSquare") for t in ocr) and any(t.startswith("A Bounding Box") for t in ocr)
    assert sorted(t.split(":")[0] for t in compression) == ["Accelerating Communication in Deep Learning Recommendation Model Training with Dual-Level Adaptive Lossy Compression", "SDP4Bit"]
    assert all(len(clusters[f"Hao Feng ({n})"]) == 1 for n in range(3, 8))


def test_seed_profile_evidence_names_the_shared_coauthors(seed):
    ocr = seed.person(next(p.id for p in persons_named(seed, "Hao Feng") if p.label == "Hao Feng (1)"))
    text = " ".join(ocr.evidence)
    assert ocr.evidence[0].startswith("main coauthors: ")
    for name in ("Can Huang (3 papers)", "Hao Liu (3 papers)", "Qi Liu (3 papers)", "Binghong Wu (3 papers)"):
        assert name in ocr.evidence[0]
    assert "shared coauthor" in text
    compression = next(p for p in persons_named(seed, "Hao Feng") if p.label == "Hao Feng (2)")
    assert compression.evidence[:2] == (
        "main coauthors: Dingwen Tao (2 papers)",
        f"shared coauthor Dingwen Tao: {', '.join(seed.works_of(compression.id))}",
    )
    assert all("kept apart from 6 other cluster(s)" in p.evidence[-1] for p in persons_named(seed, "Hao Feng"))


def test_seed_profile_tao_dandan_does_not_join_the_tao_dingwen_cluster(seed):
    assert {p.name for p in seed.persons if p.name.endswith(" Tao")} == {"Dandan Tao", "Dingwen Tao", "Tao Xie"} - {"Tao Xie"}
    uce = next(p for p in persons_named(seed, "Hao Feng") if any(w.startswith("uce-fid") for w in seed.works_of(p.id)))
    assert len(seed.works_of(uce.id)) == 1


def test_seed_profile_possibly_same_pairs_cover_every_split(seed):
    ids = {p.id for p in persons_named(seed, "Hao Feng")}
    pairs = [pair for pair in seed.possibly_same if set(pair) <= ids]
    assert len(pairs) == 21  # 7 clusters, every pair
    labels = [p.label for p in seed.persons]
    assert len(labels) == len(set(labels))


def test_ids_are_stable_slugs_independent_of_input_order(seed_works, seed):
    shuffled = list(seed_works)
    random.Random(7).shuffle(shuffled)
    again = resolve_authors(shuffled)
    assert again == seed
    assert all(p.id.startswith("hao-feng-") for p in persons_named(seed, "Hao Feng"))
    assert persons_named(seed, "Dingwen Tao")[0].id == "dingwen-tao"


def test_authorships_cover_every_slot_in_order(seed, seed_works):
    assert len(seed.authorships) == sum(len(w.authors) for w in seed_works) == 110
    assert list(seed.authorships) == sorted(seed.authorships, key=lambda a: (a.work_id, a.position))
    first = seed.authorships[0]
    assert seed.person(first.person_id).name == first.written_as or first.written_as in seed.person(first.person_id).variants


def test_abbreviated_form_joins_full_form_only_with_a_shared_coauthor():
    works = [
        work("w1", "Rafael Müller", "Anna Schmidt"),
        work("w2", "R. Müller", "Anna Schmidt"),
        work("w3", "R. Müller", "Zoe Quinn"),
    ]
    result = resolve_authors(works)
    rafael = persons_named(result, "Rafael Müller")[0]
    assert result.works_of(rafael.id) == ("w1", "w2")
    assert set(rafael.variants) == {"R. Müller", "Rafael Müller"}
    assert "R. Müller is a shorter form of Rafael Müller and shares coauthor Anna Schmidt: w2, w1" in rafael.evidence
    assert [result.works_of(p.id) for p in persons_named(result, "R. Müller")] == [("w3",)]


def test_latex_and_unicode_spellings_are_one_person():
    bib = parse_names('M{\\"u}ller, Rafael and Schmidt, Anna')
    works = [
        Work("w1", (Paper("a", SourceRef("x.bib"), authors=bib),)),
        work("w2", "Rafael Müller", "Anna Schmidt"),
    ]
    result = resolve_authors(works)
    assert len(persons_named(result, "Rafael Müller")) == 1


def test_initial_cannot_bridge_two_different_full_names():
    works = [
        work("w1", "John Smith", "Ann Lee"),
        work("w2", "James Smith", "Bo Kim"),
        work("w3", "J. Smith", "Ann Lee", "Bo Kim"),
    ]
    result = resolve_authors(works)
    john, james = persons_named(result, "John Smith")[0], persons_named(result, "James Smith")[0]
    assert john.id != james.id
    assert len(result.works_of(john.id)) + len(result.works_of(james.id)) == 3


def test_orcid_decides():
    ann, bob = "0000-0001-0000-0001", "0000-0002-0000-0002"
    works = [
        work("w1", "Wei Li", "Hui Zhang", orcids={"Wei Li": ann}),
        work("w2", "Wei Li", "Hui Zhang", orcids={"Wei Li": bob}),
        work("w3", "Wei Li", "Xu Sun", orcids={"Wei Li": ann}),
    ]
    result = resolve_authors(works)
    by_orcid = {p.orcid: result.works_of(p.id) for p in persons_named(result, "Wei Li")}
    assert by_orcid == {ann: ("w1", "w3"), bob: ("w2",)}


def test_two_authors_of_one_paper_are_never_one_person():
    result = resolve_authors([work("w1", "Jia Jia", "Jia Jia", "Yu Yang"), work("w2", "Jia Jia", "Yu Yang")])
    assert len(persons_named(result, "Jia Jia")) == 2


SPLIT_AND_MERGE = """
[[merge]]
name = "Feng, Hao"
works = ["{a}", "{b}"]
reason = "same lab page lists both"

[[split]]
name = "Hao Feng"
works = ["{c}"]
reason = "TextSquare is by another Hao Feng"
"""


def test_user_decisions_win_over_the_algorithm(seed_works, seed, tmp_path):
    by_title = {w.title.split(":")[0]: w.id for w in seed_works}
    a, b = by_title["CaFNet"], by_title["EPIC"]
    c = by_title["TextSquare"]
    path = tmp_path / "authors.toml"
    path.write_text(SPLIT_AND_MERGE.format(a=a, b=b, c=c), encoding="utf-8")
    result = resolve_authors(seed_works, read_decisions(path))
    works = sorted(result.works_of(p.id) for p in persons_named(result, "Hao Feng"))
    assert (min(a, b), max(a, b)) in works  # merged although they share no coauthor
    assert (c,) in works  # split out of the OCR cluster it shares coauthors with
    assert len(works) == 7
    merged = next(p for p in persons_named(result, "Hao Feng") if result.works_of(p.id) == (min(a, b), max(a, b)))
    assert "user decision merge[1]: same lab page lists both" in merged.evidence
    assert result != seed


def test_alias_joins_a_swapped_name():
    works = [work("w1", "Hao Feng", "Dingwen Tao"), work("w2", "Feng Hao", "Dingwen Tao")]
    assert len(resolve_authors(works).persons) == 4  # "Feng Hao" read as given Feng: no shared coauthor key
    result = resolve_authors(works, parse_decisions('[[alias]]\nname = "Hao, Feng"\nsame_as = "Feng, Hao"'))
    assert len(result.persons) == 2
    assert persons_named(result, "Hao Feng")[0].variants == ("Feng Hao", "Hao Feng")


def test_decisions_file_missing_is_empty_and_malformed_names_file_and_entry(tmp_path):
    assert read_decisions(tmp_path / "none.toml") == AuthorDecisions((), str(tmp_path / "none.toml"))
    bad = tmp_path / "authors.toml"
    bad.write_text('[[split]]\nname = "Hao Feng"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"authors.toml: split\[1\]: a split needs 'works'"):
        read_decisions(bad)
    bad.write_text("[[merge]\nname = ", encoding="utf-8")
    with pytest.raises(ConfigError, match="authors.toml: not valid TOML"):
        read_decisions(bad)
    bad.write_text('[[merge]]\nname = "X Y"\nwho = 1\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"merge\[1\]: unknown field 'who'"):
        read_decisions(bad)


def test_review_csv_lists_every_person_with_evidence(seed, tmp_path):
    path = tmp_path / "out" / "authors-review.csv"
    write_review_csv(seed, path)
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(seed.persons) == len(review_rows(seed))
    assert list(rows[0]) == ["name", "cluster", "label", "papers", "evidence", "confidence"]
    feng = [r for r in rows if r["name"] == "Hao Feng"]
    assert len(feng) == 7 and all(r["evidence"] for r in feng)
    assert max(float(r["confidence"]) for r in feng) < 0.9  # a split name is never certain


@pytest.fixture(scope="module")
def acl_slice_works():
    """The works of the first ~4 MB of the ACL Anthology BibTeX (≈ 4,500 works), read by the BibTeX reader."""
    import gzip

    from kg.sources.bibtex import parse_bibtex

    path = ROOT.parent / "shared" / "data" / "acl-anthology" / "anthology+abstracts.bib.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        text = handle.read(4_000_000)
    text = text[: text.rfind("\n@")]
    return merge_records(parse_bibtex(text, path=str(path)).papers)


@pytest.mark.slow
def test_acl_slice_variants_join_and_namesakes_stay_apart(acl_slice_works):
    result = resolve_authors(acl_slice_works)
    strings = {a.written_as for a in result.authorships}
    assert len(result.persons) < len(strings) * 1.2
    multi = [p for p in result.persons if len(p.variants) > 1]
    assert multi and all(p.evidence for p in multi)


# --------------------------------------------------------------------------- topic signal


def test_seed_profile_topic_signal_joins_none_of_the_unrelated_papers(seed, seed_works):
    """The closest pair of Hao Feng clusters (recommenders vs DLRM compression) is far below the threshold."""
    assert not any("shared topic words" in line for p in seed.persons for line in p.evidence)
    vectors = topic_vectors(seed_works)
    clusters = [
        _sum_vectors(vectors[w] for w in seed.works_of(p.id)) for p in persons_named(seed, "Hao Feng")
    ]
    closest = max(topic_similarity(a, b) for i, a in enumerate(clusters) for b in clusters[i + 1:])
    assert 0.05 < closest < TOPIC_SIMILARITY / 2


def related_works(*names: str, orcids: dict[str, str] | None = None, **titles: str) -> list[Work]:
    """Works whose titles are the keyword values; every work has ``names`` as authors."""
    result = []
    for work_id, title in titles.items():
        parsed = work(work_id, *names, orcids=orcids)
        result.append(Work(work_id, (Paper(title, SourceRef("hand-made"), authors=parsed.authors),)))
    return result


def test_topic_join_needs_related_words_and_respects_orcids_and_decisions():
    works = (
        related_works("Mark Johnson", w1="Bayesian word segmentation with adaptor grammars")
        + related_works("Mark Johnson", w2="Adaptor grammars for unsupervised word segmentation")
        + related_works("Mark Johnson", w3="Radar depth fusion for driving")
        + [Work(f"z{i}", (Paper(f"Filler paper {i} on speech", SourceRef("x")),)) for i in range(8)]
    )
    result = resolve_authors(works)
    by_works = {result.works_of(p.id): p for p in persons_named(result, "Mark Johnson")}
    assert set(by_works) == {("w1", "w2"), ("w3",)}
    evidence = " ".join(by_works[("w1", "w2")].evidence)
    assert "shared topic words: adaptor, grammars, segmentation" in evidence and ": w1, w2" in evidence
    assert result.confidence[by_works[("w1", "w2")].id] == 0.5  # topic join (0.7), name still split (−0.2)

    orcids = {"Mark Johnson": "0000-0001-0000-0001"}
    other = {"Mark Johnson": "0000-0002-0000-0002"}
    apart = related_works("Mark Johnson", orcids=orcids, w1=works[0].title) + related_works(
        "Mark Johnson", orcids=other, w2=works[1].title) + works[2:]
    assert len(persons_named(resolve_authors(apart), "Mark Johnson")) == 3

    split = parse_decisions('[[split]]\nname = "Mark Johnson"\nworks = ["w2"]')
    assert len(persons_named(resolve_authors(works, split), "Mark Johnson")) == 3


@pytest.mark.slow
def test_acl_slice_topic_joins_a_name_that_coauthors_left_split(acl_slice_works, monkeypatch):
    """Young-Suk Lee's IBM spoken-language-translation papers share no coauthor chain; their topic joins them."""
    title = {work.id: work.title for work in acl_slice_works}

    def lee_persons(result):
        return {tuple(sorted(title[w] for w in result.works_of(p.id))): p
                for p in persons_named(result, "Young-Suk Lee")}

    ibm = tuple(sorted(("IBM Arabic-to-English translation for IWSLT 2006",
                        "IBM spoken language translation system evaluation",
                        "IBM Statistical Machine Translation for Spoken Languages")))
    joined = lee_persons(resolve_authors(acl_slice_works))
    assert ibm in joined
    evidence = joined[ibm].evidence
    assert any(line.startswith("shared topic words: ibm, spoken, translation;") and "(similarity 0.60)" in line
               for line in evidence)
    assert any("venue international workshop spoken language translation evaluation campaign" in line
               for line in evidence)

    monkeypatch.setattr(authors, "TOPIC_SIMILARITY", 2.0)  # no topic joins: the name as it was split before
    before = lee_persons(resolve_authors(acl_slice_works))
    assert ibm not in before and sum(1 for works in before if set(works) & set(ibm)) >= 2
