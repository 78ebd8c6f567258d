# features: types.optional, types.isinstance, types.refinement
# chapter: 4
# expect: ok
# description: isinstance(x, int) refines an Optional[int] max-length argument of a truncation helper
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(tokens: List[int], max_len: Optional[int]) -> List[int]:
    if isinstance(max_len, int):
        return tokens[:max_len]
    return tokens


INPUTS = [([5, 6, 7, 8], 2), ([5, 6, 7, 8], None), ([1], 0)]
