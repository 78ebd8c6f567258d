# features: expr.tuple_literal, expr.list_literal, expr.subscript
# chapter: 5
# expect: ok
# description: build a tuple and a list, index them (including negative indices), return both
import torch
from typing import List, Optional, Tuple


def fn(a: int, b: int) -> Tuple[Tuple[int, int, int], List[int], int]:
    t = (a, b, a + b)
    xs = [a * 2, b * 2, t[2]]
    return t, xs, xs[-1] + t[0]


INPUTS = [(1, 2), (-3, 5)]
