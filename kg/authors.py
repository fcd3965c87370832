"""Author disambiguation: turn the author slots of works into persons, with evidence.

Every author slot of every work is a *mention*. Mentions are grouped by the
name's :func:`~kg.extract.names.match_key`, then joined into clusters, each
join recording why:

1. user decisions (``seeds/authors.toml``: alias, merge, split) win over everything;
2. an ORCID joins every mention that carries it, and two ORCIDs never share a cluster;
3. two papers of one name that share a coauthor (directly or through a chain of
   such papers) are one person;
4. a less specific spelling (``R. Müller``, ``Erika de Lima``) joins a fuller,
   compatible one (``Rafael Müller``, ``Erika F. de Lima``) only when their papers
   share a coauthor — never blindly;
5. in a large corpus, the clusters of a name so rare that two people bearing it
   are unlikely are joined (see :func:`name_rarity`);
6. clusters of one written-out name still apart are joined when their titles,
   abstracts and venue series are alike (TF-IDF cosine ≥ :data:`TOPIC_SIMILARITY`,
   at least :data:`TOPIC_MIN_SHARED` shared terms; see :func:`topic_vectors`).

A cluster never holds two authors of one paper, two ORCIDs or two incompatible
spellings (``John Smith`` and ``James Smith``, bridged by ``J. Smith``).
Clusters of one name that stay apart become separate persons labelled
``Hao Feng (1)``, ``Hao Feng (2)`` … and are listed as ``possibly_same`` pairs.

Examples
--------
>>> from kg.model import AuthorName, Paper, SourceRef, Work
>>> def work(id, *names):
...     authors = tuple(AuthorName(*n.split(", ")) for n in names)
...     return Work(id, (Paper(id, SourceRef("x"), authors=authors),))
>>> works = [work("w1", "Feng, Hao", "Tao, Dingwen"), work("w2", "Feng, Hao", "Tao, Dingwen"),
...          work("w3", "Feng, Hao", "Bai, Xiang")]
>>> result = resolve_authors(works)
>>> [p.label for p in result.persons if p.name == "Hao Feng"]
['Hao Feng (1)', 'Hao Feng (2)']
>>> result.person(result.authorships[0].person_id).evidence[:2]
('main coauthors: Dingwen Tao (2 papers)', 'shared coauthor Dingwen Tao: w1, w2')
"""

from __future__ import annotations

import csv
import gc
import hashlib
import math
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache, partial
from itertools import chain
from pathlib import Path

from kg.errors import ConfigError
from kg.extract.names import (
    display_name,
    keys_compatible,
    match_key,
    parse_last_first,
    parse_plain_name,
    specificity,
)
from kg.output import atomic_output
from kg.model import AuthorName, Person, Work

EVIDENCE_SHOWN = 12  # evidence lines kept per person; the rest are counted
LARGE_CORPUS = 2000  # distinct names needed before name frequencies are trusted
RARE_NAME = 0.02  # expected namesakes below which a name's clusters are joined
TOPIC_SIMILARITY = 0.2  # cosine of topic vectors joining two clusters of one name (calibration: docs/authors.md)
TOPIC_MIN_SHARED = 2  # terms (words, venue series) two clusters must share for a topic join
TOPIC_WORDS_SHOWN = 6  # shared words named in a topic join's evidence


# --------------------------------------------------------------------------- public records


@dataclass(frozen=True)
class Authorship:
    """One author slot of one work, resolved to a person."""

    work_id: str
    position: int  # 1-based
    person_id: str
    written_as: str  # the AuthorName.display as written


@dataclass(frozen=True)
class AuthorResolution:
    """Persons, who wrote what, and which persons may be one human after all."""

    persons: tuple[Person, ...]  # sorted by id
    authorships: tuple[Authorship, ...]  # sorted by (work_id, position)
    possibly_same: tuple[tuple[str, str], ...]  # person-id pairs of clusters that share a name
    confidence: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    def person(self, person_id: str) -> Person:
        """The person with id ``person_id`` (``KeyError`` if there is none)."""
        index = _person_index(self)
        return self.persons[index[person_id]]

    def works_of(self, person_id: str) -> tuple[str, ...]:
        """The ids of the works ``person_id`` wrote, sorted."""
        return tuple(sorted({a.work_id for a in self.authorships if a.person_id == person_id}))


def _person_index(resolution: AuthorResolution) -> dict[str, int]:
    cache = resolution.__dict__.get("_index")
    if cache is None:
        cache = {p.id: i for i, p in enumerate(resolution.persons)}
        object.__setattr__(resolution, "_index", cache)
    return cache


class DecisionKind(StrEnum):
    """What a user decision does."""

    ALIAS = "alias"  # spelling ``name`` is the same name as ``same_as``
    MERGE = "merge"  # ``name`` on ``works`` (all works when empty) is one person
    SPLIT = "split"  # ``name`` on ``works`` is a person of its own, apart from the rest


@dataclass(frozen=True)
class Decision:
    """One entry of the decisions file."""

    kind: DecisionKind
    name: str
    works: tuple[str, ...] = ()
    same_as: str | None = None
    reason: str = ""
    entry: str = ""  # e.g. "split[2]", for messages

    @property
    def key(self) -> str:
        return match_key(parse_name(self.name))


@dataclass(frozen=True)
class AuthorDecisions:
    """The user's decisions, in file order."""

    decisions: tuple[Decision, ...] = ()
    source: str | None = None

    def of_kind(self, kind: DecisionKind) -> tuple[Decision, ...]:
        return tuple(d for d in self.decisions if d.kind is kind)


