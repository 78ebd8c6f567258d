# features: builtins.list, builtins.str.join, builtins.list.reverse
# chapter: 7
# expect: ok
# description: list(s) splits a string into characters, reversed in place and joined
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(s: str) -> Tuple[List[str], str]:
    cs = list(s)
    cs.reverse()
    return cs, "".join(cs)


INPUTS = [("abc",), ("",)]
