"""BibTeX: ``.bib`` files (and ``.bib.gz``) as Zotero, Google Scholar, DBLP or the ACL Anthology export them.

bibtexparser 2 splits the file into blocks; this module resolves each field's
value (``@string`` macros, month macros, ``#`` concatenation), decodes LaTeX
with pylatexenc (only where a field holds a backslash, a dollar or a brace
group, and each distinct value once), splits ``author`` lists into
:class:`~kg.model.AuthorName` parts with BibTeX's own rules, and turns every
entry into a :class:`~kg.model.Paper`. An entry that cannot be read becomes a
:class:`~kg.model.Problem` with its line and key, and is skipped.

Examples
--------
>>> batch = parse_bibtex('''@string{acl = "Proceedings of ACL"}
... @inproceedings{muller-2020-x,
...   title = {{BERT} for {M}{\\\\"u}nster},
...   author = {M{\\\\"u}ller, Hans and van der Berg, Jr, Jan},
...   booktitle = acl # " 2020", year = 2020, month = jun,
... }''', path="refs.bib")
>>> paper = batch.papers[0]
>>> paper.title, paper.venue, paper.date.iso(), str(paper.source)
('BERT for Münster', 'Proceedings of ACL 2020', '2020-06', 'refs.bib:2 [muller-2020-x]')
>>> [(a.given, a.von, a.family, a.suffix) for a in paper.authors]
[('Hans', '', 'Müller', ''), ('Jan', 'van der', 'Berg', 'Jr')]
"""

from __future__ import annotations

import gc
import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import bibtexparser
from bibtexparser.middlewares.names import parse_single_name_into_parts, split_multiple_persons_names
from bibtexparser.model import DuplicateBlockKeyBlock, Entry, ParsingFailedBlock
from pylatexenc.latex2text import LatexNodes2Text

from kg.errors import InputError
from kg.identifiers import normalise_arxiv, normalise_doi
from kg.model import AuthorName, Collection, Identifiers, Paper, Problem, PubDate, SourceBatch, SourceRef
from kg.sources.text import read_text

FORMAT = "bibtex"

MONTHS = ("january", "february", "march", "april", "may", "june",
          "july", "august", "september", "october", "november", "december")  # fmt: skip
"""English month names; BibTeX's month macros are their first three letters."""

_MONTH_MACROS = {name[:3]: name.capitalize() for name in MONTHS}
_LOOKS_LIKE = re.compile(
    r"^[ \t]*@[ \t]*(?:(?:string|comment|preamble)[ \t]*[{(]|[A-Za-z]+[ \t]*[{(][ \t]*[^\s,{}()\"#%'=]*[ \t]*,)",
    re.MULTILINE | re.IGNORECASE,
)
_FAILED_KEY = re.compile(r"@\s*\w+\s*[{(]\s*([^\s,{}()]+)")
_YEAR = re.compile(r"\d{1,4}")
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_KEYWORD_SEPARATOR = re.compile(r"\s*[,;]\s*")
_BARE_PERCENT = re.compile(r"(?<!\\)%")
_SIMPLE_ESCAPE = re.compile(r"\\[%&_#$]")  # escaped specials: the bulk of LaTeX in abstracts
_EDITED_VOLUMES = frozenset(
    {"proceedings", "book", "collection", "mvbook", "mvcollection", "mvproceedings", "periodical"}
)

_latex = LatexNodes2Text()


def looks_like(head: str) -> bool:
    """Whether ``head`` (the start of a file) is BibTeX: a line opening ``@type{key,`` or ``@string{``.

    Examples
    --------
    >>> looks_like("% my refs\\n@Article{knuth84,\\n  title = {Literate Programming}}")
    True
    >>> looks_like("Jun 7, 2024 · write to me @ home {or not}")
    False
    """
    return _LOOKS_LIKE.search(head) is not None


