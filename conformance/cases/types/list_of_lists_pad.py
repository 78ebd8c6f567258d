# features: types.list, builtins.max, expressions.list_repeat
# chapter: 4
# expect: ok
# description: a List[List[int]] batch of token ids padded to the longest sequence
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(batch: List[List[int]], pad: int) -> List[List[int]]:
    longest = 0
    for seq in batch:
        longest = max(longest, len(seq))
    out: List[List[int]] = []
    for seq in batch:
        out.append(seq + [pad] * (longest - len(seq)))
    return out


INPUTS = [([[1, 2, 3], [4], []], 0), ([], 0)]
