"""Author-name normalisation: parse every input form, fold variants to one match key.

Readers hand over :class:`~kg.model.AuthorName` objects; this module turns
the many ways one name is written into comparable parts:

- :func:`clean` — Unicode NFC, LaTeX residue (``M{\\"u}ller``) decoded, spaces collapsed;
- :func:`parse_plain_name` — ``First [von] Last[, Jr]`` into an :class:`AuthorName`;
- :func:`parse_last_first` — ``[von] Last, [Jr,] First`` into an :class:`AuthorName`;
- :func:`given_parts` — the given names as :class:`GivenPart` s (``"J. R. R."``, ``"JRR"``, ``"Jean-Pierre"``);
- :func:`match_key` — the key that equal spellings share (accents, case, hyphens, dots folded);
- :func:`compatible` — whether a less specific form (``R. Müller``) *could* be a fuller one
  (``Rafael Müller``); :mod:`kg.authors` joins such forms only on evidence;
- :func:`display_name` — the name as a reader expects it.

The match key keeps every given name the input wrote (initials as letters), so
``Tao, Dandan`` and ``Tao, Dingwen`` never share a key, and neither do
``R. Müller`` and ``Rafael Müller``: an initial could stand for either Rafael or
Reinhard, so only evidence joins them.

Examples
--------
>>> from kg.model import AuthorName
>>> match_key(AuthorName("M{\\\\\\"u}ller", "R.")) == match_key(parse_plain_name("R. Muller"))
True
>>> match_key(parse_last_first("Tao, Dandan")) == match_key(parse_last_first("Tao, Dingwen"))
False
>>> compatible(parse_plain_name("R. Müller"), parse_plain_name("Rafael Müller"))
True
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kg.model import AuthorName

PARTICLES = frozenset(
    "von v. van vd der den des de del della delle dello dal di da do dos das du la le lo op ten ter zu dei degli"
    " al el bin ibn abu".split()
)
SUFFIXES = {"jr": "Jr.", "sr": "Sr.", "ii": "II", "iii": "III", "iv": "IV", "2nd": "II", "3rd": "III", "4th": "IV"}
_FOLD_EXTRA = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
                             "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d"})
_INITIALS_RUN = re.compile(r"^[A-Z]{2,3}$")


@lru_cache(maxsize=1)
def _latex_converter():
    from pylatexenc.latex2text import LatexNodes2Text

    return LatexNodes2Text()


@lru_cache(maxsize=1 << 18)
def clean(text: str) -> str:
    """``text`` in Unicode NFC with LaTeX residue decoded and whitespace collapsed.

    LaTeX is decoded only when the string still contains a backslash or a brace,
    so a name without markup is never touched.

    Examples
    --------
    >>> clean('M{\\\\"u}ller'), clean("{\\\\L}ukasz"), clean("S{\\\\'{e}}bastien")
    ('Müller', 'Łukasz', 'Sébastien')
    >>> clean("  Jean-Pierre   Dupont ")
    'Jean-Pierre Dupont'
    >>> clean("Mu\\u0308ller") == "Müller"  # decomposed umlaut composed
    True
    """
    if "\\" in text or "{" in text:
        text = _latex_converter().latex_to_text(text.replace("%", r"\%"))
    elif text.isascii():  # NFC leaves ASCII as it is
        return " ".join(text.split())
    return " ".join(unicodedata.normalize("NFC", text).split())


@lru_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """``text`` without accents, case or anything but letters and digits (for keys).

    Examples
    --------
    >>> fold("Müller"), fold("Łukasz"), fold("Ching-Hsiang"), fold("O'Brien")
    ('muller', 'lukasz', 'chinghsiang', 'obrien')
    """
    decomposed = unicodedata.normalize("NFKD", clean(text).translate(_FOLD_EXTRA))
    return "".join(c for c in decomposed.casefold() if c.isalnum() and not unicodedata.combining(c))


@dataclass(frozen=True)
class GivenPart:
    """One given name: ``text`` as written (``"Jean"``, ``"J."``) and whether it is an initial."""

    text: str
    initial: bool

    @property
    def letter(self) -> str:
        """The folded first letter, which an initial and a full name share."""
        return fold(self.text)[:1]

    @property
    def key(self) -> str:
        return self.letter if self.initial else fold(self.text)


def _is_initials_run(token: str) -> bool:
    """``JRR``, ``AJ``: 2-3 capitals, but not a shouted 3-letter name with a vowel (``WEI``)."""
    return bool(_INITIALS_RUN.match(token)) and not (len(token) == 3 and re.search("[AEIOUY]", token))


def _split_token(token: str) -> list[GivenPart]:
    if _is_initials_run(token):  # "JRR": a run of capitals is a run of initials
        return [GivenPart(c + ".", True) for c in token]
    parts = []
    for piece in re.split(r"[.\-‐]+", token) if "." in token else token.split("-"):
        if not piece:
            continue
        initial = len(piece) == 1 or "." in token and len(piece) <= 2 and piece[:1].isupper() and piece[1:].islower()
        parts.append(GivenPart(piece + "." if initial else piece, initial))
    return parts


@lru_cache(maxsize=1 << 16)
def given_parts(given: str) -> tuple[GivenPart, ...]:
    """The given names of ``given``, hyphenated and dotted runs split into parts.

    Examples
    --------
    >>> [p.key for p in given_parts("J. R. R.")], [p.key for p in given_parts("JRR")]
    (['j', 'r', 'r'], ['j', 'r', 'r'])
    >>> [p.key for p in given_parts("J.R.R.")]
    ['j', 'r', 'r']
    >>> [p.key for p in given_parts("Jean-Pierre")], [p.key for p in given_parts("J.-P.")]
    (['jean', 'pierre'], ['j', 'p'])
    >>> [(p.text, p.initial) for p in given_parts("Erika F.")]
    [('Erika', False), ('F.', True)]
    """
    return tuple(part for token in clean(given).split() for part in _split_token(token))


def _suffix(token: str) -> str | None:
    return SUFFIXES.get(fold(token))


def _split_von(words: list[str]) -> tuple[str, str]:
    """(von, family) of a surname's words: leading particles go to von, the last word stays family."""
    count = 0
    while count < len(words) - 1 and fold(words[count]) in PARTICLES:
        count += 1
    return " ".join(words[:count]), " ".join(words[count:])


