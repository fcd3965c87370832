"""Features of each candidate entity, for the learned decision over the rules (:mod:`kg.extract.decide`).

An entity is every candidate of one paper that shares an entity key (a name and its
long form are one entity). Its features are short strings — which finders proposed it,
the rules' cues (a dataset noun after it, "evaluated on", a list with a known name, a
proposing sentence), what the gazetteers and the ACL Anthology's habits say of the word,
its shape and the words around it — so the model that weighs them is a table a person
can read (``kg/extract/data/decision_model.tsv``). The rules' final keep-or-drop verdict
is deliberately not a feature: the rules were tuned on the very sets the model learns
from, and a model leaning on that verdict generalised worse (docs/extraction.md, "Round 8").
The context cues are the rules' own helpers in :mod:`kg.extract.mentions` (cached per
candidate), so that a cue means the same to the rules and to the model.

Examples
--------
>>> from kg.extract.mentions import analyse
>>> feats = entity_features(analyse("", "We evaluate BERT on the SQuAD dataset."))
>>> sorted(feats), "noun-after:dataset" in feats["squad"], "gaz:method" in feats["bert"]
(['bert', 'squad'], True, True)
"""

from __future__ import annotations

import re

from kg.extract import mentions as M
from kg.extract import patterns as P
from kg.extract.canonical import entity_key, variant_base
from kg.extract.gazetteer import common_words, generic_acronyms, load_gazetteer, name_stats
from kg.extract.mentions import Candidate, RuleAnalysis
from kg.extract.noise import SOURCES
from kg.model import EntityKind

_WORD = re.compile(r"[\w\-]+|[(),;:/]")
_CONTEXT_MENTIONS = 2  # context features come from an entity's first few mentions (enough, and keeps it fast)


def entity_features(analysis: RuleAnalysis) -> dict[str, frozenset[str]]:
    """Feature names of every entity key among ``analysis.admissible``, in first-seen order."""
    by_key: dict[str, list[Candidate]] = {}
    for c in sorted(analysis.admissible, key=lambda c: (c.field != "title", c.span.start)):
        by_key.setdefault(c.key, []).append(c)
    siblings = _sibling_kinds(analysis)
    return {key: frozenset(_features(key, cands, analysis) | siblings.get(key, set()))
            for key, cands in by_key.items()}


# what joins the members of a list: "A, B", "A and B", "A, and B", "A or B", "A/B"
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s*)")


def _sibling_kinds(a: RuleAnalysis) -> dict[str, set[str]]:
    """"Gait3D and GREW", "SST-2, MRPC, CoLA, and MNLI": the kinds the rules (or the lists) give the other members
    of each list a name stands in, as features ``sibling:dataset`` / ``sibling:method`` (lists hold one kind)."""
    out: dict[str, set[str]] = {}
    by_sentence: dict[tuple[str, int], list[Candidate]] = {}
    for c in a.admissible:
        if not c.alias_of:
            by_sentence.setdefault((c.field, c.sentence.start), []).append(c)
    for cands in by_sentence.values():
        cands.sort(key=lambda c: c.span.start)
        groups, run = [], [cands[0]]
        for prev, c in zip(cands, cands[1:]):
            gap = c.sentence.text[prev.span.end - c.sentence.start:c.span.start - c.sentence.start]
            if c.span.start >= prev.span.end and _JOIN.fullmatch(gap) and not M._across_opening_comma(prev, c):
                run.append(c)
            else:
                groups.append(run)
                run = [c]
        groups.append(run)
        for group in (g for g in groups if len(g) > 1):
            for c in group:
                kinds = {_sibling_kind(d, a) for d in group if d.key != c.key} - {None}
                out.setdefault(c.key, set()).update(f"sibling:{kind}" for kind in kinds)
    return out


def _sibling_kind(c: Candidate, a: RuleAnalysis) -> str | None:
    entry = load_gazetteer().lookup(c.span.text)
    if entry is not None and not entry.ambiguous:
        return entry.kind.value
    kind = a.all_kinds.get(c.key)
    return kind.value if kind is not None else None


