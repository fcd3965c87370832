"""The hand-written rules that find named methods and datasets in a paper's title and abstract.

:func:`analyse` runs them; :func:`kg.extract.decide.extract_mentions` then lets a learned
model make the final per-entity call and builds the mentions (:func:`mentions_of`).
The rules go in four steps, each a short function:

1. :func:`_candidates` — spans that may be names: gazetteer n-grams, name-shaped
   tokens with their version ("SAM 2", "OCRBench v2"), "Long Name (ABBR)" definitions,
   and the phrase after a naming verb ("dubbed eP-ALM");
2. :func:`_proposed_keys` — which of them the paper introduces (title prefix ``X:``,
   "we propose/introduce/present X", "named/called/dubbed X", "our X", "X, a new …");
3. :func:`_accept` — which names survive the noise rules (issue 3, "What counts");
4. kinds and roles are decided per entity, so every mention of one entity agrees.

Examples
--------
>>> a = analyse("CaFNet: radar depth", "Evaluated on the nuScenes dataset, CaFNet beats CNN baselines.")
>>> ms = mentions_of(a, Choice.of_rules(a))
>>> [(m.canonical, m.kind.value, m.role.value, m.evidence.field) for m in ms]
[('CaFNet', 'method', 'proposes', 'title'), ('nuScenes', 'dataset', 'uses', 'abstract'), ('CaFNet', 'method', 'proposes', 'abstract')]
"""

from __future__ import annotations

import re
import dataclasses
from dataclasses import dataclass, replace
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from types import MappingProxyType

from kg.extract import patterns as P
from kg.extract.canonical import entity_key
from kg.extract.gazetteer import (Entry, Gazetteer, common_words, generic_acronyms, language_names, load_gazetteer,
                                  name_stats, series_kind)
from kg.extract.noise import GENERIC, HARDWARE, METRICS, ORGANISATIONS, SATELLITES, SOURCES, is_noise, is_venue
from kg.extract.segment import Span, sentences, tokens
from kg.model import EntityKind, Evidence, Mention, Role

_CONNECT = frozenset("of and for with the via in on to from by a".split())
_MAX_RUN = 6


@dataclass(frozen=True)
class Candidate:
    """A span that may name a method or dataset, before the noise rules and role decision."""

    field: str
    sentence: Span
    span: Span
    rule: str
    kind: EntityKind | None = None
    canonical: str | None = None
    alias_of: str | None = None  # key of the abbreviation a long form defines
    ambiguous: bool = False  # a gazetteer name that is also an ordinary word

    @property
    def key(self) -> str:
        return self.alias_of or entity_key(self.canonical or self.span.text)


def _gap_ok(text: str, left: Span, right: Span) -> bool:
    gap = text[left.end:right.start]
    return gap in (" ", "-", "") or gap in ("'", "’") and right.text == "em"  # "Texas Hold'em": a contraction


_CAPS_PLURAL = re.compile(r"[A-Z][A-Z0-9]{2,}s|[A-Z][a-z]?[A-Z]{2,}s|[A-Z][a-z][A-Z]s")  # "CLIPs", "NeRFs", "ViTs"


_LOWER_DIGIT_NAME = re.compile(r"[a-z]\d[a-z]")