@lru_cache(maxsize=65536)
def latex_to_text(value: str) -> str:
    """``value`` with LaTeX markup decoded to Unicode, braces dropped and white space collapsed.

    Only values holding LaTeX beyond escaped specials (``\\%``, ``\\&``, ``\\_``,
    ``\\#``, ``\\$``) go through pylatexenc, which is slow on long abstracts; for
    the rest unescaping and dropping the braces is all there is to do. A ``%``
    not escaped is kept (in BibTeX it is text, not a comment).

    Examples
    --------
    >>> latex_to_text('M{\\\\"u}ller')
    'Müller'
    >>> latex_to_text("{\\\\L}ukasz and S{\\\\'{e}}bastien")
    'Łukasz and Sébastien'
    >>> latex_to_text("{R}\\\\&{D} at 90\\\\%  of   {PLATON}--a test~run")
    'R&D at 90% of PLATON–a test run'
    """
    if "\\" in value or "$" in value:
        rest = _SIMPLE_ESCAPE.sub("", value)
        if "\\" in rest or "$" in rest:
            return _collapse(_latex.latex_to_text(_BARE_PERCENT.sub(r"\\%", value)))
        value = _SIMPLE_ESCAPE.sub(_unescape, value)
    return _collapse(value.replace("{", "").replace("}", "").replace("---", "\u2014").replace("--", "\u2013"))


def _collapse(text: str) -> str:
    return " ".join(text.replace("~", " ").split())


def _unescape(match: re.Match) -> str:
    return match.group(0)[1]


@lru_cache(maxsize=1 << 17)
def _name(raw: str) -> AuthorName:
    parts = parse_single_name_into_parts(raw, strict=False)
    family = latex_to_text(" ".join(parts.last)) or latex_to_text(raw)
    return AuthorName(
        family=family,
        given=latex_to_text(" ".join(parts.first)),
        von=latex_to_text(" ".join(parts.von)),
        suffix=latex_to_text(" ".join(parts.jr)),
        raw=raw,
    )


@lru_cache(maxsize=65536)
def parse_names(value: str) -> tuple[AuthorName, ...]:
    """The persons of a BibTeX name list (``author`` or ``editor``), split on ``and`` outside braces.

    Each name may be written ``First von Last``, ``von Last, First`` or
    ``von Last, Jr, First``; ``and others`` (BibTeX's "et al.") is dropped.

    Examples
    --------
    >>> [a.display for a in parse_names("Ludwig van Beethoven and {\\\\L}ukasz Kaiser and others")]
    ['Ludwig van Beethoven', 'Łukasz Kaiser']
    >>> parse_names("de la Fontaine, Jr., Jean and {Barnes and Noble}")[1].family
    'Barnes and Noble'
    """
    raws = (" ".join(raw.split()) for raw in split_multiple_persons_names(value))
    return tuple(_name(raw) for raw in raws if raw and raw.lower() != "others")


def parse_month(value: str | None) -> int | None:
    """The month number (1–12) of a BibTeX month: a macro (``jun``), a name or a number.

    Examples
    --------
    >>> [parse_month(v) for v in ("jun", "June", "Sept.", "6", "06", "13", "spring", None)]
    [6, 6, 9, 6, 6, None, None, None]
    """
    words = (value or "").lower().replace(".", " ").split()
    if not words:
        return None
    word = words[0]
    if word.isdigit():
        return int(word) if 1 <= int(word) <= 12 else None
    if len(word) >= 3:
        for number, name in enumerate(MONTHS, start=1):
            if name.startswith(word):
                return number
    return None


def _split_concatenation(raw: str) -> list[str]:
    pieces, depth, quoted, start = [], 0, False, 0
    for index, char in enumerate(raw):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == '"' and depth == 0:
            quoted = not quoted
        elif char == "#" and depth == 0 and not quoted:
            pieces.append(raw[start:index])
            start = index + 1
    pieces.append(raw[start:])
    return pieces


def _resolve_piece(piece: str, macros: dict[str, str]) -> str:
    piece = piece.strip()
    if len(piece) >= 2 and ((piece[0] == "{" and piece[-1] == "}") or (piece[0] == '"' and piece[-1] == '"')):
        return piece[1:-1]
    if piece.isdigit():
        return piece
    return macros.get(piece.lower(), piece)


