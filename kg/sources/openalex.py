"""OpenAlex works: one JSON object, a JSON array, an API response ``{"results": […]}``, or JSON Lines.

Fields follow OpenAlex's documented Work object
(https://docs.openalex.org/api-entities/works/work-object): ``display_name``
(or ``title``), ``abstract_inverted_index`` (rebuilt into text),
``publication_date`` / ``publication_year``, ``doi``, ``id`` / ``ids``,
``type``, ``authorships`` (``author.display_name``, ``author.orcid``,
``institutions[].display_name``, ``author_position``),
``primary_location.source.display_name`` (the venue), ``referenced_works``
(kept as OpenAlex ids in :attr:`~kg.model.Paper.references`) and ``keywords``.

Examples
--------
>>> work = '''{"id": "https://openalex.org/W2741809807", "display_name": "The state of OA",
...   "publication_date": "2018-02-13", "doi": "https://doi.org/10.7717/peerj.4375",
...   "abstract_inverted_index": {"Despite": [0], "interest": [2], "growing": [1]},
...   "authorships": [{"author_position": "first", "author": {"display_name": "Heather Piwowar"}}],
...   "referenced_works": ["https://openalex.org/W2753353163"]}'''
>>> paper = parse_openalex(work, "works.json").papers[0]
>>> paper.identifiers.openalex, paper.identifiers.doi, paper.date.iso(), paper.abstract
('W2741809807', '10.7717/peerj.4375', '2018-02-13', 'Despite growing interest')
>>> paper.authors[0].family, paper.references
('Piwowar', ('W2753353163',))
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from bibtexparser.middlewares.names import parse_single_name_into_parts

from kg.errors import InputError
from kg.identifiers import normalise_arxiv, normalise_doi, normalise_openalex, normalise_orcid
from kg.model import AuthorName, Collection, Identifiers, Paper, Problem, PubDate, SourceBatch, SourceRef
from kg.sources.text import read_text

FORMAT = "openalex"

_MARKERS = re.compile(
    r'"(?:authorships|abstract_inverted_index|referenced_works|publication_year)"\s*:|openalex\.org/W'
)
_RESULTS = re.compile(r'"results"\s*:\s*\[')
_POSITION_RANK = {"first": 0, "middle": 1, "last": 2}
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_ARXIV_DOI_PREFIX = "10.48550/arxiv."
_CONCEPT_THRESHOLD = 0.3  # OpenAlex assigns a concept to a work from this score on

Work = Mapping[str, Any]  # one decoded OpenAlex Work object, as the API gives it


def looks_like(head: str) -> bool:
    """Whether ``head`` is JSON carrying OpenAlex work fields.

    Examples
    --------
    >>> looks_like('{"meta": {"count": 2}, "results": [{"id": "https://openalex.org/W1", "authorships": []}]}')
    True
    >>> looks_like('{"name": "not a work"}'), looks_like("@misc{a, title={x}}")
    (False, False)
    """
    return head.lstrip()[:1] in ("{", "[") and _MARKERS.search(head) is not None


def rebuild_abstract(inverted_index: Mapping[str, list[int]] | None) -> str | None:
    """The abstract text of an ``abstract_inverted_index`` (word → positions).

    Examples
    --------
    >>> rebuild_abstract({"Despite": [0], "in": [3, 5], "growing": [1], "interest": [2], "OA": [4], "OA,": [6]})
    'Despite growing interest in OA in OA,'
    >>> rebuild_abstract({}) is None
    True
    """
    if not inverted_index:
        return None
    positions = {position: word for word, spots in inverted_index.items() for position in spots}
    return " ".join(positions[p] for p in sorted(positions)) or None


def split_display_name(display_name: str) -> AuthorName:
    """An author's ``display_name`` ("First Last") split into name parts.

    The last word is the family name, lower-case particles before it are its
    ``von`` part (BibTeX's rule), a trailing ``Jr`` / ``III`` is the suffix,
    and a comma means "Last, First".

    Examples
    --------
    >>> n = split_display_name("Jean-Pierre de la Fontaine Jr.")
    >>> n.given, n.von, n.family, n.suffix
    ('Jean-Pierre', 'de la', 'Fontaine', 'Jr.')
    >>> split_display_name("Priem, Jason").display, split_display_name("Mausam").family
    ('Jason Priem', 'Mausam')
    """
    words = display_name.split()
    suffix = ""
    if len(words) > 2 and words[-1].lower() in _SUFFIXES:
        suffix = words.pop()
    parts = parse_single_name_into_parts(" ".join(words).replace("{", "").replace("}", ""), strict=False)
    family = " ".join(parts.last) or " ".join(words)
    return AuthorName(family, " ".join(parts.first), " ".join(parts.von), suffix, raw=display_name)


def _affiliations(authorship: Work) -> tuple[str, ...]:
    names = [i.get("display_name") for i in authorship.get("institutions") or () if i]
    if not any(names):
        names = list(authorship.get("raw_affiliation_strings") or ())
        if not names and authorship.get("raw_affiliation_string"):
            names = [authorship["raw_affiliation_string"]]
    return tuple(dict.fromkeys(n.strip() for n in names if n and n.strip()))


def _author(authorship: Work) -> AuthorName | None:
    author = authorship.get("author") or {}
    name = (author.get("display_name") or authorship.get("raw_author_name") or "").strip()
    if not name:
        return None
    parts = split_display_name(name)
    return AuthorName(
        family=parts.family,
        given=parts.given,
        von=parts.von,
        suffix=parts.suffix,
        raw=(authorship.get("raw_author_name") or name).strip(),
        orcid=normalise_orcid(author.get("orcid")),
        affiliations=_affiliations(authorship),
    )


def _authors(work: Work) -> tuple[AuthorName, ...]:
    """Authors in list order; ``author_position`` only moves a misplaced first or last author."""
    ordered = sorted(work.get("authorships") or (), key=lambda a: _POSITION_RANK.get(a.get("author_position"), 1))
    return tuple(name for authorship in ordered if (name := _author(authorship)))


def _date(work: Work) -> PubDate | None:
    text = work.get("publication_date") or ""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        return PubDate(*(int(part) for part in match.groups()))
    year = work.get("publication_year")
    return PubDate(int(year)) if isinstance(year, int) or (isinstance(year, str) and year.isdigit()) else None


def _locations(work: Work) -> list[Work]:
    primary = work.get("primary_location")
    return [loc for loc in (primary, *(work.get("locations") or ())) if loc]


def _arxiv(work: Work, doi: str | None) -> str | None:
    ids = work.get("ids") or {}
    if ids.get("arxiv"):
        return normalise_arxiv(ids["arxiv"])
    for value in (doi, *(loc.get(k) for loc in _locations(work) for k in ("landing_page_url", "pdf_url"))):
        if value and value.lower().startswith(_ARXIV_DOI_PREFIX):
            return normalise_arxiv(value[len(_ARXIV_DOI_PREFIX) :])
        if value and "arxiv.org/" in value.lower() and (arxiv := normalise_arxiv(value)):
            return arxiv
    return None


def _venue(work: Work) -> str | None:
    source = (work.get("primary_location") or {}).get("source") or {}
    return source.get("display_name") or None


def _keywords(work: Work) -> tuple[str, ...]:
    words = [k.get("display_name") or k.get("keyword") for k in work.get("keywords") or () if k]
    if not any(words):
        concepts = work.get("concepts") or ()
        words = [c.get("display_name") for c in concepts if c and (c.get("score") or 0) >= _CONCEPT_THRESHOLD]
    return tuple(dict.fromkeys(w for w in words if w))


def _urls(work: Work) -> tuple[str, ...]:
    primary = work.get("primary_location") or {}
    return tuple(dict.fromkeys(u for u in (primary.get("landing_page_url"), primary.get("pdf_url")) if u))


def _paper(work: Work, source: SourceRef, collection: str | None) -> Paper | Problem:
    title = " ".join((work.get("display_name") or work.get("title") or "").split())
    if not title:
        return Problem(source, "work has no title")
    ids = work.get("ids") or {}
    doi = normalise_doi(work.get("doi") or ids.get("doi"))
    urls = _urls(work)
    return Paper(
        title=title,
        source=source,
        abstract=rebuild_abstract(work.get("abstract_inverted_index")),
        authors=_authors(work),
        date=_date(work),
        urls=urls,
        identifiers=Identifiers(
            doi=doi,
            arxiv=_arxiv(work, doi),
            openalex=normalise_openalex(work.get("id") or ids.get("openalex")),
            url=urls[0] if urls else None,
        ),
        venue=_venue(work),
        entry_type=work.get("type") or None,
        keywords=_keywords(work),
        references=tuple(w for ref in work.get("referenced_works") or () if (w := normalise_openalex(ref))),
        collection=collection,
    )


def _array_items(text: str, start: int, path: str) -> Iterator[tuple[int, Any]]:
    """The items of the JSON array opening at ``text[start]`` with the line each starts on."""
    decoder = json.JSONDecoder()
    index, line, counted = start + 1, text.count("\n", 0, start) + 1, start
    while True:
        while index < len(text) and text[index] in " \t\r\n,":
            index += 1
        if index >= len(text) or text[index] == "]":
            return
        try:
            item, end = decoder.raw_decode(text, index)
        except json.JSONDecodeError as error:
            raise InputError(path, f"invalid JSON ({error.msg})", error.lineno) from None
        line += text.count("\n", counted, index)
        counted = index
        yield line, item
        index = end


def _json_lines(text: str, path: str) -> Iterator[tuple[int, Any]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as error:
                yield number, Problem(SourceRef(path, number), f"invalid JSON line ({error.msg})")


def _items(text: str, path: str) -> Iterator[tuple[int, Any]]:
    """Each work-like item of the document with its line: array, API response, object or JSON Lines."""
    body = text.lstrip()
    start = len(text) - len(body)
    if body.startswith("["):
        yield from _array_items(text, start, path)
        return
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data":
            yield from _json_lines(text, path)
            return
        raise InputError(path, f"invalid JSON ({error.msg})", error.lineno) from None
    if isinstance(document, dict) and isinstance(document.get("results"), list):
        yield from _array_items(text, _RESULTS.search(text).end() - 1, path)
    else:
        yield text.count("\n", 0, start) + 1, document


def _record(line: int, item: Any, path: str, collection: str | None) -> Paper | Problem:
    if isinstance(item, Problem):
        return item
    if not isinstance(item, dict):
        return Problem(SourceRef(path, line), f"expected a work object, got {type(item).__name__}")
    source = SourceRef(path, line, normalise_openalex(item.get("id")) or item.get("id"))
    return _paper(item, source, collection)


def parse_openalex(text: str, path: str = "<string>", collection: Collection | None = None) -> SourceBatch:
    """The papers of an OpenAlex download, plus a :class:`~kg.model.Problem` for each work skipped.

    Parameters
    ----------
    text : str
        One work object, an array of them, an API list response
        (``{"meta": …, "results": […]}``) or JSON Lines (the snapshot's format).
    path : str
        Where it came from; used in every :class:`~kg.model.SourceRef`.
    collection : Collection, optional
        The collection the file stands for; each paper carries its id.

    Returns
    -------
    SourceBatch
        Papers in file order, each with the line its work starts on and its
        OpenAlex id; ``referenced_works`` become :attr:`~kg.model.Paper.references`.

    Raises
    ------
    InputError
        When the JSON cannot be parsed at all, or no work can be read.
    """
    collection_id = collection.id if collection else None
    papers, problems = [], []
    for line, item in _items(text, path):
        record = _record(line, item, path, collection_id)
        (papers if isinstance(record, Paper) else problems).append(record)
    if not papers:
        first = problems[0] if problems else Problem(SourceRef(path, 1), "no OpenAlex works")
        raise InputError(path, first.message, first.source.line)
    return SourceBatch(path, FORMAT, tuple(papers), (), tuple(problems), collection)


def read_openalex(path: str | Path, collection: Collection | None = None) -> SourceBatch:
    """Read an OpenAlex ``.json``, ``.jsonl`` (or either ``.gz``) file with :func:`parse_openalex`."""
    return parse_openalex(read_text(path), str(path), collection)
