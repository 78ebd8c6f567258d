# features: builtins.str.join, builtins.str, expr.listcomp
# chapter: 7
# expect: ok
# description: ",".join over str() of ints serializes a token id list
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(ids: List[int]) -> str:
    return "[" + ",".join([str(i) for i in ids]) + "]"


INPUTS = [([101, 7, -3],), ([],)]
