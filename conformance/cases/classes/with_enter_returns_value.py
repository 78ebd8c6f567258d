# features: classes.context_manager, statements.with
# chapter: 5
# expect: ok
# description: `with Scope(...) as s:` binds the value returned by __enter__ (the object itself) and __exit__ restores state
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Scope:
    def __init__(self, depth: int):
        self.depth = depth
        self.saved = 0
        self.max_depth = depth

    def __enter__(self) -> "Scope":
        self.saved = self.depth
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        return self

    def __exit__(self, exc_type: Any, exc_value: Any, traceback: Any):
        self.depth = self.saved


def fn(n: int) -> Tuple[int, int, int]:
    scope = Scope(0)
    inner = 0
    with scope as s:
        inner = s.depth
        for i in range(n):
            s.depth += 1
    return inner, scope.depth, scope.max_depth


INPUTS = [(3,), (0,)]
