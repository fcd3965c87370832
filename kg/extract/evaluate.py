"""Precision, recall and F1 of :func:`kg.extract.extract_mentions` against a labelled set.

The labelled set is JSON Lines, one paper a line::

    {"title": …, "abstract": …, "datasets": ["CIFAR-100", "COCO|MSCOCO"], "methods": […], "proposes": […]}

An entry may list aliases with ``|`` ("Long Name (ABBR)": either form is right), and a
form ending in a lower-case noun ("GEM benchmark", "SMASH corpus") also stands for the bare
name. Names are compared by :func:`~kg.extract.canonical.entity_key`; a predicted entity matches
a gold one when its canonical name or any of its surface forms has a gold alias's key.
Scores are micro-averaged over papers.

Examples
--------
>>> import json, tempfile, os
>>> row = {"title": "X", "abstract": "We evaluate BERT on SQuAD.", "datasets": ["SQuAD"], "methods": ["BERT"], "proposes": []}
>>> path = os.path.join(tempfile.mkdtemp(), "gold.jsonl")
>>> _ = open(path, "w").write(json.dumps(row) + "\\n")
>>> report = evaluate(path)
>>> report.datasets.precision, report.methods.recall
(1.0, 1.0)
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract.canonical import entity_key
from kg.extract.decide import DecisionModel, extract_mentions
from kg.model import EntityKind, Role


@dataclass(frozen=True)
class Score:
    """Counts and the derived precision / recall / F1 of one kind."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: tuple[str, ...] = field(default=(), repr=False, compare=False)
    false_negatives: tuple[str, ...] = field(default=(), repr=False, compare=False)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn,
                     self.false_positives + other.false_positives, self.false_negatives + other.false_negatives)


@dataclass(frozen=True)
class EvalReport:
    """Per-kind scores and the precision of "proposes" over one labelled set."""

    papers: int
    datasets: Score
    methods: Score
    proposes: Score

    @property
    def proposes_precision(self) -> float:
        return self.proposes.precision

    def table(self) -> str:
        """A plain-text table of P / R / F1 per kind (and for proposes).

        Examples
        --------
        >>> print(EvalReport(1, Score(9, 1, 1), Score(3, 1, 1), Score(2, 0, 1)).table().splitlines()[2])
        dataset      0.900   0.900   0.900      9      1      1
        """
        lines = [f"{'kind':<10} {'P':>7} {'R':>7} {'F1':>7} {'tp':>6} {'fp':>6} {'fn':>6}", "-" * 52]
        for name, s in (("dataset", self.datasets), ("method", self.methods), ("proposes", self.proposes)):
            lines.append(f"{name:<10} {s.precision:>7.3f} {s.recall:>7.3f} {s.f1:>7.3f} {s.tp:>6} {s.fp:>6} {s.fn:>6}")
        lines.append(f"({self.papers} papers)")
        return "\n".join(lines)

    def errors(self) -> str:
        """The false positives and false negatives of each kind, one a line with the paper's title.

        Examples
        --------
        >>> fp = Score(0, 1, 0, false_positives=("CVPR  [A paper]",))
        >>> print(EvalReport(1, fp, Score(), Score()).errors())
        dataset false positives (1):
          CVPR  [A paper]
        """
        lines = []
        for name, s in (("dataset", self.datasets), ("method", self.methods), ("proposes", self.proposes)):
            for what, items in (("false positives", s.false_positives), ("false negatives", s.false_negatives)):
                if items:
                    lines.append(f"{name} {what} ({len(items)}):")
                    lines.extend(f"  {item}" for item in items)
        return "\n".join(lines)


# a lower-case noun after a name describes it: "the GEM benchmark" names GEM (docs/labelling.md: either form is right)
_DESCRIBED = re.compile(r"^(.*\S)\s+(?:datasets?|corpus|corpora|benchmarks?|treebanks?|data|shared task|challenge)$")


def _alias_keys(alias: str) -> set[str]:
    described = _DESCRIBED.match(alias.strip())
    return {entity_key(alias)} | ({entity_key(described.group(1))} if described else set())


def gold_entities(names: list[str]) -> list[frozenset[str]]:
    """The keys each labelled entry answers to (its ``|`` aliases, and a described form's bare name).

    Examples
    --------
    >>> [sorted(k) for k in gold_entities(["GEM benchmark", "SQuAD|Stanford QA"])]
    [['gem', 'gembenchmark'], ['squad', 'stanfordqa']]
    """
    return [frozenset(k for a in name.split("|") if a.strip() for k in _alias_keys(a)) for name in names]


def _score(predicted: dict[str, frozenset[str]], gold: list[frozenset[str]], title: str) -> Score:
    matched_gold: set[int] = set()
    fps = []
    for canonical, keys in predicted.items():
        hits = [i for i, g in enumerate(gold) if keys & g]
        if hits:
            matched_gold.update(hits)
        else:
            fps.append(f"{canonical}  [{title[:50]}]")
    fns = [f"{'|'.join(sorted(gold[i]))}  [{title[:50]}]" for i in range(len(gold)) if i not in matched_gold]
    return Score(len(matched_gold), len(fps), len(fns), tuple(fps), tuple(fns))


