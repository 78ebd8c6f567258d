# features: classes.enum, classes.init
# chapter: 5
# expect: ok
# description: a class storing an Enum member as an attribute, switching behaviour on it and reporting its name
import torch
from typing import Any, Dict, List, Optional, Tuple, Union
from enum import Enum


class Mode(Enum):
    GREEDY = 0
    SAMPLE = 1
    BEAM = 2


class Decoder:
    def __init__(self, mode: Mode, beam: int):
        self.mode = mode
        self.beam = beam

    def width(self) -> int:
        if self.mode == Mode.BEAM:
            return self.beam
        return 1

    def describe(self) -> str:
        return self.mode.name.lower() + "/" + str(self.width())


def fn(beam: int) -> List[str]:
    out: List[str] = []
    for m in [Mode.GREEDY, Mode.BEAM, Mode.SAMPLE]:
        d = Decoder(m, beam)
        out.append(d.describe())
    return out


INPUTS = [(4,)]
