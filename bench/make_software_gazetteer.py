"""Build ``kg/extract/data/software.tsv``: NLP/ML software names (spaCy, NLTK, Sockeye, Stanza) of the ACL abstracts.

Run from the repository root::

    .venv/bin/python bench/make_software_gazetteer.py [--pypi-list PATH] [--verbose]

No name is typed by hand (the only hand-written lists are programming languages and a few function words). Sources:

1. **Candidates** from the ACL Anthology titles and abstracts (``../shared/data/acl-anthology/``, read with
   :func:`make_gazetteers.acl_texts`): single tokens of at least three characters written at least three times,
   grouped by their PyPI-normalised form (lower case, runs of ``-_.`` as one ``-``), that look like a name: some
   spelling has a capital letter ("spaCy", "KenLM") or the name is written in a software context.
2. **PyPI project metadata**, used only as a list of names: a local snapshot of the index's project list with each
   project's summary and its rank among the 15,000 most downloaded projects (``--pypi-list``; by default the
   package list of this workplace; a header line, then ``name<TAB>version<TAB>month<TAB>rank<TAB>summary``). The
   registry is not queried name by name. The snapshot has no trove classifiers, so the two topics that would be read
   from them ("Topic :: Scientific/Engineering :: Artificial Intelligence", "Topic :: Text Processing ::
   Linguistic") are read from the summary instead (:data:`TOPIC`). A candidate matches the project of its own name
   or, when that one is missing or off topic, a ranked on-topic ``py``-less variant ("PyTorch" -> ``torch``) or a
   ``-py`` variant that names it ("OpenNMT" -> ``opennmt-py``).
3. **How the abstracts write it.** PyPI names are first come, first served, so most English words and acronyms are
   someone's project ("ELMo" is an alarm-system adapter, "Moses" a socks proxy, "Stanford" a plotting stub). A
   match is kept on one of four grounds:

   - *ranked*: the project is among the 15,000 most downloaded, its summary is on topic, and the name has the
     shape of a name (an inner capital, two capitals or a digit: "NLTK", "BPEmb") or the abstracts use it as
     software at least once (:data:`USED`, :data:`PRESENTED`: "faster than Gensim");
   - *ranked, self-described*: ranked, its summary is empty or names the project itself ("Multi-backend Keras",
     "Morfessor") and is not that of a client of a service ("Python client for Elasticsearch"), and the abstracts
     present the name as software at least once;
   - *presented*: the summary is on topic, the abstracts present the name as software (:data:`PRESENTED`:
     "Sockeye: A Toolkit for…", "Stanza, an open-source Python library", "the Sockeye neural machine translation
     toolkit", ``github.com/…/name``) in at least 5 % of the times they write it, and the summary shares a content
     word with the abstracts that write the name (not a generic one such as "learning": ``SummerTime`` is "Text
     summarization toolkit for non-experts" on PyPI and in the abstracts, ``TransferNet`` is not);
   - *self-described*: the summary names the project ("A python implementation of OpenNMT"), the name has the shape
     of a name, and the abstracts present it as software at least twice, in at least 5 % of its uses.

   A word of the abstracts (``common_words.txt``; or a name made only of such words and language names) must be
   written with a capital more often than not, counts only presentations written with a capital, and needs two
   ("the Transformers library"); a name written mostly in lower case needs two presentations ("fairseq", "jiant";
   "fresh" and "optimum" are PyPI projects too).

   Then dropped: names already shipped as methods or datasets (every other ``kg/extract/data/*.tsv``, canonical
   names and aliases, compared by :func:`kg.extract.canonical.entity_key`: "SentencePiece", "fastText"), generic
   acronyms (``generic_acronyms.txt``: "NER", "NMT"), noise (:func:`kg.extract.noise.is_noise`: metrics,
   organisations: "ROUGE", "HuggingFace"), natural languages (a capitalised word written at least three times before
   "language", "speakers", "texts"…), programming languages and markup (:data:`PROGRAMMING`), acronyms never
   presented as software that the abstracts define with a lower-case long form at least as often as with a
   capitalised one ("language identification (LangID)", "transfer learning (TRL)"), and names written beside
   another capitalised word in over half their uses in running text, i.e. part of a longer name ("Adaptor" of
   "Adaptor Grammars", "SUMMA" of "the SUMMA Platform").

Output: ``canonical<TAB>aliases<TAB>flag`` as in ``methods.tsv``; canonical is the spelling the abstracts use most
(ties: the PyPI project's own spelling, then one with a capital, then fewer capitals: "Flair", not "FLAIR");
aliases are other spellings with another key that the abstracts write and that match the same PyPI project; flag
``ambiguous`` when the lower-cased name is a word of ``common_words.txt``. ``bench/software_pypi.tsv`` records, for
review, the PyPI project each name matched and why it was kept. Output is sorted and deterministic for a given
snapshot of the project list (about 30 s).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]

from make_gazetteers import acl_texts  # noqa: E402

from kg.extract.canonical import entity_key  # noqa: E402
from kg.extract.noise import is_noise  # noqa: E402

DATA = ROOT / "kg" / "extract" / "data"
OUT = DATA / "software.tsv"
SOURCES = ROOT / "bench" / "software_pypi.tsv"
DEFAULT_PYPI_LIST = Path("/work/.library/env/packages/pypi.tsv")
NOT_COMPARED = {"software.tsv"}

MIN_LENGTH = 3  # characters
MIN_COUNT = 3  # times written in the abstracts
MIN_PRESENTED_SHARE = 0.05  # of the times a name is written, presented as software (unranked projects)
INSIDE_SHARE = 0.5  # a name written beside another capitalised word more often than this is part of a longer name
TITLE_WORDS = 25  # a text of at most this many words is taken for a title (title case: no "inside" evidence)

_TOKEN = r"([A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*\+*)"
TOKEN = re.compile(r"(?<![\w\-])" + _TOKEN)
_NOUN = (r"(?:toolkits?|library|libraries|packages?|frameworks?|software|toolbox|toolboxes|APIs?|implementations?|"
         r"modules?|wrappers?|tools?|platform|pipeline|suite)\b")
_GAP_WORD = r"(?!(?:a|an|the|of|for|to|in|on|at|and|or|as|with|by|is|are|was|were|be|we|our|this|that|from)\b)[\w\-()]+"
# The word before a name in running text: lower case, a determiner or an opening bracket; not another capitalised
# word ("Neural Machine Translation Toolkit" presents no "Translation") nor a sentence start ("First, the tool").
_AFTER = r"(?:(?<=[(\"“‘])|(?<![\w\-])(?:[a-z][\w\-]*|The|A|An|Our|This|These|Its)\s+)"
# Where the abstracts present a name as software: "Sockeye 2: A Toolkit for…" (a title), "Stanza, an open-source
# Python natural language processing toolkit", "the fairseq toolkit", "github.com/pytorch/fairseq".
PRESENTED = (
    re.compile(r"^" + _TOKEN + r"(?:\s+[\d.]+)?\s*:\s+(?:An?\s+)?[^.]{0,80}?\b" + _NOUN, re.I),
    re.compile(_AFTER + _TOKEN + r"(?:\s+[\d.]+)?,\s+(?:an?|the)\s+[^.,;]{0,60}?\b" + _NOUN),
    re.compile(_AFTER + _TOKEN + r"(?:'s|’s)?(?:\s+[\d.]+)?\s+" + _NOUN),
    re.compile(r"(?:github\.com|gitlab\.com)/(?:[\w\-.]+/)?" + _TOKEN, re.I),
)
# "the Sockeye neural machine translation (NMT) toolkit": loose (a capitalised name, up to four words before the
# noun), so it does not count for a word of the abstracts or a name written mostly in lower case.
PRESENTED_LOOSE = re.compile(_AFTER + r"(?=\S*[A-Z])" + _TOKEN + r"(?:'s|’s)?(?:\s+[\d.]+)?\s+(?:" + _GAP_WORD
                             + r"\s+){1,4}?" + _NOUN)
# Where the abstracts use a name, as software or as anything else ("using BERT"): a weaker sign.
USED = (
    re.compile(r"\b(?:using|with|via|in|than|implemented in|implemented with|built on|built upon|based on|such as|"
               r"including|like)\s+(?:the\s+)?" + _TOKEN + r"(?![\w\-])"),
    re.compile(r"(?<![\w\-])" + _TOKEN + r"\s+(?:is|was|are|were)\s+used\b"),
)
# The two trove topics, read from a summary: Artificial Intelligence; Text Processing :: Linguistic.
TOPIC = re.compile(
    r"\b(?:natural[- ]language|nlp|nlu|linguistics?|language (?:model|processing|technolog|identif|detect|tool|"
    r"understanding|generation)|speech|translation|tokeni[sz]|lemmati|morpholog|part[- ]of[- ]speech|pos[- ]tag|"
    r"word (?:embedding|vector|segment)|embeddings?|corpus|corpora|text (?:processing|analy|mining|classif|generation|"
    r"summari)|sentiment|topic model|named entit|dialog|chatbot|syntactic|dependency pars|machine learning|"
    r"deep learning|neural|artificial intelligence|transformers?|sequence[- ]to[- ]sequence|seq2seq|vector space|"
    r"reinforcement learning)", re.I)
# A summary of a client of a service or database, not of a toolkit ("Python client for Elasticsearch").
SERVICE = re.compile(r"\b(?:client|driver|API|SDK|server|service)s?\b", re.I)
# Summary words that say nothing about what a project does; the rest, cut to six letters, are compared with the
# words of the abstracts that write the name.
_SUMMARY_STOP = frozenset(
    "with from that this their into your about than more over such also have will based using simple open source "
    "python library libraries package packages framework frameworks toolkit tool tools implementation wrapper "
    "bindings binding module modules official fast easy light weight lightweight unified flexible efficient powerful "
    "state other useful https github learning machine deep data model models neural network networks research free "
    "task tasks".split())
_LANGUAGE = re.compile(r"\b([A-Z][a-z]+)\s+(?:language|languages|speakers|texts?|words|sentences|translation|"
                       r"dialects?)\b")
MIN_LANGUAGE = 3
PROGRAMMING = frozenset(
    "python java javascript typescript perl prolog lisp scheme haskell scala ruby julia matlab octave lua rust golang "
    "kotlin swift erlang elixir ocaml fortran pascal smalltalk cython php bash tcl sql sparql xml html json yaml css "
    "latex cuda".split())
_LEAD = frozenset("The This That These Those Our A An In On We For Using With From Both Each To Its Their".split())
_SMALL = frozenset("of and for with the to in on via by a an".split())
_DEFINITION = r"((?:[\w\-']+\s+){1,6})\(\s*"


def pypi_key(name: str) -> str:
    """PyPI's normalised project name (PEP 503): lower case, runs of ``-``, ``_`` and ``.`` as one ``-``."""
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass(frozen=True)
class Project:
    name: str
    rank: str
    summary: str


