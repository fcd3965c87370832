"""Build ``kg/extract/data/package_datasets.tsv`` and ``package_methods.tsv``: names from well-kept packages.

Run from the repository root (needs the package index, not a web browser)::

    .venv/bin/python bench/make_package_gazetteers.py

The Papers with Code list shipped in ``../shared/data`` holds only datasets with ACL papers,
so it misses most vision and recent LLM benchmarks (COCO, KITTI, LVIS, GSM8K, BBH). Three
packages keep curated catalogues of those, with proper display names; their wheels (pinned
below) are downloaded with ``pip download`` and read as zip files, nothing is installed:

- **torchvision** (BSD-3-Clause): each dataset class's docstring opens with a link whose text
  is the dataset's name ("`KITTI <…>`_ Dataset", "`Large-scale CelebFaces Attributes (CelebA) Dataset <…>`_").
- **lm-eval**, EleutherAI's evaluation harness (MIT): each task folder's ``README.md`` title
  ("# GSM8k", "# HellaSwag"; a subtitle after ":" is dropped).
- **tensorflow-datasets** (Apache-2.0): each dataset's folder or module name ("stanford_dogs"); its display
  spelling is the most frequent capitalised spelling of that name in the dataset's own README,
  citation and builder text ("Stanford Dogs"); a name never written with a capital is left out.

- **transformers**, Hugging Face (Apache-2.0), for ``package_methods.tsv``: the model name in the first line
  of each configuration module ("DINOv2 model configuration", "T5 model configuration"), or for generated
  modules without one, a one-word configuration class ("GemmaConfig" -> "Gemma").

- **OpenMMLab** (mmdet, mmpretrain, mmsegmentation, mmaction2, mmdet3d, mmocr, mmagic, mmrotate; Apache-2.0): each
  model-zoo ``metafile.yml`` names its collection ("ByteTrack", "Mask2Former", "PointPillars", "ABINet") and the data
  its models were trained and evaluated on ("CrowdHuman", "Objects365", "SemanticKITTI", "IIIT5K", "Urban100");
  **RecBole** (MIT): one configuration file per recommendation model ("SASRec", "LightGCN").
  Collections named by a paper title or a plain technique, and data entries that are class ids, categories or
  preprocessed variants, are left out (``_NOT_MM_NAMES``). mmpose is read apart (round 25): its model zoo is one
  YAML file per config, not a ``metafile.yml``.
- **Stable-Baselines3** and **sb3-contrib** (MIT): reinforcement-learning algorithms, one folder each ("SAC", "TQC");
  **Flower** (flwr, Apache-2.0): federated-learning strategies, one module each ("FedAvg", "FedProx", "Krum");
  **gensim** (LGPL-2.1): embedding and retrieval models, one module each ("Word2Vec", "Doc2Vec", "BM25").
- **PyKEEN** (MIT): the knowledge graphs its dataset classes describe ("The FB15k-237 dataset", "The Hetionet
  dataset"); **ir_datasets** (Apache-2.0): the retrieval collections its documentation names ("Natural Questions",
  "MSMARCO", "CORD-19").
- **PyTorch Geometric** (torch-geometric, MIT), **torchaudio** (BSD-2-Clause) and **torchgeo** (MIT): the graph, speech
  and remote-sensing datasets their dataset classes' docstrings name in prose ("The Amazon Computers and Amazon Photo
  networks", "*LibriMix* :cite:`…` dataset", "NWPU VHR-10 dataset."), never the class name ("Planetoid", "CoraFull");
  and the speech models torchaudio's model, pipeline and transform docstrings cite as a model's source ("Acoustic
  model used in *wav2vec 2.0* :cite:`…`", "*HuBERT*", "*SpecAugment*"), as their papers write them.
- **HELM**, Stanford's holistic evaluation of language models (crfm-helm, Apache-2.0): the display names of the models
  it evaluates (``helm/config/model_metadata.yaml``), without sizes, dates and settings, and the API models named in
  their brackets ("GPT-3.5 (text-davinci-003)").
- **NLTK** (nltk, Apache-2.0) and **wn** (MIT), for the lexical resources, corpora and wordnets NLP papers name: the
  names NLTK's corpus modules and corpus howto write in prose ("Corpus reader for the SemCor Corpus.", "An NLTK
  interface to the VerbNet verb lexicon", "The CoNLL 2000 Corpus", "the Brown Corpus"), never a loader's identifier
  ("verbnet", "nombank.1.0"), without file formats, reader kinds and descriptions in ordinary words ("Tagged", "Word
  List", "Opinion Lexicon") and ``_NOT_NLTK``; and the project labels of wn's index of wordnets (``wn/index.toml``:
  "Open English WordNet", "Open Multilingual Wordnet", "plWordNet"), without language qualifiers and versions
  ("Multilingual Central Repository (Catalan)", "Arabic WordNet (AWN v2)") and without labels that describe a package
  ("OMW English Wordnet based on WordNet 3.0"). These are the field's own names: one the ACL Anthology writes often is
  kept ("PropBank", "SentiWordNet"), flagged ``ambiguous`` only if the abstracts also write it as a lower-case word.
  No package with a clean list of knowledge bases (Wikidata, BabelNet, MeSH) was found: bioregistry lists identifier
  spaces of biomedical databases ("Unified Medical Language System Concept Unique Identifier"), not knowledge bases.

- Round 15, for benchmarks and data the catalogues above lack: **inspect_evals** (MIT), the UK AI Security
  Institute's LLM and agent evaluations, by README title ("# SWE-bench", "# OSWorld"); **EvalScope** (Apache-2.0), by
  each benchmark adapter's ``pretty_name`` ("GPQA-Diamond", "LongMemEval"); **lhotse** (Apache-2.0), one speech-corpus
  recipe each ("KsponSpeech", "L2-ARCTIC"); the **Open Graph Benchmark** (ogb, MIT) master tables ("ogbn-arxiv");
  **MedMNIST** (Apache-2.0); **datasetsforecast** (MIT; "ETTh1", "ECL"); **Cornac** (Apache-2.0; "RetailRocket");
  the **GOT-10k toolkit** (got10k, MIT; "UAV123"); **Avalanche** (avalanche-lib, MIT; "CORe50") and **TorchIO**
  (Apache-2.0; "IXI"). Round 18: **MTEB** (Apache-2.0), the names of its benchmarks without language and version
  ("MTEB", "ViDoRe", "CoIR", "LongEmbed"), and **ClimateLearn** (climate-learn, MIT), its data folders spelled as its
  own files write them ("ERA5", "ClimateBench"). Titles that name a framework, task family or game, identifier spellings of subsets
  ("GSM8K-Indic") and spellings papers do not use ("ArenaHard") are left out (``_NOT_NAMES``, ``_NOT_EVALSCOPE``).
- Round 19, for niche domains: **LeRobot** (lerobot, Apache-2.0), its simulated benchmarks and robot policies
  ("LIBERO", "Meta-World"; "SmolVLA", "TD-MPC"); **MONAI** (Apache-2.0), the medical data its dataset classes download
  and its named networks ("MedNIST", "Medical Segmentation Decathlon"; "HoVerNet", "Swin UNETR"); **llm-compressor**
  (llmcompressor, Apache-2.0), its quantisation and pruning algorithms ("GPTQ", "SmoothQuant", "SparseGPT");
  **segmentation_models_pytorch** (MIT), its decoders ("U-Net", "UPerNet", "MA-Net"); and NVIDIA's **Earth2Studio**
  (Apache-2.0), its weather models and observation archives ("GraphCast", "FuXi", "Pangu-Weather"; "CMIP6",
  "IBTrACS"). smplx (SMPL, MANO) is not read: its licence binds whoever downloads it to non-commercial use.
- Round 24, for reinforcement learning: **TorchRL** (torchrl, MIT), the simulators and environment suites its
  environment wrappers name ("DeepMind Control lab environment wrapper.", "SMACv2 (StarCraft Multi-Agent Challenge
  v2) environment wrapper."), the game one is built on ("CraftGround (Minecraft)": Minecraft), the physics engine its
  docstrings name (MuJoCo), and the offline data its experience-replay datasets read ("D4RL", "Open X-Embodiment").
- Round 25: **mmpose** (Apache-2.0), OpenMMLab's pose toolbox, the keypoint data its per-config model-zoo files train
  and evaluate on ("Human3.6M", "CrowdPose", "AP-10K", "InterHand2.6M", "WFLW") and the estimators they name
  ("RTMPose", "ViTPose", "SimCC", "DEKR", "MotionBERT"); NVIDIA's **trajdata** (Apache-2.0), the driving and pedestrian
  trajectory data of its README's table of supported datasets, without splits and scenes ("nuPlan", "Waymo Open
  Motion", "Lyft Level 5", "ETH", "UCY"). Later in the round: **pytorch-adapt** (MIT), its domain-adaptation
  benchmarks ("OfficeHome", "Office31", "MNISTM", "DomainNet"); **WILDS** (wilds, MIT), the distribution-shift
  benchmark and the data its dataset classes modify ("CAMELYON17-WILDS" and CAMELYON17, "iWildCam2020",
  "Waterbirds"); **kornia** (Apache-2.0), the local-feature detectors, descriptors and matchers its feature classes
  name ("LightGlue", "LoFTR", "HardNet", "XFeat", "ALIKED"); PyG's "ModelNet10/40" read as two names; **soundata**
  and **mirdata** (both BSD-3-Clause), the sound and music datasets their loaders' docstrings name ("ESC-50",
  "UrbanSound8K", "FSD50K", "MAESTRO", "GuitarSet"); and **nnU-Net** (nnunetv2, Apache-2.0), the medical-segmentation
  challenges it has conversion scripts for ("BraTS 2021", "KiTS 2023", "ACDC", "AutoPETII"); and
  **sign-language-datasets** (MIT), its sign-language corpora, spelled as their own files write them ("WLASL",
  "How2Sign", "RWTH-PHOENIX-2014-T").
- Round 28, for game-playing agents: the board and card games of **Pgx** (pgx, Apache-2.0), its README's table
  ("Othello", "Shogi", "Kuhn Poker", "Sparrow Mahjong", the MinAtar suite); the heading of each classic, butterfly
  and SISL environment of **PettingZoo** (pettingzoo, MIT: "Hanabi", "Leduc Hold'em", "Texas Hold'em",
  "Pistonball"); and the **Arcade Learning Environment** (ale-py, GPL-2.0), as its summary defines it, with the
  Atari 2600 games its README says agents play. Numbers ("2048") and words written mostly in lower case
  ("Pursuit") are left out.
  Later in the round, for anomaly detection: **anomalib** (Apache-2.0), Intel's anomaly-detection library, the
  data its dataset modules' docstrings name ("MVTec 3D-AD", "Real-IAD", "VisA", "CUHK Avenue") and the detectors
  its model packages' docstrings open with ("PatchCore", "PaDiM", "EfficientAd", "WinCLIP", "DRAEM").

- **pycountry** (LGPL-2.1; ISO 639-3 from Debian's iso-codes) and **trove-classifiers** (Apache-2.0), for
  ``languages.tsv``: names of natural languages and the "Programming Language :: X" classifiers. Languages are
  never methods or datasets; run ``bench/make_gazetteers.py`` first, as its lists decide which minor languages
  are left out (see :func:`write_languages`).

Kept: names that are not noise (:func:`kg.extract.noise.is_noise`), not already in the
Papers with Code or ACL-mined lists (those win), at least three characters long. A name that
is also a frequent lower-case word of the ACL abstracts ("DROP", "RACE", "Arithmetic"), unless written
with an inner capital ("WordNet"), is flagged
``ambiguous``: the extractor accepts it only with a cue nearby; so is a model acronym of two or three
capitals ("MVP", "LED").
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kg" / "extract" / "data" / "package_datasets.tsv"
CACHE = Path.home() / ".cache" / "kg-gazetteer-wheels"
PINS = {"torchvision": "0.29.1", "lm-eval": "0.4.13", "tensorflow-datasets": "4.9.10", "transformers": "5.23.0",
        "pycountry": "26.2.16", "trove-classifiers": "2026.9.21.13", "lmms-eval": "0.7.3", "diffusers": "0.42.1",
        "timm": "1.0.31", "fschat": "0.2.36", "trl": "1.16.0", "peft": "0.21.2", "mmdet": "3.3.0",
        "mmpretrain": "1.2.0", "mmsegmentation": "1.2.2", "mmaction2": "1.2.0", "recbole": "1.2.1",
        "crfm-helm": "0.5.16", "stable-baselines3": "2.9.2", "sb3-contrib": "2.9.2", "flwr": "1.42.0", "gensim": "4.4.0",
        "pykeen": "1.11.1", "ir-datasets": "0.6.3", "mmdet3d": "1.4.0", "mmocr": "1.0.1", "mmagic": "1.2.0",
        "mmrotate": "0.3.4", "torch-geometric": "2.8.1", "torchaudio": "2.11.0", "torchgeo": "0.8.1",
        "nltk": "3.10.4", "wn": "1.1.1", "inspect-evals": "0.26.0", "lhotse": "1.33.0", "ogb": "1.3.6",
        "medmnist": "3.0.2", "datasetsforecast": "1.1.0", "cornac": "3.0.1", "got10k": "0.1.2",
        "avalanche-lib": "0.6.0", "torchio": "1.2.1", "evalscope": "1.14.1", "mteb": "2.26.24", "climate-learn": "1.0.0",
        "lerobot": "0.4.4", "llmcompressor": "0.14.0.1", "segmentation-models-pytorch": "0.6.0", "monai": "1.6.1",
        "earth2studio": "0.19.0", "nerfstudio": "1.1.5", "torchrl": "0.14.1", "mmpose": "1.3.2",
        "trajdata": "1.4.0", "pytorch-adapt": "0.0.83", "wilds": "2.0.0", "kornia": "0.9.0",
        "soundata": "1.0.1", "mirdata": "1.0.0", "nnunetv2": "2.8.1",
        "sign-language-datasets": "0.4.0",
        "pgx": "2.6.0", "pettingzoo": "1.27.0", "ale-py": "0.12.1", "anomalib": "2.7.0"}
NEWER_DATA = ("inspect-evals", "evalscope", "lhotse", "ogb", "medmnist", "datasetsforecast", "cornac", "got10k", "avalanche-lib",
              "torchio", "mteb", "climate-learn", "lerobot", "monai", "earth2studio", "nerfstudio", "torchrl", "mmpose",
              "trajdata", "pytorch-adapt", "wilds", "soundata", "mirdata", "nnunetv2",
              "sign-language-datasets", "pgx", "pettingzoo", "ale-py", "anomalib")
OPENMMLAB = ("mmdet", "mmpretrain", "mmsegmentation", "mmaction2", "mmdet3d", "mmocr", "mmagic", "mmrotate")
OUT_METHODS = ROOT / "kg" / "extract" / "data" / "package_methods.tsv"
OUT_LANGUAGES = ROOT / "kg" / "extract" / "data" / "languages.tsv"
_MODEL_DOC = re.compile(r'^"""\s*(.+?)\s+model configuration', re.MULTILINE)
# model classes named after their company or an ordinary phrase, and configuration variants ("BertGeneration")
_NOT_MODELS = {"Cohere", "Cohere2", "Dia", "Blt", "Evolla", "Bros", "Dac", "Hubert", "Granite", "Arcee", "Apertus"}
_MODEL_VARIANT = re.compile(r".*[a-z0-9](?:Text|Vision|Audio|Generation|Shared|Hybrid|Small|Japanese|Model|Encoder|Decoder)")

