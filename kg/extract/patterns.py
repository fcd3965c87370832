"""Shapes of names and the context patterns that decide kind and role.

Examples
--------
>>> name_shaped("CaFNet"), name_shaped("MOT17"), name_shaped("LG-MOT"), name_shaped("Transformer")
(True, True, True, False)
>>> strong_shape("EPIC"), strong_shape("AttnLink")
(False, True)
"""

from __future__ import annotations

import re
from functools import lru_cache

_CAMEL = re.compile(r"[a-z][A-Z]|[A-Z]{2,}[a-z]{2,}|[A-Z]{3,}[a-rt-z]\b")  # "HEDDEx", but not "CNNs"
_LETTER_DIGIT = re.compile(r"[A-Za-z].*\d|\d.*[A-Za-z]")
_CAPS = re.compile(r"[A-Z][A-Z0-9]+")
_HYPHEN_CAPS = re.compile(r"[A-Z].*-.*[A-Z]|[A-Z]{2}.*-|-.*[A-Z]{2}")
_RUN_INTO_FOOTNOTE = re.compile(r"[a-z]{2}\.\d")  # "results.111Code": a sentence run into a footnote mark
_TO_NAME = re.compile(r"[a-z]{3,}2[a-z]{3,}")  # "wav2vec", "graph2vec": lower-case "X-to-Y" names of models
VERSION = re.compile(r"(?:[vV]?\d+(?:\.\d+)*(?:\+\+|\+)?|\+\+|[vV]\d+)")
MODEL_SIZE = re.compile(r"\d+(?:\.\d+)?[BMT]|\d+x\d+(?:\.\d+)?B"  # "Mistral 7B", "Bielik 11B v2", "8x7B"
                        r"|\d+(?:\.\d+)*-\d+(?:\.\d+)?B(?:-[A-Z][a-z]+)?")  # "Llama 3.1-8B-Instruct": version and size
PLURAL_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z]s")
CAMEL_PLURAL = re.compile(r"[A-Z]\w*[a-z][A-Z]\w*[a-rt-z]s")  # "SparseFormers", "ResNets"
CAPS_DIGITS = re.compile(r"[A-Z]{2,}[\-]?\d+")  # "VOC2012" after "PASCAL"

DATASET_NOUNS = frozenset(
    "dataset datasets benchmark benchmarks corpus corpora treebank treebanks suite testbed collection "
    "database repository leaderboard challenge data set sets subset subsets split splits testset "
    "lexicon lexicons thesaurus terminology ontology contest competition environment environments reanalysis "
    "reanalyses".split())  # "ERA5 reanalysis data": a climate reanalysis is a dataset
DATASET_HEADS = frozenset("dataset datasets benchmark benchmarks corpus corpora treebank testbed database "
                          "lexicon thesaurus terminology ontology headings resource resources leaderboard "
                          "subset environment environments repository repositories archive reanalysis".split())
# "text-to-SQL", "Speech-to-Text", "sequence-to-sequence": a task or family named by what goes in and comes out
IN_TO_OUT = re.compile(r"[A-Za-z0-9]*[A-Za-z](?:-to-[A-Za-z0-9]*[A-Za-z])+")  # also "3D-to-2D"
# "RWTH Aachen University", "NICT Laboratory": the name before such a noun is an organisation
ORGANISATION_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?:University|Institute|Laborator(?:y|ies)|Labs?|Inc\b|"
                                r"Corporation|Corp\b|Ltd\b|GmbH|Research\s+(?:Lab|Center|Centre))")
PART_NUMBER = re.compile(r"(?:Task|Subtask|Track|Stage|Phase|Step|Level|Type|Part|Section|Table|Figure)[\s\-]?\d+")
SPLIT_WORDS = frozenset("validation val test dev development training train held-out evaluation".split())
# shapes of names that are nearly always data: "OCRBench", "FreeFormQA", "Fashion200k", "ILSVRC-2012", "VOC2012"
DATASET_SHAPE = re.compile(r"(?<=[A-Za-z])(?:Bench|BENCH)-?\d{2,3}$|(?:Bench|Benchmark|Corpus|Bank|QA|DB|(?<=[a-z])KB|(?<=[a-z])Challenge|(?<=[\w\s\-])(?:Arena|Dojo|Gym)|Set|\sTask[\s\-]?\d+|Shared Task)$|^[^\d]*[A-Za-z]-?\d+[kKM]$|[A-Za-z][\s\-]?(?:19|20)\d\d$")
METHOD_NOUNS = frozenset(
    "method methods model models framework frameworks approach algorithm algorithms network architecture system "
    "technique strategy mechanism module loss scheme paradigm encoder decoder optimizer tool pipeline recipe "
    "attack family families variants series backbone format detector tracker retriever library engine scheduler "
    "parser tagger toolkit platform aligner classifier tool tools software agent agents assistant planner solver "
    "solvers simulator interpreter compiler objective backbones encoders decoders detectors trackers networks "
    "architectures mechanisms modules systems".split())
