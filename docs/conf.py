"""Sphinx configuration for the geneva_corpus documentation.

The build works offline (no intersphinx, no theme download) and is run in CI as::

    sphinx-build -W --keep-going -b html docs docs/_build/html
    sphinx-build -W --keep-going -b doctest docs docs/_build/doctest

At configuration time this file writes a few reST fragments into ``docs/_generated/``
from the code itself, so the documentation cannot drift from the library:

* ``rules_table.rst`` -- every rule of ``DEFAULT_RULES``, the ``CONTEXT_RULES`` and the
  ``REASONS`` codes; ``rule_patterns.rst`` -- the regular expression of every rule;
* ``cli_help.rst`` -- the ``--help`` text of the ``geneva-corpus`` command and of each
  subcommand, taken from the real argument parser;
* ``api.rst`` -- autodoc directives for every name of ``geneva_corpus.__all__`` (grouped by
  ``API_GROUPS``) and for the modules in ``MODULES``; objects that a topic page already
  documents with autodoc are linked to that page instead of being described twice;
* ``toctree.rst`` -- the table of contents (``PAGES``): pages written by other parts of the
  project join it as soon as their file exists;
* ``changelog.rst`` -- an include of ``CHANGELOG.md`` when the file exists.

``docs/_generated/`` is excluded from the source files (it is only included) and can be
deleted at any time; it is rewritten on every build.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
GENERATED = DOCS / "_generated"

# Document the source tree next to this file, even when another copy is installed.
sys.path.insert(0, str(ROOT))

import geneva_corpus  # noqa: E402
from geneva_corpus import CONTEXT_RULES, DEFAULT_RULES, REASONS  # noqa: E402

# -- project information ---------------------------------------------------------------

project = "geneva_corpus"
author = "geneva_corpus developers"
copyright = "geneva_corpus developers"
release = geneva_corpus.__version__
version = ".".join(release.split(".")[:2])

# -- general configuration -------------------------------------------------------------

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]

# Docstrings are reST; napoleon (part of Sphinx) only reads the few Google-style
# "Attributes:" sections. They become ``:ivar:`` fields rather than attribute entries,
# which would duplicate the ``attrs`` fields autodoc already documents.
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True

# Offline by design: no intersphinx mapping, no remote images, no extra theme.
exclude_patterns = ["_build", "_generated", "Thumbs.db", ".DS_Store"]
templates_path: list[str] = []
root_doc = "index"
language = "en"
nitpicky = False
default_role = "code"
pygments_style = "sphinx"
smartquotes = False

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options: dict[str, object] = {}
autoclass_content = "class"
add_module_names = False
python_maximum_signature_line_length = 88  # longer signatures get one parameter a line

# ``sphinx-build -b doctest`` runs the examples of the pages, which are written in
# ``.. doctest::`` blocks and import what they use (so ``pytest --doctest-glob='*.rst' docs``
# runs them too). Plain ``>>>`` blocks -- the docstrings autodoc pulls into the API
# reference -- are not run here: pytest runs them with their module's globals
# (``--doctest-modules``), which a shared Sphinx namespace cannot reproduce.
doctest_test_doctest_blocks = ""


class _Elided:
    """Stands for a long default value in a signature: ``Lexicon(...)``, ``frozenset(...)``."""

    def __init__(self, value: object) -> None:
        # attrs writes NOTHING for a default made by a factory
        self.text = "..." if type(value).__name__ == "_Nothing" else f"{type(value).__name__}(...)"

    def __repr__(self) -> str:
        return self.text


def _short_defaults(
    app: object, what: str, name: str, obj: object, options: object,
    signature: str | None, return_annotation: str | None,
) -> tuple[str, str | None] | None:
    """Shorten long default values (a whole vocabulary table) in class and function signatures."""
    import inspect

    if signature is None or what not in ("class", "exception", "function"):
        return None
    try:
        sig = inspect.signature(obj)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    params = []
    changed = False
    for param in sig.parameters.values():
        default = param.default
        if default is not param.empty and (len(repr(default)) > 40 or repr(default) == "NOTHING"):
            param = param.replace(default=_Elided(param.default))
            changed = True
        params.append(param.replace(annotation=param.empty))
    if not changed:
        return None
    return str(sig.replace(parameters=params, return_annotation=sig.empty)), return_annotation


def setup(app: object) -> None:
    app.connect("autodoc-process-signature", _short_defaults)  # type: ignore[attr-defined]


# -- HTML output -----------------------------------------------------------------------

html_theme = "alabaster"
html_title = f"geneva_corpus {release}"
html_static_path: list[str] = []
html_theme_options = {
    "description": "Clean, structured, explainable data from plain-text news articles.",
    "fixed_sidebar": True,
    "page_width": "1160px",
    "sidebar_width": "230px",
    "show_relbars": True,
}
html_sidebars = {
    "**": ["about.html", "navigation.html", "relations.html", "searchbox.html"],
}
html_show_sourcelink = False

# -- generated pages -------------------------------------------------------------------


def _write(name: str, text: str) -> None:
    """Write ``_generated/name`` only when its content changed (keeps rebuilds incremental)."""
    GENERATED.mkdir(exist_ok=True)
    path = GENERATED / name
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def _esc(text: str) -> str:
    """Escape reST inline markup so arbitrary text shows as written in a table cell."""
    out = []
    for ch in text:
        if ch in "\\*`|_[]<>:":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def _list_table(title: str, header: list[str], rows: list[list[str]], widths: list[int]) -> str:
    lines = [
        f".. list-table:: {title}",
        "   :header-rows: 1",
        "   :width: 100%",
        f"   :widths: {' '.join(str(w) for w in widths)}",
        "",
    ]
    for row in [header, *rows]:
        first, *rest = row
        lines.append(f"   * - {first}" if first else "   * - \\ ")
        for cell in rest:
            lines.append(f"     - {cell}" if cell else "     - \\ ")
    lines.append("")
    return "\n".join(lines)


def _rules_table() -> str:
    out = [
        ".. This file is generated by docs/conf.py from geneva_corpus.rules and",
        "   geneva_corpus.cleaning; do not edit it.",
        "",
    ]
    rows = []
    for i, rule in enumerate(DEFAULT_RULES, start=1):
        rows.append([
            str(i),
            f"``{rule.name}``",
            f"``{rule.reason}``",
            rule.scope.value,
            "" if rule.max_words is None else str(rule.max_words),
            _esc(rule.description),
        ])
    out.append(_list_table(
        f"The {len(DEFAULT_RULES)} rules of ``DEFAULT_RULES``, in the order they are tried",
        ["#", "Rule", "Reason", "Scope", "Max words", "What it removes"],
        rows, [4, 22, 16, 10, 8, 40],
    ))
    rows = [
        [str(i), f"``{c.name}``", f"``{c.reason}``", _esc(c.description)]
        for i, c in enumerate(CONTEXT_RULES, start=1)
    ]
    out.append(_list_table(
        "The context rules (``CONTEXT_RULES``), in the order they run",
        ["#", "Context rule", "Reason", "What it does"],
        rows, [4, 22, 16, 58],
    ))
    used = {rule.reason for rule in DEFAULT_RULES} | {c.reason for c in CONTEXT_RULES}
    rows = [
        [f"``{code}``", _esc(text), "yes" if code in used else ""]
        for code, text in REASONS.items()
    ]
    out.append(_list_table(
        "Reason codes (``REASONS``)",
        ["Reason", "Meaning", "Used by a default rule"],
        rows, [20, 65, 15],
    ))
    return "\n".join(out)


def _rule_patterns() -> str:
    out = [
        ".. This file is generated by docs/conf.py from geneva_corpus.rules; do not edit it.",
        "",
    ]
    for rule in DEFAULT_RULES:
        case = "case-insensitive" if rule.ignore_case else "case-sensitive"
        out += [
            f"``{rule.name}`` (scope ``{rule.scope.value}``, {case})",
            "",
            "   .. code-block:: text",
            "",
            f"      {rule.pattern}",
            "",
        ]
    return "\n".join(out)


@contextlib.contextmanager
def _plain_terminal(columns: int = 88) -> Iterator[None]:
    """Fix the help width and turn colour off, whatever terminal runs the build."""
    saved = {k: os.environ.get(k) for k in ("COLUMNS", "NO_COLOR", "PYTHON_COLORS", "FORCE_COLOR")}
    os.environ.update({"COLUMNS": str(columns), "NO_COLOR": "1", "PYTHON_COLORS": "0"})
    os.environ.pop("FORCE_COLOR", None)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _cli_help() -> str:
    from geneva_corpus import cli

    with _plain_terminal():
        parser = cli._parser()
        sections = [("geneva-corpus", parser.format_help())]
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    sections.append((f"geneva-corpus {name}", sub.format_help()))
    out = [
        ".. This file is generated by docs/conf.py from geneva_corpus.cli._parser(); do not edit it.",
        "",
    ]
    for title, text in sections:
        label = "cli-" + title.replace(" ", "-")
        out += [
            f".. _{label}:",
            "",
            f"``{title}``",
            "~" * (len(title) + 4),
            "",
            ".. code-block:: text",
            "",
        ]
        out += [f"   {line}".rstrip() for line in text.rstrip().splitlines()]
        out.append("")
    return "\n".join(out)


def _changelog() -> str:
    if (ROOT / "CHANGELOG.md").exists():
        return (
            "The full history, as kept in ``CHANGELOG.md`` at the root of the repository:\n\n"
            ".. literalinclude:: /../CHANGELOG.md\n"
            "   :language: markdown\n"
        )
    return "The changelog (``CHANGELOG.md``) has not been written yet.\n"


#: The pages of the documentation, in reading order. Pages marked optional are written by
#: other parts of the project; they join the table of contents as soon as their file
#: exists, so a page that is not written yet never breaks ``sphinx-build -W``.
PAGES: list[tuple[str, bool]] = [
    ("quickstart", False),
    ("model", False),
    ("cleaning", False),
    ("extending", False),
    ("quotes", True),
    ("claims", True),
    ("cli", False),
    ("performance", True),
    ("scaling", True),
    ("api", False),
    ("changelog", False),
]
MISSING_PAGES = [name for name, optional in PAGES if optional and not (DOCS / f"{name}.rst").exists()]


def _toctree() -> str:
    lines = [
        ".. This file is generated by docs/conf.py (PAGES); do not edit it.",
        "",
        ".. toctree::",
        "   :maxdepth: 2",
        "   :caption: Contents",
        "",
    ]
    lines += [f"   {name}" for name, _ in PAGES if name not in MISSING_PAGES]
    return "\n".join(lines) + "\n"


#: The public names of ``geneva_corpus`` grouped by topic for the API reference. A name of
#: ``geneva_corpus.__all__`` missing here still gets documented, under "Other names".
API_GROUPS: list[tuple[str, list[str]]] = [
    ("Parsing", ["parse", "read_article", "explain", "Explanation"]),
    ("Articles", ["Article", "Paragraph", "ParagraphKind", "RemovedPiece", "LanguageSpan"]),
    ("Cleaner decisions", ["Decision", "Action"]),
    ("Quotes", ["Quote", "QuoteKind", "Cue", "Speaker", "SpeakerKind", "Resolution"]),
    ("Claims", ["Claim", "Quantity", "Duration", "TimeExpression", "EntityMention", "EntityKind"]),
    ("Cleaning rules", ["Cleaner", "CleanResult", "Rule", "Scope", "RuleRegistry", "DEFAULT_RULES",
                        "REASONS", "ContextRule", "CONTEXT_RULES"]),
    ("Reading and metadata", ["decode_bytes", "read_text", "detect_language", "find_date"]),
    ("Errors", ["GenevaCorpusError", "InputError", "BinaryInputError", "DecodingError",
                "InputTooLargeError", "RuleError", "SchemaError"]),
]

#: Modules documented in the API reference after the package's names. Those marked
#: optional are being written; they are documented once their file exists (and must then
#: import cleanly, or autodoc fails the build).
MODULES: list[tuple[str, bool]] = [
    ("model", False),
    ("rules", False),
    ("cleaning", False),
    ("pipeline", False),
    ("reading", False),
    ("metadata", False),
    ("schema", False),
    ("errors", False),
    ("cli", False),
    ("quotes", True),
    ("lexicon", True),
    ("claims", True),
    ("align", True),
    ("report", True),
    ("parallel", True),
]
MISSING_MODULES = [
    name for name, optional in MODULES
    if optional and not (ROOT / "geneva_corpus" / f"{name}.py").exists()
    and not (ROOT / "geneva_corpus" / name / "__init__.py").exists()
]


def _directive(obj: object, path: str) -> list[str]:
    """The autodoc directive lines for one object."""
    import inspect

    if inspect.isclass(obj):
        if issubclass(obj, BaseException):
            return [f".. autoexception:: {path}", "   :members:", "   :show-inheritance:", ""]
        return [f".. autoclass:: {path}", "   :members:", ""]
    if inspect.isroutine(obj):
        return [f".. autofunction:: {path}", ""]
    doc = _attr_doc(path)
    if doc is not None:
        # Re-exported data: autodoc would only find the doc comment (``#:``) in the module
        # that defines the name, and show the docstring of the value's type instead.
        return [f".. py:data:: {path.rsplit('.', 1)[1]}", "", *(f"   {line}".rstrip() for line in doc), ""]
    lines = [f".. autodata:: {path}"]
    if len(repr(obj)) > 60:
        lines.append("   :no-value:")
    return [*lines, ""]


def _attr_doc(path: str) -> list[str] | None:
    """The ``#:`` doc comment of a package-level data name, from the module defining it."""
    from sphinx.pycode import ModuleAnalyzer

    package, name = path.rsplit(".", 1)
    if package != "geneva_corpus":
        return None
    obj = getattr(geneva_corpus, name)
    for modname, _ in MODULES:
        module = sys.modules.get(f"geneva_corpus.{modname}")
        if module is None or getattr(module, name, None) is not obj:
            continue
        docs = ModuleAnalyzer.for_module(module.__name__).find_attr_docs()
        if ("", name) in docs:
            return [line for line in docs[("", name)] if line.strip()] + [
                "", f"Defined in :mod:`{module.__name__}`."]
    return None


