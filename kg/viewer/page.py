"""The HTML page: our template, vis-network inlined from the installed pyvis, data as escaped JSON.

The page must work from disk with no network, so nothing is linked: the
vis-network script and stylesheet are read from the pyvis package at build time
and inlined, and the graph travels in a ``<script type="application/json">``
block whose ``<``, ``>`` and ``&`` are ``\\u`` escapes, so no text from the
inputs can close the block or run.

Examples
--------
>>> script_json({"title": "</script><script>alert(1)</script>"})
'{"title":"\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"}'
>>> fill("<title>{{kg:title}}</title>", {"title": "a &amp; b"})
'<title>a &amp; b</title>'
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

from kg.errors import KgError

_MARKER = re.compile(r"\{\{kg:(\w+)\}\}")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


class ViewerAssetError(KgError):
    """The vis-network files could not be found in the installed pyvis package."""


def script_json(data: object) -> str:
    """``data`` as compact JSON that is safe inside a ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def inline_safe(code: str, tag: str) -> str:
    """``code`` with every ``</tag`` written as ``<\\/tag``, so it cannot end its element early.

    Examples
    --------
    >>> inline_safe('s = "</SCRIPT>"', "script")
    's = "<\\\\/SCRIPT>"'
    """
    return re.sub(rf"</({tag})", r"<\\/\1", code, flags=re.IGNORECASE)


def fill(template: str, values: dict[str, str]) -> str:
    """``template`` with each ``{{kg:name}}`` replaced by ``values[name]``, in one pass.

    Inserted text is never scanned again, so a value containing a marker stays as it is.
    """
    return _MARKER.sub(lambda m: values[m.group(1)], template)


def template(name: str) -> str:
    """The text of ``kg/viewer/templates/<name>``."""
    return resources.files("kg.viewer").joinpath("templates", name).read_text(encoding="utf-8")


def vis_assets() -> tuple[str, str]:
    """The vis-network script and stylesheet shipped with pyvis (the newest version it bundles).

    Raises
    ------
    ViewerAssetError
        When pyvis is missing or bundles no vis-network.
    """
    try:
        import pyvis
    except ImportError as error:  # pragma: no cover - pyvis is a dependency
        raise ViewerAssetError("the viewer needs pyvis (pip install pyvis) for its vis-network files") from error
    lib = Path(pyvis.__file__).parent / "lib"
    versions = sorted(lib.glob("vis-*/vis-network.min.js"),
                      key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.parent.name)))
    if not versions:
        raise ViewerAssetError(f"no vis-network.min.js under {lib}")
    folder = versions[-1].parent
    return ((folder / "vis-network.min.js").read_text(encoding="utf-8"),
            (folder / "vis-network.css").read_text(encoding="utf-8"))


def render_page(title: str, data: object) -> str:
    """The complete HTML page for ``data`` (see :func:`kg.viewer.write_viewer`)."""
    from html import escape

    vis_js, vis_css = vis_assets()
    return fill(template("viewer.html"), {
        "title": escape(title),
        "vis_css": inline_safe(vis_css, "style"),
        "css": inline_safe(template("viewer.css"), "style"),
        "data": script_json(data),
        "vis_js": inline_safe(vis_js, "script"),
        "js": inline_safe(template("viewer.js"), "script"),
    })