def resolve_value(raw: str, macros: dict[str, str]) -> str:
    """A field's value as bibtexparser gives it (delimiters kept), with macros and ``#`` resolved.

    Examples
    --------
    >>> resolve_value('"Proc. of " # acl # { 2020}', {"acl": "ACL"})
    'Proc. of ACL 2020'
    >>> resolve_value("jun", {"jun": "June"}), resolve_value('"C# in {"}depth{"}"', {})
    ('June', 'C# in {"}depth{"}')
    """
    if "#" not in raw:
        return _resolve_piece(raw, macros)
    return "".join(_resolve_piece(piece, macros) for piece in _split_concatenation(raw))


@dataclass(frozen=True)
class _Fields:
    """One entry's raw field values (lower-cased names) and the macros in force."""

    raw: dict[str, str]
    macros: dict[str, str]

    def plain(self, name: str) -> str | None:
        """The resolved value, white space collapsed, LaTeX left alone (URLs, DOIs, ids)."""
        value = self.raw.get(name)
        if value is None:
            return None
        return " ".join(resolve_value(value, self.macros).split()) or None

    def text(self, name: str) -> str | None:
        """The resolved value with LaTeX decoded (titles, abstracts, venues)."""
        value = self.raw.get(name)
        if value is None:
            return None
        return latex_to_text(resolve_value(value, self.macros)) or None


class _Unreadable(ValueError):
    """An entry that cannot become a paper; its message goes into a Problem."""


def _date(fields: _Fields) -> PubDate | None:
    year_text = fields.plain("year")
    if year_text is None:
        return _iso_date(fields.plain("date"))
    year_text = year_text.strip("{}")
    if not _YEAR.fullmatch(year_text):
        raise _Unreadable(f"bad year {year_text!r}")
    month = parse_month(fields.plain("month"))
    day_text = fields.plain("day")
    day = int(day_text) if month and day_text and day_text.isdigit() and 1 <= int(day_text) <= 31 else None
    return PubDate(int(year_text), month, day)


def _iso_date(value: str | None) -> PubDate | None:
    """biblatex's ``date`` field (``2020``, ``2020-06``, ``2020-06-07``)."""
    match = _ISO_DATE.match(value or "")
    if match is None:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    if month is not None and not 1 <= month <= 12:
        month = day = None
    return PubDate(year, month, day if month and day and 1 <= day <= 31 else None)


def _arxiv(fields: _Fields) -> str | None:
    eprint = fields.plain("eprint")
    prefix = (fields.plain("archiveprefix") or fields.plain("eprinttype") or "").lower()
    if eprint and prefix in ("arxiv", ""):
        if arxiv := normalise_arxiv(eprint):
            return arxiv
    for name in ("arxiv", "journal", "url", "note", "howpublished"):
        value = fields.plain(name)
        if value and "arxiv" in value.lower() and (arxiv := normalise_arxiv(value)):
            return arxiv
    return None


def _url(fields: _Fields) -> str | None:
    url = fields.plain("url")
    return url.replace("\\_", "_").replace("\\%", "%").replace("\\&", "&") if url else None


def _keywords(fields: _Fields) -> tuple[str, ...]:
    value = fields.text("keywords")
    if not value:
        return ()
    return tuple(dict.fromkeys(k for k in _KEYWORD_SEPARATOR.split(value) if k))


def _authors(fields: _Fields, entry_type: str) -> tuple[AuthorName, ...]:
    """The ``author`` list; an edited volume without one is credited to its editors (as CSL does)."""
    value = fields.raw.get("author")
    if value is None and entry_type in _EDITED_VOLUMES:
        value = fields.raw.get("editor")
    return parse_names(resolve_value(value, fields.macros)) if value is not None else ()


def _paper(entry: Entry, macros: dict[str, str], source: SourceRef, collection: str | None) -> Paper:
    fields = _Fields({field.key.lower(): field.value for field in entry.fields}, macros)
    title = fields.text("title")
    if not title:
        raise _Unreadable("entry has no title")
    url = _url(fields)
    entry_type = entry.entry_type.lower()
    return Paper(
        title=title,
        source=source,
        abstract=fields.text("abstract"),
        authors=_authors(fields, entry_type),
        date=_date(fields),
        urls=(url,) if url else (),
        identifiers=Identifiers(
            doi=normalise_doi(fields.plain("doi")), arxiv=_arxiv(fields), bibtex_key=entry.key, url=url
        ),
        venue=fields.text("booktitle") or fields.text("journal") or fields.text("journaltitle"),
        entry_type=entry_type,
        keywords=_keywords(fields),
        collection=collection,
    )


