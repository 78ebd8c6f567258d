# features: classes.methods, classes.magic_methods, control_flow.for
# chapter: 5
# expect: ok
# description: a Stack class (push/pop/peek/__len__) used to validate brackets in a list of tokens
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Stack:
    def __init__(self):
        self.items: List[str] = []

    def push(self, x: str):
        self.items.append(x)

    def pop(self) -> str:
        return self.items.pop()

    def peek(self) -> str:
        return self.items[-1]

    def __len__(self) -> int:
        return len(self.items)


def balanced(text: str) -> int:
    pairs: Dict[str, str] = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    depth = 0
    for ch in text:
        if ch in "([{":
            st.push(ch)
            depth = max(depth, len(st))
        elif ch in pairs:
            if len(st) == 0 or st.peek() != pairs[ch]:
                return -1
            st.pop()
    return depth if len(st) == 0 else -1


def fn(texts: List[str]) -> List[int]:
    return [balanced(t) for t in texts]


INPUTS = [(["f(a[1], {b: (c)})", "(]", "((", "plain"],)]
