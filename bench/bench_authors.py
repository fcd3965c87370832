"""Author resolution on the whole ACL Anthology: how many strings become how many persons, and examples.

Run: ``.venv/bin/python bench/bench_authors.py [path/to/anthology+abstracts.bib.gz]``
"""

from __future__ import annotations

import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from kg.authors import resolve_authors
from kg.merge import merge_records
from kg.sources.bibtex import read_bibtex

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "acl-anthology" / "anthology+abstracts.bib.gz"


def main(path: Path) -> None:
    works = merge_records(read_bibtex(path).papers)
    start = time.perf_counter()
    result = resolve_authors(works)
    seconds = time.perf_counter() - start
    strings = Counter(a.written_as for a in result.authorships)
    by_name = defaultdict(list)
    for person in result.persons:
        by_name[person.name].append(person)
    print(f"works {len(works)}, author slots {len(result.authorships)}, distinct author strings {len(strings)}")
    print(f"persons {len(result.persons)}; persons with several spellings "
          f"{sum(len(p.variants) > 1 for p in result.persons)}; names split into several persons "
          f"{sum(len(v) > 1 for v in by_name.values())} ({sum(len(v) for v in by_name.values() if len(v) > 1)} persons); "
          f"possibly-same pairs {len(result.possibly_same)}; resolve_authors {seconds:.1f} s")
    print("\n## five merges (most spellings)")
    for person in sorted(result.persons, key=lambda p: (-len(p.variants), p.id))[:5]:
        print(f"- {person.label}: {', '.join(person.variants)}\n  evidence: {' | '.join(person.evidence[:3])}")
    print("\n## five splits (most clusters of one written-out name)")
    split = sorted((v for k, v in by_name.items() if len(v) > 1 and "." not in k), key=lambda v: (-len(v), v[0].name))
    for persons in split[:5]:
        sizes = ", ".join(f"{p.label}: {len(result.works_of(p.id))} papers" for p in persons[:4])
        print(f"- {persons[0].name}: {len(persons)} persons ({sizes}, …)\n  evidence of (1): {' | '.join(persons[0].evidence[:2])}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
