"""Paper listing pages (daily-papers style): title, abstract, then optional metadata.

A page starts with a few fixed header lines and the page's date (``Nov 19``).
Each paper is then a title line and an abstract line, optionally followed by
metadata lines: ``• N authors``, an organisation line, a lone ``·``, and a date
(``Jun 7, 2024``, or year-less ``Jul 23``) optionally followed by an upvote
count (``Sep 20, 2024 2``). Blank lines carry no meaning.

Examples
--------
>>> page = "Daily Papers\\nNov 19\\nA Title\\nAn abstract.\\n  • 3 authors\\n·\\nSep 20, 2024 2"
>>> paper = parse_listing(page, path="l.txt").papers[0]
>>> paper.title, paper.author_count, paper.date.iso(), paper.upvotes, paper.source.line
('A Title', 3, '2024-09-20', 2, 3)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from kg.errors import InputError
from kg.model import Collection, Paper, Problem, PubDate, SourceBatch, SourceRef
from kg.sources.text import find_urls, read_text

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DATE = re.compile(r"^(%s) (\d{1,2})(?:, (\d{4}))?(?: (\d+))?$" % "|".join(MONTHS))
_AUTHORS = re.compile(r"^•\s*(\d+) authors?$")
_SEPARATOR = "·"
HEADER_LINES = ("new", "Get trending papers in your email inbox!", "Subscribe", "Daily Papers",
                "byAK and the research community")


@dataclass(frozen=True)
class _Line:
    number: int  # 1-based
    text: str


@dataclass(frozen=True)
class DateLine:
    """A parsed date line: the date and the upvote count that may follow it."""

    date: PubDate
    upvotes: int | None


def parse_date_line(text: str, year: int | None = None) -> DateLine | None:
    """``Jun 7, 2024`` / ``Jul 23`` / ``Sep 20, 2024 2`` → date (+ upvotes); ``None`` if not a date.

    ``year`` fills a year-less date only when the user has told it.

    Examples
    --------
    >>> parse_date_line("May 2 3")
    DateLine(date=PubDate(year=None, month=5, day=2), upvotes=3)
    >>> parse_date_line("Jul 23", year=2025).date.iso()
    '2025-07-23'
    """
    match = _DATE.match(text)
    if not match:
        return None
    month, day, written_year, upvotes = match.groups()
    if not 1 <= int(day) <= 31:
        return None
    date = PubDate(int(written_year) if written_year else year, MONTHS.index(month) + 1, int(day))
    return DateLine(date, int(upvotes) if upvotes else None)


def looks_like(head: str) -> bool:
    """The page header: ``byAK and the research community`` or the fixed header lines, then a date."""
    lines = [line.strip() for line in head.splitlines() if line.strip()][:8]
    return "byAK and the research community" in lines or (
        len(lines) > 2 and lines[0] in HEADER_LINES and any(_DATE.match(line) for line in lines)
    )


def _content_lines(text: str) -> list[_Line]:
    return [_Line(n, line.strip()) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def _split_header(lines: list[_Line], path: str) -> tuple[list[str], PubDate | None, list[_Line]]:
    header: list[str] = []
    for index, line in enumerate(lines):
        if line.text in HEADER_LINES:
            header.append(line.text)
            continue
        if (date := parse_date_line(line.text)) and header:
            return header, date.date, lines[index + 1 :]
        break
    if not header:
        raise InputError(path, "not a listing page: no header before the first paper", line=lines[0].number if lines else 1)
    return header, None, lines[len(header) :]


def _is_metadata(lines: list[_Line], index: int) -> bool:
    text = lines[index].text
    followed_by_separator = index + 1 < len(lines) and lines[index + 1].text == _SEPARATOR
    return bool(_AUTHORS.match(text)) or text == _SEPARATOR or bool(parse_date_line(text)) or followed_by_separator


def _paper(lines: list[_Line], start: int, path: str, collection: Collection) -> tuple[Paper | Problem, int]:
    """Read the paper whose title is ``lines[start]``; return it and the index after it."""
    title = lines[start]
    index = start + 1
    abstract = None
    if index < len(lines) and not _is_metadata(lines, index):
        abstract = lines[index].text
        index += 1
    fields: dict = {}
    while index < len(lines) and _is_metadata(lines, index):
        _read_metadata(lines[index].text, fields, collection.year)
        index += 1
    if abstract is None:
        return Problem(SourceRef(path, title.number), f"paper {title.text!r} has no abstract line; skipped"), index
    paper = Paper(title=title.text, source=SourceRef(path, title.number), abstract=abstract,
                  urls=find_urls(abstract), collection=collection.id)
    return replace(paper, **fields), index


def _read_metadata(text: str, fields: dict, year: int | None) -> None:
    if match := _AUTHORS.match(text):
        fields["author_count"] = int(match.group(1))
    elif date := parse_date_line(text, year):
        fields["date"], fields["upvotes"] = date.date, date.upvotes
    elif text != _SEPARATOR:
        fields["organisation"] = text


def _listing_collection(path: str, header: list[str], page_date: PubDate | None, given: Collection | None) -> Collection:
    if given is not None:
        return given
    title = "Daily Papers" if "Daily Papers" in header else "Paper listing"
    when = f" ({MONTHS[page_date.month - 1]} {page_date.day})" if page_date else ""
    return Collection(id=Path(path).stem, name=f"{title}{when}", source=path)


def parse_listing(text: str, path: str = "<string>", collection: Collection | None = None) -> SourceBatch:
    """Read a listing page; a paper without an abstract line is reported and skipped.

    Parameters
    ----------
    text : str
        The page's content.
    path : str
        The file it came from, for provenance and messages.
    collection : Collection, optional
        The collection the page stands for (from ``kg.toml``, which may give the
        year of year-less dates); derived from the page header otherwise.
    """
    lines = _content_lines(text)
    header, page_date, body = _split_header(lines, path)
    owner = _listing_collection(path, header, page_date, collection)
    papers, problems = [], []
    index = 0
    while index < len(body):
        record, index = _paper(body, index, path, owner)
        (papers if isinstance(record, Paper) else problems).append(record)
    return SourceBatch(path, "listing", tuple(papers), (), tuple(problems), owner)


def read_listing(path: str | Path, collection: Collection | None = None) -> SourceBatch:
    """Read the listing page at ``path`` (see :func:`parse_listing`)."""
    return parse_listing(read_text(path), path=str(path), collection=collection)
