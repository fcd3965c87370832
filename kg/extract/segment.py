"""Sentences and tokens of a title or abstract, with character offsets.

Examples
--------
>>> [s.text for s in sentences("We use BERT, e.g. BERT-base. It works (Smith et al. 2020). Fine.")]
['We use BERT, e.g. BERT-base.', 'It works (Smith et al. 2020).', 'Fine.']
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9])")
_ABBREV = re.compile(r"(?:\b(?:e\.g|i\.e|et al|etc|vs|cf|Fig|Eq|Sec|approx|resp|w\.r\.t|a\.k\.a|i\.i\.d|no|No|Mr|MR|Mrs|Dr|DR|Prof)\.|(?<![\w\-])[A-Z]\.)$")  # "J. Smith", but not "MAD-X. To"
_WORD_CHARS = r"A-Za-z0-9\u00C0-\u024F\u00B2\u00B3\u00B9\u2070-\u2079"  # superscript digits too: "H²VU-Benchmark"
_SUPERSCRIPT = r"(?:\^\{\w{1,3}\})?"  # a LaTeX superscript that stays with its token: "PASCAL-5^{i}"
TOKEN = re.compile(rf"[{_WORD_CHARS}](?:[{_WORD_CHARS}_\-+./^*@]*[{_WORD_CHARS}+*])?{_SUPERSCRIPT}")
# "O’Neil", "D'Agostino": names with an apostrophe after their first letter; slower, so only for texts that have one
_TOKEN_WITH_APOSTROPHE = re.compile(rf"(?:[OD][’'](?=[A-Z]))?[{_WORD_CHARS}](?:[{_WORD_CHARS}_\-+./^*@]*[{_WORD_CHARS}+*])?{_SUPERSCRIPT}")
_APOSTROPHE_NAME = re.compile(r"\b[OD][’'][A-Z]")
# where a text writes a dash as hyphens ("AlpacaEval 2---surpassing", "TyDi QA---a"), a hyphen inside a name is
# single; this pattern is slower, so it serves only such texts
_TOKEN_BESIDE_DASHES = re.compile(rf"[{_WORD_CHARS}](?:(?:[{_WORD_CHARS}_+./^*@]|-(?!-))*[{_WORD_CHARS}+*])?{_SUPERSCRIPT}")


class Span(NamedTuple):
    """A piece of a field's text: ``text == field_text[start:end]``.

    A named tuple rather than a dataclass: every token of every abstract is one, and
    tuples are several times cheaper to make."""

    text: str
    start: int
    end: int


@lru_cache(maxsize=64)  # one abstract's stages split the same text several times
def sentences(text: str) -> tuple[Span, ...]:
    """Split ``text`` into sentences, keeping offsets; abbreviations such as "e.g." do not end one.

    Parameters
    ----------
    text : str

    Returns
    -------
    tuple of Span

    Examples
    --------
    >>> [(s.start, s.end) for s in sentences("A b. C d.")]
    [(0, 4), (5, 9)]
    """
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        head = text[start:match.start()].rstrip("\"')]")
        if _ABBREV.search(head):
            continue
        end = match.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append(Span(text[start:end], start, end))
        start = match.end()
    if text[start:].strip():
        end = len(text.rstrip())
        spans.append(Span(text[start:end], start, end))
    return tuple(spans)


def tokens(text: str, offset: int = 0) -> tuple[Span, ...]:
    """Word tokens of ``text`` (names keep their inner ``-+./^*@``, and "O’Neil" its apostrophe), offsets shifted
    by ``offset``.

    Examples
    --------
    >>> [t.text for t in tokens("ResNet-50, GPT-4. SAM 2++ (ViT-B/16).")]
    ['ResNet-50', 'GPT-4', 'SAM', '2++', 'ViT-B/16']
    """
    make = tuple.__new__  # skips the named tuple's own Python-level __new__: a third of the cost, for every token
    if "--" in text:
        pattern = _TOKEN_BESIDE_DASHES
    elif ("’" in text or "'" in text) and _APOSTROPHE_NAME.search(text):
        pattern = _TOKEN_WITH_APOSTROPHE
    else:
        pattern = TOKEN
    return tuple([make(Span, (m.group(0), m.start() + offset, m.end() + offset)) for m in pattern.finditer(text)])
