# features: expressions.fstring, expressions.str_concat
# chapter: 5
# expect: ok
# description: f-strings with several interpolated ints, floats, bools and strings forming an evaluation log line per epoch
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(epochs: List[int], losses: List[float], tag: str) -> List[str]:
    lines: List[str] = []
    best = 1e9
    for e, l in zip(epochs, losses):
        improved = l < best
        if improved:
            best = l
        lines.append(f"[{tag}] epoch {e}/{len(epochs)} loss={l} best={best} improved={improved}")
    return lines


INPUTS = [([1, 2, 3], [0.5, 0.75, 0.25], "val")]
