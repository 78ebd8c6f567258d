# features: types.union, types.isinstance
# chapter: 5
# expect: ok
# description: a Union[float, Tuple[float, float]] scale factor normalised with isinstance into (sh, sw) for output-size arithmetic
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def output_size(h: int, w: int, scale: Union[float, Tuple[float, float]]) -> Tuple[int, int]:
    if isinstance(scale, float):
        sh = scale
        sw = scale
    else:
        sh, sw = scale
    return int(h * sh), int(w * sw)


def fn(h: int, w: int, s: float) -> List[Tuple[int, int]]:
    return [output_size(h, w, s), output_size(h, w, (s, 2.0 * s))]


INPUTS = [(7, 10, 1.5), (32, 32, 0.5)]
