"""The build configuration: which inputs to read and how to name their collections.

``kg build`` takes inputs as arguments; a folder given as input is searched for
input files, and a ``kg.toml`` in it (or given with ``--config``) may list the
inputs and name each file's collection::

    inputs = ["papers.bib", "citations.csv"]     # optional, relative to kg.toml

    [collections."001_listing.txt"]
    name = "Daily papers: granularity"
    description = "Hugging Face daily papers found by searching 'granularity'"
    year = 2024          # optional: the year of the page's year-less dates

Examples
--------
>>> config = parse_config('[collections."a.txt"]\\nname = "A"\\nyear = 2024', base="seeds")
>>> config.collection_for("seeds/a.txt")
Collection(id='a', name='A', source='seeds/a.txt', description=None, year=2024)
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import ConfigError, InputError
from kg.model import Collection

CONFIG_NAME = "kg.toml"
# Files in an input folder that are never inputs themselves.
NOT_INPUTS = {CONFIG_NAME, "authors.toml", "README.md"}
INPUT_SUFFIXES = (".txt", ".bib", ".bib.gz", ".csv", ".csv.gz", ".json", ".jsonl", ".json.gz", ".jsonl.gz")


@dataclass(frozen=True, order=True)
class InputFile:
    """An input file: where to read it, and the name provenance records for it.

    ``name`` is the path relative to the folder the input was given from
    (``seeds/000_….txt`` for the folder argument ``seeds``, ``refs.bib`` for the
    file argument ``~/papers/refs.bib``), so IRIs and provenance do not depend on
    where the files live on disk.
    """

    name: str
    path: Path


@dataclass(frozen=True)
class CollectionSettings:
    name: str | None = None
    description: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class BuildConfig:
    """Inputs and per-file collection settings, with paths resolved against ``base``."""

    base: Path
    inputs: tuple[Path, ...] = ()
    collections: dict[str, CollectionSettings] = field(default_factory=dict)

    def collection_for(self, path: str | Path) -> Collection | None:
        """The collection the configuration names for ``path``, or ``None`` to let the reader derive one."""
        settings = self.collections.get(Path(path).name)
        if settings is None:
            return None
        stem = Path(path).name.split(".")[0]
        return Collection(stem, settings.name or stem, str(path), settings.description, settings.year)

    def collection_of(self, source: "InputFile") -> Collection | None:
        """:meth:`collection_for` the input file ``source``, recorded under its provenance name."""
        return self.collection_for(source.name)


def _settings(name: str, table: object, path: str) -> CollectionSettings:
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [collections.\"{name}\"] must be a table")
    unknown = set(table) - {"name", "description", "year"}
    if unknown:
        raise ConfigError(f"{path}: [collections.\"{name}\"] has unknown key(s) {', '.join(sorted(unknown))}")
    year = table.get("year")
    if year is not None and not isinstance(year, int):
        raise ConfigError(f"{path}: [collections.\"{name}\"] year must be a whole number, got {year!r}")
    return CollectionSettings(table.get("name"), table.get("description"), year)


def parse_config(text: str, base: str | Path = ".", path: str = CONFIG_NAME) -> BuildConfig:
    """Parse the TOML text of a ``kg.toml``; errors name the file and what is wrong."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: {error}") from None
    base = Path(base)
    inputs = data.get("inputs", [])
    if not isinstance(inputs, list) or not all(isinstance(i, str) for i in inputs):
        raise ConfigError(f"{path}: inputs must be a list of file names")
    collections = {name: _settings(name, table, path) for name, table in data.get("collections", {}).items()}
    return BuildConfig(base, tuple(base / i for i in inputs), collections)


def read_config(path: str | Path) -> BuildConfig:
    """Read ``path`` (a ``kg.toml``); its inputs are relative to its folder."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"{path}: {error.strerror or error}") from None
    return parse_config(text, base=path.parent, path=str(path))


def _folder_inputs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name not in NOT_INPUTS
                  and p.name.endswith(INPUT_SUFFIXES) and not p.name.startswith("."))


def _input_file(path: Path, anchor: Path) -> InputFile:
    try:
        name = path.resolve().relative_to(anchor.resolve()).as_posix()
    except ValueError:
        name = path.name
    return InputFile(name, path)


def resolve_inputs(arguments: list[Path], config_path: Path | None = None) -> tuple[list[InputFile], BuildConfig]:
    """Expand input arguments (files and folders) into input files, and find the configuration.

    A folder contributes its input files (or the inputs its ``kg.toml`` lists);
    its ``kg.toml`` is the configuration unless ``config_path`` names another.
    The result is sorted by provenance name, so no output depends on argument order
    or on where the files are on disk.
    """
    config = read_config(config_path) if config_path else None
    files = [_input_file(p, config.base.parent) for p in config.inputs] if config else []
    for argument in arguments:
        if argument.is_dir():
            folder_config = argument / CONFIG_NAME
            if config is None and folder_config.exists():
                config = read_config(folder_config)
            listed = config.inputs if config and config.base == argument and config.inputs else ()
            files.extend(_input_file(p, argument.parent) for p in listed or _folder_inputs(argument))
        elif argument.exists():
            files.append(_input_file(argument, argument.parent))
        else:
            raise InputError(str(argument), "no such file or folder")
    unique = sorted(set(files))
    return unique, config or BuildConfig(Path("."))
