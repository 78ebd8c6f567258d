# features: control_flow.while, stmt.return.early
# chapter: 5
# expect: ok
# description: a while loop scans for the first token after a marker and returns from inside the loop
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(ids: List[int], marker: int) -> int:
    i = 0
    while i < len(ids):
        if ids[i] == marker and i + 1 < len(ids):
            return ids[i + 1]
        i += 1
    return -1


INPUTS = [([5, 9, 2, 7], 9), ([5, 9], 9), ([], 1)]