_LINK_TEXT = re.compile(r'"""\s*`([^`<]+?)\s*<')
_TRAILING = re.compile(r"\s+(?:Dataset|Data Set|dataset|Benchmark Datasets)$")
_DEFINED = re.compile(r"^(?P<long>.+?)\s*\((?P<abbr>[^()]+)\)(?:\s+Dataset)?$")
# Titles in these catalogues that are not dataset names: templates, collections of tasks,
# languages, a model ("Segment Anything"), an agency (FDA), a word (Corruptions).
_NOT_NAMES = {"Task-name", "Generic Kinetics", "Multi-view Stereo Correspondence", "Semantic Boundaries",
              "Bangla", "Gujarati", "Leaderboard evaluations", "Translation Tasks", "Japanese Leaderboard",
              "Arabic Leaderboard", "Arabic Leaderboard Light", "Segment Anything", "FDA", "Corruptions",
              "Unscramble", "Arithmetic", "Simple Cooccurrence Bias", "Answer Equivalence", "VOC",
              # lmms-eval task folders spelled as descriptions or variants, and diffusers' lower-case spelling
              "Physical AI Understanding", "PHYSICAL CONFLICT", "Video Detail Description", "VLMs Are Biased",
              "CN College Listen MCQ", "DREAM TTS MCQ", "RefCOCO grounding", "BabyVision Gen", "Open-ASR",
              "deep-floyd IF",
              # inspect_evals titles that name a framework, a task family or a game rather than a benchmark, and
              # lhotse recipes spelled as an identifier or named for a noise set or a radio show
              "Agent Company", "Agentic Misalignment Research Framework", "GDM Dangerous Capabilities",
              "Inspect Task Evaluation README", "LingOly and LingOly-TOO Benchmarks", "Make Me Pay", "MakeMeSay",
              "Self-proliferation Tasks", "Sycophancy Eval", "Pre-Flight", "Tau2", "V\\*Bench", "∞Bench",
              "People s Speech", "EVAL2000", "LIBRILIGHT", "RIR Noise", "This American Life", "Magic Data"}
# tensorflow-datasets class and config names ("Imagenet2012Corrupted", "AGNewsSubset", "DatasetBuilder"):
# a name run into a describing word is a Python identifier, not how papers write the dataset.
_CLASS_NAME = re.compile(r".*[a-z0-9](?:Corrupted|Subset|Small|Video|Abstracts|Histology|Sequence|Reviews|Lm|"
                         r"Ultrasound|Cleaned|Dataset|Builder|Reader|Parser|Detection|Subtypes|Wikipedia|WithIR|"
                         r"Fewshot|Real|Mismatch)|.*[A-Za-z]\.[A-Za-z].*")
_CLAIMED = 10  # written this often with a capital in the ACL Anthology (data/name_stats.tsv): an older name's key
_CONSTANT = re.compile(r"[A-Z]+(?: [A-Z]+)+")  # "PREFIX TUNING": an enum constant's spelling, not prose
_THREE_PARTS = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]{2,}[A-Z]\w*")  # "VisionTransformerRelPos", "SwinTransformerV2Cr"
_GREEK_LETTERS = frozenset("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho "
                           "sigma tau upsilon phi chi psi omega".split())
_CODE_LINE = re.compile(r"^\s*(?:class|def|import|from)\s|tfds\.|\w\(")


def wheel(name: str) -> Path:
    """The pinned wheel of ``name``, downloaded once into ``CACHE``."""
    CACHE.mkdir(parents=True, exist_ok=True)
    stem = name.replace("-", "_")
    found = sorted(CACHE.glob(f"{stem}-{PINS[name]}-*.whl"))
    if not found:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
                        "-q", "-d", str(CACHE), f"{name}=={PINS[name]}"], check=True)
        found = sorted(CACHE.glob(f"{stem}-{PINS[name]}-*.whl"))
    return found[0]


def split_definition(title: str) -> tuple[str, list[str]]:
    """("Describable Textures Dataset (DTD)") -> ("DTD", ["Describable Textures Dataset"])."""
    title = re.sub(r"^The\s+", "", title.strip())
    m = _DEFINED.match(title)
    if m and re.fullmatch(r"[A-Za-z0-9\-]+", m.group("abbr")):
        return m.group("abbr"), [_TRAILING.sub("", m.group("long")).strip()]
    return _TRAILING.sub("", title).strip(), []


def wheel_files(name: str, path_pattern: str) -> Iterator[str]:
    """The text of each file of ``name``'s pinned wheel whose path matches ``path_pattern``, in wheel order."""
    with zipfile.ZipFile(wheel(name)) as z:
        for path in z.namelist():
            if re.fullmatch(path_pattern, path):
                yield z.read(path).decode("utf-8")


def torchvision_names() -> list[tuple[str, list[str]]]:
    out = []
    for source in wheel_files("torchvision", r"torchvision/datasets/.*\.py"):
        for text in _LINK_TEXT.findall(source):
            if text.strip() not in _NOT_NAMES:
                out.append(split_definition(text))
    return out


def lm_eval_names() -> list[tuple[str, list[str]]]:
    return readme_titles("lm-eval", r"lm_eval/tasks/[^/]+/README\.md")


def inspect_evals_names() -> list[tuple[str, list[str]]]:
    """LLM and agent benchmarks of the UK AI Security Institute's inspect_evals, by each evaluation's README title
    ("# SWE-bench", "# GAIA", "# OSWorld", "# Mind2Web: Towards a Generalist Agent for the Web")."""
    return readme_titles("inspect-evals", r"inspect_evals/[^/]+/README\.md")


def readme_titles(package: str, path_pattern: str) -> list[tuple[str, list[str]]]:
    """The first-level title of each README of ``package``'s wheel matching ``path_pattern``, without its subtitle."""
    out = []
    for readme in wheel_files(package, path_pattern):
        first = next((l for l in readme.splitlines() if l.startswith("# ")), "")
        title = re.split(r":\s", first[2:].strip(), maxsplit=1)[0].strip()
        title = re.sub(r"\s*\((?:Validation|Test)\)$", "", title)
        title = re.sub(r"(\w)\(", r"\1 (", title)  # "Corpus(C4)"
        if title and title not in _NOT_NAMES and any(c.isupper() for c in title) and len(title.split()) <= 6:
            out.append(split_definition(title))
    return out


def evalscope_names() -> list[tuple[str, list[str]]]:
    """Benchmarks of ModelScope's EvalScope, by the ``pretty_name`` each benchmark adapter registers ("GPQA-Diamond",
    "OCRBench-v2", "SWE-bench_Verified" -> "SWE-bench Verified"); a bracketed setting is dropped ("ContractNLI
    (classification)"), and names of the harness's own generic tasks ("General-QA"), of task variants
    ("DrivelologyNarrativeWriting") and of vendor checks are left out."""
    out = []
    for source in wheel_files("evalscope", r"evalscope/benchmarks/.+\.py"):
        for name in re.findall(r"pretty_name\s*=\s*['\"]([^'\"]+)['\"]", source):
            name = re.sub(r"\s*\(.*\)$", "", name).replace("_", " ")
            if not _NOT_EVALSCOPE.fullmatch(name) and name not in _NOT_NAMES:
                out.append((name, []))
    return out


_NOT_EVALSCOPE = re.compile(r"General.*|.*(?:Classification|Selection|Writing|Assignment|Wrapper|Verifier|subset|"
                            r"Decision|Agentic|Collection)|Humanity|IQuiz|CoinFlip|MusicTrivia|OpenAI MRCR|Copious|"
                            r"Needle-in-a-Haystack|\$.*"
                            # a subset or translation spelled as an identifier ("GSM8K-Indic", "PhyX-MC")
                            r"|.*-(?:Indic|Hindi|Rare|Full|MC|OE|mini|Chat|Foundation|MCQ|v1\.6|\d\.\d)|.* mini"
                            # spellings papers do not use: "Arena-Hard", "LiveCodeBench", "MedMCQA", "HumanEval+"
                            r"|ArenaHard|Live-Code-Bench|Med-MCQA|HumanEvalPlus|MBPP-Plus|OntoNotes5|CommonVoice15|"
                            r"WMT2024\+\+|HMMT-Nov-2025|Ref-Adv-s|Competition-MATH|ArXiv-Math|Minerva-Math|AlpacaEval2\.0"
                            # a first character the entity keys drop ("τ-bench" would be any "Bench"), or keep
                            r"|[^A-Za-z0-9].*|.*\*.*")


def lhotse_names() -> list[tuple[str, list[str]]]:
    """Speech corpora of lhotse, one data-preparation recipe each ("l2_arctic" -> "L2-ARCTIC", "gigaspeech2" ->
    "GigaSpeech 2")."""
    return spelled_in_own_text(grouped_texts("lhotse", r"lhotse/recipes/([a-z0-9_]+)\.py", {"utils", "medical", "radio"}),
                               prose_first=True)


def ogb_names() -> list[tuple[str, list[str]]]:
    """The Open Graph Benchmark's datasets, the columns of its three master tables ("ogbn-arxiv", "ogbl-collab")."""
    return [(name, []) for table in wheel_files("ogb", r"ogb/\w+/master\.csv")
            for name in table.splitlines()[0].split(",") if name]


def medmnist_names() -> list[tuple[str, list[str]]]:
    """MedMNIST's datasets, by the class each entry of its catalogue names ("PathMNIST", "OrganMNIST3D")."""
    return [(name, []) for info in wheel_files("medmnist", r"medmnist/info\.py")
            for name in ["MedMNIST", *re.findall(r'"python_class": "(\w+)"', info)]]


def forecasting_names() -> list[tuple[str, list[str]]]:
    """Time-series forecasting benchmarks of datasetsforecast, one class each ("ETTh1", "ECL", "ILI", "PHM2008"); classes
    that group datasets, keep an older copy or name a subset ("LongHorizon", "OldTraffic", "Monthly", "Favorita200")
    are not names, and "M3", "M4", "M5" are too short to tell from the other things so called (M3 models)."""
    names = [name for source in wheel_files("datasetsforecast", r"datasetsforecast/[a-z0-9_]+\.py")
             for name in re.findall(r"^class (\w+)", source, re.MULTILINE)]
    return [(name, []) for name in dict.fromkeys(names)
            if not re.fullmatch(r"LongHorizon\d?|Old\w+|\w+(?:Info|Data|Evaluation|Large|Small|Complete|\d{3})|Hourly|Daily|"
                                r"Weekly|Monthly|Quarterly|Yearly|Other|Labour|Wiki2|TrafficL|M\d|Info", name)]


def cornac_names() -> list[tuple[str, list[str]]]:
    """Recommendation datasets of Cornac, one module each ("retailrocket" -> "RetailRocket", "tafeng" -> "Ta Feng")."""
    return spelled_in_own_text(grouped_texts("cornac", r"cornac/datasets/([a-z0-9_]+)\.py", set()), prose_first=True)


def tracking_names() -> list[tuple[str, list[str]]]:
    """Single-object tracking benchmarks of the GOT-10k toolkit, one module each ("dtb70" -> "DTB70", "otb" -> "OTB")."""
    return spelled_in_own_text(grouped_texts("got10k", r"got10k/datasets/([a-z0-9_]+)\.py", {"vid"}), prose_first=True)


def continual_names() -> list[tuple[str, list[str]]]:
    """Continual-learning benchmarks of Avalanche, one dataset folder each ("core50" -> "CORe50", "stream51" ->
    "Stream-51"); the folders that wrap other packages or hold helpers are left out, and Tiny ImageNet and CUB-200,
    which the package spells "Tiny Imagenet" and "CUB 200"."""
    return spelled_in_own_text(grouped_texts("avalanche-lib", r"avalanche/benchmarks/datasets/([a-z0-9_]+)/.*\.py",
                                             {"external_datasets", "torchvision_wrapper", "torchaudio_wrapper",
                                              "dataset_utils", "downloadable_dataset", "lvis_dataset", "penn_fudan",
                                              "legacy_lvis_dataset", "tiny_imagenet", "cub200"}), prose_first=True)


def torchio_names() -> list[tuple[str, list[str]]]:
    """Medical-imaging datasets of TorchIO, one module each ("ixi" -> "IXI", "episurg" -> "EPISURG"); modules named
    for an atlas or a viewer ("mni", "slicer", "itk_snap") are not datasets."""
    return spelled_in_own_text(grouped_texts("torchio", r"torchio/datasets/([a-z0-9_]+)(?:/[^/]+)?\.py",
                                             {"mni", "slicer", "itk_snap", "medmnist"}), prose_first=True)


