"""Run every benchmark in ``bench/`` in turn, with its default arguments (what ``make bench`` does).

Run from anywhere: ``.venv/bin/python bench/run_all.py [NAME ...]`` (names such as ``bench_read``
pick a subset). Each script runs in its own process from the repository root, its output printed as it
comes; a script that is missing is skipped, one that fails (e.g. ``bench_viewer`` without Playwright and
Chromium, which only ``make test`` installs) is reported and the next one runs. A summary with each
script's wall time and outcome ends the output.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ("bench_read", "bench_extract", "bench_authors", "bench_query", "bench_viewer", "bench_build")


def run(name: str) -> str:
    """Run ``bench/<name>.py``; how it went, as one summary line."""
    script = ROOT / "bench" / f"{name}.py"
    if not script.exists():
        return f"{name}: skipped (bench/{name}.py does not exist)"
    print(f"\n=== {name} ===\n", flush=True)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    start = time.perf_counter()
    try:
        code = subprocess.run([sys.executable, str(script)], cwd=ROOT, env=env).returncode
    except KeyboardInterrupt:
        code = "interrupted"
    seconds = time.perf_counter() - start
    if code == 0:
        return f"{name}: ok ({seconds:.0f} s)"
    print(f"\n{name} failed (exit code {code}); going on with the next benchmark", flush=True)
    return f"{name}: FAILED, exit code {code} ({seconds:.0f} s); see its output above"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help=f"benchmarks to run (default: all of {', '.join(BENCHMARKS)})")  # fmt: skip
    names = parser.parse_args(argv).names or BENCHMARKS
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}")
    outcomes = [run(name) for name in names]
    print("\n=== summary ===")
    print("\n".join(outcomes))


if __name__ == "__main__":
    main()
