"""Benchmark extraction: abstracts/s over the ACL Anthology, and P/R/F1 on the labelled sets.

Run from the repository root (one core)::

    .venv/bin/python bench/bench_extract.py

Reads ``../shared/data/acl-anthology/anthology+abstracts.bib.gz`` in place (title and
abstract fields only, with a minimal line reader so the timing is extraction alone).
"""

from __future__ import annotations

import gzip
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract import extract_mentions  # noqa: E402
from kg.extract.consensus import agree_kinds, corpus_kinds  # noqa: E402
from kg.extract.evaluate import EvalReport, Score, evaluate  # noqa: E402

BIB = ROOT.parent / "shared" / "data" / "acl-anthology" / "anthology+abstracts.bib.gz"
FIELD = re.compile(r'^\s+(title|abstract) = "(.*)",?$')
# every set was labelled before the extractor ran on it. Development sets (rules tuned and the decision model
# trained on them): the seeds, ACL sets 1-6 and 12-15, and modern1. Reviewed sets (errors looked at since round 12,
# never trained on): ACL sets 7-11 and 16-17. Unseen checks (only their totals are looked at): ACL sets 18-19
# (round 12) and modern2, double-labelled and adjudicated
DEVELOPMENT = ["extract_gold.jsonl", "extract_gold_acl.jsonl"] + [f"extract_gold_acl{n}.jsonl" for n in
                                                                 (2, 3, 4, 5, 6, 12, 13, 14, 15)] + [
    "extract_gold_modern1.jsonl"]  # recent benchmark papers, scored once before tuning (docs/extraction.md, round 9)
REVIEWED = [f"extract_gold_acl{n}.jsonl" for n in (7, 8, 9, 10, 11, 16, 17)]
UNSEEN = [f"extract_gold_acl{n}.jsonl" for n in (18, 19)] + [
    "extract_gold_modern2.jsonl"]  # recent dataset descriptions (tensorflow-datasets), round 9


def _arxiv_sets(folder: str) -> list[str]:
    """The labelled arXiv sets ``modernN.jsonl`` of ``tests/data/<folder>``, as paths under ``tests/data``, by N."""
    paths = (ROOT / "tests" / "data" / folder).glob("modern*.jsonl")
    return [f"{folder}/{p.name}" for p in sorted(paths, key=lambda p: int(p.stem.removeprefix("modern")))]


# recent arXiv abstracts (2023-2025), drawn and labelled twice blind since round 18 and each scored once before
# any rule was written from it; since round 22 the decision model also learns from them (tests/data/arxiv/README.md)
ARXIV = _arxiv_sets("arxiv")
TRAINING = DEVELOPMENT + ARXIV  # what bench/train_decision_model.py trains the shipped decision model on
# the latest round's fresh arXiv sets: scored once at their first look, not trained on yet (tests/data/arxiv/README.md)
ARXIV_UNSEEN = _arxiv_sets("arxiv/unseen")


def acl_abstracts(path: Path = BIB) -> list[tuple[str, str]]:
    """(title, abstract) of every entry with an abstract, braces removed."""
    out, entry = [], {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("@"):
                entry = {}
            elif (m := FIELD.match(line)):
                entry[m.group(1)] = re.sub(r"[{}]", "", m.group(2))
            elif line.startswith("}") and "abstract" in entry:
                out.append((entry.get("title", ""), entry["abstract"]))
    return out


def main() -> None:
    papers = acl_abstracts()
    extract_mentions("warm-up", "Load the gazetteers once.")
    start = time.perf_counter()
    found = [extract_mentions(t, a) for t, a in papers]
    seconds = time.perf_counter() - start
    print(f"ACL Anthology: {len(papers)} abstracts in {seconds:.1f} s = {len(papers) / seconds:.0f} abstracts/s "
          f"({sum(map(len, found))} mentions)")
    start = time.perf_counter()
    kinds = corpus_kinds(found)
    changed = sum(m.rule.endswith("+corpus-kind") for mentions in found for m in agree_kinds(mentions, kinds))
    print(f"one kind per name across them (kg.extract.consensus): {changed} mentions re-kinded in "
          f"{time.perf_counter() - start:.2f} s\n")
    reports, rules = {}, {}
    for name in DEVELOPMENT + REVIEWED + UNSEEN + ARXIV_UNSEEN:
        reports[name] = evaluate(ROOT / "tests" / "data" / name)
        rules[name] = evaluate(ROOT / "tests" / "data" / name, learned=False)
        if name not in ARXIV_UNSEEN:  # the latest round's small sets are printed pooled only
            print(f"== {name}")
            print(reports[name].table(), "\n")
    for group, names in (("development ACL sets 1-6, 12-15", [n for n in DEVELOPMENT if "_acl" in n]),
                         ("reviewed ACL sets 7-11, 16-17", REVIEWED),
                         ("unseen ACL sets 18-19", [n for n in UNSEEN if "_acl" in n]),
                         (f"unseen arXiv sets of the latest round ({len(ARXIV_UNSEEN)})", ARXIV_UNSEEN)):
        print(f"== pooled: {group}")
        print(pooled([reports[n] for n in names]).table(), "\n")
        print(f"== pooled, hand-written rules alone: {group}")
        print(pooled([rules[n] for n in names]).table(), "\n")


def pooled(reports: list[EvalReport]) -> EvalReport:
    """One report over several sets (micro-averaged: counts are added)."""
    return EvalReport(sum(r.papers for r in reports), sum((r.datasets for r in reports), Score()),
                      sum((r.methods for r in reports), Score()), sum((r.proposes for r in reports), Score()))


if __name__ == "__main__":
    main()
