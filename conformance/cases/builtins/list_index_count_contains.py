# features: builtins.list.index, builtins.list.count
# chapter: 7
# expect: ok
# description: list.index and list.count locate the first separator token and count padding
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(ids: List[int], sep: int, pad: int) -> Tuple[int, int]:
    first = ids.index(sep) if sep in ids else -1
    return first, ids.count(pad)


INPUTS = [([5, 0, 3, 102, 0, 102], 102, 0), ([1, 2], 9, 1)]
