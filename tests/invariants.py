"""Invariants every parsed article must satisfy (shared by the test modules)."""

from __future__ import annotations

from geneva_corpus import Article


def check_offsets(art: Article) -> None:
    """Every span indexes the body and the input exactly; the body is its paragraphs."""
    for p in art.paragraphs:
        assert art.body[p.start:p.end] == p.text
        assert art.text[p.input_start:p.input_end] == p.text
    for r in art.removed:
        assert art.text[r.input_start:r.input_end] == r.text
    if art.title is not None:
        assert art.text[art.title_input_start:art.title_input_end] == art.title
    for q in art.quotes:
        assert art.body[q.start:q.end] == q.text
        assert art.text[q.input_start:q.input_end] == q.text
        if q.cue is not None:
            assert art.body[q.cue.start:q.cue.end] == q.cue.text
            assert art.text[q.cue.input_start:q.cue.input_end] == q.cue.text
        if q.speaker is not None:
            assert art.body[q.speaker.start:q.speaker.end] == q.speaker.mention
            assert art.text[q.speaker.input_start:q.speaker.input_end] == q.speaker.mention
    for c in art.claims:
        assert art.body[c.start:c.end] == c.text
        assert art.text[c.input_start:c.input_end] == c.text
        for part in (*c.quantities, *c.durations, *c.times, *c.entities):
            assert 0 <= part.start <= part.end <= len(art.body)
            assert art.body[part.start:part.end] == part.text
    for s in art.foreign_spans:
        assert art.text[s.input_start:s.input_end] == s.text
    # paragraphs are in order, do not overlap, and the body is exactly them joined
    assert "\n\n".join(p.text for p in art.paragraphs) == art.body