def parse_plain_name(text: str) -> AuthorName:
    """Parse ``First [Middle] [von] Last[, Jr.]`` into name parts.

    The von part starts at the first particle after the first word (``van``,
    ``de``, in any case) and the family name is what follows it; without a
    particle, the last word is the family name.

    Examples
    --------
    >>> parse_plain_name("Ludwig van Beethoven")
    AuthorName(family='Beethoven', given='Ludwig', von='van', suffix='', raw='Ludwig van Beethoven', orcid=None, affiliations=())
    >>> n = parse_plain_name("Tim Van de Cruys"); (n.given, n.von, n.family)
    ('Tim', 'Van de', 'Cruys')
    >>> n = parse_plain_name("Martin Luther King, Jr."); (n.given, n.family, n.suffix)
    ('Martin Luther', 'King', 'Jr.')
    >>> n = parse_plain_name("JRR Tolkien"); (n.given, n.family)
    ('JRR', 'Tolkien')
    >>> parse_plain_name("Aristotle").family
    'Aristotle'
    >>> n = parse_plain_name("A.Görög"); (n.given, n.family)
    ('A.', 'Görög')
    """
    raw = text
    text = re.sub(r"(?<=\b[A-Z]\.)(?=[^\W\d_]{2})", " ", clean(text))
    suffix = ""
    head, _, tail = text.partition(",")
    words = head.split()
    if tail.strip() and _suffix(tail.strip()):
        suffix = SUFFIXES[fold(tail.strip())]
    elif len(words) > 2 and _suffix(words[-1]):
        suffix, words = SUFFIXES[fold(words[-1])], words[:-1]
    if len(words) <= 1:
        return AuthorName(family=" ".join(words), suffix=suffix, raw=raw)
    start = next((i for i in range(1, len(words) - 1) if fold(words[i]) in PARTICLES), len(words) - 1)
    end = start
    while end < len(words) - 1 and fold(words[end]) in PARTICLES:
        end += 1
    return AuthorName(
        family=" ".join(words[end:]), given=" ".join(words[:start]), von=" ".join(words[start:end]),
        suffix=suffix, raw=raw,
    )


