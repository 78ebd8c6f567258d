# features: variable_resolution.functions, calls.helper
# chapter: 5
# expect: ok
# description: the scriptable way to share a constant: a helper function returning it (vocab size) called from another helper
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def vocab_size() -> int:
    return 50


def clamp_id(t: int) -> int:
    v = vocab_size()
    return t if t < v else v - 1


def fn(ids: List[int]) -> List[int]:
    return [clamp_id(t) for t in ids]


INPUTS = [([1, 49, 50, 1000],)]