# a noun after a capitalised word that says it is no artifact: "the DFKI-TalkingRobots Team", "the X project"
NOT_ARTIFACT_NOUNS = frozenset(
    "team teams consortium lab laboratory university institute company corporation project projects licence license "
    "score scores metric metrics measure measures submission submissions participation standard infrastructure "
    "programme disease diseases problem problems".split())
# head nouns of a "Long Name (ABBR)" that names an organisation, a group of people or a formalism, not an artifact
NOT_ARTIFACT_HEADS = frozenset(
    "center centre institute university agency council association laboratory department ministry foundation "
    "organization organisation committee commission consortium group team project programme program society office "
    "corporation company administration american americans theory logic semantics "
    "calculus board language standard infrastructure cloud living arabic "
    # concepts and problems: "Theory of Mind (ToM)", "Traveling Salesman Problem (TSP)", "… as a Service (MLaaS)"
    "mind problem problems quantification intelligence service consciousness collapse "
    # a family of tasks the paper groups: "Open-Vocabulary Tasks (OVT)", "Referring Expression Tasks (RET)"
    "tasks "
    # physical things: "Unmanned Aerial Vehicle (UAV)" is hardware, not an artifact of the paper's kinds
    "vehicle vehicles device devices camera cameras sensor sensors robot robots drone drones processor".split())
# a run-together lower-case word and name ("we introducePerSenT", "onMachine"): the word is not part of the name
RUN_TOGETHER = re.compile(r"([a-z]{2,})([A-Z][\w\-+.]*)")
MEASURE = re.compile(r"[A-Z]\d{1,2}|\d{1,2}[A-Za-z]|.*\*.*")  # "F0", "X1", "H1*-H2*": speech measures, product codes
# task heads of vision, speech and data fields ("Video Frame Interpolation (VFI)", "speaker diarization"), round 13
_RECENT_TASK_HEADS = frozenset(
    "interpolation inpainting deblurring dehazing deraining colorization restoration enhancement imputation counting "
    "grounding registration diarization transcription spotting separation assessment seeking attribution".split())
TASK_HEADS = frozenset(
    "learning recognition detection segmentation classification answering retrieval translation generation "
    "estimation understanding prediction analysis tracking parsing summarization inference reasoning extraction "
    "processing modeling modelling search tuning training pretraining pre-training fine-tuning evaluation "
    "compression quantization alignment adaptation distillation optimization labeling tagging captioning "
    "identification resolution localization completion matching forecasting generalization generalisation "
    "navigation mining grading synthesis".split()) | _RECENT_TASK_HEADS
# heads of a long form that names a task, never an artifact ("Answer Sentence Selection (AS2)", "Multi-TimeLine
# Summarization (MTLS)"); heads that also end method names ("Contrastive Instance Learning") are left out
TASK_NAME_HEADS = frozenset(
    "recognition detection segmentation classification answering retrieval translation generation estimation "
    "understanding prediction tracking parsing summarization summarisation extraction captioning identification "
    "resolution localization completion matching tagging labeling labelling post-editing entailment selection "
    "simplification normalization normalisation linking disambiguation correction recommendation forecasting "
    "navigation mining grading synthesis".split()) | _RECENT_TASK_HEADS
PROPOSE = re.compile(
    r"\b(?:we|this (?:paper|work|study|article|report)|the (?:paper|authors)|our (?:paper|work))\s+"
    r"(?:(?:first|also|further|then|additionally|here|therefore|thus|hence|newly|jointly|now)\s+)?"
    r"(?:propose[sd]?|introduce[sd]?|present(?:s|ed)?|develop(?:s|ed)?|design(?:s|ed)?|contribute[sd]?|construct(?:s|ed)?|"
    r"build|built|release[sd]?|curate[sd]?|establish(?:es|ed)?|create[sd]?|devise[sd]?|collect(?:s|ed)?|"
    r"innovate|offer(?:s|ed)?|assemble[sd]?|describe[sd]?|train(?:s|ed)?)\b(?!\s+(?:to|how|that|the\s+(?:use|results)))",
    re.IGNORECASE)