@dataclass(frozen=True)
class ReviewRow:
    """One row of ``out/authors-review.csv``: one person and why it is what it is."""

    name: str
    cluster: str  # person id
    label: str
    papers: str  # work ids, ";"-separated
    evidence: str  # "; "-separated
    confidence: float


def parse_name(text: str) -> AuthorName:
    """A name as a user writes it: ``Last, First`` when it has a comma, else ``First Last``.

    Examples
    --------
    >>> parse_name("Feng, Hao") == parse_name("Hao Feng") or parse_name("Hao Feng").family
    'Feng'
    """
    return parse_last_first(text) if "," in text else parse_plain_name(text)


# --------------------------------------------------------------------------- decisions file

_ALLOWED = {
    DecisionKind.ALIAS: {"name", "same_as", "reason"},
    DecisionKind.MERGE: {"name", "works", "reason"},
    DecisionKind.SPLIT: {"name", "works", "reason"},
}


def parse_decisions(text: str, path: str = "<string>") -> AuthorDecisions:
    """Parse the TOML text of a decisions file (format in ``docs/authors.md``).

    Raises
    ------
    ConfigError
        When the TOML is malformed or an entry lacks a field or has a wrong one;
        the message names the file and the entry.

    Examples
    --------
    >>> d = parse_decisions('[[split]]\\nname = "Feng, Hao"\\nworks = ["w3"]\\nreason = "other lab"')
    >>> d.decisions[0].kind, d.decisions[0].works, d.decisions[0].entry
    (<DecisionKind.SPLIT: 'split'>, ('w3',), 'split[1]')
    >>> parse_decisions('[[merge]]\\nworks = ["w1"]', "seeds/authors.toml")
    Traceback (most recent call last):
    kg.errors.ConfigError: seeds/authors.toml: merge[1]: 'name' is required
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None
    unknown = sorted(set(data) - {k.value for k in DecisionKind})
    if unknown:
        raise ConfigError(f"{path}: unknown section {unknown[0]!r}; expected alias, merge or split")
    decisions = [
        _decision(kind, index, entry, path)
        for kind in DecisionKind
        for index, entry in enumerate(_entries(data, kind, path), start=1)
    ]
    return AuthorDecisions(tuple(decisions), path)


def _entries(data: dict, kind: DecisionKind, path: str) -> list:
    entries = data.get(kind.value, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ConfigError(f"{path}: {kind.value}: write each entry as [[{kind.value}]]")
    return entries


def _decision(kind: DecisionKind, index: int, entry: dict, path: str) -> Decision:
    where = f"{path}: {kind.value}[{index}]"
    extra = sorted(set(entry) - _ALLOWED[kind])
    if extra:
        raise ConfigError(f"{where}: unknown field {extra[0]!r}; allowed: {', '.join(sorted(_ALLOWED[kind]))}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: 'name' is required")
    works = entry.get("works", [])
    if not isinstance(works, list) or not all(isinstance(w, str) for w in works):
        raise ConfigError(f"{where}: 'works' must be a list of work ids")
    if kind is DecisionKind.SPLIT and not works:
        raise ConfigError(f"{where}: a split needs 'works' (the papers of the separate person)")
    same_as = entry.get("same_as")
    if kind is DecisionKind.ALIAS and (not isinstance(same_as, str) or not same_as.strip()):
        raise ConfigError(f"{where}: an alias needs 'same_as'")
    reason = str(entry.get("reason", ""))
    return Decision(kind, name, tuple(works), same_as, reason, f"{kind.value}[{index}]")


def read_decisions(path: str | Path) -> AuthorDecisions:
    """The decisions in ``path``; a missing file means no decisions.

    Raises
    ------
    ConfigError
        When the file is malformed (the message names file and entry).

    Examples
    --------
    >>> read_decisions("/nonexistent/authors.toml").decisions
    ()
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return AuthorDecisions((), str(path))
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read ({error})") from None
    return parse_decisions(text, str(path))


# --------------------------------------------------------------------------- slots and clusters


class _Slots:
    """Every author slot of the works, in (work id, position) order; what a spelling gives is computed once.

    Slot ``i`` is author ``position[i]`` of work ``work[i]``, spelt as ``spelling[i]`` — an
    index into the per-spelling lists ``key``, ``shown``, ``written``, ``rank`` and ``orcid``.
    Each slot is one node of the clustering.
    """

    def __init__(self, works: Sequence[Work], aliases: dict[str, str]):
        self.key: list[str] = []  # match key of each spelling, after aliases
        self.shown: list[str] = []  # display_name of each spelling
        self.written: list[str] = []  # AuthorName.display, as written
        self.rank: list[tuple] = []  # sorts the most specific spelling first
        self.orcid: list[str | None] = []
        self.work: list[str] = []
        self.position: list[int] = []
        self.spelling: list[int] = []
        self.extra: dict[int, list[int]] = defaultdict(list)  # slot -> spellings of the same slot of a same-id work
        index: dict[AuthorName, int] = {}
        previous, first = None, 0
        for work in sorted(works, key=lambda w: w.id):
            same_id: dict[tuple[int, str], int] = {}
            if work.id == previous:  # two works with one id: a slot of both (same place, same name) is one node
                same_id = {(self.position[i], self.key[self.spelling[i]]): i for i in range(first, len(self.work))}
            else:
                previous, first = work.id, len(self.work)
            for position, author in enumerate(work.authors, start=1):
                spelling = index.get(author)
                if spelling is None:
                    spelling = index[author] = len(self.key)
                    key = match_key(author)
                    self.key.append(aliases.get(key, key))
                    self.shown.append(display_name(author))
                    self.written.append(author.display)
                    self.rank.append((key in aliases, tuple(-x for x in specificity(author))))  # an alias is never the name
                    self.orcid.append(author.orcid)
                if same_id and (slot := same_id.get((position, self.key[spelling]))) is not None:
                    self.extra[slot].append(spelling)
                    continue
                self.work.append(work.id)
                self.position.append(position)
                self.spelling.append(spelling)


