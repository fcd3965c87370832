"""SHACL validation: the seed build conforms; broken graphs are caught with the node and property named."""

from __future__ import annotations

import pytest

from kg.validate import ValidationError, validate, validate_text

PREFIXES = """@prefix fabio: <http://purl.org/spar/fabio/> . @prefix schema: <https://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> . @prefix prism: <http://prismstandard.org/namespaces/basic/2.0/> .
@prefix prov: <http://www.w3.org/ns/prov#> . @prefix kg: <https://w3id.org/kg/ns#> . @prefix pro: <http://purl.org/spar/pro/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
GOOD_PAPER = """<http://x/paper/p> a fabio:Expression, schema:ScholarlyArticle ; dcterms:title "P" ; rdfs:label "P" ;
  prism:publicationDate "2024-06"^^xsd:gYearMonth ; prov:wasDerivedFrom <http://x/record/r>, <http://x/source/f> .
<http://x/record/r> a kg:SourceRecord, prov:Entity ; kg:sourceFile "f" ; prov:wasDerivedFrom <http://x/source/f> .
<http://x/source/f> a kg:SourceFile, prov:Entity ; kg:sourceFile "f" .
"""


def test_seed_build_conforms(seed_build):
    _, out = seed_build
    report = validate(out / "graph.nt")
    assert report.conforms, report.text()
    assert report.text().startswith("conforms: ")


def test_a_good_paper_conforms():
    assert validate_text(PREFIXES + GOOD_PAPER).conforms


@pytest.mark.parametrize(("change", "path"), [
    (("\"2024-06\"^^xsd:gYearMonth", "\"June 2024\""), "http://prismstandard.org/namespaces/basic/2.0/publicationDate"),
    (("dcterms:title \"P\" ;", ""), "http://purl.org/dc/terms/title"),
    ((", <http://x/source/f> .\n<http://x/record/r>", " .\n<http://x/record/r>"), "http://www.w3.org/ns/prov#wasDerivedFrom"),
])
def test_broken_papers_are_caught(change, path):
    report = validate_text(PREFIXES + GOOD_PAPER.replace(*change))
    assert not report.conforms
    assert {(v.focus, v.path) for v in report.violations} == {("http://x/paper/p", path)}
    assert "http://x/paper/p" in report.text()


def test_authorship_needs_an_integer_position():
    text = PREFIXES + """<http://x/a> a pro:RoleInTime ; pro:withRole pro:author ; kg:authorPosition "first" ."""
    report = validate_text(text)
    paths = sorted({v.path.rpartition("/")[2] for v in report.violations})
    assert paths == ["isHeldBy", "ns#authorPosition", "relatesToDocument"]


def test_unreadable_graph_is_a_clear_error(tmp_path):
    with pytest.raises(ValidationError, match="no such graph file"):
        validate(tmp_path / "graph.nt")
    bad = tmp_path / "graph.nt"
    bad.write_text("<a> <b> .\n")
    with pytest.raises(ValidationError, match="not valid RDF"):
        validate(bad)
