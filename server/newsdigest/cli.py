"""The `newsdigest` command: a thin shell over the pipeline and the store."""

from __future__ import annotations

import datetime
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from . import __version__, config, store
from .models import Capture

# Each command imports what it needs in its body: `build` and `list` start without the extractor,
# the annotator and Flask.


def _open_store() -> Any:
    try:
        return store.connect(config.database_path(config.data_dir()))
    except (store.StoreError, OSError) as exc:
        raise click.ClickException(f"cannot open the store in {config.data_dir()}: {exc}") from exc


def _read_page(path: Path) -> str:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _progress(items: Iterable[Any], label: str, length: int | None = None) -> Iterator[Any]:
    """A progress bar on stderr for long runs at a terminal; silent in pipes."""
    length = len(items) if length is None else length  # type: ignore[arg-type]
    if length < 20 or not sys.stderr.isatty():
        yield from items
        return
    with click.progressbar(items, length=length, label=label, file=sys.stderr) as bar:
        yield from bar


def _reading_progress(items: Iterable[Any]) -> Iterator[Any]:
    return _progress(list(items), "reading articles")


def _jsonl_records() -> list[tuple[int, dict[str, Any] | None, str]]:
    records = []
    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
            records.append((number, record, ""))
        except ValueError as exc:
            records.append((number, None, f"line {number}: {exc}"))
    return records


def _emit(obj: dict[str, Any]) -> None:
    # ASCII escapes: U+2028 and friends would otherwise split a JSON line for readers using splitlines().
    sys.stdout.write(json.dumps(obj) + "\n")


@click.group()
@click.version_option(__version__, prog_name="newsdigest")
def main() -> None:
    """Clip news pages, find who said what, and publish an annotated digest.

    Data lives in ./data, or in the folder NEWSDIGEST_HOME names.
    """


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="A loopback address.")
@click.option("--port", default=config.DEFAULT_PORT, show_default=True, type=int)
@click.option("--threads", default=4, show_default=True, type=int)
def serve(host: str, port: int, threads: int) -> None:
    """Run the service (API and local preview) on loopback."""
    import waitress

    from .web import create_app

    if host not in ("127.0.0.1", "localhost", "::1"):
        raise click.BadParameter("newsdigest listens on loopback only (127.0.0.1, localhost or ::1)",
                                 param_hint="--host")
    app = create_app()
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"newsdigest {__version__} on http://{shown}:{port}/  (data: {app.config['DATA_DIR']})")
    click.echo("API token: newsdigest token")
    waitress.serve(app, host=host, port=port, threads=threads, ident="newsdigest",
                   max_request_body_size=app.config["MAX_CONTENT_LENGTH"])


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", required=True, help="The page's address.")
@click.option("--title", default="", help="The page's title, if the file lacks one.")
@click.option("--tag", "tags", multiple=True, help="A tag (repeatable).")
@click.option("--note", default="")
def clip(file: Path, url: str, title: str, tags: tuple[str, ...], note: str) -> None:
    """Ingest a saved page as the extension would: store, extract, annotate."""
    from . import pipeline

    capture = Capture(url=url, html=_read_page(file), title=title, tags=sorted(set(tags)), note=note)
    conn = _open_store()
    try:
        capture_id, article_id = pipeline.clip(conn, capture)
    except pipeline.ProcessingError as exc:
        raise click.ClickException(f"capture {exc.capture_id} stored, but not processed: {exc.message}") from exc
    stored = store.get_article(conn, article_id, with_captures=False)
    assert stored is not None
    counts = stored.annotations.counts()
    click.echo(f"article {article_id} (capture {capture_id}): {stored.article.title}")
    click.echo(f"  {counts['quotes']} quotes, {counts['named_sources']} named and "
               f"{counts['anonymous_sources']} anonymous sources, {counts['claims']} key claims")


