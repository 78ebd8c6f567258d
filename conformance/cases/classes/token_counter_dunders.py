# features: classes.magic_methods, classes.composition
# chapter: 5
# expect: ok
# description: a token Counter with __getitem__ (0 for missing), __contains__, __len__ and most_common() sorting Entry objects
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Entry:
    def __init__(self, tok: str, count: int):
        self.tok = tok
        self.count = count

    def __lt__(self, other: "Entry") -> bool:
        if self.count != other.count:
            return self.count > other.count
        return self.tok < other.tok


class Counter:
    def __init__(self, toks: List[str]):
        self.counts: Dict[str, int] = {}
        for t in toks:
            self.counts[t] = self.counts.get(t, 0) + 1

    def __getitem__(self, tok: str) -> int:
        return self.counts.get(tok, 0)

    def __contains__(self, tok: str) -> bool:
        return tok in self.counts

    def __len__(self) -> int:
        return len(self.counts)

    def most_common(self, n: int) -> List[Entry]:
        entries = [Entry(k, v) for k, v in self.counts.items()]
        entries.sort()
        return entries[:n]


def fn(text: str, probe: str) -> Tuple[int, int, bool, List[str]]:
    c = Counter(text.split())
    return len(c), c[probe], probe in c, [e.tok + ":" + str(e.count) for e in c.most_common(3)]


INPUTS = [("a b a c b a d", "b"), ("x", "y")]