def mteb_names() -> list[tuple[str, list[str]]]:
    """Embedding and retrieval benchmarks of MTEB, by each ``Benchmark``'s name without its language and version
    ("MTEB(eng, v2)" -> "MTEB", "BEIR", "ViDoRe", "BRIGHT", "CoIR"); its tasks are named as Python identifiers
    ("AmazonCounterfactualClassification"), so they are not read."""
    text = "".join(wheel_files("mteb", r"mteb/benchmarks/benchmarks/[a-z_]+\.py"))
    names = (re.sub(r"\s*\(.*", "", name).strip() for name in re.findall(r'Benchmark\(\s*name="([^"]+)"', text))
    return [(name, []) for name in dict.fromkeys(names) if not name.endswith("BitextMining")]


def climate_names() -> list[tuple[str, list[str]]]:
    """Climate data of ClimateLearn, one data folder or module each, spelled as its own files write them ("era5" ->
    "ERA5", "climatebench" -> "ClimateBench"); "cmip6" is only ever written in code there, so it is not read."""
    return spelled_in_own_text(grouped_texts(
        "climate-learn", r"climate_learn/data/(?:climate_dataset/|processing/)?(era5|cmip6|climatebench)[/_].*\.py",
        set()), prose_first=True)


def robot_benchmark_names() -> list[tuple[str, list[str]]]:
    """Simulated robot-learning benchmarks LeRobot wraps, one environment module each, spelled as its own files write
    them ("libero" -> "LIBERO", "metaworld" -> "Meta-World")."""
    return spelled_in_own_text(grouped_texts("lerobot", r"lerobot/envs/([a-z0-9_]+)\.py", {"configs", "factory", "utils"}),
                               prose_first=True)


# LeRobot policy folders spelled as identifiers ("pi0", "groot", "wall_x"), or named for a technique ("diffusion")
# or an algorithm an older catalogue lists ("sac")
_NOT_LEROBOT_POLICIES = {"diffusion", "groot", "pi0", "pi05", "pi0_fast", "sac", "wall_x", "xvla"}


def robot_policy_names() -> list[tuple[str, list[str]]]:
    """Robot policies of LeRobot, one folder each, spelled as its own files write them ("act" -> "ACT", "smolvla" ->
    "SmolVLA", "tdmpc" -> "TD-MPC", "vqbet" -> "VQ-BeT")."""
    return spelled_in_own_text(grouped_texts("lerobot", r"lerobot/policies/([a-z0-9_]+)/.*\.py", _NOT_LEROBOT_POLICIES),
                               prose_first=True)


# llm-compressor's algorithm folders; the rest name a kind of change ("quantization", "pruning", "magnitude")
_COMPRESSION_ALGORITHMS = "autoround|awq|gptq|quip|reap|smoothquant|sparsegpt|spinquant|wanda"


def compression_names() -> list[tuple[str, list[str]]]:
    """Quantisation and pruning algorithms of llm-compressor, one modifier folder each ("gptq" -> "GPTQ",
    "smoothquant" -> "SmoothQuant", not its constant "SMOOTHQUANT")."""
    return spelled_in_own_text(grouped_texts(
        "llmcompressor", rf"llmcompressor/modifiers/(?:[a-z_]+/)?({_COMPRESSION_ALGORITHMS})/.*\.py", set()),
        prose_first=True, shouting_last=True)


# segmentation_models_pytorch's decoders named by a generic acronym (FPN, PAN) or listed already (DeepLabV3, SegFormer)
_NOT_SMP_DECODERS = {"fpn", "pan", "deeplabv3", "segformer"}


def segmentation_names() -> list[tuple[str, list[str]]]:
    """Segmentation architectures of segmentation_models_pytorch, one decoder folder each ("unet" -> "U-Net",
    "pspnet" -> "PSPNet", "upernet" -> "UPerNet")."""
    return spelled_in_own_text(grouped_texts("segmentation-models-pytorch",
                                             r"segmentation_models_pytorch/decoders/([a-z0-9_]+)/.*\.py",
                                             _NOT_SMP_DECODERS), prose_first=True)


# MONAI's networks that are named models of medical imaging; the other modules are generic building blocks
# ("classifier", "autoencoder", "transformer", "basic_unet") or models listed already (ResNet, ViT, EfficientNet)
_MONAI_MODELS = ("ahnet|attentionunet|dints|dynunet|hovernet|mednext|quicknat|swin_unetr|transchex|unetr|vista3d|vnet|"
                 "voxelmorph|vqvae|segresnet")


def medical_model_names() -> list[tuple[str, list[str]]]:
    """Medical-imaging models of MONAI, one network module each, spelled as its own docstrings write them
    ("swin_unetr" -> "Swin UNETR", "hovernet" -> "HoVerNet", "vnet" -> "V-Net")."""
    return spelled_in_own_text(grouped_texts("monai", rf"monai/networks/nets/({_MONAI_MODELS})\.py", set()),
                               prose_first=True)


_MONAI_DOWNLOAD = re.compile(r"The Dataset to automatically download (?:the data (?:of|from) (?:a public )?)?"
                             r"(.+?) (?:data|challenge|dataset)\b")


def medical_data_names() -> list[tuple[str, list[str]]]:
    """The medical data MONAI's dataset classes download, as their docstrings name them ("MedNIST", "Medical
    Segmentation Decathlon", "The Cancer Imaging Archive (TCIA)" -> TCIA)."""
    text = " ".join(" ".join(doc.split()) for doc in wheel_files("monai", r"monai/apps/datasets\.py"))
    return [split_definition(name) for name in dict.fromkeys(_MONAI_DOWNLOAD.findall(text))]


# Earth2Studio's forecast and downscaling models named for a model, not a variable or a formula ("derived",
# "wind_gust") nor an ordinary word ("atlas"); a module's suffix is a variant ("graphcast_small", "aifsens")
_WEATHER_MODELS = ("ace2|aifs|aurora|climatenet|corrdiff|dlesym|dlwp|fcn3|fengwu|fuxi|gencast|graphcast|orbit2|pangu|"
                   "samudrace|sfno|stormcast|stormscope")


def weather_model_names() -> list[tuple[str, list[str]]]:
    """Weather and climate models of NVIDIA's Earth2Studio, one model module each, spelled as its own files write them
    ("fuxi" -> "FuXi", "graphcast_small" -> "GraphCast"); a model its docstrings call "<name> Weather" goes by that
    name ("Pangu Weather" -> "Pangu-Weather")."""
    texts = grouped_texts("earth2studio", rf"earth2studio/models/(?:px|dx)/({_WEATHER_MODELS})[a-z0-9_]*\.py", set())
    prose_of_all = " ".join(" ".join(docs) for docs in texts.values())
    return [(f"{name}-Weather" if re.search(rf"\b{re.escape(name)}[ -]Weather\b", prose_of_all) else name, aliases)
            for name, aliases in spelled_in_own_text(texts, prose_first=True)]


def weather_data_names() -> list[tuple[str, list[str]]]:
    """Observation and climate-model archives Earth2Studio reads, one data module each ("cmip6" -> "CMIP6", "ibtracs"
    -> "IBTrACS", "mrms" -> "MRMS"); forecast systems (GFS, IFS, HRRR), satellites, services and stores are not data
    names."""
    return spelled_in_own_text(grouped_texts("earth2studio", r"earth2studio/data/(cmip6|ibtracs|ghcn|nclimgrid|mrms)\.py",
                                             set()), prose_first=True)


# nerfstudio's model modules open with the method they implement ("Implementation of Instant NGP.", "Gaussian
# Splatting implementation that combines …"); its external methods print their display name in bold
_IMPLEMENTS = re.compile(r"^(?:Implementation of ([\w\-]*[A-Z][\w\-]*(?: [A-Z][\w\-]*)*)"
                         r"|((?:[\w\-]*[A-Z][\w\-]*)(?: [A-Z][\w\-]*)*) implementation)\b")
_DISPLAY_NAME = re.compile(r"\[bold yellow\]([^\[]+?)\[/bold yellow\]")
_PARSES_DATA = re.compile(r"^(?:Data parser for ([A-Z][\w\-+]*) datasets?\b|([A-Z][\w\-+]*) dataset parser\b)")


def module_docstrings(package: str, path_pattern: str) -> Iterator[tuple[str, str]]:
    """(docstring on one line, source) of each file of ``package``'s wheel whose path matches ``path_pattern``."""
    for source in wheel_files(package, path_pattern):
        yield " ".join((ast.get_docstring(ast.parse(source)) or "").split()), source


def nerf_method_names() -> list[tuple[str, list[str]]]:
    """Radiance-field and splatting methods of nerfstudio: what a model module's docstring says it implements, written
    there and again in the module ("Instant NGP", "NeuS", "Gaussian Splatting"; not a one-off "TensorRF"), and the
    display names of its external methods ("K-Planes", "Zip-NeRF"). A name its own texts also write after "3D " goes
    by that fuller spelling, the other kept as an alias ("3D Gaussian Splatting", alias "Gaussian Splatting")."""
    names = []
    for doc, source in module_docstrings("nerfstudio", r"nerfstudio/models/[a-z_]+\.py"):
        m = _IMPLEMENTS.match(doc)
        name = m and (m.group(1) or m.group(2))
        if name and not name.startswith("Base") and source.count(name) >= 2:
            names.append(name)
    names += _DISPLAY_NAME.findall(next(wheel_files("nerfstudio", r"nerfstudio/configs/external_methods\.py")))
    everything = " ".join(wheel_files("nerfstudio", r"nerfstudio/.*\.py"))
    return [(f"3D {name}", [name]) if f"3D {name}" in everything else (name, []) for name in dict.fromkeys(names)]


def nerf_data_names() -> list[tuple[str, list[str]]]:
    """The capture datasets nerfstudio's data parsers read, as their docstrings name them ("Data parser for
    ARKitScenes dataset", "Phototourism dataset parser"); lower-case formats ("blender", "nerfstudio") are none."""
    found = (_PARSES_DATA.match(doc) for doc, _ in module_docstrings("nerfstudio",
                                                                      r"nerfstudio/data/dataparsers/[a-z0-9_]+\.py"))
    return [(name, []) for name in dict.fromkeys(m.group(1) or m.group(2) for m in found if m)]


# TorchRL's class docstrings open with what a wrapper wraps ("Google Brax environment wrapper.", "A wrapper for
# IsaacLab environments.", "SMACv2 (StarCraft Multi-Agent Challenge v2) environment wrapper.") or what an
# experience-replay dataset reads ("An Experience replay class for D4RL.", "V-D4RL experience replay dataset.")
_WRAPS_ENVIRONMENT = re.compile(r"(?:An? wrapper for |Wrapper for |A TorchRL Env interface for )?"
                                r"(?P<name>[A-Z][\w\-]*(?: [A-Z][\w\-]*)*)(?:'s)?(?: \((?P<bracket>[^()]+)\))?"
                                r"(?: [a-z]+)? (?:environments?|Environment)\b")
_REPLAYS_DATA = re.compile(r"(?:An? [Ee]xperience replay (?:class )?for |Experience replay over an? )?`?"
                           r"(?P<name>[A-Z][\w\-]*(?: [A-Z][\w\-]*)*?)(?: <[^>]*>`_)?(?: datasets?| data)?"
                           r"(?: [Ee]xperience [Rr]eplay\b|\.)")
_PHYSICS_ENGINE = re.compile(r"\b([A-Z][\w\-]*[A-Z][\w\-]*) physics engine")  # "simulated with the MuJoCo physics engine"
_MAKERS = ("Google", "DeepMind", "FARAMA", "OpenAI")  # "Google DeepMind OpenSpiel", "OpenAI Procgen": the maker's name
_NOT_TORCHRL = {"LeRobot"}  # LeRobot's reader is for an on-disk format of robot data, not one dataset


def class_docstrings(package: str, path_pattern: str) -> Iterator[str]:
    """The docstring, on one line, of each top-level class of the files of ``package`` matching ``path_pattern``."""
    for source in wheel_files(package, path_pattern):
        for node in ast.parse(source).body:
            if isinstance(node, ast.ClassDef) and (doc := ast.get_docstring(node)):
                yield " ".join(doc.split())


def _without_maker(name: str, common: frozenset[str]) -> list[tuple[str, list[str]]]:
    """("Google DeepMind OpenSpiel") -> [("OpenSpiel", ["Google DeepMind OpenSpiel"])]. A name left one plain word
    ("OpenAI Gym" -> "Gym", "Google Brax" -> "Brax") is listed apart from its full spelling, so that only the plain
    word is flagged ``ambiguous``; one left an ordinary word or nothing ("DeepMind Control") keeps its maker."""
    words = name.split()
    while len(words) > 1 and words[0] in _MAKERS:
        words.pop(0)
    rest = " ".join(words)
    if rest == name or rest.lower() in common:
        return [(name, [])]
    if re.fullmatch(r"[A-Z][a-z]+", rest):
        return [(name, []), (rest, [])]
    return [(rest, [name])]


def _long_form_of(bracket: str, name: str) -> bool:
    """Whether ``bracket`` spells ``name`` out: "StarCraft Multi-Agent Challenge v2" for "SMACv2", not "Minecraft"
    for "CraftGround" (the game that environment is built on)."""
    initials = "".join(w[0] for w in re.split(r"[\s\-]+", bracket) if w[:1].isupper())
    return len(initials) > 1 and name.upper().startswith(initials.upper())


def rl_environment_names() -> list[tuple[str, list[str]]]:
    """Simulators, environment suites and offline data of reinforcement learning, as TorchRL's wrapper and dataset
    classes name them ("DeepMind Control", "OpenSpiel", "SMACv2", "Level-Based Foraging", "D4RL"), the game a
    wrapper's bracket names ("Minecraft") and the physics engine its docstrings name ("MuJoCo")."""
    from kg.extract.gazetteer import common_words
    common = common_words()
    names: list[tuple[str, list[str]]] = []
    for doc in class_docstrings("torchrl", r"torchrl/envs/libs/[a-z0-9_]+\.py"):
        if m := _WRAPS_ENVIRONMENT.match(doc):
            rows = _without_maker(m.group("name"), common)
            bracket = m.group("bracket")
            if bracket and _long_form_of(bracket, rows[0][0]):
                rows[0][1].append(bracket)
            elif bracket:
                rows.append((bracket, []))
            names += rows
        names += [(engine, []) for engine in _PHYSICS_ENGINE.findall(doc)]
    for doc in class_docstrings("torchrl", r"torchrl/data/datasets/[a-z0-9_]+\.py"):
        if (m := _REPLAYS_DATA.match(doc)) and m.group("name") not in _NOT_TORCHRL:
            names += _without_maker(m.group("name"), common)
    unique: dict[str, tuple[str, list[str]]] = {}
    for name, aliases in names:  # a wrapper and its "…Env" twin name the same thing: the first one stays
        unique.setdefault(name, (name, aliases))
    return list(unique.values())


