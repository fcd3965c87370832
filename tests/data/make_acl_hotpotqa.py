"""Rebuild ``acl_hotpotqa.bib``: the HotpotQA paper and the first papers whose abstracts evaluate on HotpotQA.

Real records for the inferred-citation tests (issue 3): the HotpotQA paper introduces the dataset
("HotpotQA: A Dataset for …"), the others use it and none of them cites it in the input, so kg
infers a citation from each user to the HotpotQA paper. Entries are copied verbatim, in file order.

Run from the project root: ``.venv/bin/python tests/data/make_acl_hotpotqa.py``.
"""

from __future__ import annotations

import gzip
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "acl-anthology"
HERE = Path(__file__).resolve().parent
PROPOSER = '{H}otpot{QA}: A Dataset for Diverse'
USERS = 4


def main() -> None:
    text = gzip.decompress((SHARED / "anthology+abstracts.bib.gz").read_bytes()).decode()
    blocks = [b.strip("\n") for b in text.split("\n\n") if b.strip("\n").startswith("@")]
    proposer = next(b for b in blocks if PROPOSER in b)
    users = [b for b in blocks if b is not proposer and "abstract = " in b
             and "HotpotQA" in b.split("abstract = ", 1)[1]][:USERS]
    chosen = [b for b in blocks if b is proposer or any(b is u for u in users)]
    (HERE / "acl_hotpotqa.bib").write_text("\n\n".join(chosen) + "\n")
    print(f"acl_hotpotqa.bib: {len(chosen)} entries")


if __name__ == "__main__":
    main()
