# features: statements.del, control_flow.while
# chapter: 5
# expect: ok
# description: `del ids[i]` walking backwards to strip padding and repeated separators from a token id list
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(ids: List[int], pad: int, sep: int) -> List[int]:
    i = len(ids) - 1
    while i >= 0:
        if ids[i] == pad:
            del ids[i]
        elif ids[i] == sep and i > 0 and ids[i - 1] == sep:
            del ids[i]
        i -= 1
    return ids


INPUTS = [([5, 0, 7, 2, 2, 2, 9, 0, 0], 0, 2), ([0, 0], 0, 2), ([], 0, 2)]
