# Conformance adapter for upstream PyTorch itself (torch.jit.script). Running the suite
# through it must give 100%: it is how the runner checks itself against its own goldens.
# See conformance/README.md for the adapter protocol.

import numpy as np
import torch


class CompileError(Exception):
    """Upstream rejected the program; the message is upstream's."""


def compile(case_path, module):
    try:
        return torch.jit.script(module.fn)
    except Exception as error:
        raise CompileError(str(error)) from error


def graph(handle):
    return str(handle.graph)


def code(handle):
    return handle.code


def call(handle, args):
    return _to_numpy(handle(*[_to_torch(a) for a in args]))


def _to_torch(value):
    if isinstance(value, np.ndarray):
        return torch.from_numpy(value.copy())
    if isinstance(value, tuple):
        return tuple(_to_torch(v) for v in value)
    if isinstance(value, list):
        return [_to_torch(v) for v in value]
    return value


def _to_numpy(value):
    if isinstance(value, torch.Tensor):
        return value.detach().cpu().numpy()
    if isinstance(value, tuple):
        return tuple(_to_numpy(v) for v in value)
    if isinstance(value, list):
        return [_to_numpy(v) for v in value]
    return value