def _pose_zoo() -> Iterator[str]:
    """The model-zoo files of mmpose, one per config (``configs/**/*.yml``): the same fields as the other OpenMMLab
    toolboxes' metafiles, without their ``Collections`` section."""
    yield from wheel_files("mmpose", r"mmpose/\.mim/configs/(?:[^/]+/)+[^/]+\.ya?ml")


# mmpose's own mixtures of datasets ("Body8", "Face6"), data named for an animal species, and model-zoo entries that
# are a library, a plain word or a baseline's config name; Animal-Pose is spelled as its task (animal pose estimation),
# and CPM (a convection-permitting climate model, cost per mille) and LaPa (LAPA, latent action pretraining of robot
# policies) name other things more often
_NOT_MMPOSE = {"Body8", "Face6", "Hand5", "Desert Locust", "Albumentations", "AE", "Hourglass", "InterNet",
               "SimpleBaseline2D", "SimpleBaseline3D", "Animal-Pose", "CPM", "LaPa"}
_POSE_SUBSET = re.compile(r"\s*\([^()]*\)$|-(?:Face|Hand|LL)$")  # "InterHand2.6M (H+M)", "COCO-WholeBody-Hand"


def pose_dataset_names() -> list[tuple[str, list[str]]]:
    """Human, hand, face, animal and fashion keypoint data of mmpose's model zoo ("Human3.6M", "CrowdPose", "AP-10K",
    "InterHand2.6M", "WFLW"), without a subset or an annotation variant ("COCO-WholeBody-Face", "Human-Art(GT)")."""
    out = []
    for config in _pose_zoo():
        for value in re.findall(r"^[ \t]*(?:-[ \t]+)?(?:Training Data|Dataset):[ \t]*['\"]?(.+?)['\"]?[ \t]*$", config,
                                re.MULTILINE):
            name = _POSE_SUBSET.sub("", value)
            if re.fullmatch(r"[A-Z\d][\w.\- ]*", name) and re.search("[A-Z]", name) and "_" not in name \
                    and name not in _NOT_MMPOSE \
                    and not name.startswith("UBody-"):  # "UBody-COCO-WholeBody": two names run together
                out.append(name)
    return [(name, []) for name in dict.fromkeys(out)]


def pose_method_names() -> list[tuple[str, list[str]]]:
    """Pose estimators and their parts in mmpose's model zoo, by collection and architecture ("RTMPose", "ViTPose",
    "SimCC", "DEKR", "HRFormer", "MotionBERT", "VideoPose3D")."""
    out = []
    for config in _pose_zoo():
        out += re.findall(r"^\s*In Collection:\s*(\S.*?)\s*$", config, re.MULTILINE)
        for block in re.findall(r"^\s*Architecture:\s*\n((?:\s*-\s*.+\n)+)", config, re.MULTILINE):
            out += [v.strip() for v in re.findall(r"-\s*(.+)", block)]
    return [(name, []) for name in dict.fromkeys(out) if name not in _NOT_MMPOSE]


_TRAJECTORY_ROW = re.compile(r"^\| ([^|`]+?) \| `", re.MULTILINE)  # "| nuPlan Train | `nuplan_train` | …"
_TRAJECTORY_SPLIT = re.compile(r"(?:\s+(?:Train(?:Val)?|Val(?:idation)?|Test(?:ing)?|Training|Mini|Sample|Full|"
                               r"Single-Agent|Multi-Agent)\b(?:/\S+)?)+$|\s+-\s+.*$")


def trajectory_names() -> list[tuple[str, list[str]]]:
    """Driving and pedestrian trajectory data of NVIDIA's trajdata, the rows of its README's table of supported
    datasets without their splits and scenes ("nuPlan Mini" -> "nuPlan", "Waymo Open Motion Validation" -> "Waymo
    Open Motion", "ETH - Hotel" -> "ETH"); "Dataset" stays where the table writes it as part of the name ("Stanford
    Drone Dataset", "INTERACTION Dataset"); a pair its readers write as one dataset is one name too ("ETH/UCY")."""
    readme = next(wheel_files("trajdata", r"trajdata-[^/]+\.dist-info/METADATA"))
    table = readme.split("## Supported Datasets")[1].split("\n#")[0]
    names = [_TRAJECTORY_SPLIT.sub("", row) for row in _TRAJECTORY_ROW.findall(table)]
    for source in wheel_files("trajdata", r"trajdata/dataset_specific/[a-z_]+/[a-z_]+_dataset\.py"):
        names += re.findall(r"\b([A-Z]+/[A-Z]+) datasets?\b", source)  # "the ETH/UCY dataset": a pair used as one
    return [(name, []) for name in dict.fromkeys(names)]


# pytorch-adapt's dataset modules, of which the others are wrappers, loaders and multi-label variants of other data
_ADAPTATION_MODULES = {"domainnet.py", "mnistm.py", "office31.py", "officehome.py"}


def adaptation_names() -> list[tuple[str, list[str]]]:
    """Domain-adaptation benchmarks of pytorch-adapt, the class each dataset module is named for ("officehome.py":
    "OfficeHome", "mnistm.py": "MNISTM", "office31.py": "Office31", "domainnet.py": "DomainNet"); keys join them to the
    spellings papers use ("Office-Home", "MNIST-M", "Office-31")."""
    out = []
    for source in wheel_files("pytorch-adapt", r"pytorch_adapt/datasets/[a-z0-9]+\.py"):
        out += [name for name in re.findall(r"^class ([A-Z][A-Za-z0-9]+)\(", source, re.MULTILINE)
                if f"{name.lower()}.py" in _ADAPTATION_MODULES]
    return [(name, []) for name in dict.fromkeys(out)]


_WILDS_OPENING = re.compile(r"(?:The )?(?P<name>[A-Za-z][\w\-]*?)(?P<wilds>-wilds)? (?:[a-z][\w ]*? )?dataset\b",
                            re.IGNORECASE)
_WILDS_ORIGINAL = re.compile(r"the original (?P<name>[A-Z]\w*[A-Z0-9]\w*|[a-z]+[A-Z]\w*) (?:competition )?dataset")
_NOT_WILDS = {"Amazon", "Yelp", "Shared"}  # companies whose reviews are the data, and the base class


def wilds_names() -> list[tuple[str, list[str]]]:
    """The distribution-shift benchmark WILDS (wilds, MIT) and its datasets, as each dataset class's docstring opens
    ("The CAMELYON17-WILDS histopathology dataset. This is a modified version of the original CAMELYON17 dataset."):
    the WILDS variant and the original it modifies are both names ("iWildCam2020", "Waterbirds", "OGB-molpcba")."""
    out = ["WILDS"]
    for doc in class_docstrings("wilds", r"wilds/datasets/[a-z0-9_]+_dataset\.py"):
        if (m := _WILDS_OPENING.match(doc)) and m["name"] not in _NOT_WILDS and not m["name"].islower():
            out.append(m["name"] + ("-WILDS" if m["wilds"] else ""))
        out += [m["name"] for m in _WILDS_ORIGINAL.finditer(doc)]
    return [(name, []) for name in dict.fromkeys(out)]


_ACRONYM_OF_MODEL = re.compile(r"\(([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\) (?:model|module)\b")  # "(LoFTR) module"


def feature_matching_names() -> list[tuple[str, list[str]]]:
    """Local-feature detectors, descriptors and matchers of kornia (Apache-2.0): a model class whose docstring names
    it ("Module, which computes HardNet descriptors", "XFeat sparse and semi-dense local feature extractor", "Implement
    the LightGlue matcher") or the acronym its module's docstring defines ("A Local Feature Transformer (LoFTR)
    module"), not the building blocks around them."""
    out = []
    for source in wheel_files("kornia", r"kornia/feature/(?:[a-z0-9_]+/)*[a-z0-9_]+\.py"):
        for node in ast.parse(source).body:
            if isinstance(node, ast.ClassDef) and (doc := ast.get_docstring(node)):
                paragraph = " ".join(doc.split("\n\n")[0].split())
                if re.search(rf"(?<![\w-]){re.escape(node.name)}(?![\w-])", paragraph):
                    out.append(node.name)
                out += _ACRONYM_OF_MODEL.findall(paragraph)
    return [(name, []) for name in dict.fromkeys(out) if name not in _NOT_KORNIA]


# kornia's building blocks that name themselves ("Bottleneck block for ResNet", "LayerScale mechanism", a TLU layer)
_NOT_KORNIA = {"Bottleneck", "TLU", "LayerScale", "FineMatching", "Hourglass"}


_LOADER = re.compile(r"(?P<name>.+?)\s+(?:[Dd]ataset\s+)?[Ll]oader\.?")  # "ESC-50 Dataset Loader", "IRMAS Loader"
# mirdata's two Saraga loaders (the Carnatic and Hindustani collections, named apart), collections named for their
# subject (a band, a genre, a scholar), a misspelt docstring ("Compmuic IAMMS"), one spelled as an identifier and
# DALI, NVIDIA's data-loading library in most papers
_NOT_LOADED = {"Saraga", "Beatles", "Queen", "Candombe", "Hainsworth", "Compmuic IAMMS", "Tonality classicalDB",
               "DALI"}


def loader_names(package: str) -> list[tuple[str, list[str]]]:
    """Sound and music datasets of soundata and mirdata (both BSD-3-Clause, NYU's MARL), as the first line of each
    dataset module's docstring names them ("ESC-50 Dataset Loader", "UrbanSound8K Dataset Loader", "MAESTRO Dataset
    Loader"); a name with a lower-case word ("MedleyDB melody", "TUT Sound events 2017"), an identifier
    ("beatport_key"), a challenge's task ("DCASE23 Task 4B") or a bracket ("Jazz Trio Database (JTD)", "Sony-TAu
    Realistic Spatial Soundscapes (STARSS) 2022") is left out."""
    out = []
    for source in wheel_files(package, rf"{package}/datasets/[a-z0-9_]+\.py"):
        doc = (ast.get_docstring(ast.parse(source)) or "").strip().split("\n")[0]
        m = _LOADER.fullmatch(doc)
        if m and m["name"] not in _NOT_LOADED and not re.search(r"[_(]|\bTask\b", m["name"]) \
                and m["name"][0].isupper() and _titled(m["name"]):
            out.append(m["name"])
    return [(name, []) for name in dict.fromkeys(out)]


_NNUNET_DATASET = re.compile(r"nnunetv2/dataset_conversion/Dataset\d+_(?:\d+_)?(?P<name>[A-Z][A-Za-z0-9.]*)")
# nnU-Net's conversions of a cell-tracking movie, a road-segmentation example and a subset named by its version
# ("AbdomenAtlas1_1Mini"), and identifier spellings papers do not write (M&Ms as "MNMs", AMOS as "Amos2022", a CTA
# aorta collection as "CTAAorta")
_NOT_NNUNET = {"Fluo", "RoadSegmentation", "AbdomenAtlas1", "MNMs", "Amos2022", "CTAAorta"}


def medical_challenge_names() -> list[tuple[str, list[str]]]:
    """Medical-segmentation challenges and data nnU-Net (nnunetv2, Apache-2.0) has conversion scripts for, one
    script each, named as its file names them with the edition's year apart ("Dataset137_BraTS21.py": BraTS 2021,
    "Dataset220_KiTS2023.py": KiTS 2023, "Dataset027_ACDC.py": ACDC, "Dataset221_AutoPETII_2023.py": AutoPETII),
    without a challenge's phase ("AMOS2022postChallenge")."""
    with zipfile.ZipFile(wheel("nnunetv2")) as z:
        names = [m["name"] for p in z.namelist() if (m := _NNUNET_DATASET.match(p))]
    names = [re.sub(r"postChallenge$", "", name.removesuffix(".py")) for name in names]
    return [(_year_apart(name), []) for name in dict.fromkeys(names) if name not in _NOT_NNUNET]


def _year_apart(name: str) -> str:
    """A challenge's edition as papers write it: "BraTS18" -> "BraTS 2018", "KiTS2023" -> "KiTS 2023"."""
    if m := re.fullmatch(r"(?P<base>.*[A-Za-z])(?P<year>(?:20)?[12]\d)", name):
        return f"{m['base']} 20{m['year'][-2:]}"
    return name


def sign_language_names() -> list[tuple[str, list[str]]]:
    """Sign-language corpora and lexicons of sign-language-datasets (MIT), one dataset folder each, spelled as its own
    builder, README and citation write them ("wlasl": WLASL, "how2sign": How2Sign, "rwth_phoenix2014_t":
    RWTH-PHOENIX-2014-T, "asl_citizen": ASL Citizen); a spelling with a lower-case word ("NGT corpus") is left out."""
    texts = grouped_texts("sign-language-datasets",
                          r"sign_language_datasets/datasets/([a-z0-9_]+)/(?:\1\.py|README\.md|[^/]*\.bib)", set())
    return [(name, aliases) for name, aliases in spelled_in_own_text(texts) if _titled(name)]


_PGX_GAME = re.compile(r'^\|<a href="[^"]*">(?P<name>[^<]+)</a>', re.MULTILINE)  # "|<a href=…>Othello</a><br>`"othello"`"
_HEADING = re.compile(r"#\s+(?P<name>[^(\n]+?)\s*(?:\('(?P<abbr>[A-Z]+)'\))?\s*$")  # "# Knights Archers Zombies ('KAZ')"


