"""Which nodes the viewer shows: importance by PageRank, and the cut to ``max_nodes``.

PageRank runs on the graph taken as undirected (a person with many papers is as
central as a paper with many authors), in pure Python so the viewer needs no
numpy or scipy. Ties are broken by node id, so the same graph always gives the
same selection.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> _ = G.add_edge("person/a", "paper/x", key="authored", kind="authored")
>>> _ = G.add_edge("person/b", "paper/x", key="authored", kind="authored")
>>> for n in G: G.nodes[n]["kind"] = n.split("/")[0]
>>> rank = pagerank(G)
>>> max(rank, key=rank.get)
'paper/x'
>>> cut = select_nodes(G, max_nodes=2, rank=rank)
>>> cut.shown, cut.left_out
(('person/a', 'paper/x'), {'person': 1})
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx
import numpy as np
from scipy import sparse

from kg.model import NodeKind

KEEP_KINDS: tuple[str, ...] = (NodeKind.COLLECTION.value,)
"""Node kinds kept whatever their rank (there are few, and they frame the picture)."""


@dataclass(frozen=True)
class Selection:
    """The nodes to show, in a deterministic order, and how many of each kind were left out."""

    shown: tuple[str, ...]
    left_out: dict[str, int]


def pagerank(G: nx.MultiDiGraph, alpha: float = 0.85, iterations: int = 100, tol: float = 1e-9) -> dict[str, float]:
    """PageRank of every node of ``G`` taken as undirected, edges counted with multiplicity.

    Parameters
    ----------
    G : networkx.MultiDiGraph
    alpha : float
        Damping factor.
    iterations, tol : int, float
        Power iteration stops after ``iterations`` rounds or when the L1 change is below ``tol``.

    Returns
    -------
    dict
        Node id to score; the scores sum to 1 (an empty graph gives ``{}``).

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "b"), ("a", "c")])
    >>> {n: round(r, 3) for n, r in pagerank(G).items()}
    {'a': 0.486, 'b': 0.257, 'c': 0.257}
    """
    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}
    matrix = _undirected_matrix(G, nodes)
    degree = np.asarray(matrix.sum(axis=1)).ravel()
    dangling = degree == 0
    inverse_degree = np.divide(1.0, degree, out=np.zeros(n), where=~dangling)
    rank = np.full(n, 1.0 / n)
    for _ in range(iterations):
        spread = matrix.T @ (rank * inverse_degree)
        new = alpha * spread + (alpha * rank[dangling].sum() + 1.0 - alpha) / n
        change = np.abs(new - rank).sum()
        rank = new
        if change < tol:
            break
    return dict(zip(nodes, rank.tolist()))


def _undirected_matrix(G: nx.MultiDiGraph, nodes: list[str]) -> sparse.csr_matrix:
    """The symmetric adjacency matrix of ``G`` (edges counted with multiplicity, self-loops dropped)."""
    index = {node: i for i, node in enumerate(nodes)}
    pairs = np.array([(index[u], index[v]) for u, v in G.edges() if u != v], dtype=np.int64).reshape(-1, 2)
    rows = np.concatenate([pairs[:, 0], pairs[:, 1]])
    cols = np.concatenate([pairs[:, 1], pairs[:, 0]])
    return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(nodes), len(nodes)))


def select_nodes(G: nx.MultiDiGraph, max_nodes: int, rank: dict[str, float],
                 keep_kinds: tuple[str, ...] = KEEP_KINDS) -> Selection:
    """The at most ``max_nodes`` most important nodes of ``G``, nodes of ``keep_kinds`` first.

    Shown nodes keep the graph's own order, so output stays stable when ranks tie.
    """
    def kind(node: str) -> str:
        return str(G.nodes[node].get("kind", "other"))

    order = sorted(G, key=lambda node: (kind(node) not in keep_kinds, -rank.get(node, 0.0), node))
    chosen = set(order[:max(max_nodes, 0)])
    shown = tuple(node for node in G if node in chosen)
    left_out = Counter(kind(node) for node in G if node not in chosen)
    return Selection(shown, dict(sorted(left_out.items())))


def describe_left_out(selection: Selection, nodes_total: int, edges_shown: int, edges_total: int) -> str:
    """A sentence saying what the cut left out, or ``""`` when nothing was.

    Examples
    --------
    >>> describe_left_out(Selection(("a",), {"person": 3, "paper": 1}), 5, 0, 4)
    'Showing the 1 most important of 5 nodes (by PageRank). Left out: 1 paper, 3 person nodes and 4 of 4 edges.'
    >>> describe_left_out(Selection(("a",), {}), 1, 0, 0)
    ''
    """
    if not selection.left_out:
        return ""
    kinds = ", ".join(f"{count:,} {kind}" for kind, count in sorted(selection.left_out.items()))
    return (f"Showing the {len(selection.shown):,} most important of {nodes_total:,} nodes (by PageRank). "
            f"Left out: {kinds} nodes and {edges_total - edges_shown:,} of {edges_total:,} edges.")
