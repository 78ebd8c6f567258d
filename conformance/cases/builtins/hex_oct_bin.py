# features: builtins.hex, builtins.oct, builtins.bin
# chapter: 7
# expect: ok
# description: hex/oct/bin of ints, including negatives and zero
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> Tuple[str, str, str]:
    return hex(n), oct(n), bin(n)


INPUTS = [(255,), (0,), (-10,)]