def game_names() -> list[tuple[str, list[str]]]:
    """Board, card and arcade games agents are trained and evaluated in, the data of game-playing papers: the games of
    Pgx's README table (pgx, Apache-2.0: "Othello", "Shogi", "Kuhn Poker", "Sparrow Mahjong"; the MinAtar suite, not
    its five games; not "2048"), the heading of each environment module of PettingZoo's classic, butterfly and SISL
    families (pettingzoo, MIT: "Hanabi", "Leduc Hold'em", "Texas Hold'em", "Pistonball"; not its Atari family, whose
    games are inside a benchmark), and the Arcade Learning Environment (ale-py, GPL-2.0) with the Atari 2600 games it
    runs; a name in ordinary words ("Bridge bidding") or one mostly written as a word ("Pursuit") is left out."""
    names = []
    for source in wheel_files("pettingzoo", r"pettingzoo/(?:classic|butterfly|sisl)/(?:\w+/)+\w+\.py"):
        doc = (ast.get_docstring(ast.parse(source)) or "").strip().split("\n")[0]
        if m := _HEADING.fullmatch(doc):
            names.append((m["name"], [m["abbr"]] if m["abbr"] else []))
    readme = next(wheel_files("pgx", r"pgx-[^/]+\.dist-info/METADATA"))
    names += [(m["name"].split("/")[0], []) for m in _PGX_GAME.finditer(readme)]
    names += arcade_names()
    # a number is no name in prose ("2048 tokens"), nor a word the ACL Anthology writes mostly in lower case
    # ("Pursuit": "matching pursuit"); PettingZoo's spelling wins a shared key ("Leduc Hold'em")
    return [(name, aliases) for name, aliases in names
            if _titled(name) and not name.isdigit() and not _written_as_a_word(name)]


def _written_as_a_word(name: str) -> bool:
    """Whether the ACL Anthology's abstracts write ``name`` in lower case more often than with a capital; unlike the
    extractor's ``_mostly_lower_case``, a name they never write (most game names) is no word here."""
    from kg.extract.canonical import entity_key
    from kg.extract.gazetteer import name_stats
    stats = name_stats().get(entity_key(name))
    return stats is not None and stats.lower > stats.written


_ATARI_GAMES = re.compile(r"agents for (?P<console>(?P<maker>[A-Z]\w+) \d{4}) games")  # "agents for Atari 2600 games"


def arcade_names() -> list[tuple[str, list[str]]]:
    """The Arcade Learning Environment as ale-py's summary defines it ("The Arcade Learning Environment (ALE) - a
    platform for AI research."), and the console whose games its README says agents play ("AI agents for Atari 2600
    games"), which papers also write by its maker alone ("Atari games")."""
    metadata = next(wheel_files("ale-py", r"ale_py-[^/]+\.dist-info/METADATA"))
    summary = re.search(r"^Summary: (.+?)(?: - .*)?$", metadata, re.MULTILINE).group(1)
    console = _ATARI_GAMES.search(metadata)
    return [split_definition(summary), (console["console"], [console["maker"]])]


_ANOMALY_DATA = re.compile(r"(?P<name>[A-Z0-9][^.]*?) (?:Dataset|Datamodule)(?: \([^)]*\))?\.")  # "MVTec 3D-AD Datamodule."


def anomaly_data_names() -> list[tuple[str, list[str]]]:
    """Anomaly-detection data of Intel's anomalib (Apache-2.0), as the first line of each dataset module's docstring
    names it ("MVTec 3D-AD Datamodule.", "Real-IAD Dataset.", "CUHK Avenue Dataset.", "Visual Anomaly (VisA)
    Dataset." with its long form as an alias); not the loaders of the user's own files ("Custom Folder Dataset") nor a
    licence in brackets ("MVTec LOCO AD Dataset (CC BY-NC-SA 4.0)")."""
    out = []
    for doc, _ in module_docstrings("anomalib", r"anomalib/data/datasets/(?:image|video|depth)/[a-z0-9_]+\.py"):
        m = _ANOMALY_DATA.match(doc)
        if m and not m["name"].startswith("Custom "):
            out.append(split_definition(m["name"]))
    return out


# "PatchCore: Towards Total Recall …", "Implementation of the CS-Flow model …", "Deep Feature Matching (DFM) model
# for …", "WinCLIP Model for …", "FastFlow Algorithm Implementation.", "GLASS - Unsupervised …"
_ANOMALY_MODEL = re.compile(r"(?:Implementation of the )?(?P<name>[A-Z][^:]*?)(?::| -| (?:[Mm]odel|Algorithm)\b)")


_FAMILY_DOC = re.compile(r"[^.:]*\([A-Z]+\) based\b")  # "Vision Language Model (VLM) based Anomaly Detection": a family


def anomaly_method_names() -> list[tuple[str, list[str]]]:
    """Anomaly detectors of anomalib (Apache-2.0), as each model package's docstring opens: the name before a title's
    colon or dash, or before "model" or "Algorithm", with a bracketed long form as an alias ("CFA (Coupled-hypersphere-
    based Feature Adaptation)"); not a description in ordinary words ("Real-Time Unsupervised Anomaly Detection via
    …", "Vision Language Model (VLM) based …") nor an acronym of two or three capitals ("CFA" is a Chartered
    Financial Analyst, "DSR" many another method)."""
    out = []
    for doc, _ in module_docstrings("anomalib", r"anomalib/models/(?:image|video)/[a-z0-9_]+/__init__\.py"):
        m = _ANOMALY_MODEL.match(doc)
        if m is None:
            continue
        name, aliases = split_definition(m["name"])
        if not aliases and (m2 := re.fullmatch(r"(?P<abbr>[\w\-]+) \((?P<long>[^)]+)\)", m["name"])):
            name, aliases = m2["abbr"], [m2["long"]]  # "CFA (Coupled-hypersphere-based Feature Adaptation)"
        if " " in name and not aliases and not _titled(name) or _FAMILY_DOC.match(doc) \
                or re.fullmatch(r"[A-Z]{2,3}", name):  # "CFA", "DSR", "RAD": other things in most papers
            continue
        out.append((name, aliases))
    return out


def prose(text: str) -> str:
    """The lines of a README, citation or builder module that are not code (class names are not display names)."""
    return "\n".join(line for line in text.splitlines() if not _CODE_LINE.search(line))


def tfds_names() -> list[tuple[str, list[str]]]:
    texts: dict[str, list[str]] = defaultdict(list)
    with zipfile.ZipFile(wheel("tensorflow-datasets")) as z:
        for path in z.namelist():
            parts = path.split("/")
            if len(parts) < 3 or "_test" in path or parts[1] in {"core", "scripts", "testing", "url_checksums", "proto"}:
                continue
            if len(parts) == 4 and parts[3] in {"README.md", "CITATIONS.bib"} or parts[3:4] and parts[3].endswith("_builder.py"):
                texts[parts[2]].append(prose(z.read(path).decode("utf-8", "replace")))
            elif len(parts) == 3 and parts[2].endswith(".py") and not parts[2].startswith("__"):
                texts[parts[2][:-3]].append(prose(z.read(path).decode("utf-8", "replace")))
    return spelled_in_own_text(texts)


def spelled_in_own_text(texts: dict[str, list[str]], prose_first: bool = False,
                        shouting_last: bool = False) -> list[tuple[str, list[str]]]:
    """For each catalogue entry, named by a folder or module ("stable_diffusion"), the capitalised spelling its own
    texts use most ("Stable Diffusion"); an entry they never write with a capital is left out.

    With ``prose_first``, a spelling with a space or hyphen wins over a run-together one, which is a Python class
    name ("Stable Audio", not "StableAudio"); a run of three capitalised parts ("VisionTransformerRelPos") and an
    enum constant's capitals ("PREFIX TUNING") are no spellings. With ``shouting_last``, a long word in capitals
    ("SMOOTHQUANT") loses to a spelling in mixed case ("SmoothQuant")."""
    from kg.extract.canonical import entity_key

    out = []
    for name, docs in texts.items():
        key, words = entity_key(name), len(name.split("_"))
        spellings: Counter[str] = Counter()
        for doc in docs:
            tokens = re.findall(r"[A-Za-z0-9][A-Za-z0-9\-\.]*[A-Za-z0-9]|[A-Za-z0-9]", doc)
            for n in range(1, words + 2):
                for i in range(len(tokens) - n + 1):
                    surface = " ".join(tokens[i:i + n])
                    if any(c.isupper() for c in surface) and entity_key(surface) == key:
                        spellings[surface] += 1
        ranked = [s for s, _ in spellings.most_common() if not _CLASS_NAME.fullmatch(s)]
        if prose_first:
            ranked = sorted((s for s in ranked if not _THREE_PARTS.fullmatch(s) and not _CONSTANT.fullmatch(s)),
                            key=lambda s: not _written_apart(s))
        if shouting_last:  # "SMOOTHQUANT" is a constant's spelling where the prose writes "SmoothQuant"
            ranked = sorted(ranked, key=lambda s: len(s) >= 5 and s.isupper())
        if ranked:
            out.append((ranked[0], []))
    return out


def _written_apart(name: str) -> bool:
    """"Stable Audio", "Qwen-Image": capitalised parts apart, as prose writes a name ("NaFlex vit" is not)."""
    parts = re.split(r"[ -]", name)
    return len(parts) > 1 and all(p[:1].isupper() or p[:1].isdigit() for p in parts)


def grouped_texts(package: str, path_pattern: str, skip: set[str]) -> dict[str, list[str]]:
    """The prose of every file of ``package``'s wheel whose path matches ``path_pattern``, by the pattern's group
    (a catalogue entry's folder or module), in wheel order."""
    texts: dict[str, list[str]] = defaultdict(list)
    with zipfile.ZipFile(wheel(package)) as z:
        for path in z.namelist():
            m = re.fullmatch(path_pattern, path)
            if m and m.group(1) not in skip and not m.group(1).startswith("_"):
                texts[m.group(1)].append(prose(z.read(path).decode("utf-8", "replace")))
    return texts


def lmms_eval_names() -> list[tuple[str, list[str]]]:
    """Multimodal benchmarks: the task folders of lmms-eval ("mmmu" -> "MMMU", "seedbench_2" -> "SEED-Bench-2")."""
    return spelled_in_own_text(grouped_texts("lmms-eval", r"lmms_eval/tasks/([^/]+)/.+\.(?:py|yaml|md)",
                                             {"benchmark_aliases", "internal_eval", "capability"}), prose_first=True)


def diffusers_names() -> list[tuple[str, list[str]]]:
    """Generative models: the pipeline folders of diffusers ("stable_diffusion_xl" -> "Stable Diffusion XL")."""
    return spelled_in_own_text(grouped_texts("diffusers", r"diffusers/pipelines/([^/]+)/[^/]+\.py", {"deprecated"}),
                               prose_first=True)


def timm_names() -> list[tuple[str, list[str]]]:
    """Vision architectures: the model modules of timm ("convnext" -> "ConvNeXt")."""
    return spelled_in_own_text(grouped_texts("timm", r"timm/models/([a-z][^/]*)\.py",
                                             {"factory", "features", "fx_features", "helpers", "hub", "registry"}),
                               prose_first=True)


def trl_names() -> list[tuple[str, list[str]]]:
    """Training methods of TRL, one trainer module each ("dpo_trainer.py" -> "DPO", "grpo" -> "GRPO")."""
    return spelled_in_own_text(grouped_texts("trl", r"trl/(?:trainer|experimental)/(?:[^/]+/)?([a-z0-9_]+)_trainer\.py",
                                             {"base", "sft", "reward", "distillation", "async_distillation",
                                              "server_distillation", "async_grpo"}), prose_first=True)


def peft_names() -> list[tuple[str, list[str]]]:
    """Parameter-efficient fine-tuning methods of PEFT, one tuner folder each ("lora" -> "LoRA", "vblora" -> "VB-LoRA")."""
    return spelled_in_own_text(grouped_texts("peft", r"peft/tuners/([^/]+)/[^/]+\.py", {"mixed", "trainable_tokens"}),
                               prose_first=True)


def fastchat_names() -> list[tuple[str, list[str]]]:
    """Chat models of FastChat's model registry, the list behind Chatbot Arena ("Vicuna", "Claude", "Gemini"), and
    of its model adapters ("The model adapter for ChatGPT")."""
    registry = next(wheel_files("fschat", r"fastchat/model/model_registry\.py"))
    adapters = next(wheel_files("fschat", r"fastchat/model/model_adapter\.py"))
    names = re.findall(r'register_model_info\(\s*\[[^\]]*\],\s*"([^"]+)"', registry)
    adapted = [re.sub(r"\s+(?:series\s+of\s+)?models?$", "", name)  # "Yi models", "MPT series of models"
               for name in re.findall(r'"""The model adapter for ([^"(]+?)\s*(?:\(.*)?"""', adapters)]
    names += [name for name in adapted  # not "any EleutherAI/pythia model", "deepseek-ai's coder", "Mistral AI"
              if "/" not in name and "'" not in name and not name.endswith((" AI", " OpenAI", "sft"))]
    out = []
    for name in names:
        name = re.sub(r"\s*\(.*\)$", "", name)  # "OpenAssistant (oasst)"
        if all(w[:1].isupper() or w[:1].isdigit() for w in name.split()):  # not "Mixtral of experts", "airoboros"
            out.append((name, []))
    return out


def rl_names() -> list[tuple[str, list[str]]]:
    """Reinforcement-learning algorithms of Stable-Baselines3 and its contrib package, one folder each ("sac" -> "SAC",
    "qrdqn" -> "QR-DQN")."""
    texts = grouped_texts("stable-baselines3", r"stable_baselines3/([a-z0-9_]+)/[^/]+\.py", {"common"})
    texts.update(grouped_texts("sb3-contrib", r"sb3_contrib/([a-z0-9_]+)/[^/]+\.py", {"common"}))
    return spelled_in_own_text(texts, prose_first=True)


def federated_names() -> list[tuple[str, list[str]]]:
    """Federated-learning strategies of Flower, one module each ("fedprox" -> "FedProx", "krum" -> "Krum")."""
    return spelled_in_own_text(grouped_texts("flwr", r"flwr/server/strategy/([a-z0-9_]+)\.py",
                                             {"aggregate", "strategy", "fedavg_android", "fault_tolerant_fedavg"}),
                               prose_first=True)


