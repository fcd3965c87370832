"""Retrain the extractor's decision model and write ``kg/extract/data/decision_model.tsv``.

Run from the repository root (about a minute; six or more with ``--cross-validate``)::

    .venv/bin/python bench/train_decision_model.py [--cross-validate]

Trains :func:`kg.extract.train.train` on the training sets of ``bench/bench_extract.py``
(the development sets: the seeds' labelled set, ACL sets 1-6 and 12-15 and modern1; and the
labelled arXiv abstracts of ``tests/data/arxiv/``; never the reviewed or unseen sets) and writes
the table the extractor ships. Deterministic: the same sets give a byte-identical file.

``--cross-validate`` first prints pooled scores of models that did not learn from the sets
they score: each development set by a model trained on every other training set (leave one
set out), and the arXiv sets in four folds of consecutive sets, each by a model trained on
the other three and the development sets. Beside them, the rules alone. That is the honest
estimate of what the model adds on sets it has not learned from.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_extract import ARXIV, DEVELOPMENT, TRAINING, pooled  # noqa: E402

from kg.extract.evaluate import EvalReport, evaluate  # noqa: E402
from kg.extract.train import Example, examples_from, train  # noqa: E402

DATA = ROOT / "tests" / "data"
OUT = ROOT / "kg" / "extract" / "data" / "decision_model.tsv"
# each development set counts three times: they are the adjudicated sets and the ACL domain, and without the weight
# the far larger arXiv sets cost them recall (cross-validation, docs/extraction.md, round 22)
DEVELOPMENT_WEIGHT = 3


def arxiv_folds(folds: int = 4) -> list[list[str]]:
    """The arXiv sets in ``folds`` runs of consecutive sets (sets drawn together share topics)."""
    size = -(-len(ARXIV) // folds)
    return [ARXIV[start:start + size] for start in range(0, len(ARXIV), size)]


def training_examples(examples: dict[str, list[Example]], names: list[str]) -> list[Example]:
    """The examples of the sets ``names``, each development set's repeated :data:`DEVELOPMENT_WEIGHT` times."""
    return [ex for name in names for ex in examples[name] * (DEVELOPMENT_WEIGHT if name in DEVELOPMENT else 1)]


def examples_by_set() -> dict[str, list[Example]]:
    """The training examples of every training set, by set."""
    return {name: examples_from([DATA / name]) for name in TRAINING}


def cross_validate() -> dict[str, tuple[EvalReport, EvalReport]]:
    """Pooled reports (rules alone, held-out model) for the development sets and for the arXiv sets."""
    examples = examples_by_set()
    held_out_groups = [[name] for name in DEVELOPMENT] + arxiv_folds()
    rules, held_out = {}, {}
    for group in held_out_groups:
        model = train(training_examples(examples, [other for other in TRAINING if other not in group]))
        for name in group:
            held_out[name] = evaluate(DATA / name, model=model)
            rules[name] = evaluate(DATA / name, learned=False)
    return {label: (pooled([rules[n] for n in names]), pooled([held_out[n] for n in names]))
            for label, names in (("development sets", DEVELOPMENT), ("arXiv sets", ARXIV))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cross-validate", action="store_true",
                        help="first print held-out scores (leave one development set out; four arXiv folds)")
    if parser.parse_args().cross_validate:
        for label, (rules, held_out) in cross_validate().items():
            print(f"== {label}, hand-written rules alone (in-sample: the rules were tuned on them)")
            print(rules.table(), "\n")
            print(f"== {label}, each scored by a model that did not learn from it")
            print(held_out.table(), "\n")
    data = training_examples(examples_by_set(), TRAINING)
    model = train(data)
    OUT.write_text(model.to_tsv(), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(model.weights)} features from {len(data)} examples: the entities of "
          f"{len(DEVELOPMENT)} development sets (each counted {DEVELOPMENT_WEIGHT} times) and {len(ARXIV)} arXiv sets")


if __name__ == "__main__":
    main()
