# features: builtins.list_methods
# chapter: 7
# expect: ok
# description: insert/remove/index/count on a List[int] of token ids
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(ids: List[int], tok: int) -> Tuple[List[int], int, int]:
    ids.insert(0, tok)
    ids.insert(-1, tok)
    n = ids.count(tok)
    ids.remove(tok)
    return ids, ids.index(tok), n


INPUTS = [([5, 6, 7], 9), ([1], 1)]