def _aliases(decisions: AuthorDecisions) -> dict[str, str]:
    aliases = {}
    for decision in decisions.of_kind(DecisionKind.ALIAS):
        aliases[decision.key] = match_key(parse_name(decision.same_as))
    return aliases


def _split_tags(keys: Sequence[str], works: Sequence[str], decisions: AuthorDecisions) -> dict[int, tuple]:
    splits = decisions.of_kind(DecisionKind.SPLIT)
    split_keys = {d.key for d in splits}
    tags = {}
    for node, (key, work) in enumerate(zip(keys, works)):
        if key in split_keys:
            group = next((d.entry for d in splits if d.key == key and work in d.works), "rest")
            tags[node] = (key, group)
    return tags


class _Root:
    """What one cluster holds so far; made when a node first takes part in a join."""

    __slots__ = ("keys", "works", "orcids", "tags", "evidence", "how")

    def __init__(self, key: str, work: str, orcid: str | None, tag: tuple | None):
        self.keys, self.works = {key}, {work}
        self.orcids = {orcid} if orcid else set()
        self.tags = dict([tag]) if tag else {}
        self.evidence: list[str] = []
        self.how: set[str] = set()


class _Clusters:
    """Union-find over slots that refuses joins breaking a constraint."""

    def __init__(self, keys: Sequence[str], works: Sequence[str], orcids: dict[int, str], tags: dict[int, tuple]):
        self.keys, self.works, self.orcid_of, self.tag_of = keys, works, orcids, tags
        self.parent = list(range(len(keys)))
        self.roots: dict[int, _Root] = {}

    def find(self, item: int) -> int:
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def state(self, root: int) -> _Root:
        state = self.roots.get(root)
        if state is None:
            state = self.roots[root] = _Root(self.keys[root], self.works[root], self.orcid_of.get(root), self.tag_of.get(root))
        return state

    def works_of(self, root: int) -> set[str]:
        state = self.roots.get(root)
        return state.works if state is not None else {self.works[root]}

    def blocker(self, ra: int, rb: int) -> str | None:
        """Why clusters ``ra`` and ``rb`` cannot be one person, or ``None``."""
        a, b = self.state(ra), self.state(rb)
        if not a.works.isdisjoint(b.works):
            return "both are authors of one paper"
        if len(a.orcids | b.orcids) > 1:
            return "different ORCIDs"
        for key, tag in a.tags.items():
            if b.tags.get(key, tag) != tag:
                return "a user split keeps them apart"
        for x in a.keys:
            for y in b.keys:
                if x != y and not (keys_compatible(x, y) or keys_compatible(y, x)):
                    return "incompatible spellings"
        return None

    def join(self, a: int, b: int, reason, how: str, force: bool = False) -> bool:
        """Join the clusters of nodes ``a`` and ``b``; ``reason`` is a string or a function making one."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb or not force and self.blocker(ra, rb):
            return False
        big, small = self.state(ra), self.state(rb)
        if len(big.works) < len(small.works):
            ra, rb, big, small = rb, ra, small, big
        self.parent[rb] = ra
        big.keys |= small.keys
        big.works |= small.works
        big.orcids |= small.orcids
        big.how |= small.how
        big.tags.update(small.tags)
        big.evidence.extend(small.evidence)
        big.evidence.append(reason if isinstance(reason, str) else reason())
        big.how.add(how)
        del self.roots[rb]
        return True


# --------------------------------------------------------------------------- the joins


class _Context:
    """What the joining steps share: the slots, their keys and works, names for messages."""

    def __init__(self, slots: _Slots, decisions: AuthorDecisions, works: Sequence[Work]):
        self.slots = slots
        self.works = {work.id: work for work in works}
        spelling_key = slots.key
        self.key: list[str] = [spelling_key[s] for s in slots.spelling]  # match key of each node (slot)
        self.work: list[str] = slots.work
        self.shown: dict[str, str] = {}  # key -> its first spelling in (work, position) order
        for key, shown in zip(spelling_key, slots.shown):
            self.shown.setdefault(key, shown)
        self.nodes_of_work: dict[str, list[int]] = defaultdict(list)
        self.nodes_of_key: dict[str, list[int]] = defaultdict(list)
        for node, (key, work) in enumerate(zip(self.key, self.work)):
            self.nodes_of_work[work].append(node)
            self.nodes_of_key[key].append(node)
        self.keys_of_work = {work: [self.key[n] for n in nodes] for work, nodes in self.nodes_of_work.items()}
        self.shared_keys = [(key, nodes) for key, nodes in self.nodes_of_key.items() if len(nodes) > 1]  # on 2+ slots
        orcid = slots.orcid
        orcids = {node: o for node, s in enumerate(slots.spelling) if (o := orcid[s])}
        self.clusters = _Clusters(self.key, self.work, orcids, _split_tags(self.key, self.work, decisions))


def _apply_merges(ctx: _Context, decisions: AuthorDecisions) -> None:
    for decision in decisions.of_kind(DecisionKind.MERGE):
        chosen = [i for i in ctx.nodes_of_key.get(decision.key, []) if not decision.works or ctx.work[i] in decision.works]
        why = f"user decision {decision.entry}: {decision.reason or 'merge'}"
        for other in chosen[1:]:
            ctx.clusters.join(chosen[0], other, why, "user", force=True)


def _join_by_orcid(ctx: _Context) -> None:
    first: dict[str, int] = {}
    for node, orcid in sorted(ctx.clusters.orcid_of.items()):
        if orcid in first:
            ctx.clusters.join(first[orcid], node, f"same ORCID {orcid}", "orcid")
        else:
            first[orcid] = node


def _join_by_coauthor(ctx: _Context) -> dict[tuple[str, str], int]:
    """Join the papers of one name that share a coauthor; return (name key, coauthor key) -> first node."""
    first: dict[tuple[str, str], int] = {}
    join, key_of = ctx.clusters.join, ctx.key
    for work, nodes in ctx.nodes_of_work.items():
        if len(nodes) < 2:
            continue
        keys = [key_of[n] for n in nodes]
        for node, key in zip(nodes, keys):
            for other in keys:
                if other == key:
                    continue
                seen = first.setdefault((key, other), node)
                if seen != node:
                    why = partial("shared coauthor {}: {}, {}".format, ctx.shown[other], ctx.work[seen], work)
                    join(seen, node, why, "coauthor")
    return first


def _join_compatible_forms(ctx: _Context, index: dict[tuple[str, str], int]) -> None:
    """Attach a less specific spelling to a compatible fuller one when their papers share a coauthor."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in ctx.nodes_of_key:
        by_surname[key.split("|", 1)[0]].append(key)
    for keys in by_surname.values():
        if len(keys) < 2:
            continue
        for short, full in _compatible_pairs(keys):
            _join_pair(ctx, index, short, full)