def pykeen_names() -> list[tuple[str, list[str]]]:
    """Knowledge graphs of PyKEEN, by each dataset class's docstring ("The FB15k-237 dataset", "The Clinical Knowledge
    Graph (CKG) dataset"); a name with a lower-case word ("CoDEx small") is a variant and left out."""
    names = []
    for source in wheel_files("pykeen", r"pykeen/datasets/.+\.py"):
        names += re.findall(r'"""The ([A-Z][\w\-]*(?: [\w\-()]+){0,4}?) (?:dataset|knowledge graph)', source)
    out = [split_definition(re.sub(r"^\S+-based\s+", "", name)) for name in dict.fromkeys(names)]  # "Wikidata-based WD50K"
    return [(name, aliases) for name, aliases in out if not re.search(r"(?:^|\s)[a-z]", name)]


def ir_datasets_names() -> list[tuple[str, list[str]]]:
    """Retrieval collections of ir_datasets, by the ``pretty_name`` of each documentation file ("Natural Questions",
    "HC4 (HLTCOE CLIR Common-Crawl Collection)" -> HC4); what follows in brackets is dropped ("MSMARCO (passage)")."""
    out = []
    for doc in wheel_files("ir-datasets", r"ir_datasets/docs/.+\.yaml"):
        for name in re.findall(r"^\s*pretty_name:\s*[\"']([^\"']+)[\"']", doc, re.MULTILINE):
            name = re.sub(r"\s*\(.*\)$", "", name)  # "MSMARCO (passage)", "HC4 (HLTCOE CLIR Common-Crawl Collection)"
            if not re.search(r"(?:^|\s)[a-z]", name) and "Anchor Text" not in name and name not in _TEXT_SOURCES:
                out.append((name, []))
    return out


_TEXT_SOURCES = {"Washington Post", "PubMed Central", "Medline"}  # where text comes from (docs/labelling.md)


def class_openings(package: str, path_pattern: str) -> Iterator[str]:
    """The first paragraph of each class docstring in the modules of ``package``'s wheel that match ``path_pattern``,
    on one line ("The Cora ... paper. Nodes represent documents ...")."""
    docstring = re.compile(r'^class \w+(?:\([^)]*\))?:\s*r?"""(.*?)(?:\n\s*\n|""")', re.MULTILINE | re.DOTALL)
    for source in wheel_files(package, path_pattern):
        yield from (" ".join(m.group(1).split()) for m in docstring.finditer(source))


def _titled(name: str) -> bool:
    """No word of ``name`` is a lower-case word ("Amazon Photo", "xView2", "Roman-empire"; not "CoMA 3D faces")."""
    return not re.search(r"(?:^|\s)[a-z]+(?:\s|$)", name)


_PYG_NAME = r"[A-Z0-9][\w\-+&]*(?:/\d+)?(?: [A-Z0-9][\w\-+&]*)*"  # capitalised words: "Amazon Photo", "Bitcoin-OTC", "H&M"
_PYG_KIND = r"(?:network |benchmark )?(?:datasets?|dataest|networks?)\b"  # "dataest": HydroNet's typo
_PYG_OPENING = re.compile(  # "The [synthetic|heterogeneous|(pre-processed)] NAME [and NAME] dataset|networks …"
    rf"The (?:\(?[a-z][\w\-]*\)? )*(?P<names>{_PYG_NAME}(?: and {_PYG_NAME})?) {_PYG_KIND}"
    rf"|(?P<alone>{_PYG_NAME}) is a dataset\b")  # "Taobao is a dataset of user behaviors"
_PYG_DEFINED = re.compile(rf"The (?P<long>[A-Z][^()]+?) \((?P<abbr>[A-Z][\w\-]*)\) {_PYG_KIND}")  # "(GDELT) dataset"
_PYG_LISTED = re.compile(r'The (?:[a-z][\w\-]* )+((?::obj:`"[^"]+"`(?:, | and )?)+) from')  # the Planetoid trio
_PYG_LINKED = re.compile(r'The `"?([^`<"]+?)"? <[^>]+>`_+ (?:datasets?|benchmark collection)\b')  # "MoleculeNet"
# a collection named by its paper's topic ("GED" is graph edit distance), descriptions ("Twitch Gamer networks" are
# the Twitch user graphs), a model (ProteinMPNN), two names run together ("GitHub Web and ML Developers" is one
# dataset), the encyclopedia, a plain word ("Questions"), S3DIS's long form (S3DIS is in the older lists) and H&M,
# whose key is "hm"
_NOT_PYG = {"H&M", "GED", "Text Attributed Graph", "Deezer User Network", "Twitch Gamer", "Wikipedia-based",
            "ProteinMPNN", "GitHub Web and ML Developers", "Wikipedia", "Questions",
            "TrackML Particle Tracking Challenge", "Stanford Large-Scale 3D Indoor Spaces"}


def pyg_names() -> list[tuple[str, list[str]]]:
    """Graph datasets of PyTorch Geometric, as the opening of each dataset class's docstring names them in prose ("The
    Amazon Computers and Amazon Photo networks", "The Global Database of Events, Language, and Tone (GDELT) dataset",
    "The citation network datasets "Cora", "CiteSeer" and "PubMed"", "The `MoleculeNet <…>`_ benchmark collection").

    A class name is never a name: collections named only by their class ("Planetoid", "TUDataset",
    "AttributedGraphDataset") give nothing but the members their opening sentence lists (Cora, CiteSeer, PubMed; not the
    "e.g." examples of TUDataset); synthetic generators ("FakeDataset", "ExplainerDataset") and datasets described in
    lower case ("The MixHop synthetic dataset", "The CoMA 3D faces dataset") give nothing."""
    out = []
    for opening in class_openings("torch-geometric", r"torch_geometric/datasets/[^/]+\.py"):
        if m := _PYG_DEFINED.match(opening):
            out.append((m.group("abbr"), [m.group("long")]))
        elif m := _PYG_OPENING.match(opening):
            names = m.group("names") or m.group("alone")
            out += [] if names in _NOT_PYG else [(name, []) for name in names.split(" and ")]
        elif m := _PYG_LISTED.match(opening):
            out += [(name, []) for name in re.findall(r'"([^"]+)"', m.group(1))]
        elif m := _PYG_LINKED.match(opening):
            out.append(split_definition(m.group(1)))
    out = [(re.sub(r" Network$", "", name), aliases) for name, aliases in out]  # "LastFM Asia Network"
    out = [(sized, aliases) for name, aliases in out for sized in _sizes_apart(name)]
    return [(name, aliases) for name, aliases in dict(out).items() if name not in _NOT_PYG and _titled(name)]


def _sizes_apart(name: str) -> list[str]:
    """ "ModelNet10/40" -> ["ModelNet10", "ModelNet40"]: two sizes of one dataset written as one name."""
    if m := re.fullmatch(r"(?P<base>.*?[A-Za-z])(?P<first>\d+)/(?P<second>\d+)", name):
        return [m["base"] + m["first"], m["base"] + m["second"]]
    return [name]


def torchaudio_names() -> list[tuple[str, list[str]]]:
    """Speech and audio datasets of torchaudio, as each dataset class's docstring writes it in italics before its
    citation ("*LibriSpeech* :cite:`…` dataset", "*CMU Pronouncing Dictionary* :cite:`cmudict` (CMUDict) dataset" ->
    CMUDict); a release ("LJSpeech-1.1", "VCTK 0.92") or a subset in brackets is dropped, and "MUSDB_HQ" is an id."""
    out = []
    for opening in class_openings("torchaudio", r"torchaudio/datasets/[^/]+\.py"):
        if m := re.match(r"\*([^*]+)\* :cite:`[^`]+`(?: \(([\w\-]+)\))? dataset", opening):
            name = re.sub(r"\s*\([^()]*\)$|[\s-]\d+(?:\.\d+)+$", "", m.group(1))  # "(Small subset version)", "-1.1"
            out.append((m.group(2), [name]) if m.group(2) else (name, []))
    return [(name, aliases) for name, aliases in dict(out).items() if "_" not in name]


def torchaudio_model_names() -> list[tuple[str, list[str]]]:
    """Speech models and transforms that torchaudio's model, pipeline and transform docstrings cite by name, in
    italics before the citation, as the source of a model ("Acoustic model used in *wav2vec 2.0*
    :cite:`baevski2020wav2vec`", "Proposed in *SpecAugment*"): the names as their papers write them. Datasets,
    authors ("Souden et, al."), plain phrases and paper titles of more than two words are left out."""
    from kg.extract.canonical import entity_key
    from kg.extract.gazetteer import load_gazetteer
    from kg.model import EntityKind

    datasets = {entity_key(name) for name, _ in torchaudio_names()}
    names = []
    for source in wheel_files("torchaudio", r"torchaudio/(?:models|pipelines|transforms|prototype)/.+\.py"):
        # cited as where a model comes from ("model from *X*", "used in *X*", "the authors of *X*", "Proposed in *X*");
        # not as data ("trained on *LJSpeech*", "60,000 hours of unlabeled audio from *Libri-Light*")
        names += re.findall(r"(?:(?<!audio) from|\bused in|\bProposed in|authors of|pipeline with|\()\s+\*([^*\n]{2,40})\*"
                           r"\s*:(?:foot)?cite:(?![^\n]*\bdataset)", source)
    listed = load_gazetteer()  # the shipped lists: a name or word known as data ("VoxPopuli", "… LibriSpeech") is data
    datasets |= {entity_key(word) for name in names for word in [name, *name.split()]
                 if (entry := listed.lookup(word)) is not None and entry.kind == EntityKind.DATASET}
    keep = [name for name in names if not {entity_key(w) for w in [name, *name.split()]} & datasets
            and "et al" not in name and re.search(r"[A-Z\d]", name) and len(name.split()) <= 2
            and not name.startswith("A ")]
    return [(name, []) for name in dict.fromkeys(keep)]


# torchgeo's sensors and satellite missions (imagery, not a dataset), its own benchmarks of data loading and of
# SSL4EO-L, and a variant of LandCover.ai
_NOT_TORCHGEO = {"Sentinel-1", "Sentinel-2", "PRISMA", "Airphen", "EnMAP", "I/O Bench", "LandCover.ai Geo",
                 "SSL4EO Landsat Benchmark Evaluation"}
# "EuroSAT dataset.", "TreeSatAI Benchmark Archive."; the full stop of "LandCover.ai" ends no sentence
_TORCHGEO_OPENING = re.compile(r"(?!An? )(?:The )?((?:[^.`]|\.ai\b)+?) (?:[Dd]ataset|Benchmark Archive)\b")


def torchgeo_names() -> list[tuple[str, list[str]]]:
    """Remote-sensing datasets of torchgeo, by the first sentence of each dataset class's docstring ("EuroSAT dataset.",
    "Cropland Data Layer (CDL) dataset." -> CDL, "NWPU VHR-10 dataset.", "TreeSatAI Benchmark Archive."); a name in
    lower-case words ("Smallholder Cashew Plantations in Benin"), an abstract base class and a subset ("Images from
    the L7 Irish dataset") give nothing, a description in brackets ("CaFFe (CAlving Fronts and where to Find thEm)")
    or a leading conference ("CVPR 2019 Chesapeake Land Cover") is dropped, and so is the task after a name ("Potsdam
    2D Semantic Segmentation")."""
    out = []
    for opening in class_openings("torchgeo", r"torchgeo/datasets/[^/]+\.py"):
        if m := _TORCHGEO_OPENING.match(opening):
            title = re.sub(r"\s*\([^()]*\s[^()]*\)$|^(?:CVPR|ICCV|ECCV) \d{4} |(?: 2D)? Semantic Segmentation$", "",
                           m.group(1))
            if _titled(title) and title not in _NOT_TORCHGEO:
                out.append(split_definition(title))
    return list(dict(out).items())


def gensim_names() -> list[tuple[str, list[str]]]:
    """Word and document embedding and retrieval models of gensim, one module each ("word2vec" -> "Word2Vec",
    "bm25model" -> "BM25"); its utilities, the textbook models (LDA, LSI, NMF, TF-IDF) and "Poincare" (a
    mathematician's name first) are left out."""
    return spelled_in_own_text(grouped_texts("gensim", r"gensim/models/([a-z0-9]+?)(?:model)?\.py", {
        "at", "base", "callbacks", "coherence", "keyedvectors", "norm", "phrases", "rp", "lda", "ldamulticore", "ldaseq",
        "ensemblelda", "lsi", "nmf", "tfidf", "logentropy", "translation", "poincare"}), prose_first=True)


def _metafiles() -> Iterator[str]:
    """The model-zoo metafiles of the OpenMMLab toolboxes, one per method folder of their configs."""
    for package in OPENMMLAB:
        yield from wheel_files(package, r"[^/]+/\.mim/configs/(?:[^/]+/)+metafile\.ya?ml")


# metafile collections named by a paper's title or a plain technique, and data entries that name no collection
_NOT_MM_NAMES = {"Rethinking Classification and Localization for Object Detection", "Rethinking ImageNet Pre-training",
                 "Empirical Attention", "Group Normalization", "Weight Standardization", "Label Assignment Distillation",
                 "Localization Distillation", "Usage", "OpenAI", "Aug", "FourODs", "GoldG", "NYU", "Pop", "None",
                 "Merged-38M", "merged-30M", "MegData-73M",
                 # mmdet3d, mmocr, mmagic: a technique, variants, paper titles and mmocr's SAR (synthetic aperture
                 # radar in most papers that write it); data entries that are class ids ("OCRDataset"), two names
                 # run together, a wrongly spelt name ("COCO text", "ShaperNet-Car"), image folders ("InternetLions"),
                 # categories ("Cat", "OutdoorScenes") and preprocessed variants ("CelebA-Cropped", "FFHQ256")
                 "Dynamic Voxelization", "ABINet-vision", "DBNetpp", "SAR", "Controlnet Animation",
                 "Diffusers Pipeline", "Global&Local", "Instance-aware Image Colorization",
                 "Positional Encoding in GANs",
                 "KIEDataset", "OCRDataset", "ICDAR2015 SCUT-CTW1500", "COCO text", "GoProTestDataset", "CatAFHQ",
                 "ShaperNet-Car", "InternetDogs", "InternetElephants", "InternetLions", "Car", "Cat", "Combined",
                 "IndoorScenes", "OutdoorScenes", "CelebA-Cropped", "FFHQ256", "Vimeo90k-triplet"}
