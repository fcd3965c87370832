"""Regenerate ``kg/extract/data/name_stats.tsv``: how the ACL Anthology writes each capitalised word.

Run from the repository root (about 20 s)::

    .venv/bin/python bench/make_name_stats.py

For every word with a capital or a digit ("BERT", "Switchboard", "ResNet-50") written inside a
sentence of the ACL titles and abstracts (``../shared/data/acl-anthology``, no labels; the titles and
abstracts of the labelled sets ``tests/data/extract_gold_acl*.jsonl`` are left out, so that no set is
scored with statistics drawn from its own text), count the
times it is written so, the times its letters are written as an ordinary lower-case word ("Curiosity"
against "curiosity"), and the times it stands right before a dataset noun ("the Switchboard corpus"),
a method noun ("the BERT model"), a task noun ("the NER task") or right after "on"/"across"
("evaluated on SQuAD"). These are the corpus-wide habits the learned decision
(:mod:`kg.extract.features`) weighs alongside one abstract's own context: a word the field writes
before "corpus" again and again is data even where one abstract gives no cue.

Output: one word a line, ``key<TAB>written<TAB>lower<TAB>dataset_noun<TAB>method_noun<TAB>task_noun<TAB>on``,
sorted by key, for words written at least :data:`MIN_WRITTEN` times. Deterministic.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_gazetteers import acl_texts  # noqa: E402

from kg.extract import patterns as P  # noqa: E402
from kg.extract.canonical import entity_key  # noqa: E402
from kg.extract.evaluate import read_rows  # noqa: E402

OUT = ROOT / "kg" / "extract" / "data" / "name_stats.tsv"
MIN_WRITTEN = 3
TOKEN = re.compile(r"[A-Za-z0-9][\w\-+.]*[\w+]|[A-Za-z]")
TASK_NOUNS = frozenset("task tasks tagging tagger parsing parser recognition classification labeling labelling".split())
COLUMNS = ("written", "lower", "dataset_noun", "method_noun", "task_noun", "on")


def count(texts: list[str]) -> tuple[dict[str, Counter[str]], Counter[str]]:
    """Per key of a capitalised word, counts of each column; and lower-case counts per key."""
    named: dict[str, Counter[str]] = defaultdict(Counter)
    lower: Counter[str] = Counter()
    for text in texts:
        toks = list(TOKEN.finditer(text))
        for i, m in enumerate(toks):
            word = m.group(0)
            if word.islower():
                lower[entity_key(word)] += 1
                continue
            if i == 0 or re.search(r"[.!?:]\s*$", text[toks[i - 1].end():m.start()]) or word.isdigit():
                continue  # a capital at a sentence start says nothing
            key = entity_key(word)
            row = named[key]
            row["written"] += 1
            after = toks[i + 1].group(0).lower() if i + 1 < len(toks) else ""
            row["dataset_noun"] += after in P.DATASET_NOUNS
            row["method_noun"] += after in P.METHOD_NOUNS
            row["task_noun"] += after in TASK_NOUNS
            row["on"] += toks[i - 1].group(0).lower() in ("on", "across")
    return named, lower


def labelled_texts() -> set[str]:
    """Titles and abstracts of every labelled ACL set."""
    rows = [row for path in sorted((ROOT / "tests" / "data").glob("extract_gold_acl*.jsonl")) for row in read_rows(path)]
    return {row["title"] for row in rows} | {row["abstract"] for row in rows}


def main() -> None:
    skip = labelled_texts()
    named, lower = count([text for text in acl_texts() if text not in skip])
    lines = ["\t".join(("key",) + COLUMNS)]
    for key in sorted(named):
        row = named[key]
        if row["written"] >= MIN_WRITTEN and len(key) > 1:
            row["lower"] = lower[key]
            lines.append("\t".join([key] + [str(row[c]) for c in COLUMNS]))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(lines) - 1} words")


if __name__ == "__main__":
    main()