def _see_also(paths: list[str], elsewhere: dict[str, str]) -> list[str]:
    """Lines pointing to the pages that document some of ``paths``."""
    pages: dict[str, list[str]] = {}
    for path in paths:
        if path in elsewhere:
            pages.setdefault(elsewhere[path], []).append(path)
    lines = []
    for page, names in pages.items():
        listed = ", ".join(f":py:obj:`~{path}`" for path in names)
        lines += [f"{listed}: see :doc:`{page}`.", ""]
    return lines


def _heading(title: str, char: str) -> list[str]:
    return [title, char * len(title), ""]


def _documented_elsewhere() -> dict[str, str]:
    """Objects that another page documents with autodoc, mapped to that page's name.

    The API reference links to those pages instead of describing the objects a second time
    (Sphinx warns about duplicate descriptions, which fails a ``-W`` build).
    """
    import re

    found: dict[str, str] = {}
    kinds = "module|class|exception|function|data|attribute|method"
    pattern = re.compile(rf"^\.\. auto(?:{kinds})::\s*(\S+)", re.M)
    for page in sorted(DOCS.glob("*.rst")):
        if page.stem == "api":
            continue
        for match in pattern.finditer(page.read_text(encoding="utf-8")):
            found.setdefault(match.group(1), page.stem)
    return found


