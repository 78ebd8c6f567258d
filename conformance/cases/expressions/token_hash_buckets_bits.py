# features: expressions.bitwise, expressions.shifts
# chapter: 5
# expect: ok
# description: hashing token ids into buckets with xor/shift mixing, masks for power-of-two tables and bit-packed flags
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def mix(x: int) -> int:
    x = ((x >> 16) ^ x) * 73244475
    x = x & 0xFFFFFFFF
    x = ((x >> 16) ^ x) * 73244475
    x = x & 0xFFFFFFFF
    return (x >> 16) ^ x


def fn(ids: List[int], log2_buckets: int) -> Tuple[List[int], int, int]:
    mask = (1 << log2_buckets) - 1
    buckets = [mix(i) & mask for i in ids]
    flags = 0
    for b in buckets:
        flags |= 1 << b
    popcount = 0
    f = flags
    while f != 0:
        f &= f - 1
        popcount += 1
    return buckets, flags, popcount


INPUTS = [([1, 2, 3, 1000, 65537], 3)]
