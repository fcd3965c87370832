"""The offline viewer: one self-contained ``graph.html`` that opens from disk with no network.

:func:`write_viewer` keeps the most important part of a large graph
(:mod:`kg.viewer.select`), lays it out once in Python (:mod:`kg.viewer.layout`),
turns it into vis-network data and per-node details (:mod:`kg.viewer.payload`)
and writes our template with vis-network inlined (:mod:`kg.viewer.page`).

Examples
--------
>>> import tempfile, pathlib
>>> from kg.viewer.sample import sample_graph
>>> G = sample_graph(papers=10)
>>> with tempfile.TemporaryDirectory() as folder:
...     report = write_viewer(G, pathlib.Path(folder) / "graph.html", max_nodes=10)
>>> report.nodes_shown, report.nodes_total == G.number_of_nodes()
(10, True)
>>> report.left_out.startswith("Showing the 10 most important")
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from kg.model import EdgeKind, NodeKind
from kg.viewer.layout import force_layout
from kg.output import atomic_output
from kg.viewer.page import render_page
from kg.viewer.payload import layout_adjacency, node_details, query_records, vis_edges, vis_nodes
from kg.viewer.select import describe_left_out, pagerank, select_nodes
from kg.viewer.style import style_table

if TYPE_CHECKING:
    from kg.query import QueryTable

__all__ = ["ViewerReport", "write_viewer", "viewer_data"]


@dataclass(frozen=True)
class ViewerReport:
    """What the viewer shows of the graph; ``left_out`` is ``""`` when it shows everything."""

    nodes_shown: int
    nodes_total: int
    edges_shown: int
    edges_total: int
    left_out: str


def _kinds_present(values: Sequence[str], known: Sequence[str]) -> list[str]:
    present = set(values)
    return [kind for kind in known if kind in present] + sorted(present - set(known))


def viewer_data(G: nx.MultiDiGraph, queries: Sequence[QueryTable] = (), *, max_nodes: int = 2000,
                title: str = "kg") -> tuple[dict, ViewerReport]:
    """The JSON-ready data the page reads, and the report of what it shows.

    See :func:`write_viewer`; this is its pure half, useful to inspect the data in tests.
    """
    rank = pagerank(G)
    selection = select_nodes(G, max_nodes, rank)
    positions = force_layout(layout_adjacency(G, selection.shown))
    nodes = vis_nodes(G, selection.shown, positions, rank)
    edges = vis_edges(G, selection.shown)
    report = ViewerReport(len(nodes), G.number_of_nodes(), len(edges), G.number_of_edges(),
                          describe_left_out(selection, G.number_of_nodes(), len(edges), G.number_of_edges()))
    data = {
        "title": title,
        "nodeKinds": style_table(_kinds_present([n["k"] for n in nodes], [k.value for k in NodeKind]), edges=False),
        "edgeKinds": style_table(_kinds_present([e["k"] for e in edges], [k.value for k in EdgeKind]), edges=True),
        "nodes": nodes,
        "edges": edges,
        "details": {node: node_details(G, node) for node in selection.shown},
        "queries": query_records(queries),
        "report": asdict(report),
    }
    return data, report


def write_viewer(G: nx.MultiDiGraph, path: str | Path, queries: Sequence[QueryTable] = (), *,
                 max_nodes: int = 2000, title: str = "kg") -> ViewerReport:
    """Write the interactive viewer of ``G`` to ``path`` as one self-contained HTML file.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph shaped as :mod:`kg.graph` documents.
    path : str or Path
        The HTML file to write (UTF-8), replaced atomically; its folder is created.
    queries : sequence of kg.query.QueryTable
        Query answers for the page's Queries panel; clicking a row highlights its ``row_nodes``.
    max_nodes : int
        The most nodes drawn. A larger graph shows its highest-PageRank nodes (collections
        always kept), and the page says what was left out.
    title : str
        The page title.

    Returns
    -------
    ViewerReport
        How many nodes and edges are shown out of how many, and what was left out.

    Notes
    -----
    The output depends only on the arguments: the same graph gives a byte-identical file.
    """
    data, report = viewer_data(G, queries, max_nodes=max_nodes, title=title)
    write_page(data, path)
    return report


def write_page(data: dict, path: str | Path, queries: Sequence[QueryTable] | None = None) -> None:
    """Write the page for ``data`` (from :func:`viewer_data`), with ``queries`` in its Queries panel if given.

    Building a large graph computes the page data first, frees the graph, and only then
    loads the RDF to answer the queries; this is the second half of :func:`write_viewer`.
    """
    if queries is not None:
        data = {**data, "queries": query_records(queries)}
    with atomic_output(path, "w") as stream:
        stream.write(render_page(data["title"], data))
