# features: types.list.nested, stmt.for.range
# chapter: 4
# expect: ok
# description: List[List[float]] matrix transposed with nested loops
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(m: List[List[float]]) -> List[List[float]]:
    if len(m) == 0:
        return m
    out: List[List[float]] = []
    for j in range(len(m[0])):
        row: List[float] = []
        for i in range(len(m)):
            row.append(m[i][j])
        out.append(row)
    return out


INPUTS = [([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]],), ([],)]
