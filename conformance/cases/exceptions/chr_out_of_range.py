# features: exceptions.runtime, builtins.chr
# chapter: 7
# expect: error
# phase: runtime
# description: chr() of a negative code point raises
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(c: int) -> str:
    return chr(c)


INPUTS = [(65,), (-1,)]