def parse_last_first(text: str) -> AuthorName:
    """Parse ``[von] Last, [Jr.,] First`` (BibTeX's comma forms) into name parts.

    A text without a comma is taken as a plain name (:func:`parse_plain_name`).

    Examples
    --------
    >>> n = parse_last_first("Feng, Hao"); (n.given, n.family)
    ('Hao', 'Feng')
    >>> n = parse_last_first("van Noord, Gertjan"); (n.given, n.von, n.family)
    ('Gertjan', 'van', 'Noord')
    >>> n = parse_last_first("Graham, Jr., George J."); (n.given, n.family, n.suffix)
    ('George J.', 'Graham', 'Jr.')
    >>> n = parse_last_first("Villemonte de la Clergerie, Éric"); (n.von, n.family)
    ('', 'Villemonte de la Clergerie')
    >>> parse_last_first('M{\\\\"u}ller, R.').family
    'Müller'
    """
    parts = [p.strip() for p in clean(text).split(",")]
    if len(parts) == 1:
        return parse_plain_name(text)
    suffix = ""
    if len(parts) >= 3:
        suffix = SUFFIXES.get(fold(parts[1]), parts[1])
        given = ", ".join(parts[2:])
    else:
        given = parts[1]
    von, family = _split_von(parts[0].split())
    return AuthorName(family=family, given=given, von=von, suffix=suffix, raw=text)


def surname_key(name: AuthorName) -> str:
    """The folded surname, particles included (``van Noord`` and ``Van Noord`` agree).

    Examples
    --------
    >>> surname_key(AuthorName("Noord", "Gertjan", von="van")) == surname_key(AuthorName("van Noord", "G."))
    True
    """
    return fold(f"{name.von}{_family_and_suffix(name)[0]}")


def _family_and_suffix(name: AuthorName) -> tuple[str, str]:
    """(family, suffix) with a suffix the input left in the family name (``Nyberg 3rd``) moved out."""
    words = clean(name.family).split()
    if len(words) > 1 and _suffix(words[-1]) and not name.suffix:
        return " ".join(words[:-1]), SUFFIXES[fold(words[-1])]
    return name.family, name.suffix


@lru_cache(maxsize=1 << 17)
def match_key(name: AuthorName) -> str:
    """The key that every spelling of exactly this name shares: ``surname|given parts|suffix``.

    Accents, case, dots, hyphens and the place of particles are folded; every
    given name is kept (an initial as its letter), so an initial-only form and a
    full form get different keys — :func:`compatible` says when evidence may join them.

    Examples
    --------
    >>> match_key(parse_last_first("Feng, Hao"))
    'feng|hao|'
    >>> match_key(parse_plain_name("Jean-Pierre Dupont")) == match_key(parse_last_first("Dupont, Jean Pierre"))
    True
    >>> match_key(parse_plain_name("J. R. R. Tolkien")) == match_key(parse_plain_name("JRR Tolkien"))
    True
    >>> match_key(parse_plain_name("R. Müller")) == match_key(parse_plain_name("Rafael Müller"))
    False
    """
    given = " ".join(part.key for part in given_parts(name.given))
    suffix = _family_and_suffix(name)[1]
    return f"{surname_key(name)}|{given}|{fold(SUFFIXES.get(fold(suffix), suffix))}"


def is_abbreviated(name: AuthorName) -> bool:
    """Whether any given name is only an initial.

    Examples
    --------
    >>> is_abbreviated(parse_plain_name("R. Müller")), is_abbreviated(parse_plain_name("Rafael Müller"))
    (True, False)
    """
    return any(part.initial for part in given_parts(name.given))


