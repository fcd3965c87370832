"""The command line: build into a folder and look at what was written; query; errors."""

from __future__ import annotations

import json
import shutil

import pyoxigraph
import pytest
from typer.testing import CliRunner

from kg.cli import app

from conftest import DATA, ROOT, SEEDS

runner = CliRunner()


def _build(tmp_path, *inputs, extra=()):
    out = tmp_path / "out"
    args = ["build", *map(str, inputs), "--out", str(out), "--queries", str(ROOT / "queries"), *extra]
    return runner.invoke(app, args), out


def test_every_command_has_help():
    for command in app.registered_commands:
        assert command.callback.__doc__, command.name
        result = runner.invoke(app, [command.name or command.callback.__name__.replace("_", "-"), "--help"])
        assert result.exit_code == 0, result.output


def test_build_writes_graph_viewer_and_review(tmp_path):
    result, out = _build(tmp_path, SEEDS)
    assert result.exit_code == 0, result.output
    assert "215 papers" in result.output
    for name in ("graph.ttl", "graph.nt", "graph.html", "authors-review.csv"):
        assert (out / name).stat().st_size > 0, name
    triples = list(pyoxigraph.parse(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE))
    titles = {t.object.value for t in triples if t.predicate.value == "http://purl.org/dc/terms/title"}
    assert "Layer Normalization" in titles
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "<script src=\"http" not in html and "Layer Normalization" in html


def test_build_is_deterministic(tmp_path):
    first, out_a = _build(tmp_path / "a", SEEDS)
    second, out_b = _build(tmp_path / "b", SEEDS)
    assert first.exit_code == second.exit_code == 0
    names = sorted(p.name for p in out_a.iterdir())
    assert names == ["authors-review.csv", "edges.csv", "graph.graphml", "graph.html", "graph.jsonld", "graph.nq",
                     "graph.nt", "graph.trig", "graph.ttl", "nodes.csv"]
    for name in names:
        assert (out_a / name).read_bytes() == (out_b / name).read_bytes(), name


def test_bad_record_is_reported_and_skipped_and_strict_makes_it_fatal(tmp_path):
    result, out = _build(tmp_path, DATA / "malformed" / "odd_author_line.txt")
    assert result.exit_code == 0, result.output
    assert "odd_author_line.txt:6" in result.output
    assert "A Bad Paper" not in (out / "graph.nt").read_text()
    strict, strict_out = _build(tmp_path / "strict", DATA / "malformed" / "odd_author_line.txt", extra=["--strict"])
    assert strict.exit_code == 2
    assert "odd_author_line.txt:6" in strict.output
    assert not (strict_out / "graph.nt").exists()