@main.command("extract")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", default="", help="The page's address (for a FILE).")
@click.option("--jsonl", is_flag=True, help='Batch: {"id", "url", "html"} lines in, results out.')
def extract_command(file: Path | None, url: str, jsonl: bool) -> None:
    """Extract the article from a saved page (FILE), or from JSON lines on stdin."""
    from .extract import ExtractionError, extract

    if jsonl:
        for number, record, error in _progress(_jsonl_records(), "extracting"):
            _emit(_extract_record(number, record, error))
        return
    if file is None:
        raise click.UsageError("give a FILE, or --jsonl with JSON lines on stdin")
    try:
        article = extract(Capture(url=url or file.resolve().as_uri(), html=_read_page(file)))
    except ExtractionError as exc:
        raise click.ClickException(str(exc)) from exc
    _emit(article.to_dict())


def _extract_record(number: int, record: dict[str, Any] | None, error: str) -> dict[str, Any]:
    from .extract import ExtractionError, extract

    if record is None:
        return {"id": None, "error": error}
    out: dict[str, Any] = {"id": record.get("id")}
    try:
        article = extract(Capture(url=str(record.get("url") or ""), html=str(record.get("html") or "")))
    except ExtractionError as exc:
        meta = exc.metadata
        return {**out, "title": meta.title if meta else "", "byline": meta.byline if meta else "",
                "published": meta.published if meta else "", "text": "", "error": str(exc)}
    return {**out, **article.to_dict()}


@main.command("annotate")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--jsonl", is_flag=True, help='Batch: {"id", "text"} lines in, annotations out.')
def annotate_command(file: Path | None, jsonl: bool) -> None:
    """Find quotes, sources and claims in a text or HTML FILE, or in JSON lines on stdin."""
    from .annotate import annotate, annotate_text
    from .extract import ExtractionError, extract

    if jsonl:
        for number, record, error in _progress(_jsonl_records(), "annotating"):
            _emit(_annotate_record(number, record, error))
        return
    if file is None:
        raise click.UsageError("give a FILE, or --jsonl with JSON lines on stdin")
    content = _read_page(file)
    if file.suffix.lower() in (".html", ".htm"):
        try:
            article = extract(Capture(url=file.resolve().as_uri(), html=content))
        except ExtractionError as exc:
            raise click.ClickException(str(exc)) from exc
        _emit({"text": article.text, **annotate(article).to_dict()})
    else:
        _emit({"text": content, **annotate_text(content).to_dict()})


def _annotate_record(number: int, record: dict[str, Any] | None, error: str) -> dict[str, Any]:
    from .annotate import annotate_text

    if record is None:
        return {"id": None, "error": error}
    text = record.get("text")
    if not isinstance(text, str):
        return {"id": record.get("id"), "quotes": [], "sources": [], "claims": [],
                "error": f"line {number}: no text"}
    return {"id": record.get("id"), **annotate_text(text).to_dict()}


@main.command("list")
@click.option("--tag", default=None)
@click.option("--search", "query", default=None, help="Words to find in titles and text.")
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def list_command(tag: str | None, query: str | None, limit: int, as_json: bool) -> None:
    """The clipped articles, newest first."""
    from .web.serialize import article_summary

    items, total = store.list_articles(_open_store(), tag=tag, query=query, limit=limit)
    for s in items:
        if as_json:
            _emit(article_summary(s))
            continue
        c = s.annotations.counts()
        click.echo(f"{s.id:>5}  {s.updated_at[:10]}  {s.article.site_name[:20]:<20}  {c['quotes']:>3}q  "
                   f"{s.article.title[:70]}")
    if not as_json:
        click.echo(f"{len(items)} of {total} articles")


@main.command()
@click.argument("article_id", type=int)
@click.option("--format", "fmt", type=click.Choice(["json", "md"]), default="md", show_default=True)
def show(article_id: int, fmt: str) -> None:
    """One article with its annotations."""
    from .as_markdown import article_markdown
    from .web.serialize import article_full

    stored = store.get_article(_open_store(), article_id)
    if stored is None:
        raise click.ClickException(f"no article {article_id}")
    if fmt == "json":
        _emit(article_full(stored))
    else:
        click.echo(article_markdown(stored), nl=False)