# capitalised words joined by hyphens inside a sentence: a name written apart ("Office-Home" for the list's OfficeHome);
# after a combining prefix the hyphen makes one word ("Multi-Grain" is multigrain, not MultiGrain)
_TITLED_COMPOUND = re.compile(r"(?!(?:Multi|Self|Cross|Semi|Pre|Post|Co|Non|Inter|Intra|Sub|Super|Anti|Over|Under)-)"
                              r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")


def _gazetteer_match(text: str, toks: tuple[Span, ...], i: int, gaz: Gazetteer) -> tuple[int, object] | None:
    first = toks[i].text
    # a lower-case word with a digit may open a longer name too ("wav2vec 2.0")
    longest = min(gaz.max_tokens, 6, len(toks) - i) if first[0].isupper() or first[0].isdigit() \
        or _LOWER_DIGIT_NAME.search(first) else 1
    reachable = 1
    for n in range(1, longest + 1):  # grow while some name can still start with these words
        if n > 1 and not _gap_ok(text, toks[i + n - 2], toks[i + n - 1]):
            break
        key = entity_key(text[toks[i].start:toks[i + n - 1].end])  # whole, as keys fold years across words
        if key not in gaz.prefixes:
            break
        reachable = n
    for n in range(reachable, 0, -1):
        surface = written = text[toks[i].start:toks[i + n - 1].end]
        entry = gaz.lookup(surface)
        plural = n == 1 and (P.CAMEL_PLURAL.fullmatch(surface) or _CAPS_PLURAL.fullmatch(surface))
        if plural and (entry is None or (entry.canonical != surface and gaz.lookup(surface[:-1]) is not None)):
            written = surface[:-1]  # "ResNets" is ResNet, "CLIPs" CLIP; "ViTs" ViT, not the speech model VITS
            entry = gaz.lookup(written)
        as_listed = n == 1 and surface in gaz.lowercase_names  # "fairseq", "node2vec": the list's own spelling
        if entry and (as_listed or any(c.isupper() or c.isdigit() for c in surface)):
            if n == 1 and not as_listed and not P.name_shaped(surface) and surface[0].islower() \
                    and not _LOWER_DIGIT_NAME.search(surface):  # but "word2vec", "doc2vec" are the names
                continue
            if not _written_as_listed(surface, entry.canonical):
                continue
            if _lowers_a_listed_capital(surface, entry) and not (
                    i + n < len(toks) and toks[i + n].text.lower() in P.DATASET_NOUNS):
                continue  # "3D Gaussian splatting": a known technique in lower case is no name (docs/labelling.md);
                # but "the Oxford-IIIT pet dataset" is the data
            if n > 1 and _acronym_before_a_listed_word(surface, entry.canonical):
                continue  # "MATH dataset" is the MATH data, not the "Math Dataset" of another list
            if entry.ambiguous and n == 1 and i == 0 and surface[1:].islower() and len(toks) > 1 \
                    and toks[1].text[:1].islower() and _mostly_lower_case(surface):
                continue  # "Reproducing training instabilities …": a sentence's first word (but "Enron is …")
            if n > 1 and " " not in entry.canonical and _words_not_a_name(surface):
                continue  # "(Tan et al., 2020)" is no TANet, "Evaluation Of A Corpus" no OFA
            if i + n < len(toks) and is_noise(entity_key(f"{surface} {toks[i + n].text}")):
                return None  # "Beam Search" is the textbook algorithm, not the model Beam
            if n == 1 and not P.name_shaped(written) and P.name_shaped(entry.canonical) \
                    and not _LOWER_DIGIT_NAME.search(written) and not (i > 0 and _rare_word(written)) \
                    and not (i > 0 and _TITLED_COMPOUND.fullmatch(written)) and not (
                    written.lower() not in common_words() and i + 1 < len(toks)
                    and P.kind_cue([], [toks[i + 1].text.lower()]) == entry.kind.value):
                continue  # the word "Gap" or "Mutual" is not the name GAP or MuTual ("the Librispeech corpus" is)
            return n, entry
    return None


def _rare_word(word: str) -> bool:
    """A long word no dictionary of the field holds: a list's name written with one capital ("Librispeech")."""
    return len(word) >= 7 and word.lower() not in common_words() and not _mostly_lower_case(word)


def _mostly_lower_case(word: str) -> bool:
    """A word the ACL abstracts write in lower case more often than capitalised inside a sentence, or never
    capitalised there at all."""
    stats = name_stats().get(entity_key(word))
    return stats is None or stats.lower > stats.written


def _words_not_a_name(surface: str) -> bool:
    """Words that spell a one-word name's letters by chance: a citation's "et", or ordinary words only."""
    words = surface.split()
    return "et" in words or all(len(w) <= 2 or w.lower() in common_words() for w in words)


def _written_as_listed(surface: str, canonical: str) -> bool:
    """A spelling of a list's own name that contradicts how the list writes it is another word: ordinary lower-case
    words are not a name the list writes in capitals ("Part of" is not the relation PART-OF), nor is an acronym of
    three capitals a name the list writes as a word ("PHI" is not the model Phi), nor letters split by a slash a name
    written without one ("AC/DC" is not ACDC). Aliases are not checked: a long form is written in many ways ("Penn
    treebank" is PTB)."""
    if entity_key(surface) != entity_key(canonical):
        return True
    if re.search(r"[A-Za-z]/[A-Za-z]", surface) and "/" not in canonical:
        return False  # "AC/DC" is not the cardiac data ACDC (but "Claude 2.0/2.1" is two versions)
    if len(canonical) <= 3 and canonical[:1].islower() and surface[:1].isupper():
        return False  # "O1 and O2 conditions" are not OpenAI's o1
    if not any(ch.islower() for ch in canonical):
        return not any(w.isalpha() and w.islower() for w in re.split(r"[\s-]+", surface))
    return not (surface.isalpha() and surface.isupper() and len(surface) <= 3 and canonical[1:].islower())


def _lowers_a_listed_capital(surface: str, entry: Entry) -> bool:
    """A name of several words the list writes in Title Case, written here with its last word in lower case."""
    listed, written = entry.canonical.split(), surface.split()
    return len(listed) > 1 and len(written) > 1 and listed[-1][:1].isupper() and listed[-1][1:].islower() \
        and written[-1] == listed[-1].lower() and written[-1] not in P.DATASET_NOUNS  # "the Billion Word benchmark"


_LANGUAGE_ADJECTIVES = P.LANGUAGE_NAMES | {"Multilingual", "multilingual"}


_VARIANT_WORDS = frozenset("Rotated Permuted Split Colored Coloured Corrupted Noisy Sequential Tiny Mini".split())


def _language_before(text: str, toks: tuple[Span, ...], i: int, found: list[Candidate]) -> int:
    """Start index of a known name with a language adjective written before it ("multilingual BERT", "Arabic
    WordNet"): labellers and readers take that as the language's own model or resource (docs/labelling.md)."""
    if i and toks[i - 1].text in _LANGUAGE_ADJECTIVES and text[toks[i - 1].end:toks[i].start] == " " \
            and not (found and found[-1].span.end > toks[i - 1].start):
        return i - 1
    return i


_COUNTED_NOUN = re.compile(r"\s+(?!(?:and|or|datasets?|benchmarks?|corpus|corpora|splits?|subsets?)\b)[a-z]")
_CAPS_PAIR = re.compile(r"[A-Z]{2,}[+\-][A-Z]")  # the second word of "NTU RGB+D", "SUN RGB-D"


_VERSION_FIRST = frozenset("0123456789vV+")  # what a version or a size starts with: a cheap test before the patterns


def _version_next(toks: tuple[Span, ...], i: int) -> bool:
    """Whether a version ("2", "v2", not a bare number) or a model size ("7B") follows token ``i``."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1].text
    return bool(P.VERSION.fullmatch(nxt) and not nxt.isdigit() or P.MODEL_SIZE.fullmatch(nxt))


def _extend_capital_tail(text: str, toks: tuple[Span, ...], i: int, j: int) -> int:
    """Index after the short capital words that end a mixed-case name: "MVTec AD", "MVTec LOCO AD"."""
    if j != i + 1 or j >= len(toks) or not toks[j].text.isupper() or len(toks[j].text) > 4 \
            or not (toks[i].text[:1].isupper() and re.search(r"[a-z]", toks[i].text)):
        return j
    while j < min(len(toks), i + 3) and text[toks[j - 1].end:toks[j].start] == " " \
            and re.fullmatch(r"[A-Z]{2,4}", toks[j].text) \
            and load_gazetteer().lookup(toks[j].text) is None:
        j += 1
    return j


_YEAR_TRACK = r"(?:19|20)\d\d[A-Z]{2}"  # "ASVspoof 2019LA": an edition's year and its track
_AMOUNT_NOUN = re.compile(r"\s+(?!(?:models?|variants?|versions?|checkpoints?|backbones?|llms?|baselines?|and|or|on|"
                          r"in|with|as|for|to|by|is|are|was|were)\b|v\d)[a-z]")


def _extend_version(text: str, toks: tuple[Span, ...], i: int, j: int) -> int:
    """Index after the name starting at ``i`` ending before ``j``, swallowing version tokens ("2", "v2", "2++")."""
    if j < len(toks) and text[toks[j - 1].end:toks[j].start] in ("’", "'") and _TWO_DIGITS.fullmatch(toks[j].text):
        j += 1  # "WMT’16": a year written with an apostrophe
    while j < len(toks) and text[toks[j - 1].end:toks[j].start] == " " and (
            P.VERSION.fullmatch(toks[j].text) or P.MODEL_SIZE.fullmatch(toks[j].text)
            or re.fullmatch(_YEAR_TRACK, toks[j].text)):
        if re.fullmatch(r"\d{3,}", toks[j].text) and not re.fullmatch(r"(?:19|20)\d\d", toks[j].text) and (
                len(toks[j].text) > 3 or _COUNTED_NOUN.match(text, toks[j].end)):
            break  # "ImageNet 1000 classes" counts; "EPIC-Kitchens 100", "NTU RGB+D 120" are versions
        if re.match(r"\s*(?:\\?%|x\b|×|times\b|points?\b|\d+(?![\w.]))", text[toks[j].end:]):
            break  # "ChatGLM2 50% faster": a quantity, not a version; "ImageNet 256 256": a size whose "×" was lost
        if P.MODEL_SIZE.fullmatch(toks[j].text) and _AMOUNT_NOUN.match(text, toks[j].end):
            break  # "RoBERTa 10M tokens": an amount of data, where "Mistral 7B model" is a size
        j += 1
    return j


def _extend_task(text: str, toks: tuple[Span, ...], j: int) -> int:
    """Index after "Task 11" / "Task-11" / "TrackA" following a name ("SemEval-2020 Task 11" is one shared task), or
    after "Bench" or a capitalised component noun ("V-PEFT Bench", "AutoKL Adapter")."""
    if j < len(toks) and text[toks[j - 1].end:toks[j].start] == " ":
        if _TASK_NUMBER.fullmatch(toks[j].text):
            return j + 1
        if toks[j].text in ("Task", "Subtask", "subtask") and j + 1 < len(toks) and _NUMBER.fullmatch(toks[j + 1].text):
            return j + 2
        if toks[j].text in ("Bench", "Benchmark", "BENCH") or toks[j].text in ("Adapter", "Module", "Block") \
                and not is_noise(entity_key(toks[j - 1].text)):  # (but a "GRU Block" is still a GRU)
            return j + 1  # "the V-PEFT Bench, a unified benchmark", "The AutoKL Adapter transforms …"
    return j


# "the CMCL2021 Shared Task", "the DCASE 2024 Challenge Task 4", "the VOiCES Challenge 2019"
_SHARED_TASK_AFTER = re.compile(r" (?:[Ss]hared [Tt]ask(?: \d+)?|"
                                r"Challenge(?: (?:19|20)\d\d)?(?: Task \d+)?)(?![\w-])")
_TRACK_AFTER = re.compile(r" (?:(?:19|20)\d\d )?(?:[A-Z][\w\-]* ){1,3}[Tt]racks?(?![\w-])")
_TASK_NUMBER = re.compile(r"(?:Sub)?[Tt]ask-?\d+|Track-?(?:\d+|[A-Z])")  # "cTDaR TrackA": a track of the data
_NUMBER = re.compile(r"\d+")
_TWO_DIGITS = re.compile(r"\d\d")


def _extend_track(text: str, toks: tuple[Span, ...], j: int) -> int:
    """Index after a named track of listed data ("TREC Deep Learning Track", "TREC 2024 RAG Track"): each track is
    data of its own, so the whole is the name."""
    track = _TRACK_AFTER.match(text, toks[j - 1].end)
    if track:
        while j < len(toks) and toks[j].end <= track.end():
            j += 1
    return j


def _extend_shared_task(text: str, toks: tuple[Span, ...], j: int) -> int:
    """Index after "Shared Task" following a name ("the CMCL2021 Shared Task"): written so, the name is still that of
    the task's data, so the candidate keeps the bare name as canonical (docs/labelling.md)."""
    shared = _SHARED_TASK_AFTER.match(text, toks[j - 1].end)
    if shared:
        end = shared.end()
        while j < len(toks) and toks[j].end <= end:
            j += 1
    return j


_LANGUAGE_CODES = "en de fr zh ja ko ru ro cs et fi tr lv lt gu kk es it pt nl ar he hi vi th id uk pl sv da hu bg hr el ne si ps km my".split()
_LANGUAGE = (r"(?:[A-Z][a-z]+(?:ish|ese|an|ic|ch|ian|ean)|" + "|".join(sorted(P.LANGUAGE_NAMES)) + "|Farsi|"
             r"(?i:" + "|".join(_LANGUAGE_CODES) + r"))")
_LANGUAGE_PAIR = re.compile(r"\s+" + _LANGUAGE + r"\s*(?:-|–|→|->|/|⇒)\s*" + _LANGUAGE + r"(?![\w-])")


def _extend_language_pair(text: str, toks: tuple[Span, ...], j: int) -> int:
    """Index after a language pair written right after a dataset ("WMT19 Chinese-English", "WMT’16 En→De"):
    the pair is the variant the paper used, kept in the surface form (docs/labelling.md, "Variants")."""
    m = _LANGUAGE_PAIR.match(text, toks[j - 1].end)
    if not m:
        return j
    while j < len(toks) and toks[j].end <= m.end():
        j += 1
    return j


def _title_run_before(text: str, toks: tuple[Span, ...], i: int) -> int:
    """Start index of a run of capitalised words ending at ``i`` (for "Swin Transformer V2")."""
    k = i
    while k > 0 and toks[k - 1].text[:1].isupper() and _gap_ok(text, toks[k - 1], toks[k]) \
            and (toks[k - 1].text not in P.STOP_CAPS or (k > 1 and toks[k - 2].text[:1].isupper()
                                                         and toks[k - 2].text not in P.STOP_CAPS)) and i - k < 3:
        k -= 1
    return k


_PLAIN = re.compile(r"[a-z][a-z\-]*")
_USE_SUFFIX = re.compile(r"(.+?)(?:-(?i:based|style|like|powered|driven|initiali[sz]ed|derived|pretrained|pre-trained|"
                         r"generated|augmented|enhanced|guided|inspired|equipped|specific)|(?<=[A-Z0-9])based"
                         r"|(?<=[A-Za-z0-9])-(?:dev|test|train|val))")  # "BERT-Based", "BERTbased"; a split: "VoxCeleb2-dev"


def _describes_other(c: Candidate) -> bool:
    """"Our BERT-based model": a name written before "-based", "-style" … describes the paper's artifact, it is not it."""
    return bool(_HYPHEN_LOWER.match(c.sentence.text, c.span.end - c.sentence.start))


def _known_before_suffix(tok: Span, gaz: Gazetteer):
    """"BERT-based", "CLIP-style": a known name (or a coined shape, "OpenNLP-based") used to describe something else is
    still a use of the name.

    Returns a function making the candidate for the name part, or None.
    """
    if "-" not in tok.text and not tok.text.endswith("based"):
        return None
    m = _USE_SUFFIX.fullmatch(tok.text)
    if m is None:
        return None
    span = Span(m.group(1), tok.start, tok.start + len(m.group(1)))
    entry = gaz.lookup(m.group(1))
    if entry is None and P.strong_shape(m.group(1)):  # "an OpenNLP-based extractor": a coined name all the same
        return lambda field, sent: Candidate(field, sent, span, "pattern:name-shape")
    if entry is None or entry.ambiguous or not any(ch.isupper() or ch.isdigit() for ch in m.group(1)):
        return None
    return lambda field, sent: Candidate(field, sent, span, "gazetteer:pwc", entry.kind, entry.canonical)


def _slashed_known(field: str, sent: Span, tok: Span, gaz: Gazetteer) -> list[Candidate]:
    """Known names written in lower case and joined by slashes ("mixup/cutmix"): every part must be a known name of
    one kind, one of them unambiguous; else none."""
    parts = tok.text.split("/")
    entries = [gaz.lookup(part) if len(part) > 2 else None for part in parts]
    if len(parts) < 2 or None in entries or len({e.kind for e in entries}) > 1 or all(e.ambiguous for e in entries):
        return []
    out, offset = [], tok.start
    for part, entry in zip(parts, entries):
        out.append(Candidate(field, sent, Span(part, offset, offset + len(part)), "gazetteer:pwc", entry.kind,
                             entry.canonical))
        offset += len(part) + 1
    return out


_SIZED = re.compile(r"(.+?)((?:[-_](?:base|large|small|tiny|mini|medium|xl|xxl|huge|giant|cased|uncased))+)", re.IGNORECASE)
_COUNTED = re.compile(r"\s+(?:tokens|words|sentences|examples|samples|images|pairs|documents|hours)\b")
# a model's size, written after its name: "RoBERTa large", "LLaMA 7B", "Mixtral 8x22B"
_SIZE_WORD = re.compile(r"(?i:base|large|small|tiny|mini|medium|xl|xxl|huge|giant|cased|uncased)"
                        r"|(?:\d+x)?\d+(?:\.\d+)?[BM]")


def _known_with_size(tok: Span, gaz: Gazetteer):
    """"BERT-base", "XLNet-Large", "RoBERTa-large-cased": a known model in one of its sizes is that model.

    Sizes and casings are configurations, not versions, so the candidate keeps the known
    canonical name (counts of "uses BERT" stay whole) and the written form as its surface.
    Returns a function making the candidate, or None.
    """
    m = _SIZED.fullmatch(tok.text)
    entry = gaz.lookup(m.group(1)) if m else None
    if entry is None or entry.ambiguous or entry.kind != EntityKind.METHOD:
        return None
    return lambda field, sent: Candidate(field, sent, tok, "gazetteer:pwc", entry.kind, entry.canonical)


_CAPS_WORD = re.compile(r"[A-Z]{2,6}")


def _caps_part_after(text: str, toks: tuple[Span, ...], j: int, entry, gaz: Gazetteer) -> bool:
    """Whether an unlisted all-capitals word right after a listed dataset names a part of it ("ImageNet VID")."""
    if not (entry.kind == EntityKind.DATASET and j < len(toks) and text[toks[j - 1].end:toks[j].start] == " "
            and _CAPS_WORD.fullmatch(toks[j].text) is not None and gaz.lookup(toks[j].text) is None):
        return False
    if _YEAR_NEXT.match(text, toks[j].end):
        return True  # "TREC DL 2019", "TREC DL’19": a track of the listed campaign in a year, whatever "DL" means alone
    return not entry.ambiguous and not is_noise(entity_key(toks[j].text)) \
        and entity_key(toks[j].text) not in generic_acronyms()


_YEAR_NEXT = re.compile(r"(?: (?:19|20)\d\d|[’']\d\d)\b")


def _sentence_candidates(field: str, text: str, sent: Span, gaz: Gazetteer) -> list[Candidate]:
    toks = tokens(sent.text, sent.start)
    found: list[Candidate] = []
    i = 0
    while i < len(toks):
        if _PLAIN.fullmatch(toks[i].text) and toks[i].text not in gaz.lowercase_names:  # nor does an ordinary word
            i += 1
            continue
        hit = _gazetteer_match(text, toks, i, gaz)
        if hit:
            n, entry = hit
            j = _extend_task(text, toks, _extend_version(text, toks, i, i + n))
            paired = _extend_language_pair(text, toks, j) if entry.kind == EntityKind.DATASET else j
            paired = _extend_track(text, toks, paired) if entry.kind == EntityKind.DATASET else paired
            ambiguous = entry.ambiguous and paired == j  # "Opensubtitle English-Russian" is the corpus, not a word
            j = paired
            if entry.kind == EntityKind.METHOD and j < len(toks) and text[toks[j - 1].end:toks[j].start] == " " \
                    and _SIZE_WORD.fullmatch(toks[j].text) and not _COUNTED.match(text, toks[j].end):
                j += 1  # "RoBERTa large" is RoBERTa in its large size (but "RoBERTa 10M tokens" is not)
            same = j == i + n or (j == i + n + 1 and _SIZE_WORD.fullmatch(toks[j - 1].text) is not None) \
                or _LANGUAGE_PAIR.fullmatch(text[toks[i + n - 1].end:toks[j - 1].end]) is not None
            j = _extend_shared_task(text, toks, j) if entry.kind == EntityKind.DATASET else j
            if same and _caps_part_after(text, toks, j, entry, gaz):
                j, same = _extend_version(text, toks, i, j + 1), False  # "ImageNet VID", "TREC ROBUST": a part of
                # the listed data, named so, in its year ("TREC DL 2019")
            start = _language_before(text, toks, i, found)
            if start == i and entry.kind == EntityKind.DATASET and i and toks[i - 1].text in _VARIANT_WORDS \
                    and text[toks[i - 1].end:toks[i].start] == " ":
                start = i - 1  # "Rotated MNIST", "Split CIFAR-100": a variant of the data, named with its word
            span = Span(text[toks[start].start:toks[j - 1].end], toks[start].start, toks[j - 1].end)
            canonical = entry.canonical if same else None
            if canonical and start < i:  # "German BERT", "Arabic WordNet": that language's own model or resource
                canonical = f"{toks[start].text} {canonical}"
            found.append(Candidate(field, sent, span, "gazetteer:pwc", entry.kind, canonical, ambiguous=ambiguous))
            i = j
            continue
        tok = toks[i]
        known = _known_before_suffix(tok, gaz) or _known_with_size(tok, gaz)
        if known is not None:
            found.append(known(field, sent))
            i += 1
            continue
        if "/" in tok.text and not P.name_shaped(tok.text) and (slashed := _slashed_known(field, sent, tok, gaz)):
            found.extend(slashed)  # "mixup/cutmix training": known names in lower case, side by side
            i += 1
            continue
        if "-to-" in tok.text and (pair := _domain_pair(field, sent, tok)):
            found.extend(pair)
            i += 1
            continue
        shaped = P.name_shaped(tok.text)
        versioned = tok.text[:1].isupper() and i + 1 < len(toks) and toks[i + 1].text[:1] in _VERSION_FIRST \
            and _version_next(toks, i)
        if shaped or (versioned and tok.text not in P.STOP_CAPS):
            start = i
            if not shaped or tok.text[:1].isupper():
                start = _title_run_before(text, toks, i) if versioned else i
            if P.VERSION.fullmatch(tok.text) and re.match(r"[vV]\d", tok.text):
                start = _title_run_before(text, toks, i)  # "Swin Transformer V2"
            j = i + 1
            if P.all_caps(tok.text) and len(tok.text) > 2 and j < len(toks) and _gap_ok(text, tok, toks[j]) \
                    and text[tok.end:toks[j].start] == " " and (P.CAPS_DIGITS.fullmatch(toks[j].text) or (
                    P.all_caps(toks[j].text) and len(toks[j].text) > 2) or _CAPS_PAIR.fullmatch(toks[j].text)):
                j += 1  # "PASCAL VOC2012", "PASCAL VOC 2012", "NTU RGB+D"
            j = _extend_capital_tail(text, toks, i, j)
            j = _extend_version(text, toks, i, j)
            j = _extend_task(text, toks, j)
            described = _extend_shared_task(text, toks, j)
            if described > j:  # "the CMCL2021 Shared Task": data named by its task, canonical without the noun
                span = Span(text[toks[start].start:toks[described - 1].end], toks[start].start, toks[described - 1].end)
                found.append(Candidate(field, sent, span, "pattern:name-shape", EntityKind.DATASET,
                                       text[toks[start].start:toks[j - 1].end]))
                i = described
                continue
            paired = _extend_language_pair(text, toks, j)
            if paired > j:  # "IWSLT English-French": a name with the language pair it was used in is data
                span = Span(text[toks[start].start:toks[paired - 1].end], toks[start].start, toks[paired - 1].end)
                found.append(Candidate(field, sent, span, "pattern:language-pair", EntityKind.DATASET,
                                       text[toks[start].start:toks[j - 1].end]))
                i = paired
                continue
            span = Span(text[toks[start].start:toks[j - 1].end], toks[start].start, toks[j - 1].end)
            found.append(Candidate(field, sent, span, "pattern:name-shape"))
            i = j
            continue
        i += 1
    return found


_SERIES = re.compile(r"\b([A-Z][\w.]*[A-Za-z0-9])-?\{([\w.\-]+(?:\s*,\s*[\w.\-]+)+)\}")


# "SemEval-2020 Tasks 7 and 11": two tasks of one campaign
_TASKS_SHARED = re.compile(r"\b([A-Z][\w\-]*[A-Za-z][\-\s]?(?:19|20)?\d\d)\s+Tasks\s+"
                           r"(\d+(?:\s*,\s*\d+)*,?\s+(?:and|&)\s+\d+)\b")
# "RefCOCO/+/g": one name with suffixes
_SUFFIXES_SHARED = re.compile(r"(?<![\w\-])([A-Za-z][\w\-]*[A-Za-z0-9])((?:/(?:\+\+?|[a-z]))+)(?![\w+])")


# "Qwen3-8B/0.6B", "Vicuna-7B/68M": one model in two sizes (a target and its draft model)
_SIZES_SHARED = re.compile(r"(?<![\w-])([A-Za-z][\w.\-]*[A-Za-z0-9][\-_])(\d+(?:\.\d+)?[BM])((?:/\d+(?:\.\d+)?[BM])+)(?![\w/])")
# "YouTube-VIS 2019/2021/2022": one name in several years
_YEARS_SHARED = re.compile(r"(?<![\w-])([A-Z][\w\-]*[A-Za-z])[\s\-]((?:19|20)\d\d)((?:/(?:19|20)\d\d)+)(?![\w/])")

# "TREC DL 2019, 2020 and …", "SemEval 2016 and 2017": one name in several years written out
_YEARS_LISTED = re.compile(r"(?<![\w-])((?:[A-Z][\w\-]*\s+)?[A-Z][\w\-]*[A-Za-z])\s+((?:19|20)\d\d)"
                           r"((?:\s*,\s*(?:19|20)\d\d)+(?:,?\s+and\s+(?:19|20)\d\d)?"
                           r"|,?\s+and\s+(?:19|20)\d\d)(?![\w/])")


def _years_listed(m: re.Match) -> bool:
    """Whether the words before the years of a :data:`_YEARS_LISTED` match are a name ("TREC DL", not "In")."""
    last = m.group(1).split()[-1]
    return P.name_shaped(last) or P.all_caps(last) or load_gazetteer().lookup(m.group(1)) is not None


def _series(field: str, text: str) -> list[Candidate]:
    """"ImageNet-{A,R,V2,Sketch}", "YouTube-VIS 2019/2021", "Qwen3-8B/0.6B", and "RefCOCO/+/g" after a listed name:
    one candidate per member, each spanning the whole written series."""
    out = []
    for sent in sentences(text):
        for m in _SERIES.finditer(sent.text):
            span = Span(m.group(0), sent.start + m.start(), sent.start + m.end())
            for member in re.split(r"\s*,\s*", m.group(2)):
                out.append(Candidate(field, sent, span, "pattern:series", canonical=f"{m.group(1)}-{member}"))
        for m in _YEARS_SHARED.finditer(sent.text) if "/" in sent.text else ():
            span = Span(m.group(0), sent.start + m.start(), sent.start + m.end())
            out += [Candidate(field, sent, span, "pattern:series", canonical=f"{m.group(1)} {year}")
                    for year in [m.group(2)] + m.group(3).split("/")[1:]]
        for m in _YEARS_LISTED.finditer(sent.text) if " 20" in sent.text or " 19" in sent.text else ():
            if _years_listed(m):
                span = Span(m.group(0), sent.start + m.start(), sent.start + m.end())
                out += [Candidate(field, sent, span, "pattern:series", canonical=f"{m.group(1)} {year}")
                        for year in [m.group(2)] + re.findall(r"(?:19|20)\d\d", m.group(3))]
        for m in _SIZES_SHARED.finditer(sent.text) if "/" in sent.text else ():
            span = Span(m.group(0), sent.start + m.start(), sent.start + m.end())
            out += [Candidate(field, sent, span, "pattern:series", EntityKind.METHOD, m.group(1) + size)
                    for size in [m.group(2)] + m.group(3).split("/")[1:]]  # parameter counts: models
        for m in _TASKS_SHARED.finditer(sent.text) if "Tasks" in sent.text else ():
            span = Span(m.group(0), sent.start + m.start(), sent.start + m.end())
            out += [Candidate(field, sent, span, "pattern:series", EntityKind.DATASET, f"{m.group(1)} Task {number}")
                    for number in re.findall(r"\d+", m.group(2))]  # shared tasks: their data
        for m in _SUFFIXES_SHARED.finditer(sent.text) if "/" in sent.text else ():
            if (entry := load_gazetteer().lookup(m.group(1))) is not None:
                span = Span(m.group(0), sent.start + m.start(), sent.start + m.end())
                out += [Candidate(field, sent, span, "pattern:series", entry.kind, m.group(1) + suffix)
                        for suffix in [""] + m.group(2).split("/")[1:]]  # the listed name's kind for all
    return out


_DEF = re.compile(r"\(\s*(\d*[A-Za-z][\w\-+^.]*[\w+])(?:\s+for\s+short)?\s*\)")  # "(AdaPerFormer for short)"


_DIMENSION = re.compile(r"\d[A-Z]")  # the "3D" of "3D Gaussian Splatting (3DGS)"
_LOWER_CASE_HEADS = frozenset("transformer network model module loss framework".split())


# capitalised words that open a sentence or clause before a long form, never its first word
_OPENING_WORDS = frozenset("As The A An In On At By For With While Since Although Unlike Because Despite Besides Given "
                           "However Moreover Furthermore Thus Hence Here Recently Using Our This These We".split())


def _long_form(sent_text: str, end: int, abbr: str) -> tuple[int, str] | None:
    # not back over another definition ("X Extractor (X-TE) and Y Extractor") or a comma ("Moreover, a Recursive …")
    start = max(sent_text.rfind(")", 0, end), sent_text.rfind(",", 0, end)) + 1
    words = list(re.finditer(r"[\w\-']+", sent_text[:end]))
    words = [w for w in words if w.start() >= start]
    if not words:
        return None
    budget = sum(c.isupper() for c in abbr) + 3
    chosen = _capitalised_run(words[-budget:])
    if chosen and len(chosen) == budget and chosen[0].group(0)[:1].lower() != abbr[:1].lower():
        longer = _capitalised_run(words[-budget - 2:])  # "Resilient Adaptive Defense Framework for Model Extraction
        # Attack Protection (RADEP)": an acronym that skips words may need a longer run, to the word it starts with
        starts = [i for i, w in enumerate(longer[:2]) if w.group(0)[:1].lower() == abbr[:1].lower()]
        if starts:
            chosen = longer[starts[-1]:]
    while chosen and (chosen[0].group(0).lower() in _CONNECT or chosen[0].group(0) in _OPENING_WORDS):
        chosen.pop(0)  # "… and", "As 3D Gaussian Splatting (3DGS) emerges": not part of the long form
    if not chosen or all(w.group(0) in _LOWER_CASE_HEADS for w in chosen):
        return None  # "a recurrent network (RNN)": no long form before the bracket
    chosen = _after_a_listed_name(chosen, abbr)
    return chosen[0].start(), sent_text[chosen[0].start():chosen[-1].end()]


def _capitalised_run(words: list[re.Match]) -> list[re.Match]:
    """The run of capitalised words (and connecting words inside it) that ends ``words``."""
    chosen: list[re.Match] = []
    for w in reversed(words):
        if w.group(0)[:1].isupper() or (chosen and w.group(0).lower() in _CONNECT) or "-" in w.group(0) \
                or _DIMENSION.fullmatch(w.group(0)) \
                or (not chosen and w.group(0) in _LOWER_CASE_HEADS):  # "Adaptive Perception transformer (…)"
            chosen.insert(0, w)
        else:
            break
    return chosen


def _initials(words: list[re.Match]) -> str:
    return "".join(w.group(0)[0].lower() for w in words if w.group(0).lower() not in _CONNECT)


def _after_a_listed_name(chosen: list[re.Match], abbr: str) -> list[re.Match]:
    """"on SMACLite and Google Research Football (GRF)": where the words after an "and" or "or" spell the acronym
    and the whole run does not, the long form starts after it."""
    letters = "".join(ch.lower() for ch in abbr if ch.isupper())
    if _initials(chosen) == letters:
        return chosen
    for i, w in enumerate(chosen[:-1]):
        if w.group(0) in ("and", "or") and _initials(chosen[i + 1:]) == letters:
            return chosen[i + 1:]
    return chosen


_ACRONYM_IN_BRACKETS = re.compile(r"\(\s*([A-Z][A-Za-z]*[A-Z]|[A-Z][A-Za-z]*-[A-Z][A-Za-z]*[A-Z])s?\s*\)")


@lru_cache(maxsize=256)  # asked twice per paper (definition facts, then the candidates' own meanings)
def _lowercase_meanings(text: str) -> Mapping[str, str]:
    """Acronyms a text defines with a lower-case phrase that spells them: "grouped-query attention (GQA)",
    "a visually rich document (VRD)". Returns key → phrase."""
    out = {}
    for m in _ACRONYM_IN_BRACKETS.finditer(text):
        letters = "".join(ch.lower() for ch in m.group(1) if ch.isupper())
        window = text[max(0, m.start() - 80):m.start()]
        words = list(re.finditer(r"[A-Za-z]+(?:-[A-Za-z]+)*", window))
        for n in range(1, min(len(letters), len(words)) + 1):
            phrase = [w.group(0) for w in words[-n:]]
            first = max(0, m.start() - 80) + words[-n].start()
            if re.search(r"(?:^|[.!?\n])\s*$", text[max(0, first - 3):first]):
                phrase[0] = phrase[0].lower()  # "Monocular depth estimation (MDE) aims …" opens its sentence
            if all(p.islower() for p in phrase) and (_spells(letters, phrase) or _names_setting(m.group(1), phrase)):
                out[entity_key(m.group(1))] = " ".join(phrase)
                break
    return MappingProxyType(out)  # cached: read-only


def _names_setting(abbr: str, words: list[str]) -> bool:
    """An acronym that loosely abbreviates a task or learning setting, by its first letter and a task's head noun:
    "visible-infrared person re-identification (VI-ReID)", "semi-supervised domain generalization (Semi-MDG)",
    "text-to-image person re-identification (TIReID)"."""
    return len(words) > 1 and words[0][0] == abbr[0].lower() \
        and words[-1].split("-")[-1] in P.TASK_HEADS | _PARADIGM_HEADS


def _spells(letters: str, words: list[str]) -> bool:
    """True when the initials of ``words`` are ``letters``, a hyphenated word giving one initial or one per part:
    "long-term time-series forecasting" spells LTTF (and "grouped-query attention" GQA)."""
    choices = [{w[0]} | {"".join(p[0] for p in w.split("-"))} for w in words]
    spelled = {""}
    for options in choices:
        spelled = {s + o for s in spelled for o in options if letters.startswith(s + o)}
    return letters in spelled


def _method_meaning(c: Candidate, phrase: str) -> bool:
    """"direct preference optimization (DPO)" spells out the listed method DPO: a technique's phrase for a method."""
    head = phrase.split()[-1]  # but "table detection (TD)" names a task, not the listed T-D
    return c.kind == EntityKind.METHOD and head in P.TASK_HEADS | P.METHOD_NOUNS and head not in P.TASK_NAME_HEADS


def _as_title_case(phrase: str) -> str:
    """"cooperative remote search task" → "Cooperative Remote Search Task": the phrase written as a name."""
    return " ".join(w[:1].upper() + w[1:] for w in phrase.split())


_FAMILY_DEFINITION = re.compile(r"(?<![\w-])((?:[A-Z][\w-]* ){1,5}(?:Systems|Models|Networks|Methods|Algorithms|Agents))"
                                r"\s*\(\s*([A-Z][A-Za-z-]*[A-Z])s?\s*\)")


@lru_cache(maxsize=256)
def _family_meanings(text: str) -> frozenset[str]:
    """Acronyms a text defines as a plural family in Title Case, spelled by its initials: "Sequential Recommender
    Systems (SRS)" names a kind of system, not the listed SRS."""
    out = set()
    for m in _FAMILY_DEFINITION.finditer(text):
        letters, words = "".join(ch.lower() for ch in m.group(2) if ch.isupper()), m.group(1).lower().split()
        phrases = [words[-n:] for n in range(1, len(words) + 1)]  # "Existing Sequential Recommender Systems (SRS)"
        if any(_spells(letters, p) and load_gazetteer().lookup(" ".join(p)) is None for p in phrases):
            out.add(entity_key(m.group(2)))
    return frozenset(out)


def _own_meaning(c: Candidate, meanings: Mapping[str, str], text: str) -> bool:
    """False for a known acronym this paper spells out as an ordinary phrase that no list knows ("grouped-query
    attention (GQA)" is not the GQA dataset) or as a plural family ("Sequential Recommender Systems (SRS)"): the
    paper's meaning wins over the gazetteer's, unless the paper also writes the phrase as a name ("The Indiana
    “Cooperative Remote Search Task” (CReST) Corpus")."""
    if c.rule == "gazetteer:pwc" and entity_key(c.span.text) in _family_meanings(text):
        return False
    phrase = meanings.get(entity_key(c.span.text))
    if c.rule != "gazetteer:pwc" or phrase is None or _method_meaning(c, phrase):
        return True
    as_name = _as_title_case(phrase)
    return load_gazetteer().lookup(phrase) is not None or as_name in text


_DEF_REVERSED = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\s*\(\s*([A-Z][\w]*(?:[\s\-]+[\w]+){1,7})\s*\)")


def _definitions(field: str, sent: Span) -> list[tuple[Candidate, Candidate, bool]]:
    """("Long Name", "ABBR") pairs written as ``Long Name (ABBR)`` or ``ABBR (Long Name)``; the flag says the long
    form is Title Case."""
    pairs = []
    for m in _DEF.finditer(sent.text):
        abbr = m.group(1)
        if sum(c.isupper() for c in abbr) < 2 or len(abbr) > 20:
            continue
        lf = _long_form(sent.text, m.start(), abbr)
        if lf is None:
            continue
        offset, long = lf
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", long)).lower()
        if next(ch for ch in abbr if ch.isalpha()).lower() in initials:  # "3DGS" by its "D"
            pairs.append(_definition_pair(field, sent, abbr, m.start(1), long, offset))
    for m in _DEF_REVERSED.finditer(sent.text) if "(" in sent.text else ():  # "MCD (Mahalanobis Contrastive …)"
        abbr, long = m.group(1), m.group(2)
        letters = [ch.lower() for ch in abbr if ch.isupper()]
        initials = [w[0].lower() for w in re.split(r"[\s\-]+", long) if w and w.lower() not in _CONNECT]
        if len(letters) >= 2 and initials == letters:
            pairs.append(_definition_pair(field, sent, abbr, m.start(1), long, m.start(2)))
    return pairs


def _definition_pair(field: str, sent: Span, abbr: str, abbr_at: int, long: str,
                     long_at: int) -> tuple[Candidate, Candidate, bool]:
    """The acronym and its long form (offsets within the sentence) as candidates of one entity."""
    a = Span(abbr, sent.start + abbr_at, sent.start + abbr_at + len(abbr))
    lspan = Span(long, sent.start + long_at, sent.start + long_at + len(long))
    title_case = all(w[:1].isupper() or _DIMENSION.match(w) for w in long.split() if w.lower() not in _CONNECT)
    return (Candidate(field, sent, a, "pattern:definition"),
            Candidate(field, sent, lspan, "pattern:definition", alias_of=entity_key(abbr)), title_case)


def _named_phrase(field: str, text: str, sent: Span) -> list[Candidate]:
    """The phrase right after a naming verb: "termed Control-GIC", "dubbed ND loss", "called the AutoInt"."""
    out = []
    for m in P.NAMING.finditer(sent.text):
        if not m.group(0)[0].islower():
            continue  # "Named Entity Recognition" in a Title Case title names nothing
        if sent.text[max(0, m.start() - 3):m.start()].lower() == "so-":
            continue  # "an interlingua representation, so-called Interchange Format": an existing name
        if P.NOT_OURS.search(sent.text[:m.start()].split(",")[-1]):
            continue
        rest = sent.text[m.end():]
        defined = re.match(r"[^,.;:()]{0,120}?\(\s*([A-Za-z][\w\-+^.]*[\w+])\s*\)", rest)
        if defined and sum(ch.isupper() for ch in defined.group(1)) >= 2 and rest[:1].isalpha() \
                and defined.group(1)[0].lower() == rest[0].lower():
            # "called Sparse masKed modeling (SparK)", "named multi-hop graph relation network (MHGRN)"
            start = sent.start + m.end() + defined.start(1)
            out.append(Candidate(field, sent, Span(defined.group(1), start, start + len(defined.group(1))),
                                 "pattern:naming"))
            continue
        run = re.match(r"(?:[A-Z0-9][\w\-+.^*']*|[a-z][\w\-]*[A-Z][\w\-+]*)(?:\s+(?:[A-Z0-9][\w\-+.^*']*|loss|v\d+))*"
                       r"(?:\s+(?:and|&)\s+[A-Z][a-z]+\b(?!\s*\())?", rest)  # "called Prune and Merge"
        if not run and m.group(0)[-1] in "\"“'‘":  # named “mix-review”: a quoted name may be lower case
            run = re.match(r"[\w][\w\-]*(?:\s[\w\-]+){0,3}(?=[\"”'’])", rest)
        if not run or run.group(0) in P.STOP_CAPS:
            continue
        surface = run.group(0).rstrip(".")
        start = sent.start + m.end()
        out.append(Candidate(field, sent, Span(surface, start, start + len(surface)), "pattern:naming"))
    for m in _OUR_NOUN_THEN_NAME.finditer(sent.text):  # "our proposed approach, Loki, gains …": an apposition names it
        if m.group(1) not in P.STOP_CAPS:
            start = sent.start + m.start(1)
            out.append(Candidate(field, sent, Span(m.group(1), start, m.end(1) + sent.start), "pattern:naming"))
    for m in _NOUN_THEN_NAME.finditer(sent.text) if _SET_OFF_WORD.search(sent.text) else ():
        # "the baseline optimization framework, Flextron, …": a name, not ours
        word = m.group(1)
        if word not in P.STOP_CAPS and word.lower() not in common_words() and word not in _languages() \
                and not _OUR_NOUN_THEN_NAME.match(sent.text, max(0, m.start() - 40)):
            start = sent.start + m.start(1)
            out.append(Candidate(field, sent, Span(word, start, start + len(word)), "pattern:apposition"))
    out += _plain_data_names(field, sent)
    return out


# a plain capitalised word the text itself calls data: "the synthetic dataset Obajverse", "the robotic environment
# Housekeep" (a data noun right before), "we curate Fractura, a diverse dataset …" (an apposition right after)
_DATA_NOUN_THEN_WORD = re.compile(r"\b(?:dataset|benchmark|corpus|environment|testbed)\s+([A-Z][a-z]{2,}[a-z0-9]*)"
                                  # the word ends the phrase ("… Housekeep.", "… Magma and …"), unlike an adjective
                                  # ("environment Gaussian primitives")
                                  r"(?=\s*[,.;:()]|\s*$|\s+(?:and|or|as|with|to|for|in|on|from|which|that|is|was|are|"
                                  r"were|has|have|contains|consists|comprises)\b)")
_WORD_THEN_DATA_APPOSITION = re.compile(r"(?<=[a-z,] )([A-Z][a-z]{2,}[a-z0-9]*)\s*(?:,|\s[-–—])\s*(?:a|an|the)\s+"
                                        r"(?:[\w\-]+\s+){0,6}?(?:dataset|benchmark|corpus|testbed)\b")


# a score on a plain word: "96.85% on Salinas", "an accuracy of 91.2 on Houston 2013, …"
_SCORE_ON_WORD = re.compile(r"\d%?\s+on\s+(?:the\s+)?([A-Z][a-z]{2,}[a-z0-9]*)(?=\s*[,.;]|\s+(?:and|datasets?)\b)")


def _plain_data_names(field: str, sent: Span) -> list[Candidate]:
    """Plain capitalised words named as data by a data noun right before them or an apposition right after, or that
    a score is reported on (abstracts only; ordinary, language and sentence words are left out)."""
    text = sent.text
    if field != "abstract":
        return []
    scored = list(_SCORE_ON_WORD.finditer(text)) if "% on " in text or " on " in text else []
    if not scored and not ("dataset" in text or "benchmark" in text or "corp" in text
                           or "environment" in text or "testbed" in text):  # substring tests: the cheap filter
        return []
    out = []
    for m in (*_DATA_NOUN_THEN_WORD.finditer(text), *_WORD_THEN_DATA_APPOSITION.finditer(text), *scored):
        word = m.group(1)
        if word in P.STOP_CAPS or word.lower() in common_words() or word in _languages():
            continue
        start = sent.start + m.start(1)
        out.append(Candidate(field, sent, Span(word, start, start + len(word)), "pattern:apposition",
                             EntityKind.DATASET))
    return out + _data_list_items(field, sent) + _closed_data_list_items(field, sent)


# a list the text opens as datasets: "four public datasets, i.e., 50 Salads, YouTube Instructions, Breakfast, and
# Desktop Assembly", "three healthcare datasets — Prostate Cancer, Heart Failure, and Diabetes", "five datasets with
# emotion annotations – EmoMusic, …", "three OOD datasets, RSNA Pneumonia, …", "datasets (e.g., Sepsis, …"
_DATA_LIST_OPENING = re.compile(r"\b(?:datasets|benchmarks|corpora)"
                                r"(?:\s+(?:with|of|from|for|covering|spanning)(?:\s+[a-z][\w\-]*){1,4})?"
                                r"\s*(?:\((?:\s*(?:i\.e\.|e\.g\.),?)?|:|[—–]|-(?=\s)"  # "datasets - TN3K (…) and BUSI"
                                r"|,\s*(?:(?:i\.e\.|e\.g\.|namely)\s*,?)?"
                                r"|\s(?=from\s+[A-Z])from)\s*")  # "35 datasets from Matbench and JARVIS-DFT"
_DATA_LIST_ITEM = re.compile(r"(?:\s*\([^()]*\))?\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?((?:\d+\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}"
                             r"(?:\s+(?:19|20)\d\d)?)"  # "Houston 2013"
                             r"(?=\s*(?:,|\)|\(|and\b|$|\.)|\s+[a-z])")  # the last item may end at the verb


# a list a plural data noun closes, after a preposition: "on the Epic-kitchen-100, EGTEA Gaze+, and 50salads datasets",
# "on the Cart Pole and Mountain Car environments" (names of several words the other finders cut short)
_CLOSED_ITEM_WORD = r"(?:[A-Z0-9][\w\-+.&'’]*|[a-z][\w\-]*[A-Z0-9][\w\-+]*)(?!/)"
_CLOSED_ITEM = r"(?:the\s+)?" + _CLOSED_ITEM_WORD + r"(?:\s+" + _CLOSED_ITEM_WORD + r"){0,3}"
_CLOSED_DATA_LIST = re.compile(r"\b(?:on|across|in|from|using|including|with|of|over)\s+(?:[a-z][a-z\-]*\s+){0,3}?"
                               r"(" + _CLOSED_ITEM + r"(?:\s*,\s*" + _CLOSED_ITEM + r")*\s*,?\s+(?:and|or|&)\s+"
                               + _CLOSED_ITEM + r")\s+(?:[a-z][a-z\-]*\s+){0,2}?"  # "… and Caravan global datasets"
                               r"(?:datasets|benchmarks|corpora|environments|test\s+sets)\b")
_CLOSED_SPLIT = re.compile(r"\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+")


def _closed_data_list_items(field: str, sent: Span) -> list[Candidate]:
    """The items of a list that a plural data noun closes, each a name of up to four words."""
    text = sent.text
    if not ("datasets" in text or "benchmarks" in text or "corpora" in text or "environments" in text
            or "test sets" in text):
        return []
    out = []
    for m in _CLOSED_DATA_LIST.finditer(text):
        parts = _CLOSED_SPLIT.split(m.group(1))
        if any(part.isdigit() for part in parts):
            continue  # "on 4 LLMs and 7 datasets" counts things
        at = m.start(1)
        for part in parts:
            offset = text.index(part, at)
            at = offset + len(part)
            name = re.sub(r"^the\s+", "", part)
            offset += len(part) - len(name)
            if not _may_be_list_name(name) or _LANGUAGE_PAIR.fullmatch(" " + name):
                continue  # "on En-De and En-Fr speech translation benchmarks" names language pairs
            out.append(Candidate(field, sent, Span(name, sent.start + offset, sent.start + offset + len(name)),
                                 "pattern:list-sibling", EntityKind.DATASET))
    return out


def _may_be_list_name(name: str) -> bool:
    """A list item that may be a name: no sentence word first, no language in it, not an ordinary word alone, no
    metric last ("NoCaps CIDEr" is the data and the score read on it)."""
    words = name.split()
    return words[0] not in P.STOP_CAPS and not any(w in _languages() for w in words) \
        and name.lower() not in common_words() and not (len(words) > 1 and entity_key(words[-1]) in METRICS)


_AUTHOR_YEAR = re.compile(r"[A-Z][a-z]+\s+(?:19|20)\d\d")
_LOWER_WORD_NEXT = re.compile(r"\s+(?!(?:and|or)\b)[a-z]")


def _data_list_items(field: str, sent: Span) -> list[Candidate]:
    """The capitalised items of a list the text opens as datasets, ordinary words too: the text says what they are.
    Language names and sentence words are left out."""
    out = []
    for opening in _DATA_LIST_OPENING.finditer(sent.text):
        at = opening.end()
        while (m := _DATA_LIST_ITEM.match(sent.text, at)) is not None:
            if _LOWER_WORD_NEXT.match(sent.text, m.end()) and "and" not in m.group(0)[:m.start(1) - m.start()]:
                break  # only the last item ("…, and Desk Tidying show") ends at a lower-case word: "the TREC Deep
                # Learning tracks" is a name and its noun
            name = m.group(1)
            if "(" in opening.group(0) and _AUTHOR_YEAR.fullmatch(name):
                break  # "parallel corpora (Tiedemann 2012)" cites
            if _may_be_list_name(name):  # not "datasets (Cross-Domain)": a setting, not a name
                start = sent.start + m.start(1)
                out.append(Candidate(field, sent, Span(name, start, start + len(name)), "pattern:list-sibling",
                                     EntityKind.DATASET))
            at = m.end()
    return out


_SET_OFF_WORD = re.compile(r", [A-Z][a-z]{2,}[a-z0-9]* ?,")  # cheap test before the search below
_NOUN_THEN_NAME = re.compile(r"(?<![Oo]ur )\b(?:method|model|framework|approach|system|algorithm|technique|"
                             r"architecture|network|benchmark|dataset|baseline|corpus)s?,\s+([A-Z][a-z]{2,}[a-z0-9]*)"
                             r"(?=\s*,)")
_OUR_NOUN_THEN_NAME = re.compile(r"\b[Oo]ur\s+(?:proposed\s+|new\s+|novel\s+)?(?:method|model|framework|approach|system|"
                                 r"algorithm|technique|architecture|network|benchmark|dataset),\s+([A-Z][a-z]{2,})(?=\s*,)")


_URLISH = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|io|co|net|ai|edu|ch|science)/\S*")