def test_unreadable_seed_is_reported_and_the_rest_still_builds(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    shutil.copy(DATA / "malformed" / "binary.txt", seeds / "zz_binary.txt")
    shutil.copy(DATA / "malformed" / "empty.txt", seeds / "zz_empty.txt")
    result, out = _build(tmp_path, seeds)
    assert result.exit_code == 0, result.output
    assert "zz_binary.txt: binary file" in result.output and "zz_empty.txt: empty file" in result.output
    assert "215 papers" in result.output


def test_nothing_buildable_exits_non_zero_and_keeps_previous_outputs(tmp_path):
    result, out = _build(tmp_path, SEEDS)
    before = (out / "graph.ttl").read_bytes()
    failed, _ = _build(tmp_path, DATA / "malformed" / "empty.txt")
    assert failed.exit_code != 0
    assert "empty.txt" in failed.output
    assert (out / "graph.ttl").read_bytes() == before


def test_missing_input_is_a_clear_error(tmp_path):
    result, _ = _build(tmp_path, tmp_path / "nope.bib")
    assert result.exit_code == 2
    assert "nope.bib: no such file or folder" in result.output


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cli")
    result, out = _build(tmp, SEEDS)
    assert result.exit_code == 0, result.output
    return out


def test_query_prints_table_csv_and_json(built):
    query = str(ROOT / "queries" / "coauthors_of_author.rq")
    graph = ["--graph", str(built / "graph.nt")]
    table = runner.invoke(app, ["query", query, *graph])
    assert table.exit_code == 0, table.output
    assert "Coauthors of an author" in table.output
    csv_out = runner.invoke(app, ["query", query, *graph, "--format", "csv", "--param", "author=Hao Feng"])
    assert csv_out.output.splitlines()[0] == "author,person,coauthor,coauthorName,sharedPapers"
    payload = json.loads(runner.invoke(app, ["query", query, *graph, "--format", "json"]).output)
    assert payload["head"]["vars"][0] == "author" and payload["results"]["bindings"]


def test_query_errors_name_the_file(built, tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("# title: Broken\nSELECT ?x WHERE {\n  ?x ?y \n")
    result = runner.invoke(app, ["query", str(bad), "--graph", str(built / "graph.nt")])
    assert result.exit_code == 3
    assert "bad.rq:" in result.output and "syntax error" in result.output
    update = tmp_path / "update.rq"
    update.write_text("DELETE WHERE { ?s ?p ?o }\n")
    refused = runner.invoke(app, ["query", str(update), "--graph", str(built / "graph.nt")])
    assert refused.exit_code == 3 and "update" in refused.output
    unknown = runner.invoke(app, ["query", str(ROOT / "queries" / "coauthors_of_author.rq"), "--graph",
                                  str(built / "graph.nt"), "--param", "nobody=1"])
    assert unknown.exit_code == 3 and "unknown parameter" in unknown.output


def test_validate_passes_on_the_seed_graph_and_fails_on_a_broken_one(built, tmp_path):
    result = runner.invoke(app, ["validate", str(built / "graph.nt")])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output
    broken = tmp_path / "broken.nt"
    paper = "<https://w3id.org/kg/id/paper/x>"
    broken.write_text(f"{paper} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://purl.org/spar/fabio/Expression> .\n")
    failed = runner.invoke(app, ["validate", str(broken)])
    assert failed.exit_code == 1
    assert "title" in failed.output


def test_no_exports_writes_only_the_core_files(tmp_path):
    result, out = _build(tmp_path, SEEDS, extra=["--no-exports"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["authors-review.csv", "graph.html", "graph.nt", "graph.ttl"]


def test_large_graphs_are_indexed_once_and_reindexed_when_they_change(built, tmp_path, monkeypatch):
    import kg.query

    monkeypatch.setattr(kg.query, "PERSISTENT_FROM_BYTES", 0)
    graph = tmp_path / "graph.nt"
    shutil.copy(built / "graph.nt", graph)
    query = [str(ROOT / "queries" / "papers_per_collection.rq"), "--graph", str(graph), "--format", "csv"]
    first = runner.invoke(app, ["query", *query])
    assert first.exit_code == 0, first.output
    assert "indexing" in first.output
    index = kg.query.store_index_path(graph)
    assert (index / "kg-source-stamp").exists()
    second = runner.invoke(app, ["query", *query])
    assert "indexing" not in second.output
    assert [l for l in second.output.splitlines() if "," in l] == [l for l in first.output.splitlines() if "," in l]
    graph.write_text(graph.read_text().replace("Daily papers: batch", "Daily papers: batches"))
    third = runner.invoke(app, ["query", *query])
    assert "indexing" in third.output and "Daily papers: batches" in third.output


def test_export_picks_formats(tmp_path):
    result, out = _build(tmp_path, SEEDS, extra=["--export", "nq", "--export", "csv"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["authors-review.csv", "edges.csv", "graph.html", "graph.nq",
                                                     "graph.nt", "graph.ttl", "nodes.csv"]
    wrong, _ = _build(tmp_path / "wrong", SEEDS, extra=["--export", "pdf"])
    assert wrong.exit_code == 2 and "pdf" in wrong.output


def test_a_failing_worker_process_fails_the_build_and_keeps_old_outputs(tmp_path, monkeypatch):
    result, out = _build(tmp_path, SEEDS)
    before = (out / "graph.nt").read_bytes()

    def broken(*args):
        raise RuntimeError("disk full")

    monkeypatch.setattr("kg.build.write_graph_ntriples", broken)
    failed, _ = _build(tmp_path, SEEDS)
    assert failed.exit_code == 1
    assert "broken failed in its worker process" in failed.output
    assert (out / "graph.nt").read_bytes() == before


def test_build_from_bibtex_citations_and_openalex_together(tmp_path):
    """A user's own mix: a BibTeX export, a citation list and an OpenAlex download, in one graph."""
    inputs = [DATA / "acl_slice.bib", DATA / "acl_citations_slice.csv", DATA / "openalex_works.json"]
    result, out = _build(tmp_path, *inputs, extra=["--no-exports"])
    assert result.exit_code == 0, result.output
    assert "unresolved: 1" in result.output  # the OpenAlex reference outside the corpus
    resolved = int(result.output.split("citations resolved: ")[1].split(",")[0])
    assert resolved >= 684 + 2  # every ACL citation of the slice, and the OpenAlex works citing each other
    nt = (out / "graph.nt").read_text(encoding="utf-8")
    identifiers = ("<https://w3id.org/kg/ns#openalexId> \"W3100000001\"",
                   "<https://w3id.org/kg/ns#bibtexKey> \"sultan-etal-2020-importance\"")
    merged = [line for line in nt.splitlines() if any(i in line for i in identifiers)]
    assert len(merged) == 2
    assert len({line.split(" ", 1)[0] for line in merged}) == 1  # one paper: joined by DOI across the two files
    assert "W3100000001" in nt and "<http://purl.org/spar/cito/cites>" in nt
    assert "acl_slice.bib" in nt and "openalex_works.json" in nt  # provenance of both sources


def test_eval_extract_scores_and_lists_errors():
    gold = DATA / "extract_gold_acl.jsonl"
    result = runner.invoke(app, ["eval-extract", str(gold), "--errors"])
    assert result.exit_code == 0, result.output
    assert "dataset" in result.output and "(43 papers)" in result.output
    assert "dataset false positives (" in result.output
    plain = runner.invoke(app, ["eval-extract", str(gold)])
    assert "false positives" not in plain.output


def test_eval_extract_names_a_missing_file(tmp_path):
    result = runner.invoke(app, ["eval-extract", str(tmp_path / "nope.jsonl")])
    assert result.exit_code != 0 and "nope.jsonl: no such labelled file" in result.output


def test_eval_extract_against_compares_two_labellings_without_the_extractor(tmp_path):
    gold = DATA / "extract_gold_acl.jsonl"
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    rows[0]["datasets"] = rows[0]["datasets"] + ["An Extra Corpus"]  # one name the reference does not list
    second = tmp_path / "second.jsonl"
    second.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = runner.invoke(app, ["eval-extract", str(second), "--against", str(gold), "--errors"])
    assert result.exit_code == 0, result.output
    method_row = next(line for line in result.output.splitlines() if line.startswith("method"))
    assert method_row.split()[1:3] == ["1.000", "1.000"]  # identical method lists agree fully
    assert "An Extra Corpus" in result.output and "dataset false positives (1)" in result.output


def test_eval_extract_against_refuses_a_different_set(tmp_path):
    other = DATA / "extract_gold_acl2.jsonl"
    result = runner.invoke(app, ["eval-extract", str(other), "--against", str(DATA / "extract_gold_acl.jsonl")])
    assert result.exit_code != 0 and "not the same papers" in result.output


def test_eval_extract_rules_only_scores_the_rules_without_the_learned_decision():
    gold = DATA / "extract_gold_acl5.jsonl"
    learned = runner.invoke(app, ["eval-extract", str(gold), "--errors"])
    rules = runner.invoke(app, ["eval-extract", str(gold), "--errors", "--rules-only"])
    assert learned.exit_code == rules.exit_code == 0, rules.output
    # the project "Neural Translation for the European Union (NTEU)" is listed by the rules, not by the model
    assert "NTEU  [" in rules.output and "NTEU  [" not in learned.output
