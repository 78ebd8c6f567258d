# features: statements.subscript_assign, statements.aug_assign
# chapter: 5
# expect: ok
# description: bucketing sequences by length into a Dict[int, List[int]] with d[k].append and d[k][0] += augmented subscripts
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(lengths: List[int], bucket_width: int) -> List[List[int]]:
    buckets: Dict[int, List[int]] = {}
    stats: List[List[int]] = [[0, 0] for _ in range(4)]
    for idx, n in enumerate(lengths):
        b = min(n // bucket_width, 3)
        if b not in buckets:
            buckets[b] = torch.jit.annotate(List[int], [])
        buckets[b].append(idx)
        stats[b][0] += 1
        stats[b][1] = max(stats[b][1], n)
    out: List[List[int]] = []
    for b in sorted(buckets.keys()):
        out.append([b] + buckets[b])
    return out + stats


INPUTS = [([3, 17, 8, 9, 40, 1], 8)]
