# features: types.union, types.optional, types.refinement
# chapter: 4
# expect: ok
# description: Union[int, None] behaves as Optional[int] and is refined by `is None`
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(max_len: Union[int, None], n: int) -> int:
    if max_len is None:
        return n
    return n if n < max_len else max_len


INPUTS = [(None, 5), (3, 5), (8, 5)]
