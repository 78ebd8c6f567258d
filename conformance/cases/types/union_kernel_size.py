# features: types.union, types.isinstance_refinement
# chapter: 4
# expect: ok
# description: a Union[int, List[int]] kernel size normalised to a pair by isinstance refinement
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(k: Union[int, List[int]]) -> List[int]:
    if isinstance(k, int):
        return [k, k]
    return k


INPUTS = [(3,), ([2, 5],)]
