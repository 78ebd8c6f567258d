# features: statements.aug_assign, types.list
# chapter: 5
# expect: ok
# description: `+=` on a list extends it in place (accumulating beam hypotheses)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(beams: List[List[int]]) -> List[int]:
    flat: List[int] = []
    for b in beams:
        flat += b
    return flat


INPUTS = [([[1, 2], [3], []],), ([],)]
