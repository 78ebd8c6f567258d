# features: types.list, types.optional, types.tuple, stmt.def.type_comment
# chapter: 3
# expect: ok
# description: container types (List, Optional, Tuple) written in a type comment
import torch
from typing import List, Optional, Tuple


def fn(sizes, extra):
    # type: (List[int], Optional[int]) -> Tuple[int, int]
    first = sizes[0]
    if extra is not None:
        first += extra
    return first, sizes[-1]


INPUTS = [([3, 4, 5], None), ([3, 4, 5], 10)]