def compatible(short: AuthorName, full: AuthorName) -> bool:
    """Whether ``short`` may be a less specific spelling of ``full`` (never the other way round).

    Same surname; ``short`` has at least one given name; its given names match
    ``full`` 's in order, an initial matching any name with that letter, and it
    may drop trailing given names; its suffix, if any, is ``full`` 's. Equal names
    are compatible. This says *could be*, not *is*: :mod:`kg.authors` joins
    compatible forms only when their papers share a coauthor.

    Examples
    --------
    >>> compatible(parse_plain_name("R. Müller"), parse_plain_name("Rafael Müller"))
    True
    >>> compatible(parse_plain_name("Erika de Lima"), parse_plain_name("Erika F. de Lima"))
    True
    >>> compatible(parse_plain_name("Rafael Müller"), parse_plain_name("R. Müller"))
    False
    >>> compatible(parse_last_first("Tao, D."), parse_last_first("Tao, Dingwen"))
    True
    >>> compatible(parse_last_first("Tao, Dandan"), parse_last_first("Tao, Dingwen"))
    False
    >>> compatible(parse_plain_name("Müller"), parse_plain_name("Rafael Müller"))
    False
    """
    return keys_compatible(match_key(short), match_key(full))


@lru_cache(maxsize=1 << 16)
def keys_compatible(short: str, full: str) -> bool:
    """:func:`compatible` on two match keys (a one-letter given part is an initial).

    Examples
    --------
    >>> keys_compatible("muller|r|", "muller|rafael|"), keys_compatible("muller|rafael|", "muller|r|")
    (True, False)
    >>> keys_compatible("lima|erika|", "lima|erika f|"), keys_compatible("tao|d|", "tao|dandan|")
    (True, True)
    """
    short_surname, short_given, short_suffix = short.split("|")
    full_surname, full_given, full_suffix = full.split("|")
    if short_surname != full_surname or short_suffix and short_suffix != full_suffix:
        return False
    mine, theirs = short_given.split(), full_given.split()
    if not mine and theirs or len(mine) > len(theirs):
        return False
    return all(a == b if len(a) > 1 else a == b[:1] for a, b in zip(mine, theirs))


def specificity(name: AuthorName) -> tuple[int, int, int]:
    """How much a spelling says: (full given names, all given names, has suffix) — more is better.

    Examples
    --------
    >>> specificity(parse_plain_name("J. R. R. Tolkien")) < specificity(parse_plain_name("John R. R. Tolkien"))
    True
    """
    parts = given_parts(name.given)
    return (sum(not p.initial for p in parts), len(parts), int(bool(name.suffix)))


def display_name(name: AuthorName) -> str:
    """The name as a reader expects it: ``Given von Family, Suffix``, cleaned, initials dotted and spaced.

    Examples
    --------
    >>> display_name(parse_last_first("Feng, Hao"))
    'Hao Feng'
    >>> display_name(AuthorName("Tolkien", "JRR"))
    'J. R. R. Tolkien'
    >>> display_name(AuthorName("Noord", "Gertjan", von="van"))
    'Gertjan van Noord'
    >>> display_name(AuthorName("Graham", "George J.", suffix="Jr."))
    'George J. Graham, Jr.'
    >>> display_name(AuthorName("M{\\\\\\"u}ller", "R."))
    'R. Müller'
    """
    given = " ".join(_display_token(token) for token in clean(name.given).split())
    text = " ".join(p for p in (given, clean(name.von), clean(name.family)) if p)
    return f"{text}, {clean(name.suffix)}" if name.suffix else text


def _display_token(token: str) -> str:
    if len(token) == 1 and token.isupper():
        return token + "."
    if _is_initials_run(token):
        return " ".join(c + "." for c in token)
    if re.fullmatch(r"(?:[A-Z]\.){2,}", token):
        return " ".join(c + "." for c in token[::2])
    return token
