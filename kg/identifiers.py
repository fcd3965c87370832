"""Normal forms of the identifiers papers carry (DOI, arXiv id, OpenAlex id, titles).

Every reader normalises identifiers with these functions, and :mod:`kg.merge`
matches papers and citations on the results, so one paper written three ways
(``https://doi.org/10.18653/V1/P19-1001``, ``doi:10.18653/v1/p19-1001``) is
found under one key.

Examples
--------
>>> normalise_doi("https://doi.org/10.18653/V1/P19-1001")
'10.18653/v1/p19-1001'
>>> normalise_arxiv("arXiv:2106.09685v2")
'2106.09685'
>>> normalise_title("SAM 2++: Tracking  Anything at Any Granularity!")
'sam 2 tracking anything at any granularity'
>>> identifier_keys("https://arxiv.org/abs/2106.09685")
('arxiv:2106.09685',)
"""

from __future__ import annotations

import re
import unicodedata

_DOI = re.compile(r"10\.\d{4,9}/\S+", re.IGNORECASE)
_ARXIV_NEW = re.compile(r"(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])")
_ARXIV_OLD = re.compile(r"\b([a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?\b")
_OPENALEX = re.compile(r"(?:openalex\.org/)?\b(W\d{4,})\b", re.IGNORECASE)
_ORCID = re.compile(r"(?<![\d-])(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dX])(?![\dX-])", re.IGNORECASE)


def normalise_doi(value: str | None) -> str | None:
    """The bare, lower-case DOI inside ``value`` (``None`` if there is none)."""
    if not value:
        return None
    match = _DOI.search(value.strip())
    return match.group(0).rstrip(".,;").lower() if match else None


def normalise_arxiv(value: str | None) -> str | None:
    """The arXiv id inside ``value`` without its version suffix (``None`` if there is none)."""
    if not value:
        return None
    match = _ARXIV_NEW.search(value) or _ARXIV_OLD.search(value)
    return match.group(1) if match else None


def normalise_openalex(value: str | None) -> str | None:
    """The OpenAlex work id (``W…``) inside ``value``, upper-cased."""
    if not value:
        return None
    match = _OPENALEX.search(value)
    return match.group(1).upper() if match else None


def normalise_orcid(value: str | None) -> str | None:
    """The bare ORCID iD (``0000-0002-1825-0097``) inside ``value``, if its check digit is right.

    Examples
    --------
    >>> normalise_orcid("https://orcid.org/0000-0002-1825-0097")
    '0000-0002-1825-0097'
    >>> normalise_orcid("0000-0002-1694-233x"), normalise_orcid("0000-0002-1825-0098")
    ('0000-0002-1694-233X', None)
    """
    if not value:
        return None
    match = _ORCID.search(value)
    if match is None:
        return None
    digits = "".join(match.groups()).upper()
    total = 0
    for digit in digits[:-1]:
        total = (total + int(digit)) * 2
    check = (12 - total % 11) % 11
    if digits[-1] != ("X" if check == 10 else str(check)):
        return None
    return "-".join(match.groups()).upper()


def normalise_title(title: str) -> str:
    """A title folded for matching: NFKD without accents, lower case, words only."""
    decomposed = unicodedata.normalize("NFKD", title)
    ascii_ish = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", ascii_ish.casefold()))


def identifier_keys(value: str) -> tuple[str, ...]:
    """Lookup keys for one identifier as it appears in a citation list.

    A DOI gives ``doi:…``, an arXiv id or URL ``arxiv:…``, an OpenAlex id
    ``openalex:…``; anything else is taken as a record key (``key:…``).
    """
    value = value.strip()
    if doi := normalise_doi(value):
        return (f"doi:{doi}",)
    if "arxiv" in value.lower() or _ARXIV_NEW.fullmatch(value):
        if arxiv := normalise_arxiv(value):
            return (f"arxiv:{arxiv}",)
    if "openalex" in value.lower() or re.fullmatch(r"W\d{4,}", value):
        if work := normalise_openalex(value):
            return (f"openalex:{work}",)
    if value.startswith(("http://", "https://")):
        return (f"url:{value.rstrip('/')}",)
    return (f"key:{value}",)