def _compatible_pairs(keys: list[str]) -> list[tuple[str, str]]:
    """The (short, full) pairs of one surname's keys with ``short`` compatible with ``full``."""
    by_letter: dict[str, list[str]] = defaultdict(list)  # a key whose first given name is an initial may match any
    by_first: dict[str, list[str]] = defaultdict(list)  # a written-out first given name must match itself
    for key in keys:
        first = _first_given(key)
        by_letter[first[:1]].append(key)
        by_first[first].append(key)
    pairs = []
    for key in keys:
        first = _first_given(key)
        candidates = by_letter[first] if len(first) == 1 else by_first[first]
        if len(candidates) > 1:
            pairs.extend((key, full) for full in candidates if full != key and keys_compatible(key, full))
    return sorted(pairs, key=lambda p: (p[0], [-len(p[1].split("|")[1].split()), p[1]]))


def _join_pair(ctx: _Context, index: dict[tuple[str, str], int], short: str, full: str) -> None:
    for node in ctx.nodes_of_key[short]:
        work = ctx.work[node]
        for coauthor in ctx.keys_of_work[work]:
            target = index.get((full, coauthor))
            if target is not None:
                why = (f"{ctx.shown[short]} is a shorter form of {ctx.shown[full]} and shares coauthor "
                       f"{ctx.shown[coauthor]}: {work}, {ctx.work[target]}")
                if ctx.clusters.join(target, node, why, "variant"):
                    break


@dataclass(frozen=True)
class NameRarity:
    """How many other people would bear a name by chance, from the corpus's name frequencies."""

    surname_count: int  # distinct names with this surname
    given_count: int  # distinct names with this first given name
    names: int  # distinct names in the corpus

    @property
    def expected_namesakes(self) -> float:
        return self.surname_count * self.given_count / self.names

    def __str__(self) -> str:
        return (f"{self.surname_count} given name(s) with this surname and {self.given_count} surname(s) with "
                f"this first name among {self.names} names: {self.expected_namesakes:.3f} namesakes expected")


def name_rarity(keys: Iterable[str]) -> dict[str, NameRarity]:
    """The :class:`NameRarity` of every key whose first given name is written out (not an initial).

    Examples
    --------
    >>> r = name_rarity(["wilks|yorick|", "li|wei|", "li|ming|", "wang|wei|", "li|w|"])
    >>> r["wilks|yorick|"].expected_namesakes, r["li|wei|"].expected_namesakes
    (0.2, 1.2)
    >>> "li|w|" in r
    False
    """
    keys = sorted(set(keys))
    surnames, firsts = _name_counts(keys)
    return {
        k: NameRarity(surnames[k.split("|")[0]], firsts[_first_given(k)], len(keys))
        for k in keys
        if len(_first_given(k)) > 1
    }


def _name_counts(keys: Iterable[str]) -> tuple[Counter, Counter]:
    """How many of ``keys`` (distinct) have each surname, and each first given name."""
    surnames: Counter = Counter()
    firsts: Counter = Counter()
    for key in keys:
        surname, given, _ = key.split("|")
        surnames[surname] += 1
        firsts[given.split(" ", 1)[0]] += 1
    return surnames, firsts


def _first_given(key: str) -> str:
    return key.split("|", 2)[1].split(" ", 1)[0]


