# Runtime errors carry one traceback frame per TorchScript call, named after the function,
# as upstream's interpreter prints them.
# Run: PYTHONPATH=build/python /usr/bin/python3 -m pytest python/tests/test_tracebacks.py
from typing import List

import pytest

import minijit

torch = pytest.importorskip("torch")


def inner(xs: List[int], i: int) -> int:
    return xs[i]


def outer(xs: List[int]) -> int:
    return inner(xs, 5) + 1


def raises_inside(x: int) -> int:
    if x > 2:
        raise ValueError("too big: " + str(x))
    return x


def calls_raiser(x: int) -> int:
    return raises_inside(x) * 2


def test_traceback_matches_upstream():
    with pytest.raises(Exception) as theirs:
        torch.jit.script(outer)([1, 2])
    with pytest.raises(RuntimeError) as mine:
        minijit.script(outer)([1, 2])
    assert str(mine.value).strip() == str(theirs.value).strip()


def test_raise_in_a_callee_shows_both_frames():
    # Upstream 1.13 prints a raise in a called function as one frame, named after the
    # caller but showing the callee's line; minijit shows the call and the raise.
    with pytest.raises(RuntimeError) as mine:
        minijit.script(calls_raiser)(5)
    text = str(mine.value)
    assert "line 28, in calls_raiser\n" in text and "line 23, in raises_inside\n" in text
    assert text.strip().endswith("builtins.ValueError: too big: 5")


class Holder:
    def __init__(self):
        self.xs: List[int] = [1]

    def get(self, i: int) -> int:
        return self.xs[i]


def through_method(i: int) -> int:
    return Holder().get(i)


def test_method_frames_are_named_and_underlined():
    with pytest.raises(RuntimeError) as mine:
        minijit.script(through_method)(5)
    text = str(mine.value)
    assert ", in through_method\n" in text and ", in get\n" in text
    assert "return Holder().get(i)\n           ~~~~~~~~~~~~ <--- HERE" in text
    assert text.strip().endswith("RuntimeError: list index out of range")
