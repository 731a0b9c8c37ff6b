"""Parsing many articles: streaming, with a process pool when asked.

:func:`parse_many` takes an iterable of inputs and yields one result per input, as soon as
it is ready, without reading the whole corpus into memory:

* a ``str`` or :class:`os.PathLike` is a **path**: the file is read and decoded by
  :func:`~geneva_corpus.read_article` (in the worker process, so the main process never holds
  more than the results in flight);
* a ``(name, text)`` tuple is an article's **text** given directly; ``name`` (a ``str`` or
  ``None``) becomes :attr:`Article.source_path <geneva_corpus.Article.source_path>` and names
  the input in failures.

Each result is an :class:`~geneva_corpus.Article`, or a :class:`ParseFailure` when the input
could not be processed. **Per-input problems never raise**: every
:class:`~geneva_corpus.GenevaCorpusError` (binary file, undecodable bytes, file missing or
too large...) becomes a :class:`ParseFailure` naming the input and the reason, and the run
goes on.

**Programming errors are not swallowed silently.** Any other exception (a bug: an
``IndexError`` in a module, a ``TypeError`` from a custom ``quote_finder``) is re-raised in
the caller by default, with the input's name in the message, and the stream stops. Pass
``catch_unexpected=True`` to record such errors as failures instead (with
``unexpected=True`` and the formatted traceback), e.g. for a long unattended run whose
failures are reviewed afterwards. ``MemoryError`` and ``KeyboardInterrupt`` always
propagate, as does :class:`concurrent.futures.process.BrokenProcessPool` when a worker
process dies (killed by the out-of-memory killer, a crash in C code).

Memory stays bounded: at most ``window`` chunks of ``chunksize`` inputs are submitted to the
pool at any time; the next chunk is submitted only when a finished one has been consumed.
With ``workers=1`` everything runs lazily in the calling process, one input at a time.

>>> results = list(parse_many([("a", "Vell votes\\n\\nThe council met on Monday."),
...                            "/no/such/file.txt"]))
>>> results[0].body, results[0].source_path
('The council met on Monday.', 'a')
>>> results[1].describe()
'/no/such/file.txt: InputError: no such file'
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import multiprocessing
import os
import traceback
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeAlias

import attrs

from .errors import GenevaCorpusError, InputError
from .model import Article
from .pipeline import parse, read_article

__all__ = ["Input", "ParseFailure", "UnexpectedParseError", "parse_many"]

Input: TypeAlias = "str | os.PathLike[str] | tuple[str | None, str]"
"""One input of :func:`parse_many`: a path, or a ``(name, text)`` pair."""


@attrs.frozen
class ParseFailure:
    """An input that could not be parsed: which one, and why.

    >>> ParseFailure("a.txt", "BinaryInputError", "a.txt: binary data", index=3).describe()
    'a.txt: BinaryInputError: a.txt: binary data'
    """

    source: str
    """The path, the name given with the text, or ``<input N>`` for an unnamed text."""
    error_type: str
    """The exception's class name, e.g. ``BinaryInputError`` or ``DecodingError``."""
    message: str
    """The exception's message."""
    index: int = -1
    """Position of the input in the iterable given to :func:`parse_many` (0-based)."""
    unexpected: bool = False
    """``True`` for an error that is not a :class:`~geneva_corpus.GenevaCorpusError` (a bug),
    recorded only with ``catch_unexpected=True``."""
    traceback: str | None = None
    """The formatted traceback of an unexpected error, else ``None``."""

    def describe(self) -> str:
        """One line for a log or the command line: ``source: ErrorType: message``."""
        return f"{self.source}: {self.error_type}: {self.message}"


Result: TypeAlias = "Article | ParseFailure"


class UnexpectedParseError(RuntimeError):
    """Raised by :func:`parse_many` for an unexpected (non-library) error in one input.

    The original exception is chained as ``__cause__`` when it could be transported from the
    worker; ``failure`` holds the input's name, the error type and the traceback.
    """

    def __init__(self, failure: ParseFailure) -> None:
        super().__init__(f"unexpected error while parsing {failure.describe()}\n"
                         f"{failure.traceback or ''}".rstrip())
        self.failure = failure

    def __reduce__(self) -> tuple[type[UnexpectedParseError], tuple[ParseFailure]]:
        return (UnexpectedParseError, (self.failure,))


def _source_name(item: Any, index: int) -> str:
    if isinstance(item, tuple) and len(item) == 2:
        name = item[0]
        return str(name) if name is not None else f"<input {index}>"
    if isinstance(item, str | os.PathLike):
        return str(os.fspath(item))
    return f"<input {index}>"