def _split_keys(ctx: _Context, written_out: bool = False) -> Iterator[tuple[str, list[int]]]:
    """(key, sorted cluster roots) of every name whose slots are in two or more clusters when it is reached."""
    find = ctx.clusters.find
    for key, nodes in ctx.shared_keys:
        if written_out and len(_first_given(key)) < 2:
            continue
        roots = sorted({find(n) for n in nodes})
        if len(roots) > 1:
            yield key, roots


def _join_rare_names(ctx: _Context) -> None:
    """Join the clusters of a name too rare to be shared (only in a large corpus)."""
    if len(ctx.nodes_of_key) < LARGE_CORPUS:
        return
    surnames, firsts = _name_counts(ctx.nodes_of_key)
    names = len(ctx.nodes_of_key)
    for key, roots in _split_keys(ctx, written_out=True):
        rarity = NameRarity(surnames[key.split("|")[0]], firsts[_first_given(key)], names)
        if rarity.expected_namesakes >= RARE_NAME:
            continue
        for root in roots[1:]:
            ctx.clusters.join(roots[0], root, f"rare name {ctx.shown[key]}: {rarity}", "rare")


# --------------------------------------------------------------------------- topics

_WORD = re.compile(r"[a-z][a-z0-9]+")
_STOP = frozenset(
    """about above across after again against all almost along also although among an and another any are
    around as at be because been before being between both but by can could did do does done due during each
    either et etc even ever every few for from further had has have having here how however if in into is it
    its itself just least less like made make many may more most much must no nor not now of often on once one
    only or other others our out over own per rather same several should show shown shows since so some such
    than that the their them then there these they this those through thus to too two under until up upon us
    use used uses using very via was we well were what when where whether which while who whose why will with
    within without would yet you your paper propose proposed present presents approach approaches method methods
    result results new based work task tasks model models data performance experiments experimental effective
    novel existing different various first second three four five large small high low significantly improve
    improves improved improvement state art better best able specifically furthermore moreover addition""".split()
)
_VENUE_NOISE = frozenset(
    """proceedings volume vol papers paper long short part the of and on in for at th st nd rd first second third
    fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth
    seventeenth eighteenth nineteenth twentieth twenty thirtieth thirty fortieth forty fiftieth fifty sixtieth
    annual""".split()
)


@lru_cache(maxsize=1 << 14)
def venue_series(venue: str | None) -> str:
    """The series a venue belongs to: its words without numbers, ordinals, years and parentheses.

    Examples
    --------
    >>> venue_series("Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics")
    'meeting association computational linguistics'
    >>> venue_series("Proceedings of the Ninth International Conference on Language Resources and Evaluation (LREC'14)")
    'international conference language resources evaluation'
    >>> venue_series(None)
    ''
    """
    if not venue:
        return ""
    words = re.findall(r"[a-z]+", re.sub(r"\([^)]*\)", " ", venue.lower()))
    return " ".join(w for w in words if len(w) > 1 and w not in _VENUE_NOISE)


def _topic_features(work: Work) -> tuple[Counter, str]:
    """Word counts of the title and abstract (function and generic words dropped), and the venue series."""
    text = f"{work.title} {work.abstract or ''}".lower()
    words = Counter(_WORD.findall(text))
    for word in _STOP.intersection(words):
        del words[word]
    venue = next((r.venue for r in work.records if r.venue), None)
    return words, venue_series(venue)


def topic_vectors(works: Sequence[Work]) -> dict[str, dict[str, float]]:
    """Each work's TF-IDF vector over its title and abstract words plus its venue series, L2-normalised.

    Document frequencies are counted over ``works`` themselves; a term in every
    work weighs nothing. The venue series is one term, ``"venue:<series>"``.

    Examples
    --------
    >>> from kg.model import Paper, SourceRef, Work
    >>> def w(id, title): return Work(id, (Paper(title, SourceRef("x")),))
    >>> v = topic_vectors([w("a", "Parsing treebank grammars"), w("b", "Treebank parsing"), w("c", "Speech")])
    >>> round(topic_similarity(v["a"], v["b"]), 2), topic_similarity(v["a"], v["c"])
    (0.51, 0.0)
    """
    features = {work.id: _topic_features(work) for work in works}
    df: Counter = Counter()
    for words, venue in features.values():
        df.update(words.keys())
        if venue:
            df["venue:" + venue] += 1
    total = len(features) + 1
    idf = {term: math.log(total / (count + 1)) for term, count in df.items()}
    vectors = {}
    for work_id, (words, venue) in features.items():
        vector = {word: (1.0 + math.log(count)) * idf[word] for word, count in words.items()}
        if venue:
            vector["venue:" + venue] = idf["venue:" + venue]
        norm = math.sqrt(sum(x * x for x in vector.values())) or 1.0
        vectors[work_id] = {term: x / norm for term, x in vector.items() if x > 0}
    return vectors


def topic_similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """The cosine of two term vectors (sums of :func:`topic_vectors` entries are fine)."""
    if len(a) > len(b):
        a, b = b, a
    dot = sum(x * b[t] for t, x in a.items() if t in b)
    if not dot:
        return 0.0
    return dot / math.sqrt(sum(x * x for x in a.values()) * sum(x * x for x in b.values()))


def _sum_vectors(vectors: Iterable[dict[str, float]]) -> dict[str, float]:
    total: dict[str, float] = defaultdict(float)
    for vector in vectors:
        for term, x in vector.items():
            total[term] += x
    return dict(total)


class _TopicCluster:
    __slots__ = ("vector", "works", "years")

    def __init__(self, vector: dict[str, float], works: set[str], years: list[int]):
        self.vector, self.works, self.years = vector, works, years


