"""A synthetic graph in the shape :mod:`kg.graph` documents, for the viewer's tests and benchmark.

It has every node and edge kind the viewer draws (papers with ordered authors,
coauthor weights, collections, code links, methods and datasets with
:class:`~kg.model.Mention` evidence, asserted and inferred citations), sized
at will and the same for the same arguments.

Examples
--------
>>> G = sample_graph(papers=20, seed=1)
>>> G.nodes["paper/p0000"]["kind"]
<NodeKind.PAPER: 'paper'>
>>> sample_graph(papers=20, seed=1).edges(keys=True) == G.edges(keys=True)
True
"""

from __future__ import annotations

import random
from collections import Counter
from itertools import combinations

import networkx as nx

from kg.model import EdgeKind, EntityKind, Evidence, Mention, NodeKind, Role

_WORDS = ("sparse attention diffusion graph contrastive retrieval tokenizer alignment video reasoning robust "
          "efficient multimodal segmentation benchmark transformer scaling distillation agents memory").split()
_METHODS = ("Transformer", "LoRA", "Diffusion", "CLIP", "Mamba", "PPO", "BERT", "ResNet", "ViT", "DPO")
_DATASETS = ("ImageNet", "COCO", "MMLU", "GSM8K", "SQuAD", "LAION", "Kinetics", "WikiText")
_FAMILY = ("Feng", "Wang", "Li", "Zhang", "Müller", "Smith", "Garcia", "Kim", "Novak", "Okafor", "Rossi", "Dubois")
_GIVEN = ("Hao", "Wei", "Anna", "Jon", "Mei", "Ravi", "Lena", "Tom", "Sara", "Ken", "Ola", "Ivan")


def _mention(name: str, kind: EntityKind, role: Role, abstract: str) -> Mention:
    start = abstract.index(name)
    return Mention(name, name, kind, role, Evidence("abstract", abstract, start, start + len(name)), "sample", 0.9)


def _add_paper(G: nx.MultiDiGraph, rng: random.Random, i: int, title: str | None) -> str:
    paper = f"paper/p{i:04d}"
    year = 2018 + rng.randrange(8)
    title = title or " ".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 8))).capitalize()
    method, dataset = rng.choice(_METHODS), rng.choice(_DATASETS)
    verb = "We propose" if rng.random() < 0.15 else "We build on"
    abstract = f"{verb} {method} and evaluate on {dataset}. Results are strong. See https://github.com/x/p{i}."
    G.add_node(paper, kind=NodeKind.PAPER, label=title, title=title, abstract=abstract, date=f"{year}-0{1 + i % 9}",
               date_precision="month", year=year, author_count=0, sources=(f"seeds/sample.txt:{3 * i + 2}",))
    role = Role.PROPOSES if verb == "We propose" else Role.USES
    method_edge = EdgeKind.PROPOSES_METHOD if role is Role.PROPOSES else EdgeKind.USES_METHOD
    for name, kind, node_kind, mention_role, edge in (
            (method, EntityKind.METHOD, NodeKind.METHOD, role, method_edge),
            (dataset, EntityKind.DATASET, NodeKind.DATASET, Role.USES, EdgeKind.USES_DATASET)):
        entity = f"{node_kind.value}/{name.lower()}"
        G.add_node(entity, kind=node_kind, label=name, name=name, aliases=())
        G.add_edge(paper, entity, key=edge, kind=edge, mentions=(_mention(name, kind, mention_role, abstract),))
    if rng.random() < 0.3:
        url = f"https://github.com/x/p{i}"
        G.add_node(f"code/p{i}", kind=NodeKind.CODE, label=url.split("//", 1)[-1], url=url)
        G.add_edge(paper, f"code/p{i}", key=EdgeKind.HAS_CODE, kind=EdgeKind.HAS_CODE)
    collection = f"collection/c{i % 3}"
    G.add_edge(paper, collection, key=EdgeKind.MEMBER_OF, kind=EdgeKind.MEMBER_OF)
    return paper


def sample_graph(papers: int = 60, people: int | None = None, seed: int = 0,
                 titles: dict[int, str] | None = None) -> nx.MultiDiGraph:
    """A deterministic graph with ``papers`` papers and about ``papers // 2`` people.

    Parameters
    ----------
    papers : int
        Number of paper nodes; ids are ``paper/p0000``, ``paper/p0001`` ….
    people : int, optional
        Size of the author pool (default ``max(4, papers // 2)``); ids ``person/a000`` ….
    seed : int
        Seed of every random choice.
    titles : dict, optional
        Titles to use for some papers, by paper number (e.g. a title with ``<script>``).
    """
    rng = random.Random(seed)
    people = people or max(4, papers // 2)
    G = nx.MultiDiGraph()
    for c in range(3):
        G.add_node(f"collection/c{c}", kind=NodeKind.COLLECTION, label=f"Collection {c}", name=f"Collection {c}",
                   source=f"seeds/c{c}.txt")
    for p in range(people):
        name = f"{_GIVEN[p % len(_GIVEN)]} {_FAMILY[(p * 7 + p // len(_GIVEN)) % len(_FAMILY)]}"
        if p >= len(_GIVEN) * len(_FAMILY) // 2:
            name += f" {p}"
        G.add_node(f"person/a{p:03d}", kind=NodeKind.PERSON, label=name, name=name, variants=(name,))
    shared: Counter[tuple[str, str]] = Counter()
    for i in range(papers):
        paper = _add_paper(G, rng, i, (titles or {}).get(i))
        team = sorted({f"person/a{min(int(rng.paretovariate(1.2)) - 1 + rng.randrange(people // 3 + 1), people - 1):03d}"
                       for _ in range(rng.randint(1, 5))})
        rng.shuffle(team)
        for position, person in enumerate(team, 1):
            G.add_edge(person, paper, key=EdgeKind.AUTHORED, kind=EdgeKind.AUTHORED, position=position,
                       written_as=G.nodes[person]["name"])
        G.nodes[paper]["author_count"] = len(team)
        shared.update(combinations(sorted(team), 2))
        for _ in range(rng.randint(0, 3) if i else 0):
            cited = f"paper/p{rng.randrange(i):04d}"
            G.add_edge(paper, cited, key=EdgeKind.CITES, kind=EdgeKind.CITES, sources=("seeds/refs.bib",))
    for (a, b), weight in sorted(shared.items()):
        G.add_edge(a, b, key=EdgeKind.COAUTHOR, kind=EdgeKind.COAUTHOR, weight=weight)
    _add_inferred(G)
    return G


def _add_inferred(G: nx.MultiDiGraph) -> None:
    proposers = {v: u for u, v, k in G.edges(keys=True) if k == EdgeKind.PROPOSES_METHOD}
    for u, v, k in list(G.edges(keys=True)):
        if k == EdgeKind.USES_METHOD and v in proposers and proposers[v] != u:
            G.add_edge(u, proposers[v], key=EdgeKind.INFERRED_CITES, kind=EdgeKind.INFERRED_CITES, via=(v,))
