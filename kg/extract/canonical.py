"""Canonical keys, slugs and version bases of method and dataset names.

Two surface forms name one entity when their :func:`entity_key` is equal: case,
spaces, hyphens and other punctuation do not count ("CIFAR100" / "CIFAR-100",
"ImageNet-1K" / "ImageNet-1k"). Versions do count: "SAM 2" is not "SAM", and
:func:`variant_base` gives the name a version was made from (for ``kg:variantOf``).

Examples
--------
>>> entity_key("CIFAR-100") == entity_key("CIFAR100")
True
>>> entity_key("SAM 2") == entity_key("SAM")
False
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_KEY = re.compile(r"[^0-9a-z+*]")
# a year after a name is written with two or four digits ("WMT14", "WMT 2014", "CoNLL-2003", "CoNLL03")
_CENTURY = re.compile(r"(?<=[a-z])(?:19|20)(\d\d)(?!\d)")
_VERSION = re.compile(
    r"^(?P<base>.+?)"
    r"(?:\s*(?:\+\+|\+)"  # SAM 2++ -> SAM 2, RAM++ -> RAM
    r"|[\s\-]?[vV]\d+(?:\.\d+)*"  # OCRBench v2, Swin Transformer V2, DINOv2
    r"|\s\d+(?:\.\d+)*(?:\s\w+)?"  # SAM 2, LLaMA 2, Grounding DINO 1.5 Edge, MInference 1.0
    r"|-\d+(?:\.\d+)*"  # GPT-4, ResNet-50, 4M-21
    r")$"
)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=65536)
def entity_key(name: str) -> str:
    """The comparison key of a name: ASCII, case-folded, without spaces or punctuation.

    Parameters
    ----------
    name : str
        A surface form or canonical name.

    Returns
    -------
    str
        The key; ``+`` and ``*`` are kept because they mark versions ("RAM++", "V*"). A
        four-digit year right after a name's letters keeps its last two digits, so the
        campaign "WMT 2014" is "WMT'14" and "WMT14".

    Examples
    --------
    >>> entity_key("ImageNet-1K"), entity_key("ImageNet-1k"), entity_key("Poincaré ResNet")
    ('imagenet1k', 'imagenet1k', 'poincareresnet')
    >>> entity_key("WMT 2014") == entity_key("WMT'14") == entity_key("WMT14"), entity_key("CoNLL-2003")
    (True, 'conll03')
    """
    return _CENTURY.sub(r"\1", _NON_KEY.sub("", _ascii(name).casefold()))


def entity_slug(canonical: str) -> str:
    """A stable ASCII slug for IRIs; surface forms with one key give one slug.

    Parameters
    ----------
    canonical : str
        The entity's canonical name.

    Returns
    -------
    str
        Lower-case letters, digits and ``-``; ``+`` becomes ``plus``.

    Examples
    --------
    >>> entity_slug("CIFAR-100"), entity_slug("CIFAR100"), entity_slug("SAM 2++")
    ('cifar100', 'cifar100', 'sam2plusplus')
    """
    key = entity_key(canonical).replace("+", "plus").replace("*", "star")
    return key or "entity"


def variant_base(canonical: str) -> str | None:
    """The name a versioned name is a variant of, or None when it carries no version.

    The graph should add ``kg:variantOf`` only when the base is itself an entity
    it knows (so "CIFAR-100" gives "CIFAR", which no paper names, and no edge).

    Parameters
    ----------
    canonical : str
        A canonical method or dataset name.

    Returns
    -------
    str or None

    Examples
    --------
    >>> variant_base("SAM 2"), variant_base("Swin Transformer V2"), variant_base("SAM 2++")
    ('SAM', 'Swin Transformer', 'SAM 2')
    >>> variant_base("OCRBench v2"), variant_base("GPT-4"), variant_base("BERT")
    ('OCRBench', 'GPT', None)
    """
    match = _VERSION.match(canonical.strip())
    if not match:
        return None
    base = match.group("base").strip(" -")
    return base if base and any(c.isalpha() for c in base) else None
