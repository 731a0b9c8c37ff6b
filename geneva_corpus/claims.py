"""Claim extraction (placeholder until issue 4 lands)."""

from __future__ import annotations

from .model import Article, Claim

__all__ = ["extract_claims"]


def extract_claims(article: Article) -> tuple[Claim, ...]:
    """Find the checkable statements of ``article`` (not implemented yet: returns none)."""
    return ()