@main.command()
@click.argument("article_id", type=int, required=False)
@click.option("--all", "everything", is_flag=True, help="Every article, and every failed capture.")
@click.option("--failed", is_flag=True, help="Only the captures whose processing failed.")
def reprocess(article_id: int | None, everything: bool, failed: bool) -> None:
    """Run the pipeline again from stored captures (after an upgrade, or to retry failures)."""
    from . import pipeline

    conn = _open_store()
    if article_id is not None:
        latest = store.latest_capture_id(conn, article_id)
        if latest is None:
            raise click.ClickException(f"no article {article_id}")
        ids = [latest]
    elif everything or failed:
        ids = store.capture_ids_to_reprocess(conn, failed_only=failed and not everything)
    else:
        raise click.UsageError("give an ARTICLE_ID, --all or --failed")
    done = errors = 0
    for outcome in _progress(pipeline.reprocess(conn, ids), "reprocessing", len(ids)):
        if outcome.error:
            errors += 1
            click.echo(f"capture {outcome.capture_id}: {outcome.error}", err=True)
        else:
            done += 1
    click.echo(f"reprocessed {done} capture(s), {errors} failed")
    if errors:
        sys.exit(1)


@main.command()
@click.option("--jsonl", is_flag=True, required=True, help="One JSON object per article (the only format).")
def export(jsonl: bool) -> None:
    """Every article with its text and annotations, as JSON lines on stdout."""
    from .web.serialize import article_full

    conn = _open_store()
    ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
    for article_id in _progress(ids, "exporting"):
        stored = store.get_article(conn, article_id)
        if stored is not None:
            _emit(article_full(stored))


def _date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


@main.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("build"), show_default=True)
@click.option("--since", help="First day (YYYY-MM-DD), inclusive.")
@click.option("--until", help="Last day (YYYY-MM-DD), inclusive.")
@click.option("--tag", help="Only articles with this tag.")
@click.option("--title", default="newsdigest", show_default=True, help="The digest's title.")
@click.option("--base-url", default="", help="Where the site will live (for the feed and OpenGraph).")
@click.option("--templates", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A folder of templates overriding any of site_templates/.")
def build(out: Path, since: str | None, until: str | None, tag: str | None, title: str, base_url: str,
          templates: Path | None) -> None:
    """Build the static digest: a site in OUT and a digest.md for newsletters."""
    from .publish import BuildError, BuildOptions, build_site

    options = BuildOptions(out=out, since=_date(since), until=_date(until), tag=tag, title=title,
                           base_url=base_url, templates=templates, cache=config.data_dir() / "digest-cache.bin")
    try:
        result = build_site(_open_store(), options, _reading_progress)
    except BuildError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"built {result.out}: {result.articles} articles, {result.pages} pages "
               f"({result.rendered} rendered, {result.reused} unchanged) in {result.seconds:.2f} s")


@main.command()
@click.option("--git", "repo", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A git repository (bare or not).")
@click.option("--branch", default="gh-pages", show_default=True)
@click.option("--out", type=click.Path(exists=True, file_okay=False, path_type=Path), default=Path("build"),
              show_default=True, help="The built site.")
@click.option("--message", default="Publish the digest", show_default=True)
def publish(repo: Path, branch: str, out: Path, message: str) -> None:
    """Commit the built site to a branch of a git repository (pushing it is yours to do)."""
    from .publish.git import PublishError, publish_git

    try:
        commit = publish_git(out, repo, branch, message)
    except PublishError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"committed {out} to {branch} in {repo}: {commit[:12]}" if commit else "nothing changed")


@main.command()
@click.option("--rotate", is_flag=True, help="Make a new token; the old one stops working.")
def token(rotate: bool) -> None:
    """Print the API token the extension pairs with."""
    home = config.data_dir()
    click.echo(config.rotate_token(home) if rotate else config.read_or_create_token(home))


if __name__ == "__main__":
    main()
