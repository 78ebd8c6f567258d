# features: builtins.dict.setdefault, builtins.dict.pop, builtins.dict.update
# chapter: 7
# expect: ok
# description: setdefault, pop with a default, and update merging two configuration dicts
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(a: int, b: int) -> List[int]:
    cfg: Dict[str, int] = {"hidden": a}
    x = cfg.setdefault("layers", 2)
    y = cfg.setdefault("hidden", 0)
    cfg.update({"heads": b, "layers": 6})
    z = cfg.pop("missing", -1)
    w = cfg.pop("heads")
    return [x, y, z, w, len(cfg), cfg["layers"]]


INPUTS = [(128, 4), (0, 1)]