def _features(key: str, cands: list[Candidate], a: RuleAnalysis) -> set[str]:
    name = a.all_canonical.get(key, cands[0].span.text)
    feats = {"bias", f"rule-kind:{_value(a.all_kinds.get(key))}"}  # the rules' kind had they kept it
    feats |= {f"finder:{c.rule}" for c in cands}
    feats |= _lexical(key, name, cands, a)
    feats |= _shape(name)
    feats |= _known_part(name)
    feats |= _corpus(name)
    feats.add(f"mentions:{min(len(cands), 3)}")
    if any(c.field == "title" for c in cands):
        feats.add("in-title")
    if key in a.proposed:
        feats.add(f"proposed:{a.proposed[key][0]}")
    for c in cands[:_CONTEXT_MENTIONS]:
        feats |= _context(c, a)
    return feats


def _value(kind: EntityKind | None) -> str:
    return kind.value if kind is not None else "none"


_SIZED = re.compile(r"(.+?)\s+(?:%s)(?:\s+[vV]\d[\w.]*)?" % P.MODEL_SIZE.pattern)


def _lexical(key: str, name: str, cands: list[Candidate], a: RuleAnalysis) -> set[str]:
    """What the word lists say of the name."""
    feats = set()
    entry = load_gazetteer().lookup(name)
    sized = _SIZED.fullmatch(name) if entry is None else None
    if sized:  # "Llama 3.1 8B" is a listed model (or a version of one) at one size
        entry = load_gazetteer().lookup(sized.group(1)) or load_gazetteer().lookup(variant_base(sized.group(1)) or "")
    if entry is not None:
        feats.add(f"gaz:{entry.kind.value}" + (":ambiguous" if entry.ambiguous else ""))
    for flag, holds in (("generic-acronym", key in generic_acronyms()), ("text-source", key in SOURCES),
                        ("common-word", name.lower() in common_words()), ("long-form", any(c.alias_of for c in cands)),
                        ("defined-title-case", a.defined.get(key) is True),
                        ("defined-other", a.defined.get(key) is False)):
        if holds:
            feats.add(flag)
    return feats


def _bucket(part: int, whole: int) -> int:
    """A share in five steps: 0, under 5 %, under 20 %, under 50 %, at least half."""
    share = part / whole if whole else 0.0
    return 0 if share == 0 else 1 if share < 0.05 else 2 if share < 0.2 else 3 if share < 0.5 else 4


def _corpus(name: str) -> set[str]:
    """How the ACL Anthology writes the name elsewhere (one-word names only)."""
    if " " in name:
        return {"corpus:phrase"}
    stats = name_stats().get(entity_key(name))
    if stats is None:
        return {"corpus:rare"}
    n = stats.written
    return {f"corpus-written:{min(n.bit_length(), 10)}", f"corpus-lower:{_bucket(stats.lower, stats.lower + n)}",
            f"corpus-dataset-noun:{_bucket(stats.dataset_noun, n)}",
            f"corpus-method-noun:{_bucket(stats.method_noun, n)}",
            f"corpus-task-noun:{_bucket(stats.task_noun, n)}", f"corpus-on:{_bucket(stats.on, n)}"}


# the head of a CamelCase or hyphenated name that says it is a model ("FlairTagger", "MiniGPT-v2", "graph2vec",
# "MTGRec")
_METHOD_SHAPE = re.compile(r"[a-z0-9\-](?:Tagger|Parser|Former|Encoder|Decoder|Tracker|Detector|Agent|Planner|Solver|"
                           r"GPT|BERT|LLaMA|Llama|Diffusion|GAN|VAE|Mamba|SAM|CLIP|ViT|2vec|Rec)"
                           r"(?:[\-\s]?[vV]?\d[\w.]*)?$|[A-Z]Rec$")