_UNICODE_HYPHENS = str.maketrans("\u2010\u2011", "--")


def _plain_hyphens(text: str) -> str:
    """"Multi‑View" with a non-breaking hyphen is "Multi-View" (one character for one, so offsets hold)."""
    return text.translate(_UNICODE_HYPHENS) if "\u2010" in text or "\u2011" in text else text


def _mask_urls(text: str) -> str:
    """Blank out URLs (same length, so offsets hold): user names in them are not artifacts."""
    if "/" not in text and "www." not in text:
        return text  # no URL can be there (most abstracts): skip the search
    return _URLISH.sub(lambda m: " " * len(m.group(0)), text)


_ABSTRACT_LABEL = re.compile(r"^\s*(?:Abstract|ABSTRACT)\s*(?::|\.|--?|—|–)\s*")


def _mask_label(text: str) -> str:
    """Blank out a leading "Abstract--" or "ABSTRACT:" (same length, so offsets hold): a label, not the text's first
    word ("Abstract--DLRM is …" names DLRM). "Abstract Meaning Representation" has no separator and stays."""
    return _ABSTRACT_LABEL.sub(lambda m: " " * len(m.group(0)), text, count=1)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _whole_word_starts(text: str, name: str) -> list[int]:
    """Where ``text`` writes ``name`` with no word character or hyphen on either side; plain string search, as a
    regular expression per name would crowd the compiled patterns out of the ``re`` module's cache."""
    starts, at = [], text.find(name)
    while at >= 0 and name:
        end = at + len(name)
        if not (at and (_word_char(text[at - 1]) or text[at - 1] == "-")) \
                and not (end < len(text) and (_word_char(text[end]) or text[end] == "-")):
            starts.append(at)
        at = text.find(name, at + 1)
    return starts


def _capitalised_mid_sentence(phrase: str, text: str) -> bool:
    """True when ``text`` writes the Title-Case ``phrase`` as is, not at the start of a sentence."""
    words = phrase.split()
    if not all(w[:1].isupper() for w in words) or any(w in P.STOP_CAPS for w in words):
        return False
    for start in _whole_word_starts(text, phrase):
        before = text[:start].rstrip()
        if len(before) < start and before and (_word_char(before[-1]) or before[-1] in ",;("):
            return True  # a word, comma or bracket, then white space, then the phrase
    return False


_DETERMINERS = frozenset("Another Every Each Any Some No One".split())


def _word_before_a_name(word: str, name: str) -> bool:
    """"Deep OC-SORT", "Contextual BERT", "Chinese WPLC": a capitalised word that is part of the name (not
    "Introducing RONEC", "Another PASS")."""
    return word.istitle() and P.name_shaped(name) and not word.endswith("ing") and word not in _DETERMINERS \
        and (word not in P.STOP_CAPS or word in P.LANGUAGE_NAMES)  # "Chinese WPLC: …" too


def _title_names(title: str, abstract: str) -> list[Candidate]:
    """Title-prefix names that no shape rule finds ("Hecate: …"), in the title and where the abstract repeats them."""
    out = []
    for name in _title_prefix(title):
        if " " in name and _capitalised_mid_sentence(name, abstract):
            pass  # "Knowledge Concentration: …" written so again inside the abstract is a coined name
        elif len(name.split()) == 2 and _word_before_a_name(*name.split()):
            pass  # "Deep OC-SORT: …": a word and a name, which the shape rules find only in part
        elif " " in name or P.name_shaped(name) or not _title_prefix_ok(name, abstract):
            continue  # other multi-word and name-shaped prefixes are found by the other rules
        for field, text in (("title", title), ("abstract", abstract)):
            for start in _whole_word_starts(text, name):
                sent = next(s for s in sentences(text) if s.start <= start < s.end + 1)
                out.append(Candidate(field, sent, Span(name, start, start + len(name)), "pattern:title-prefix"))
    return out


_TWO_LETTER_WORDS = frozenset("on in of to by as at an is we or it be".split())  # but "arXiv" is no "ar" + "Xiv"


_NUMBERS_SHARED = re.compile(r"(\S*[A-Za-z][\-_]?)(\d+(?:\.\d+)?)((?:/\d+(?:\.\d+)?)+)")  # "CIFAR10/100", "MOT17/20"


def _numbered_names(c: Candidate, m: re.Match) -> list[Candidate]:
    """"CIFAR10/100" names CIFAR10 and CIFAR100: the second name is written as its number alone."""
    stem, out, offset = m.group(1), [], c.span.start + len(m.group(1))
    for number in [m.group(2)] + m.group(3).split("/")[1:]:
        whole = stem + number
        span = Span(whole if not out else number, c.span.start if not out else offset, offset + len(number))
        entry = load_gazetteer().lookup(whole)
        if entry is not None and not entry.ambiguous:
            out.append(replace(c, span=span, rule="gazetteer:pwc", kind=entry.kind, canonical=entry.canonical))
        else:
            out.append(replace(c, span=span, canonical=None if not out else whole))
        offset += len(number) + 1
    return out


_DOMAIN_PAIR = re.compile(r"([A-Z][\w]*)-to-([A-Z][\w]*)")  # "GTAV-to-Cityscapes": adaptation from one dataset to another


def _listed_data(name: str) -> bool:
    entry = load_gazetteer().lookup(name)
    return entry is not None and entry.kind == EntityKind.DATASET and not entry.ambiguous


def _domain_pair(field: str, sent: Span, tok: Span) -> list[Candidate]:
    """"GTAV-to-Cityscapes", "Synthia-to-Cityscapes": the source and target datasets of a domain adaptation, when the
    lists know one of them (else "Text-to-Image" would be two names)."""
    pair = _DOMAIN_PAIR.fullmatch(tok.text)
    if pair is None or not any(_listed_data(side) for side in pair.groups()) \
            or any(is_noise(entity_key(side)) for side in pair.groups()):
        return []  # "the MHA-to-GQA transformation" turns a family into one of its kind
    return [Candidate(field, sent, Span(side, tok.start + pair.start(n), tok.start + pair.end(n)), "pattern:domain-pair",
                      EntityKind.DATASET) for n, side in ((1, pair.group(1)), (2, pair.group(2)))]


_NAME_BEFORE = re.compile(r"(?:\b(?:the|named|called|dubbed|termed|introduces?|proposes?|presents?)\s+)$", re.IGNORECASE)
_DATA_AFTER = re.compile(r"\s+(?:[\w\-]+\s+)?(?:" + "|".join(sorted(P.DATASET_NOUNS)) + r")\b")  # "X (knee) data"


def _written_as_a_name(c: Candidate) -> bool:
    """"the fastMRI dataset", "trained on fastMRI data", "named streamPCQ-TL": a name whose first part is a word, written
    where names go, not two words run together ("introducePerSenT")."""
    start, end = c.span.start - c.sentence.start, c.span.end - c.sentence.start
    return bool(_NAME_BEFORE.search(c.sentence.text[max(0, start - 20):start])
                or _DATA_AFTER.match(c.sentence.text, end))


def _split_shape(c: Candidate) -> list[Candidate]:
    """A name-shaped token that is not one name: "introducePerSenT" is PerSenT, "VGG/WideResNet" is VGG and WideResNet."""
    if c.rule != "pattern:name-shape":
        return [c]
    m = P.RUN_TOGETHER.fullmatch(c.span.text)
    title_prefix = c.field == "title" and c.span.start == 0 and c.sentence.text[c.span.end:c.span.end + 1] == ":"
    if m and not title_prefix and m.group(1) in common_words() and (len(m.group(1)) > 2
                                                                    or m.group(1) in _TWO_LETTER_WORDS) \
            and not _written_as_a_name(c):
        rest = m.group(2)
        start = c.span.start + len(m.group(1))
        if not P.name_shaped(rest):
            return []  # "onMachine", "playsFor"
        return [replace(c, span=Span(rest, start, c.span.end))]
    numbered = _NUMBERS_SHARED.fullmatch(c.span.text)
    if numbered:
        return _numbered_names(c, numbered)
    versioned = _VERSION_OF_KNOWN.fullmatch(c.span.text)
    if versioned and (longer := _known_with_word_before(c, versioned.group(1))) is not None:
        return [longer]
    joiner = "/" if "/" in c.span.text else "+" if "+" in c.span.text.strip("+") else None
    if joiner == "+" and _generic_composite(c.span.text):
        return [c]  # "BiLSTM+CRF" is a family, dropped later
    if joiner and " " not in c.span.text:
        parts = c.span.text.split(joiner)
        if all(len(p) > 1 and p[0].isalpha() for p in parts):  # "VGG/WideResNet", "Faster R-CNN+ResNet50"
            out, offset = [], c.span.start
            for part in parts:
                entry = load_gazetteer().lookup(part)
                word_before = re.search(r"([A-Z]\w+) $", c.sentence.text[:offset - c.sentence.start])
                longer = f"{word_before.group(1)} {part}" if offset == c.span.start and word_before else None
                if longer and load_gazetteer().lookup(longer):  # "Faster R-CNN+ResNet50": the name is "Faster R-CNN"
                    entry = load_gazetteer().lookup(longer)
                    out.append(replace(c, span=Span(longer, offset - len(word_before.group(1)) - 1, offset + len(part)),
                                       rule="gazetteer:pwc", kind=entry.kind, canonical=entry.canonical))
                elif entry is not None and not entry.ambiguous:
                    out.append(replace(c, span=Span(part, offset, offset + len(part)), rule="gazetteer:pwc",
                                       kind=entry.kind, canonical=entry.canonical))
                elif P.name_shaped(part) or part[:1].isupper():
                    out.append(replace(c, span=Span(part, offset, offset + len(part))))
                offset += len(part) + 1
            return out
    return [c]


_VERSION_OF_KNOWN = re.compile(r"([A-Z][a-z]+)-(\d+)")  # the "Voice-17" of "Common Voice-17"


def _known_with_word_before(c: Candidate, word: str) -> Candidate | None:
    """"Mozilla Common Voice-17": a listed two-word name whose second word carries the version, as one candidate."""
    before = re.search(r"([A-Z]\w+) $", c.sentence.text[:c.span.start - c.sentence.start])
    entry = load_gazetteer().lookup(f"{before.group(1)} {word}") if before else None
    if entry is None or entry.ambiguous:
        return None
    start = c.span.start - len(before.group(1)) - 1
    version = c.span.text[len(word) + 1:]
    return replace(c, span=Span(f"{before.group(1)} {c.span.text}", start, c.span.end), rule="gazetteer:pwc",
                   kind=entry.kind, canonical=f"{entry.canonical} {version}")


_COMPOUND_AFTER_TRIGGER = re.compile(r"\s+(?:the\s+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)+)(?=\s*(?:,\s*(?:a|an|which)\b|\(|:))")
# "we propose a new method, Sent-Debias, to …", "two novel … methods Shift-Att and Shift-AET"
_COMPOUND_AFTER_NOUN = re.compile(r"\s+(?:an?\s+|two\s+|three\s+)?(?:(?:new|novel|simple|effective)\s+)?(?:[\w-]+\s+){0,3}?"
                                  r"(?:method|model|framework|approach|system|algorithm|technique|metric|tool)s?,?\s+"
                                  r"([A-Z][a-z]+(?:-[A-Z][a-z]+)+)(?=\s*(?:,|\(|:|\s(?:and|to|that|which)\b))")


_COMPOUND_AFTER_EXAMPLE = re.compile(r"\b(?:models|methods|baselines|LLMs|datasets|benchmarks)(?:\s+[\w\-]+){0,4},?\s+(?:such as|like|"
                                    r"including|e\.g\.,?)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)+)(?=\s*(?:,|and\b|or\b|\)))")
_COMPOUND_IN_DATA_BRACKETS = re.compile(r"\b(?:dataset|benchmark|corpus)\s*\(\s*([A-Z][a-z]+(?:-[A-Z][a-z]+)+)\s*\)")
_TITLE_COMPOUND_HINT = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]")


def _proposed_compound(field: str, sent: Span) -> list[Candidate]:
    """"we propose Cross-Thought, a novel approach": a hyphenated Title-Case word introduced as a name.

    Such words are otherwise compound adjectives ("Zero-Shot"), so only this context makes them names.
    """
    out = []
    if not _TITLE_COMPOUND_HINT.search(sent.text):
        return out
    for m in P.PROPOSE.finditer(sent.text):
        if not m.group(0)[0].islower() and m.start() > 0 and field == "title":
            continue  # a Title Case title's "We Propose" (an abstract's "Additionally, We also introduce" is a slip)
        named = _COMPOUND_AFTER_TRIGGER.match(sent.text, m.end()) or _COMPOUND_AFTER_NOUN.match(sent.text, m.end())
        if named:
            start = sent.start + named.start(1)
            out.append(Candidate(field, sent, Span(named.group(1), start, start + len(named.group(1))),
                                 "pattern:name-shape"))
    for m in _COMPOUND_AFTER_EXAMPLE.finditer(sent.text):  # "LLMs tailored to Korean, such as Polyglot-Ko, …"
        start = sent.start + m.start(1)
        out.append(Candidate(field, sent, Span(m.group(1), start, start + len(m.group(1))), "pattern:name-shape"))
    for m in _COMPOUND_IN_DATA_BRACKETS.finditer(sent.text):  # "a self-built dataset (Bullet-Hole)"
        start = sent.start + m.start(1)
        out.append(Candidate(field, sent, Span(m.group(1), start, start + len(m.group(1))), "pattern:titled-data",
                             kind=EntityKind.DATASET))
    return out


_NAME_ADJECTIVES = frozenset({"New", "Large", "Small", "Novel"})
_TITLED_DATA = re.compile(r"(?<![\w-])((?:[OD][’'](?=[A-Z]))?(?:(?:[A-Z][\w\-+.’']*|(?:19|20)\d\d)\s+){0,3}[A-Z][\w\-+.]*"
                          r"(?:\s+[1-9](?:\.\d)?(?=\s+[a-z]))?)\s+"  # "the Argoverse 2 dataset": a version before the noun
                         r"(?:dataset|datasets|benchmark|benchmarks|corpus|corpora|treebank"
                         r"|(?P<setting>environments?|task\s+suite)"  # "the Overcooked environment" the agents act in
                         r"|(?P<noun>Dataset|Datasets|Database|Corpus|Treebank|Lexicon|Bank|Leaderboard|Benchmark|Challenge|"
                         r"Biobank|Atlas|Surveys?|Initiative|"  # data resources: "UK Biobank", "the Dark Energy Survey"
                         r"Knowledge\s+Graph|Ontology|"  # "the Open Research Knowledge Graph", "Citation Typing Ontology"
                         # the edition a challenge is written with: "the 2023 MICCAI … Challenge", "… Challenge 2023"
                         r"Track)(?P<edition>\s+(?:(?:19|20)\d\d|\d))?)\b")


# capitalised nouns after which a paper often writes the short name it goes by
_NAMED_AFTER_NOUNS = frozenset({"Benchmark", "Challenge", "Track"})


def _name_follows(text: str, at: int) -> bool:
    """Whether an abbreviation in brackets or a capitalised word comes right after ``at`` (the name goes on: "the 2020
    Formosa Grand Challenge Contest")."""
    m = re.match(r"[ \t]*(\(?)\s*([\w\-]+)", text[at:])
    return m is not None and (m.group(1) == "(" or m.group(2)[0].isupper())


_LOWER_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")  # "Multi-objective", "Jury-pluralistic"
_QUALIFYING_COMPOUND = re.compile(r"[A-Z][A-Za-z]*(?:-[a-z]{3,})+")  # "GPS-denied", "AI-mediated", "Mirror-containing"


def _may_name_titled_data(text: str) -> bool:
    """Whether ``text`` holds a noun :data:`_TITLED_DATA` needs: the cheap test before that search (substring tests
    on the lower-cased text are several times faster than one case-insensitive pattern)."""
    low = text.lower()
    return ("dataset" in low or "database" in low or "benchmark" in low or "corp" in low or "treebank" in low
            or "lexicon" in low or "bank" in low or "leaderboard" in low or "Challenge" in text or "Track" in text
            or "environment" in low or "suite" in low or "Atlas" in text or "Survey" in text or "Initiative" in text
            or "Knowledge Graph" in text or "Ontology" in text)


def _holds_known_name(words: list[str]) -> bool:
    gaz = load_gazetteer()
    return any(gaz.lookup(" ".join(words[i:j])) for i in range(len(words)) for j in range(i + 1, len(words) + 1))


_SIZE_WORDS = frozenset("Tiny Mini Small Large Full Extended".split())


def _known_source_collection(m: re.Match, words: list[str]) -> bool:
    """"the Enron Email Corpus": a known name and ordinary words before a capitalised collection noun name one
    collection (but "RobustBench CIFAR-100 dataset" is two names, and "the COCO Detection benchmark" is COCO)."""
    known = [w for w in words if load_gazetteer().lookup(w)]
    return bool(m.group("noun")) and len(known) == 1 and len(words) > 1 \
        and all(w in known or (w.lower() in common_words() and w.lower() not in P.TASK_HEADS) for w in words)


_VARIANT_SUFFIXES = frozenset("Plus Pro Lite Hard Verified Extended".split())


def _variant_of_known(words: list[str]) -> bool:
    """"Tiny ImageNet", "Mini ImageNet": a size word before a known dataset names a smaller or larger version of it;
    so does a variant word after it ("the CheXpert Plus dataset", "the MMMU Pro benchmark")."""
    gaz = load_gazetteer()
    return len(words) == 2 and (words[0] in _SIZE_WORDS and gaz.lookup(words[1]) is not None
                                or words[1] in _VARIANT_SUFFIXES and gaz.lookup(words[0]) is not None)


def _titled_data(field: str, sent: Span) -> list[Candidate]:
    """"On the Natural Instructions dataset", "the public MVTec AD dataset": up to four capitalised words before a
    dataset noun, or before "environment(s)" or "task suite" ("the Overcooked environment").

    Abstracts only (titles capitalise every word); leading sentence words and language names are dropped, and a
    phrase of ordinary capitalised words alone ("the English corpus", "A New Dataset") is no name.
    """
    if field != "abstract" or not _may_name_titled_data(sent.text):
        return []
    out = []
    for m in _TITLED_DATA.finditer(sent.text):
        if m.group("noun") in _NAMED_AFTER_NOUNS and _name_follows(sent.text, m.end()):
            continue  # "the Visual Document Retrieval Benchmark (ViDoRe)", "… Benchmark ViDoRe": the name follows
        words = m.group(1).split()
        # an adjective capitalised inside a sentence begins a name ("the New York Times corpus", "the Large Movie
        # Review Dataset"); at a sentence's start it is just the first word
        # so does "The" after a lower-case word: "from The Cancer Genome Atlas"
        inner_the = words[0] == "The" and re.search(r"[a-z] $", sent.text[:m.start(1)]) is not None
        if not (m.start(1) and (words[0] in _NAME_ADJECTIVES or inner_the) and len(words) > 1):
            while words and (words[0] in P.STOP_CAPS or words[0] in _languages()):
                words.pop(0)
        if not m.start(1) and len(words) > 1 and words[0].lower() in common_words() and P.name_shaped(words[1]):
            words.pop(0)  # "Traditional VideoQA benchmarks": the sentence's first word, then the name
        if not words or all(w in _languages() for w in words) or len(words) > 4:
            continue
        if words[-1][0].isdigit() and (len(words) < 2 or words[-2].lower() in common_words()):
            continue  # "Across 9 datasets": a count after an ordinary word, not "the Argoverse 2 dataset"
        opens_sentence = m.start(1) + m.group(1).index(words[0]) == 0  # the name is the sentence's first word
        if m.group("setting") and len(words) == 1 and (_QUALIFYING_COMPOUND.fullmatch(words[0]) or (
                opens_sentence and not P.name_shaped(words[0]))):
            continue  # "GPS-denied environments", "Underwater environments pose …": a qualifier, not a name
        if len(words) == 1 and not P.name_shaped(words[0]) and (words[0].lower() in common_words()
                                                                 or _LOWER_COMPOUND.fullmatch(words[0])):
            continue  # "Benchmark dataset", "Reddit corpus" are found (or not) by the other rules; "1) Multi-objective
            # benchmarks" is an adjective opening a list item
        if any(_USE_SUFFIX.fullmatch(w) or _DOMAIN_PAIR.fullmatch(w) for w in words) \
                or _holds_known_name(words) and not _variant_of_known(words) and not _known_source_collection(m, words):
            continue  # "COCO-style data"; "RobustBench CIFAR-100 dataset" is two known names (but "Tiny ImageNet" one)
        surface = " ".join(words) + (" " + m.group("noun") if m.group("noun") else "") \
            + (m.group("edition") or "")  # "the Movie Dialogue Dataset", "the Clarity Prediction Challenge 2023"
        start = sent.start + m.start(1) + m.group(1).index(words[0])
        out.append(Candidate(field, sent, Span(surface, start, start + len(surface)), "pattern:titled-data",
                             kind=EntityKind.DATASET))
    return out


_TITLED_HEADS = ("Network", "Module", "Decoder", "Encoder", "Mechanism", "Framework", "Loss", "Attention", "Transformer",
                 "Block", "Layer", "Strategy", "Algorithm", "Generator", "Distiller", "Aligner", "Extractor", "Predictor",
                 "Selector", "Estimator", "Adapter", "Refiner", "Router", "Planner", "Controller", "Retriever",
                 "Reasoner", "Scorer", "Verifier", "Enhancer", "Injector", "Engine")
_TITLED_METHOD = re.compile(r"(?<=[a-z,] )((?:[A-Z][\w\-]*\s+){1,3}(?:" + "|".join(_TITLED_HEADS) + r")s?)(?![\w-])")
# words of generic families written in Title Case ("a Graph Attention Network", "the Long Short-Term Memory Network")
_FAMILY_WORDS = frozenset("neural convolutional recurrent graph deep long short-term memory generative adversarial "
                          "residual feed-forward feedforward fully-connected self-attention multi-head language "
                          "large pre-trained pretrained transformer bayesian siamese genetic sparse dense lightweight "
                          "vanilla".split())


# "the Feature Consistency loss": Title-Case words before "loss" (a module's name is the Title-Case words alone)
_TITLED_LOWER_HEAD = re.compile(r"(?<=[a-z,] )((?:[A-Z][\w\-]*\s+){2,3}loss)(?![\w-])")
# "a Neighbor Decoder is proposed", "a Feature Enhancement Module is devised" (present tense: the paper's own work)
_PASSIVE_PROPOSE = re.compile(r"(?:\s*\([^)]*\))?\s+(?:is|are)\s+(?:also\s+|further\s+|then\s+|first\s+|newly\s+)?"
                              r"(?:proposed|devised|designed|introduced|presented|developed)\b")
# "Occlusion Instance Augmentation is proposed to …": a Title-Case phrase the paper says it proposes
_TITLED_PASSIVE = re.compile(r"(?:(?<=[a-z,] )|^)((?:[A-Z][a-z][\w\-]*\s+){1,3}[A-Z][a-z][\w\-]*)(?=" +
                             _PASSIVE_PROPOSE.pattern + ")")


_PASSIVE_WORDS = ("proposed", "devised", "designed", "introduced", "presented", "developed")


_ACRONYM_BRACKET_OPEN = re.compile(r"\b[A-Z][\w\-]*[A-Z][\w\-]*\s*\(\s*[A-Z][^()]*$")


def _titled_method(field: str, sent: Span) -> list[Candidate]:
    """"a Feature Enhancement Module is devised", "we design a Shared-Private Network": a Title-Case phrase inside a
    sentence, ending in a method noun (or before a lower-case one, or said to be proposed), is a name the paper
    gives its component (kept only if the paper proposes it)."""
    if field != "abstract":
        return []
    out = []
    patterns = [_TITLED_METHOD] if any(head in sent.text for head in _TITLED_HEADS) else []
    # the others only where their words are: most sentences have none of them
    if " loss" in sent.text:
        patterns.append(_TITLED_LOWER_HEAD)
    if any(word in sent.text for word in _PASSIVE_WORDS):
        patterns.append(_TITLED_PASSIVE)
    matches = [m for pattern in patterns for m in pattern.finditer(sent.text)]
    for m in sorted(matches, key=lambda m: m.start(1)):
        words = m.group(1).split()
        proposed_here = _PROPOSED_RIGHT_BEFORE.search(sent.text[max(0, m.start(1) - 60):m.start(1)])
        if any((w.lower() in _FAMILY_WORDS and not proposed_here) or w in P.STOP_CAPS for w in words[:-1]) \
                or _holds_known_name(words) or re.search(r"-(?:based|like|style)$", words[0]):
            continue  # a family, a phrase around a known name ("the Hierarchical Swin Transformer"), or a kind of
            # thing described by what it builds on ("SNN-based Transformers")
        before = sent.text[:m.start(1)]
        if re.search(r"[A-Z][\w\-]*\s+$", before) or re.match(r"\s+(?:from\s+)?[A-Z]", sent.text[m.end(1):]):
            continue  # part of a longer Title-Case run: "(Document Attention Network for …)", "Bidirectional Encoder
            # Representations from Transformers"
        if _ACRONYM_BRACKET_OPEN.search(before):
            continue  # words of an acronym's spelled-out form: "LANTERN (Large lAnguage model-powered TCR-Enhanced
            # Recognition Network)" names LANTERN, not a part of it
        start = sent.start + m.start(1)
        out.append(Candidate(field, sent, Span(m.group(1), start, start + len(m.group(1))), "pattern:titled-method",
                             kind=EntityKind.METHOD))
    return out