def _years(years: list[int]) -> str:
    if not years:
        return "undated"
    low, high = min(years), max(years)
    return str(low) if low == high else f"{low}–{high}"


def _topic_reason(a: _TopicCluster, b: _TopicCluster, similarity: float) -> str:
    shared = [(a.vector[t] * b.vector[t], t) for t in a.vector.keys() & b.vector.keys()]
    shared.sort(key=lambda p: (-p[0], p[1]))
    words = [t for _, t in shared if not t.startswith("venue:")][:TOPIC_WORDS_SHOWN]
    venues = [t[6:] for _, t in shared if t.startswith("venue:")][:1]
    parts = [f"shared topic words: {', '.join(words) or 'none'}"]
    if venues:
        parts.append(f"venue {venues[0]}")
    parts.append(f"years {_years(a.years)} and {_years(b.years)}")
    return f"{'; '.join(parts)} (similarity {similarity:.2f}): {min(a.works)}, {min(b.works)}"


def _join_by_topic(ctx: _Context) -> None:
    """Join clusters of one written-out name whose titles, abstracts and venues are alike (see ``docs/authors.md``).

    Greedy and agglomerative: the most similar pair of the name's clusters is
    joined first, the joined cluster's vector is the sum of its papers' vectors,
    and joining stops when no pair reaches :data:`TOPIC_SIMILARITY`. A pair the
    constraints forbid (a shared paper, two ORCIDs, a user split) is skipped.
    """
    works_of = ctx.clusters.works_of
    needed = {w for _, roots in _split_keys(ctx, written_out=True) for root in roots for w in works_of(root)}
    if not needed:
        return
    vectors = topic_vectors([ctx.works[w] for w in sorted(needed)])  # a later cluster only joins these works
    for _, roots in _split_keys(ctx, written_out=True):
        clusters = {}
        for root in roots:
            works = set(works_of(root))
            years = sorted(d.year for w in works if (d := ctx.works[w].date) is not None and d.year is not None)
            clusters[root] = _TopicCluster(_sum_vectors(vectors[w] for w in sorted(works)), works, years)
        _agglomerate(ctx, clusters)


def _related(a: dict[str, float], b: dict[str, float]) -> float:
    """The topic similarity of two clusters, or 0 when they share fewer than :data:`TOPIC_MIN_SHARED` terms."""
    similarity = topic_similarity(a, b)
    if similarity < TOPIC_SIMILARITY or len(a.keys() & b.keys()) < TOPIC_MIN_SHARED:
        return 0.0
    return similarity


def _agglomerate(ctx: _Context, clusters: dict[int, _TopicCluster]) -> None:
    pairs = {}
    roots = sorted(clusters)
    for i, a in enumerate(roots):
        for b in roots[i + 1:]:
            similarity = _related(clusters[a].vector, clusters[b].vector)
            if similarity:
                pairs[(a, b)] = similarity
    while pairs:
        (a, b), similarity = max(pairs.items(), key=lambda item: (item[1], -item[0][0], -item[0][1]))
        del pairs[(a, b)]
        why = _topic_reason(clusters[a], clusters[b], similarity)
        if not ctx.clusters.join(a, b, why, "topic"):
            continue
        merged = _TopicCluster(
            _sum_vectors((clusters[a].vector, clusters[b].vector)),
            clusters[a].works | clusters[b].works,
            sorted(clusters[a].years + clusters[b].years),
        )
        del clusters[a], clusters[b]
        pairs = {pair: s for pair, s in pairs.items() if a not in pair and b not in pair}
        root = ctx.clusters.find(a)
        for other, cluster in clusters.items():
            similarity = _related(merged.vector, cluster.vector)
            if similarity:
                pairs[(min(root, other), max(root, other))] = similarity
        clusters[root] = merged


# --------------------------------------------------------------------------- persons


class _Cluster:
    """One person in the making: its slots, works, keys, evidence and shown spelling."""

    __slots__ = ("root", "nodes", "work_ids", "keys", "evidence", "how", "best", "coauthors")

    def __init__(self, root: int, nodes: list[int], work_ids: tuple[str, ...], keys, evidence, how, best: int,
                 coauthors: tuple[str, ...]):
        self.root, self.nodes, self.work_ids, self.keys = root, nodes, work_ids, keys  # nodes in (work, position) order
        self.evidence, self.how, self.best = evidence, how, best  # best: the spelling shown as the name
        self.coauthors = coauthors  # "Name (n papers)" of coauthors on two or more of its papers

    @property
    def first_work(self) -> str:
        return self.work_ids[0]


def _spellings(slots: _Slots, nodes: Sequence[int]) -> list[int]:
    """The spelling of every mention on ``nodes``, in order."""
    spelling, extra = slots.spelling, slots.extra
    if not extra:
        return [spelling[n] for n in nodes]
    return [s for n in nodes for s in (spelling[n], *extra.get(n, ()))]


def _best_spelling(slots: _Slots, nodes: Sequence[int]) -> int:
    """The most specific spelling; ties go to the most frequent, then the first by name."""
    spelling = slots.spelling
    if len(nodes) == 1 and nodes[0] not in slots.extra:
        return spelling[nodes[0]]
    used = Counter(_spellings(slots, nodes))
    if len(used) == 1:
        return spelling[nodes[0]]
    shown = Counter()
    for s, count in used.items():
        shown[slots.shown[s]] += count
    return min(used, key=lambda s: (slots.rank[s], -shown[slots.shown[s]], slots.shown[s]))


