# features: classes.methods, calls.default_args, calls.keyword_args
# chapter: 5
# expect: ok
# description: a tokenizer class whose method takes default and keyword arguments
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Tokenizer:
    def __init__(self, lower: bool):
        self.lower = lower

    def encode(self, text: str, max_len: int = 4, add_bos: bool = False) -> List[str]:
        if self.lower:
            text = text.lower()
        toks = text.split()
        if add_bos:
            toks.insert(0, "<s>")
        return toks[:max_len]


def fn(text: str) -> Tuple[List[str], List[str]]:
    t = Tokenizer(True)
    return t.encode(text), t.encode(text, add_bos=True, max_len=2)


INPUTS = [("The Quick Brown Fox Jumps",)]