def score_paper(row: dict, learned: bool = True, model: DecisionModel | None = None) -> tuple[Score, Score, Score]:
    """Scores for one labelled paper: (datasets, methods, proposes); ``learned=False`` scores the rules alone."""
    mentions = extract_mentions(row["title"], row.get("abstract"), learned=learned, model=model)
    by_kind: dict[EntityKind, dict[str, set[str]]] = {EntityKind.DATASET: {}, EntityKind.METHOD: {}}
    for m in mentions:
        by_kind[m.kind].setdefault(m.canonical, {entity_key(m.canonical)}).add(entity_key(m.surface))
    # a proposed entity answers to every form the paper writes it in, wherever that form comes ("we propose
    # Cross-lingual Back-Parsing (CBP) … CBP synthesizes …")
    proposed: dict[str, set[str]] = {}
    for m in mentions:
        if m.role == Role.PROPOSES:
            proposed.setdefault(m.canonical, set()).update(by_kind[m.kind][m.canonical])
    gold_proposed = _proposed_entries(row)
    frozen = lambda d: {k: frozenset(v) for k, v in d.items()}
    return (_score(frozen(by_kind[EntityKind.DATASET]), gold_entities(row["datasets"]), row["title"]),
            _score(frozen(by_kind[EntityKind.METHOD]), gold_entities(row["methods"]), row["title"]),
            _score(frozen(proposed), gold_entities(gold_proposed), row["title"]))


def _proposed_entries(row: dict) -> list[str]:
    """A row's "proposes" names, each with the aliases its datasets or methods entry lists (the labeller may write
    any of them: "CBP" for "Cross-lingual Back-Parsing|CBP")."""
    aliases: dict[str, str] = {}
    for entry in row["datasets"] + row["methods"]:
        for alias in entry.split("|"):
            aliases.setdefault(entity_key(alias), entry)
    return [aliases.get(entity_key(p), p) for p in row["proposes"]]


def _labelled_entities(names: list[str]) -> dict[str, frozenset[str]]:
    return {name: keys for name, keys in zip(names, gold_entities(names))}


def compare_labels(reference: dict, other: dict) -> tuple[Score, Score, Score]:
    """Score one labeller's lists for a paper against another's, matched as the extractor is.

    This measures how far two careful readers agree: the ceiling an extractor can
    be expected to reach against either of them.

    Examples
    --------
    >>> a = {"title": "T", "datasets": ["SQuAD|Stanford QA"], "methods": ["BERT"], "proposes": []}
    >>> b = {"title": "T", "datasets": ["Stanford QA"], "methods": ["BERT", "ELMo"], "proposes": []}
    >>> [(s.tp, s.fp, s.fn) for s in compare_labels(a, b)]
    [(1, 0, 0), (1, 1, 0), (0, 0, 0)]
    """
    title = reference["title"]
    return (_score(_labelled_entities(other["datasets"]), gold_entities(reference["datasets"]), title),
            _score(_labelled_entities(other["methods"]), gold_entities(reference["methods"]), title),
            _score(_labelled_entities(_proposed_entries(other)), gold_entities(_proposed_entries(reference)), title))


def agreement(reference_path: str | Path, other_path: str | Path) -> EvalReport:
    """Scores of a second labelling of a set against the first (same papers, same order).

    Parameters
    ----------
    reference_path, other_path : str or Path
        Two labellings of the same JSON Lines set.

    Returns
    -------
    EvalReport
        Precision is the share of ``other``'s names that ``reference`` also lists.
    """
    reference, other = read_rows(reference_path), read_rows(other_path)
    if [r["title"] for r in reference] != [r["title"] for r in other]:
        raise ValueError(f"{other_path}: not the same papers, in the same order, as {reference_path}")
    totals = [Score(), Score(), Score()]
    for ref_row, other_row in zip(reference, other):
        totals = [t + s for t, s in zip(totals, compare_labels(ref_row, other_row))]
    return EvalReport(len(reference), *totals)


def read_rows(path: str | Path) -> list[dict]:
    """The papers of a labelled JSON Lines file."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def evaluate(gold_path: str | Path, learned: bool = True, model: DecisionModel | None = None) -> EvalReport:
    """Run extraction over a labelled JSON Lines file and score it.

    Parameters
    ----------
    gold_path : str or Path
        A labelled set such as ``tests/data/extract_gold.jsonl``.
    learned : bool
        Score the extractor with its decision model (the default) or the hand-written rules alone.
    model : DecisionModel, optional
        A decision model other than the shipped one.

    Returns
    -------
    EvalReport
    """
    rows = read_rows(gold_path)
    totals = [Score(), Score(), Score()]
    for row in rows:
        totals = [t + s for t, s in zip(totals, score_paper(row, learned, model))]
    return EvalReport(len(rows), *totals)
