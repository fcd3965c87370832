"""Code-repository and project-page URLs in abstracts.

Examples
--------
>>> find_code_links("Code: https://github.com/harborsarah/CaFNet. Data at huggingface.co/datasets/x/y).")
('https://github.com/harborsarah/CaFNet', 'https://huggingface.co/datasets/x/y')
"""

from __future__ import annotations

import re

CODE_HOSTS = (
    "github.com", "gitlab.com", "bitbucket.org", "huggingface.co", "hf.co", "codeberg.org", "sourceforge.net",
    "gitee.com", "paperswithcode.com", "anonymous.4open.science", "zenodo.org", "kaggle.com", "github.io",
)
_URL = re.compile(r"(?:https?://|www\.|(?<![\w.@/])(?=(?:[\w-]+\.)*(?:%s)/))[^\s<>\"'\]\[{}]+" % "|".join(
    re.escape(h) for h in CODE_HOSTS))
_TRAILING = ".,;:!?)]}>'\"*"


def _clean(url: str) -> str:
    url = url.rstrip(_TRAILING)
    while url.endswith(")") or url.endswith("."):  # nested punctuation: "(see x.)."
        url = url.rstrip(_TRAILING)
    if not url.startswith("http"):
        url = "https://" + url
    return url


def _is_code(url: str) -> bool:
    host = re.sub(r"^https?://", "", url).split("/", 1)[0].lower()
    return any(host == h or host.endswith("." + h) for h in CODE_HOSTS)


def find_code_links(text: str) -> tuple[str, ...]:
    """Code-repository URLs in ``text``, in order, de-duplicated, trailing punctuation stripped.

    GitHub, GitLab, Bitbucket, Hugging Face, Codeberg, SourceForge, Gitee, Zenodo,
    anonymous review mirrors and ``*.github.io`` project pages count; other URLs
    (publisher pages, ``aka.ms`` redirects) do not. A scheme-less host
    ("github.com/x/y") is given ``https://``.

    Parameters
    ----------
    text : str
        Any text, usually an abstract.

    Returns
    -------
    tuple of str

    Examples
    --------
    >>> find_code_links("see https://github.com/a/b, and https://github.com/a/b.")
    ('https://github.com/a/b',)
    >>> find_code_links("page: https://zhao-yian.github.io/GraCo. Also https://aka.ms/MInference.")
    ('https://zhao-yian.github.io/GraCo',)
    """
    links: dict[str, None] = {}
    for match in _URL.finditer(text or ""):
        url = _clean(match.group(0))
        if _is_code(url):
            links.setdefault(url, None)
    return tuple(links)