# the pieces of a coined one-word name: CamelCase humps, capital runs, digit runs ("LexT5": Lex, T, 5)
_PIECE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def _known_part(name: str) -> set[str]:
    """"LexT5", "LlamaGEN", "MiniGPT-v2", "GeoRSCLIP": a coined name built on a listed name shares its kind more
    often than not (a model built on T5 is a model). One-word names only; the whole name is the gazetteer's."""
    if " " in name or len(name) < 5:
        return set()
    gaz, kinds = load_gazetteer(), set()
    pieces = [m.group() for part in name.split("-") for m in _PIECE.finditer(part)]
    spans = {"".join(pieces[i:j]) for i in range(len(pieces)) for j in range(i + 1, len(pieces) + 1)
             if (i, j) != (0, len(pieces))}
    for run in (p for p in pieces if p.isupper() and len(p) >= 5):  # "GeoRSCLIP": a listed name ends a capital run
        spans |= {run[k:] for k in range(1, len(run) - 3)} | {run[:k] for k in range(4, len(run) - 1)}
    for span in spans:
        entry = gaz.lookup(span) if len(span) >= 2 and span.lower() not in common_words() else None
        # a listed word that means other things counts only written as a name ("SAM" in MobileSAM, not "Geo")
        if entry is not None and entity_key(span) != entity_key(name) and (not entry.ambiguous or span.isupper()):
            kinds.add(f"part:{entry.kind.value}")
    return kinds


def _shape(name: str) -> set[str]:
    words = name.split()
    feats = {f"words:{min(len(words), 3)}", f"length:{min(len(name) // 3, 5)}"}
    for flag, holds in (("all-caps", P.all_caps(name.replace(" ", "").replace("-", ""))),
                        ("camel", re.search(r"[a-z][A-Z]", name) is not None),
                        ("digit", re.search(r"\d", name) is not None), ("hyphen", "-" in name),
                        ("lower-start", name[:1].islower()), ("ends-s", name.endswith("s")),
                        ("data-shape", P.DATASET_SHAPE.search(name) is not None),
                        ("method-shape", _METHOD_SHAPE.search(name) is not None),
                        ("strong-shape", any(P.strong_shape(w) for w in words))):
        if holds:
            feats.add(flag)
    return feats


def _context(c: Candidate, a: RuleAnalysis) -> set[str]:
    """The words around one mention and the rules' context cues there."""
    before, after = M._context(c)
    left = [w.lower() for w in _WORD.findall(before[-60:])[-2:]]  # two words are never longer than that
    right = [w.lower() for w in _WORD.findall(after[:60])[:2]]
    feats = {f"w-1:{left[-1] if left else '<s>'}", f"w+1:{right[0] if right else '</s>'}"}
    if len(left) > 1:
        feats.add(f"w-2:{left[-2]}")
    if len(right) > 1:
        feats.add(f"w+2:{right[1]}")
    cue = P.kind_cue([], M._words_after(c))
    enumeration = M._enumeration_kind(c)
    feats |= {f"noun-after:{cue or 'none'}", f"enumeration:{_value(enumeration)}", f"head:{_value(M._head_kind(c))}"}
    for flag, holds in (("evaluated-on", M._evaluated_on(c)), ("on-data", M._on_data(c)),
                        ("listed-with-known", M._listed_with_known(c)), ("listed-with-name", M._listed_with_name(c)),
                        ("data-noun-before", M._data_noun_before(c)), ("list-ends-in-data-noun",
                                                                      M._list_ends_in_data_noun(c)),
                        ("task-or-metric", M._described_as_task_or_metric(c))):
        if holds:
            feats.add(flag)
    if (noun := M._apposition_to_noun(c)) is not None:
        feats.add(f"apposition:{noun}")
    if (copula := M._copula_kind(c)) is not None:
        feats.add(f"copula:{copula}")
    if (bracket := M._bracket_kind(c)) is not None:
        feats.add(f"bracket:{bracket}")
    if (appositive := M._appositive_kind(c)) is not None:
        feats.add(f"appositive:{appositive}")
    if M._counted_contents_kind(c) is not None:
        feats.add("counted-contents")
    return feats

