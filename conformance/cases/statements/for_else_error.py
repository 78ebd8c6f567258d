# features: statements.for_list, errors.parse
# chapter: 5
# expect: error
# phase: parse
# description: for ... else is not supported by upstream
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int]) -> int:
    for x in xs:
        if x < 0:
            break
    else:
        return 1
    return 0


INPUTS = []
