"""Extraction end to end, and its learned last step: which candidate entities are datasets, methods or nothing.

:func:`extract_mentions` runs the hand-written rules (:func:`kg.extract.mentions.analyse`:
candidates, roles, noise rules, kinds), then lets a multinomial logistic regression over
:mod:`kg.extract.features` decide, per entity, between dataset, method and nothing. The
model is trained on the labelled development sets by ``bench/train_decision_model.py``
(:func:`kg.extract.train.train`) and shipped as a plain table,
``kg/extract/data/decision_model.tsv``: a feature and its three weights per line.

Examples
--------
>>> model = DecisionModel({"bias": (1.0, 0.0, 0.0), "gaz:dataset": (0.0, 3.0, 0.0)})
>>> model.classify(frozenset({"bias", "gaz:dataset"})), model.classify(frozenset({"bias"}))
('dataset', 'none')
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kg.extract.canonical import entity_key, variant_base
from kg.extract.features import entity_features
from kg.extract.gazetteer import load_gazetteer
from kg.extract.mentions import Choice, RuleAnalysis, analyse, cited, mentions_of, stated_kinds
from kg.model import EntityKind, Mention

CLASSES = ("none", "dataset", "method")


@dataclass(frozen=True)
class DecisionModel:
    """Weights of each feature towards each class of :data:`CLASSES`."""

    weights: dict[str, tuple[float, float, float]]

    def scores(self, features: frozenset[str]) -> tuple[float, float, float]:
        """Class probabilities for an entity with these features."""
        none = dataset = method = 0.0
        for f in sorted(features):  # a fixed order: float sums are then the same on every run
            w = self.weights.get(f)
            if w is not None:
                none, dataset, method = none + w[0], dataset + w[1], method + w[2]
        top = max(none, dataset, method)
        exps = (math.exp(none - top), math.exp(dataset - top), math.exp(method - top))
        total = sum(exps)
        return tuple(e / total for e in exps)

    def best(self, features: frozenset[str]) -> tuple[str, float]:
        """The most probable class and its probability (the first of equals)."""
        scores = self.scores(features)
        top = max(scores)
        return CLASSES[scores.index(top)], top

    def classify(self, features: frozenset[str]) -> str:
        """The most probable class."""
        return self.best(features)[0]

    def to_tsv(self) -> str:
        """The model as text: a header, then ``feature<TAB>w_none<TAB>w_dataset<TAB>w_method`` sorted by feature."""
        lines = ["feature\t" + "\t".join(CLASSES)]
        lines += [f"{f}\t" + "\t".join(f"{x:.4f}" for x in self.weights[f]) for f in sorted(self.weights)]
        return "\n".join(lines) + "\n"

    @classmethod
    def from_tsv(cls, text: str) -> DecisionModel:
        weights = {}
        for line in text.splitlines()[1:]:
            feature, *ws = line.split("\t")
            weights[feature] = tuple(float(w) for w in ws)
        return cls(weights)


@cache
def load_model() -> DecisionModel:
    """The shipped model (read once)."""
    text = resources.files("kg.extract").joinpath("data/decision_model.tsv").read_text(encoding="utf-8")
    return DecisionModel.from_tsv(text)


# finders whose names the rules keep whatever the model says: the abstracts the model learned from rarely have them
# (nor numbered citations, so a name the rules keep for its citation stands too: "Masked Autoencoders (MAE) [31]")
_RULES_STAND = frozenset({"pattern:titled-method", "pattern:spelled-component"})

# a dataset verdict needs at least this probability, else the entity is no name: the issue asks more of dataset
# precision (0.90) than of recall (0.85). Set at 0.65 in round 16, when the model learned from about 1,000 abstracts;
# learning from the arXiv sets too made it surer, and under cross-validation over those sets 0.55 keeps more
# datasets for a little precision (docs/extraction.md, round 22)
DATASET_THRESHOLD = 0.55
# … unless the paper proposes it or the text says it is data: an enumeration, list, apposition, copula or bracket of
# data, a sibling in a list of data, a shared task
_SAID_TO_BE_DATA = frozenset({"enumeration:dataset", "appositive:dataset", "copula:dataset", "bracket:dataset",
                              "finder:pattern:list-sibling", "finder:pattern:shared-task", "sibling:dataset"})
_SHARED_TASK_IN_NAME = re.compile(r"\b[Ss]hared [Tt]ask\b")  # "the PolyEval shared task"

# a method verdict on an unknown acronym ("ToF", "SITS", "ENSO": no list knows it, the paper neither proposes it, nor
# defines it in Title Case, nor names a version of it) needs at least this probability, else it is no name: below it,
# over the labelled sets, such verdicts are right about half the time (65 in 125), the rest mostly domain terms
# (docs/extraction.md, round 17)
UNKNOWN_ACRONYM_METHOD_THRESHOLD = 0.6
_SHORT_ACRONYM = re.compile(r"[A-Za-z]{0,2}[A-Z]{2,5}[a-z]?")  # "SITS", "ToF", "fMRI", "NILMs"


def choose(analysis: RuleAnalysis, model: DecisionModel) -> Choice:
    """The candidates the model keeps, with their kinds, canonical names and probabilities, for
    :func:`~kg.extract.mentions.mentions_of`.

    Where the model keeps an entity the rules kept too, the rules' choice of its mentions stands; an entity only
    the model keeps brings all its candidates; a long form goes with its abbreviation. The components the rules
    find by name (:data:`_RULES_STAND`: Title Case, or a coined acronym), names the rules keep for a numbered
    citation and the name before the title's colon stay whatever the model says, and a kind the paper states for a name
    (:func:`~kg.extract.mentions.stated_kinds`) holds for it and for its versions. An acronym the text spells out
    in lower case ("white blood cell (WBC)") is never a dataset: the model's next best class decides it. A dataset
    the model is less sure of than :data:`DATASET_THRESHOLD` is no name, and so is a method verdict on an unknown
    acronym below :data:`UNKNOWN_ACRONYM_METHOD_THRESHOLD`.
    """
    verdicts: dict[str, str] = {}
    probability: dict[str, float] = {}
    shared_tasks = {c.key for c in analysis.admissible if _SHARED_TASK_IN_NAME.search(c.span.text)}
    versioned = {entity_key(base) for base in map(variant_base, analysis.all_canonical.values()) if base}
    features = entity_features(analysis)
    for key, feats in features.items():
        verdicts[key], p = _verdict(model, key, feats, analysis, key in shared_tasks, key in versioned)
        probability[key] = round(p, 3)
        if verdicts[key] == "none" and _PARAMETER_COUNT.fullmatch(analysis.all_canonical.get(key, "")):
            verdicts[key] = "method"  # "Qwen2.5-7B-Instruct from 44.4% to 3.8%": a model in its size, wherever written
    rule_kept = {c.key for c in analysis.kept}
    for c in analysis.kept:
        stands = c.rule in _RULES_STAND or cited(c) or _named_by_title_prefix(c.key, analysis)
        if stands and verdicts.get(c.key, "none") == "none":
            verdicts[c.key] = analysis.all_kinds.get(c.key, EntityKind.METHOD).value
    chosen = [c for c in analysis.admissible if verdicts.get(c.key, "none") != "none"
              and (c in analysis.kept or c.key not in rule_kept)]
    names = {c.key for c in chosen if not c.alias_of}
    chosen = [c for c in chosen if not c.alias_of or c.alias_of in names]
    kinds = {key: EntityKind(v) for key, v in verdicts.items() if v != "none"}
    stated = stated_kinds(analysis)
    kinds.update({key: kind for key, kind in stated.items() if key in kinds})
    _sized_models(kinds, stated, analysis.all_canonical)
    written_as = {key: EntityKind(f.removeprefix("noun-after:")) for key, feats in features.items() for f in feats
                  if f in ("noun-after:dataset", "noun-after:method")}
    _versions_share_stated_kinds(kinds, stated, analysis.all_canonical, written_as)
    return Choice(tuple(chosen), kinds, analysis.all_canonical, probability,
                  frozenset(c.key for c in chosen) - rule_kept)


def _named_by_title_prefix(key: str, analysis: RuleAnalysis) -> bool:
    """The paper names it before its title's colon ("SALAD: Improving …"), the surest sign of its own name."""
    return analysis.proposed.get(key, ("",))[0] == "role:title-prefix"


