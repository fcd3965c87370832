"""Shared fixtures: the real seed documents and paths to the shared real data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
SHARED_DATA = ROOT.parent / "shared" / "data"
PROFILE = SEEDS / "000_284f0e8e0db5019b.txt"
LISTING_GRANULARITY = SEEDS / "001_4517cd0d84a387da.txt"
LISTING_NO_METADATA = SEEDS / "002_af4eeb2795fab435.txt"
LISTING_BATCH = SEEDS / "003_f436105f4fb5c062.txt"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """One build of seeds/ shared by the tests that only read its outputs."""
    from kg.build import build

    out = tmp_path_factory.mktemp("seed-out")
    report = build([SEEDS], out_dir=out, queries=ROOT / "queries")
    return report, out
