# features: builtins.str_methods
# chapter: 7
# expect: ok
# description: whitespace tokenization with split() and re-joining with a separator
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(text: str) -> Tuple[List[str], str]:
    words = text.split()
    return words, "_".join(words)


INPUTS = [("  the quick  brown fox ",), ("",)]
