"""Making minijit tensors from Python data: `minijit.tensor(data, dtype=None)`.

Data goes through numpy. As torch.tensor does, Python floats become float32 and Python
ints int64; numpy arrays keep their dtype. `dtype` may be a numpy dtype, a name
('float32', 'int64', 'bool', 'float64') or a torch dtype.
"""

import numpy as np

from ._minijit import Tensor


def _numpy_dtype(dtype):
    if dtype is None:
        return None
    name = str(dtype)
    if name.startswith("torch."):
        name = name[len("torch."):]
    aliases = {"float": "float32", "double": "float64", "long": "int64", "int": "int32"}
    return np.dtype(aliases.get(name, name))


def tensor(data, dtype=None):
    """A new minijit tensor holding a copy of `data`."""
    if isinstance(data, Tensor):
        data = np.asarray(data)
    if hasattr(data, "detach") and hasattr(data, "numpy"):  # a torch tensor
        data = data.detach().cpu().numpy()
    was_array = isinstance(data, np.ndarray)
    array = np.asarray(data, dtype=_numpy_dtype(dtype))
    if dtype is None and not was_array and array.dtype == np.float64:
        array = array.astype(np.float32)  # torch's default dtype for Python floats
    return Tensor.from_numpy(array)
