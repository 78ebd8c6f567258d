# features: types.type_comment, errors.parse
# chapter: 4
# expect: error
# phase: parse
# description: upstream 1.13 rejects a `# type:` comment on a local assignment (it only reads signature type comments)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(text: str) -> List[int]:
    base = ord("a")
    ids = []  # type: List[int]
    for ch in text:
        ids.append(ord(ch) - base)
    return ids


INPUTS = []
