"""Lookups in sorted, disjoint lists of spans, in logarithmic time: a long page must not make the
annotators quadratic."""

from __future__ import annotations

import bisect

from ..models import Span


def index_containing(spans: list[Span], offset: int) -> int | None:
    """The index of the span that contains offset, if any."""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return i if i >= 0 and spans[i][0] <= offset < spans[i][1] else None


def overlaps_any(spans: list[Span], start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (start,))
    return (i > 0 and spans[i - 1][1] > start) or (i < len(spans) and spans[i][0] < end)


def first_starting_at_or_after(spans: list[Span], offset: int) -> int | None:
    i = bisect.bisect_left(spans, (offset,))
    return i if i < len(spans) else None