def _clusters(ctx: _Context) -> list[_Cluster]:
    find, work_of, slots = ctx.clusters.find, ctx.work, ctx.slots
    members: dict[int, list[int]] = defaultdict(list)
    for node in range(len(work_of)):
        members[find(node)].append(node)
    clusters = []
    spelling, extra, roots = slots.spelling, slots.extra, ctx.clusters.roots
    for root, nodes in members.items():  # in order of first node, i.e. of first (work, position)
        state = roots.get(root)
        if state is None:  # a slot never joined: one paper
            best = spelling[root] if root not in extra else _best_spelling(slots, nodes)
            clusters.append(_Cluster(root, nodes, (work_of[root],), (ctx.key[root],), (), (), best, ()))
            continue
        work_ids = tuple(dict.fromkeys(work_of[n] for n in nodes))
        coauthors = _main_coauthors(ctx, work_ids, state.keys) if len(work_ids) > 1 else ()
        best = _best_spelling(slots, nodes)
        clusters.append(_Cluster(root, nodes, work_ids, state.keys, state.evidence, state.how, best, coauthors))
    return clusters


def _main_coauthors(ctx: _Context, work_ids: Sequence[str], keys: frozenset[str]) -> tuple[str, ...]:
    keys_of_work = ctx.keys_of_work
    counts = Counter(chain.from_iterable(set(keys_of_work[w]) for w in work_ids))
    shared = sorted((k for k, n in counts.items() if n > 1 and k not in keys), key=lambda k: (-counts[k], ctx.shown[k]))
    return tuple(f"{ctx.shown[k]} ({counts[k]} papers)" for k in shared[:6])


def _slug(text: str) -> str:
    from unicodedata import normalize

    ascii_text = normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "person"


def _discriminator(cluster: _Cluster) -> str:
    return hashlib.sha1(cluster.first_work.encode()).hexdigest()[:6]


def _evidence(cluster: _Cluster, homonyms: int) -> tuple[str, ...]:
    lines = list(dict.fromkeys(cluster.evidence))
    if len(lines) > EVIDENCE_SHOWN:  # the rarer kinds of evidence first: coauthor chains are many and alike
        lines.sort(key=lambda line: line.startswith("shared coauthor "))
        lines = lines[:EVIDENCE_SHOWN] + [f"… and {len(lines) - EVIDENCE_SHOWN} more joins"]
    if cluster.coauthors:
        lines.insert(0, "main coauthors: " + ", ".join(cluster.coauthors))
    if homonyms > 1:
        lines.append(f"kept apart from {homonyms - 1} other cluster(s) of this name: "
                     "no shared coauthor, ORCID, related topic or decision")
    if not lines:
        lines.append("single paper" if len(cluster.work_ids) == 1 else "one spelling, no further evidence")
    return tuple(lines)


def _confidence(cluster: _Cluster, homonyms: int) -> float:
    """A rough score for reviewers: how sure the cluster is one person and the whole of that person."""
    if "user" in cluster.how:
        return 1.0
    if "orcid" in cluster.how:
        return 0.99
    score = 0.9 if "coauthor" in cluster.how or "variant" in cluster.how else 0.8
    if "rare" in cluster.how:
        score = 0.75
    if "topic" in cluster.how:
        score = 0.7
    return round(score - (0.2 if homonyms > 1 else 0.0), 2)


def _persons(ctx: _Context, clusters: Sequence[_Cluster]) -> tuple[list[Person], dict[int, str], dict[str, float]]:
    slots = ctx.slots
    by_name: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in clusters:
        by_name[slots.shown[cluster.best]].append(cluster)
    planned = []  # (id, shown, label, cluster, homonyms)
    for shown, group in sorted(by_name.items()):
        if len(group) == 1:
            planned.append((_slug(shown), shown, shown, group[0], 1))
            continue
        group.sort(key=lambda c: (-len(c.work_ids), c.first_work))
        for number, cluster in enumerate(group, start=1):
            planned.append((f"{_slug(shown)}-{_discriminator(cluster)}", shown, f"{shown} ({number})", cluster, len(group)))
    persons, person_of, confidence = [], {}, {}
    for person_id, shown, label, cluster, homonyms in _dedupe_ids(planned):
        spellings = set(_spellings(slots, cluster.nodes))
        variants = tuple(sorted({slots.shown[s] for s in spellings}))
        orcid = min((o for s in spellings if (o := slots.orcid[s])), default=None)
        persons.append(Person(person_id, shown, label, variants, orcid, _evidence(cluster, homonyms)))
        person_of[cluster.root] = person_id
        confidence[person_id] = _confidence(cluster, homonyms)
    return persons, person_of, confidence


def _dedupe_ids(planned: list[tuple]) -> list[tuple]:
    """Two display names can slug alike ("Zoë Li", "Zoe Li"): number the later ones (planned is sorted)."""
    seen: Counter = Counter()
    result = []
    for person_id, *rest in planned:
        seen[person_id] += 1
        result.append((person_id if seen[person_id] == 1 else f"{person_id}-{seen[person_id]}", *rest))
    return result


def _possibly_same(ctx: _Context, clusters: Sequence[_Cluster], person_of: dict[int, str]) -> tuple[tuple[str, str], ...]:
    by_name: dict[str, list[str]] = defaultdict(list)
    for cluster in clusters:
        by_name[ctx.slots.key[cluster.best]].append(person_of[cluster.root])
    pairs = {
        tuple(sorted((a, b)))
        for ids in by_name.values()
        for i, a in enumerate(ids)
        for b in ids[i + 1:]
    }
    return tuple(sorted(pairs))


