# Tests of NamedTuple classes in scripted functions: construction (positional and keyword),
# field access by name and by index, NamedTuple parameters and returns, and the graph text,
# compared with upstream torch.jit when torch is installed.
# Run: PYTHONPATH=build/python /usr/bin/python3 -m pytest python/tests/test_named_tuples.py
from typing import List, NamedTuple

import minijit

try:
    import torch

    HAVE_TORCH = True
except ImportError:
    HAVE_TORCH = False


class Pair(NamedTuple):
    first: int
    second: List[float]


class Scored(NamedTuple):
    label: str
    score: float = 0.5


def with_default(label: str) -> float:
    return Scored(label).score + Scored(label, 2.0)[1]


def make_pair(n: int) -> Pair:
    return Pair(n, second=[1.5, 2.5])


def read_fields(n: int) -> float:
    p = Pair(n, [0.5])
    return p.first + p[1][0] + p.second[0]


def take_pair(p: Pair) -> int:
    return p.first * 2


def test_construct_and_return():
    result = minijit.script(make_pair)(3)
    assert tuple(result) == (3, [1.5, 2.5])
    assert isinstance(result, Pair) and result.first == 3  # as upstream's


def test_field_access_by_name_and_index():
    assert minijit.script(read_fields)(2) == 3.0


def test_field_default():
    assert minijit.script(with_default)("a") == 2.5


def test_named_tuple_parameter():
    assert minijit.script(take_pair)(Pair(4, [])) == 8


def test_graph_prints_fields():
    graph = str(minijit.script(make_pair).graph)
    assert "NamedTuple(first : int, second : float[]) = prim::TupleConstruct" in graph
    if HAVE_TORCH:
        for fn in (make_pair, read_fields, take_pair, with_default):
            assert str(minijit.script(fn).graph) == str(torch.jit.script(fn).graph)