def _api() -> str:
    import importlib

    elsewhere = _documented_elsewhere()

    public = [name for name in geneva_corpus.__all__ if not name.startswith("_")]
    grouped = {name for _, names in API_GROUPS for name in names}
    groups = [(title, [n for n in names if n in public]) for title, names in API_GROUPS]
    rest = [name for name in public if name not in grouped]
    if rest:
        groups.append(("Other names", rest))
    out = [".. This file is generated by docs/conf.py (API_GROUPS, MODULES); do not edit it.", ""]
    out += _heading("The package", "-")
    out += [".. automodule:: geneva_corpus", "", ".. currentmodule:: geneva_corpus", ""]
    exported = {id(getattr(geneva_corpus, name)) for name in public}
    for title, names in groups:
        if not names:
            continue
        out += _heading(title, "~")
        out += _see_also([f"geneva_corpus.{n}" for n in names], elsewhere)
        for name in names:
            if f"geneva_corpus.{name}" not in elsewhere:
                out += _directive(getattr(geneva_corpus, name), f"geneva_corpus.{name}")
    out += _heading("Modules", "-")
    out += [
        "The modules' own documentation, and what they define beyond the names above.",
        "",
    ]
    for name, _ in MODULES:
        if name in MISSING_MODULES:
            continue
        modname = f"geneva_corpus.{name}"
        module = importlib.import_module(modname)
        out += _heading(f"``{modname}``", "~")
        if modname in elsewhere:
            out += [f"Documented in :doc:`{elsewhere[modname]}`.", ""]
            continue
        out += [f".. automodule:: {modname}", ""]
        extra = [n for n in getattr(module, "__all__", []) if id(getattr(module, n)) not in exported]
        paths = [f"{modname}.{member}" for member in extra]
        out += _see_also(paths, elsewhere)
        for member, path in zip(extra, paths, strict=True):
            if path not in elsewhere:
                out += _directive(getattr(module, member), path)
    return "\n".join(out) + "\n"


if MISSING_PAGES:
    print(f"geneva_corpus docs: pages not written yet, left out of the toctree: {', '.join(MISSING_PAGES)}")
if MISSING_MODULES:
    print(f"geneva_corpus docs: modules not written yet, left out of the API: {', '.join(MISSING_MODULES)}")

_write("toctree.rst", _toctree())
_write("api.rst", _api())
_write("rules_table.rst", _rules_table())
_write("rule_patterns.rst", _rule_patterns())
_write("cli_help.rst", _cli_help())
_write("changelog.rst", _changelog())