def _verdict(model: DecisionModel, key: str, feats: frozenset[str], analysis: RuleAnalysis,
             shared_task: bool, versioned: bool) -> tuple[str, float]:
    """The model's class for one entity and its probability, after the checks of :func:`choose`."""
    verdict, p = model.best(feats)
    if verdict == "dataset" and key in analysis.spelled_lower:
        none, _, method = model.scores(feats)
        verdict, p = ("method", method) if method > none else ("none", none)
    if verdict == "dataset" and p < DATASET_THRESHOLD and key not in analysis.proposed \
            and not feats & _SAID_TO_BE_DATA and not shared_task:
        verdict, p = "none", model.scores(feats)[0]
    if verdict == "method" and p < UNKNOWN_ACRONYM_METHOD_THRESHOLD and not versioned \
            and _unknown_acronym(key, feats, analysis):
        verdict, p = "none", model.scores(feats)[0]
    return verdict, p


def _unknown_acronym(key: str, feats: frozenset[str], analysis: RuleAnalysis) -> bool:
    """A short acronym no gazetteer lists, the paper does not propose and no Title Case long form defines."""
    if key in analysis.proposed or "defined-title-case" in feats or "long-form" in feats:
        return False
    if any(f.startswith("gaz:") for f in feats):
        return False
    return bool(_SHORT_ACRONYM.fullmatch(analysis.all_canonical.get(key, key)))


