# features: statements.break, control_flow.nested_loops
# chapter: 5
# expect: ok
# description: break leaves only the inner loop (count pairs until the first too-large sum per row)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(rows: List[List[int]], limit: int) -> int:
    count = 0
    for row in rows:
        s = 0
        for v in row:
            s += v
            if s > limit:
                break
            count += 1
    return count


INPUTS = [([[1, 2, 3], [5, 1], []], 4)]
