"""The Papers with Code gazetteers shipped in ``data/``, loaded lazily and once.

Examples
--------
>>> g = load_gazetteer()
>>> g.lookup("CIFAR100").canonical, g.lookup("CIFAR100").kind.value
('CIFAR-100', 'dataset')
>>> g.lookup("ResNet-50") is None or g.lookup("ResNet-50").kind.value == "method"
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Mapping

from kg.extract.canonical import entity_key
from kg.extract.noise import is_noise
from kg.model import EntityKind


@dataclass(frozen=True)
class Entry:
    """One gazetteer name: its canonical form, kind, and whether it needs a context cue."""

    canonical: str
    kind: EntityKind
    ambiguous: bool = False


@dataclass(frozen=True)
class Gazetteer:
    """Names by :func:`~kg.extract.canonical.entity_key`; ``max_tokens`` bounds n-gram look-ups.

    ``prefixes`` holds every prefix of every key ("fast", "faster", "fasterr" … of "fasterrcnn"), so that an
    n-gram look-up stops growing as soon as no name can start with the words read so far.
    """

    entries: Mapping[str, Entry]
    max_tokens: int
    prefixes: frozenset[str] = frozenset()
    lowercase_names: frozenset[str] = frozenset()  # names a list writes in lower case ("fairseq", "node2vec")

    def lookup(self, surface: str) -> Entry | None:
        """The entry whose key equals the key of ``surface``, if any."""
        return self.entries.get(entity_key(surface))


def series_kind(base: str) -> EntityKind | None:
    """The kind of a series the lists know only other members of: "YOLO" for "YOLOv7" (YOLOv3 and YOLOv4 are
    listed), when every listed member has one kind.

    Examples
    --------
    >>> series_kind("YOLO").value, series_kind("Qwerty")
    ('method', None)
    """
    return _series_kinds().get(entity_key(base))


_VERSIONED_KEY = re.compile(r"([a-z]{3,}?)v?\d+")


@cache
def _series_kinds() -> dict[str, EntityKind]:
    kinds: dict[str, set[EntityKind]] = {}
    for key, entry in load_gazetteer().entries.items():
        if (m := _VERSIONED_KEY.fullmatch(key)) and not entry.ambiguous:
            kinds.setdefault(m.group(1), set()).add(entry.kind)
    return {base: next(iter(found)) for base, found in kinds.items() if len(found) == 1}


def _data_text(name: str) -> str:
    return resources.files("kg.extract").joinpath("data").joinpath(name).read_text(encoding="utf-8")


def _read(name: str, kind: EntityKind, into: dict[str, Entry]) -> int:
    longest = 1
    text = _data_text(name)
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        canonical, aliases, flag = line.split("\t")
        entry = Entry(canonical, kind, flag == "ambiguous")
        for surface in (canonical, *filter(None, aliases.split("|"))):
            key = entity_key(surface)
            if key and not is_noise(key) and key not in into:
                into[key] = entry
                longest = max(longest, len(surface.split()))
    return longest


@cache
def generic_acronyms() -> frozenset[str]:
    """Keys of acronyms the ACL Anthology mostly defines with a lower-case long form (CRF, EL, SMT); cached.

    Built by ``bench/make_gazetteers.py`` into ``data/generic_acronyms.txt``: the field's
    vocabulary ("statistical machine translation (SMT)"), not named artifacts.

    Examples
    --------
    >>> "smt" in generic_acronyms(), "el" in generic_acronyms(), "bert" in generic_acronyms()
    (True, True, False)
    """
    text = _data_text("generic_acronyms.txt")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def common_words() -> frozenset[str]:
    """Lower-case words frequent in the ACL Anthology abstracts (``data/common_words.txt``); cached.

    Examples
    --------
    >>> "attention" in common_words(), "prepacking" in common_words()
    (True, False)
    """
    text = _data_text("common_words.txt")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def language_names() -> frozenset[str]:
    """Names of natural languages (ISO 639-3) and programming languages (PyPI's classifiers), as written:
    "Ukrainian", "Standard Arabic", "JavaScript" (``data/languages.tsv``); cached.

    Examples
    --------
    >>> "Ukrainian" in language_names(), "JavaScript" in language_names(), "BERT" in language_names()
    (True, True, False)
    """
    rows = (line.split("\t") for line in _data_text("languages.tsv").splitlines() if line and line[0] != "#")
    return frozenset(name for name, _kind in rows)


@cache
def load_gazetteer() -> Gazetteer:
    """Load ``methods.tsv``, ``datasets.tsv``, ``acl_datasets.tsv``, ``package_datasets.tsv``, ``package_methods.tsv``
    and ``software.tsv`` (an earlier file wins a shared key); cached.

    ``acl_datasets.tsv`` holds corpus names mined from the ACL abstracts ("Switchboard",
    "AMI"), see ``bench/make_gazetteers.py``; ``package_datasets.tsv`` vision and LLM
    benchmarks ("KITTI", "GSM8K") from the catalogues of torchvision, lm-eval and
    tensorflow-datasets, and ``package_methods.tsv`` model names ("T5", "Gemma") from
    Hugging Face transformers, see ``bench/make_package_gazetteers.py``; ``software.tsv`` NLP and
    ML software the ACL abstracts name that is a PyPI project about language or learning, much
    downloaded or presented as software in the abstracts ("spaCy", "Sockeye"), see
    ``bench/make_software_gazetteer.py``.

    Returns
    -------
    Gazetteer
    """
    entries: dict[str, Entry] = {}
    longest = max(_read(name, kind, entries) for name, kind in (
        ("methods.tsv", EntityKind.METHOD), ("datasets.tsv", EntityKind.DATASET),
        ("acl_datasets.tsv", EntityKind.DATASET), ("package_datasets.tsv", EntityKind.DATASET),
        ("package_methods.tsv", EntityKind.METHOD), ("software.tsv", EntityKind.METHOD)))
    prefixes = frozenset(key[:end] for key in entries for end in range(1, len(key) + 1))
    return Gazetteer(MappingProxyType(entries), longest, prefixes, _lowercase_names(entries.values()))


def _lowercase_names(entries) -> frozenset[str]:
    """Single-word names that the lists themselves write in lower case, found when a text writes them exactly so:
    coined spellings ("node2vec", "compare-mt", "mBERT") and the software names of ``software.tsv`` ("fairseq",
    "gensim"), which were confirmed as software. A plain lower-case word from another list ("chameleon") is not
    among them: it may be the word."""
    software = {line.split("\t", 1)[0] for line in _data_text("software.tsv").splitlines()}
    return frozenset(e.canonical for e in entries if e.canonical[:1].islower() and " " not in e.canonical
                     and not e.ambiguous and (e.canonical in software or re.search(r"[\d\-_A-Z]", e.canonical)))


@dataclass(frozen=True)
class NameStats:
    """How often the ACL Anthology writes a capitalised word, as an ordinary lower-case word, and right before a
    dataset, method or task noun or after "on" (``data/name_stats.tsv``, built by ``bench/make_name_stats.py``)."""

    written: int
    lower: int
    dataset_noun: int
    method_noun: int
    task_noun: int
    on: int


@cache
def name_stats() -> Mapping[str, NameStats]:
    """Corpus habits of each capitalised word by entity key; cached.

    Examples
    --------
    >>> s = name_stats()["switchboard"]
    >>> s.dataset_noun > s.method_noun
    True
    """
    text = _data_text("name_stats.tsv")
    rows = (line.split("\t") for line in text.splitlines()[1:] if line)
    return MappingProxyType({key: NameStats(*map(int, counts)) for key, *counts in rows})
