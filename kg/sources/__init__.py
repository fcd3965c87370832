"""Readers, one per input format, and the one registry that chooses between them.

Each reader module has the same family of functions (after networkx's
``readwrite``): ``parse_<format>(text, path=…)`` is pure and returns a
:class:`~kg.model.SourceBatch`; ``read_<format>(path)`` does the I/O; and
``looks_like(head)`` says whether the first few kilobytes of a file are in
that format. The format is chosen from the content, not the file name.

Examples
--------
>>> sorted(READERS)
['bibtex', 'citations', 'listing', 'openalex', 'profile']
>>> detect_format("Feng, Hao\\nA title\\nFeng, Hao, Li, Wei\\nAn abstract.", "x.txt")
'profile'
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.model import Collection, SourceBatch
from kg.sources.text import read_text


@dataclass(frozen=True)
class Reader:
    """One input format: its module and what it is."""

    name: str
    module: str
    description: str

    def _module(self):
        return importlib.import_module(self.module)

    def looks_like(self, head: str) -> bool:
        return self._module().looks_like(head)

    def parse(self, text: str, path: str, collection: Collection | None = None) -> SourceBatch:
        return getattr(self._module(), f"parse_{self.name}")(text, path=path, collection=collection)


# Order matters: the first reader whose ``looks_like`` accepts the content wins.
READERS: dict[str, Reader] = {
    reader.name: reader
    for reader in (
        Reader("openalex", "kg.sources.openalex", "OpenAlex works, JSON or JSON Lines"),
        Reader("bibtex", "kg.sources.bibtex", "BibTeX (.bib, .bib.gz)"),
        Reader("citations", "kg.sources.citations", "citation list, CSV with citing,cited columns"),
        Reader("profile", "kg.sources.profile", "author profile: name, then title/authors/abstract lines"),
        Reader("listing", "kg.sources.listing", "paper listing page: title, abstract, metadata lines"),
    )
}


def get_reader(name: str) -> Reader:
    """The reader called ``name``; an unknown name is an error listing the known ones."""
    try:
        return READERS[name]
    except KeyError:
        raise InputError(name, f"unknown input format; known formats: {', '.join(READERS)}") from None


def detect_format(text: str, path: str) -> str:
    """The name of the first reader that recognises ``text`` (the content of ``path``)."""
    head = text[:8192]
    for reader in READERS.values():
        if reader.looks_like(head):
            return reader.name
    raise InputError(path, "cannot tell the input format from the content (" + ", ".join(READERS) + ")", line=1)


def read_source(path: str | Path, format: str | None = None, collection: Collection | None = None,
                name: str | None = None) -> SourceBatch:
    """Read one input file with the reader ``format`` names, or the one its content calls for.

    ``name`` is what provenance records as the file (default: ``path`` as given).

    Raises
    ------
    InputError
        When the file is missing, empty, binary or in no known format.
    """
    text = read_text(path)
    recorded = name or str(path)
    return get_reader(format or detect_format(text, recorded)).parse(text, recorded, collection)
