# features: classes.context_manager, statements.with
# chapter: 5
# expect: ok
# description: a class with __enter__/__exit__ used in a `with` statement inside a loop, counting entries and exits
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Section:
    def __init__(self, name: str):
        self.name = name
        self.entered = 0
        self.exited = 0
        self.log: List[str] = []

    def __enter__(self):
        self.entered += 1
        self.log.append("enter " + self.name)

    def __exit__(self, exc_type: Any, exc_value: Any, traceback: Any):
        self.exited += 1
        self.log.append("exit " + self.name)


def fn(xs: List[int]) -> Tuple[int, int, int, List[str]]:
    sec = Section("step")
    total = 0
    for x in xs:
        with sec:
            total += x * x
    return total, sec.entered, sec.exited, sec.log


INPUTS = [([1, 2, 3],), ([],)]