# what follows a dataset's name in a metafile: a split ("MOT17-half-val", "S3DIS Area5"), a 2D or 3D variant
# ("SUNRGBD-2D"), the degradation of a super-resolution test ("Vid4(BIx4)") or an image size ("ImageNet64x64")
_MM_SPLIT = re.compile(r"-(?:half-)?(?:train|val|test)$|\s+v\d+(?:\.\d+)?-(?:train|val)$|\s+Area\d$|-[23]D$"
                       r"|\((?:BI|BD)x\d\)$|\(?\d+x\d+\)?$")
_MM_TRACK = re.compile(r"NTIRE\d{4}.*-Track\d")  # "NTIRE2021VideoSuper-Resolution-Track1": a challenge track


def openmmlab_method_names() -> list[tuple[str, list[str]]]:
    """Detectors, trackers, segmenters, backbones, video, 3D, text-recognition and image-generation models: the
    collection names of the OpenMMLab model zoos ("ByteTrack", "Mask2Former", "BEiTv2", "SlowFast", "PointPillars",
    "ABINet", "BasicVSR"); a model's config id ("mask-rcnn_r50_fpn_1x_coco", mmrotate's "kfiou") is none."""
    out = []
    for metafile in _metafiles():
        collections = metafile.split("\nModels:")[0]
        for name in re.findall(r"^\s*-\s+Name:\s*['\"]?(.+?)['\"]?\s*$", collections, re.MULTILINE):
            if "_" not in name and name not in _NOT_MM_NAMES and len(name.split()) <= 4 and name != name.lower():
                out.append((name, []))
    return out


def openmmlab_dataset_names() -> list[tuple[str, list[str]]]:
    """The training and evaluation data the OpenMMLab model zoos name ("CrowdHuman", "Objects365", "LoveDA",
    "AVA v2.1", "SemanticKITTI", "IIIT5K", "Urban100", "HRSC2016"), one entry per name; a split ("MOT17-half-val"), a
    test's degradation ("Vid4(BIx4)") or an image size ("ImageNet64x64") is its dataset."""
    out = []
    for metafile in _metafiles():
        values = re.findall(r"^[ \t]*(?:-[ \t]+)?(?:Training Data|Dataset):[ \t]*['\"]?(.+?)['\"]?[ \t]*$", metafile,
                            re.MULTILINE)  # "  Dataset: COCO", or first in its list: "  - Dataset: FFHQ" (mmagic)
        for block in re.findall(r"^\s*Training Data:\s*\n((?:\s*-\s*.+\n)+)", metafile, re.MULTILINE):
            values += [v.strip("'\" ") for v in re.findall(r"-\s*(.+)", block)]
        for value in values:
            for name in re.split(r"\s*\+\s*|\s+and\s+|,\s*", value):
                name = _MM_SPLIT.sub("", name.split("#")[0].strip())  # "- ImageNet-1k  # HRNet backbone"
                if name and name not in _NOT_MM_NAMES and any(c.isupper() for c in name) and "_" not in name \
                        and not _MM_TRACK.fullmatch(name):
                    out.append(name)
    return [(name, []) for name in dict.fromkeys(out)]


def recbole_names() -> list[tuple[str, list[str]]]:
    """Recommendation models of RecBole, one configuration file each ("LightGCN", "SASRec", "BERT4Rec")."""
    with zipfile.ZipFile(wheel("recbole")) as z:
        names = [re.fullmatch(r"recbole/properties/model/([^/]+)\.yaml", p) for p in z.namelist()]
    return [(m.group(1), []) for m in names
            if m and "_" not in m.group(1) and m.group(1) not in _NOT_MM_NAMES and any(c.isupper() for c in m.group(1))]


_HELM_ID = re.compile(r"[a-z]+(?:-[a-z]+)*-\d{3}")  # "code-davinci-002", "text-davinci-003": an API model's own name


def helm_names() -> list[tuple[str, list[str]]]:
    """Language, vision and image models evaluated by Stanford's HELM, by display name without its sizes, dates and
    settings ("PaLM (540B)" -> "PaLM", "Claude 3.5 Sonnet (20240620)" -> "Claude 3.5 Sonnet"); an API model named in
    the brackets is a name too ("GPT-3.5 (text-davinci-003)")."""
    source = next(wheel_files("crfm-helm", r"helm/config/model_metadata\.yaml"))
    out = []
    for display in re.findall(r"^\s*display_name:\s*(.+?)\s*$", source, re.MULTILINE):
        display = display.strip("'\"")
        out += [(inner, []) for inner in re.findall(r"\(([^()]+)\)", display) if _HELM_ID.fullmatch(inner)]
        name = re.sub(r"\s*\([^()]*\)", "", display).strip()
        if "+" in name or re.search(r"\d{6,}", name) or not re.search(r"[A-Z\d]", name) or name == "Simple Model 1":
            continue  # pipelines ("Whisper-1 + GPT-4o"), dated snapshots, "ada", the template's example
        out.append((name, []))
    return [(name, []) for name in dict.fromkeys(name for name, _ in out)]


def transformers_names() -> list[tuple[str, list[str]]]:
    """Model names from the first line of each configuration module of Hugging Face transformers ("DINOv2 model configuration")."""
    out = []
    for config in wheel_files("transformers", r"transformers/models/[^/]+/configuration_[^/]+\.py"):
        m = _MODEL_DOC.search(config[:2000])
        if m and m.group(1) not in _NOT_MODELS and not _MODEL_VARIANT.fullmatch(m.group(1)):
            out.append(split_definition(m.group(1)))
    # modules generated from a "modular" file have no docstring: their configuration class names them ("GemmaConfig")
    mapping = next(wheel_files("transformers", r"transformers/models/auto/auto_mappings\.py"))
    for cls in re.findall(r'\("[\w-]+", "([A-Z][a-z]+\d*)Config"\)', mapping):
        if cls not in _NOT_MODELS:
            out.append((cls, []))
    return out


# NLTK's corpus modules and their documentation (nltk/test/corpus.doctest) name each corpus and lexical resource in
# prose: the module's header ("# Natural Language Toolkit: PropBank Corpus Reader"), its docstrings ("Corpus reader
# for the SemCor Corpus.", "An NLTK interface to the VerbNet verb lexicon"), the corpus howto ("The CoNLL 2000 Corpus
# includes …", "the Brown Corpus"), the comment of a corpus loader ("# Penn Treebank v3: …") and a name given with its
# web address ("For details about SentiWordNet see: http://…", "from the Open Multilingual Wordnet https://omwn.org/")
_NLTK_WORD = r"(?:[A-Z][\w'\-]*|\d+(?:\.\d+)*)"  # "Lin's", "York-Toronto-Helsinki", "2000", "1.7"
_NLTK_NAME = rf"{_NLTK_WORD}(?:(?: | of | and ){_NLTK_WORD}| \([A-Za-z][\w\- ]*\))*"  # "Pros and Cons", "… (YCOE)"
_NLTK_KINDS = r"(?:Corpus|Corpora|Dataset|Treebanks?|Dictionary|Lexicon|Database)"
_NLTK_HEADER = re.compile(rf"^# Natural Language Toolkit: ({_NLTK_NAME}?)(?: (?:Corpus )?Readers?)?$", re.MULTILINE)
_NLTK_LOADER = re.compile(rf"LazyCorpusLoader\(\s*#\s*(?:Latest\s+)?({_NLTK_NAME}?)(?: v\d+)?(?::[^\n]*)?\n")
_NLTK_ADDRESS = re.compile(rf"(?:about|from the) ({_NLTK_NAME})(?: see)?:?\s+https?://")
_NLTK_PROSE = (
    re.compile(rf"(?:[Cc]orpus ?[Rr]eader|[Rr]eader|Read) (?:for|from) the (?:XML version of the )?({_NLTK_NAME})"),
    re.compile(rf"[Ii]nterface (?:for|to) (?:the )?({_NLTK_NAME})"),
    re.compile(rf"\b[Tt]he ({_NLTK_NAME}) (?:corpus|corpora|dataset|sentence dataset|lexicon|verb lexicon)\b"),
    # "the Brown Corpus", "the Academia Sinica Balanced Corpus of Modern Chinese", "The Paraphrase Database (PPDB)"
    re.compile(rf"\b[Tt]he ({_NLTK_NAME} {_NLTK_KINDS}(?: of(?: [A-Z]\w+)+)?(?: \([A-Z][\w\-]*\))?)(?!\w)"))
# a kind noun after a name of its own ("SemCor Corpus", "NPS Chat Corpus", "CoNLL 2007 Dependency Treebanks"); kept
# after ordinary words, where it is part of the name ("Brown Corpus", "British National Corpus")
_NLTK_KIND = re.compile(r" (?:Dependency |Challenge )?(?:Corpus|Corpora|Dataset|Treebanks)$")
_NAMED = re.compile(r"[a-z]-?[A-Z]|\d|\b[A-Z]{2,}")  # "SemCor", "Multext-East", "CoNLL 2000", "NPS Chat": coined
# what those phrases name that is no corpus or lexical resource: file formats and reader kinds ("Plaintext",
# "Chunked", "XML", "CoNLL-style" files, "CoNLL" corpora in general), a software (SIL's Toolbox), a platform, a
# standard (BCP-47), an author (the Shakespeare plays), the creator of a corpus (IPI PAN, an institute), a language
# (Rotokas), a task (RTE, "PP Attachment"), a variant (PanLex Lite), descriptions ("Indian Language POS-Tagged", Bing
# Liu's "Pros and Cons" sentences), a paper's title ("Construction of Sinica Treebank") and the long forms of CMUDict,
# a name the older lists hold (their spelling wins: "CMU Pronouncing Dictionary")
_NOT_NLTK = {"API", "Corpus", "Corpus Reader Utilities", "Corpus Reader Utility Functions", "CONLL", "CoNLL",
             "CoNLL-style", "MTE", "XML", "Plaintext", "Chunked", "Treebank", "Toolbox", "Twitter", "BCP-47",
             "Shakespeare", "IPI PAN", "IPIPAN", "Rotokas", "RTE", "PP Attachment", "PanLex Lite",
             "Indian Language POS-Tagged", "Pros and Cons", "Construction of Sinica Treebank", "CHILDES XML",
             "Carnegie Mellon Pronouncing Dictionary", "CMU Pronunciation Dictionary", "Natural Language Toolkit",
             "NLTK"}


def _defined(name: str) -> tuple[str, list[str]]:
    """"Information Extraction and Entity Recognition (IEER) Corpus" -> ("IEER", [the long form without its
    bracket]); "RTE (Recognizing Textual Entailment)" -> ("RTE", ["Recognizing Textual Entailment"])."""
    m = re.fullmatch(r"(?P<before>.*?)\s*\((?P<inner>[^()]+)\)\s*(?P<after>.*)", name)
    if not m:
        return name, []
    outer = " ".join(filter(None, (m.group("before"), m.group("after"))))
    if " " not in m.group("inner") and _NAMED.search(m.group("inner")):
        return m.group("inner"), [outer]
    return outer, [m.group("inner")]


def nltk_names() -> list[tuple[str, list[str]]]:
    """Corpora and lexical resources of NLTK, as its corpus modules and their documentation write them in prose
    ("Corpus reader for the SemCor Corpus.", "An NLTK interface to the VerbNet verb lexicon", "The CoNLL 2000 Corpus",
    "# Natural Language Toolkit: PropBank Corpus Reader", "the Open Multilingual Wordnet https://omwn.org/"), never a
    loader's identifier ("verbnet", "nombank.1.0", "twitter_samples").

    A release is dropped ("FrameNet 1.7"), and so is NLTK's own sample ("the NLTK TIMIT Corpus"); a kind noun after a
    name of its own goes ("SemCor Corpus" -> SemCor; not "Brown Corpus"); a bracketed acronym is the name and its long
    form an alias ("… Old English Prose (YCOE)" -> YCOE), and so is a name a longer one begins with ("TIMIT
    Acoustic-Phonetic Continuous Speech Corpus" -> TIMIT). Names of ordinary words only, unless given with a web
    address, are file formats and reader kinds ("Tagged", "Word List", "Categorized Sentences") or descriptions papers
    write in lower case ("the opinion lexicon", "Subjectivity Dataset") and are left out; so is ``_NOT_NLTK``."""
    from kg.extract.canonical import entity_key
    from kg.extract.gazetteer import common_words

    common, found, addressed = common_words(), [], set()
    for text in wheel_files("nltk", r"nltk/corpus/(?:reader/)?[^/]+\.py|nltk/test/corpus\.doctest"):
        found += _NLTK_HEADER.findall(text) + _NLTK_LOADER.findall(text)
        prose_text = " ".join(l.strip() for l in text.splitlines() if not re.match(r"\s*(?:>>>|\.\.\. )", l))
        addressed.update(_NLTK_ADDRESS.findall(prose_text))
        for phrase in _NLTK_PROSE:
            found += phrase.findall(prose_text)
    found += sorted(addressed)
    names = [re.sub(r"^NLTK |\s+\d+\.\d+(?:\.\d+)*$| N-grams$", "", n.strip()) for n in found]  # "FrameNet 1.7"
    # one spelling per key: a coined one ("FrameNet", "VerbNet") before a header's ("Framenet Corpus Reader")
    spelled: dict[str, Counter[str]] = defaultdict(Counter)
    for name in names:
        spelled[entity_key(name)][name] += 1
    own = {key: max(c, key=lambda s: (bool(_NAMED.search(s)), c[s])) for key, c in spelled.items()}
    out: dict[str, list[str]] = {}
    for name in dict.fromkeys(own[entity_key(n)] for n in names):
        name, aliases = _defined(name)
        first, _, words = name.partition(" ")
        rest = _NLTK_KIND.sub("", name)
        if rest != name and _NAMED.search(own.get(entity_key(rest), rest)) \
                and (entity_key(rest) in own or " " not in rest or re.search(r"\d", rest)):  # "SemCor Corpus"
            name = own.get(entity_key(rest), rest)
        elif words and _NAMED.search(first) and own.get(entity_key(first)) and own[entity_key(first)] not in _NOT_NLTK:
            name, aliases = own[entity_key(first)], [name, *aliases]  # "TIMIT Acoustic-Phonetic Continuous Speech …"
        ordinary = all(w.lower() in common for w in re.split(r"[ \-]+", name) if w not in {"of", "and"}) \
            and not _NAMED.search(name) and name not in addressed
        if name not in _NOT_NLTK and "_" not in name and not ordinary:
            out[name] = list(dict.fromkeys(out.get(name, []) + [a for a in aliases if a not in _NOT_NLTK]))
    return list(out.items())


