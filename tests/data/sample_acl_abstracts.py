"""Draw a reproducible sample of ACL Anthology abstracts for a new labelled extraction set.

Usage::

    .venv/bin/python tests/data/sample_acl_abstracts.py --since 2020 --every 150 --start 41 > unlabelled.jsonl

Entries are taken in file order among those with an abstract and a year ``>= --since``;
every ``--every``-th from ``--start`` is written, skipping titles already in any
``tests/data/extract_gold*.jsonl``. The label lists are left empty for a reader to fill
in *before* the extractor is run on the sample (see docs/extraction.md, "Labelled sets").
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ACL = HERE.parents[1].parent / "shared" / "data" / "acl-anthology" / "anthology+abstracts.bib.gz"
_FIELD = re.compile(r'^\s+(title|abstract|year) = "?(.*?)"?,?$')


def entries(path: Path):
    """(title, abstract, year) of each BibTeX entry, braces removed."""
    record: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("@"):
                if record:
                    yield record
                record = {}
            m = _FIELD.match(line)
            if m:
                record[m.group(1)] = re.sub(r"[{}]", "", m.group(2))
    if record:
        yield record


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--since", type=int, default=2020)
    ap.add_argument("--every", type=int, default=150)
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--count", type=int, default=75)
    ap.add_argument("--skip", type=Path, action="append", default=[], help="another unlabelled sample to keep apart from")
    args = ap.parse_args()
    seen = {json.loads(line)["title"] for p in [*HERE.glob("extract_gold*.jsonl"), *args.skip] for line in p.open()}
    eligible = [e for e in entries(ACL)
                if e.get("abstract") and e.get("year", "0").isdigit() and int(e["year"]) >= args.since
                and e["title"] not in seen]
    source = f"acl-anthology/anthology+abstracts.bib.gz (year >= {args.since}, every {args.every}th abstract from the {args.start}th)"
    for e in eligible[args.start::args.every][: args.count]:
        row = {"title": e["title"], "abstract": e["abstract"], "source": source,
               "datasets": [], "methods": [], "proposes": []}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
