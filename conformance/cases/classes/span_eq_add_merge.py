# features: classes.magic_methods
# chapter: 5
# expect: ok
# description: character spans with __eq__ (dedup) and __add__ (merge covering span), merged when they overlap
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Span:
    def __init__(self, start: int, end: int):
        self.start = start
        self.end = end

    def __eq__(self, other: "Span") -> bool:
        return self.start == other.start and self.end == other.end

    def __add__(self, other: "Span") -> "Span":
        return Span(min(self.start, other.start), max(self.end, other.end))

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


def fn(starts: List[int], ends: List[int]) -> List[Tuple[int, int]]:
    spans: List[Span] = []
    for s, e in zip(starts, ends):
        cand = Span(s, e)
        dup = False
        for t in spans:
            if t == cand:
                dup = True
        if dup:
            continue
        merged = False
        for i in range(len(spans)):
            if spans[i].overlaps(cand):
                spans[i] = spans[i] + cand
                merged = True
                break
        if not merged:
            spans.append(cand)
    return [(sp.start, sp.end) for sp in spans]


INPUTS = [([0, 3, 0, 10, 12], [4, 6, 4, 11, 15]), ([], [])]
