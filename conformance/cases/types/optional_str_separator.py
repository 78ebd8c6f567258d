# features: types.optional, types.str, builtins.str.split
# chapter: 4
# expect: ok
# description: an Optional[str] separator defaulting to None splits on whitespace, else on the separator
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(text: str, sep: Optional[str] = None) -> List[str]:
    if sep is None:
        return text.split()
    return text.split(sep)


INPUTS = [("a b  c", None), ("a,b,,c", ","), ("x", "x")]