# "we propose the Heterogeneous Graph Transformer": a family word inside a name the sentence proposes is part of it
_PROPOSED_RIGHT_BEFORE = re.compile(P.PROPOSE.pattern + r"\s+(?:the|a|an)\s+(?:novel\s+|new\s+)?$", re.IGNORECASE)


_DATA_ENUMERATION = re.compile(r"\b(?:datasets|corpora|benchmarks|treebanks)\s*(?:,\s*)?(?:\(|:|such as|including|like|"
                               r"namely|i\.e\.,?|e\.g\.,?)?\s*"
                               r"((?:(?:[A-Z][a-z][\w\-]*(?: [A-Z][\w\-]*){0,2}|[A-Z][\w\-]*)"
                               r"(?:\s*(?:,|and|,\s*and)\s*)?){2,6})(?![\w\-])")
# "Left Atrial", "Indiana University CXR" are one item (but "MNIST FASHIONMNIST" written side by side are two)
_ENUMERATED = re.compile(r"([A-Z][a-z][\w\-]*(?: [A-Z][\w\-]*){0,2}|[A-Z][\w\-]*)")


def _data_enumeration(field: str, sent: Span) -> list[Candidate]:
    """"the German treebanks Negra and Tiger", "datasets (Kinetics, Something-Something, Charades)": capitalised
    names listed right after a plural dataset noun are datasets, even plain words no list knows."""
    out = []
    for m in _DATA_ENUMERATION.finditer(sent.text):
        for item in _ENUMERATED.finditer(m.group(1)):
            name = item.group(1)
            if name in P.STOP_CAPS or re.fullmatch(_LANGUAGE, name):
                continue  # "datasets in English, German and Slovak": languages, not names
            if "-" in name and " " not in name and all(w.lower() in common_words() for w in name.split("-")):
                continue  # "trained on multiple datasets (Cross-Domain)": a setting in ordinary words
            start = sent.start + m.start(1) + item.start(1)
            out.append(Candidate(field, sent, Span(name, start, start + len(name)), "pattern:titled-data",
                                 kind=EntityKind.DATASET))
    return out


_VERSION_AT_END = re.compile(r"(.+?)\s+(?:[vV]\d+(?:\.\d+)?|" + _YEAR_TRACK + ")")
_NEXT_VERSION = re.compile(r"\s*(?:,\s*(?:and\s+)?|&|and|/)\s*([vV]\d+(?:\.\d+)?|" + _YEAR_TRACK + r")(?![\w.-])")


def _shared_base_versions(field: str, sent: Span, found: list[Candidate]) -> list[Candidate]:
    """"Something-Something V1 & V2", "YOLO v5, v7, v8, and v9", "ASVspoof 2019LA, 2021LA, and 2021DF": the later
    versions are written alone, after the first version's full name."""
    out = []
    for c in found:
        base = _VERSION_AT_END.fullmatch(c.span.text)
        at = c.span.end - sent.start
        while base and (after := _NEXT_VERSION.match(sent.text, at)):
            start = sent.start + after.start(1)
            out.append(replace(c, span=Span(after.group(1), start, start + len(after.group(1))),
                               canonical=f"{base.group(1)} {after.group(1)}", rule="pattern:name-shape"))
            at = after.end()
    return out


_SIBLING_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)((?:[A-Z][a-z]+)(?:\s[A-Z][a-z]+)?)(?![\w-])")
_SIBLING_BEFORE = re.compile(r"(?<![\w-])((?:[A-Z][a-z]+\s)?[A-Z][a-z]+)(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")


_LIST_GOES_ON = re.compile(r"\s*(?:[,);:.]|$|(?:and|or|models?|datasets?|benchmarks?|corpora|corpus|tasks?)\b)")


def _list_siblings(field: str, sent: Span, found: list[Candidate]) -> list[Candidate]:
    """Plain capitalised names listed beside a known one: "GPT4V and Gemini", "GLIDE, Flamingo and Imagen".

    Only next to a gazetteer name (or, in an enumeration of models or data, a coined one), and only words that are
    not ordinary, language, or sentence words.
    """
    out: list[Candidate] = []
    anchors = [c for c in found if c.rule == "gazetteer:pwc" and not c.ambiguous]
    coined = [c for c in found if c.rule == "pattern:name-shape" and P.strong_shape(c.span.text)]
    if coined and (_METHOD_CONTEXT.search(sent.text) or _DATA_CONTEXT.search(sent.text)):
        anchors += coined  # a coined name counts as known in an enumeration ("models, such as Jais and AceGPT")
    anchors += [c for c in found if c.rule == "pattern:name-shape" and (_list_ends_in_data_noun(c)
                                                                        or _closes_data_list(c))]  # "the Kodak,
    # CLIC2020 and Tecnick datasets": a list that a plural data noun closes
    todo = [(c.span.start, c.span.end) for c in anchors]
    seen: set[int] = set()
    while todo:  # walk the list both ways from each known name, through the siblings found
        span_start, span_end = todo.pop()
        after = _SIBLING_AFTER.match(sent.text, span_end - sent.start)
        before = _SIBLING_BEFORE.search(sent.text[:span_start - sent.start])
        for m, start in ((after, after and sent.start + after.start(1)),
                         (before, before and sent.start + before.start(1))):
            if m is None or start == sent.start or start in seen:
                continue
            name = m.group(1)
            first, *rest = name.split()
            if first in P.STOP_CAPS or first.lower() in common_words() or any(w in _languages() for w in name.split()) \
                    or any(w in P.STOP_CAPS or w.lower() in P.NOT_ARTIFACT_HEADS for w in rest):
                continue  # but a name's second word may be ordinary: "PixelRec and Amazon Reviews"
            bare_comma = m is after and not re.search(r"\b(?:and|or)\s*$", sent.text[:start - sent.start])
            if bare_comma and not _LIST_GOES_ON.match(sent.text, start - sent.start + len(name)):
                continue  # "on HotpotQA, Quark outperforms …": a new clause, not a list
            seen.add(start)
            out.append(Candidate(field, sent, Span(name, start, start + len(name)), "pattern:list-sibling"))
            todo.append((start, start + len(name)))
    return out


_TASK = (r"(?P<{}>[A-Z][\w\-]*(?:[\s\-]?(?:19|20)?\d\d)?(?:\s+(?:Shared\s+)?Tasks?(?:[\s\-]*\d+(?:\s+and\s+\d+)?)?)?)"
         r"(?=\s*(?::|\(|\)|$|\s-\s))")
_SHARED_TASK_TITLE = re.compile(
    r"^[^\s:]+(?:\s[^\s:]+)?(?:[’']s)?(?:\s+(?:System|Submission|Team|Entry))?\s*(?:\sat\s|@)\s*(?:the\s+)?" + _TASK.format("after_team")
    + r"|\b(?:Submissions?|Participation|Entry)\s+(?:to|in|at|for|à)\s+(?:the\s+)?" + _TASK.format("after_entry"))


_RUN_WORD = r"(?:[A-Z][\w\-’']*|\d{4}|COVID-19)"
_RUN = _RUN_WORD + r"(?:,?\s+(?:(?:and|in|for|of|on|the|to)\s+)?" + _RUN_WORD + r")*"  # one joining word at most
# "the Shared Task on Sarcasm and Sentiment Detection in Arabic", "the shared task on Fighting the COVID-19 Infodemic"
_SHARED_TASK_ON = re.compile(r"(?<=\bthe )((?:(?:19|20)\d\d\s+)?[Ss]hared [Tt]ask on " + _RUN + r")")
# "the Complex Word Identification Shared Task 2018", "the WMT 2020 Biomedical Translation Shared Task"
_RUN_SHARED_TASK = re.compile(r"(?<![\w\-/])(" + _RUN + r"\s+Shared Task(?:\s+(?:19|20)\d\d)?)(?![\w\-]|\s+Systems?\b)")
_SYSTEM_WORDS = frozenset("System Systems Submission Submissions Approach Model Models Team".split())


def _named_shared_task(field: str, sent: Span) -> list[Candidate]:
    """A shared task named by its topic in Title Case, "the Shared Task on Troll Meme Classification in Tamil" or
    "the 2021 Key Point Analysis Shared Task": the task's data (docs/labelling.md). A single name before "Shared
    Task" ("the CMCL 2021 Shared Task") is read with that name (:func:`_extend_shared_task`)."""
    if "hared" not in sent.text:
        return []
    out = []
    for m in list(_SHARED_TASK_ON.finditer(sent.text)) + list(_RUN_SHARED_TASK.finditer(sent.text)):
        words = m.group(1).split()
        if m.re is _RUN_SHARED_TASK and len([w for w in words if w not in P.STOP_CAPS]) < 4 \
                or _SYSTEM_WORDS & set(words):
            continue  # "Shared Task" after one word or name: the other rules read it; "… System for …" is a team's
        lead = re.match(r"(?:(?:The|This|Our)\s+)+", m.group(1)) if m.re is _RUN_SHARED_TASK else None
        start = m.start(1) + (lead.end() if lead else 0)
        surface = sent.text[start:m.end(1)]
        span = Span(surface, sent.start + start, sent.start + m.end(1))
        out.append(Candidate(field, sent, span, "pattern:shared-task", EntityKind.DATASET))
    return out


def _title_shared_task(title: str) -> list[Candidate]:
    """"NUIG at TIAD: …", "The UniMelb Submission to the SIGMORPHON 2020 Shared Task 0: …": a team's paper names
    the shared task it took part in, and a shared task is data (docs/labelling.md)."""
    m = _SHARED_TASK_TITLE.search(title)
    if not m:
        return []
    start, end = m.span("after_team") if m.group("after_team") else m.span("after_entry")
    sent = next(s for s in sentences(title) if s.start <= start < s.end + 1)
    return [Candidate("title", sent, Span(title[start:end], start, end), "pattern:shared-task", EntityKind.DATASET)]


_TITLE_DATASET = re.compile(r"^(?:The\s+)?((?:[A-Z][\w\-–'’.]*\s+){1,5}(?:Corpus|CORPUS|Corpora|Treebank|Dataset|Lexicon|"
                            r"Database|Benchmark|corpus|dataset|benchmark)(?:\s+v?\d+(?:\.\d+)*)?)"
                            r"(?=\s*(?::|\.|$|\s+(?:of|for|with|and|–|-)\s))")  # "The LAMBADA dataset: Word prediction …"
# capitalised words that describe a collection rather than name it ("A Large Parallel Corpus for …")
_DESCRIPTIVE_CAPS = frozenset("A An New Large Small Multilingual Bilingual Parallel Annotated Public Open Free Novel "
                              "Comparable Multimodal Multi-modal Spoken Written Benchmark Standard First".split())


def _title_dataset(title: str) -> list[Candidate]:
    """"The MARCELL Legislative Corpus", "Arabic Speech Rhythm Corpus: …": a title that starts with a collection's
    name presents that collection (the paper proposes it)."""
    m = _TITLE_DATASET.match(title)
    if not m or m.group(1).split()[0] in _DESCRIPTIVE_CAPS or m.group(1).split()[0].lower() in P.TITLE_SKIP:
        return []  # "Towards Precision Protein-Ligand Affinity Prediction Benchmark: …" names no benchmark
    start, end = m.span(1)
    sent = next(s for s in sentences(title) if s.start <= start < s.end + 1)
    bare = re.sub(r"\s+(?:corpus|dataset|benchmark)$", "", title[start:end])  # "The LAMBADA dataset" is LAMBADA
    return [Candidate("title", sent, Span(title[start:end], start, end), "pattern:title-dataset", EntityKind.DATASET,
                      bare if bare != title[start:end] else None)]


def _candidates(title: str, abstract: str) -> list[Candidate]:
    gaz = load_gazetteer()
    out: list[Candidate] = _title_names(title, abstract) + _title_shared_task(title) + _title_dataset(title)
    for field, text in (("title", title), ("abstract", abstract)):
        if field == "title" and _shouted(title):
            continue  # "DIFFEDIT: DIFFUSION-BASED SEMANTIC IMAGE EDIT-ING": capitals say nothing; the prefix is read above
        for sent in sentences(text):
            found = [d for c in _sentence_candidates(field, text, sent, gaz) for d in _split_shape(c)]
            versions = _shared_base_versions(field, sent, found)
            if versions:  # the version written alone replaces that token read as a name of its own
                found = [c for c in found if all(c.span != v.span for v in versions)] + versions
            out.extend(found)
            out.extend(_list_siblings(field, sent, found))
            out.extend(_named_phrase(field, text, sent))
            out.extend(_proposed_compound(field, sent))
            out.extend(_titled_data(field, sent))
            out.extend(_titled_method(field, sent))
            out.extend(_data_enumeration(field, sent))
            out.extend(_named_shared_task(field, sent))
            for abbr, long, _ in _definitions(field, sent):
                out.extend((abbr, long))
            out.extend(_spelled_components(field, sent))
    return out


_CODED_ACRONYM = re.compile(r"\(\s*([A-Z][\w\-]*[A-Z][\w\-]*)\s*\)")
# nouns that name a component of a model: they head its name ("… attention module (SA-SAM)") or follow it
# ("… Flow Matching (CFM) objective"); not "system" or "model", which follow tasks too ("a … Recognition (SLR) system")
_COMPONENT_NOUNS = frozenset("objective loss module modules block blocks layer mechanism algorithm unit head encoder "
                             "decoder adapter adapters".split())


def _spelled_components(field: str, sent: Span) -> list[Candidate]:
    """"a plug-and-play subject-aware spatial attention module (SA-SAM)": a component the paper names with a coined
    acronym (a shape no field acronym has), even when it writes the long form in lower case."""
    out = []
    for m in _CODED_ACRONYM.finditer(sent.text) if "(" in sent.text else ():
        abbr = m.group(1)
        if not P.strong_shape(abbr):
            continue
        before = re.findall(r"[\w\-]+", sent.text[max(0, m.start() - 80):m.start()])
        letters = [ch.lower() for ch in abbr if ch.isupper()]
        words = [w for part in before[-len(letters):] for w in part.split("-") if w][-len(letters):]
        if not before or before[-1].lower() not in _COMPONENT_NOUNS or not all(w.islower() for w in before[-len(letters):]) \
                or len(words) < len(letters) or [w[0] for w in words] != letters:
            continue
        start = sent.start + m.start(1)
        out.append(Candidate(field, sent, Span(abbr, start, start + len(abbr)), "pattern:spelled-component",
                             kind=EntityKind.METHOD))
    return out


def _shouted(title: str) -> bool:
    """A title in capitals throughout (some venues print them so)."""
    letters = [ch for ch in title if ch.isalpha()]
    return len(letters) > 20 and sum(ch.isupper() for ch in letters) > 0.9 * len(letters)


_TEAM = re.compile(r"^\s*([^\s:]+(?:\s[^\s:]+)?)\s+(?:at|@)\s+\S*[A-Z]"
                   r"|^\s*(?:The\s+)?([^\s:’']+)(?:[’']s)?\s+(?:Submissions?\s+(?:to|for|at)|Participation\s+(?:in|at|to)"
                   r"|Entry\s+(?:to|for|at|in)|Systems?\s+at"
                   # "The NICT translation system for IWSLT 2010", "LIUM’s … systems for WMT 2019"
                   r"|(?:[\w-]+\s+){0,4}?[Ss]ystems?\s+(?:for|at|in|to)\s+(?:the\s+)?(?:[A-Z][\w-]*\s*)+(?:19|20)?\d\d)\b")


def _team_keys(title: str) -> set[str]:
    """"BPGC at SemEval-2020 Task 11: …": the name before "at" is a team, not an artifact."""
    m = _TEAM.match(title)
    if not m:
        return set()
    team = m.group(1) or m.group(2)  # "JHUBC’s Submission to …", "The UniMelb Submission to …"
    return {entity_key(team)} | {entity_key(part) for part in team.split("/")}  # "L2F/INESC-ID"


def _spelled_acronym_part(word: str, text: str) -> bool:
    """"IMPlicature and PRESupposition (IMPPRES)": capitals that spell out part of an acronym the text writes."""
    m = re.fullmatch(r"([A-Z]{2,})[a-z]{3,}", word)
    if not m:
        return False
    return any(m.group(1) in a and a != m.group(1) for a in re.findall(r"\b[A-Z]{3,}\b", text))


_NOUN_CLASS_PREFIX = re.compile(r"^(?:isi|si|se|xi|tshi|ki)(?=[A-Z][a-z])")  # "isiZulu", "kiSwahili": the language's own name
_LANGUAGE_QUALIFIERS = ("Modern ", "Classical ", "Colloquial ", "Contemporary ", "Written ", "Spoken ")


def _names_a_language(surface: str) -> bool:
    """"Ukrainian", "Modern Standard Arabic", "JavaScript", or a pair such as "English-French": natural or programming
    languages, written as the ISO 639-3 and PyPI lists write them (``data/languages.tsv``); "EN-DE" is not the
    language Ende."""
    for qualifier in _LANGUAGE_QUALIFIERS:
        surface = surface.removeprefix(qualifier)
    return all(p in language_names() or _NOUN_CLASS_PREFIX.sub("", p) in language_names()
               for p in re.split(r"\s*[-–/]\s*", surface))


@cache
def _languages() -> frozenset[str]:
    """Language names among the stop capitals ("English", "Dutch"), not ordinary words ("Each", "Such")."""
    return frozenset(w for w in P.STOP_CAPS if re.fullmatch(r"[A-Z][a-z]+(?:ish|ese|an|ic|ch)", w)
                     and w.lower() not in common_words())


def _listed_head(word: str) -> bool:
    """"CoDEx-S": a part before a hyphen that the lists hold as a name, in the same spelling."""
    head = word.split("-")[0]
    entry = load_gazetteer().lookup(head) if "-" in word and head != head.lower() else None
    return entry is not None and not entry.ambiguous and head in entry.canonical


def _ordinary_word(word: str) -> bool:
    """"masKed", "LAnguage-Image" (ordinary words in a stylised spelling), "EnglishChinese" (language names)."""
    if P.all_caps(word.replace("-", "")):
        return False
    camel = re.split(r"(?<=[a-z])(?=[A-Z][a-z])", word)
    if len(camel) > 1 and all(p in _languages() for p in camel):
        return True
    parts = [p for p in word.split("-") if p]
    irregular = any(not re.fullmatch(r"[A-Z]?[a-z]+", p) for p in parts)
    if irregular and all(re.fullmatch(r"[A-Za-z]+", p) and p.lower() in common_words() for p in parts):
        return True
    # "N-Grams", "5-Class", "Top-K": a letter or number joined to an ordinary word
    if len(parts) != 2:
        return False
    ordinary = lambda p: len(p) > 1 and (p.lower() in common_words() or p[:-1].lower() in common_words())
    return (re.fullmatch(r"[A-Za-z]|\d+", parts[0]) is not None and ordinary(parts[1])) or (
        ordinary(parts[0]) and re.fullmatch(r"[A-Za-z]", parts[1]) is not None)  # but "Market-1501", "Phi-2"


# a list item and its separator, read backwards from a name; only the last characters are searched (a "$"-anchored
# search tries every start position, so a whole long sentence would cost time for nothing)
_LIST_BEFORE_DOTTED = re.compile(r"([\w\-.+]+)\s*(?:,|,?\s*and|,?\s*or)\s*$")  # "RefCOCO+, and"
_LIST_WINDOW = 120
_SEPARATOR_AT_END = re.compile(r"(?:,|\band|\bor)\s*$")


def _after_opening_comma(c: Candidate) -> bool:
    """Whether only spaces stand between ``c`` and the comma closing its sentence's opening phrase."""
    comma, rel = opening_comma(c.sentence.text), c.span.start - c.sentence.start
    return 0 <= comma < rel and not c.sentence.text[comma + 1:rel].strip()


def _item_before(item: re.Pattern, text: str) -> re.Match | None:
    """The list item ending ``text`` before its separator; the cheap test of the separator goes first, as most
    names follow none."""
    tail = text[-6:]
    return item.search(text) if _SEPARATOR_AT_END.search(tail) else None


@lru_cache(maxsize=4096)  # asked by the noise rules and again by kg.extract.features
def _listed_with_name(c: Candidate) -> bool:
    """True when a longer name stands next to ``c`` in a list ("BERT and T5", "T5, BART")."""
    rel = c.span.start - c.sentence.start
    before = _item_before(_LIST_BEFORE_DOTTED, c.sentence.text[max(0, rel - _LIST_WINDOW):rel]) \
        if not _after_opening_comma(c) else None  # "MosMedData+ and Kvasir-SEG"
    after = _NEXT_ITEM_WORD.match(c.sentence.text, rel + len(c.span.text))
    return any(m and len(m.group(1)) > 2 and P.name_shaped(m.group(1)) and not P.MEASURE.fullmatch(m.group(1))
               for m in (before, after))


# a plural data noun that closes a list, after the split it may name ("…, and Fishyscapes validation datasets")
_PLURAL_DATA_NOUN = r"\s+(?:(?:validation|test|evaluation)\s+)?(?:datasets|corpora|benchmarks|test\s+sets)\b"
_LIST_THEN_DATA_NOUN = re.compile(r"(?:\s*(?:,\s*(?:and|or)\b|,|and|or|&)\s*"
                                  r"(?:the\s+|our\s+(?:[a-z\-]+\s+){0,2})?[\w\-.]+"  # "…, and our built X datasets"
                                  r"(?:\s+[A-Z][\w\-.]*){0,2})+" + _PLURAL_DATA_NOUN)
# the last name of such a list: "Samson, Cuprite, and OnTech-HSI-Syn-21 datasets"
_CLOSING_DATA_NOUN = re.compile(_PLURAL_DATA_NOUN)
_AFTER_LIST_SEPARATOR = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:the\s+)?$")


def _list_ends_in_data_noun(c: Candidate) -> bool:
    """"the arXiv and PubMed datasets": a name in a list that a plural dataset noun closes."""
    return bool(_LIST_THEN_DATA_NOUN.match(c.sentence.text, c.span.end - c.sentence.start))


def _closes_data_list(c: Candidate) -> bool:
    """"…, Cuprite, and OnTech-HSI-Syn-21 datasets": the last name of a list, right before its plural data noun."""
    at = c.span.start - c.sentence.start
    return bool(_CLOSING_DATA_NOUN.match(c.sentence.text, at + len(c.span.text))
                and _AFTER_LIST_SEPARATOR.search(c.sentence.text[max(0, at - 12):at]))


_MODEL_SUFFIX = re.compile(r"[A-Za-z0-9]-(?:M?LLM|VLM|LMM|GPT|BERT)(?:-?[vV]?\d[\w.]*)?$")
_BRACKETED = re.compile(r"\s*\([^()]*\)")


@lru_cache(maxsize=4096)  # asked by the noise rules and again by kg.extract.features
@lru_cache(maxsize=4096)  # asked by three list and context tests of the same candidate
def _items_before(c: Candidate) -> tuple[tuple[str, ...], str]:
    """The items listed before ``c`` in its sentence, nearest first (up to six), and the text before the first of
    them; results in brackets between the items do not end the list ("MOT17 (HOTA 64.9), … and DanceTrack"), and
    nothing after an opening phrase starts one ("On COCO, X beats Y")."""
    left = _BRACKETED.sub("", c.sentence.text[:c.span.start - c.sentence.start])
    items: list[str] = []
    while not _after_opening_comma(c) and len(items) < 6 \
            and (m := _item_before(_LIST_BEFORE_DOTTED, left[-_LIST_WINDOW:])):
        items.append(m.group(1))
        left = left[:len(left) - min(len(left), _LIST_WINDOW) + m.start()]
    return tuple(items), left


def _listed_with_known(c: Candidate) -> bool:
    """True when a name the gazetteers know stands next to ``c`` in a list ("NYT10, GDS and KBP", "UMLS, SNOMED")."""
    neighbours = list(_items_before(c)[0])
    right = _BRACKETED.sub("", c.sentence.text[c.span.end - c.sentence.start:])
    while (m := _NEXT_LIST_ITEM.match(right)) and len(neighbours) < 12:
        neighbours.append(m.group(1))
        right = right[m.end():]
    gaz = load_gazetteer()
    return any((entry := gaz.lookup(word)) is not None and not entry.ambiguous and entity_key(word) not in SOURCES
               for word in neighbours)


_PREFIXED_ACRONYM = re.compile(r"(?:cross|multi|inter|intra|post|pre|non|semi|sub|super|anti|co|de|re|bi|tri|uni)"
                               r"-[A-Z]{2,}s?")


def _number_of_listed(c: Candidate) -> bool:
    """The "100" of "CIFAR10/100", the "V2" of "Something-Something V1 & V2": a number or version written alone, whose
    name (its canonical) the text wrote just before it."""
    return c.canonical is not None and P.VERSION.fullmatch(c.span.text) is not None


