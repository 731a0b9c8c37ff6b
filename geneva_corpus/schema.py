"""The JSON Schema of the parse output, derived from the data model.

The schema is built from the ``attrs`` classes of :mod:`geneva_corpus.model`, so it cannot
drift from what :meth:`Article.to_dict` writes; a copy ships in the package as
``geneva_corpus/data/article.schema.json`` (``geneva-corpus schema`` prints it) and a test
checks that the copy equals :func:`article_schema`.

>>> schema = article_schema()
>>> schema["title"], "quotes" in schema["properties"]
('geneva_corpus Article', True)
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import sys
import types
import typing
from typing import Any

import attrs

from . import model

__all__ = ["SCHEMA_VERSION", "article_schema", "schema_json"]

#: Version of the JSON contract; bumped on any incompatible change of the output.
SCHEMA_VERSION = "1.1"


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        inner = _type_schema(args[0], defs)
        return {"anyOf": [inner, {"type": "null"}]}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0], defs)}
    if isinstance(tp, type) and attrs.has(tp):
        _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"type": "string", "enum": [m.value for m in tp]}
    if tp is _dt.date:
        return {"type": "string", "format": "date"}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if tp in simple:
        return {"type": simple[tp]}
    raise TypeError(f"no JSON schema for {tp!r}")  # pragma: no cover - model is fixed


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    if cls.__name__ in defs:
        return dict(defs[cls.__name__])
    defs[cls.__name__] = {}  # placeholder against recursion
    hints = typing.get_type_hints(cls, vars(sys.modules[model.__name__]))
    props: dict[str, Any] = {}
    required: list[str] = []
    for f in attrs.fields(cls):
        props[f.name] = _type_schema(hints[f.name], defs)
        required.append(f.name)
    out = {
        "type": "object",
        "description": (cls.__doc__ or "").strip().split("\n\n")[0],
        "properties": props,
        "required": required,
        "additionalProperties": False,
    }
    defs[cls.__name__] = out
    return out



def article_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one ``parse`` output object."""
    defs: dict[str, Any] = {}
    root = _class_schema(model.Article, defs)
    del defs["Article"]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://geneva-corpus.invalid/schema/article-{SCHEMA_VERSION}.json",
        "title": "geneva_corpus Article",
        "x-schema-version": SCHEMA_VERSION,
        **{k: v for k, v in root.items()},
        "$defs": dict(sorted(defs.items())),
    }


def schema_json() -> str:
    """:func:`article_schema` as indented JSON text (what ships in the package)."""
    return json.dumps(article_schema(), indent=2, ensure_ascii=False) + "\n"
