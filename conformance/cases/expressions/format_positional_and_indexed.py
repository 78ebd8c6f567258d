# features: expr.format
# chapter: 5
# expect: ok
# description: str.format with positional {} placeholders builds a shape description
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(b: int, c: int, h: int, w: int) -> str:
    return "shape=({}, {}, {}, {}) numel={}".format(b, c, h, w, b * c * h * w)


INPUTS = [(2, 3, 4, 5), (1, 1, 1, 1)]
