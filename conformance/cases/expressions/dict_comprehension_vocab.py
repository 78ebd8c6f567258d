# features: expressions.dict_comprehension, builtins.enumerate
# chapter: 5
# expect: ok
# description: a dict comprehension mapping each token to its index, read back in order
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(tokens: List[str]) -> List[int]:
    index = {t: i for i, t in enumerate(tokens)}
    return [index[t] for t in tokens]


INPUTS = [(["a", "b", "a", "c"],), ([],)]
