"""The one exception family of kg; only :mod:`kg.cli` turns these into exit codes."""

from __future__ import annotations


class KgError(Exception):
    """Base of every error kg raises on purpose. ``exit_code`` is what the CLI exits with."""

    exit_code = 1


class InputError(KgError):
    """An input file cannot be read at all (missing, binary, unknown format, malformed under --strict)."""

    exit_code = 2

    def __init__(self, path: str, message: str, line: int | None = None):
        self.path, self.line, self.reason = str(path), line, message
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {message}")


class ConfigError(KgError):
    """The configuration file (``kg.toml``) or a decisions file is malformed."""

    exit_code = 2


class QueryError(KgError):
    """A SPARQL file cannot be parsed or run; the message names the file and line."""

    exit_code = 3
