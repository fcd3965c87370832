"""Train the decision model of :mod:`kg.extract.decide` on labelled sets.

Each candidate entity of each labelled paper becomes one example: its features
(:mod:`kg.extract.features`) and what the labels say it is — "dataset", "method" or
"none" — matched the way the evaluator matches (:mod:`kg.extract.evaluate`).
``bench/train_decision_model.py`` runs this on the training sets (the development sets and
the labelled arXiv abstracts) and writes the shipped ``kg/extract/data/decision_model.tsv``.

numpy and scipy are imported only here, so extraction itself needs neither.

Examples
--------
>>> data = [(frozenset({"bias", "caps"}), "method")] * 3 + [(frozenset({"bias"}), "none")] * 3
>>> train(data, l2=0.1).classify(frozenset({"bias", "caps"}))
'method'
"""

from __future__ import annotations

from pathlib import Path

from kg.extract.canonical import entity_key
from kg.extract.decide import CLASSES, DecisionModel
from kg.extract.evaluate import gold_entities, read_rows
from kg.extract.features import entity_features
from kg.extract.mentions import Candidate, RuleAnalysis, analyse

Example = tuple[frozenset[str], str]  # one candidate entity: its features and its class

# chosen by leave-one-set-out cross-validation over the development sets (docs/extraction.md, "Round 8"); checked
# again over the arXiv sets' four folds in round 23 (1 and 10 each lose on precision or recall)
L2 = 3.0
MIN_COUNT = 3


def examples(row: dict) -> list[Example]:
    """(features, class) of every candidate entity of one labelled paper."""
    analysis = analyse(row["title"], row.get("abstract"))
    datasets, methods = gold_entities(row["datasets"]), gold_entities(row["methods"])
    by_key: dict[str, list[Candidate]] = {}
    for c in analysis.admissible:
        by_key.setdefault(c.key, []).append(c)
    return [(feats, gold_class(_answers_to(key, by_key[key], analysis), datasets, methods))
            for key, feats in entity_features(analysis).items()]


def gold_class(keys: set[str], datasets: list[frozenset[str]], methods: list[frozenset[str]]) -> str:
    """"dataset", "method" or "none": what a labelled paper says an entity answering to ``keys`` is.

    Examples
    --------
    >>> gold_class({"squad"}, [frozenset({"squad"})], []), gold_class({"cnn"}, [], [frozenset({"bert"})])
    ('dataset', 'none')
    """
    if any(keys & g for g in datasets):
        return "dataset"
    if any(keys & g for g in methods):
        return "method"
    return "none"


def _answers_to(key: str, cands: list[Candidate], a: RuleAnalysis) -> set[str]:
    """Every key an entity answers to: its own, its canonical name's and each surface's (as the evaluator matches)."""
    return {key, entity_key(a.all_canonical.get(key, cands[0].span.text))} | {entity_key(c.span.text) for c in cands}


def examples_from(paths: list[Path]) -> list[Example]:
    """The examples of every paper of these labelled JSON Lines files, in file order."""
    return [ex for path in paths for row in read_rows(path) for ex in examples(row)]


def train(data: list[Example], l2: float = L2, min_count: int = MIN_COUNT) -> DecisionModel:
    """Fit the multinomial logistic regression on (features, class) examples.

    Features seen in fewer than ``min_count`` examples are left out; ``l2`` is the
    penalty on the weights (the bias is penalised too: the fit is then unique).
    L-BFGS from zero weights, and weights rounded to four decimals, give the same
    table on every run.
    """
    import numpy as np
    from scipy.optimize import minimize

    counts: dict[str, int] = {}
    for feats, _ in data:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(data), len(vocab)))
    for r, (feats, _) in enumerate(data):
        x[r, [index[f] for f in feats if f in index]] = 1.0
    y = np.zeros((len(data), len(CLASSES)))
    y[np.arange(len(data)), [CLASSES.index(label) for _, label in data]] = 1.0

    def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
        w = flat.reshape(len(vocab), len(CLASSES))
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        value = -np.sum(y * np.log(p + 1e-12)) + l2 / 2 * np.sum(w * w)
        return value, (x.T @ (p - y) + l2 * w).ravel()

    fit = minimize(loss, np.zeros(len(vocab) * len(CLASSES)), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    w = fit.x.reshape(len(vocab), len(CLASSES))
    return DecisionModel({f: tuple(round(float(v), 4) + 0.0 for v in w[i]) for f, i in index.items()})
