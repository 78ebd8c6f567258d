# features: statements.with, statements.return, statements.while
# chapter: 5
# expect: ok
# description: an early return from a while loop inside a `with` block: the search stops at the first step past half of the budget
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(budget: int) -> int:
    step = 0
    with torch.no_grad():
        while step < budget:
            if step * 2 > budget:
                return step
            step += 1
    return -1


INPUTS = [(5,), (0,), (1,)]
