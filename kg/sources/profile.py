"""Author profiles: a name search result, one paper per three lines.

The first line is the profile's name (``Feng, Hao``); then each paper is a
title line, an author line of ``Last, First`` pairs separated by commas, and an
abstract line.

Examples
--------
>>> text = "Feng, Hao\\nA Title\\nFeng, Hao, Li, Wei\\nAn abstract."
>>> batch = parse_profile(text, path="p.txt")
>>> paper = batch.papers[0]
>>> paper.title, [a.display for a in paper.authors], paper.source.line
('A Title', ['Hao Feng', 'Wei Li'], 2)
>>> batch.collection.name
'Author profile: Hao Feng'
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.errors import InputError
from kg.model import AuthorName, Collection, Paper, Problem, SourceBatch, SourceRef
from kg.sources.text import find_urls, read_text

_NAME = re.compile(r"^[^\W\d_][\w.'\- ]*, [^\W\d_][\w.'\- ]*$")


def looks_like(head: str) -> bool:
    """A ``Last, First`` first line followed by a title and a ``Last, First, …`` line."""
    lines = head.splitlines()
    return len(lines) >= 3 and bool(_NAME.match(lines[0].strip())) and lines[2].count(", ") >= 1 and lines[1].strip() != ""


def parse_author_line(line: str) -> tuple[AuthorName, ...]:
    """``Last, First, Last, First`` into names; an odd number of parts is a ``ValueError``.

    Examples
    --------
    >>> [a.family for a in parse_author_line("Tao, Dandan, Tao, Dingwen")]
    ['Tao', 'Tao']
    """
    parts = [part.strip() for part in line.split(",")]
    if len(parts) % 2 or not all(parts):
        raise ValueError(f"author line has {len(parts)} comma-separated parts; expected Last, First pairs")
    return tuple(
        AuthorName(family=family, given=given, raw=f"{family}, {given}")
        for family, given in zip(parts[::2], parts[1::2])
    )


def _profile_collection(name_line: str, path: str, collection: Collection | None) -> Collection:
    if collection is not None:
        return collection
    family, _, given = name_line.partition(", ")
    return Collection(id=Path(path).stem, name=f"Author profile: {given} {family}".strip(), source=path)


def parse_profile(text: str, path: str = "<string>", collection: Collection | None = None) -> SourceBatch:
    """Read an author profile; a paper whose author line is malformed is a Problem and skipped.

    Parameters
    ----------
    text : str
        The profile's content.
    path : str
        The file it came from, for provenance and messages.
    collection : Collection, optional
        The collection the profile stands for (from ``kg.toml``); derived from the name otherwise.
    """
    lines = text.splitlines()
    if not lines or not _NAME.match(lines[0].strip()):
        raise InputError(path, "profile must start with the profile's name as 'Last, First'", line=1)
    owner = _profile_collection(lines[0].strip(), path, collection)
    papers, problems = [], []
    body = lines[1:]
    if len(body) % 3:
        problems.append(Problem(SourceRef(path, len(lines)), f"{len(body) % 3} trailing line(s) do not make a title/authors/abstract triple; skipped"))
    for offset in range(0, len(body) - len(body) % 3, 3):
        line = offset + 2  # 1-based line of the title
        title, author_line, abstract = (s.strip() for s in body[offset : offset + 3])
        source = SourceRef(path, line)
        try:
            authors = parse_author_line(author_line)
        except ValueError as error:
            problems.append(Problem(SourceRef(path, line + 1), f"{error}; paper {title!r} skipped"))
            continue
        if not title:
            problems.append(Problem(source, "empty title line; paper skipped"))
            continue
        papers.append(Paper(title=title, source=source, abstract=abstract or None, authors=authors,
                            urls=find_urls(abstract), collection=owner.id))
    return SourceBatch(path, "profile", tuple(papers), (), tuple(problems), owner)


def read_profile(path: str | Path, collection: Collection | None = None) -> SourceBatch:
    """Read the profile at ``path`` (see :func:`parse_profile`)."""
    return parse_profile(read_text(path), path=str(path), collection=collection)
