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
5. clusters of one name left apart are merged when their titles and abstracts
   share distinctive vocabulary, or — in a large corpus — when the name is so rare
   that two people bearing it are unlikely (see :func:`name_rarity`).

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
import hashlib
import math
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from enum import StrEnum
from pathlib import Path

from kg.errors import ConfigError
from kg.extract.names import (
    display_name,
    fold,
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


# --------------------------------------------------------------------------- mentions and clusters


@dataclass(frozen=True)
class _Mention:
    work_id: str
    position: int
    name: AuthorName
    key: str
    shown: str  # display_name(name)
    rank: tuple  # sorts the most specific spelling first


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
    """Union-find over (key, work) nodes that refuses joins breaking a constraint."""

    def __init__(self, nodes: Sequence[tuple[str, str]], orcids: dict[int, str], tags: dict[int, tuple]):
        self.nodes, self.orcid_of, self.tag_of = nodes, orcids, tags
        self.parent = list(range(len(nodes)))
        self.roots: dict[int, _Root] = {}

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def state(self, root: int) -> _Root:
        if root not in self.roots:
            key, work = self.nodes[root]
            self.roots[root] = _Root(key, work, self.orcid_of.get(root), self.tag_of.get(root))
        return self.roots[root]

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


def _mentions(works: Sequence[Work], aliases: dict[str, str]) -> list[_Mention]:
    seen: dict[AuthorName, tuple[str, str, tuple]] = {}  # each distinct spelling is parsed once
    mentions = []
    for work in sorted(works, key=lambda w: w.id):
        for position, name in enumerate(work.authors, start=1):
            if name not in seen:
                key, shown = match_key(name), display_name(name)
                rank = (key in aliases, tuple(-x for x in specificity(name)))  # an aliased spelling is never the name
                seen[name] = (aliases.get(key, key), shown, rank)
            key, shown, rank = seen[name]
            mentions.append(_Mention(work.id, position, name, key, shown, rank))
    return mentions


def _aliases(decisions: AuthorDecisions) -> dict[str, str]:
    aliases = {}
    for decision in decisions.of_kind(DecisionKind.ALIAS):
        aliases[decision.key] = match_key(parse_name(decision.same_as))
    return aliases


def _split_tags(nodes: Sequence[tuple[str, str]], decisions: AuthorDecisions) -> dict[int, tuple]:
    splits = decisions.of_kind(DecisionKind.SPLIT)
    split_keys = {d.key for d in splits}
    tags = {}
    for index, (key, work) in enumerate(nodes):
        if key in split_keys:
            group = next((d.entry for d in splits if d.key == key and work in d.works), "rest")
            tags[index] = (key, group)
    return tags


# --------------------------------------------------------------------------- the joins


class _Context:
    """What the joining steps share: nodes, their works' coauthor keys, names for messages."""

    def __init__(self, mentions: Sequence[_Mention], decisions: AuthorDecisions):
        self.node_of: dict[tuple[str, str], int] = {}
        self.nodes: list[tuple[str, str]] = []  # (key, work) of each node
        self.mentions_of: list[list[_Mention]] = []
        self.shown: dict[str, str] = {}
        self.keys_of_work: dict[str, list[str]] = defaultdict(list)
        for mention in mentions:
            node = (mention.key, mention.work_id)
            if node in self.node_of and self.mentions_of[self.node_of[node]][0].position != mention.position:
                node = (mention.key, mention.work_id, mention.position)  # a namesake on the same paper
            if node not in self.node_of:
                self.node_of[node] = len(self.nodes)
                self.nodes.append(node[:2])
                self.mentions_of.append([])
                self.keys_of_work[mention.work_id].append(mention.key)
            self.mentions_of[self.node_of[node]].append(mention)
            self.shown.setdefault(mention.key, mention.shown)
        self.nodes_of_key: dict[str, list[int]] = defaultdict(list)
        for index, (key, _) in enumerate(self.nodes):
            self.nodes_of_key[key].append(index)
        orcids = {i: o for i, ms in enumerate(self.mentions_of) for m in ms if (o := m.name.orcid)}
        self.clusters = _Clusters(self.nodes, orcids, _split_tags(self.nodes, decisions))


def _apply_merges(ctx: _Context, decisions: AuthorDecisions) -> None:
    for decision in decisions.of_kind(DecisionKind.MERGE):
        chosen = [i for i in ctx.nodes_of_key.get(decision.key, []) if not decision.works or ctx.nodes[i][1] in decision.works]
        why = f"user decision {decision.entry}: {decision.reason or 'merge'}"
        for other in chosen[1:]:
            ctx.clusters.join(chosen[0], other, why, "user", force=True)


def _join_by_orcid(ctx: _Context) -> None:
    first: dict[str, int] = {}
    for index, mentions in enumerate(ctx.mentions_of):
        for orcid in sorted({m.name.orcid for m in mentions if m.name.orcid}):
            if orcid in first:
                ctx.clusters.join(first[orcid], index, f"same ORCID {orcid}", "orcid")
            else:
                first[orcid] = index


def _join_by_coauthor(ctx: _Context) -> dict[tuple[str, str], int]:
    """Join the papers of one name that share a coauthor; return (name key, coauthor key) -> first node."""
    first: dict[tuple[str, str], int] = {}
    join = ctx.clusters.join
    for work, keys in ctx.keys_of_work.items():
        for key in keys:
            node = ctx.node_of[(key, work)]
            for other in keys:
                if other == key:
                    continue
                seen = first.setdefault((key, other), node)
                if seen != node:
                    why = partial("shared coauthor {}: {}, {}".format, ctx.shown[other], ctx.nodes[seen][1], work)
                    join(seen, node, why, "coauthor")
    return first


def _join_compatible_forms(ctx: _Context, index: dict[tuple[str, str], int]) -> None:
    """Attach a less specific spelling to a compatible fuller one when their papers share a coauthor."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in ctx.nodes_of_key:
        by_surname[key.split("|")[0]].append(key)
    for keys in by_surname.values():
        if len(keys) < 2:
            continue
        for short, full in _compatible_pairs(keys):
            _join_pair(ctx, index, short, full)


def _compatible_pairs(keys: list[str]) -> list[tuple[str, str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        by_letter[key.split("|")[1][:1]].append(key)
    pairs = []
    for group in by_letter.values():
        for short in group:
            pairs.extend((short, full) for full in group if full != short and keys_compatible(short, full))
    return sorted(pairs, key=lambda p: (p[0], [-len(p[1].split("|")[1].split()), p[1]]))


def _join_pair(ctx: _Context, index: dict[tuple[str, str], int], short: str, full: str) -> None:
    for node in ctx.nodes_of_key[short]:
        work = ctx.nodes[node][1]
        for coauthor in ctx.keys_of_work[work]:
            target = index.get((full, coauthor))
            if target is not None:
                why = (f"{ctx.shown[short]} is a shorter form of {ctx.shown[full]} and shares coauthor "
                       f"{ctx.shown[coauthor]}: {work}, {ctx.nodes[target][1]}")
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
    surnames = Counter(k.split("|")[0] for k in keys)
    firsts = Counter(_first_given(k) for k in keys)
    return {
        k: NameRarity(surnames[k.split("|")[0]], firsts[_first_given(k)], len(keys))
        for k in keys
        if len(_first_given(k)) > 1
    }


def _first_given(key: str) -> str:
    given = key.split("|")[1].split()
    return given[0] if given else ""


def _join_rare_names(ctx: _Context) -> None:
    """Join the clusters of a name too rare to be shared (only in a large corpus)."""
    if len(ctx.nodes_of_key) < LARGE_CORPUS:
        return
    rarity = name_rarity(ctx.nodes_of_key)
    for key, nodes in ctx.nodes_of_key.items():
        if len(nodes) < 2 or key not in rarity or rarity[key].expected_namesakes >= RARE_NAME:
            continue
        roots = sorted({ctx.clusters.find(n) for n in nodes})
        for root in roots[1:]:
            ctx.clusters.join(roots[0], root, f"rare name {ctx.shown[key]}: {rarity[key]}", "rare")


# --------------------------------------------------------------------------- persons


@dataclass(frozen=True)
class _Cluster:
    root: int
    mentions: tuple[_Mention, ...]
    keys: frozenset[str]
    evidence: tuple[str, ...]
    how: frozenset[str]
    coauthors: tuple[str, ...] = ()  # "Name (n papers)" of coauthors on two or more of its papers

    @property
    def first_work(self) -> str:
        return min(m.work_id for m in self.mentions)

    @property
    def work_ids(self) -> tuple[str, ...]:
        return tuple(sorted({m.work_id for m in self.mentions}))

    @cached_property
    def best(self) -> _Mention:
        """The mention with the most specific spelling; ties go to the most frequent, then the first by name."""
        if len(self.mentions) == 1:
            return self.mentions[0]
        counts = Counter(m.shown for m in self.mentions)
        return min(self.mentions, key=lambda m: (m.rank, -counts[m.shown], m.shown))


def _clusters(ctx: _Context) -> list[_Cluster]:
    members: dict[int, list[int]] = defaultdict(list)
    for node in range(len(ctx.nodes)):
        members[ctx.clusters.find(node)].append(node)
    clusters = []
    for root, nodes in members.items():
        mentions = tuple(m for node in nodes for m in ctx.mentions_of[node])
        state = ctx.clusters.roots.get(root)
        if state is None:
            clusters.append(_Cluster(root, mentions, frozenset({ctx.nodes[root][0]}), (), frozenset()))
        else:
            clusters.append(_Cluster(root, mentions, frozenset(state.keys), tuple(state.evidence), frozenset(state.how)))
    return sorted((_with_coauthors(ctx, c) for c in clusters), key=lambda c: (c.first_work, c.mentions[0].position))


def _with_coauthors(ctx: _Context, cluster: _Cluster) -> _Cluster:
    works = {m.work_id for m in cluster.mentions}
    if len(works) < 2:
        return cluster
    counts = Counter(k for w in works for k in set(ctx.keys_of_work[w]) if k not in cluster.keys)
    shared = sorted((k for k, n in counts.items() if n > 1), key=lambda k: (-counts[k], ctx.shown[k]))
    return replace(cluster, coauthors=tuple(f"{ctx.shown[k]} ({counts[k]} papers)" for k in shared[:6]))


def _slug(text: str) -> str:
    from unicodedata import normalize

    ascii_text = normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "person"


def _discriminator(cluster: _Cluster) -> str:
    return hashlib.sha1(cluster.first_work.encode()).hexdigest()[:6]


def _orcid(cluster: _Cluster) -> str | None:
    return min((m.name.orcid for m in cluster.mentions if m.name.orcid), default=None)


def _evidence(cluster: _Cluster, homonyms: int) -> tuple[str, ...]:
    lines = list(dict.fromkeys(cluster.evidence))
    if len(lines) > EVIDENCE_SHOWN:
        lines = lines[:EVIDENCE_SHOWN] + [f"… and {len(lines) - EVIDENCE_SHOWN} more joins"]
    if cluster.coauthors:
        lines.insert(0, "main coauthors: " + ", ".join(cluster.coauthors))
    if homonyms > 1:
        lines.append(f"kept apart from {homonyms - 1} other cluster(s) of this name: no shared coauthor, ORCID or decision")
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
    return round(score - (0.2 if homonyms > 1 else 0.0), 2)


def _persons(clusters: Sequence[_Cluster]) -> tuple[list[Person], dict[int, str], dict[str, float]]:
    by_name: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in clusters:
        by_name[cluster.best.shown].append(cluster)
    planned = []  # (id, shown, label, cluster, homonyms)
    for shown, group in sorted(by_name.items()):
        group.sort(key=lambda c: (-len(c.work_ids), c.first_work))
        split = len(group) > 1
        for number, cluster in enumerate(group, start=1):
            person_id = _slug(shown) + (f"-{_discriminator(cluster)}" if split else "")
            planned.append((person_id, shown, f"{shown} ({number})" if split else shown, cluster, len(group)))
    persons, person_of, confidence = [], {}, {}
    for person_id, shown, label, cluster, homonyms in _dedupe_ids(planned):
        variants = tuple(sorted({m.shown for m in cluster.mentions}))
        persons.append(Person(person_id, shown, label, variants, _orcid(cluster), _evidence(cluster, homonyms)))
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


def _possibly_same(clusters: Sequence[_Cluster], person_of: dict[int, str]) -> tuple[tuple[str, str], ...]:
    by_name: dict[str, list[str]] = defaultdict(list)
    for cluster in clusters:
        by_name[cluster.best.key].append(person_of[cluster.root])
    pairs = {
        tuple(sorted((a, b)))
        for ids in by_name.values()
        for i, a in enumerate(ids)
        for b in ids[i + 1:]
    }
    return tuple(sorted(pairs))


def resolve_authors(works: Sequence[Work], decisions: AuthorDecisions | None = None) -> AuthorResolution:
    """Resolve the author slots of ``works`` into persons.

    Parameters
    ----------
    works : sequence of Work
        Merged works (:func:`kg.merge.merge_records`); their ``authors`` are read.
    decisions : AuthorDecisions, optional
        The user's alias / merge / split decisions; they win over the algorithm.

    Returns
    -------
    AuthorResolution
        Persons sorted by id, authorships sorted by (work, position), and the
        pairs of persons that share a name. The result does not depend on the
        order of ``works``.
    """
    decisions = decisions or AuthorDecisions()
    mentions = _mentions(works, _aliases(decisions))
    ctx = _Context(mentions, decisions)
    _apply_merges(ctx, decisions)
    _join_by_orcid(ctx)
    index = _join_by_coauthor(ctx)
    _join_compatible_forms(ctx, index)
    _join_rare_names(ctx)
    clusters = _clusters(ctx)
    persons, person_of, confidence = _persons(clusters)
    authorships = sorted(
        (Authorship(m.work_id, m.position, person_of[c.root], m.name.display) for c in clusters for m in c.mentions),
        key=lambda a: (a.work_id, a.position),
    )
    return AuthorResolution(
        tuple(sorted(persons, key=lambda p: p.id)),
        tuple(authorships),
        _possibly_same(clusters, person_of),
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