@dataclass
class Candidate:
    spellings: Counter
    presented: int = 0  # by the strict patterns of PRESENTED
    presented_capitalised: int = 0  # of those, with a capital ("Transformers library", not "the translation tool")
    presented_loose: int = 0  # by PRESENTED_LOOSE
    used: int = 0
    # filled in for short-listed names only (second pass)
    context: set = field(default_factory=set)  # words (cut to six letters) of the sentences that write the name
    beside: int = 0  # times written beside another capitalised word in running text
    running: int = 0  # times written in running text (not in a title)
    defined_lower: int = 0  # times defined as an acronym of a lower-case long form
    defined_title: int = 0  # … of a capitalised long form

    @property
    def count(self) -> int:
        return sum(self.spellings.values())

    def canonical(self, project: str = "") -> str:
        return min(self.spellings, key=lambda s: (-self.spellings[s], s != project, s == s.lower(),
                                                   sum(c.isupper() for c in s), s))

    @property
    def lower_share(self) -> float:
        return sum(n for s, n in self.spellings.items() if s == s.lower()) / self.count


def read_lines(path: Path) -> list[str]:
    return [line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def mine(texts: list[str]) -> tuple[dict[str, Candidate], set[str]]:
    """Single-token names of the abstracts by PyPI key, with their contexts; and the natural-language names."""
    spellings: dict[str, Counter] = defaultdict(Counter)
    presented: Counter[str] = Counter()
    presented_capitalised: Counter[str] = Counter()
    presented_loose: Counter[str] = Counter()
    used: Counter[str] = Counter()
    language: Counter[str] = Counter()
    for text in texts:
        for tok in TOKEN.findall(text):
            if len(tok) >= MIN_LENGTH:
                spellings[pypi_key(tok)][tok] += 1
        for rx in PRESENTED:
            for m in rx.finditer(text):
                presented[pypi_key(m.group(1))] += 1
                if m.group(1) != m.group(1).lower():
                    presented_capitalised[pypi_key(m.group(1))] += 1
        presented_loose.update(pypi_key(m.group(1)) for m in PRESENTED_LOOSE.finditer(text))
        for rx in USED:
            used.update(pypi_key(m.group(1)) for m in rx.finditer(text))
        language.update(_LANGUAGE.findall(text))
    candidates = {}
    for key, spelled in spellings.items():
        cand = Candidate(spelled, presented[key], presented_capitalised[key], presented_loose[key], used[key])
        looks_like_name = any(c.isupper() for s in spelled for c in s) or cand.presented or cand.used
        if cand.count >= MIN_COUNT and looks_like_name:
            candidates[key] = cand
    return candidates, {w.lower() for w, n in language.items() if n >= MIN_LANGUAGE}


def _words(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _SUMMARY_STOP}


def describe(texts: list[str], candidates: dict[str, Candidate]) -> None:
    """Second pass, for a short list: context words, writing beside capitalised words, acronym definitions."""
    for text in texts:
        found = [m for m in TOKEN.finditer(text) if pypi_key(m.group(1)) in candidates]
        if not found:
            continue
        running = len(text.split()) > TITLE_WORDS
        sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+(?:[.!?](?!\s)[^.!?]*)*", text)]
        for m in found:
            name, cand = m.group(1), candidates[pypi_key(m.group(1))]
            a, b = next(((a, b) for a, b in sentences if a <= m.start() < b), (0, len(text)))
            cand.context |= _words(text[a:b])
            if running:
                cand.running += 1
                before = re.search(r"(\S+)\s+$", text[:m.start()])
                after = re.match(r"\s+(\S+)", text[m.end():])
                prev_capital = (before is not None and before.group(1)[0].isupper()
                                and before.group(1)[-1] not in ".!?:;" and before.group(1) not in _LEAD)
                next_capital = after is not None and after.group(1)[0].isupper()
                if prev_capital or next_capital:
                    cand.beside += 1
            d = re.search(_DEFINITION + re.escape(name) + r"s?\s*\)$", text[:m.end() + 1][-120:])
            if d is None:
                continue
            long_form = d.group(1).split()
            starts = [i for i, w in enumerate(long_form) if w[0].lower() == name[0].lower()]
            if not starts:
                continue
            long_form = long_form[starts[-1]:]
            if all(w[0].islower() for w in long_form):
                cand.defined_lower += 1
            elif all(w[0].isupper() or w.lower() in _SMALL for w in long_form):
                cand.defined_title += 1


def read_pypi(path: Path, wanted: set[str]) -> dict[str, Project]:
    """Projects of the snapshot whose normalised name is in ``wanted``."""
    out = {}
    with open(path, encoding="utf-8") as f:
        header = next(f).rstrip("\n").split("\t")
        if header[:1] != ["name"] or "summary" not in header:
            raise SystemExit(f"{path}: not a PyPI project list (header {header})")
        col_rank = next(i for i, h in enumerate(header) if h.startswith("rank"))
        col_summary = header.index("summary")
        for line in f:
            row = line.rstrip("\n").split("\t")
            key = pypi_key(row[0])
            if key in wanted and len(row) > col_summary:
                out[key] = Project(row[0], row[col_rank].strip(), row[col_summary].strip())
    return out


def variants(key: str) -> list[str]:
    """Another PyPI name the same software may go by: ``PyTorch`` -> ``torch``, ``OpenNMT`` -> ``opennmt-py``."""
    return [key[2:].lstrip("-")] if key.startswith("py") and len(key) > 5 else [key + "-py"]


def on_topic(p: Project) -> bool:
    return bool(TOPIC.search(p.summary))


def self_described(p: Project, key: str) -> bool:
    """An empty summary, or one that names the project itself ("Multi-backend Keras", "XGBoost Python Package")."""
    name = re.escape(key).replace(r"\-", "[-_. ]?")
    return not p.summary or re.search(r"(?<![\w\-])" + name + r"(?![\w\-])", p.summary, re.I) is not None


def match(key: str, pypi: dict[str, Project]) -> Project | None:
    """The project of the candidate's own name, or a variant's (see :func:`variants`)."""
    own = pypi.get(key)
    if own is not None and on_topic(own):
        return own
    for v in variants(key):
        p = pypi.get(v)
        if p is not None and p.rank and on_topic(p):
            return p
    if own is not None:
        return own
    for v in variants(key):
        p = pypi.get(v)
        if p is not None and self_described(p, key):
            return p
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pypi-list", type=Path, default=DEFAULT_PYPI_LIST,
                    help="local snapshot of PyPI's project list (header, then name, version, month, rank, summary)")
    ap.add_argument("--verbose", action="store_true", help="print every kept name with its evidence")
    args = ap.parse_args()
    if not args.pypi_list.is_file():
        raise SystemExit(f"no PyPI project list at {args.pypi_list} (pass --pypi-list)")
    start = time.perf_counter()

    common = frozenset(read_lines(DATA / "common_words.txt"))
    generic = frozenset(read_lines(DATA / "generic_acronyms.txt"))
    known: set[str] = set()
    for path in sorted(DATA.glob("*.tsv")):
        if path.name in NOT_COMPARED:
            continue
        for line in read_lines(path):
            canonical, aliases, _flag = line.split("\t")
            known.update(entity_key(n) for n in (canonical, *aliases.split("|")) if n)

    texts = acl_texts()
    candidates, languages = mine(texts)
    wanted = set(candidates)
    for key in candidates:
        wanted.update(variants(key))
    pypi = read_pypi(args.pypi_list, wanted)
    hits = {key: p for key in candidates if (p := match(key, pypi)) is not None}

    def plain_words(key: str) -> bool:
        return all(p in common or p in languages or p in {"to", "and"} for p in re.split(r"[-+]+", key) if p)

    def grounds(key: str, cand: Candidate, p: Project) -> str | None:
        """Why the name is kept, or None (see the module docstring)."""
        if plain_words(key):  # a word of the abstracts: mostly capitalised, only capitalised presentations, two
            if cand.canonical(p.name).islower():
                return None
            presented, need = cand.presented_capitalised, 2
        elif cand.lower_share > 0.5 and re.fullmatch(r"[a-z]+", key) is not None:  # mostly lower case: two strict
            presented, need = cand.presented, 2
        else:
            presented, need = cand.presented + cand.presented_loose, 1
        share = presented / cand.count
        name_shaped = re.search(r"[a-z][A-Z]|[A-Z].*[A-Z]|\d", cand.canonical(p.name)) is not None
        if p.rank and on_topic(p) and (presented >= need if need > 1 else name_shaped or presented + cand.used >= 1):
            return "ranked"
        if p.rank and self_described(p, key) and not SERVICE.search(p.summary) and presented >= need:
            return "ranked, self-described"
        if (on_topic(p) and presented >= need and share >= MIN_PRESENTED_SHARE
                and cand.context & (_words(p.summary) - {key[:6]})):
            return "presented"
        if (self_described(p, key) and p.summary and not SERVICE.search(p.summary) and presented >= max(need, 2)
                and share >= MIN_PRESENTED_SHARE and name_shaped):
            return "self-described"
        return None

    shortlist = {}
    for key, p in hits.items():
        cand = candidates[key]
        ekey = entity_key(cand.canonical(p.name))
        if (ekey in known or ekey in generic or is_noise(ekey) or key in PROGRAMMING or key in languages
                or not re.search(r"[a-z]", key)):
            continue
        if grounds(key, cand, p) is not None or on_topic(p):
            shortlist[key] = cand
    describe(texts, shortlist)

    kept: dict[str, tuple[Candidate, Project, str]] = {}
    dropped: list[tuple[str, str]] = []
    for key, cand in shortlist.items():
        p = hits[key]
        why = grounds(key, cand, p)
        if why is None:
            continue
        if cand.running and cand.beside / cand.running > INSIDE_SHARE:
            dropped.append((cand.canonical(p.name), f"part of a longer name ({cand.beside}/{cand.running})"))
        elif cand.defined_lower >= max(cand.defined_title, 1) and not cand.presented + cand.presented_loose:
            dropped.append((cand.canonical(p.name), f"abbreviation ({cand.defined_lower} lower-case definitions)"))
        else:
            kept[key] = (cand, p, why)

    # another spelling that matches the same project becomes an alias ("OpenNMT" and "OpenNMT-py")
    by_project: dict[str, list[str]] = defaultdict(list)
    for key, (cand, p, _why) in kept.items():
        by_project[pypi_key(p.name)].append(key)
    rows = []
    sources = []
    for keys in by_project.values():
        keys.sort(key=lambda k: (-kept[k][0].count, k))
        cand, p, why = kept[keys[0]]
        name = cand.canonical(p.name)
        aliases = sorted({kept[k][0].canonical(p.name) for k in keys[1:]} - {name}, key=lambda s: (s.lower(), s))
        flag = "ambiguous" if name.lower() in common else "-"
        rows.append((name, aliases, flag))
        sources.append((name, p.name, p.rank or "-", why, cand.count,
                        cand.presented + cand.presented_loose, cand.used))
    rows.sort(key=lambda r: (r[0].lower(), r[0]))
    sources.sort(key=lambda r: (r[0].lower(), r[0]))

    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# canonical\taliases (|-separated)\tflag — generated by bench/make_software_gazetteer.py "
                "(ACL abstracts × PyPI project list)\n")
        for name, aliases, flag in rows:
            f.write(f"{name}\t{'|'.join(aliases)}\t{flag}\n")
    with open(SOURCES, "w", encoding="utf-8") as f:
        f.write("# name\tPyPI project\tdownload rank\tkept as\twritten\tpresented as software\tused"
                " — generated by bench/make_software_gazetteer.py\n")
        for row in sources:
            f.write("\t".join(map(str, row)) + "\n")

    if args.verbose:
        for row in sources:
            print(*row, sep="\t")
        for name, reason in sorted(dropped):
            print(f"dropped {name}: {reason}")
    print(f"candidates: {len(candidates)}  PyPI hits: {len(hits)}  short list: {len(shortlist)}  kept: {len(rows)}  "
          f"-> {OUT.relative_to(ROOT)} ({time.perf_counter() - start:.1f} s)")


if __name__ == "__main__":
    main()