def _not_a_name(c: Candidate, text: str, proposed: bool = False, spelled_out: bool = False) -> bool:
    """Name-shaped spans that a careful reader would not list (measures, teams, stylised words); see issue 3.

    Spelled-out acronym parts are never names; the other rules (stylised words, measures,
    "X team", "X parsing", citations) yield to a proposal ("HoME: …" is a coined name)."""
    if c.rule == "gazetteer:pwc" and _opens_a_titled_task(c, text):
        return True
    if (c.rule == "gazetteer:pwc" and c.canonical is not None) or _number_of_listed(c):
        return False  # a known name, or the number of a name written before it
    surface = c.span.text
    words = surface.split()
    if len(words) == 1 and _spelled_acronym_part(surface, text):
        return True
    if surface.endswith("-") or re.search(r"[A-Za-z]@[A-Za-z]", surface):
        return True  # "Intra-/Inter-Interaction": a prefix; "Team@Workshop-2021": a team at a venue
    if re.fullmatch(r"[a-z]*(\d)\1+[A-Z][a-z]+", surface):
        return True  # "(see Fig. 1)111Please see …", "method111The code …": a footnote's mark (as web copies repeat
        # it) run into its text
    if text[c.span.start - 1:c.span.start] == "\\":
        return True  # "\NAMEis": a LaTeX macro left in the text
    if _PREFIXED_ACRONYM.fullmatch(surface):
        return True  # "cross-DC training", "multi-GPU": a prefix on an acronym of the field
    if re.match(r"(?:\s+[A-Z]\w*)?[’']s\s+(?:submission|participation|entry|team|system)s?\b",
                c.sentence.text[c.span.end - c.sentence.start:]):
        return True  # "the TH Köln’s submission": a team
    if proposed:
        return False
    if _SIZE_ALONE.fullmatch(surface):
        return True  # "Whisper (Small & Large-V2)": a size of the name before, written alone
    if len(words) == 1 and _ordinary_word(surface) and not spelled_out \
            and not _listed_with_known(c) and not _listed_head(surface):  # "RefCOCO, RefCOCO+, and G-Ref", "CoDEx-S"
        return True  # a stylised word ("masKed"), unless spelled out in Title Case: "Offline Targets Extractor (Off-TE)"
    if P.MEASURE.fullmatch(surface) and P.kind_cue([], _words_after(c)) is None and not _listed_with_name(c):
        return True  # "F0", "F2" (but "the T5 model", "BERT and T5")
    if len(words) == 1 and (_generic_composite(surface) or re.fullmatch(r"[A-Z]{2,}-?ed", surface)):
        return True  # "CNN-biLSTMs", "BiLSTM+CRF"; "OCR-ed"
    if _cited_author(c):
        return True
    after = _words_after(c)
    if after and P.all_caps(surface.replace("-", "")) and after[0].lower() in P.TASK_HEADS and len(after) > 0 \
            and c.canonical is None:
        return True  # "AMR parsing", "UCCA parsing": a formalism or a task, not an artifact
    return bool(after) and after[0].lower() in P.NOT_ARTIFACT_NOUNS


def _opens_a_titled_task(c: Candidate, text: str) -> bool:
    """"… for Implicit Hate Speech Detection": a known name of ordinary words that opens a capitalised task phrase
    in a title is part of the task's name."""
    if c.field != "title" or not all(w.lower() in common_words() for w in c.span.text.split()):
        return False
    after = re.match(r"(?:\s+[A-Z][\w\-]*){1,3}", text[c.span.end:])
    return after is not None and after.group(0).split()[-1].lower() in P.TASK_HEADS


_SIZE_ALONE = re.compile(r"(?:Tiny|Small|Base|Medium|Large|Huge|Giant|Mini|XL|XXL)(?:[\s\-]?[vV]\d+)?")
_ENDS_IN_YEAR = re.compile(r"(?:19|20)\d\d$")
# a year only after a comma or a bracket: "the BraTS and FeTS 2024 datasets" names two data sets, not two authors
_CITATION_AFTER = re.compile(r"(?:\s+(?:and|&)\s+[A-Z][\w\-]+)?(?:,\s*\(?|\s+\()(?:19|20)\d\d\b|"
                             r"(?:\s+(?:and|&)\s+[A-Z][\w\-]+)?,?\s+\(?et\s+al\b")
_BRACKET_BEFORE = re.compile(r"\(\s*$")
_BARE_YEAR_AFTER = re.compile(r"(?:\s+(?:and|&)\s+[A-Z][\w\-]+)?\s+(?:19|20)\d\d\b")  # "(Smith and Jones 2019)"


def _organisation(c: Candidate) -> bool:
    """"RWTH Aachen University", "the NTT Laboratories", "Universidad Carlos III de Madrid (UC3M)": an organisation,
    wherever else the paper writes it."""
    start = c.span.start - c.sentence.start
    return bool(P.ORGANISATION_AFTER.match(c.sentence.text, c.span.end - c.sentence.start)
                or _ORGANISATION_SPELLED.search(c.sentence.text[max(0, start - 60):start]))


# an acronym in brackets after an organisation's name
_ORGANISATION_SPELLED = re.compile(r"\b(?:Universit\w*|Universidade?|Institut\w*|Laborator\w*|College|Academy|Corporation)\b"
                                   r"[^()]{0,40}\(\s*$")


def _cited_author(c: Candidate) -> bool:
    """A name written as a citation's author: "(McCarthy and Navigli, 2007)", "Goodkind and Bicknell (2018)"; not a
    name that holds its year already ("the BraTS 2018 and BraTS 2020 datasets")."""
    start, end = c.span.start - c.sentence.start, c.span.end - c.sentence.start
    return (c.canonical is None or c.ambiguous) and not _ENDS_IN_YEAR.search(c.span.text) \
        and bool(_CITATION_AFTER.match(c.sentence.text, end)
                 or _BRACKET_BEFORE.search(c.sentence.text[:start]) and _BARE_YEAR_AFTER.match(c.sentence.text, end))


_FAMILY_PREFIX = re.compile(r"^(?:bidirectional|bi|tree|deep|stacked|multi|char|graph|conv)", re.IGNORECASE)


def _generic_composite(word: str) -> bool:
    """"CNN-biLSTMs", "tree-RNN", "BiLSTM-CRF": generic families joined together are a generic family."""
    parts = [p for p in re.split(r"[-+/]", word) if p]
    if len(parts) < 2:
        return False
    if any(ch.isdigit() for ch in word):
        return False
    keys = [_FAMILY_PREFIX.sub("", entity_key(p)).removesuffix("s") or entity_key(p) for p in parts]
    return all(k in GENERIC or k in common_words() for k in keys) and any(k in GENERIC for k in keys)


_SURVEY = re.compile(r"\s*(?:an?\s+|the\s+)?(?:(?:brief|short|comprehensive|systematic|critical|literature)\s+)*"
                     r"(?:review|survey|overview|tutorial|primer|introduction|retrospective)\b", re.IGNORECASE)


_PREFIX_THEN_COLON = re.compile(r"^\s*([^:]{1,60}?)\s*(?::|,\s+an?\s|\s(?:[–—-]|--)\s)")
_NAME_FOR = re.compile(r"^\s*(\S+)\s+for\s+[A-Z]")  # "GRUEN for Evaluating Linguistic Quality …"


@lru_cache(maxsize=64)  # asked once per candidate of the same paper
def _title_prefix(title: str) -> tuple[str, ...]:
    """Names before a title's colon ("LG-MOT: …", "RS5M and GeoRSCLIP: …", "SortedNet, a Place …")."""
    m = _PREFIX_THEN_COLON.match(title)
    if not m:
        coined = _NAME_FOR.match(title)
        name = coined.group(1) if coined else ""
        if (P.strong_shape(name) or P.all_caps(name) and len(name) > 3) and load_gazetteer().lookup(name) is None:
            return (name,)
        return ()
    head = m.group(1).strip()
    if _SURVEY.match(title, m.end()) and (" " in head or not P.strong_shape(head)):
        return ()  # "Vision-Language Instruction Tuning: A Review and …": the topic surveyed, not a new name
    names = [h.strip() for h in re.split(r"\s+and\s+|\s*&\s*", head)]
    if len(names) > 1 and any(h.lower().split()[0] in P.TITLE_SKIP for h in names if h):
        return ()
    if len(names) > 1 and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in re.split(r",?\s+(?:and\s+)?|\s*&\s*", head) if w):
        return ()  # "Erase and Rewind:", "Fuse & Calibrate:": plain words listed, verbs most often
    return tuple(h for h in names if h and h.split()[0].lower() not in P.TITLE_SKIP and len(h.split()) <= 4)


@lru_cache(maxsize=64)
def _title_prefix_spelled_out(title: str) -> str | None:
    """Key of an acronym title prefix that the rest of the title spells out ("NAT: Noise-Aware Training …")."""
    m = re.match(r"^\s*([A-Za-z][\w\-]*?)\s*:\s+(.+)$", title)
    if not m or not re.search(r"[A-Z].*[A-Z]", m.group(1)):
        return None
    letters = [ch for ch in m.group(1) if ch.isupper()]
    words = [w for w in re.split(r"[\s\-]+", m.group(2)) if w]
    initials = "".join(w[0] for w in words[:len(letters)])
    return entity_key(m.group(1)) if initials == "".join(letters) else None


def _title_prefix_ok(name: str, abstract: str) -> bool:
    words = name.split()
    if any(P.strong_shape(w) or P.all_caps(w) for w in words) or name in abstract:
        return True
    # one coined word ("Hecate:", "Prepacking:", "Noor-Ghateh:", "Tetra-Tagging:"), not an ordinary one ("Attention:",
    # "Self-Training:", "Annot-Mix:", whose parts the ACL abstracts both write in lower case)
    if len(words) != 1 or name in P.STOP_CAPS:
        return False
    if re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+", name):
        return any(part.lower() not in common_words() for part in name.split("-"))
    return re.fullmatch(r"[A-Z][a-z]{3,}[!?]?", name) is not None and name.rstrip("!?").lower() not in common_words()


def _modifier(sent_text: str, c: Candidate, between: str) -> bool:
    if not P.all_caps(c.span.text.split()[-1]):
        return False
    nxt = re.match(r"\s+([a-z][\w\-]*)", sent_text[c.span.end - c.sentence.start:])
    if not nxt or nxt.group(1).rstrip("s") not in P.METHOD_NOUNS | P.DATASET_NOUNS:
        return False
    return nxt.group(1).endswith("s") or bool(re.search(r"\ban?\b", between))


def _components(group: list[Candidate], proposed: dict) -> None:
    """"EPIC features two key designs: AttnLink … and KVSplit": parts a proposed name is said to have are proposed."""
    sent = group[0].sentence
    first = group[0]
    if first.key not in proposed or first.span.start - sent.start > 12:
        return
    rest = sent.text[first.span.end - sent.start:]
    verb = P.COMPONENT_VERB.match(rest)
    if not verb:
        return
    for c in group[1:]:
        lead = sent.text[first.span.end - sent.start + verb.end():c.span.start - sent.start]
        if not re.search(r"\b(?:components?|modules?|designs?|parts?|ingredients|innovations|key|novel|new)\b|:", lead):
            continue
        if c.canonical is None and not c.alias_of and any(P.strong_shape(w) for w in c.span.text.split()):
            proposed.setdefault(c.key, ("role:component", c))


_WEAK_PROPOSE = re.compile(r"(?:develop|design|construct|build|built|train|collect|assemble|describe|establish|create|"
                           r"offer)", re.IGNORECASE)


# between two names the paper proposes together: "X (A) and Y", "X, Y"
_COORDINATED = re.compile(r"\)?\s*(?:\([^()]{1,30}\))?\s*(?:,\s*(?:and\s+)?|and\s+)")
# a lower-case noun after a name makes it a modifier: "an IMPlicature and PRESupposition diagnostic dataset"
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|for|that|which|in|on|with|as|by|of|is|are|was|were)\b)[a-z]")
# "a pipeline using GPT-4o is designed": the name is not the subject that is designed
_OBJECT_BEFORE = re.compile(r"\b(?:using|with|by|of|from|on|via|based on|upon)\s+(?:the\s+|a\s+|an\s+)?$")
_EARLIER_WORK = re.compile(r"\b(?:recently|previously|earlier|in (?:our )?(?:previous|prior|earlier) work)\b[,\s]*$",
                           re.IGNORECASE)


