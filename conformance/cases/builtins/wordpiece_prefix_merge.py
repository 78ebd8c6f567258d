# features: builtins.str.startswith, builtins.str.slice
# chapter: 7
# expect: ok
# description: merges WordPiece pieces: a "##" prefix continues the previous word
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(pieces: List[str]) -> List[str]:
    words: List[str] = []
    for p in pieces:
        if p.startswith("##") and len(words) > 0:
            words[-1] = words[-1] + p[2:]
        else:
            words.append(p)
    return words


INPUTS = [(["un", "##believ", "##able", "story", "##s"],), (["##x"],), ([],)]