# a parameter count closing a name, after a hyphen: "LongCite-8B", "MT-R1-Zero-3B-Mix", "Qwen2.5-7B-Instruct"
# (billions only, and not after a name in capitals alone: "DFN-2B", "SA-1B" count images, "JFT-300M" and
# "SlimPajama-627B" are data too)
_PARAMETER_COUNT = re.compile(r"(?![A-Z]+-)[A-Za-z][\w.\-]*-(?:[1-9]\d?|[1-4]\d\d)(?:\.\d+)?B(?:-[A-Za-z]\w*)?")


def _sized_models(kinds: dict[str, EntityKind], stated: dict[str, EntityKind], canonical: dict[str, str]) -> None:
    """A name that ends in a parameter count is a model, whatever the model read ("LongCite-8B and LongCite-9B,
    trained on LongCite-45k"), unless the paper says it is data or a list names it as data ("SA-1B", "LAION-5B")."""
    for key, kind in list(kinds.items()):
        name = canonical.get(key, key)
        if kind == EntityKind.DATASET and key not in stated and _PARAMETER_COUNT.fullmatch(name) \
                and load_gazetteer().lookup(name) is None:
            kinds[key] = EntityKind.METHOD


def _versions_share_stated_kinds(kinds: dict[str, EntityKind], stated: dict[str, EntityKind],
                                 canonical: dict[str, str], written_as: dict[str, EntityKind]) -> None:
    """A version and the name it versions are the same kind of thing: "TMMLU+, a comprehensive dataset … its
    predecessor, TMMLU" makes TMMLU a dataset too, whatever else the model read; but not a version the paper writes
    with a noun of the other kind ("OmniCount: … model" and "the OmniCount-191 benchmark")."""
    for key in list(kinds):
        base = variant_base(canonical.get(key, ""))
        base_key = entity_key(base) if base else None
        if base_key in kinds and (key in stated) != (base_key in stated):
            source, target = (key, base_key) if key in stated else (base_key, key)
            if written_as.get(target, stated[source]) == stated[source]:
                kinds[target] = stated[source]


def extract_mentions(title: str, abstract: str | None, *, learned: bool = True,
                     model: DecisionModel | None = None) -> tuple[Mention, ...]:
    """Mentions of named methods and datasets in a title and abstract, with role and evidence.

    Parameters
    ----------
    title : str
        The paper's title.
    abstract : str or None
        The abstract, if the input has one.
    learned : bool
        Let the shipped decision model choose among the candidates (the default); ``False`` keeps the
        hand-written rules' own verdicts (for comparison, ``bench/bench_extract.py``).
    model : DecisionModel, optional
        Another model than the shipped one (cross-validation, ``bench/train_decision_model.py``).

    Returns
    -------
    tuple of Mention
        Ordered by field (title first) then offset. ``evidence.start``/``end`` index
        the field's text; ``role`` is PROPOSES for every mention of an entity the
        paper introduces.

    Examples
    --------
    >>> ms = extract_mentions("OCRBench v2: a benchmark", "We introduce OCRBench v2, a benchmark extending OCRBench.")
    >>> sorted({(m.canonical, m.kind.value, m.role.value) for m in ms})
    [('OCRBench', 'dataset', 'uses'), ('OCRBench v2', 'dataset', 'proposes')]
    >>> extract_mentions("Large Multimodal Models (LMMs) on A100 GPUs", "We fine-tune a CNN; IDF1 improves.")
    ()
    """
    analysis = analyse(title, abstract)
    if not learned:
        return mentions_of(analysis, Choice.of_rules(analysis))
    return mentions_of(analysis, choose(analysis, model or load_model()))
