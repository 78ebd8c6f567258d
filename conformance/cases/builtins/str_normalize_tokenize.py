# features: builtins.str.lower, builtins.str.replace, builtins.str.split
# chapter: 7
# expect: ok
# description: a basic tokenizer: lower-case, pad punctuation with spaces via replace, split on whitespace
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(text: str) -> List[str]:
    t = text.lower()
    for p in [",", ".", "!", "?"]:
        t = t.replace(p, " " + p + " ")
    return t.split()


INPUTS = [("Hello, World! How are you?",), ("",), ("a.b",)]
