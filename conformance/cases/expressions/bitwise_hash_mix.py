# features: expressions.bitwise, builtins.ord
# chapter: 5
# expect: ok
# description: a string hash mixing with *, ^ and & masks (as a tokenizer's bucket function)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(token: str, buckets: int) -> int:
    h = 5381
    for ch in token:
        h = ((h * 33) ^ ord(ch)) & 0xFFFFFFFF
    return h % buckets


INPUTS = [("hello", 1000), ("", 7), ("zz", 1 << 20)]