def _macros(library: bibtexparser.Library) -> dict[str, str]:
    """Month macros, then the file's ``@string`` definitions in order (later ones may use earlier ones)."""
    macros = dict(_MONTH_MACROS)
    for string in library.strings:
        macros[string.key.lower()] = resolve_value(string.value, macros)
    return macros


def _failed_problem(block: ParsingFailedBlock, path: str) -> Problem:
    line = block.start_line + 1 if block.start_line is not None else None
    if isinstance(block, DuplicateBlockKeyBlock):
        first = block.previous_block.start_line
        message = f"duplicate key {block.key!r} (first used on line {first + 1}); entry skipped"
        return Problem(SourceRef(path, line, block.key), message)
    match = _FAILED_KEY.match(block.raw or "")
    reason = getattr(block.error, "abort_reason", None) or str(block.error)
    return Problem(SourceRef(path, line, match.group(1) if match else None), f"unreadable BibTeX block: {reason}")


def _entries(library: bibtexparser.Library, path: str, collection: str | None) -> Iterable[Paper | Problem]:
    macros = _macros(library)
    for entry in library.entries:
        source = SourceRef(path, entry.start_line + 1, entry.key)
        try:
            yield _paper(entry, macros, source, collection)
        except _Unreadable as error:
            yield Problem(source, str(error))


def _parse_library(text: str) -> bibtexparser.Library:
    splitter_log = logging.getLogger("bibtexparser.splitter")
    level = splitter_log.level
    splitter_log.setLevel(logging.ERROR)  # failed blocks become Problems; no duplicate warnings
    try:
        return bibtexparser.parse_string(text, parse_stack=[])
    finally:
        splitter_log.setLevel(level)


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: building ~10 objects per entry, none of them
    cyclic, otherwise triggers a full collection over and over (a third of the time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_bibtex(text: str, path: str = "<string>", collection: Collection | None = None) -> SourceBatch:
    """The papers of a BibTeX document, plus a :class:`~kg.model.Problem` for each entry skipped.

    Parameters
    ----------
    text : str
        The BibTeX source.
    path : str
        Where it came from; used in every :class:`~kg.model.SourceRef`.
    collection : Collection, optional
        The collection the file stands for; each paper carries its id.

    Returns
    -------
    SourceBatch
        Papers in file order; ``problems`` lists unreadable blocks, duplicate
        keys, entries without a title and entries with a bad year.

    Raises
    ------
    InputError
        When no entry at all can be read.

    Examples
    --------
    >>> batch = parse_bibtex("@misc{a, title={Kept}}\\n@misc{b, title={Bad}, year={soon}}", "x.bib")
    >>> [p.title for p in batch.papers], [str(p) for p in batch.problems]
    (['Kept'], ["x.bib:2 [b]: bad year 'soon'"])
    >>> parse_bibtex("no entries here", "x.bib")
    Traceback (most recent call last):
    kg.errors.InputError: x.bib:1: no BibTeX entries
    """
    with _no_gc():
        library = _parse_library(text)
        problems = [_failed_problem(block, path) for block in library.failed_blocks]
        papers = []
        for item in _entries(library, path, collection.id if collection else None):
            (papers if isinstance(item, Paper) else problems).append(item)
    problems.sort(key=lambda p: p.source.line or 0)
    if not papers:
        first = problems[0] if problems else Problem(SourceRef(path, 1), "no BibTeX entries")
        message = first.message if len(problems) < 2 else f"no readable BibTeX entry; first: {first.message}"
        raise InputError(path, message, first.source.line)
    return SourceBatch(path, FORMAT, tuple(papers), (), tuple(problems), collection)


def read_bibtex(path: str | Path, collection: Collection | None = None) -> SourceBatch:
    """Read a ``.bib`` or ``.bib.gz`` file with :func:`parse_bibtex`.

    See Also
    --------
    parse_bibtex : the same from text.
    """
    return parse_bibtex(read_text(path), str(path), collection)
