# features: types.list, types.default_empty_list, errors.type
# chapter: 4
# expect: error
# phase: type
# description: appending an int to an unannotated empty list (List[Tensor]) is rejected
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> int:
    ids = []
    ids.append(n)
    return len(ids)


INPUTS = []
