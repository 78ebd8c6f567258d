# features: expressions.slice, types.str
# chapter: 5
# expect: ok
# description: string slices: prefix, suffix, stepped and reversed (subword pieces)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(s: str) -> Tuple[str, str, str, str]:
    return s[:3], s[-2:], s[::2], s[::-1]


INPUTS = [("tokenizer",), ("ab",), ("",)]
