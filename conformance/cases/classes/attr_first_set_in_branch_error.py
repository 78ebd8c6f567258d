# features: classes.attributes, errors.type
# chapter: 5
# expect: error
# phase: type
# description: an attribute first assigned inside an `if` in __init__ is rejected (first assignment must be at top level)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Cache:
    def __init__(self, warm: bool):
        if warm:
            self.hits = 1

    def get(self) -> int:
        return self.hits


def fn(warm: bool) -> int:
    c = Cache(warm)
    return c.get()


INPUTS = []
