"""Turning an input file into text, with clear errors for files that are not text."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

from kg.errors import InputError


def decode(data: bytes, path: str) -> str:
    """UTF-8 text of ``data`` (a BOM is dropped); binary or empty data is an :class:`InputError`.

    Examples
    --------
    >>> decode(b"\\xef\\xbb\\xbfhello", "a.txt")
    'hello'
    >>> decode(b"\\x00\\x01", "a.bin")
    Traceback (most recent call last):
    kg.errors.InputError: a.bin: binary file (NUL byte at offset 0); expected text
    """
    nul = data.find(b"\x00", 0, 65536)
    if nul >= 0:
        raise InputError(path, f"binary file (NUL byte at offset {nul}); expected text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(path, f"not UTF-8 text (byte {error.start})", line=line) from None
    if not text.strip():
        raise InputError(path, "empty file")
    return text


def read_text(path: str | Path) -> str:
    """The text of ``path``; ``.gz`` files are decompressed transparently."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory, expected a file") from None
    except OSError as error:
        raise InputError(str(path), error.strerror or str(error)) from None
    if path.suffix == ".gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            raise InputError(str(path), f"not a readable gzip file ({error})") from None
    return decode(data, str(path))


_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)
_TRAILING = ".,;:!?'\"*"


def find_urls(text: str) -> tuple[str, ...]:
    """Every http(s) URL in ``text``, trailing punctuation stripped, in order, without repeats.

    Examples
    --------
    >>> find_urls("Code: https://github.com/a/b. See (https://x.org/p).")
    ('https://github.com/a/b', 'https://x.org/p')
    """
    urls = (match.group(0).rstrip(_TRAILING) for match in _URL.finditer(text))
    return tuple(dict.fromkeys(url for url in urls if "." in url.split("//", 1)[1]))