@contextmanager
def _gc_paused():
    """Pause the cyclic garbage collector: resolution builds ~10 objects per author slot, none in a cycle
    worth collecting, and on the whole ACL Anthology collection passes would otherwise take ~40 % of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def resolve_authors(works: Sequence[Work], decisions: AuthorDecisions | None = None) -> AuthorResolution:
    """Resolve the author slots of ``works`` into persons.

    Parameters
    ----------
    works : sequence of Work
        Merged works (:func:`kg.merge.merge_records`); their ``authors`` are read,
        and for namesakes their titles, abstracts, venues and years.
    decisions : AuthorDecisions, optional
        The user's alias / merge / split decisions; they win over the algorithm.

    Returns
    -------
    AuthorResolution
        Persons sorted by id, authorships sorted by (work, position), and the
        pairs of persons that share a name. The result does not depend on the
        order of ``works``.
    """
    with _gc_paused():
        return _resolve(works, decisions or AuthorDecisions())  # its temporaries are freed before collection resumes


def _resolve(works: Sequence[Work], decisions: AuthorDecisions) -> AuthorResolution:
    ctx = _Context(_Slots(works, _aliases(decisions)), decisions, works)
    _apply_merges(ctx, decisions)
    _join_by_orcid(ctx)
    index = _join_by_coauthor(ctx)
    _join_compatible_forms(ctx, index)
    _join_rare_names(ctx)
    _join_by_topic(ctx)
    clusters = _clusters(ctx)
    persons, person_of, confidence = _persons(ctx, clusters)
    slots = ctx.slots
    person_at = [""] * len(ctx.work)
    for cluster in clusters:
        person_id = person_of[cluster.root]
        for node in cluster.nodes:
            person_at[node] = person_id
    written = slots.written
    authorships = [  # slots are in (work id, position) order already
        Authorship(work, position, person, written[spelling])
        for work, position, person, spelling in zip(slots.work, slots.position, person_at, slots.spelling)
    ]
    if slots.extra:
        authorships.extend(
            Authorship(slots.work[n], slots.position[n], person_at[n], written[s])
            for n, spellings in slots.extra.items() for s in spellings
        )
        authorships.sort(key=lambda a: (a.work_id, a.position))
    return AuthorResolution(
        tuple(sorted(persons, key=lambda p: p.id)),
        tuple(authorships),
        _possibly_same(ctx, clusters, person_of),
        confidence,
    )


# --------------------------------------------------------------------------- review


def review_rows(resolution: AuthorResolution) -> list[ReviewRow]:
    """One row per person, sorted by name then label, for ``out/authors-review.csv``.

    Examples
    --------
    >>> from kg.model import AuthorName, Paper, SourceRef, Work
    >>> w = Work("w1", (Paper("T", SourceRef("x"), authors=(AuthorName("Feng", "Hao"),)),))
    >>> review_rows(resolve_authors([w]))
    [ReviewRow(name='Hao Feng', cluster='hao-feng', label='Hao Feng', papers='w1', evidence='single paper', confidence=0.8)]
    """
    works: dict[str, set[str]] = defaultdict(set)
    for authorship in resolution.authorships:
        works[authorship.person_id].add(authorship.work_id)
    rows = [
        ReviewRow(
            p.name, p.id, p.label, ";".join(sorted(works[p.id])), "; ".join(p.evidence),
            resolution.confidence.get(p.id, 0.0),
        )
        for p in resolution.persons
    ]
    return sorted(rows, key=lambda r: (r.name, r.label))


def write_review_csv(resolution: AuthorResolution, path: str | Path) -> None:
    """Write :func:`review_rows` to ``path`` as CSV with a header row."""
    fields = list(ReviewRow.__dataclass_fields__)
    with atomic_output(path, "w") as handle:
        writer = csv.writer(handle)
        writer.writerow(fields)
        for row in review_rows(resolution):
            writer.writerow([getattr(row, f) for f in fields])


def describe(resolution: AuthorResolution, name: str) -> str:
    """The clusters of ``name`` (any spelling, ``Last, First`` or ``First Last``) with their evidence, as text.

    Examples
    --------
    >>> from kg.model import AuthorName, Paper, SourceRef, Work
    >>> w = Work("w1", (Paper("T", SourceRef("x"), authors=(AuthorName("Feng", "Hao"),)),))
    >>> print(describe(resolve_authors([w]), "Feng, Hao"))
    Hao Feng [hao-feng] confidence 0.8
      papers: w1
      evidence: single paper
    """
    key = match_key(parse_name(name))
    chosen = [p for p in resolution.persons if any(match_key(parse_plain_name(v)) == key for v in p.variants + (p.name,))]
    if not chosen:
        return f"no person named {name}"
    same = {pid for pair in resolution.possibly_same for pid in pair if any(p.id in pair for p in chosen)}
    lines = []
    for person in sorted(chosen, key=lambda p: p.label):
        lines.append(f"{person.label} [{person.id}] confidence {resolution.confidence.get(person.id, 0.0)}")
        lines.append(f"  papers: {', '.join(resolution.works_of(person.id))}")
        lines.extend(f"  evidence: {line}" for line in person.evidence)
        others = sorted(same - {person.id})
        if others:
            lines.append(f"  possibly same as: {', '.join(others)}")
    return "\n".join(lines)