# a bracket after a wordnet's label that names its language or edition, not the wordnet ("Multilingual Central
# Repository (Catalan)", "Norwegian Wordnet (Bokmål)", "Wordnet Bahasa (Malaysian)")
_WN_QUALIFIER = re.compile(r"[A-Z][^\sA-Z]+")


def wn_names() -> list[tuple[str, list[str]]]:
    """Wordnets and their collections, by the label of each project of the ``wn`` library's index (``wn/index.toml``:
    "Open English WordNet", "Open Multilingual Wordnet", "Open German WordNet", "DanNet", "plWordNet"). A bracket that
    names the language is dropped ("Multilingual Central Repository (Catalan)"); any other is an alias, without a
    version ("Arabic WordNet (AWN v2)" -> Arabic WordNet, alias AWN; "WOLF (Wordnet Libre du Français)"): the name
    the label writes first wins, so an acronym's flag does not hide its long form. A label with a lower-case word
    describes a package, not a wordnet ("OMW English Wordnet based on WordNet 3.0", "Open Wordnet for English"), and
    is left out."""
    import tomllib

    index = tomllib.loads(next(wheel_files("wn", r"wn/index\.toml")))
    out = []
    for project in index.values():
        label = " ".join(str(project.get("label", "")).split())  # "Lithuanian  WordNet"
        m = re.fullmatch(r"(.+?) \((.+)\)", label)
        name, inner = (m.group(1), re.sub(r"\s+v\d+(?:\.\d+)*$", "", m.group(2))) if m else (label, "")
        if not name or not _titled(name):
            continue
        # the label's name first, its bracket an alias: "Arabic WordNet (AWN)", "KurdNet (Kurdish WordNet)"
        out.append((name, [] if not inner or _WN_QUALIFIER.fullmatch(inner) else [inner]))
    return list(dict(out).items())


def natural_languages() -> dict[str, bool]:
    """ISO 639-3 reference and common names from pycountry ("Ukrainian", "Standard Arabic", "Ancient Greek"; a
    bracketed qualifier such as "(to 1453)" dropped), each with whether it is a major language (has a two-letter
    ISO 639-1 code). A major language's inverted name gives its plain name too: "Greek, Modern (1453-)" is Greek,
    "Frisian, Western" Frisian (papers write "Greek", never "Modern Greek (1453-)")."""
    table = json.loads(next(wheel_files("pycountry", r"pycountry/databases/iso639-3\.json")))["639-3"]
    names: dict[str, bool] = {}
    for language in table:
        for field in ("name", "common_name"):
            if field in language:
                name = re.sub(r"\s*\(.*\)$", "", language[field]).strip()
                names[name] = names.get(name, False) or "alpha_2" in language
        if "alpha_2" in language and "," in language.get("inverted_name", ""):
            names[language["inverted_name"].split(",")[0].strip()] = True
    return names


def programming_languages() -> list[str]:
    """The "Programming Language :: X" classifiers PyPI accepts ("Python", "JavaScript", "Prolog")."""
    source = next(wheel_files("trove-classifiers", r"trove_classifiers/__init__\.py"))
    names = set(re.findall(r'"Programming Language :: ([^":]+?)(?: ::[^"]*)?"', source))
    # "Pascal" in a paper is PASCAL VOC or PASCAL Context far more often than the language
    return sorted(names - {"Other", "Other Scripting Engines", "Zope", "Cython", "YACC", "Pascal"})


def write_languages(known: dict, common: frozenset[str]) -> None:
    """``languages.tsv``: names of natural and programming languages, which are never methods or datasets.

    Left out: names that are frequent lower-case words of the ACL abstracts ("Are", "Label", "Even", "Scheme"),
    shorter than three letters, and, unless a major language, names a gazetteer already holds ("Sara", "Luna")."""
    from kg.extract.canonical import entity_key
    rows = [(name, "natural", major) for name, major in natural_languages().items()]
    rows += [(name, "programming", True) for name in programming_languages()]
    kept = set()
    for name, kind, major in rows:
        key = entity_key(name)
        ordinary = name.lower() in common or all(w.lower() in common for w in name.split())
        if len(key) >= 3 and not ordinary and (major or key not in known):
            kept.add((name, kind))
    with open(OUT_LANGUAGES, "w", encoding="utf-8") as f:
        f.write(f"# name\tkind — generated by bench/make_package_gazetteers.py from pycountry {PINS['pycountry']} "
                f"(ISO 639-3) and trove-classifiers {PINS['trove-classifiers']}\n")
        for name, kind in sorted(kept, key=lambda r: (r[1], r[0])):
            f.write(f"{name}\t{kind}\n")
    print(f"{len(kept)} language names -> {OUT_LANGUAGES}")


def write(path: Path, rows: dict[str, tuple[str, list[str], str]], sources: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# canonical\taliases (|-separated)\tflag — generated by bench/make_package_gazetteers.py from {sources}\n")
        for name, aliases, flag in sorted(rows.values(), key=lambda r: r[0].lower()):
            f.write(f"{name}\t{'|'.join(aliases)}\t{flag}\n")
    print(f"{len(rows)} names -> {path}")


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from kg.extract.canonical import entity_key
    from kg.extract.gazetteer import _read, common_words, name_stats
    from kg.model import EntityKind
    from kg.extract.noise import is_noise

    known: dict = {}
    for base in ("methods.tsv", "datasets.tsv", "acl_datasets.tsv"):  # the lists these extend (they win a shared key)
        _read(base, EntityKind.METHOD, known)
    common = common_words()

    def collect(catalogues, newer: bool = False, native: bool = False) -> dict[str, tuple[str, list[str], str]]:
        rows: dict[str, tuple[str, list[str], str]] = {}
        for source, names in catalogues:
            kept = 0
            for name, aliases in names:
                keys = [entity_key(s) for s in (name, *aliases)]
                if len(name) < 3 and not re.search(r"\d", name) or name in _NOT_NAMES or any(k in known or is_noise(k) for k in keys) or keys[0] in rows:
                    continue
                claimed = newer and (stats := name_stats().get(keys[0])) is not None and stats.written >= _CLAIMED
                if claimed and not native:
                    continue
                plain = (name.lower() in common or all(w.lower() in common for w in name.split())) \
                    and not re.search(r"[a-z][A-Z]", name)  # "WordNet" is written as a name, "Arithmetic" is not
                plain = plain or re.fullmatch(r"[A-Z]{2,3}", name) is not None  # "MVP", "LED", "SEW": mostly something else
                plain = plain or name.lower() in _GREEK_LETTERS  # "Theta and Phi matrices": a symbol, not the model
                plain = plain or newer and re.fullmatch(r"[A-Z][a-z]+", name) is not None  # "Twins"
                # the field's own resources (native): a name the ACL writes often is the resource itself ("VerbNet",
                # "PropBank"), but one it also writes as a lower-case word is the word too ("WOLF", the wolf)
                plain = plain or claimed and stats.lower > 0 and " " not in name \
                    and not re.search(r"[a-z]-?[A-Z]|\d", name)
                rows[keys[0]] = (name, aliases, "ambiguous" if plain else "-")
                kept += 1
            print(f"{source}: {len(names)} names, {kept} new")
        known.update(dict.fromkeys(rows))
        return rows

    # the first catalogues win a shared key; in the newer ones (2026) plain words ("Twins", "Gemini", "Kaleidoscope")
    # are flagged ambiguous, and a name the ACL Anthology already writes for something else ("DEFT" the French
    # campaign, "Shap-E" as "Shape") is left out
    datasets = collect((("torchvision", torchvision_names()), ("lm-eval", lm_eval_names()),
                        ("tensorflow-datasets", tfds_names())))
    methods = collect((("transformers", transformers_names()), ("gensim", gensim_names())))  # the ACL's own Word2Vec
    datasets |= collect((("lmms-eval", lmms_eval_names()),), newer=True)
    methods |= collect((("diffusers", diffusers_names()), ("timm", timm_names()), ("fschat", fastchat_names()),
                        ("trl", trl_names()), ("peft", peft_names())), newer=True)
    datasets |= collect((("OpenMMLab", openmmlab_dataset_names()), ("pykeen", pykeen_names()),
                         ("ir-datasets", ir_datasets_names())), newer=True)
    datasets |= collect((("torch-geometric", pyg_names()), ("torchaudio", torchaudio_names()),
                         ("torchgeo", torchgeo_names())), newer=True)
    # lexical resources, corpora and wordnets as NLP papers name them: the ACL Anthology writing one often is no
    # sign of another meaning here ("VerbNet", "PropBank", "SentiWordNet" are kept); wn's own labels win over NLTK's
    datasets |= collect((("wn", wn_names()), ("nltk", nltk_names())), newer=True, native=True)
    # newer benchmarks of LLMs and agents, and the data of speech, graphs, medical imaging, forecasting, recommendation,
    # tracking and continual learning that the catalogues above lack (round 15)
    datasets |= collect((("inspect-evals", inspect_evals_names()), ("evalscope", evalscope_names()), ("lhotse", lhotse_names()), ("ogb", ogb_names()),
                         ("medmnist", medmnist_names()), ("datasetsforecast", forecasting_names()),
                         ("cornac", cornac_names()), ("got10k", tracking_names()), ("avalanche-lib", continual_names()),
                         ("torchio", torchio_names())), newer=True)
    # embedding and retrieval benchmarks, and climate reanalyses (round 18)
    datasets |= collect((("mteb", mteb_names()), ("climate-learn", climate_names())), newer=True)
    # robot-learning benchmarks and medical data (round 19)
    datasets |= collect((("lerobot", robot_benchmark_names()), ("monai", medical_data_names()),
                         ("earth2studio", weather_data_names())), newer=True)
    # captures of scenes for novel-view synthesis (round 20)
    datasets |= collect((("nerfstudio", nerf_data_names()),), newer=True)
    # simulators, environment suites and offline data of reinforcement learning (round 24); the ACL Anthology writes
    # Minecraft for the same game (its collaborative-building dialogues), so a name it writes often is kept
    datasets |= collect((("torchrl", rl_environment_names()),), newer=True, native=True)
    # keypoint data of human, hand, face and animal pose, and driving and pedestrian trajectories (round 25)
    datasets |= collect((("mmpose", pose_dataset_names()), ("trajdata", trajectory_names())), newer=True)
    # domain-adaptation and distribution-shift benchmarks, sound and music data, medical-segmentation challenges and
    # sign-language corpora (round 25)
    datasets |= collect((("pytorch-adapt", adaptation_names()), ("wilds", wilds_names()),
                         ("soundata", loader_names("soundata")), ("mirdata", loader_names("mirdata")),
                         ("nnunetv2", medical_challenge_names()),
                         ("sign-language-datasets", sign_language_names())), newer=True)
    # board, card and arcade games agents play, which papers on game-playing agents evaluate in (round 28)
    datasets |= collect((("pgx, pettingzoo, ale-py", game_names()),), newer=True)
    # industrial and video anomaly-detection data (round 28)
    datasets |= collect((("anomalib", anomaly_data_names()),), newer=True)
    methods |= collect((("OpenMMLab", openmmlab_method_names()), ("recbole", recbole_names()),
                        ("HELM", helm_names()), ("stable-baselines3", rl_names()), ("flwr", federated_names()),
                        ("torchaudio", torchaudio_model_names())),
                       newer=True)
    # robot policies, compression algorithms, segmentation and medical-imaging architectures (round 19); smplx's
    # body models (SMPL, MANO) are not read: its licence binds whoever downloads it to non-commercial use
    methods |= collect((("lerobot", robot_policy_names()), ("llmcompressor", compression_names()),
                        ("segmentation-models-pytorch", segmentation_names()), ("monai", medical_model_names()),
                        ("earth2studio", weather_model_names())), newer=True)
    # radiance-field and Gaussian-splatting methods (round 20)
    methods |= collect((("nerfstudio", nerf_method_names()),), newer=True)
    # pose estimators and local-feature matchers (round 25)
    methods |= collect((("mmpose", pose_method_names()), ("kornia", feature_matching_names())), newer=True)
    # anomaly detectors (round 28)
    methods |= collect((("anomalib", anomaly_method_names()),), newer=True)
    write(OUT, datasets, ", ".join(f"{p} {PINS[p]}" for p in ("torchvision", "lm-eval", "tensorflow-datasets",
                                                                "lmms-eval", *OPENMMLAB, "pykeen", "ir-datasets",
                                                                "torch-geometric", "torchaudio", "torchgeo",
                                                                "wn", "nltk", *NEWER_DATA)))
    write(OUT_METHODS, methods, ", ".join(f"{p} {PINS[p]}" for p in ("transformers", "diffusers", "timm", "fschat", "trl",
                                                                       "peft", *OPENMMLAB, "recbole", "crfm-helm",
                                                                       "stable-baselines3", "sb3-contrib", "flwr",
                                                                       "torchaudio", "gensim", "lerobot", "llmcompressor",
                                                                       "segmentation-models-pytorch", "monai", "earth2studio",
                                                                       "nerfstudio", "mmpose", "kornia", "anomalib")))
    write_languages(known, common)


if __name__ == "__main__":
    main()
