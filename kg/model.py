"""The typed records that pass between the stages of the pipeline.

Readers (:mod:`kg.sources`) produce :class:`SourceBatch` objects holding
:class:`Paper` and :class:`Citation` records plus the :class:`Problem` s they
met; :mod:`kg.extract` adds :class:`Mention` s; :mod:`kg.graph` turns all of it
into a networkx graph whose nodes and edges carry a :class:`NodeKind` /
:class:`EdgeKind`.

Every record is a frozen dataclass, so a stage can never change what an earlier
stage handed over.

Examples
--------
>>> d = PubDate(2024, 6, 7)
>>> d.precision, d.iso()
(<DatePrecision.DAY: 'day'>, '2024-06-07')
>>> PubDate(None, 7, 23).iso()
'--07-23'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class NodeKind(StrEnum):
    """What a node of the graph stands for."""

    PAPER = "paper"
    PERSON = "person"
    COLLECTION = "collection"
    ORGANISATION = "organisation"
    CODE = "code"
    METHOD = "method"
    DATASET = "dataset"
    VENUE = "venue"


class EdgeKind(StrEnum):
    """What an edge of the graph says (edges point from the first-named node)."""

    AUTHORED = "authored"  # person -> paper, with ``position`` (1-based)
    COAUTHOR = "coauthor"  # person -- person, with ``weight`` = shared papers
    MEMBER_OF = "member_of"  # paper -> collection
    AFFILIATED = "affiliated"  # paper -> organisation (listing pages name one)
    HAS_CODE = "has_code"  # paper -> code repository
    PUBLISHED_IN = "published_in"  # paper -> venue
    CITES = "cites"  # paper -> paper, asserted by an input
    INFERRED_CITES = "inferred_cites"  # paper -> paper, inferred from mentions
    PROPOSES_METHOD = "proposes_method"  # paper -> method
    USES_METHOD = "uses_method"  # paper -> method
    PROPOSES_DATASET = "proposes_dataset"  # paper -> dataset
    USES_DATASET = "uses_dataset"  # paper -> dataset
    VARIANT_OF = "variant_of"  # method/dataset -> method/dataset
    POSSIBLY_SAME = "possibly_same"  # person -- person: two clusters of one name, kept apart


class DatePrecision(StrEnum):
    """How much of a publication date the input gave."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    MONTH_DAY = "month_day"  # year-less, as listing pages print recent dates


class EntityKind(StrEnum):
    """The kinds of named artifact that extraction finds in text."""

    METHOD = "method"
    DATASET = "dataset"


class Role(StrEnum):
    """What a paper does with a method or dataset it mentions."""

    PROPOSES = "proposes"
    USES = "uses"


