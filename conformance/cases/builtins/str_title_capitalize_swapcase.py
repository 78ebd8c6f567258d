# features: builtins.str_methods
# chapter: 7
# expect: ok
# description: title, capitalize and swapcase of label names
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(s: str) -> Tuple[str, str, str]:
    return s.title(), s.capitalize(), s.swapcase()


INPUTS = [("hello world",), ("mIxEd CaSe",), ("",)]