def _parse_one(index: int, item: Any, options: dict[str, Any], catch_unexpected: bool) -> Result:
    source = _source_name(item, index)
    try:
        if isinstance(item, tuple) and len(item) == 2:
            name, text = item
            if not isinstance(text, str):
                raise InputError(f"text must be str, not {type(text).__name__}",
                                 None if name is None else str(name))
            parse_options = {k: v for k, v in options.items() if k != "max_bytes"}
            return parse(text, source_path=None if name is None else str(name), **parse_options)
        if isinstance(item, str | os.PathLike):
            return read_article(item, **options)
        raise InputError(f"expected a path or a (name, text) pair, got {type(item).__name__}")
    except GenevaCorpusError as exc:
        return ParseFailure(source, type(exc).__name__, getattr(exc, "reason", None) or str(exc),
                            index)
    except (MemoryError, KeyboardInterrupt):
        raise
    except Exception as exc:
        failure = ParseFailure(source, type(exc).__name__, str(exc), index, unexpected=True,
                               traceback=traceback.format_exc())
        if catch_unexpected:
            return failure
        raise UnexpectedParseError(failure) from exc


def _parse_chunk(chunk: Sequence[tuple[int, Any]], options: dict[str, Any],
                 catch_unexpected: bool) -> list[Result]:
    """Worker entry point: parse a chunk of ``(index, item)`` pairs."""
    return [_parse_one(i, item, options, catch_unexpected) for i, item in chunk]


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[tuple[int, Any]]]:
    chunk: list[tuple[int, Any]] = []
    for pair in enumerate(items):
        chunk.append(pair)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def parse_many(
    items: Iterable[Input],
    *,
    workers: int = 1,
    ordered: bool = True,
    chunksize: int = 8,
    window: int | None = None,
    catch_unexpected: bool = False,
    mp_context: str | None = None,
    **options: Any,
) -> Iterator[Article | ParseFailure]:
    """Parse every input, yielding an :class:`Article` or a :class:`ParseFailure` for each.

    ``items``: paths (``str`` / :class:`os.PathLike`) or ``(name, text)`` pairs, any iterable
    (a generator is consumed lazily). ``workers``: 1 parses in this process; more uses a pool
    of that many processes. ``ordered``: yield in input order (default), or as results
    finish (faster when input sizes vary; use :attr:`ParseFailure.index` /
    :attr:`Article.source_path` to match results to inputs). ``chunksize``: inputs sent to a
    worker at once. ``window``: chunks in flight at most (default ``4 * workers``), which
    bounds memory. ``mp_context``: a :mod:`multiprocessing` start method (``"fork"``,
    ``"spawn"``, ``"forkserver"``); the default is the platform's. ``options`` go to
    :func:`~geneva_corpus.read_article` / :func:`~geneva_corpus.parse` (``cleaner``,
    ``quote_finder``, ``claim_finder``, and ``max_bytes`` for paths); with ``workers > 1``
    they must be picklable (module-level functions, not lambdas).

    See the module docs for how errors are reported.
    """
    if workers < 1:
        raise ValueError(f"workers must be >= 1, got {workers}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be >= 1, got {chunksize}")
    if window is not None and window < 1:
        raise ValueError(f"window must be >= 1, got {window}")
    allowed = {"cleaner", "quote_finder", "claim_finder", "max_bytes"}
    unknown = sorted(set(options) - allowed)
    if unknown:
        raise TypeError(f"parse_many() got unexpected option(s): {', '.join(unknown)}")
    if workers == 1:
        return _serial(items, options, catch_unexpected)
    return _pooled(items, options, catch_unexpected, workers, ordered, chunksize,
                   window or 4 * workers, mp_context)


def _serial(items: Iterable[Any], options: dict[str, Any],
            catch_unexpected: bool) -> Iterator[Result]:
    for index, item in enumerate(items):
        yield _parse_one(index, item, options, catch_unexpected)


def _pooled(items: Iterable[Any], options: dict[str, Any], catch_unexpected: bool,
            workers: int, ordered: bool, chunksize: int, window: int,
            mp_context: str | None) -> Iterator[Result]:
    context = multiprocessing.get_context(mp_context)
    chunks = _chunks(items, chunksize)
    pool = cf.ProcessPoolExecutor(max_workers=workers, mp_context=context)
    # in input order (used when ordered) and as a set (used when not)
    queue: collections.deque[cf.Future[list[Result]]] = collections.deque()
    running: set[cf.Future[list[Result]]] = set()

    def submit() -> None:
        chunk = next(chunks, None)
        if chunk is not None:
            future = pool.submit(_parse_chunk, chunk, options, catch_unexpected)
            queue.append(future)
            running.add(future)

    try:
        for _ in range(window):
            submit()
        while running:
            if ordered:
                done = [queue.popleft()]
            else:
                finished, _ = cf.wait(running, return_when=cf.FIRST_COMPLETED)
                done = [f for f in queue if f in finished]  # oldest first
                for f in done:
                    queue.remove(f)
            for future in done:
                running.discard(future)
                results = future.result()  # re-raises UnexpectedParseError
                submit()  # keep the window full before handing results out
                yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