NAMING = re.compile(
    r"\b(?:named|called|termed|dubbed|coined|denoted(?:\s+as)?|referred\s+to\s+as|which\s+we\s+(?:call|name|term|dub)|"
    r"we\s+(?:call|name|term|dub)(?:\s+(?:it|this|them))?)\s+(?:as\s+)?(?:the\s+)?[\"“'‘]?",
    re.IGNORECASE)
NOT_OURS = re.compile(
    r"\b(?:recent(?:ly)?|existing|previous(?:ly)?|prior|popular|well-known|widely|classic(?:al)?|conventional|"
    r"standard|state-of-the-art|baselines?|such as|like|e\.g\.|known as|a\.k\.a\.|extend(?:s|ed|ing)?)\b", re.IGNORECASE)
COMPONENT_VERB = re.compile(r"\s*(?:\([^)]*\)\s*)?,?\s*(?:features|comprises|consists\s+of|contains|includes|incorporates|"
                            r"introduces|is\s+composed\s+of|has\s+(?:two|three|four)|integrates)\b", re.IGNORECASE)
OUR = re.compile(r"\bour\s+(?:(?:proposed|new|novel|final)\s+)?(?:(?:method|model|approach|framework|system|dataset|"
                 r"benchmark|algorithm|network|architecture|technique|corpus|tool)\s*,?\s*)?$", re.IGNORECASE)
APPOSITION_NEW = re.compile(r"^\s*\)?\s*(?:[,(]|(?<=\s)(?:[–—]|-{1,3})(?=\s))?\s*(?:a|an|the)\s+(?:\w+[\s-]+){0,4}?(?:new|novel|first)\b", re.IGNORECASE)
TITLE_SKIP = frozenset(
    "a an the on in of towards toward beyond rethinking revisiting improving learning when how why what is are do "
    "does can from to for with via using understanding exploring enhancing boosting scaling training".split())
# languages whose name, before a known name, makes that language's own model or resource ("German BERT")
LANGUAGE_NAMES = frozenset(
    "Arabic Chinese Dutch English French German Italian Japanese Korean Polish Portuguese Russian Spanish Turkish "
    "Vietnamese Hindi Danish Swedish Norwegian Finnish Czech Greek Romanian Hungarian Persian Urdu Bengali Indonesian "
    "Catalan Basque Slovene Slovak Croatian Serbian Bulgarian Ukrainian Hebrew Thai Tamil Latvian".split())
STOP_CAPS = frozenset(
    "The A An In On Our We This These That Those It Its For To Of And Or But With By From As At Is Are Be Also "
    "However Moreover Furthermore Finally First Second Third Then Thus Hence Here Specifically Experimental "
    "Extensive Experiments Results Code Codes Data Our Table Figure Fig Section Appendix Task Stage Phase Step "
    "Part Track Level Type Subtask Version Round Year Chapter Day Week Epoch Layer Module Block Equation Eq "
    "English Chinese French German Italian Spanish Japanese Korean Arabic Latvian Dutch Portuguese Polish "
    "Russian Hindi Vietnamese Turkish European American Asian Transformers Transformer Unlike Both Each Most "
    "Many Some Such While Although Despite Since Because Due Given Using Based Compared Besides Meanwhile "
    "Notably Importantly Additionally Overall Existing Recent Current Previous Large Small New Novel".split())


_ADJECTIVE_TAILS = frozenset("Based Guided Aware Driven Free Specific Agnostic Oriented Centric Enhanced Assisted "
                             "Augmented Powered Conditioned".split())


_MODEL_TAILS = frozenset("instruct chat base hf it preview turbo distill coder math vision".split())


def _compound_adjective(token: str) -> bool:
    """"Zero-Shot", "Multi-Task", "OCR-based", "3D-consistent": hyphenated ordinary words, not names."""
    parts = [p for p in token.split("-") if p]
    if len(parts) < 2:
        return False
    if parts[-1] in _MODEL_TAILS and re.search(r"[A-Za-z]\d|\d[A-Za-z]", token):
        return False  # "Llama3-8B-instruct", "Qwen2-7B-chat": a model's variant, not an adjective
    if re.fullmatch(r"[a-z]{3,}", parts[-1]) or parts[-1] in _ADJECTIVE_TAILS:  # "UAV-Based" in a Title-Case title
        return True
    return all(re.fullmatch(r"[A-Z]?[a-z]+", p) for p in parts)


