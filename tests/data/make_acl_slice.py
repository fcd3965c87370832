"""Rebuild ``acl_slice.bib`` and ``acl_citations_slice.csv`` from the shared ACL Anthology files.

The slice is the papers most cited within the AAN citation list, the papers
citing them, and a few entries kept for their edge cases (LaTeX in titles and
abstracts, name suffixes, an entry without authors, a malformed DOI) and some abstracts, copied
verbatim in file order; the citation slice is every citation between them.

Run from the project root: ``.venv/bin/python tests/data/make_acl_slice.py``.
"""

from __future__ import annotations

import csv
import gzip
import io
from collections import Counter
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "acl-anthology"
HERE = Path(__file__).resolve().parent
EDGE_CASES = (
    "sager-1978-multilingual",  # first entry of the file
    "-2006-author",  # no authors
)
EDGE_MARKERS = ("\\textbackslash", "{R}\\&{D}", "--A New", ", Jr., ", ", 3rd, ", '"0.26615/')
TARGET = 230
ABSTRACTS = 25  # the cited papers predate the Anthology's abstracts: add some, spread over the file


def _blocks(text: str) -> dict[str, str]:
    blocks = {}
    for block in text.split("\n\n"):
        block = block.strip("\n")
        if block.startswith("@"):
            blocks[block[block.index("{") + 1 : block.index(",")]] = block
    return blocks


def main() -> None:
    text = gzip.decompress((SHARED / "anthology+abstracts.bib.gz").read_bytes()).decode()
    blocks = _blocks(text)
    rows = list(csv.reader(io.StringIO(gzip.decompress((SHARED / "citations.csv.gz").read_bytes()).decode())))[1:]
    chosen = dict.fromkeys(EDGE_CASES)
    for marker in EDGE_MARKERS:
        chosen.setdefault(next(key for key, block in blocks.items() if marker in block))
    with_abstract = [key for key, block in blocks.items() if "abstract = " in block]
    for key in with_abstract[:: len(with_abstract) // ABSTRACTS][:ABSTRACTS]:
        chosen.setdefault(key)
    cited = Counter(cited for _, cited in rows)
    for key, _ in cited.most_common(12):
        chosen.setdefault(key)
    for citing, cited_key in rows:
        if len(chosen) >= TARGET:
            break
        if cited_key in chosen and len(blocks[citing]) < 2200:
            chosen.setdefault(citing)
    order = {key: index for index, key in enumerate(blocks)}
    keys = sorted(chosen, key=order.__getitem__)
    (HERE / "acl_slice.bib").write_text("\n\n".join(blocks[k] for k in keys) + "\n")
    inside = [row for row in rows if row[0] in chosen and row[1] in chosen]
    with open(HERE / "acl_citations_slice.csv", "w", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["citing", "cited"])
        writer.writerows(inside)


if __name__ == "__main__":
    main()
