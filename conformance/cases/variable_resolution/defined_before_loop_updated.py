# features: variable_resolution.loop_scope
# chapter: 5
# expect: ok
# description: a variable defined before a loop and updated inside it is loop-carried and visible after
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int]) -> int:
    last = -1
    for x in xs:
        last = x
    return last


INPUTS = [([3, 9, 4],), ([],)]
