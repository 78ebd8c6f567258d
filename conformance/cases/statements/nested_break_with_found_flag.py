# features: stmt.break, control_flow.nested
# chapter: 5
# expect: ok
# description: a found flag breaks out of two nested loops searching a grid
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(grid: List[List[int]], target: int) -> Tuple[int, int]:
    found = False
    r = -1
    c = -1
    for i in range(len(grid)):
        for j in range(len(grid[i])):
            if grid[i][j] == target:
                r = i
                c = j
                found = True
                break
        if found:
            break
    return r, c


INPUTS = [([[1, 2], [3, 4], [4, 5]], 4), ([[1]], 9)]