@dataclass(frozen=True, order=True)
class PubDate:
    """A publication date with only the parts the input gave.

    A year-less date (``Jul 23`` on a listing page) keeps ``year=None``; nothing
    in kg invents a year.
    """

    year: int | None
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> DatePrecision:
        if self.year is None:
            return DatePrecision.MONTH_DAY
        if self.month is None:
            return DatePrecision.YEAR
        if self.day is None:
            return DatePrecision.MONTH
        return DatePrecision.DAY

    def iso(self) -> str:
        """The date in the lexical form of its XSD type (date, gYearMonth, gYear, gMonthDay)."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)


@dataclass(frozen=True)
class SourceRef:
    """Where a record came from: the input file, the 1-based line, the record key."""

    path: str
    line: int | None = None
    record: str | None = None  # e.g. a BibTeX key or an OpenAlex id

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
        if self.record:
            where += f" [{self.record}]"
        return where


@dataclass(frozen=True)
class AuthorName:
    """One author as an input wrote them, split into name parts.

    ``given`` and ``family`` are decoded Unicode (LaTeX accents resolved);
    ``raw`` keeps the input's spelling for provenance.
    """

    family: str
    given: str = ""
    von: str = ""
    suffix: str = ""
    raw: str = ""
    orcid: str | None = None
    affiliations: tuple[str, ...] = ()

    @property
    def display(self) -> str:
        """The name as a reader expects it: ``Given von Family, Suffix``."""
        name = " ".join(p for p in (self.given, self.von, self.family) if p)
        return f"{name}, {self.suffix}" if self.suffix else name


@dataclass(frozen=True)
class Identifiers:
    """External identifiers of a paper, normalised (DOI lower-case, no resolver prefix)."""

    doi: str | None = None
    arxiv: str | None = None
    openalex: str | None = None
    bibtex_key: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Paper:
    """One paper record as one input file gave it.

    The same paper may arrive as several records (two listing pages, a BibTeX
    export and an OpenAlex download); :mod:`kg.merge` joins them.
    """

    title: str
    source: SourceRef
    abstract: str | None = None
    authors: tuple[AuthorName, ...] = ()
    author_count: int | None = None  # when the input gives only a count
    date: PubDate | None = None
    upvotes: int | None = None
    organisation: str | None = None
    urls: tuple[str, ...] = ()
    identifiers: Identifiers = field(default_factory=Identifiers)
    venue: str | None = None
    entry_type: str | None = None  # e.g. BibTeX's inproceedings, OpenAlex's article
    keywords: tuple[str, ...] = ()
    references: tuple[str, ...] = ()  # identifiers of cited works, as the input gave them
    collection: str | None = None  # id of the collection the input file stands for


@dataclass(frozen=True)
class Citation:
    """An asserted citation between two identifiers (key, DOI, arXiv id or URL)."""

    citing: str
    cited: str
    source: SourceRef


@dataclass(frozen=True)
class Collection:
    """A named group of papers, usually one input file (a profile or a listing page)."""

    id: str  # stable slug, used in IRIs
    name: str
    source: str  # the input file
    description: str | None = None
    year: int | None = None  # the year of year-less dates, when the user gave it


@dataclass(frozen=True)
class Problem:
    """A record that could not be read: reported, then skipped."""

    source: SourceRef
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(frozen=True)
class SourceBatch:
    """Everything one input file gave: records, citations, and what went wrong."""

    path: str
    format: str
    papers: tuple[Paper, ...] = ()
    citations: tuple[Citation, ...] = ()
    problems: tuple[Problem, ...] = ()
    collection: Collection | None = None


@dataclass(frozen=True)
class Evidence:
    """Where in a paper's text a mention was found (character offsets into ``field``)."""

    field: str  # "title" or "abstract"
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A method or dataset named in a paper's title or abstract."""

    surface: str  # the text as written
    canonical: str  # the entity's canonical name
    kind: EntityKind
    role: Role
    evidence: Evidence
    rule: str  # the rule or gazetteer that found it
    confidence: float


@dataclass(frozen=True)
class Work:
    """One paper after merging: every record that describes it, with a stable id.

    ``id`` is a slug derived from the DOI, arXiv id or normalised title (never a
    counter), so IRIs stay the same from build to build. Field accessors pick
    the first record that has the field, in the order the records were merged.
    """

    id: str
    records: tuple[Paper, ...]

    def first(self, attribute: str):
        """The value of ``attribute`` in the first record that has it (``None`` if none has)."""
        for record in self.records:
            value = getattr(record, attribute)
            if value:
                return value
        return None

    @property
    def title(self) -> str:
        return self.records[0].title

    @property
    def abstract(self) -> str | None:
        return self.first("abstract")

    @property
    def authors(self) -> tuple[AuthorName, ...]:
        return self.first("authors") or ()

    @property
    def author_count(self) -> int | None:
        return len(self.authors) or self.first("author_count")

    @property
    def date(self) -> PubDate | None:
        dated = [r.date for r in self.records if r.date is not None]
        return max(dated, key=lambda d: (d.year is not None, d.month is not None, d.day is not None), default=None)

    @property
    def collections(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.collection for r in self.records if r.collection))

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        return tuple(r.source for r in self.records)

    @property
    def urls(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(u for r in self.records for u in r.urls))

    def identifier(self, name: str) -> str | None:
        """The first record's value of identifier ``name`` (``doi``, ``arxiv`` …)."""
        for record in self.records:
            value = getattr(record.identifiers, name)
            if value:
                return value
        return None


@dataclass(frozen=True)
class Person:
    """A resolved person: one cluster of author mentions believed to be one human."""

    id: str  # stable slug, used in IRIs
    name: str  # the display name, e.g. "Hao Feng"
    label: str  # unique label, e.g. "Hao Feng (1)" when a name is shared
    variants: tuple[str, ...] = ()  # every spelling seen
    orcid: str | None = None
    evidence: tuple[str, ...] = ()  # why these mentions were joined or split
