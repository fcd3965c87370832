"""Citation lists: CSV (or ``.csv.gz``) with ``citing`` and ``cited`` columns.

Values are whatever identifies a paper: BibTeX keys (the ACL Anthology
Network's list), DOIs, arXiv ids or URLs. OpenCitations' CSV dumps name their
columns the same way and fill each cell with a space-separated list of
prefixed ids (``omid:br/0612… doi:10.1007/…``); of those the one kg can
resolve is kept (DOI, then arXiv, OpenAlex, URL). Other columns are ignored.
:func:`kg.merge.resolve_citations` later matches both ends against every
identifier the papers carry.

Examples
--------
>>> batch = parse_citations("citing,cited\\nsmith-2020-x,doi:10.18653/V1/P19-1001\\nlone-row\\n", "cites.csv")
>>> [(c.citing, c.cited, c.source.line) for c in batch.citations]
[('smith-2020-x', 'doi:10.18653/V1/P19-1001', 2)]
>>> [str(p) for p in batch.problems]
['cites.csv:3: expected citing and cited values, got 1 column']
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.identifiers import normalise_arxiv, normalise_doi, normalise_openalex
from kg.model import Citation, Collection, Problem, SourceBatch, SourceRef
from kg.sources.text import read_text

FORMAT = "citations"

_SCHEME_RANK = ("doi", "arxiv", "openalex", "url")  # most useful first


def _header_cells(line: str) -> list[str]:
    delimiter = _delimiter(line)
    return [cell.strip().strip('"').strip().lower() for cell in line.split(delimiter)]


def _delimiter(header: str) -> str:
    if "\t" in header:
        return "\t"
    if ";" in header and "," not in header:
        return ";"
    return ","


def looks_like(head: str) -> bool:
    """Whether ``head`` starts with a CSV header naming ``citing`` and ``cited`` columns.

    Examples
    --------
    >>> looks_like("citing,cited\\na,b\\n"), looks_like('"oci","citing","cited","creation"\\n')
    (True, True)
    >>> looks_like("Feng, Hao\\nciting, cited")
    False
    """
    first = next((line for line in head.splitlines() if line.strip()), "")
    cells = _header_cells(first)
    return "citing" in cells and "cited" in cells


def _scheme(token: str) -> str | None:
    prefix, _, rest = token.partition(":")
    prefix = prefix.lower()
    if prefix in ("doi", "arxiv", "openalex") and rest:
        return prefix
    if prefix in ("http", "https"):
        return "arxiv" if "arxiv.org/" in token.lower() else "doi" if "doi.org/" in token.lower() else "url"
    return None


def _normalised(token: str, scheme: str) -> str | None:
    if scheme == "doi":
        return normalise_doi(token)
    if scheme == "arxiv":
        arxiv = normalise_arxiv(token)
        return f"arXiv:{arxiv}" if arxiv else None
    if scheme == "openalex":
        return normalise_openalex(token)
    return token


def choose_identifier(cell: str) -> str:
    """The identifier of a citation cell that kg can resolve.

    A cell with one value is kept as written (a BibTeX key such as
    ``smith:2020`` must not lose its colon); of a space-separated list of
    prefixed ids, the first DOI, arXiv id, OpenAlex id or URL wins, normalised.

    Examples
    --------
    >>> choose_identifier("omid:br/06101068294 doi:10.1007/S11192-019-03217-6 pmid:31234")
    '10.1007/s11192-019-03217-6'
    >>> choose_identifier("omid:br/0610 arxiv:2106.09685v2"), choose_identifier(" smith:2020 ")
    ('arXiv:2106.09685', 'smith:2020')
    >>> choose_identifier("omid:br/0610 pmid:31234")
    'omid:br/0610'
    """
    tokens = cell.split()
    if len(tokens) == 1:
        return tokens[0]
    found = {}
    for token in tokens:
        scheme = _scheme(token)
        if scheme and scheme not in found and (value := _normalised(token, scheme)):
            found[scheme] = value
    return next((found[s] for s in _SCHEME_RANK if s in found), tokens[0])


@dataclass(frozen=True)
class _Columns:
    """Where the two columns of interest are in each row."""

    citing: int
    cited: int

    @property
    def needed(self) -> int:
        return max(self.citing, self.cited) + 1


def _rows(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """Each CSV row with the 1-based line it starts on (quoted cells may span lines)."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    line = 1
    for row in reader:
        yield line, row
        line = reader.line_num + 1


def _citation(row: list[str], columns: _Columns, source: SourceRef) -> Citation | Problem:
    if len(row) < columns.needed:
        plural = "" if len(row) == 1 else "s"
        return Problem(source, f"expected citing and cited values, got {len(row)} column{plural}")
    citing, cited = row[columns.citing].strip(), row[columns.cited].strip()
    if not citing or not cited:
        return Problem(source, f"empty {'citing' if not citing else 'cited'} value")
    return Citation(choose_identifier(citing), choose_identifier(cited), source)


def parse_citations(text: str, path: str = "<string>", collection: Collection | None = None) -> SourceBatch:
    """The citations of a CSV citation list, plus a :class:`~kg.model.Problem` for each bad row.

    Parameters
    ----------
    text : str
        CSV whose header names a ``citing`` and a ``cited`` column (any order,
        any other columns; comma, semicolon or tab separated).
    path : str
        Where it came from; used in every :class:`~kg.model.SourceRef`.
    collection : Collection, optional
        Kept on the batch; citations belong to no collection themselves.

    Returns
    -------
    SourceBatch
        ``citations`` in file order, each with its line; blank lines are skipped.

    Raises
    ------
    InputError
        When the header lacks the two columns, or no row at all can be read.
    """
    lines = text.lstrip("\n").splitlines()
    header = lines[0] if lines else ""
    cells = _header_cells(header)
    if "citing" not in cells or "cited" not in cells:
        raise InputError(path, "expected a CSV header with 'citing' and 'cited' columns", line=1)
    columns = _Columns(cells.index("citing"), cells.index("cited"))
    citations, problems = [], []
    offset = len(text) - len(text.lstrip("\n"))
    rows = _rows(text[offset:], _delimiter(header))
    next(rows)  # the header
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        item = _citation(row, columns, SourceRef(path, line + offset))
        (citations if isinstance(item, Citation) else problems).append(item)
    if not citations:
        first = problems[0] if problems else Problem(SourceRef(path, 2), "no citation rows after the header")
        raise InputError(path, first.message, first.source.line)
    return SourceBatch(path, FORMAT, (), tuple(citations), tuple(problems), collection)


def read_citations(path: str | Path, collection: Collection | None = None) -> SourceBatch:
    """Read a ``.csv`` or ``.csv.gz`` citation list with :func:`parse_citations`."""
    return parse_citations(read_text(path), str(path), collection)
