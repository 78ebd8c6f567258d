# features: classes.composition, expressions.int_arith
# chapter: 5
# expect: ok
# description: a network spec holding a list of ConvSpec objects; each computes its output size and the spec folds them
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class ConvSpec:
    def __init__(self, kernel: int, stride: int, padding: int, dilation: int = 1):
        self.kernel = kernel
        self.stride = stride
        self.padding = padding
        self.dilation = dilation

    def out_size(self, size: int) -> int:
        eff = self.dilation * (self.kernel - 1) + 1
        return (size + 2 * self.padding - eff) // self.stride + 1


class NetSpec:
    def __init__(self):
        self.layers: List[ConvSpec] = []

    def add(self, kernel: int, stride: int, padding: int):
        self.layers.append(ConvSpec(kernel, stride, padding))

    def trace(self, size: int) -> List[int]:
        sizes = [size]
        for layer in self.layers:
            size = layer.out_size(size)
            sizes.append(size)
        return sizes


def fn(h: int) -> List[int]:
    net = NetSpec()
    net.add(7, 2, 3)
    net.add(3, 2, 1)
    net.add(3, 1, 1)
    net.layers.append(ConvSpec(3, 2, 2, dilation=2))
    return net.trace(h)


INPUTS = [(224,), (33,)]
