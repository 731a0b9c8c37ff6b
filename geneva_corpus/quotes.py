"""Quotation extraction and speaker attribution (placeholder until issue 3 lands)."""

from __future__ import annotations

from .model import Article, Quote

__all__ = ["extract_quotes"]


def extract_quotes(article: Article) -> tuple[Quote, ...]:
    """Find the quotations in ``article.body`` (not implemented yet: returns none)."""
    return ()
