"""Draw a reproducible sample of recent ML paper abstracts from the task READMEs of lm-eval and lmms-eval.

Usage::

    .venv/bin/python tests/data/sample_benchmark_abstracts.py > unlabelled.jsonl                        # modern1
    .venv/bin/python tests/data/sample_benchmark_abstracts.py --source tfds --every 2 > unlabelled.jsonl  # modern2

The ACL sets are 1990s-2021 NLP prose; the seeds are 2023-2025 machine-learning papers. This sample is closer to
the seeds: each task README of EleutherAI's lm-eval (0.4.13) and of lmms-eval (0.7.3) that quotes its paper gives
the paper's title and abstract (LLM benchmarks, 2018-2026; the lmms-eval READMEs of this version quote none). The wheels are the ones
``bench/make_package_gazetteers.py`` pins and caches; the README title names the benchmark, and so does that
script's ``package_datasets.tsv``, so score such a set also without those names (docs/extraction.md, round 9).

``--source tfds`` draws instead from the dataset descriptions of tensorflow-datasets (4.9.10), titled by their
CITATIONS.bib, leaving out titles already labelled; a description is often the dataset paper's abstract.

A README counts when a paper title line (under "### Paper" or after "**Title:**") is followed by a paragraph of at
least 400 characters before the next heading; Markdown links and emphasis are removed. READMEs are taken in wheel
order, every ``--every``-th from ``--start``. The label lists are left empty for readers to fill in before the
extractor runs on the sample (docs/labelling.md).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from make_package_gazetteers import wheel  # noqa: E402

_TITLE = re.compile(r"(?:^###\s+Papers?\s*\n+(?:\*\*Title:\*\*\s*)?|^\*\*Title:\*\*\s*)([^\n#*][^\n]{10,200})\n", re.M)


def plain(text: str) -> str:
    """Markdown links, emphasis and line breaks removed."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    text = re.sub(r"[*_`]{1,3}", "", text)
    return re.sub(r"\s+", " ", text).strip()


def paper(readme: str) -> tuple[str, str] | None:
    """(title, abstract) of the first paper a README quotes, or None."""
    m = _TITLE.search(readme)
    if not m:
        return None
    rest = readme[m.end():]
    rest = rest.split("\n#", 1)[0].split("\nHomepage", 1)[0].split("\n**Homepage", 1)[0]
    paragraphs = [plain(p) for p in re.split(r"\n\s*\n", rest)]
    body = next((p for p in paragraphs if len(p) >= 400 and not p.startswith(("http", "Pdf", "Task"))), None)
    return (re.sub(r"^Title:\s*", "", plain(m.group(1))), re.sub(r"^Abstract:\s*", "", body)) if body else None


def readmes() -> list[tuple[str, str]]:
    """(path, text) of every task README of the two wheels, in wheel order."""
    out = []
    for package, prefix in (("lm-eval", "lm_eval/tasks/"), ("lmms-eval", "lmms_eval/tasks/")):
        with zipfile.ZipFile(wheel(package)) as z:
            out += [(path, z.read(path).decode("utf-8", "replace")) for path in z.namelist()
                    if path.startswith(prefix) and path.endswith("README.md") and path.count("/") == 3]
    return out


def tfds_cards() -> list[tuple[str, str, str]]:
    """(path, title, description) of each tensorflow-datasets dataset whose folder holds a README (the dataset's
    description, often its paper's abstract) of at least 400 characters and a CITATIONS.bib with a title."""
    out = []
    with zipfile.ZipFile(wheel("tensorflow-datasets")) as z:
        names = set(z.namelist())
        for readme in sorted(n for n in names if n.endswith("/README.md") and n.count("/") == 3):
            folder = readme.rsplit("/", 1)[0]
            if f"{folder}/CITATIONS.bib" not in names:
                continue
            bib = z.read(f"{folder}/CITATIONS.bib").decode("utf-8", "replace")
            title = re.search(r'title\s*=\s*[{"]+(.+?)[}"]+\s*,', bib, re.S)
            text = plain(z.read(readme).decode("utf-8", "replace"))
            if title and len(text) >= 400:
                out.append((readme, plain(re.sub(r"[{}]", "", title.group(1))), text))
    return out


def labelled_titles() -> set[str]:
    """Titles of every labelled set, so that no paper is drawn twice."""
    here = Path(__file__).resolve().parent
    return {json.loads(line)["title"] for path in here.glob("extract_gold*.jsonl") for line in path.open(encoding="utf-8")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--source", choices=("eval-readmes", "tfds"), default="eval-readmes",
                        help="lm-eval task READMEs (set modern1), or tensorflow-datasets descriptions (modern2)")
    args = parser.parse_args()
    papers, seen = [], labelled_titles() if args.source == "tfds" else set()
    found_papers = tfds_cards() if args.source == "tfds" else [(p, *f) for p, t in readmes() if (f := paper(t))]
    for path, title, abstract in found_papers:
        if title not in seen:
            seen.add(title)
            papers.append((path, title, abstract))
    for path, title, abstract in papers[args.start::args.every]:
        print(json.dumps({"title": title, "abstract": abstract, "source": path,
                          "datasets": [], "methods": [], "proposes": []}, ensure_ascii=False))


if __name__ == "__main__":
    main()
