# features: expressions.list_add, expressions.list_repeat
# chapter: 5
# expect: ok
# description: building a padded, bos/eos-wrapped sequence with list + and list * int
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(ids: List[int], max_len: int) -> List[int]:
    seq = [0] + ids + [1]
    if len(seq) < max_len:
        seq = seq + [2] * (max_len - len(seq))
    return seq


INPUTS = [([5, 6], 6), ([5, 6, 7, 8, 9], 4)]
