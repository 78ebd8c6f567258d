# Conformance adapter for minijit: imports the package built at <repo>/build/python
# (cmake -S . -B build && cmake --build build), or at <repo>/$MINIJIT_BUILD_DIR/python when
# that variable names another build folder (relative to the repo, or absolute), compiles
# with minijit.script(module.fn), calls with numpy arrays and turns minijit tensors back
# into numpy with numpy.asarray.
# See conformance/README.md for the adapter protocol.

import os
import sys
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[2]
BUILD_DIR = REPO_ROOT / os.environ.get("MINIJIT_BUILD_DIR", "build")
sys.path.insert(0, str(BUILD_DIR / "python"))

try:
    import minijit
except ImportError as error:
    raise ImportError(f"minijit is not built in {BUILD_DIR} ({error}); build it with "
                      f"`cmake -S . -B {BUILD_DIR.name} -DPython_EXECUTABLE=/usr/bin/python3 && "
                      f"cmake --build {BUILD_DIR.name}`") from error


class CompileError(Exception):
    """minijit rejected the program; the message is minijit's."""


def compile(case_path, module):
    try:
        return minijit.script(module.fn)
    except Exception as error:  # whatever minijit raises for a bad program
        raise CompileError(str(error)) from error


def graph(handle):
    return str(handle.graph)


def code(handle):
    # Optional in the protocol: NotImplementedError makes the runner skip the code check.
    if not hasattr(handle, "code"):
        raise NotImplementedError("this minijit build does not print code")
    return handle.code


def call(handle, args):
    return _to_python(handle(*args))


_PLAIN = (bool, int, float, str, type(None))


def _to_python(value):
    """minijit results to what the runner compares: numpy arrays for tensors."""
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, tuple):
        return tuple(_to_python(v) for v in value)
    if isinstance(value, list):
        return [_to_python(v) for v in value]
    return np.asarray(value)
