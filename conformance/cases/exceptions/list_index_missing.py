# features: exceptions.runtime, builtins.list_methods
# chapter: 7
# expect: error
# phase: runtime
# description: list.index of an absent value raises
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[str], tok: str) -> int:
    return xs.index(tok)


INPUTS = [(["a", "b"], "b"), (["a", "b"], "c")]
