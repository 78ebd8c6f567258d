# features: builtins.list_methods
# chapter: 7
# expect: ok
# description: a list used as a stack (append/pop) for bracket matching
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(s: str) -> bool:
    stack: List[str] = []
    for ch in s:
        if ch == "(" or ch == "[":
            stack.append(ch)
        elif ch == ")" or ch == "]":
            if len(stack) == 0:
                return False
            top = stack.pop()
            if (ch == ")") != (top == "("):
                return False
    return len(stack) == 0


INPUTS = [("([])",), ("(]",), ("((",), ("",)]
