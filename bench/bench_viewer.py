"""Benchmark the viewer: build time in Python and time to interactive in headless Chromium.

Run: ``.venv/bin/python bench/bench_viewer.py [--sizes 200 1000 2000 5000]``. Each size is a
synthetic graph (:func:`kg.viewer.sample.sample_graph`) with that many nodes or more, written with
``max_nodes=2000``; "interactive" is the time from navigation to vis-network's first drawing of the
fitted graph plus a click that opens the side panel.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from kg.viewer import write_viewer
from kg.viewer.sample import sample_graph

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]


def graph_of_about(nodes: int):
    papers = max(10, int(nodes / 1.84))  # the sample graph has about 1.84 nodes per paper
    return sample_graph(papers=papers, seed=1)


def time_page(browser, path: Path) -> tuple[float, float]:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("window.kgReady === true", timeout=120_000)
    ready = time.perf_counter() - start
    node = page.evaluate("window.kg.data.nodes.find(n => n.k === 'paper').id")
    start = time.perf_counter()
    page.evaluate("id => window.kg.select(id)", node)
    page.wait_for_selector("#panel-title")
    click = time.perf_counter() - start
    page.close()
    return ready, click


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 2000, 5000])
    parser.add_argument("--max-nodes", type=int, default=2000)
    args = parser.parse_args()
    print("| graph nodes | graph edges | shown nodes | shown edges | write_viewer s | HTML MB | load→interactive s | select→panel s |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
        for size in args.sizes:
            G = graph_of_about(size)
            path = Path(folder) / f"g{size}.html"
            start = time.perf_counter()
            report = write_viewer(G, path, max_nodes=args.max_nodes)
            build = time.perf_counter() - start
            ready, click = time_page(browser, path)
            print(f"| {report.nodes_total:,} | {report.edges_total:,} | {report.nodes_shown:,} | {report.edges_shown:,} "
                  f"| {build:.2f} | {path.stat().st_size / 1e6:.2f} | {ready:.2f} | {click:.2f} |", flush=True)
        browser.close()


if __name__ == "__main__":
    main()
