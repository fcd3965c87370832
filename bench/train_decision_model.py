"""Retrain the extractor's decision model and write ``kg/extract/data/decision_model.tsv``.

Run from the repository root (a few seconds; a minute with ``--cross-validate``)::

    .venv/bin/python bench/train_decision_model.py [--cross-validate]

Trains :func:`kg.extract.train.train` on the development sets of ``bench/bench_extract.py``
(the seeds' labelled set and ACL sets 1-6 and 12-15; never the unseen sets 7-11) and writes
the table the extractor ships. Deterministic: the same sets give a byte-identical file.

``--cross-validate`` first prints, for each development set, the scores of the rules alone
and of a model trained on the other development sets (leave one set out), pooled: the
honest estimate of what the model adds on sets it has not learned from.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_extract import DEVELOPMENT, pooled  # noqa: E402

from kg.extract.evaluate import EvalReport, evaluate  # noqa: E402
from kg.extract.train import examples_from, train  # noqa: E402

DATA = ROOT / "tests" / "data"
OUT = ROOT / "kg" / "extract" / "data" / "decision_model.tsv"


def cross_validate() -> tuple[EvalReport, EvalReport]:
    """Pooled reports over the development sets: rules alone, and leave-one-set-out models."""
    examples = {name: examples_from([DATA / name]) for name in DEVELOPMENT}
    rules, held_out = [], []
    for name in DEVELOPMENT:
        model = train([ex for other in DEVELOPMENT if other != name for ex in examples[other]])
        held_out.append(evaluate(DATA / name, model=model))
        rules.append(evaluate(DATA / name, learned=False))
    return pooled(rules), pooled(held_out)


def main() -> None:
    if "--cross-validate" in sys.argv:
        rules, held_out = cross_validate()
        print("== development sets, hand-written rules alone (in-sample: the rules were tuned on them)")
        print(rules.table(), "\n")
        print("== development sets, each scored by a model trained on the others")
        print(held_out.table(), "\n")
    data = examples_from([DATA / name for name in DEVELOPMENT])
    model = train(data)
    OUT.write_text(model.to_tsv(), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(model.weights)} features from {len(data)} entities of "
          f"{len(DEVELOPMENT)} development sets")


if __name__ == "__main__":
    main()
