"""How each node kind and edge kind looks in the viewer: colours, shapes, dashes.

One table per family, keyed by the :mod:`kg.model` enums, so the legend, the
filters and the drawing all read the same entries.

Examples
--------
>>> NODE_STYLE[NodeKind.PAPER].color
'#4e79a7'
>>> EDGE_STYLE[EdgeKind.INFERRED_CITES].dashes
True
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from kg.model import EdgeKind, NodeKind


@dataclass(frozen=True)
class NodeStyle:
    """The look of one node kind."""

    label: str  # legend text, plural
    color: str
    shape: str  # a vis-network shape


@dataclass(frozen=True)
class EdgeStyle:
    """The look of one edge kind, and how strongly it pulls its ends together in the layout."""

    label: str
    color: str
    width: float = 1.0
    dashes: bool = False
    arrow: bool = False
    pull: float = 1.0  # spring strength in the force layout


NODE_STYLE: dict[NodeKind, NodeStyle] = {
    NodeKind.PAPER: NodeStyle("Papers", "#4e79a7", "dot"),
    NodeKind.PERSON: NodeStyle("People", "#f28e2b", "dot"),
    NodeKind.COLLECTION: NodeStyle("Collections", "#59a14f", "box"),
    NodeKind.ORGANISATION: NodeStyle("Organisations", "#9c755f", "diamond"),
    NodeKind.CODE: NodeStyle("Code", "#76b7b2", "triangle"),
    NodeKind.METHOD: NodeStyle("Methods", "#e15759", "square"),
    NodeKind.DATASET: NodeStyle("Datasets", "#b07aa1", "square"),
    NodeKind.VENUE: NodeStyle("Venues", "#edc948", "diamond"),
}

EDGE_STYLE: dict[EdgeKind, EdgeStyle] = {
    EdgeKind.AUTHORED: EdgeStyle("authored", "#c9a27e", 1.0, pull=1.0),
    EdgeKind.COAUTHOR: EdgeStyle("coauthor", "#f28e2b", 1.0, pull=0.4),
    EdgeKind.MEMBER_OF: EdgeStyle("member of", "#b9d7b1", 0.5, arrow=True, pull=0.25),
    EdgeKind.AFFILIATED: EdgeStyle("affiliated", "#c8b2a3", 0.8, arrow=True, pull=0.3),
    EdgeKind.HAS_CODE: EdgeStyle("has code", "#76b7b2", 1.0, arrow=True, pull=1.0),
    EdgeKind.PUBLISHED_IN: EdgeStyle("published in", "#e6d28a", 0.8, arrow=True, pull=0.1),
    EdgeKind.CITES: EdgeStyle("cites", "#3b4a5a", 1.2, arrow=True, pull=0.6),
    EdgeKind.INFERRED_CITES: EdgeStyle("inferred cites", "#7f8c99", 1.0, dashes=True, arrow=True, pull=0.3),
    EdgeKind.PROPOSES_METHOD: EdgeStyle("proposes method", "#e15759", 2.0, arrow=True, pull=1.0),
    EdgeKind.USES_METHOD: EdgeStyle("uses method", "#f1a3a4", 1.0, arrow=True, pull=0.5),
    EdgeKind.PROPOSES_DATASET: EdgeStyle("proposes dataset", "#b07aa1", 2.0, arrow=True, pull=1.0),
    EdgeKind.USES_DATASET: EdgeStyle("uses dataset", "#d4b9cf", 1.0, arrow=True, pull=0.5),
    EdgeKind.VARIANT_OF: EdgeStyle("variant of", "#999999", 1.0, dashes=True, arrow=True, pull=1.0),
    EdgeKind.POSSIBLY_SAME: EdgeStyle("possibly same person", "#d37295", 0.8, dashes=True, pull=0.05),
}

_FALLBACK_NODE = NodeStyle("Other", "#bab0ac", "dot")
_FALLBACK_EDGE = EdgeStyle("other", "#cccccc", 0.5, pull=0.2)


def node_style(kind: str) -> NodeStyle:
    """The style of node kind ``kind`` (a neutral grey dot for a kind this table lacks).

    Examples
    --------
    >>> node_style("person").shape
    'dot'
    >>> node_style("unheard-of").label
    'Other'
    """
    try:
        return NODE_STYLE[NodeKind(kind)]
    except ValueError:
        return _FALLBACK_NODE


def edge_style(kind: str) -> EdgeStyle:
    """The style of edge kind ``kind`` (a faint grey line for a kind this table lacks).

    Examples
    --------
    >>> edge_style("cites").arrow
    True
    """
    try:
        return EDGE_STYLE[EdgeKind(kind)]
    except ValueError:
        return _FALLBACK_EDGE


def style_table(kinds: list[str], *, edges: bool) -> dict[str, dict]:
    """The styles of ``kinds`` as plain dicts, in the given order, for the page's JSON."""
    lookup = edge_style if edges else node_style
    return {kind: asdict(lookup(kind)) for kind in kinds}