def _proposed_keys(title: str, abstract: str, cands: list[Candidate]) -> dict[str, tuple[str, Candidate | None]]:
    """Keys of entities the paper introduces, each with the rule that said so."""
    proposed: dict[str, tuple[str, Candidate | None]] = {}
    for name in _title_prefix(title):
        if _title_prefix_ok(name, abstract):
            proposed.setdefault(entity_key(name), ("role:title-prefix", None))
    for c in _title_dataset(title):
        proposed.setdefault(c.key, ("role:title-dataset", c))
    by_sentence: dict[tuple[str, int], list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault((c.field, c.sentence.start), []).append(c)
    for group in by_sentence.values():
        sent = group[0].sentence
        ordered = sorted((c for c in group if not _describes_other(c)), key=lambda c: c.span.start)
        if not ordered:
            continue
        for m in P.PROPOSE.finditer(sent.text):
            trigger_end = sent.start + m.end()
            after = [c for c in ordered if c.span.start >= trigger_end and not _quantity(c)]
            if not after:
                continue
            first = after[0]
            between = sent.text[m.end():first.span.start - sent.start]
            if _NAMELY_AT_END.fullmatch(between) and len(between.split()) <= 20:
                pass  # "we create the … dataset consisting of 32K examples, namely ComVint": the name is the thing made
            elif len(between.split()) > 12 or _TRIGGER_BLOCKED.search(_COMPOUND_WORD.sub(" ", between)):
                continue  # "we train on X", "the system submitted to the X Task", "a layer to retrieve X tags"
            if _modifier(sent.text, first, between):
                continue  # "we propose an instance-level MIL framework", "to provide lightweight SSSS models"
            if (first.rule == "gazetteer:pwc" or _head_kind(first) is not None) \
                    and _WEAK_PROPOSE.match(m.group(0).split()[-1]):
                continue  # "we train a Longformer", "we train a ViT-Huge/14": a known name made or used, not introduced
            if first.rule == "gazetteer:pwc" and re.search(r"\b(?:a|an)\s+$", between) \
                    and re.match(r"\s+[a-z]", sent.text[first.span.end - sent.start:]):
                continue  # "we propose a LoRA fine-tuned diffusion model": the known name describes the new one
            if first.rule == "gazetteer:pwc" and re.search(r"(?:^|\s)[A-Z]\S*\s+$", between) \
                    and between.split()[-1] not in P.STOP_CAPS:
                continue  # "we propose Poincaré ResNet": the new name contains the known one
            if _EARLIER_WORK.search(sent.text[:m.start()]):
                continue  # "Recently we proposed the SAT model": the authors' earlier work
            if any(c.rule == "pattern:naming" for c in after[1:]):
                continue  # "we design a … (GMP) method, named … (GraNet)": the naming says which name is new
            proposed.setdefault(first.key, ("role:we-propose", first))
            previous = first
            for c in after[1:]:
                if c.span.start - first.span.end < 40 and c.alias_of == first.key or (
                        first.alias_of and c.key == first.alias_of):
                    proposed.setdefault(c.key, ("role:we-propose", c))
                elif c.span.start >= previous.span.end and _COORDINATED.fullmatch(
                        sent.text[previous.span.end - sent.start:c.span.start - sent.start]) \
                        and not _NOUN_AFTER.match(sent.text, c.span.end - sent.start):
                    proposed.setdefault(c.key, ("role:we-propose", c))  # "we propose X (A) and Y (B)"
                    previous = c
                    continue
                if c.span.start >= previous.span.end and (
                        c.alias_of is not None and c.alias_of in (previous.key, previous.alias_of)
                        or previous.alias_of is not None and c.key == previous.alias_of):
                    previous = c  # "Weight Standardization (WS)": go on from the bracket
        for c in ordered:
            before = sent.text[:c.span.start - sent.start]
            after_text = sent.text[c.span.end - sent.start:]
            if c.rule == "pattern:naming" or (c.rule in ("gazetteer:pwc", "pattern:unlisted")
                                              and _named_by_verb(before)):
                proposed.setdefault(c.key, ("role:named", c))
            elif P.OUR.search(before[-60:]):
                proposed.setdefault(c.key, ("role:our", c))
            elif P.APPOSITION_NEW.match(after_text):
                proposed.setdefault(c.key, ("role:apposition-new", c))
            elif _NOVEL_SPELLED_OUT.search(before[-120:]) and _KIND_NOUN_AFTER_BRACKET.match(after_text):
                proposed.setdefault(c.key, ("role:novel", c))  # "by a novel ``… learning (SBCL)'' approach"
            elif c.rule != "gazetteer:pwc" and _PASSIVE_PROPOSE.match(after_text) and not _OBJECT_BEFORE.search(before):
                proposed.setdefault(c.key, ("role:passive", c))
    for group in by_sentence.values():
        _components(sorted(group, key=lambda c: c.span.start), proposed)
    return proposed


# "a novel subclass-balancing contrastive learning (": an acronym the paper defines for something it calls new
_NOVEL_SPELLED_OUT = re.compile(r"""\b(?:a|an)\s+(?:new|novel)\s+[`'"“‘]*[\w\-]+(?:\s+[\w\-]+){0,7}\s*\(\s*$""",
                                re.IGNORECASE)
_KIND_NOUN_AFTER_BRACKET = re.compile(r"""\s*\)[`'"”’]*\s+(?:approach|method|framework|model|loss|module|"""
                                      r"""network|algorithm|architecture|strategy|technique|mechanism|dataset|"""
                                      r"""benchmark|corpus)\b""")


# a naming verb right before a name, or before the long form whose bracket holds it: "called Prompt Categories
# Clustering (PCC)", "dubbed “Prompt and Transfer” (PAT)"
_NAMED_BEFORE = re.compile(P.NAMING.pattern + r"(?:[^()\"”]{1,60}[\"”]?\s*\(\s*)?$", re.IGNORECASE)


def _named_by_verb(before: str) -> bool:
    """Whether the text before a name ends with a lower-case naming verb that names it (a listed name the paper gives
    its own thing: the naming says so, whatever the list holds)."""
    m = _NAMED_BEFORE.search(before[-100:]) if P.NAMING.search(before[-100:]) else None
    if m is None or not m.group(0)[0].islower():
        return False
    earlier = before[:len(before) - len(m.group(0))]  # "the so-called X", "Recently, a model called T5"
    return not earlier.endswith("so-") and not P.NOT_OURS.search(earlier)


# words between a trigger and a name that make the name something used, not introduced
_TRIGGER_BLOCKED = re.compile(r"\b(?:based on|using|with|by|from|upon|on top of|leverag|utiliz|extend|employ|inspired|"
                              r"combin|into|for|between|of|on|to|submi\w*|particip\w*|which|that|uses?|fine-tun\w*|"
                              r"in)\b")
_COMPOUND_WORD = re.compile(r"(?<![\w-])(?!fine-)\w+(?:-\w+)+")  # "end-to-end" holds no "to" that counts


def _quantity(c: Candidate) -> bool:
    """"32K", "7B": a count or size, which no role rule should take for the name a trigger introduces."""
    return c.span.text[:1].isdigit() and is_noise(c.key)


_CODE_IDENTIFIER = re.compile(r"[a-z]\.[a-z]|\w_\w")
_AT_K = re.compile(r"[A-Za-z]@(?:\d+|[kKnN])$")
_MODIFIER_COMPOUND = re.compile(r"[\w.]+-(?:Empowered|Informed|Based|Guided|Driven|Aware|Enhanced|Assisted|Augmented|"
                                r"Powered|Conditioned|Specific|Free|Agnostic|Centric|Oriented|Inspired|Enabled|"
                                r"Induced)", re.IGNORECASE)
_PREFIXED_MEASURE = re.compile(r"[A-Z]{1,2}-([A-Za-z][\w@]*)")
_COUNTED_THING = re.compile(r"\d+(?:\.\d+)?[x×]?-([A-Za-z].*)")


def _vetoed(c: Candidate, proposed: dict, defined: dict[str, bool], text_of: dict[str, str] | None = None,
            teams: frozenset[str] = frozenset()) -> bool:
    """The hard noise rules (issue 3, "Noise must stay out"): generic families, metrics, hardware, venues, tasks,
    teams, the field's vocabulary acronyms, measures and stylised words are never names, whatever else is said;
    nor is a text source not used as a collection ("abstracts from PubMed", docs/labelling.md).

    ``teams`` holds keys that are never artifacts here: the team of a shared-task paper, and acronyms the paper
    defines as a task."""
    surface, key = c.span.text, c.key
    if key in SOURCES and not _source_as_data(c):
        return True
    if key in teams or (text_of is not None and c.rule != "pattern:naming" and _not_a_name(
            c, text_of[c.field], key in proposed, spelled_out=defined.get(key, False))):
        return True
    if _venue_data(c):
        return False
    plural_acronym = P.PLURAL_ACRONYM.fullmatch(surface) and c.canonical is None  # "LLMs", but "CLIPs" is CLIP
    # "we build Recursive Alignment Module (RAM)": the paper's own name over a noise word (not over a family: GCN)
    renamed = key in METRICS and text_of is not None and _spelled_as_artifact(key, text_of)  # MAE, not MAE
    own = key in proposed and defined.get(key, False) and key not in GENERIC or renamed
    if is_noise(key) and not own or plural_acronym or P.PART_NUMBER.fullmatch(surface) \
            or P.IN_TO_OUT.fullmatch(surface) or surface.startswith(("non-", "Non-")):  # "non-BERT models"
        return True
    if c.rule != "pattern:series" and not _number_of_listed(c) and is_noise(entity_key(surface)) and not own:
        return True
    if surface.endswith("s") and is_noise(entity_key(surface)[:-1]):
        return True  # "LLMs", "GPUs" (but "GDS" is not a plural of "GD")
    if " " in surface and all(word.isalpha() and is_noise(entity_key(word)) for word in surface.split()):
        return True  # "GPU VRAM", "BLEU ROUGE": noise words side by side
    if "-" in surface and surface[0].islower() and any(is_noise(entity_key(w)) for w in surface.split("-")) and all(
            w.isalpha() and len(w) > 2 and (is_noise(entity_key(w)) or w.islower()) for w in surface.split("-")):
        return True  # "camera-LiDAR data": a word and hardware
    if "-" in surface and any(entity_key(w) in HARDWARE for w in surface.split("-")) and all(
            w.isalpha() and (entity_key(w) in HARDWARE or re.fullmatch(r"[A-Z]?[a-z]{2,}", w)) for w in surface.split("-")):
        return True  # "Stereo-LiDAR", "Camera-Radar": a word and hardware, however capitalised
    if _AT_K.search(surface):
        return True  # "Pass@1", "Recall@10", "nDCG@10": a measure at a cut-off
    if "-" in surface and _MODIFIER_COMPOUND.fullmatch(surface):
        return True  # "LLM-Empowered", "MR-Informed": a modifier of the next word, not a name
    if (variant := _PREFIXED_MEASURE.fullmatch(surface)) and entity_key(variant.group(1)) in METRICS:
        return True  # "I-AUROC", "B-WER": a metric's variant (but "LG-MOT", "OK-VQA" name a method and data)
    if "/" in surface and " " not in surface and all(is_noise(entity_key(part)) for part in surface.split("/")):
        return True  # "65B/70B", "2D/3D": sizes and dimensions side by side
    if (counted := _COUNTED_THING.fullmatch(surface)) and is_noise(entity_key(counted.group(1))):
        return True  # "a 12-GPU cluster", "8-LLM ensembles": a count of noise
    if _CODE_IDENTIFIER.search(surface) and not _SIZED.fullmatch(surface):
        return True  # "tf.keras.applications", "load_dataset": code, not a name as prose writes it ("BERT_BASE" is)
    # the field's vocabulary ("SMT", "CRF", "EL"), unless this paper defines and introduces it
    return c.canonical is None and _generic_acronym(c, surface, key) and not (key in proposed and defined.get(key)) \
        and not renamed


_ARTIFACT_HEADS = P.METHOD_NOUNS | {"autoencoder", "autoencoders", "transformer", "transformers", "attention", "embedding",
                                    "embeddings"}  # "Grouped-Query Attention (GQA)" is not the GQA data


def _spelled_as_artifact(key: str, text_of: dict[str, str]) -> bool:
    """"Masked Autoencoders (MAE)": the text spells a metric's acronym as a model (but "Mean Absolute Error (MAE)"
    and "Model FLOPs Utilization (MFU)" are measures)."""
    return any(entity_key(m.group(2)) == key and m.group(1).split()[-1].lower() in _ARTIFACT_HEADS
               for text in text_of.values() for m in _TITLE_CASE_DEFINITION.finditer(text))


_TITLE_CASE_DEFINITION = re.compile(r"((?:[A-Z][\w\-]*\s+){1,4}[A-Z][\w\-]*)\s*\(\s*([A-Z][\w\-]*?)s?\s*\)")


def _source_as_data(c: Candidate) -> bool:
    """"abstracts from PubMed" is a source; "BillSum and PubMed", "the PubMed dataset" are data."""
    return _listed_with_known(c) or P.kind_cue([], _words_after(c)) == "dataset" or _list_ends_in_data_noun(c)


def _ambiguous_name_cued(c: Candidate, cue_keys: frozenset[str] | set[str]) -> bool:
    """A known name that is also a word ("OPT") with a kind noun after it, or closing a list of data."""
    return c.key in cue_keys or (c.kind == EntityKind.DATASET and _list_ends_in_data_noun(c))


def _venue_data(c: Candidate) -> bool:
    """"SemEval datasets", "SemEval2014 benchmarks": the venue's data (the venue alone is no name); a satellite
    the text lists as a dataset ("datasets, including WorldView-3, GaoFen-2, and QuickBird"); and an organisation's
    data named for it ("three Amazon datasets")."""
    if c.key in SATELLITES:
        return _enumeration_kind(c) == EntityKind.DATASET or _list_ends_in_data_noun(c)
    if c.key in ORGANISATIONS:  # "the Amazon datasets", "Amazon Reviews": a platform's data, named for it
        return _words_after(c)[:1] in (["datasets"], ["dataset"], ["Reviews"], ["reviews"])
    return is_venue(c.key) and _words_after(c)[:1] in (["datasets"], ["dataset"], ["benchmarks"], ["benchmark"],
                                                       ["data"])


def _evidenced(c: Candidate, proposed: dict[str, str], defined: dict[str, bool], cue_keys: set[str],
               text_of: dict[str, str] | None = None) -> bool:
    """The rules' verdict on a candidate that is not vetoed (:func:`_vetoed`): does the text give the evidence a
    careful reader needs to list it (issue 3, "What counts")?"""
    surface, key = c.span.text, c.key
    if _venue_data(c):
        return True
    if c.rule == "pattern:titled-method":
        return True
    if key in SOURCES:
        return True  # used as a collection, or _vetoed would have said no
    if key in proposed or c.rule in ("pattern:shared-task", "pattern:language-pair"):
        return True
    if c.rule == "gazetteer:pwc" and c.canonical is not None:
        return not c.ambiguous or _ambiguous_name_cued(c, cue_keys)
    if c.alias_of:
        return defined.get(c.alias_of, False) or cited(c)
    if key in defined:
        return defined[key] or cited(c)  # "Masked Autoencoders (MAE) [31]": a plural long form, but a cited work
    words = surface.split()
    if any(P.strong_shape(w) for w in words):
        return text_of is None or _has_cue(c, text_of, proposed)
    if c.rule in ("gazetteer:pwc", "pattern:titled-data", "pattern:list-sibling", "pattern:apposition",
                  "pattern:spelled-component"):
        return True
    return (key in cue_keys or _evaluated_on(c) or _listed_with_known(c) or _data_noun_before(c)
            or _apposition_to_noun(c) is not None or _list_ends_in_data_noun(c)) and any(P.all_caps(w) for w in words)


_EVALUATED_ON = re.compile(r"(?:evaluat\w*|experiments?|results?|tested|tests?|accuracy|performance|scores?|gains?|"
                           r"improv\w*|outperform\w*|state[\s-]of[\s-]the[\s-]art|SOTA|\d%?|trained|fine-?tuned)"
                           r"\s+(?:\w+\s+){0,2}?(?:on|across)\s+(?:the\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=4096)  # asked by the noise rules and again by kg.extract.features
def _evaluated_on(c: Candidate) -> bool:
    """"We evaluate on MLVU", "+4.6 on MLVU", "experiments on FSC147, CARPK, and PUCPR+": an unknown acronym that
    results are measured on, alone or in a list, is a benchmark."""
    return bool(_EVALUATED_ON.search(_items_before(c)[1][-50:]))


_CUE_BEFORE = re.compile(r"\b(?:such as|e\.g\.|i\.e\.|like|including|than|compar\w*|versus|vs\.?|outperform\w*|"
                         r"beats?|surpass\w*|baselines?|models?|methods?|systems?|algorithms?|networks?|using|uses?|used|"
                         r"via|based on|on top of|apply|applied|train\w*|fine-tun\w*|adopt\w*|employ\w*|"
                         r"extends?|variants? of|version of|implement\w*|named|called|termed|dubbed|namely|beyond)"
                         r"[,:]?\s+(?:the\s+|a\s+|an\s+)?"
                         r"(?:\w+\s+){0,2}$", re.IGNORECASE)
_CITED_AFTER = re.compile(r"\s*(?:\)|\([^()]{1,40}\))?\s*\[\d+(?:\s*[,–-]\s*\d+)*\]")


def cited(c: Candidate) -> bool:
    """"Masked Autoencoders (MAE) [31]", "FixMatch [12]": a numbered citation right after the name."""
    return bool(_CITED_AFTER.match(c.sentence.text, c.span.end - c.sentence.start))
_WEAK_BEFORE = re.compile(r"\b(?:over|with|from|for|by|of|in|to|and|or)[,:]?\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}$",
                          re.IGNORECASE)

# Weights of the context cues for an unknown name-shaped token, and the score it needs (set on the seed set and
# ACL set 1): a strong cue alone keeps a name; weak ones (a bare preposition, a neighbour in a list, a bracket,
# a second occurrence) must add up.
_STRONG, _WEAK, _NEEDED = 2, 1, 2


def _cue_score(c: Candidate, text_of: dict[str, str], proposed: dict | frozenset = frozenset()) -> int:
    """How strongly the context says an unknown name-shaped token names an artifact."""
    if P.kind_cue([], _words_after(c)) or _enumeration_kind(c) or _on_data(c) or _head_kind(c) \
            or P.DATASET_SHAPE.search(c.span.text) or _apposition_to_noun(c) or _list_ends_in_data_noun(c):
        return _STRONG
    rel = c.span.start - c.sentence.start
    before = c.sentence.text[:rel]
    if _CUE_BEFORE.search(before[-60:]):
        return _STRONG
    if re.match(r"\s*(?:,\s*(?:a|an|the|which|our)\b|/)", c.sentence.text[rel + len(c.span.text):]):
        return _STRONG  # "DeepShape, a post-training method", "VGG/WideResNet"
    if cited(c):
        return _STRONG  # "Masked Autoencoders (MAE) [31]": a cited work
    if _listed_with_known(c):
        return _STRONG  # "MOT17 (HOTA 64.9), MOT20 (…) and DanceTrack": beside names the lists know
    score = _WEAK * sum((_listed_with_name(c), bool(re.search(r"[(/]\s*$", before)),
                         bool(_WEAK_BEFORE.search(before[-60:])), _coined_shape(c.span.text)))
    text = text_of["title"] + "\n" + text_of["abstract"]
    if len(_whole_word_starts(text, c.span.text)) > 1:
        score += _WEAK
    head = c.span.text.split("-")[0]
    if head != c.span.text and (entity_key(head) in proposed or (P.all_caps(head) and len(head) > 2
                                                                 and _whole_word_starts(text, head)
                                                                 and _listed_with_name(c))):
        score += _WEAK  # "ELA-T", "LWM-Chat": a variant of a proposed name, or of an acronym it is listed with
    return score


def _coined_shape(surface: str) -> bool:
    """A shape ordinary words and acronyms rarely have: lower-case run into a capital ("vLLM", "TextCNN"), or a
    name with a digit and two letters ("Mistral-7B", "GPT-4")."""
    return bool(re.search(r"[a-z][A-Z]", surface) or (re.search(r"\d", surface) and re.search(r"[A-Za-z]{2}", surface)))


def _has_cue(c: Candidate, text_of: dict[str, str], proposed: dict | frozenset = frozenset()) -> bool:
    """Context that says an unknown name-shaped token names an artifact (issue 3: ACL abstracts are full of others)."""
    return _cue_score(c, text_of, proposed) >= _NEEDED


@lru_cache(maxsize=4096)  # asked by the noise rules and again by kg.extract.features
def _head_kind(c: Candidate) -> EntityKind | None:
    """The gazetteer kind of a name's head: "ImageNet-V2", "ImageNet-A" are data like ImageNet; "LLaMA-13B" a model."""
    name = c.canonical or c.span.text
    words = name.split()
    if len(words) > 1 and (last := load_gazetteer().lookup(words[-1])) and not last.ambiguous \
            and (words[0] in _LANGUAGE_ADJECTIVES or c.alias_of):
        return last.kind  # "Arabic WordNet (AWN)": a language's own WordNet is a WordNet
    head = re.split(r"[\s\-{]", name, maxsplit=1)[0]
    if head == name:
        head = re.sub(r"[\s\-_]?[vV]?\d+(?:\.\d+)*$", "", name)  # "SQuAD2.0" is data like SQuAD
    if head == name:
        head = _camel_tail_known(name)  # "plWordNet" is a WordNet, "BioELECTRA" an ELECTRA
    if head is None or head == name or len(head) < 3:
        return None
    entry = load_gazetteer().lookup(head)
    if entry is not None and _capitals_read_as_word(head, entry.canonical):
        entry = None
    if entry is None and (tail := _camel_tail_known(head)):
        entry = load_gazetteer().lookup(tail)  # "plWordNet 3.0"
    if entry is None and (bare := re.sub(r"[vV]?\d+(?:\.\d+)*$", "", head)) != head and len(bare) > 2:
        entry = load_gazetteer().lookup(bare)  # "Llama3.1-8B" is a model like Llama
    # a name that is a word and a version: "YOLOv7" is of the series whose YOLOv3 and YOLOv4 the lists know, and
    # "Wan2.1" the model Wan, which the lists flag because of the plain word
    versioned = name.startswith(head) and (_VERSION_TAIL.fullmatch(name, len(head)) is not None
                                           or _SIZED_VERSION_TAIL.fullmatch(name, len(head)) is not None) \
        and head.lower() not in common_words()
    if entry is None:
        return series_kind(head) if versioned else None
    return entry.kind if not entry.ambiguous or versioned and entry.kind == EntityKind.METHOD else None


def _acronym_before_a_listed_word(written: str, listed: str) -> bool:
    """"MATH dataset" where a list has "Math Dataset": capitals before a data noun name other data than the word
    (but "PASCAL VOC2012" is the listed "Pascal VOC 2012")."""
    first, *rest = listed.split()
    head = written.split()[0]
    return len(head) >= 3 and head.isupper() and not first.isupper() and head.lower() == first.lower() \
        and bool(rest) and all(w.lower() in P.DATASET_NOUNS for w in rest)


def _capitals_read_as_word(head: str, canonical: str) -> bool:
    """"Drop-Upcycling" is not built on the DROP data: a word is not an acronym the lists write in capitals."""
    return len(canonical) >= 3 and canonical.isupper() and not head.isupper()


# compiled once: the rules below and above run these for every candidate
_HYPHEN_LOWER = re.compile(r"-[a-z]")
_WORDS = re.compile(r"[\w\-]+")
_NEXT_LIST_ITEM = re.compile(r"\s*(?:,?\s*and\b|,?\s*or\b|,)\s*([\w\-.]*\w)")  # ", and B": the item is B, not "and"
_NEXT_ITEM_WORD = re.compile(r"\s*(?:,?\s*and\b|,?\s*or\b|,)\s*([\w\-]+)")
_VERSION_TAIL = re.compile(r"[\s\-_]?[vV]?\d+(?:\.\d+)*")
_SIZED_VERSION_TAIL = re.compile(r"[\s\-_]?[vV]?\d+(?:\.\d+)*[\s\-_]\d+(?:\.\d+)?B")  # "Qwen-2.5-7B"


def _camel_tail_known(name: str) -> str | None:
    """The longest known name that ends ``name`` after a lower-to-upper step ("plWordNet" → "WordNet")."""
    gaz = load_gazetteer()
    for k in range(1, len(name) - 2):
        if name[k].isupper() and name[k - 1].islower() and not re.fullmatch(r"[A-Z]{2,3}", name[k:]) \
                and (entry := gaz.lookup(name[k:])) and not entry.ambiguous and entry.canonical == name[k:]:
            # the list's own spelling: "plWordNet" is a WordNet, but "FreeCAD" no CAD and "ParCNet" no CNET dataset
            return name[k:]
    return None


def _generic_acronym(c: Candidate, surface: str, key: str) -> bool:
    generic = generic_acronyms()
    if c.alias_of:
        return c.alias_of in generic
    return key in generic or (surface.endswith("s") and P.all_caps(surface[:-1]) and key[:-1] in generic)


_DATA_NOUN_NEXT = frozenset("dataset datasets corpus corpora treebank treebanks benchmark".split())


def _kind(c: Candidate, words_after: list[str], proposed_kind: EntityKind | None) -> EntityKind | None:
    if c.kind == EntityKind.METHOD and words_after and words_after[0].lower() in _DATA_NOUN_NEXT:
        return EntityKind.DATASET  # "in CoLA dataset": the text says what this CoLA is, over the gazetteer's model
    if c.kind == EntityKind.DATASET and words_after and words_after[0].lower() in _COMPONENT_NOUNS:
        return EntityKind.METHOD  # "a Recursive Refinement (RR) module": not the listed RR data
    if c.kind == EntityKind.DATASET and _named_in_brackets_after_method_noun(c):
        return EntityKind.METHOD  # "we propose a knowledge-aware reasoning model (MUSE)": not the listed MUSE data
    if c.kind == EntityKind.METHOD and (_enumeration_kind(c) == EntityKind.DATASET
                                        or _apposition_to_noun(c) in P.DATASET_HEADS):
        return EntityKind.DATASET  # "two datasets (CSN and CoSQA+)", "three benchmarks: TOFU, …", "a … dataset
        # (OASIS)": not the listed CSN, Tofu or OASIS model
    if c.kind is not None:
        return c.kind
    apposition = _apposition_to_noun(c)  # "a public benchmark dataset, FakeNewsChallenge, …"
    apposition_kind = ("dataset" if apposition in P.DATASET_HEADS else "method") if apposition else None
    cue = P.kind_cue([], words_after) or _copula_kind(c) or _bracket_kind(c) or apposition_kind \
        or _appositive_kind(c) or _counted_contents_kind(c)
    if cue:
        return EntityKind(cue)
    if (enumeration := _enumeration_kind(c)) is not None:
        return enumeration  # "datasets including PubTabNet, FinTabNet": data, whatever TabNet is
    if proposed_kind is not None:
        return proposed_kind  # "a framework called … (CAQA)": the proposing sentence over a "…QA" shape
    head = _head_kind(c)
    if head is not None:
        return head
    if _MODEL_SUFFIX.search(c.canonical or c.span.text):
        return EntityKind.METHOD  # "VTG-LLM", "Time-LLM": a model, whatever list it stands after
    if P.DATASET_SHAPE.search(c.canonical or c.span.text):
        return EntityKind.DATASET
    if _on_data(c):
        return EntityKind.DATASET
    return None


_WORDS_IN_BRACKETS = re.compile(r"\s*\(([A-Za-z][^()%]{2,80}?)\)")
_METHOD_NOUN_BRACKET = re.compile(r"\b(?:model|method|framework|approach|network|architecture|algorithm)\s*\(\s*$")


def _named_in_brackets_after_method_noun(c: Candidate) -> bool:
    """"a knowledge-aware reasoning model (MUSE)": the name a method noun gives its model in brackets."""
    rel = c.span.start - c.sentence.start
    return bool(_METHOD_NOUN_BRACKET.search(c.sentence.text, max(0, rel - 30), rel)) \
        and re.match(r"\s*\)", c.sentence.text[rel + len(c.span.text):]) is not None


@lru_cache(maxsize=4096)  # asked by the rules and again by kg.extract.features
def _bracket_kind(c: Candidate) -> str | None:
    """"AdvTest (monolingual Python code search benchmark)": the head noun of a description in brackets right after
    the name says what it is."""
    m = _WORDS_IN_BRACKETS.match(c.sentence.text, c.span.end - c.sentence.start)
    words = re.findall(r"[\w\-]+", m.group(1).lower()) if m else []
    if len(words) < 2:
        return None  # "(HM3D)", "(ours)": an abbreviation or a remark
    return "dataset" if words[-1] in P.DATASET_NOUNS else "method" if words[-1] in P.METHOD_NOUNS else None


@lru_cache(maxsize=4096)  # asked by the rules and again by kg.extract.features
def _appositive_kind(c: Candidate) -> str | None:
    """"using LoCoMo, a benchmark of synthetic long-context dialogues": the head noun of an apposition after the
    name."""
    kind = _apposition_head_kind(c.sentence.text[c.span.end - c.sentence.start:])
    return kind.value if kind is not None else None


# "BinX, containing 12,291 binaries", "MOCHA contains 40K human judgements": what holds a counted lot of things is
# data (58 datasets, 5 methods and 37 others over the labelled sets; the methods count their parameters)
_COUNTED_CONTENTS = re.compile(r"(?:\s*\([^()]*\))?,?\s+(?:which\s+)?"
                               r"(?:comprising|containing|contains|comprises|includes|"
                               r"consisting\s+of|consists\s+of|covering|spanning)\s+(?:over\s+|more\s+than\s+|about\s+|"
                               r"nearly\s+|approximately\s+|around\s+|roughly\s+)?\d[\d,.]*\s*[KkMB]?\s+"
                               r"(?!(?:[\w\-]+\s+){0,2}(?:parameters|params|layers|experts|heads)\b)[a-z]")


@lru_cache(maxsize=4096)  # asked by the rules and again by kg.extract.features
def _counted_contents_kind(c: Candidate) -> str | None:
    """"CLES, which contains 20,059 documents": a name said to hold a counted lot of things is a dataset."""
    after = c.sentence.text[c.span.end - c.sentence.start:]
    if not re.search(r"\d", after[:80]):
        return None  # cheap test: no number, no count
    return "dataset" if _COUNTED_CONTENTS.match(after) else None


def _apposition_head_kind(after: str) -> EntityKind | None:
    """The kind of the head noun of a short apposition opening ``after`` (", a general-purpose CAD agent for …")."""
    m = _APPOSITION_ARTICLE.match(after)
    return _first_kind_noun(re.findall(r"[\w\-]+", m.group(1))[-1:]) if m else None


_COPULA = re.compile(r"\s+(?:is|are|was)\s+(?:a|an|the)\s+((?:[\w-]+\s+){0,3}[\w-]+)\b")


@lru_cache(maxsize=4096)  # asked by the noise rules and again by kg.extract.features
def _copula_kind(c: Candidate) -> str | None:
    """"CoSimLex is a dataset that …", "CENSREC-4 is an effective database": what the sentence says the name is
    (the first kind noun among the four words after the article)."""
    m = _COPULA.match(c.sentence.text, c.span.end - c.sentence.start)
    kind = _first_kind_noun(m.group(1).split()) if m else None
    return kind.value if kind else None


def _first_kind_noun(words: list[str]) -> EntityKind | None:
    """The kind of the first dataset or method noun among ``words`` ("a new Korean benchmark" -> dataset)."""
    for word in words:
        if word.lower() in P.DATASET_HEADS:
            return EntityKind.DATASET
        if word.lower() in P.METHOD_NOUNS:
            return EntityKind.METHOD
    return None


def _kinds(kept: list[Candidate], proposed: dict[str, tuple[str, Candidate | None]]) -> dict[str, EntityKind]:
    """One kind per entity: gazetteer, then a noun cue, then the noun around the sentence that proposed it."""
    kinds: dict[str, EntityKind] = {}
    for c in sorted(kept, key=lambda c: c.kind is None):
        trigger = proposed.get(c.key, ("", None))[1]
        # what the paper calls the name where it introduces it ("a novel framework called X"), else the nearest noun
        k = _kind(c, _words_after(c), (_new_apposition_kind(trigger) or _propose_kind(trigger))
                  if trigger is not None else None)
        if k is not None and kinds.get(c.key) != EntityKind.DATASET and (c.key not in kinds or c.kind is not None
                                                                          or k == EntityKind.DATASET):
            kinds.setdefault(c.key, k)
            if k == EntityKind.DATASET and c.kind is None and kinds[c.key] != k and c.key not in {
                    d.key for d in kept if d.kind == EntityKind.METHOD}:
                kinds[c.key] = k
    return kinds


_SOURCED_FROM = re.compile(r"\b(?:sourced|collected|drawn|obtained|gathered|compiled)\s+from\s+(?:the\s+)?"
                           r"(?:[\w\-]+\s*(?:,|and|,\s*and)\s*){0,4}$")
_ON = re.compile(r"(?<!based )(?<!built )(?<!relies )(?<!rely )(?<!focus )(?<!depends )(?<!conditioned )"
                 r"(?<!implemented )(?<!deployed )(?<!run )(?<!runs )(?<!running )(?<!build )(?<!builds )"
                 r"(?<!building )(?<!relying )(?<!focusing )"
                 r"\b(?:on|across)\s+(?:the\s+)?(?:public\s+|standard\s+)?$", re.IGNORECASE)  # "Built on X, …"
# not "over": "a 3% improvement over X", "gains over X" name a baseline (after "over", the labelled sets hold 28 methods
# and 2 datasets)
_LIST_HEAD = re.compile(r"(?:datasets|benchmarks|corpora|test\s+sets|tasks)\s*(?:,|:|\(|—|–|--)?\s*(?:(?:such as|including|like|"
                        r"namely|i\.e\.|e\.g\.|viz\.|from)\s*,?\s*)?(?:the\s+)?$"  # "35 datasets from Matbench and …"
                        r"|(?:dataset|benchmark|corpus)\s*,?\s*(?:such as|including|like|namely|i\.e\.|e\.g\.)\s*,?\s*"
                        r"(?:the\s+)?$", re.IGNORECASE)
_METHOD_CONTEXT = re.compile(r"\b(?:models|methods|baselines|backbones|architectures|LLMs|MLLMs|LMs|encoders|systems|"
                             r"algorithms|networks|detectors|trackers|defenses|defences|attacks|approaches|"
                             r"techniques|strategies|policies|planners|solvers|optimizers)\b\s*(?:[,—–]\s*)?"
                             r"(?:such as|including|like|namely|i\.e\.|e\.g\.|viz\.|[:(])"
                             # "deep reinforcement learning methods, Scan-RL and GenNBV"
                             r"|\b(?:models|methods|baselines|approaches|algorithms|systems),\s+"
                             r"(?-i:(?=(?!(?:We|Our|The|This|These|It|In)\b)[A-Z]))"
                             # "across various DETRs, e.g., DAB-DETR and DINO": a family written as a plural acronym
                             r"|(?-i:\b[A-Z][A-Za-z]*[A-Z]s)\s*(?:[,—–]\s*)?(?:such as|including|like|namely|e\.g\.|"
                             r"i\.e\.)", re.IGNORECASE)
# words that close an enumeration ("datasets like MVTec and VisA demonstrate that FiLo …")
_ENUMERATION_END = re.compile(r"\.(?!\d)|[;)]|\b(?:using|with|by|via|while|and (?:our|we|the proposed)|that|which|where|"
                              r"demonstrat\w*|show\w*|confirm\w*|indicat\w*|reveal\w*|prov\w*|verif\w*|suggest\w*|"
                              r"achiev\w*|outperform\w*|establish\w*|matches|yields?|improv\w*|we|our)\b")
_ON_WORD = re.compile(r"\bon\b")  # … and "on" closes a list of methods
_DATA_CONTEXT = re.compile(r"\b(?:datasets|benchmarks|corpora|test\s+sets)\b[^.;:]*?\b(?:such as|including|like|namely|"
                           r"i\.e\.|e\.g\.|viz\.)|\b(?:datasets|benchmarks|corpora|test\s+sets)"
                           r"(?-i:\s+(?:with|of|from|for|covering|spanning)(?:\s+[a-z][\w\-]*){1,4})?\s*(?:[:(—–]|--)"
                           r"|\b(?:datasets|benchmarks|corpora)\s+(?-i:(?=[A-Z][\w\-]*[A-Z0-9]))"
                           # "three benchmark datasets, Tmall, RetailRocket and Diginetica"
                           r"|\b(?:datasets|benchmarks|corpora),\s+(?-i:(?=(?!(?:We|Our|The|This|These|It|In)\b)[A-Z]))"
                           r"|\b(?:scenarios|environments),?\s+(?:such as|like|including)", re.IGNORECASE)  # "datasets MAD
# and Ego4d"


# "On the MS-COCO and Pascal VOC benchmarks, Sparse Semi-DETR achieves …", "Evaluated on SWE-Bench-Verified,
# EvoScale enables …": the comma closes an opening phrase, and no list goes across it
_OPENING_PHRASE = re.compile(r"\s*(?:On|Across|In|Over|For|With|Using|From|Among|Through|After|"
                             r"(?:Evaluated|Tested|Trained|Validated|Benchmarked|Pretrained|Pre-trained|Fine-tuned|"
                             r"Built|Applied|Compared)\s+(?:on|with|against|to|across))\b[^,;()]*")


# the rest of a list the opening phrase holds: "On LLFF, DTU, DL3DV, and MipNeRF-360, our method …"
_OPENING_LIST_REST = re.compile(r"(?:\s*[^\s,;()][^,;()]{0,30},)*?\s*(?:and|or)\s+[^\s,;()][^,;()]{0,30}(?=,)")


@lru_cache(maxsize=4096)
def opening_comma(sentence: str) -> int:
    """Offset of the comma that closes a sentence's opening phrase ("On A and B, X achieves"), or -1."""
    comma = sentence.find(",")
    if comma <= 0 or not _OPENING_PHRASE.fullmatch(sentence, 0, comma):
        return -1
    rest = _OPENING_LIST_REST.match(sentence, comma + 1)
    return rest.end() if rest else comma


def _head_ends_at(head: re.Match, offset: int) -> bool:
    """Whether a list head's match ends (spaces aside) on the character at ``offset``: "benchmarks," at a comma."""
    return head.start() + len(head.group(0).rstrip()) - 1 == offset


@lru_cache(maxsize=4096)
def _enumeration_kind(c: Candidate) -> EntityKind | None:
    """The kind of the enumeration ``c`` stands in: "benchmarks, including X, Y" (data), "models such as X, Y" (methods).

    The nearest opening head wins; the enumeration ends with the clause ("… demonstrate that", ";", ")").
    """
    before = c.sentence.text[:c.span.start - c.sentence.start]
    # up to the name's first letter, which "methods, Scan-RL and GenNBV" looks at (a subject after "…datasets, " is
    # most often the paper's method, so data heads see only the text before the name)
    upto = c.sentence.text[:c.span.start - c.sentence.start + 1]
    comma = opening_comma(c.sentence.text)  # "On the A and B benchmarks, X …" lists nothing
    heads = [(m.start(), m.end(), EntityKind.DATASET) for m in _DATA_CONTEXT.finditer(before)
             if not _head_ends_at(m, comma)]
    heads += [(m.start(), m.end(), EntityKind.METHOD) for m in _METHOD_CONTEXT.finditer(upto)
              if m.end() <= len(before) and not _head_ends_at(m, comma)]
    if not heads:
        return None
    # the head noun nearest the name: "benchmarks comparable to those of superior LLMs (e.g., GPT-4)" lists LLMs
    _, end, kind = max(heads, key=lambda h: h[0])
    # a bracket a later noun opens lists that noun's members: "datasets, SSL representations (WavLM, XEUS)"
    own = _NOUN_BRACKET_OPEN.search(before, end)
    if own and own.group(1).lower() not in P.DATASET_HEADS | P.METHOD_NOUNS:
        return None
    # results in brackets do not end it: "benchmarks, i.e., ActivityNet-1.3 (40.01% mAP), HACS Segments (…), …"
    tail = re.sub(r"\([^()]*\)", "", before[end:])
    if kind == EntityKind.METHOD and _ON_WORD.search(tail):
        return None  # "methods like Demons and VoxelMorph, on a public … dataset (OASIS)": the data they ran on
    return None if _ENUMERATION_END.search(tail) else kind


_NOUN_BRACKET_OPEN = re.compile(r"\b([A-Za-z][a-z\-]+s)\s*\((?:\s*(?:e\.g\.|i\.e\.)\s*,?)?[^()]*$")


@lru_cache(maxsize=4096)  # asked by the noise rules and again by kg.extract.features
def _on_data(c: Candidate) -> bool:
    """"evaluated on X", "trained on X", "benchmarks, including X …, Y …": an unknown name there is data."""
    enumeration = _enumeration_kind(c)
    if enumeration is not None:
        return enumeration == EntityKind.DATASET
    before = c.sentence.text[:c.span.start - c.sentence.start]
    head = _LIST_HEAD.search(before, max(0, len(before) - 40))
    if head and _after_opening_comma(c):
        head = None  # "On the MS-COCO and Pascal VOC benchmarks, X achieves": the subject after an opening phrase
    return bool(_ON.search(_items_before(c)[1][-40:]) or head or _data_noun_before(c) or _in_opening_on_list(c)
                or _SOURCED_FROM.search(before[-80:]))  # "sourced from GEO, ImmPort, and ArrayExpress"


_OPENING_ON = re.compile(r"\s*(?:On|Across|(?:Evaluated|Tested|Validated|Benchmarked|Experiments?)\s+(?:on|across))\s")


def _in_opening_on_list(c: Candidate) -> bool:
    """"On LLFF, DTU, DL3DV, and MipNeRF-360, our method …": every name of an opening "On …" list is data."""
    rel = c.span.start - c.sentence.start
    return 0 < rel < opening_comma(c.sentence.text) and _OPENING_ON.match(c.sentence.text) is not None \
        and _LIST_SEPARATOR_BEFORE.search(c.sentence.text, 0, rel) is not None


_LIST_SEPARATOR_BEFORE = re.compile(r"(?:,|\band|\bor)\s*$")


_NOUN_BEFORE = re.compile(r"\b(?:dataset|corpus|benchmark|treebank|lexicon|lexique|database|thesaurus|ontology|"
                          r"campa(?:ign|gne)(?:\s+\S+){0,2}|challenge|competition|Task\s+\d+\s+(?:of|at)(?:\s+the)?)\s+$"
                          # "a matting dataset of transparent objects (Transparent-460)"
                          r"|\b(?:dataset|corpus|benchmark)\s+(?:of|for|on|with)\s+(?:[\w\-]+\s+){0,4}\(\s*$",
                          re.IGNORECASE)


_EXAMPLES_BRACKET = re.compile(r"\(\s*(?:i\.e|e\.g)")
_EXAMPLE_ENDS = re.compile(r"\s*(?:[,)]|(?:using|and|or|with)\b)")
_APPOSITION_NOUN = re.compile(r"\b(method|model|metric|system|approach|algorithm|framework|toolkit|baseline|network|"
                              r"architecture|backbone|dataset|benchmark|corpus)s?\s*[,(]\s*(?:i\.e\.,?|e\.g\.,?)?\s*$",
                              re.IGNORECASE)  # "the dataset (U-DIADS-BibFS)", "a corpus (i.e., FineWeb using …)"


_TASK_OR_METRIC = r"(?:task|metric|measure|problem|score|setting|refinement|formulation)"
_DESCRIBED_AFTER = re.compile(r"\s*(?:\([^)]*\))?\s*[,:]\s*(?:a|an)\s+(?:[\w\-]+\s+){0,5}?" + _TASK_OR_METRIC + r"\b")
_DESCRIBED_BEFORE = re.compile(r"\b(?:a|the)\s+(?:new|novel)?\s*" + _TASK_OR_METRIC + r"\s*,?\s*(?:the\s+)?$")


def _context(c: Candidate) -> tuple[str, str]:
    """The sentence before and after a candidate; an acronym alone in brackets after its long form ("… Generation
    (SHG), …", "the … Open Data (LLOD) infrastructure") takes the long form's place."""
    rel = c.span.start - c.sentence.start
    before, after = c.sentence.text[:rel], c.sentence.text[rel + len(c.span.text):]
    if before.rstrip().endswith("(") and after.lstrip().startswith(")"):
        before = _drop_last_words(before.rstrip()[:-1], 7)
        after = after.lstrip()[1:]
    return before, after


def _drop_last_words(text: str, n: int) -> str:
    """``text`` without its last ``n`` words (a long form is at most that long), stopping at punctuation."""
    end = len(text)
    for _ in range(n):
        i = len(text[:end].rstrip())
        j = i
        while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "-_"):
            j -= 1
        if j == i:
            break
        end = j
    return text[:end]


@lru_cache(maxsize=4096)  # asked by the noise rules and again by kg.extract.features
def _described_as_task_or_metric(c: Candidate) -> bool:
    """A name the sentence itself calls a task or a metric names neither kind (docs/labelling.md)."""
    before, after = _context(c)
    if _TASK_AFTER.match(after):
        return True  # "the proposed OCSU task", "the VTON task": a task, named by its acronym
    described = _DESCRIBED_AFTER.match(after)
    if described and not set(re.findall(r"[\w\-]+", described.group(0).lower())[:-1]) & _KIND_NOUNS:
        return True  # (but "ChartBench, a comprehensive chart benchmark to accurately measure …" is a benchmark)
    return bool(_DESCRIBED_BEFORE.search(before[-40:]))


_TASK_AFTER = re.compile(r"\)?\s+task\b(?!\s+suite)")  # but "the OGBench task suite" is data
# "UDA-SS methods", "TAMP approaches", "LTI systems": an acronym that qualifies a plural of these names a task, field
# or family (in the labelled sets: no name 63 times, a method 14 times)
_CATEGORY_AFTER = re.compile(r"\)?\s+(?:methods|approaches|techniques|algorithms|systems|solutions|agents)\b")


def _names_a_category(c: Candidate) -> bool:
    """"existing PSG methods": an all-capitals acronym before a plural such as "methods" names a kind of thing."""
    return _CATEGORY_AFTER.match(c.sentence.text, c.span.end - c.sentence.start) is not None \
        and P.all_caps(c.span.text.replace("-", ""))


# a sentence that opens with a field or task and its acronym: "Scene Text Editing (STE) involves …", "Session-based
# recommendation (SBR) aims to …" (the head is a process noun; "Neural Radiance Fields (NeRF) have …" is not one)
_TOPIC_OPENING = re.compile(r"(?:The\s+)?(?:[\w\-’']+\s+){0,5}"
                            r"[\w\-’']*(?:tion|sion|ing|ment|ery|sis|ance|ence|ity|ics)\s*\(\s*$", re.IGNORECASE)


_TASK_VERBS = re.compile(r"\)\s+(?:aims?|involves?|tackles?|focus(?:es)?|seeks?|refers?|requires?|targets?|"
                         r"(?:is|are)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?(?:task|problem|field|area|challenge)s?\b|"
                         r"(?:is|are)\s+(?:a\s+)?(?:crucial|critical|fundamental|important|essential|challenging|"
                         r"long-standing|key)\b)")


def _opens_as_topic(c: Candidate) -> bool:
    """An unlisted acronym defined by the words that open its sentence, with a process noun as their head, and said
    to aim at, involve or be a task: the field the abstract is about, not an artifact (unless the paper introduces
    it)."""
    before = c.sentence.text[:c.span.start - c.sentence.start]
    if c.kind is not None or len(before) > 80 or _TOPIC_OPENING.fullmatch(before) is None:
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w’']*", before.removeprefix("The ")))
    return initials.lower() == "".join(ch for ch in c.span.text if ch.isalpha()).lower() \
        and _TASK_VERBS.match(c.sentence.text, c.span.end - c.sentence.start) is not None


def _lower_case_in_the_abstract(cands: list[Candidate], abstract: str) -> set[str]:
    """Keys of listed names of several words written in capitals only in the title, which the abstract writes in
    lower case ("Pose-Free 3D Gaussian Splatting via …" and "generalizable 3D Gaussian splatting enables …"): the
    paper's own text says it is a technique's description, not a name (docs/labelling.md, rounds 12 and 17)."""
    keys: dict[str, bool] = {}
    for c in cands:
        words = c.span.text.split()
        only_here = c.field == "title" and c.rule == "gazetteer:pwc" and len(words) > 1 and words[-1][1:].islower() \
            and re.search(r"\b" + re.escape(" ".join(words[:-1] + [words[-1].lower()])) + r"\b", abstract) is not None
        keys[c.key] = keys.get(c.key, True) and only_here
    return {key for key, only in keys.items() if only}


_TITLE_WORD = re.compile(r"[A-Za-z][\w'’\-]{3,}")


def _capitalised_by_the_title(cands: list[Candidate], title: str) -> set[str]:
    """Keys of listed names that are also ordinary words ("Shadow", "Conformer", "Vision Transformer") written only in
    a title that capitalises nearly every word ("… Shadow Removal via …"): the capitals there say nothing."""
    words = _TITLE_WORD.findall(title)
    if not words or sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return set()
    keys: dict[str, bool] = {}
    for c in cands:
        only_here = c.field == "title" and c.ambiguous and not any(ch.isdigit() for ch in c.span.text) \
            and not P.all_caps(c.span.text.replace(" ", ""))
        keys[c.key] = keys.get(c.key, True) and only_here
    return {key for key, only in keys.items() if only}


_KIND_NOUNS = P.DATASET_NOUNS | P.METHOD_NOUNS


@lru_cache(maxsize=4096)  # asked by the noise rules and again by kg.extract.features
def _apposition_to_noun(c: Candidate) -> str | None:
    """"the SOTA contrastive learning method, NNCLR, to …": a name set off by commas after a kind noun is that
    thing's name; returns the noun, or None."""
    before = c.sentence.text[max(0, c.span.start - c.sentence.start - 40):c.span.start - c.sentence.start]
    m = _APPOSITION_NOUN.search(before)
    after = c.sentence.text[c.span.end - c.sentence.start:]
    if m and _EXAMPLES_BRACKET.search(m.group(0)):  # "a corpus (i.e., FineWeb using OpenSearch)": the bracket
        # names its example (but "models (e.g., IN-21K pre-trained AugRegs)" names data they learnt from)
        return m.group(1).lower() if _EXAMPLE_ENDS.match(after) else None
    if m and m.group(0).rstrip()[-1] == "(":  # "the dataset (U-DIADS-BibFS)"; but "a … framework (CMAF)" spells it out
        return m.group(1).lower() if m.group(1).lower() in P.DATASET_HEADS and re.match(r"\s*\)", after) else None
    return m.group(1).lower() if m and re.match(r"\s*(?:,|\(|\.|;|$)", after) else None


@lru_cache(maxsize=4096)  # asked by the noise rules and again by kg.extract.features
def _data_noun_before(c: Candidate) -> bool:
    """"the benchmark VQA 2.0", "le corpus RATS", "du lexique MULTEXT": a dataset noun right before a name."""
    before = c.sentence.text[max(0, c.span.start - c.sentence.start - 60):c.span.start - c.sentence.start]
    if _BENCHMARK_VERB.search(before):
        return False  # "We benchmark ODR and two other systems": the verb, and what it tests is a system
    return bool(_NOUN_BEFORE.search(before) or before.endswith(", ") and _NOUN_FOR_THEN_NAME.search(before))


# in the labelled sets, "we/to/also benchmark X" named methods four times of four; "the benchmark X" data 20 of 20
_BENCHMARK_VERB = re.compile(r"\b(?:we|to|also|further|then|systematically|comprehensively|extensively|thoroughly)"
                             r"\s+benchmark\s+$", re.IGNORECASE)


# "the prevailing benchmark for Lexical Substitution, CoInCo, …": a data noun, what it is for, then the name
_NOUN_FOR_THEN_NAME = re.compile(r"\b(?:dataset|corpus|benchmark|treebank)\s+(?:for|of|on)\s+[^,.;()]{1,40},\s*$")


@lru_cache(maxsize=4096)  # asked by the noise rules and again by kg.extract.features
def _words_after(c: Candidate) -> list[str]:
    """The four words after a candidate (for the noun cue: "X dataset", "X validation set", "X depth estimation
    benchmark")."""
    before = c.sentence.text[:c.span.start - c.sentence.start]
    after = c.sentence.text[c.span.end - c.sentence.start:]
    if before.rstrip().endswith("(") and after.lstrip().startswith(")"):
        after = _context(c)[1]  # "the Linguistic Linked Open Data (LLOD) infrastructure": the long form's context
    elif before.count("(") > before.count(")"):
        after = after.split(")", 1)[0]  # "models (I3D, SlowFast), datasets (…)": the bracket ends the name's context
    after = _CLAUSE_END.split(after, maxsplit=1)[0]  # "on MAD and Ego4d, our method …": the comma ends the name's
    return _WORDS.findall(after)[:4]


_CLAUSE_END = re.compile(r"[,;:!?]|\.(?:\s|$)")


def _propose_kind(c: Candidate) -> EntityKind | None:
    """Dataset when the nearest head noun around a proposed name is a dataset noun ("OCRBench v2, a … benchmark"); a
    method when a verb that acts on data follows the name ("DP-SynGen, which leverages … synthetic data")."""
    before = re.findall(r"[\w\-]+", c.sentence.text[:c.span.start - c.sentence.start])[-10:]
    after = re.findall(r"[\w\-]+", c.sentence.text[c.span.end - c.sentence.start:])[:10]
    verb = after[1:2] if after[:1] in (["which"], ["that"]) else after[:1]
    if verb and verb[0] in P.VERBS_ON_DATA:
        return EntityKind.METHOD  # "we propose DP-SynGen, which leverages … synthetic data": it acts on the data
    words = [(w, True) for w in after]
    ordered = [w for pair in zip(words, [(w, False) for w in reversed(before)]) for w in pair]
    ordered += words[len(before):] + [(w, False) for w in before[:-len(after) or None]]
    for word, is_after in ordered:
        w = word.lower()
        # before the name only a head noun counts: "to overcome this challenge, we propose X" is no dataset
        if w in (P.DATASET_NOUNS if is_after else P.DATASET_HEADS):
            return EntityKind.DATASET
        if w in P.METHOD_NOUNS:
            return EntityKind.METHOD
    return None


def stated_kinds(analysis: RuleAnalysis) -> dict[str, EntityKind]:
    """What the paper says the names it introduces are, by entity key: the head noun of the title after a single
    name and its colon ("BBQ: A Hand-Built Bias Benchmark for …"), or the kind noun of an apposition that calls the
    name new ("We propose KMMLU, a new Korean benchmark"), or else a name shaped as a bench ("PathBench") as data. A
    learned decision may keep or drop such a name, not re-kind it.

    Examples
    --------
    >>> a = analyse("BBQ: A Hand-Built Bias Benchmark for Question Answering", "BBQ measures bias.")
    >>> stated_kinds(a)
    {'bbq': <EntityKind.DATASET: 'dataset'>}
    """
    title_kind = _title_kind(analysis.title) if len(_title_prefix(analysis.title)) == 1 else None
    kinds = {}
    for c in analysis.admissible:
        if c.key not in analysis.proposed or c.key in kinds:
            continue
        if title_kind and analysis.proposed[c.key][0] == "role:title-prefix":
            kinds[c.key] = _title_prefix_kind(c, title_kind, analysis.title, analysis.admissible)
        elif (kind := _new_apposition_kind(c)) is not None:
            kinds[c.key] = kind
        elif _BENCH_NAME.search(c.span.text):
            kinds[c.key] = EntityKind.DATASET  # "we propose PathBench, which comprises three subsets"
    return kinds


def _clashing_listed_names(cands: list[Candidate], proposed: dict, title: str) -> set[str]:
    """Surface keys of listed names the paper introduces as the other kind: "ARC: A Generalist Graph Anomaly
    Detector", "we propose CoCo, a novel framework", "the Adaptive Cache Enhancement (ACE) framework" name the
    paper's own methods, not the ARC, COCO or ACE data of the lists (a name clash, common with short acronyms)."""
    long_forms = {c.alias_of: c.span.text for c in cands if c.alias_of}
    clashing = set()
    for c in cands:
        surface_key = entity_key(c.span.text)
        if c.rule != "gazetteer:pwc" or c.kind is None or surface_key in clashing:
            continue
        stated = _long_form_kind(long_forms.get(c.key) or long_forms.get(surface_key, ""))
        proposal = proposed.get(c.key) or proposed.get(surface_key)
        if stated is None and proposal is not None:
            stated = _stated_kind(proposal, title)
        if stated is not None and stated != c.kind:
            clashing.add(surface_key)
    return clashing


def _stated_kind(proposal: tuple[str, Candidate | None], title: str) -> EntityKind | None:
    """What the paper says a name it introduces is where it introduces it: the title's head noun for a title prefix;
    else an apposition ("CoCo, a novel framework"), the noun after the name ("the ACE framework") or the noun right
    before it ("a novel model R2R")."""
    rule, c = proposal
    if rule == "role:title-prefix":
        return _title_kind(title) if len(_title_prefix(title)) == 1 else None
    if c is None:
        return None
    cue = P.kind_cue([], _words_after(c))
    before = re.findall(r"[\w\-]+", c.sentence.text[:c.span.start - c.sentence.start])[-1:]
    return _new_apposition_kind(c) or (EntityKind(cue) if cue else None) or _first_kind_noun(before)


def _long_form_kind(long_form: str) -> EntityKind | None:
    """"Context-Aware Transformer Network (CATN)": a long form that ends in an artifact noun and holds no data noun
    says the acronym is a method; one with a data noun says it is data."""
    words = re.findall(r"[\w\-]+", long_form.lower())
    if set(words) & P.DATASET_NOUNS:
        return EntityKind.DATASET
    return EntityKind.METHOD if words and words[-1] in _ARTIFACT_HEADS else None


def _unlisted(c: Candidate) -> Candidate:
    """The candidate as a plain name, without the gazetteer's kind and canonical form."""
    return replace(c, rule="pattern:unlisted", kind=None, canonical=c.span.text, ambiguous=False)


def _listed_kind_at(words: str) -> EntityKind | None:
    """The kind the lists give the longest listed name ``words`` starts with ("Segment Anything Model SAM": the
    Segment Anything Model's)."""
    parts = words.split()
    for n in range(len(parts), 0, -1):
        entry = load_gazetteer().lookup(" ".join(parts[:n]).rstrip("."))
        if entry is not None:
            return entry.kind
    return None


def _new_apposition_kind(c: Candidate) -> EntityKind | None:
    """"KMMLU, a new Korean benchmark with …": the first kind noun of an apposition that calls the name new; or the
    head noun of any short apposition the paper gives a name it introduces ("CAD-Assistant, a general-purpose CAD
    agent for …")."""
    # past the bracket of a definition: "a MultiModal Chart Benchmark (MMC-Benchmark), a comprehensive benchmark"
    after = _DEFINITION_BRACKET.sub("", c.sentence.text[c.span.end - c.sentence.start:], count=1)
    if (version_of := _VERSION_OF.match(after)) and (kind := _listed_kind_at(version_of.group(1))) is not None:
        return kind  # "ReCOGS, a modified version of COGS", "EdgeSAM, an accelerated variant of the Segment …"
    before = c.sentence.text[:c.span.start - c.sentence.start]
    namely = _NAMELY_AT_END.search(before) if "namely" in before[-12:] else None  # the cheap test first
    m = P.APPOSITION_NEW.match(after)
    # "a … dataset with rich annotations at three granularities, termed X": a long phrase after the noun too
    called = _KIND_NOUN_CALLED.search(before[-120:]) or _CLAUSE_THEN_NAMED.search(before[-200:]) \
        if P.NAMING.search(before[-80:]) else None
    if namely:  # "we build an instruction dataset of 50K samples, namely VisInstruct": the thing made says the kind
        kind = _first_kind_noun(re.findall(r"[\w\-]+", namely.group(1)))
    elif called:  # "a novel framework called Taste More Taste Better (TMTB)" (but "a task framework, called …")
        phrase = called.group(1).lower()  # the head, before any "of …": "a dataset of 1 million instructions, called"
        head = re.split(r"\s+(?:of|for|with|on|in)\s+", phrase, maxsplit=1)[0].split()[-1:]
        kind = None if {"task", "tasks"} & set(phrase.split()) else _first_kind_noun(head)
    elif m:
        kind = _first_kind_noun(re.findall(r"[\w\-]+", after[m.end():])[:4])
    else:  # "We propose CAD-Assistant, a general-purpose CAD agent for …"
        kind = _apposition_head_kind(after)
    if kind == EntityKind.METHOD and _BENCH_NAME.search(c.span.text):
        return EntityKind.DATASET  # "RV-Bench, a framework for benchmarking LLMs": what it is called says more
    return kind


# "a new framework called X", "a large-scale dataset, dubbed Long Form (ABBR": the noun before the naming verb
_KIND_NOUN_CALLED = re.compile(r"\b(?:an?|the|our)\s+((?:[\w\-]+\s+){0,4}?[\w\-]+),?\s+(?:called|named|dubbed|termed|"
                               r"coined)\s+(?:as\s+)?(?:the\s+)?[\"“'‘]?(?:[^()\"”]{1,60}\(\s*)?$")
# the same, however long the phrase after the noun, back to its article within the clause
_CLAUSE_THEN_NAMED = re.compile(r"\b(?:an?|our)\s+([^,;:]*),\s+(?:called|named|dubbed|termed|coined)\s+(?:as\s+)?$")
_DEFINITION_BRACKET = re.compile(r"^\s*(?:\([^()]*\)|\))")
# "X, a modified version of COGS": a version of a listed name is of that name's kind, whatever else the phrase says
_VERSION_OF = re.compile(r"^\s*,\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,4}?(?:version|variant|extension|subset|adaptation)\s+"
                         r"of\s+(?:the\s+)?((?:[A-Z][\w\-.]*)(?:\s+[A-Z][\w\-.]*){0,3})")
_NAMELY_AT_END = re.compile(r"([^,;]*[a-z]),\s+namely\s+$")
_BENCH_NAME = re.compile(r"[a-z\-](?:Bench|BENCH|Benchmark)$")


_APPOSITION_ARTICLE = re.compile(r"[”’]?\s*(?:,|(?<=\s)(?:[–—]|-{1,3})(?=\s))[”’]?\s*(?:a|an|the)\s+((?:[\w\-]+\s+){0,5}?[\w\-]+)(?=\s+(?:for|that|which|to|with|of|"
                                 r"designed|built|based|in|"
                                 # "…, a multilingual safety dataset created by …", "…, a … benchmark consists of"
                                 r"created|constructed|collected|curated|derived|generated|sourced|annotated|developed|"
                                 r"tailored|targeting|containing|comprising|consisting|consists|comprises|contains|"
                                 r"covering|spanning|featuring|where|whose|from|on|across)\b|\s*[,.;])")


_QUESTION = re.compile(r"\s*(?:How|What|Why|When|Which|Who|Where|Do|Does|Did|Is|Are|Can|Could|Should|Will|Would)\b"
                       r"|[^?]*\?\s*$")


@lru_cache(maxsize=64)
def _title_kind(title: str) -> EntityKind | None:
    """The kind a title's head noun after its colon gives the name before it ("X: A New Benchmark for …")."""
    parts = re.split(r":|\s(?:[–—-]|--)\s", title, maxsplit=1)  # "X: A New Benchmark", "LEXADV - a … Lexicon for …"
    if len(parts) < 2 or _QUESTION.match(parts[1]):
        return None  # "BertaQA: How Much Do Language Models Know …?" asks, it does not say what BertaQA is
    if _EVALUATING.match(parts[1]):
        return EntityKind.DATASET  # "KoLA: Carefully Benchmarking World Knowledge …", "AgentBench: Evaluating LLMs as
        # Agents": what benchmarks or evaluates is a benchmark (24 of the 25 such names the labelled sets list)
    if re.match(r"\s*[A-Z][a-z]+ing\s", parts[1]):
        return None  # "AgentBench: Evaluating LLMs as Agents" says what it does, not what it is
    head_phrase = _title_head_phrase(parts[1])
    kind = _phrase_kind(head_phrase)
    if kind == EntityKind.METHOD and not set(re.findall(r"[\w\-]+", head_phrase.lower())) & P.METHOD_NOUNS \
            and (P.DATASET_SHAPE.search(parts[0].strip()) or _head_word(head_phrase) in _WHAT_DATA_IS_FOR):
        return None  # "MELA: Multilingual Evaluation of …", "XOR QA: … Question Answering": a process, but data's
    return kind


def _title_head_phrase(rest: str) -> str:
    """The noun phrase after a title's colon, up to its first preposition or a verb in -ing after its head noun
    ("a … Long Document Benchmark Integrating Understanding, …" ends at "Benchmark")."""
    head_phrase = re.split(r"\b(?:for|of|with|via|by|on|in|from|to|towards?|through|using|under|at|over|across|beyond|"
                           r"without|against|into)\b", rest, maxsplit=1, flags=re.IGNORECASE)[0]
    gerund = re.match(r"(.*?\b([\w\-]+))\s+[A-Z][a-z]+ing\s+\w", head_phrase)  # but "Dataset Pruning" is one noun
    if gerund and gerund.group(2).lower() in P.DATASET_HEADS | P.METHOD_NOUNS:
        return gerund.group(1)
    return head_phrase


def _process_headed(title: str) -> bool:
    """Whether the title's head phrase names a process, not a kind ("ChartCheck: Explainable Fact-Checking …")."""
    parts = re.split(r":|\s(?:[–—-]|--)\s", title, maxsplit=1)
    words = set(re.findall(r"[\w\-]+", _title_head_phrase(parts[-1]).lower()))
    return not words & (P.METHOD_NOUNS | P.DATASET_HEADS)


def _said_to_be_new_data(key: str, cands: Iterable[Candidate]) -> bool:
    """"we introduce ChartCheck, a novel, large-scale dataset for …": the abstract calls the name new data."""
    return any(d.key == key and d.field == "abstract" and _new_apposition_kind(d) == EntityKind.DATASET
               for d in cands)


def _title_prefix_kind(c: Candidate, title_kind: EntityKind, title: str, cands: Iterable[Candidate]) -> EntityKind:
    """The title's kind for the name before its colon, unless the title names a process and the abstract says the
    name is new data."""
    if title_kind == EntityKind.METHOD and _process_headed(title) and _said_to_be_new_data(c.key, cands):
        return EntityKind.DATASET
    return title_kind


_EVALUATING = re.compile(r"\s*(?:(?:Carefully|Comprehensively|Comprehensive|Holistically|Systematically|Rigorously)\s+)?"
                         r"(?:Benchmarking|Evaluating|Assessing|Measuring|Testing|Examining|Probing|Quantifying)\s")
_PROCESS_NOUN = re.compile(r"(?:tion|sion|ing|ment)$")  # "Preference Optimization", "Motion Modeling"
# processes a dataset is named for as often as a method: "ParaCrawl: Web-Scale Acquisition of Parallel Corpora"
_WHAT_DATA_IS_FOR = frozenset("evaluation evaluations assessment acquisition collection annotation answering "
                              "understanding comprehension reasoning testing".split())


def _head_word(phrase: str) -> str:
    words = re.findall(r"[\w\-]+", phrase.lower())
    return words[-1] if words else ""


def _phrase_kind(phrase: str) -> EntityKind | None:
    """The kind a noun phrase's head gives it: a dataset noun only as a head ("A Dataset and Benchmark", not
    "Trajectory Guided Dataset Distillation"), a method noun anywhere, and a process noun as the head makes a
    method ("Multi Pair-wise Preference Optimization")."""
    words = [w.lower() for w in re.findall(r"[\w\-]+|[,&]", phrase)]
    heads = {w for w, nxt in zip(words, words[1:] + ["and"]) if nxt in ("and", ",", "&")}
    if heads & P.DATASET_HEADS or _benchmark_bundle(words):
        return EntityKind.DATASET
    if set(words) & P.METHOD_NOUNS or (words and _PROCESS_NOUN.search(words[-1])):
        return EntityKind.METHOD
    return None


_BUNDLE_NOUNS = frozenset("suite framework platform toolkit testbed harness".split())


def _benchmark_bundle(words: list[str]) -> bool:
    """"A Multi-Task Benchmark Framework", "a Benchmark Suite": a benchmark that comes as a bundle is a benchmark."""
    return len(words) > 1 and words[-1] in _BUNDLE_NOUNS and words[-2] in ("benchmark", "benchmarking")


_LIST_SEPARATOR = re.compile(r"\s*(?:\([^()]*\))?\s*(?:,|and|or|,\s*and|&)\s*")  # results in brackets may come first


def _one_data_name_among_models(listed: list[EntityKind], tail: str) -> bool:
    """"wav2vec 2.0, HuBERT, WavLM, UniSpeech, MMS, and Whisper": one listed data name among three or more listed
    models, in a list no data noun closes, is a model too (not the listed MMS data)."""
    return listed.count(EntityKind.METHOD) >= 3 and listed.count(EntityKind.DATASET) == 1 \
        and not re.match(r"\s*(?:datasets?|benchmarks?|corpora)\b", tail)


def _list_datasets(cands: list[Candidate], kinds: dict[str, EntityKind], text_of: dict[str, str]) -> None:
    """Coordinated names ("MOT17, DanceTrack and SportsMOT") share the dataset kind of any member."""
    ordered = sorted(cands, key=lambda c: (c.field, c.span.start))
    group: list[Candidate] = []

    def flush() -> None:
        tail = text_of[group[-1].field][group[-1].span.end:group[-1].span.end + 12].lower() if group else ""
        if group and (re.match(r"\s*(?:datasets?|benchmarks?|corpora)\b", tail) or _list_ends_in_data_noun(group[-1])):
            for c in group:
                kinds.setdefault(c.key, EntityKind.DATASET) if c.kind else kinds.__setitem__(c.key, EntityKind.DATASET)
        listed = [c.kind for c in group if c.kind is not None]
        if _one_data_name_among_models(listed, tail):
            kinds.update({c.key: EntityKind.METHOD for c in group if c.kind == EntityKind.DATASET})
        elif len(group) > 1 and any(kinds.get(c.key) == EntityKind.DATASET for c in group) \
                and listed.count(EntityKind.METHOD) <= listed.count(EntityKind.DATASET):  # the list's majority
            for c in group:
                if c.kind is None and _head_kind(c) != EntityKind.METHOD:
                    kinds[c.key] = EntityKind.DATASET
        group.clear()

    closed = False  # "Evaluated on Cora, Citeseer, and PubMed, GRE2-MDCL achieves": the list ended at "and PubMed"
    for c in ordered:
        between = text_of[c.field][group[-1].span.end:c.span.start] if group else ""
        if group and group[-1].field == c.field and _LIST_SEPARATOR.fullmatch(between) \
                and not (closed and between.strip() == ",") and not _across_opening_comma(group[-1], c):
            group.append(c)
            closed = closed or between.strip() != ","
        else:
            flush()
            group.append(c)
            closed = False
    flush()


def _across_opening_comma(left: Candidate, right: Candidate) -> bool:
    """Whether the comma between two names of one sentence closes its opening phrase ("On A, B achieves")."""
    comma = opening_comma(left.sentence.text)
    return comma >= 0 and left.sentence == right.sentence \
        and left.span.end - left.sentence.start <= comma < right.span.start - right.sentence.start


_SHARED_TASK_AT_END = re.compile(r"^(.*?\S)\s+[Ss]hared\s+[Tt]ask$")
_DATA_HEAD_AT_END = re.compile(r"^(.+?)\s+(?:Corpus|Dataset|Data\s?Set|Treebank|Benchmark|Database|Lexicon)$", re.IGNORECASE)


def _join_with_noun(kept: list[Candidate], canon: dict[str, str], kinds: dict[str, EntityKind]) -> None:
    """"the SuspectGuilt Corpus … We use SuspectGuilt to …": a name written with and without its dataset noun is
    one dataset, under the bare name."""
    keys = {c.key for c in kept}
    for c in kept:
        m = _DATA_HEAD_AT_END.match(canon.get(c.key, c.span.text))
        base = entity_key(m.group(1)) if m else None
        if base in keys and base != c.key:
            canon[c.key] = canon[base]
            kinds[c.key] = kinds[base] = EntityKind.DATASET


def _joined_modality(cands: list[Candidate]) -> list[Candidate]:
    """"TUM RGB-D", "Bonn RGB-D": a name followed by the modality written as "RGB-D" names data in that modality,
    even where the bare name is listed as something else."""
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.field == c.field and _CAPS_PAIR.fullmatch(c.span.text) \
                and c.span.start == prev.span.end + 1 and c.sentence.text[prev.span.end - c.sentence.start] == " " \
                and not prev.alias_of and " " not in prev.span.text:
            span = Span(f"{prev.span.text} {c.span.text}", prev.span.start, c.span.end)
            out[-1] = Candidate(c.field, c.sentence, span, "pattern:name-shape", EntityKind.DATASET)
            continue
        out.append(c)
    return out


def _resolve(cands: list[Candidate]) -> list[Candidate]:
    """Drop candidates inside a longer one at the same place (keep "Grounding DINO 1.5 Edge" over "DINO")."""
    cands = sorted(cands, key=lambda c: (c.field, c.span.start, -(c.span.end - c.span.start)))
    out: list[Candidate] = []
    for c in cands:
        if out and out[-1].field == c.field and c.span.start < out[-1].span.end:
            if c.span.start == out[-1].span.start and c.span.end == out[-1].span.end and c.rule != out[-1].rule:
                if c.rule == "gazetteer:pwc" or c.alias_of or (
                        c.rule == "pattern:naming" and out[-1].rule != "gazetteer:pwc"):
                    out[-1] = c  # the gazetteer's canonical form, or the naming that says the paper introduces it
            continue
        out.append(c)
    return out


def _singular(cands: list[Candidate]) -> list[Candidate]:
    """A CamelCase plural ("SparseFormers") names the singular when the paper also writes the singular."""
    keys = {c.key for c in cands}
    out = []
    for c in cands:
        if c.canonical is None and P.CAMEL_PLURAL.fullmatch(c.span.text) and entity_key(c.span.text[:-1]) in keys:
            c = replace(c, canonical=c.span.text[:-1])
        out.append(c)
    return out


_CONFIDENCE = {"gazetteer:pwc": 0.9, "pattern:series": 0.8, "pattern:title-prefix": 0.8, "pattern:definition": 0.8, "pattern:naming": 0.85, "pattern:titled-data": 0.75, "pattern:list-sibling": 0.7, "pattern:shared-task": 0.75, "pattern:language-pair": 0.75, "pattern:titled-method": 0.7, "pattern:title-dataset": 0.8, "pattern:name-shape": 0.65}


@dataclass(frozen=True)
class RuleAnalysis:
    """What the hand-written rules make of one title and abstract, before any learned decision.

    ``admissible`` are the spans the finders proposed (after overlaps are resolved) that no hard noise rule vetoes
    (the only ones a learned decision may keep); ``kept`` the ones the rules accept;
    ``kinds`` and ``canonical`` are per entity key over ``kept``; ``all_kinds`` and ``all_canonical`` add the
    admissible entities the rules dropped (what the rules would say of them, worked out among themselves).
    ``spelled_lower`` holds the acronyms the text spells out as an ordinary lower-case phrase, which are no datasets.
    ``title`` and ``abstract`` are the texts as given; the rules read them with URLs and a leading "Abstract--"
    blanked, which keeps every offset.
    """

    title: str
    abstract: str
    admissible: tuple[Candidate, ...]
    kept: tuple[Candidate, ...]
    kinds: dict[str, EntityKind]
    canonical: dict[str, str]
    all_kinds: dict[str, EntityKind]
    all_canonical: dict[str, str]
    proposed: dict[str, tuple[str, Candidate | None]]
    defined: dict[str, bool]
    spelled_lower: frozenset[str] = frozenset()


def _modality_pair(phrase: str) -> bool:
    """"Text-to-Image (T2I)" names a task; "Room-to-Room (R2R)" is a dataset's name."""
    m = P.IN_TO_OUT.search(phrase)
    return m is not None and len(set(m.group(0).lower().split("-to-"))) > 1


_PARADIGM_HEADS = frozenset("learning modeling modelling tuning training pretraining pre-training fine-tuning "
                            "parallelism programming".split())


def _plain_phrase(phrase: str) -> bool:
    """"Graph Contrastive Learning", "Masked Image Modeling": ordinary words capitalised, a paradigm's name."""
    words = [w for w in re.split(r"[\s\-]+", phrase) if w]
    return len(words) > 1 and all(w.isalpha() and w.lower() in common_words() for w in words)


_NEW_BEFORE = re.compile(r"\b(?:novel|new|our|proposed)\s+(?:[\w\-]+\s+){0,2}[`'\"“‘]*$", re.IGNORECASE)


def _text_before_phrase(text: str, phrase: str) -> str:
    """The 40 characters before the first place ``text`` spells ``phrase`` (its words apart by spaces or hyphens)."""
    words = phrase.split()
    at = text.find(words[0]) if words else -1
    while at >= 0:
        end = at + len(words[0])
        for word in words[1:]:
            gap = end
            while gap < len(text) and (text[gap].isspace() or text[gap] == "-"):
                gap += 1
            if gap == end or not text.startswith(word, gap):
                break
            end = gap + len(word)
        else:
            return text[max(0, at - 40):at]
        at = text.find(words[0], at + 1)
    return ""


def _listed_data_in_data_context(abbr: Candidate) -> bool:
    """"datasets like Massive Multitask Language Understanding (MMLU)": a dataset the lists know, named after its task,
    where the text speaks of data (but "Cross-Domain Recommendation (CDR)" alone is the task)."""
    return _listed_data(abbr.span.text) and _enumeration_kind(abbr) == EntityKind.DATASET


_CLOSING_BRACKET = re.compile(r"^\s*\)")
_PRESENTED = re.compile(P.PROPOSE.pattern + r"\s+(?:(?:a|an|the)\s+)?(?:(?:new|novel|simple|general)\s+)*$",
                        re.IGNORECASE)


def _listed_method(name: str) -> bool:
    """"Contrastive Language-Image Pre-training (CLIP)": a listed model keeps its kind when its long form ends in a
    paradigm; one ending in a task's head is that task ("Hierarchical Text Classification (HTC)" is no HTC model)."""
    entry = load_gazetteer().lookup(name)  # written exactly as listed: "Visual Instruction Tuning (VIT)" is no ViT
    return entry is not None and entry.kind == EntityKind.METHOD and not entry.ambiguous and name == entry.canonical


def _presented_as_artifact(sent: Span, long: Candidate, abbr: Candidate) -> bool:
    """"We present Position Interpolation (PI) that …", "we explore Instruction Visual Grounding (IVG), a multi-modal
    approach": a long form with a task's head that the paper presents, or calls a method, names an artifact."""
    before = sent.text[:long.span.start - sent.start]
    after = _CLOSING_BRACKET.sub("", sent.text[abbr.span.end - sent.start:])
    return bool(_PRESENTED.search(before)) or _apposition_head_kind(after) == EntityKind.METHOD


def _definition_facts(title: str, abstract: str) -> tuple[dict[str, bool], set[str]]:
    """Acronyms each text defines (True when the long form is a Title-Case, singular, non-task name) and the
    acronyms defined as tasks ("Answer Sentence Selection (AS2)")."""
    defined: dict[str, bool] = {}
    tasks: set[str] = set()
    for field, text in (("title", title), ("abstract", abstract)):
        for sent in sentences(text):
            for abbr, long, title_case in _definitions(field, sent):
                lt = long.span.text
                head = lt.split()[-1].lower()
                if head not in P.TASK_NAME_HEADS:
                    head = head.split("-")[-1]  # "Person Re-Identification (ReID)" (but "Post-Editing" is listed whole)
                # "a masked Conditional Flow Matching (CFM) objective": a component noun after it says what it is
                method_after = re.match(r"\s*\)?\s*(\w+)", sent.text[abbr.span.end - sent.start:])
                data_after = method_after is not None and method_after.group(1).lower() in P.DATASET_HEADS
                method_after = method_after is not None and method_after.group(1).lower() in _COMPONENT_NOUNS \
                    or _presented_as_artifact(sent, long, abbr) \
                    or head not in P.TASK_NAME_HEADS and _listed_method(abbr.span.text)
                ok = title_case and not lt.endswith("s") and (method_after or head not in P.TASK_HEADS) \
                    and head not in P.NOT_ARTIFACT_HEADS
                defined[abbr.key] = defined.get(abbr.key, False) or ok
                if not method_after and (head in P.TASK_NAME_HEADS or head in _PARADIGM_HEADS and _plain_phrase(lt)
                                         or _modality_pair(lt) or head in P.NOT_ARTIFACT_HEADS and not data_after) \
                        and not _listed_data_in_data_context(abbr):  # ("… Project (SAP-1005) dataset" is data)
                    tasks.add(abbr.key)  # "Graph Contrastive Learning (GCL)", unless the paper names its own so
    for key, phrase in _lowercase_meanings(title + "\n" + abstract).items():
        head = phrase.split()[-1].split("-")[-1]  # "person re-identification"
        if key not in defined and (head in P.TASK_HEADS or head in P.NOT_ARTIFACT_HEADS or head in _PARADIGM_HEADS):
            defined[key] = False  # "query-focused summarization (QFS)": a task, however it is used after
            listed = load_gazetteer().lookup(key)
            # "direct preference optimization (DPO)" is the listed method, "a … matching (DCM) algorithm" a component
            if not _NEW_BEFORE.search(_text_before_phrase(title + "\n" + abstract, phrase)) \
                    and not (listed and listed.kind == EntityKind.METHOD) \
                    and not _component_noun_after(title + "\n" + abstract, key):
                tasks.add(key)  # … and no artifact, unless new: "a novel multi-granularity distillation (MGD) scheme"
        elif key not in defined and len(key) > 3 and head in _ARTIFACT_HEADS and not is_noise(key) \
                and not re.search(r"\b" + key + r"s\b", title + "\n" + abstract, re.IGNORECASE):
            defined[key] = True  # "deep inside-outside recursive autoencoder (DIORA)": a model's coined name (but
            # "a cross media analysis framework (CMAF) … CMAFs" is a kind of thing)
    spelled = _title_prefix_spelled_out(title)
    if spelled:
        defined[spelled] = True  # "NAT: Noise-Aware Training for …" defines NAT as the paper's own, like "(NAT)"
    return defined, tasks


def _spelled_as_concepts(text: str, meanings: Mapping[str, str]) -> frozenset[str]:
    """Acronyms the text spells out as an ordinary lower-case phrase ("white blood cell (WBC)", "computational fluid
    dynamics (CFD)"): things and fields, almost never a dataset's name (9 datasets of about 2,600 such acronyms in
    the labelled sets). Not when the text also writes the phrase as a name ("the “Cooperative Remote Search Task”
    (CReST) Corpus") or a data noun follows the bracket ("the tabletop tidying up (TTU) dataset")."""
    if not meanings:
        return frozenset()  # most abstracts: nothing to look up
    abstract = text.split("\n", 1)[-1]  # a Title Case title writes every phrase so
    data_after = {entity_key(m.group(1)) for m in _BRACKET_THEN_WORD.finditer(text)
                  if m.group(2).lower() in P.DATASET_HEADS}
    return frozenset(key for key, phrase in meanings.items() if key not in data_after
                     and not _written_as_name(_as_title_case(phrase), text, abstract))


_BRACKET_THEN_WORD = re.compile(r"\(\s*([\w\-]+)\s*\)\s*(\w+)")


def _written_as_name(name: str, text: str, abstract: str) -> bool:
    """``name`` written in the abstract, or anywhere right before a bracket (a Title Case definition)."""
    if name in abstract:
        return True
    at = text.find(name)
    while at >= 0:
        if text[at + len(name):at + len(name) + 3].lstrip("”\"’' ").startswith("("):
            return True
        at = text.find(name, at + 1)
    return False


def _component_noun_after(text: str, key: str) -> bool:
    """"a depth-cascade-matching (DCM) algorithm": a component noun after the bracketed acronym makes it a method."""
    return any(entity_key(m.group(1)) == key and m.group(2).lower() in _COMPONENT_NOUNS
               for m in _BRACKET_THEN_WORD.finditer(text))


# the last word of a long form that makes its acronym a method even where the acronym looks like data
_MODEL_PART_HEADS = _COMPONENT_NOUNS - {"unit"} | frozenset(
    "attention embedding embeddings network networks transformer transformers autoencoder autoencoders optimizer "
    "architecture".split())


def _long_form_head(long_form: str) -> str:
    """The head noun of a long form, before its "for …" or "of …" ("DOS Transformer for Adsorption": transformer)."""
    return _head_word(re.split(r"\s+(?:for|of)\s+", long_form)[0]).split("-")[-1]


_KNOWLEDGE_GRAPH_TAIL = re.compile(r"\bKnowledge\s+(?:Graph|Base)$")  # a named KG or KB the acronym stands for


def _entity_kinds(kept: list[Candidate], proposed: dict, title: str, abstract: str) -> dict[str, EntityKind]:
    """One kind per entity key of ``kept``: the noun cues, lists, the title's head noun and long forms."""
    kinds = _kinds(kept, proposed)
    _list_datasets(kept, kinds, {"title": title, "abstract": abstract})
    title_kind = _title_kind(title)
    for c in kept:
        if title_kind and proposed.get(c.key, ("",))[0] == "role:title-prefix":  # over a clashing known name ("C4: …")
            kinds[c.key] = _title_prefix_kind(c, title_kind, title, kept)  # "Mugs: A … Learning Framework"
    for c in kept:
        if c.alias_of and _long_form_head(c.span.text) in _MODEL_PART_HEADS \
                and any(d.kind == EntityKind.DATASET for d in kept if d.key == c.alias_of):
            kinds[c.alias_of] = EntityKind.METHOD  # "Motion Encoder-Decoder (MED)", "DOS Transformer for Adsorption
            # (DOTA)": the paper's part or model, not the MED or DOTA data
    for c in kept:
        if c.alias_of and not any(d.kind for d in kept if d.key == c.alias_of):
            nouns = {w.lower() for w in re.findall(r"[\w\-]+", c.span.text)}
            if nouns & P.DATASET_HEADS or _KNOWLEDGE_GRAPH_TAIL.search(c.span.text):
                kinds[c.alias_of] = EntityKind.DATASET  # "ANU Scholarly Knowledge Graph (ASKG)" is data
            elif _head_word(c.span.text) in _MODEL_PART_HEADS and not nouns & P.DATASET_NOUNS:
                kinds[c.alias_of] = EntityKind.METHOD  # "Cascaded Skipping Density Blocks (CSDB)", "Grouped Query
                # Attention (GQA)": a part, whatever the "…DB" or "…QA" of its acronym looks like (not a "System":
                # "Airline Travel Information System (ATIS)")
            elif nouns & P.METHOD_NOUNS and kinds.get(c.alias_of) != EntityKind.DATASET:
                kinds[c.alias_of] = EntityKind.METHOD
    return kinds


def _canonical_names(kept: list[Candidate], kinds: dict[str, EntityKind]) -> dict[str, str]:
    """The name each entity key goes by: a gazetteer's form first, then the abbreviation over its long form."""
    canon: dict[str, str] = {}
    for c in sorted(kept, key=lambda c: (c.canonical is None, c.alias_of is not None)):
        canon.setdefault(c.key, c.canonical or c.span.text)
    _join_with_noun(kept, canon, kinds)
    for key, name in canon.items():
        if (m := _SHARED_TASK_AT_END.match(name)) and entity_key(m.group(1)):
            canon[key] = m.group(1)  # "VarDial 2016 Shared Task" is the data of VarDial 2016
    return canon


def _without_parts_of_title_names(proposed: dict, cands: list[Candidate]) -> dict:
    """A known name the abstract seems to propose ("we propose a novel BERT distillation method") is only part of
    the name the title introduces ("BERT-EMD: …"): the paper uses it."""
    titled = [c.span.text for c in cands if proposed.get(c.key, ("",))[0] == "role:title-prefix"]
    return {key: (rule, c) for key, (rule, c) in proposed.items()
            if not (rule == "role:we-propose" and c is not None and c.rule == "gazetteer:pwc"
                    and any(c.span.text in re.split(r"[\s\-]", name) and c.span.text != name for name in titled))}


def analyse(title: str, abstract: str | None) -> RuleAnalysis:
    """Run the hand-written finders, role rules and noise rules over a title and abstract.

    Examples
    --------
    >>> a = analyse("CaFNet: radar depth", "Evaluated on the nuScenes dataset, CaFNet beats CNN baselines.")
    >>> sorted(c.span.text for c in a.kept), sorted(a.proposed)
    (['CaFNet', 'CaFNet', 'nuScenes'], ['cafnet'])
    """
    given = (title or "", abstract or "")
    title, abstract = _mask_urls(_plain_hyphens(given[0])), _mask_urls(_mask_label(_plain_hyphens(given[1])))
    cands = _singular(_joined_modality(_resolve(_candidates(title, abstract))))
    series = _series("title", title) + _series("abstract", abstract)
    if series:
        cands = [c for c in cands if not any(c.field == s.field and s.span.start <= c.span.start < s.span.end
                                             for s in series)] + series
    defined, tasks = _definition_facts(title, abstract)
    meanings = _lowercase_meanings(title + "\n" + abstract)
    cands = [c for c in cands if _own_meaning(c, meanings, title + "\n" + abstract)]
    proposed = _without_parts_of_title_names(_proposed_keys(title, abstract, cands), cands)
    clashing = _clashing_listed_names(cands, proposed, title)
    if clashing:  # the paper's own ARC is not the listed ARC: drop the list's identity, then find roles again
        cands = [_unlisted(c) if c.rule == "gazetteer:pwc" and entity_key(c.span.text) in clashing else c
                 for c in cands]
        proposed = _without_parts_of_title_names(_proposed_keys(title, abstract, cands), cands)
    for c in cands:
        if c.alias_of and c.alias_of in proposed:
            proposed.setdefault(entity_key(c.span.text), proposed[c.alias_of])
    noun_cues = ((c, P.kind_cue([], _words_after(c))) for c in cands)
    cue_keys = {c.key for c, cue in noun_cues
                if cue == "dataset" or (cue == "method" and c.kind == EntityKind.METHOD)}  # "OPT models"
    cue_keys |= {c.key for c in cands if c.ambiguous and c.key in meanings and _method_meaning(c, meanings[c.key])}
    text_of = {"title": title, "abstract": abstract}
    # a paper may name its method after a task (GAZP), but "our AS2 model" is a model for the task AS2
    named = {k for k, (rule, _) in proposed.items() if rule != "role:our"}
    # "We propose a new task, Stylistic Headline Generation (SHG)", "EL, a metric quantifying …": neither kind
    described = {c.key for c in cands if c.rule != "gazetteer:pwc" and _described_as_task_or_metric(c)}
    described |= {c.key for c in cands if c.key not in proposed and _opens_as_topic(c)}
    described |= {c.key for c in cands if c.rule != "gazetteer:pwc" and c.key not in proposed and _names_a_category(c)}
    # an author the text cites is a person wherever else the paper writes the name ("Bicknell’s analysis")
    cited = {c.key for c in cands if c.rule != "pattern:naming" and c.key not in proposed and _cited_author(c)}
    # a language is no artifact, nor is an acronym the paper defines as one ("Modern Standard Arabic (MSA)")
    languages = {c.key for c in cands if _names_a_language(c.span.text)}
    organisations = {c.key for c in cands if c.canonical is None and _organisation(c)}
    excluded = frozenset(_team_keys(title)) | (tasks - named) | described | cited | languages | organisations \
        | ((_capitalised_by_the_title(cands, title) | _lower_case_in_the_abstract(cands, abstract)) - set(proposed))
    admissible = [c for c in cands if not _vetoed(c, proposed, defined, text_of, excluded)]
    kept = [c for c in admissible if _evidenced(c, proposed, defined, cue_keys, text_of)]
    names_kept = {c.key for c in kept if not c.alias_of}
    kept = [c for c in kept if not c.alias_of or c.alias_of in names_kept]  # a long form goes with its acronym
    kinds = _entity_kinds(kept, proposed, title, abstract)
    canonical = _canonical_names(kept, kinds)
    kept_keys = {c.key for c in kept}
    dropped = [c for c in admissible if c.key not in kept_keys]  # most often none: then nothing more to work out
    dropped_kinds = _entity_kinds(dropped, proposed, title, abstract) if dropped else {}
    dropped_canonical = _canonical_names(dropped, dropped_kinds) if dropped else {}
    return RuleAnalysis(*given, tuple(admissible), tuple(kept), kinds, canonical,
                        {**dropped_kinds, **kinds}, {**dropped_canonical, **canonical}, proposed, defined,
                        _spelled_as_concepts(title + "\n" + abstract, meanings))


@dataclass(frozen=True)
class Choice:
    """Which candidates become mentions, with each entity's kind and canonical name; when a model decided, also its
    probability for the kind it chose and the entities the rules alone would have dropped."""

    candidates: tuple[Candidate, ...]
    kinds: dict[str, EntityKind]
    canonical: dict[str, str]
    probability: dict[str, float] = dataclasses.field(default_factory=dict)
    rules_dropped: frozenset[str] = frozenset()

    @classmethod
    def of_rules(cls, analysis: RuleAnalysis) -> Choice:
        """The hand-written rules' own choice."""
        return cls(analysis.kept, analysis.kinds, analysis.canonical)


def _as_given(analysis: RuleAnalysis, field: str, sentence: Span) -> str:
    """The evidence sentence as the text gives it, with the URLs the rules did not read."""
    text = analysis.title if field == "title" else analysis.abstract
    return text[sentence.start:sentence.end]


def mentions_of(analysis: RuleAnalysis, choice: Choice) -> tuple[Mention, ...]:
    """Turn the chosen candidates into :class:`~kg.model.Mention` s, ordered by field (title first) then offset.

    ``rule`` names the finder, then the rule that says the paper proposes the entity, then ``+learned`` where the
    model kept what the rules alone would drop; ``confidence`` is the model's probability for the kind, or (for the
    rules alone) a fixed figure per finder."""
    mentions = []
    proposed = analysis.proposed
    for c in choice.candidates:
        key = c.key
        role = Role.PROPOSES if key in proposed else Role.USES
        rule = c.rule + ("+" + proposed[key][0] if key in proposed else "") + (
            "+learned" if key in choice.rules_dropped else "")
        confidence = choice.probability.get(key) or min(0.95, _CONFIDENCE.get(c.rule, 0.6) + (
            0.05 if key in proposed else 0.0))
        mentions.append(Mention(c.span.text, choice.canonical.get(key, c.span.text),
                                choice.kinds.get(key, EntityKind.METHOD), role,
                                Evidence(c.field, _as_given(analysis, c.field, c.sentence), c.span.start, c.span.end),
                                rule, confidence))
    return tuple(sorted(mentions, key=lambda m: (m.evidence.field != "title", m.evidence.start)))