@lru_cache(maxsize=65536)  # asked of every capitalised token; the same words recur in every abstract
def name_shaped(token: str) -> bool:
    """True when a token looks like a coined name: inner capital, letters with digits, or capitals."""
    if _compound_adjective(token) or _RUN_INTO_FOOTNOTE.search(token):
        return False
    return bool(_CAMEL.search(token) or (_LETTER_DIGIT.search(token) and re.search(r"[A-Z]", token))
                or _CAPS.fullmatch(token.replace("-", "").replace("+", "").replace("/", "")) or _HYPHEN_CAPS.search(token)
                or _TO_NAME.fullmatch(token))


@lru_cache(maxsize=65536)
def strong_shape(token: str) -> bool:
    """True for shapes rarely used by ordinary words or generic acronyms (CamelCase, digits, hyphenated caps)."""
    if PLURAL_ACRONYM.fullmatch(token) or _compound_adjective(token):
        return False
    return bool(_CAMEL.search(token) or (_LETTER_DIGIT.search(token) and re.search(r"[A-Z]", token))
                or _HYPHEN_CAPS.search(token) or _TO_NAME.fullmatch(token))


def all_caps(token: str) -> bool:
    """True for an acronym made of capitals only (EPIC, IAK), the riskiest shape."""
    return bool(_CAPS.fullmatch(token)) and not any(c.isdigit() for c in token)


_VERB_NOUNS = frozenset("set sets split splits".split())
_NOT_A_TASK_KIND = frozenset("with from into over than that this these those when while where which across "
                             "after before under without".split())  # "X with tasks": a preposition, no kind of task
_AFTER_VERB = frozenset("a an the new itself up out state records".split())
# verbs whose subject acts on data: "SEA-S distills data …", "X generates training data": a method, whatever noun follows
VERBS_ON_DATA = frozenset("""
distills utilizes utilises uses generates produces collects requires leverages synthesizes synthesises augments
processes filters selects labels annotates exploits needs curates cleans integrates fuses compresses mines retrieves
learns""".split())  # not "converts" or "transforms": data converted from other data is data ("VGrounding-QA, which
# converts … event graphs into … QA")


_SPLIT_NAME = re.compile(r"(?:test|dev|train|val|eval)-(?:clean|other|std|dev|set|\d+)")


def kind_cue(words_before: list[str], words_after: list[str]) -> str | None:
    """``"dataset"`` / ``"method"`` when a noun right after (or a list head right before) a name says so."""
    if words_after and words_after[0].lower() in SPLIT_WORDS and len(words_after) > 1:
        words_after = words_after[1:]  # "the ILSVRC-2012 validation set"
    if words_after and _SPLIT_NAME.fullmatch(words_after[0].lower()):
        return "dataset"  # "the Librispeech test-clean set", "LibriSpeech dev-other"
    if words_after and words_after[0].lower() in {"shared", "tasks"}:
        return "dataset"  # "the AmericasNLP Shared Task", "the GLUE tasks", "the PubMed tasks": data
    if len(words_after) > 1 and words_after[1] == "tasks" and re.fullmatch(r"[a-z]{4,}", words_after[0]) \
            and words_after[0] not in _NOT_A_TASK_KIND:
        return "dataset"  # "MuJoCo control tasks", "RLBench tabletop tasks": the tasks of a suite are its data
    if words_after and words_after[0].lower() == "task":
        return None  # "the OCSU task" is mostly a task the paper defines (no name: 129 of 134 in the labelled sets);
        # the shared tasks written so ("this SemEval task") are listed names
    if words_after and words_after[0] in VERBS_ON_DATA:
        return None
    for n, word in enumerate(words_after[:2]):
        w = word.lower()
        if w in _VERB_NOUNS and n + 1 < len(words_after) and words_after[n + 1].lower() in _AFTER_VERB:
            return None  # "SAM 2++ sets a new state of the art": a verb, not "test sets"
        if w in DATASET_NOUNS:
            return "dataset"
        if w in METHOD_NOUNS:
            return "method"
    for n in range(1, min(len(words_after), 4)):
        if words_after[n].lower() in DATASET_HEADS and words_after[n - 1].lower() in TASK_HEADS \
                and all(w.islower() for w in words_after[:n]):
            return "dataset"  # "the NYUD2 indoor depth estimation benchmark": a task between the name and its noun
    return None
