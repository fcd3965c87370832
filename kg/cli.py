"""The ``kg`` command line: parses arguments, calls the library, turns :class:`KgError` into exit codes."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg.errors import KgError
from kg.export import ALL_FORMATS, ExportFormat
from kg.query import Engine

app = typer.Typer(
    help="Turn scholarly records into a citation-and-coauthor knowledge graph: RDF, SPARQL and an offline viewer.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True, soft_wrap=True)
stdout = Console(soft_wrap=True)


def _fail(error: KgError) -> typer.Exit:
    console.print(f"[bold red]error:[/] {error}", highlight=False, markup=True)
    return typer.Exit(error.exit_code)


class _RichProgress:
    """Shows the build's stages as progress bars on stderr."""

    def __init__(self, progress: Progress):
        self.progress, self.task = progress, None

    def stage(self, name: str, total: int | None = None) -> None:
        if self.task is not None:
            self.progress.update(self.task, completed=self.progress.tasks[self.task].total or 1, total=self.progress.tasks[self.task].total or 1)
        self.task = self.progress.add_task(name, total=total)

    def advance(self, amount: int = 1) -> None:
        if self.task is not None:
            self.progress.advance(self.task, amount)


def _progress_bar() -> Progress:
    return Progress(TextColumn("{task.description:>9}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=console, transient=True, disable=not console.is_terminal)


def _print_build_summary(report) -> None:
    table = Table(title=f"Built from {len(report.inputs)} input file(s) in {report.total_seconds:.1f} s", show_edge=False)
    table.add_column("nodes", style="bold")
    table.add_column("", justify="right")
    table.add_column("edges", style="bold")
    table.add_column("", justify="right")
    nodes, edges = list(report.nodes.items()), list(report.edges.items())
    for i in range(max(len(nodes), len(edges))):
        n = nodes[i] if i < len(nodes) else ("", "")
        e = edges[i] if i < len(edges) else ("", "")
        table.add_row(n[0], str(n[1]), e[0], str(e[1]))
    stdout.print(table)
    stdout.print(f"{report.records} records → {report.works} papers; citations resolved: {report.citations_resolved}, "
                 f"unresolved: {report.citations_unresolved}")
    if report.viewer and report.viewer.nodes_shown < report.viewer.nodes_total:
        stdout.print(f"viewer shows {report.viewer.nodes_shown} of {report.viewer.nodes_total} nodes (--max-nodes)")
    for problem in report.problems[:20]:
        console.print(f"[yellow]skipped:[/] {problem}", highlight=False)
    if len(report.problems) > 20:
        console.print(f"[yellow]… and {len(report.problems) - 20} more skipped record(s)[/]")
    stdout.print("wrote " + ", ".join(str(p) for p in report.outputs))


@app.command()
def build(
    inputs: Annotated[list[Path] | None, typer.Argument(help="Input files or folders (BibTeX, citation CSV, OpenAlex JSON, profiles, listing pages). Default: seeds/.")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for graph.ttl, graph.nt, graph.html, authors-review.csv.")] = Path("out"),
    config: Annotated[Path | None, typer.Option(help="A kg.toml naming inputs and collections (default: the kg.toml of an input folder).")] = None,
    strict: Annotated[bool, typer.Option(help="Stop at the first unreadable file or bad record instead of reporting and skipping it.")] = False,
    max_nodes: Annotated[int, typer.Option(help="The most nodes the viewer shows; a larger graph shows its most important part.")] = 2000,
    queries: Annotated[Path, typer.Option(help="Folder of .rq files whose answers the viewer shows.")] = Path("queries"),
    authors: Annotated[Path | None, typer.Option(help="Author decisions file (default: authors.toml beside the inputs).")] = None,
    base_iri: Annotated[str, typer.Option(help="Base IRI of the graph's resources.")] = "https://w3id.org/kg/id/",
    export: Annotated[list[ExportFormat] | None, typer.Option("--export", help="Write only these other formats (repeatable): jsonld, nq and trig (a named graph per input file), graphml, csv (nodes.csv, edges.csv). Default: all.")] = None,
    no_exports: Annotated[bool, typer.Option("--no-exports", help="Write no other format besides graph.ttl and graph.nt.")] = False,
) -> None:
    """Build the knowledge graph: RDF (Turtle, N-Triples and more), the offline viewer and the author review table.

    Examples: `kg build` (the seeds), `kg build refs.bib citations.csv --out my-graph`,
    `kg build works.jsonl --no-exports --max-nodes 3000`.
    """
    from kg.build import build as run_build

    try:
        with _progress_bar() as bar:
            report = run_build(inputs or [Path("seeds")], out, config=config, strict=strict, max_nodes=max_nodes,
                               base=base_iri, queries=queries, authors=authors,
                               exports=() if no_exports else tuple(export or ALL_FORMATS),
                               progress=_RichProgress(bar))
    except KgError as error:
        raise _fail(error) from None
    _print_build_summary(report)


def _parse_params(params: list[str]) -> dict[str, str]:
    parsed = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise typer.BadParameter(f"{item!r}: expected name=value", param_hint="--param")
        parsed[name.strip()] = value.strip().strip('"')
    return parsed


@app.command()
def query(
    file: Annotated[Path, typer.Argument(help="A SPARQL file (.rq), e.g. queries/coauthors_of_author.rq.")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="Bind a declared parameter: name=value (repeatable).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv or json (SPARQL 1.1 JSON results).")] = "table",
    graph: Annotated[Path, typer.Option(help="The exported graph to query (built from seeds/ first if missing).")] = Path("out/graph.nt"),
    engine: Annotated[Engine, typer.Option(help="SPARQL engine: oxigraph (fast) or rdflib (reference).")] = Engine.OXIGRAPH,
    allow_update: Annotated[bool, typer.Option(help="Allow SPARQL updates (they change only the in-memory copy).")] = False,
) -> None:
    """Run a SPARQL query file over the graph and print the answer."""
    from kg import query as q

    if format not in ("table", "csv", "tsv", "json"):
        raise typer.BadParameter("choose table, csv, tsv or json", param_hint="--format")
    try:
        parsed = q.load_query(file, allow_update)
        if not graph.exists() and graph == Path("out/graph.nt"):
            from kg.build import build as run_build

            console.print("[dim]out/graph.nt is missing: building from seeds/ first[/]")
            run_build([Path("seeds")], graph.parent)
        def announce(index: Path) -> None:
            console.print(f"[dim]indexing {graph} for queries into {index} (once; later queries open it at once)[/]")

        store = q.open_graph(graph, engine, persistent=True, on_index=announce)
        result = q.run_query(store, parsed, _parse_params(param or []))
    except KgError as error:
        raise _fail(error) from None
    _print_result(result, format)


def _print_result(result, format: str) -> None:
    from kg import query as q

    if result.boolean is not None:
        stdout.print(q.to_json(result) if format == "json" else ("yes" if result.boolean else "no"))
    elif result.graph is not None:
        stdout.print(result.graph.serialize(format="turtle"), end="")
    elif format == "json":
        stdout.print(q.to_json(result), end="\n")
    elif format in ("csv", "tsv"):
        typer.echo(q.to_csv(result, "," if format == "csv" else "\t"), nl=False)
    else:
        table = Table(title=result.query.title, show_lines=False)
        for column in result.columns:
            table.add_column(column, overflow="fold")
        for row in result.rows:
            table.add_row(*(q.display(term) for term in row))
        stdout.print(table)
        stdout.print(f"{len(result.rows)} row(s)")


@app.command()
def authors(
    name: Annotated[str | None, typer.Argument(help="A name in any spelling ('Feng, Hao' or 'Hao Feng'); omit to list every name that was split or joined.")] = None,
    inputs: Annotated[list[Path] | None, typer.Option("--input", "-i", help="Input files or folders (default: seeds/).")] = None,
    decisions: Annotated[Path | None, typer.Option("--authors", help="Author decisions file (default: authors.toml beside the inputs).")] = None,
) -> None:
    """Show how author names were resolved into persons, with the evidence for every split and join."""
    from kg.authors import describe, review_rows
    from kg.build import resolve_inputs_authors

    try:
        resolution = resolve_inputs_authors(inputs or [Path("seeds")], decisions)
    except KgError as error:
        raise _fail(error) from None
    if name:
        stdout.print(describe(resolution, name), highlight=False)
        return
    table = Table(title="Persons whose name was split or joined from several spellings")
    for column in ("name", "label", "papers", "evidence"):
        table.add_column(column, overflow="fold")
    for row in review_rows(resolution):
        if row.label != row.name or "spelling" in row.evidence:
            table.add_row(row.name, row.label, str(len(row.papers.split())), row.evidence)
    stdout.print(table)


@app.command()
def validate(
    graph: Annotated[Path, typer.Argument(help="An exported graph (.nt, .ttl, .nq, .trig or .jsonld).")] = Path("out/graph.nt"),
    shapes: Annotated[Path | None, typer.Option(help="A SHACL shapes file in Turtle (default: kg's own shapes).")] = None,
) -> None:
    """Check the exported graph against kg's SHACL shapes (what every node must have)."""
    from kg.validate import validate as run_validate

    try:
        report = run_validate(graph, shapes)
    except KgError as error:
        raise _fail(error) from None
    stdout.print(report.text(), highlight=False)
    if not report.conforms:
        raise typer.Exit(1)


@app.command("eval-extract")
def eval_extract(
    gold: Annotated[list[Path] | None, typer.Argument(help="Labelled JSON Lines files (default: tests/data/extract_gold.jsonl and extract_gold_acl.jsonl).")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="Also list each false positive and false negative, with its paper's title.")] = False,
    against: Annotated[Path | None, typer.Option("--against", help="Instead of running the extractor, score each file's own labels against this labelling of the same papers (agreement between two labellers).")] = None,
    rules_only: Annotated[bool, typer.Option("--rules-only", help="Score the hand-written rules alone, without the learned decision that makes the final call per entity (docs/extraction.md, round 8).")] = False,
) -> None:
    """Score method and dataset extraction against labelled abstracts: precision, recall, F1 per kind.

    With --against, compare two labellings of one set instead: how far two readers agree
    is the ceiling an extractor can reach (docs/labelling.md). With --rules-only, see what
    the learned decision adds over the rules.
    """
    from kg.extract.evaluate import agreement, evaluate

    for path in gold or [Path("tests/data/extract_gold.jsonl"), Path("tests/data/extract_gold_acl.jsonl")]:
        for needed in (path, against):
            if needed is not None and not needed.exists():
                raise _fail(KgError(f"{needed}: no such labelled file"))
        try:
            report = agreement(against, path) if against else evaluate(path, learned=not rules_only)
        except ValueError as error:
            raise _fail(KgError(str(error))) from None
        stdout.print(f"[bold]{path}[/]")
        stdout.print(report.table(), highlight=False)
        if errors:
            stdout.print(report.errors(), highlight=False, markup=False)


if __name__ == "__main__":  # pragma: no cover
    app()
