"""Regenerate the gazetteer files shipped in ``kg/extract/data/`` from Papers with Code.

Run from the repository root::

    .venv/bin/python bench/make_gazetteers.py

Inputs (read-only, beside the project): ``../shared/data/paperswithcode/methods.json.gz``
and ``dataset-names.csv`` (CC BY-SA 4.0), and the ACL Anthology abstracts, used only to
measure how often a name occurs as an ordinary lower-case word or phrase ("Shoes",
"Visual Question Answering"): such names are dropped (phrases) or marked ambiguous
(single words), so the extractor accepts them only with a dataset cue nearby.

Output: ``methods.tsv`` and ``datasets.tsv``, one entity a line:
``canonical<TAB>alias|alias…<TAB>flag`` where flag is ``-`` or ``ambiguous``; and
``generic_acronyms.txt``, one entity key a line: acronyms the ACL abstracts define with a
lower-case long form ("conditional random fields (CRF)", "entity linking (EL)") in at least
30 % of at least two definitions, i.e. the field's vocabulary rather than named artifacts
(names in the two gazetteers are never listed); and ``common_words.txt``, lower-case words
written at least 30 times in the ACL abstracts (a coined one-word title prefix such as
"Prepacking:" is not among them, "Attention:" is).

``acl_datasets.tsv``: corpus and benchmark names mined from the ACL abstracts themselves (no labels):
a capitalised name written at least once directly before "corpus", "treebank", "dataset",
"benchmark", "test set", "shared task", "lexicon" or "database" ("the Switchboard corpus", "the AMI
corpus"; a leading language name is dropped: "English Switchboard"), in at least 2 % of the times the
name is written at all, that is not made only of language names, ordinary words, generic or task acronyms
("the English corpus", "a QA dataset"), and, for an acronym, that the abstracts never define with a
lower-case long form only; not a task (written before a task noun, "NER tagging", "the SRL task", more
than half as often as before a dataset noun), not mostly part of a longer name (written beside another
capitalised word in over half its uses: "VOC 2012" of "PASCAL VOC 2012", "PASCAL"), not a hyphenated
modifier ("MeSH-based"); one spelling per key, the most frequent before a dataset noun.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "kg" / "extract" / "data"

# Papers with Code collections made of generic building blocks (issue 3: not named artifacts).
GENERIC_COLLECTIONS = {
    "Normalization", "Regularization", "Activation Functions", "Skip Connections", "Skip Connection Blocks",
    "Pooling Operations", "Convolutions", "Output Functions", "Feedforward Networks", "Learning Rate Schedules",
    "Loss Functions", "Miscellaneous Components", "Image Model Blocks", "Attention Modules", "Clustering",
    "Dimensionality Reduction", "Linear Layers", "Recurrent Neural Networks", "Rule-based systems",
}
SHAPE = re.compile(r"[a-z][A-Z]|[A-Z]{2}|\d|[A-Z].*[+-]")
WORD = re.compile(r"[a-z][a-z\-]+")


def lowercase_counts() -> Counter[str]:
    """Count lower-case words and word bigrams/trigrams in the ACL abstracts."""
    counts: Counter[str] = Counter()
    path = SHARED / "acl-anthology" / "anthology+abstracts.bib.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.lstrip().startswith("abstract = "):
                words = WORD.findall(line)
                counts.update(words)
                counts.update(" ".join(words[i:i + n]) for n in (2, 3) for i in range(len(words) - n + 1))
    return counts


_DEFINITION = re.compile(r"((?:[\w\-']+\s+){1,7})\(\s*([A-Z][A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*?)s?\s*\)")
_SMALL = frozenset("of and for with the to in on via by a an".split())


# long forms that name an event or its data, not a task ("International Workshop on Spoken Language Translation")
_EVENT_WORDS = frozenset("workshop conference challenge campaign shared evaluation competition".split())


def definition_counts() -> tuple[Counter[str], Counter[str], Counter[str]]:
    """How often each acronym key is defined with a lower-case and with a Title-Case long form, and how often
    with a long form that names a task ("Aspect-Based Sentiment Analysis (ABSA)")."""
    from kg.extract.canonical import entity_key
    from kg.extract.patterns import TASK_NAME_HEADS

    lower: Counter[str] = Counter()
    title: Counter[str] = Counter()
    task: Counter[str] = Counter()
    path = SHARED / "acl-anthology" / "anthology+abstracts.bib.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.lstrip().startswith("abstract = "):
                continue
            for m in _DEFINITION.finditer(line):
                words, abbr = m.group(1).split(), m.group(2)
                words = words[-sum(c.isupper() for c in abbr):]
                if words[0][0].lower() != abbr[0].lower():
                    continue
                if all(w[0].islower() for w in words):
                    lower[entity_key(abbr)] += 1
                elif all(w[0].isupper() or w.lower() in _SMALL for w in words):
                    title[entity_key(abbr)] += 1
                if words[-1].lower() in TASK_NAME_HEADS and not _EVENT_WORDS & {w.lower() for w in words}:
                    task[entity_key(abbr)] += 1
    return lower, title, task


def generic_acronyms(known: set[str], lower: Counter[str], title: Counter[str], task: Counter[str]) -> list[str]:
    """Keys of acronyms mostly defined with a lower-case long form in the ACL abstracts, or mostly as a task."""
    by_case = {k for k, n in lower.items() if n >= 2 and n >= 0.3 * (n + title[k])}
    tasks = {k for k, n in task.items() if n >= 2 and n >= 0.6 * (lower[k] + title[k])}
    return sorted((by_case | tasks) - known)


_DATA_NOUN = (r"(?:corpus|corpora|treebank|treebanks|dataset|datasets|data\s+set|benchmark|test\s+set|shared\s+task|"
              r"lexicon|database)")
_NAME_WORD = r"(?:[A-Z][\w\-.'’]*[\w'’]|[A-Z])"
_RUN = re.compile(r"(?<![\w\-])(" + _NAME_WORD + r"(?:\s+(?:" + _NAME_WORD + r"|[0-9][\w.\-]*|of|and|for|the))*)\s+"
                  + _DATA_NOUN + r"\b")
_LEAD = frozenset("The This That These Those Our A An In On We For Using With From Both Each Novel Large Existing "
                  "Public Such All Most Many Several Two Three Since Although While Besides Overall Given To Any Other "
                  "Standard Popular Benchmark Multilingual Bilingual Parallel Annotated Le La Les Un Une Ce Des".split())
# A task, not a corpus: "NER tagging", "the SRL task", "AMR parsing" (a name mostly written so is rejected).
_TASK_NOUNS = frozenset("parsing parser parsers tagging tagger taggers translation recognition extraction classification "
                        "detection generation labeling labelling linking resolution identification prediction analysis "
                        "summarization summarisation segmentation disambiguation normalization answering "
                        "task tasks system systems model models".split())
MIN_BEFORE = 1  # times written directly before a dataset noun
MIN_SHARE = 0.02  # of all the times the name is written
INSIDE_SHARE = 0.5  # reject a name written mostly beside another capitalised word
TASK_RATIO = 0.5  # reject a name written before a task noun more than this many times as before a dataset noun
_LANGUAGE_CONTEXT = re.compile(r"\b([A-Z][a-z]+)\s+(?:language|languages|speakers|texts?|words|sentences|translation)\b")


def acl_texts() -> list[str]:
    """Titles and abstracts of the ACL Anthology, braces removed."""
    out = []
    with gzip.open(SHARED / "acl-anthology" / "anthology+abstracts.bib.gz", "rt", encoding="utf-8") as f:
        for line in f:
            m = re.match(r'^\s+(?:title|abstract) = "(.*)",?$', line)
            if m:
                out.append(re.sub(r"[{}]", "", m.group(1)))
    return out


def acl_dataset_names(counts: Counter[str], lower: Counter[str], title: Counter[str]) -> list[tuple[str, list[str], str]]:
    """Corpus and benchmark names the ACL abstracts write before a dataset noun (see the module docstring)."""
    return acl_names_before(_RUN, counts, lower, title)


def acl_names_before(run: re.Pattern, counts: Counter[str], lower: Counter[str],
                     title: Counter[str]) -> list[tuple[str, list[str], str]]:
    """Names the ACL abstracts write directly before the nouns of ``run`` (see the module docstring)."""
    from kg.extract.canonical import entity_key
    from kg.extract.gazetteer import generic_acronyms as shipped_generic, language_names
    from kg.extract.noise import is_noise

    texts = acl_texts()
    before: Counter[str] = Counter()
    language: Counter[str] = Counter()
    for text in texts:
        language.update(_LANGUAGE_CONTEXT.findall(text))
    languages = {w for w, n in language.items() if n >= 3}
    for text in texts:
        for m in run.finditer(text):
            words = m.group(1).split()
            for part in re.split(r"\s+and\s+", " ".join(words)):  # "the ATIS and Snips datasets"
                part_words = part.split()
                while part_words and (part_words[0] in _LEAD or part_words[0].islower()
                                      or part_words[0] in languages and len(part_words) > 1):  # "English Switchboard"
                    part_words = part_words[1:]
                while part_words and part_words[-1] in {"of", "and", "for", "the"}:
                    part_words = part_words[:-1]
                if part_words and part_words[-1][-1] in "’'":
                    continue  # "Multiword Expressions’ shared task": a possessive, the name is the task's
                if part_words and len(part_words) <= 5:
                    before[" ".join(part_words)] += 1
    generic = set(shipped_generic()) | {k for k, n in lower.items() if n >= 1 and title[k] == 0}

    def ordinary(word: str) -> bool:
        parts = [p for p in re.split(r"[\-/]", word) if p]
        return all(p in languages or p in language_names() or p.lower() in counts and counts[p.lower()] >= 30 or is_noise(entity_key(p))
                   or entity_key(p) in generic or p.lower() in {"of", "and", "for", "the"} for p in parts)

    candidates = {name for name, n in before.items()
                  if n >= MIN_BEFORE and not all(ordinary(w) for w in name.split())}
    written: Counter[str] = Counter()
    as_task: Counter[str] = Counter()
    inside: Counter[str] = Counter()  # beside another capitalised word: part of a longer name ("VOC 2012", "PASCAL")
    longest = max((len(c.split()) for c in candidates), default=1)
    for text in texts:
        raw = text.split()
        words = [w.strip(",.;:()\"'“”") for w in raw]
        for n in range(1, longest + 1):
            for i in range(len(words) - n + 1):
                gram = " ".join(words[i:i + n])
                if gram in candidates:
                    written[gram] += 1
                    if i + n < len(words) and words[i + n].lower() in _TASK_NOUNS:
                        as_task[gram] += 1
                    if i and raw[i - 1][:1].isupper() and raw[i - 1][-1].isalnum() and raw[i - 1] not in _LEAD \
                            or i + n < len(raw) and raw[i + n - 1][-1].isalnum() and raw[i + n][:1].isupper():
                        inside[gram] += 1
    rows = []
    best: dict[str, str] = {}  # one spelling per key, the one most often written before a dataset noun ("Switchboard")
    for name in sorted(candidates, key=lambda c: (-before[c], -written[c], c)):
        best.setdefault(entity_key(name), name)
    for name in sorted(candidates):
        key = entity_key(name)
        if best.get(key) != name:
            continue
        if re.search(r"-[a-z]+$", name) and name.rsplit("-", 1)[1] in counts:
            continue  # "MeSH-based", "AMR-annotated": a modifier, not a name
        if not key or is_noise(key) or before[name] < MIN_SHARE * max(written[name], 1):
            continue
        if as_task[name] > TASK_RATIO * before[name] or inside[name] > INSIDE_SHARE * written[name]:
            continue
        ambiguous = " " not in name and (not SHAPE.search(name)  # "Brown", "Ukrainian": only with a dataset noun
                                         or name.isupper() and before[name] < 0.3 * written[name])
        rows.append((name, [], "ambiguous" if ambiguous else "-"))  # a task-like acronym ("ERC") needs a cue
    return rows


def is_common(name: str, counts: Counter[str]) -> bool:
    """True when ``name`` is mostly an ordinary phrase (its lower-case form is frequent)."""
    return counts[name.lower()] >= 20


def keep_method(m: dict, counts: Counter[str]) -> bool:
    name = m["name"].strip()
    collections = {c["collection"] for c in m.get("collections") or []}
    if collections and collections <= GENERIC_COLLECTIONS:
        return False
    if SHAPE.search(name):
        return len(name) > 2
    return not is_common(name, counts) and not any(w.lower() in counts and counts[w.lower()] > 200 for w in name.split()[-1:])


def pwc_methods() -> list[dict]:
    """The Papers with Code methods list, as read from the shared data."""
    with gzip.open(SHARED / "paperswithcode" / "methods.json.gz", "rt", encoding="utf-8") as f:
        return json.load(f)


def methods(counts: Counter[str]) -> list[tuple[str, list[str], str]]:
    rows = []
    for m in pwc_methods():
        if not keep_method(m, counts) or is_simulator(m):
            continue
        name, full = m["name"].strip(), (m.get("full_name") or "").strip()
        aliases = [full] if full and full != name and any(c.isupper() for c in full) and not is_common(full, counts) else []
        flag = "ambiguous" if " " not in name and not SHAPE.search(name) and counts[name.lower()] >= 3 else "-"
        rows.append((name, aliases, flag))
    return rows


def is_simulator(method: dict) -> bool:
    """A method entry whose paper title calls it a simulator ("CARLA: An Open Urban Driving Simulator"): the world
    agents are trained and tested in, which docs/labelling.md counts as data."""
    return bool(re.search(r":\s.*\bSimulator$", (method.get("full_name") or "").strip()))


def simulators(counts: Counter[str]) -> list[tuple[str, list[str], str]]:
    """The simulators of the methods list, as dataset rows."""
    return [(m["name"].strip(), [], "-") for m in pwc_methods() if keep_method(m, counts) and is_simulator(m)]


def datasets(counts: Counter[str]) -> list[tuple[str, list[str], str]]:
    rows = []
    with open(SHARED / "paperswithcode" / "dataset-names.csv", encoding="utf-8") as f:
        for rec in csv.DictReader(f):
            name = rec["name"].strip()
            if " " in name and is_common(name, counts):
                continue  # a task or phrase, e.g. "Visual Question Answering"
            slug = re.sub(r"-\d+$", "", rec["pwc_url"].rstrip("/").rsplit("/", 1)[-1])
            aliases = [slug.upper()] if re.fullmatch(r"[a-z0-9]+", slug) and slug != name.lower().replace(" ", "") else []
            if aliases and _series_of(name) == aliases[0].lower():
                aliases = []  # "WMT" is the series "WMT 2014" belongs to, not another name of it
            if aliases and len(name.split()) > 2 and not name.lower().startswith(aliases[0].lower() + " ("):
                aliases = []  # the slug "arxiv" of "Arxiv HEP-TH citation graph" is its first word, not its name
            flag = "ambiguous" if not SHAPE.search(name) and (counts[name.lower()] >= 3 or len(name) <= 3) else "-"
            if counts[name.lower()] >= 20 and "-" in name:
                flag = "ambiguous"  # "E-commerce": an ordinary hyphenated word, whatever its capitals
            rows.append((name, aliases, flag))
    return rows


def _series_of(name: str) -> str | None:
    """Key of the series a dated or versioned name belongs to ("WMT 2014" -> "wmt"), or None."""
    from kg.extract.canonical import entity_key, variant_base

    base = variant_base(name)
    return entity_key(base) if base else None


def write(path: Path, rows: list[tuple[str, list[str], str]]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write("# canonical\taliases (|-separated)\tflag — generated by bench/make_gazetteers.py\n")
        for name, aliases, flag in sorted(rows, key=lambda r: r[0].lower()):
            f.write(f"{name}\t{'|'.join(aliases)}\t{flag}\n")


def main() -> None:
    counts = lowercase_counts()
    m, d = methods(counts), datasets(counts) + simulators(counts)
    write(OUT / "methods.tsv", m)
    write(OUT / "datasets.tsv", d)
    from kg.extract.canonical import entity_key

    known = {entity_key(a) for name, aliases, _ in m + d for a in (name, *aliases)}
    series = {_series_of(name) for name, _, _ in d} - {None}  # "IWSLT", "ACE": series of dated datasets
    lower, title, task = definition_counts()
    acronyms = generic_acronyms(known | series, lower, title, task)
    with open(OUT / "generic_acronyms.txt", "w", encoding="utf-8") as f:
        f.write("# entity keys of acronyms the ACL abstracts define in lower case — generated by bench/make_gazetteers.py\n")
        f.write("\n".join(acronyms) + "\n")
    common = sorted(w for w, n in counts.items() if n >= 30 and " " not in w)
    with open(OUT / "common_words.txt", "w", encoding="utf-8") as f:
        f.write("# lower-case words frequent in the ACL abstracts — generated by bench/make_gazetteers.py\n")
        f.write("\n".join(common) + "\n")
    mined = [r for r in acl_dataset_names(counts, lower, title) if entity_key(r[0]) not in known]
    write(OUT / "acl_datasets.tsv", mined)
    print(f"common words: {len(common)}  ACL-mined dataset names: {len(mined)}")
    print(f"methods: {len(m)}  datasets: {len(d)}  generic acronyms: {len(acronyms)}  -> {OUT}")


if __name__ == "__main__":
    main()
