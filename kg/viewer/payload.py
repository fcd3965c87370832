"""The data the page reads: vis-network nodes and edges, per-node details, query tables.

Everything here is plain JSON-ready Python (str, int, float, list, dict), built
in the graph's own order so the same graph always gives the same bytes.

Examples
--------
>>> from kg.model import NodeKind
>>> jsonable(("a", NodeKind.PAPER, 3))
['a', 'paper', 3]
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from enum import Enum
from typing import Any

import networkx as nx

from kg.model import EdgeKind, Mention
from kg.viewer.layout import Point
from kg.viewer.style import edge_style

LABEL_LIMIT = 42
"""Longest node label drawn on the canvas; the full text is in the tooltip and the panel."""

HEADLINES = 20
"""How many of the most important nodes get a large label, readable when the whole graph is in view."""

HEADLINE_KINDS = ("collection",)
"""Node kinds whose labels are always large."""

_MENTION_EDGES = {EdgeKind.PROPOSES_METHOD, EdgeKind.USES_METHOD, EdgeKind.PROPOSES_DATASET, EdgeKind.USES_DATASET}


def jsonable(value: Any) -> Any:
    """``value`` with enums as their values and tuples/sets as lists, other objects as text.

    Examples
    --------
    >>> jsonable({"k": (1, 2.5, None, True)})
    {'k': [1, 2.5, None, True]}
    """
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(jsonable(v) for v in value)
    return str(value)


def short_label(text: str, limit: int = LABEL_LIMIT) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters.

    Examples
    --------
    >>> short_label("Layer Normalization")
    'Layer Normalization'
    >>> short_label("A very long title about attention and everything else", 20)
    'A very long title…'
    """
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1].rsplit(" ", 1)[0] if " " in text[:limit - 1] else text[:limit - 1]
    return cut.rstrip(" ,:;-") + "…"


def vis_nodes(G: nx.MultiDiGraph, shown: Sequence[str], positions: dict[str, Point],
              rank: dict[str, float]) -> list[dict]:
    """One compact record per shown node: id, kind, label, tooltip, position, importance, year."""
    top = max((rank.get(node, 0.0) for node in shown), default=0.0) or 1.0
    headlines = set(sorted(shown, key=lambda node: (-rank.get(node, 0.0), node))[:HEADLINES])
    records = []
    for node in shown:
        data = G.nodes[node]
        full = str(data.get("label") or data.get("title") or data.get("name") or node)
        record = {"id": node, "k": jsonable(data.get("kind", "other")), "l": short_label(full),
                  "x": positions[node][0], "y": positions[node][1],
                  "v": round(math.sqrt(rank.get(node, 0.0) / top), 4)}
        if full != record["l"]:
            record["t"] = full
        if node in headlines or record["k"] in HEADLINE_KINDS:
            record["h"] = 1
        if isinstance(data.get("year"), int):
            record["yr"] = data["year"]
        records.append(record)
    return records


def vis_edges(G: nx.MultiDiGraph, shown: Sequence[str]) -> list[dict]:
    """One record per edge between shown nodes: from, to, kind, and the weight of coauthor edges."""
    keep = set(shown)
    records = []
    for u, v, key, data in G.edges(keys=True, data=True):
        if u in keep and v in keep:
            record = {"f": u, "t": v, "k": jsonable(data.get("kind", key))}
            if data.get("weight"):
                record["w"] = data["weight"]
            records.append(record)
    return records


def layout_adjacency(G: nx.MultiDiGraph, shown: Sequence[str]) -> dict[str, dict[str, float]]:
    """Spring strengths between shown nodes, summed over the edges that join them (see ``EdgeStyle.pull``)."""
    keep = set(shown)
    adjacency: dict[str, dict[str, float]] = {node: {} for node in shown}
    for u, v, key, data in G.edges(keys=True, data=True):
        if u in keep and v in keep and u != v:
            pull = edge_style(str(data.get("kind", key))).pull
            adjacency[u][v] = adjacency[u].get(v, 0.0) + pull
            adjacency[v][u] = adjacency[v].get(u, 0.0) + pull
    return adjacency


def _mention_record(entity: str, mention: Mention) -> dict:
    evidence = mention.evidence
    return {"entity": entity, "surface": mention.surface, "canonical": mention.canonical,
            "kind": jsonable(mention.kind), "role": jsonable(mention.role), "field": evidence.field,
            "start": evidence.start, "end": evidence.end, "sentence": evidence.sentence,
            "rule": mention.rule, "confidence": round(float(mention.confidence), 3)}


def _link(G: nx.MultiDiGraph, kind: str, direction: str, other: str, data: dict) -> dict:
    record = {"k": kind, "d": direction, "id": other, "l": str(G.nodes[other].get("label", other))}
    extra = {name: jsonable(data[name]) for name in ("position", "written_as", "weight", "sources", "via")
             if data.get(name) not in (None, (), "")}
    if "via" in extra:
        extra["via"] = [str(G.nodes[e].get("label", e)) if e in G else e for e in extra["via"]]
    if extra:
        record["x"] = extra
    if G.nodes[other].get("url"):
        record["u"] = str(G.nodes[other]["url"])
    return record


def node_details(G: nx.MultiDiGraph, node: str) -> dict:
    """Everything known about ``node``: its attributes, its links (both directions) and its mentions."""
    attributes = {name: jsonable(value) for name, value in G.nodes[node].items()}
    links, mentions = [], []
    for _, other, key, data in G.out_edges(node, keys=True, data=True):
        kind = str(jsonable(data.get("kind", key)))
        links.append(_link(G, kind, "out", other, data))
        if kind in _MENTION_EDGES:
            mentions.extend(_mention_record(other, m) for m in data.get("mentions", ()) if isinstance(m, Mention))
    for other, _, key, data in G.in_edges(node, keys=True, data=True):
        links.append(_link(G, str(jsonable(data.get("kind", key))), "in", other, data))
    details = {"a": attributes, "links": links}
    if mentions:
        details["mentions"] = sorted(mentions, key=lambda m: (m["field"], m["start"], m["end"]))
    return details


MAX_QUERY_ROWS = 200  # a page with every row of a 90,000-row answer would weigh 100 MB


def query_records(queries: Sequence[Any], max_rows: int = MAX_QUERY_ROWS) -> list[dict]:
    """The query tables as plain records (any object with the fields of ``kg.query.QueryTable``).

    Each table keeps its first ``max_rows`` rows; ``rowsTotal`` says how many the answer had.
    """
    return [{"name": q.name, "title": q.title, "description": q.description,
             "params": [list(p) for p in q.params], "columns": list(q.columns),
             "rows": [list(map(str, row)) for row in q.rows[:max_rows]],
             "rowNodes": [list(nodes) for nodes in q.row_nodes[:max_rows]], "rowsTotal": len(q.rows),
             "error": q.error}
            for q in queries]
