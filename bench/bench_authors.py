"""Author resolution on the whole ACL Anthology: how many strings become how many persons, and examples.

Run: ``.venv/bin/python bench/bench_authors.py [--calibrate] [path/to/anthology+abstracts.bib.gz]``

``--calibrate`` also measures the topic signal on persons the coauthor evidence
already made (same person) against pairs of different persons, for the threshold
table in ``docs/authors.md``.
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from kg import authors
from kg.authors import resolve_authors, topic_similarity, topic_vectors
from kg.merge import merge_records
from kg.sources.bibtex import read_bibtex

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "acl-anthology" / "anthology+abstracts.bib.gz"
WATCHED = ("Mark Johnson", "Michael Collins", "Hsin-Hsi Chen", "Yang Liu", "Michael White")


def timed(works, **settings):
    """resolve_authors(works) with module settings overridden; (result, wall s, CPU s)."""
    saved = {name: getattr(authors, name) for name in settings}
    for name, value in settings.items():
        setattr(authors, name, value)
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        result = resolve_authors(works)
        return result, time.perf_counter() - wall, time.process_time() - cpu
    finally:
        for name, value in saved.items():
            setattr(authors, name, value)


def summary(result) -> tuple[str, dict[str, list]]:
    strings = Counter(a.written_as for a in result.authorships)
    by_name = defaultdict(list)
    for person in result.persons:
        by_name[person.name].append(person)
    split = [v for v in by_name.values() if len(v) > 1]
    topic = sum(line.startswith("shared topic words") for p in result.persons for line in p.evidence)
    return (f"author slots {len(result.authorships)}, distinct author strings {len(strings)} -> persons "
            f"{len(result.persons)}; several spellings {sum(len(p.variants) > 1 for p in result.persons)}; "
            f"names split {len(split)} ({sum(len(v) for v in split)} persons); topic joins {topic}; "
            f"possibly-same pairs {len(result.possibly_same)}"), by_name


def calibrate(works, result) -> None:
    """Topic similarity of two parts of one person (coauthor evidence) vs parts of two different persons."""
    by_name = defaultdict(list)
    for person in result.persons:
        by_name[person.name].append(person)
    works_of = defaultdict(set)
    for authorship in result.authorships:
        works_of[authorship.person_id].add(authorship.work_id)
    rng = random.Random(1)
    people = [p for p in result.persons if len(by_name[p.name]) == 1 and 3 <= len(works_of[p.id]) <= 40]
    rng.shuffle(people)
    people = people[:3000]
    by_id = {w.id: w for w in works}
    vectors = topic_vectors([by_id[w] for w in sorted(set().union(*(works_of[p.id] for p in people)))])

    def vector(ids):
        return authors._sum_vectors(vectors[w] for w in sorted(ids))

    same_one, other_one, same_half, other_half = [], [], [], []
    for i, person in enumerate(people):
        mine, other = sorted(works_of[person.id]), people[(i + 1) % len(people)]
        theirs = sorted(works_of[other.id] - works_of[person.id])
        if person.name.split()[-1] == other.name.split()[-1] or not theirs:
            continue
        one = mine[rng.randrange(len(mine))]
        same_one.append(topic_similarity(vector([one]), vector([w for w in mine if w != one])))
        other_one.append(topic_similarity(vector([one]), vector(theirs)))
        same_half.append(topic_similarity(vector(mine[::2]), vector(mine[1::2])))
        other_half.append(topic_similarity(vector(mine[::2]), vector(theirs[1::2] or theirs)))
    print(f"\n## calibration ({len(same_one)} persons, {len(vectors)} works)\n")
    print("| threshold | one paper vs rest: same person | different persons | half vs half: same | different |")
    print("| --- | --- | --- | --- | --- |")
    for threshold in (0.1, 0.15, 0.2, 0.25, 0.3):
        def share(values):
            return f"{sum(v >= threshold for v in values) / len(values):.1%}"
        print(f"| {threshold} | {share(same_one)} | {share(other_one)} | {share(same_half)} | {share(other_half)} |")


def main(path: Path, calibrating: bool) -> None:
    works = merge_records(read_bibtex(path).papers)
    before, wall0, cpu0 = timed(works, TOPIC_SIMILARITY=2.0)
    result, wall, cpu = timed(works)
    print(f"works {len(works)}")
    text_before, by_name_before = summary(before)
    text, by_name = summary(result)
    print(f"without topic signal: {text_before}; {wall0:.1f} s wall, {cpu0:.1f} s CPU")
    print(f"with topic signal:    {text}; {wall:.1f} s wall, {cpu:.1f} s CPU")
    print("\n## watched names: persons without -> with topic signal")
    for name in WATCHED:
        print(f"- {name}: {len(by_name_before[name])} -> {len(by_name[name])}")
    print("\n## five merges (most spellings)")
    for person in sorted(result.persons, key=lambda p: (-len(p.variants), p.id))[:5]:
        print(f"- {person.label}: {', '.join(person.variants)}\n  evidence: {' | '.join(person.evidence[:3])}")
    print("\n## five topic joins (most works joined by topic)")
    topical = [p for p in result.persons if any(e.startswith("shared topic words") for e in p.evidence)]
    for person in sorted(topical, key=lambda p: (-sum(e.startswith("shared topic") for e in p.evidence), p.id))[:5]:
        lines = [e for e in person.evidence if e.startswith("shared topic words")]
        print(f"- {person.label} ({len(result.works_of(person.id))} papers): {lines[0]}")
    print("\n## five splits (most clusters of one written-out name)")
    papers = Counter(a.person_id for a in result.authorships)
    split = sorted((v for k, v in by_name.items() if len(v) > 1 and "." not in k), key=lambda v: (-len(v), v[0].name))
    for persons in split[:5]:
        persons = sorted(persons, key=lambda p: (-papers[p.id], p.label))
        sizes = ", ".join(f"{p.label}: {len(result.works_of(p.id))} papers" for p in persons[:4])
        print(f"- {persons[0].name}: {len(persons)} persons ({sizes}, …)\n  evidence of (1): {' | '.join(persons[0].evidence[:2])}")
    if calibrating:
        calibrate(works, before)


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--calibrate"]
    main(Path(arguments[0]) if arguments else DEFAULT, "--calibrate" in sys.argv[1:])
