# Tests of the Python face of minijit (python/minijit): minijit.script and CompilationUnit
# against upstream torch.jit (graph text, outputs, errors), value conversion at the call
# boundary (minijit tensors, numpy arrays, torch tensors, Python values) and the Tensor class.
# Upstream results are computed here with torch when it is installed; tests that need it
# skip with a reason otherwise. Run: PYTHONPATH=build/python /usr/bin/python3 -m pytest python/tests
import functools
import importlib.util
import inspect
import linecache
import os
import textwrap
import types
from typing import List, Optional, Tuple

import numpy as np
import pytest

import minijit

try:
    import torch

    HAVE_TORCH = True
except ImportError:  # the example code still reads `torch.zeros`: minijit serves it
    import minijit as torch

    HAVE_TORCH = False

needs_torch = pytest.mark.skipif(not HAVE_TORCH, reason="torch is not installed: no upstream to compare with")


# The example, defined plainly so that both minijit and upstream script it from
# this file (their graph comments then name this file and the same lines).
def foo(len: int) -> torch.Tensor:
    rv = torch.zeros(3, 4)
    for i in range(len):
        if i < 10:
            rv = rv - 1.0
        else:
            rv = rv + 1.0
    return rv


@minijit.script
def decorated(x: int, y: float) -> float:
    z = x * y
    if z > 2.0:
        z = z - 1.0
    return z


def square(x: torch.Tensor) -> torch.Tensor:
    return x * x


def sum_of_squares(x: torch.Tensor, n: int) -> torch.Tensor:
    total = torch.zeros(1)
    for i in range(n):
        total = total + square(x).sum()
    return total


def combine(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return x + y * 2


def int_div(a: int, b: int) -> int:
    return a // b


def values(xs: List[int], pair: Tuple[int, float], maybe: Optional[int]) -> Tuple[int, float, bool]:
    total = 0
    for i in range(len(xs)):
        total += xs[i]
    return total, pair[1] * pair[0], maybe is None


def assert_same_tensor(ours, theirs):
    ours = np.asarray(ours)
    theirs = theirs.numpy() if HAVE_TORCH and isinstance(theirs, torch.Tensor) else np.asarray(theirs)
    assert ours.dtype == theirs.dtype
    assert ours.shape == theirs.shape
    np.testing.assert_allclose(ours, theirs, rtol=1e-6)


# --- the example ----------------------------------------------------------------------


@needs_torch
def test_example_graph_is_upstreams():
    assert str(minijit.script(foo).graph) == str(torch.jit.script(foo).graph)


def test_example_graph_names_this_file_and_line():
    text = str(minijit.script(foo).graph)
    assert text.startswith("graph(%len.1 : int):\n")
    assert f"# {__file__}:{foo.__code__.co_firstlineno + 1}:9" in text  # torch.zeros(3, 4)


@needs_torch
@pytest.mark.parametrize("n", [0, 3, 12])
def test_example_output_is_upstreams(n):
    assert_same_tensor(minijit.script(foo)(n), torch.jit.script(foo)(n))


def test_example_output_converts_with_numpy():
    result = minijit.script(foo)(3)
    assert isinstance(result, minijit.Tensor)
    array = np.asarray(result)
    assert array.dtype == np.float32 and array.shape == (3, 4)
    assert (array == -3.0).all()


@needs_torch
def test_example_repr_is_torchs():
    assert repr(minijit.script(foo)(3)) == repr(torch.jit.script(foo)(3))


def test_keyword_arguments():
    assert (np.asarray(minijit.script(foo)(len=2)) == -2.0).all()


# --- script: decorators, helpers, names ---------------------------------------------------


@needs_torch
def test_decorated_function_graph_and_output_are_upstreams():
    upstream = torch.jit.script(decorated.__wrapped__)
    assert str(decorated.graph) == str(upstream.graph)
    assert decorated(3, 1.5) == upstream(3, 1.5)
    assert isinstance(decorated(1, 0.5), float)


def test_script_is_cached_and_idempotent():
    scripted = minijit.script(foo)
    assert minijit.script(foo) is scripted
    assert minijit.script(scripted) is scripted


@needs_torch
def test_helpers_are_compiled_recursively():
    x = np.arange(6, dtype=np.float32).reshape(2, 3)
    ours = minijit.script(sum_of_squares)
    upstream = torch.jit.script(sum_of_squares)
    assert str(ours.graph) == str(upstream.graph)
    assert_same_tensor(ours(x, 3), upstream(torch.from_numpy(x), 3))


def test_closure_functions_resolve():
    def triple(x: int) -> int:
        return x * 3

    def caller(x: int) -> int:
        return triple(x) + 1

    assert minijit.script(caller)(4) == 13


def test_import_minijit_as_torch_serves_the_same_code(tmp_path):
    path = tmp_path / "as_torch.py"
    path.write_text(textwrap.dedent("""\
        import minijit as torch


        @torch.jit.script
        def ones_minus(n: int) -> torch.Tensor:
            return torch.ones(n, 2) - 0.5
        """))
    spec = importlib.util.spec_from_file_location("as_torch", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = np.asarray(module.ones_minus(3))
    assert result.shape == (3, 2) and (result == 0.5).all()
    assert f"# {path}:6:" in str(module.ones_minus.graph)


def indented_source_function():
    @minijit.script
    def inner(x: int) -> int:
        y = x + 1
        return y

    return inner


@needs_torch
def test_nested_function_columns_are_upstreams():
    inner = indented_source_function()
    assert str(inner.graph) == str(torch.jit.script(inner.__wrapped__).graph)


def test_code_is_not_printed_yet():
    with pytest.raises(NotImplementedError):
        minijit.script(foo).code


# --- CompilationUnit ----------------------------------------------------------------------


SOURCE = "def f(x: int) -> int:\n    return x + 1\n\ndef g(x: int) -> int:\n    return f(x) * 2\n"


def test_compilation_unit_functions_become_attributes():
    unit = minijit.CompilationUnit(SOURCE)
    assert unit.f(2) == 3
    assert unit.g(2) == 6


@needs_torch
def test_compilation_unit_graphs_are_upstreams():
    ours, upstream = minijit.CompilationUnit(SOURCE), torch.jit.CompilationUnit(SOURCE)
    assert str(ours.f.graph) == str(upstream.f.graph)
    assert str(ours.g.graph) == str(upstream.g.graph)


# --- errors -------------------------------------------------------------------------------


def assert_quotes_source(message, line):
    assert f"line {line}" in message
    assert "~ <--- HERE" in message


def test_syntax_error_quotes_the_line():
    with pytest.raises(minijit.CompilationError) as error:
        minijit.CompilationUnit("def f(x: int) -> int:\n    y = = x\n    return y\n")
    assert isinstance(error.value, RuntimeError)
    assert_quotes_source(str(error.value), 2)


def test_type_error_quotes_the_line():
    with pytest.raises(minijit.CompilationError) as error:
        minijit.CompilationUnit("def f(x: int) -> int:\n    return x + 'a'\n")
    assert_quotes_source(str(error.value), 2)
    assert "~~~~~~~ <--- HERE" in str(error.value)  # `x + 'a'` underlined


GLOBAL_INT = 3


def calls_a_global_int(x: int) -> int:
    return GLOBAL_INT(x)


def calls_what_print_returns(x: int):
    return print(x)()


def test_calling_a_python_global_or_none_is_a_compile_error():
    # Both used to crash the process (the call emitter fell through its switch).
    with pytest.raises(minijit.CompilationError, match="python value of type 'int' is not a callable"):
        minijit.script(calls_a_global_int)
    with pytest.raises(minijit.CompilationError, match="cannot call a None"):  # upstream's words
        minijit.script(calls_what_print_returns)


def wrong_helper_argument(x: int) -> int:
    return square(x)


def test_call_with_wrong_argument_types_in_script_quotes_the_line():
    with pytest.raises(minijit.CompilationError) as error:
        minijit.script(wrong_helper_argument)
    message = str(error.value)
    assert __file__ in message
    assert_quotes_source(message, wrong_helper_argument.__code__.co_firstlineno + 1)


def test_call_from_python_with_wrong_argument_types_names_the_argument():
    with pytest.raises(RuntimeError) as error:
        minijit.script(foo)("a")
    message = str(error.value)
    assert "Expected a value of type 'int' for argument 'len' but instead found type 'str'" in message
    assert "Declaration: foo(int len) -> Tensor" in message


def test_call_from_python_with_wrong_argument_count():
    with pytest.raises(RuntimeError, match="expected at most 1 argument"):
        minijit.script(foo)(1, 2)
    with pytest.raises(RuntimeError, match="missing value for argument 'len'"):
        minijit.script(foo)()


def test_runtime_error_is_a_runtime_error_naming_the_line():
    scripted = minijit.script(int_div)
    assert scripted(7, 2) == 3
    with pytest.raises(RuntimeError) as error:
        scripted(1, 0)
    assert not isinstance(error.value, minijit.CompilationError)
    assert f"line {int_div.__code__.co_firstlineno + 1}" in str(error.value)


class BeamSearchError(Exception):
    pass


def raises_custom(n: int) -> int:
    if n < 0:
        raise BeamSearchError("negative length")
    return n


def test_raise_of_a_user_exception_class_names_it():
    scripted = minijit.script(raises_custom)
    qualified = f"{__name__}.BeamSearchError"
    assert f'prim::Constant[value="{qualified}"]' in str(scripted.graph)
    assert scripted(2) == 2
    with pytest.raises(RuntimeError, match=f"{qualified}: negative length"):
        scripted(-1)


# --- values at the call boundary ----------------------------------------------------------


@needs_torch
@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.int64, np.bool_])
def test_numpy_inputs_keep_their_dtype(dtype):
    x = (np.arange(6).reshape(2, 3) % 2).astype(dtype)
    y = np.ones((1, 3), dtype=dtype)
    expected = torch.jit.script(combine)(torch.from_numpy(x), torch.from_numpy(y))
    assert_same_tensor(minijit.script(combine)(x, y), expected)


@needs_torch
def test_torch_and_minijit_tensor_inputs():
    x = torch.arange(6, dtype=torch.float32).reshape(2, 3)
    expected = torch.jit.script(combine)(x, x)
    scripted = minijit.script(combine)
    assert_same_tensor(scripted(x, x), expected)
    mine = minijit.tensor(x)
    assert_same_tensor(scripted(mine, x.numpy()), expected)


def test_unsupported_numpy_dtype_is_rejected_clearly():
    with pytest.raises(TypeError, match="complex64"):
        minijit.script(combine)(np.ones(2, dtype=np.complex64), np.ones(2, dtype=np.complex64))


def test_python_values_in_and_out():
    scripted = minijit.script(values)
    assert scripted([1, 2, 3], (2, 1.5), None) == (6, 3.0, True)
    assert scripted((4,), (1, 0.5), 4) == (4, 0.5, False)
    result = scripted([], (2, 1.5), 7)
    assert isinstance(result, tuple) and isinstance(result[0], int) and isinstance(result[1], float)


# --- the Tensor class ---------------------------------------------------------------------


def test_tensor_helper_follows_torch_default_dtypes():
    assert minijit.tensor([1.0, 2.0]).dtype == "float32"
    assert minijit.tensor([1, 2]).dtype == "int64"
    assert minijit.tensor([True]).dtype == "bool"
    assert minijit.tensor(np.zeros(2)).dtype == "float64"
    assert minijit.tensor([1, 2], dtype="float64").dtype == "float64"


def test_numpy_asarray_is_a_view():
    t = minijit.tensor([[1.0, 2.0], [3.0, 4.0]])
    a = np.asarray(t)
    a[0, 0] = 9.0
    assert np.asarray(t)[0, 0] == 9.0
    assert t.shape == (2, 2) and t.tolist() == [[9.0, 2.0], [3.0, 4.0]]


@needs_torch
def test_tensors_reach_torch():
    t = minijit.script(foo)(2)
    assert torch.equal(torch.from_numpy(np.asarray(t)), torch.full((3, 4), -2.0))
    assert torch.equal(torch.from_dlpack(t), torch.full((3, 4), -2.0))


# --- unpacking lists and tuple() -------------------------------------------------------------


def test_list_unpack_checks_the_length_when_it_runs():
    cu = minijit.CompilationUnit("def f(xs: List[int]) -> int:\n    a, b = xs\n    return a - b\n")
    assert "prim::ListUnpack" in str(cu.f.graph)
    assert cu.f([5, 3]) == 2
    with pytest.raises(RuntimeError, match="Expected 2 elements in a list but found 3"):
        cu.f([1, 2, 3])


def test_starred_list_unpack_and_tuple_of_list_are_rejected():
    message = "cannot statically infer the expected size of a list in this context"
    with pytest.raises(RuntimeError, match=message):
        minijit.CompilationUnit("def f(xs: List[int]) -> int:\n    a, *b = xs\n    return a\n")
    with pytest.raises(RuntimeError, match=message):
        minijit.CompilationUnit("def f(xs: List[int]) -> int:\n    t = tuple(xs)\n    return 1\n")
    cu = minijit.CompilationUnit("def f(t: Tuple[int, str]) -> Tuple[int, str]:\n"
                                 "    return tuple(t)\n")
    assert cu.f((1, "a")) == (1, "a")


def test_type_variable_keeps_its_first_binding():
    # t is bound to int by the list; an Optional[int] element must not widen it.
    source = ("def f(xs: List[int], x: Optional[int]) -> List[int]:\n"
              "    xs.append(x)\n    return xs\n")
    with pytest.raises(RuntimeError, match="Expected a value of type 't' for argument 'el' but "
                                           "instead found type 'Optional\\[int\\]'"):
        minijit.CompilationUnit(source)


# --- finding the source text -------------------------------------------------------------


def ends_with_a_bracket(x: int) -> int:
    return max(
        x,
        1,
    )


def ends_with_a_nested_def(x: int) -> int:
    def inner(y: int) -> int:
        return y + 1
    return inner(x)


def ends_with_a_column_zero_continuation(x: int) -> int:
    return max(x,
1)


def ends_with_a_column_zero_string(x: int) -> str:
    return """a
b"""


def ends_with_comments_and_blanks(x: int) -> int:
    y = x + 1

    # a comment inside the block
    return y


def ends_with_a_backslash_continuation(x: int) -> int:
    return x + \
1


def ends_with_an_escaped_newline_in_a_string(x: int) -> str:
    return "a\
b#c"


def ends_with_a_trailing_comment(x: int) -> int:
    return x
    # indented as deep as the body: inspect counts it in
  # shallower: inspect leaves it out


@functools.lru_cache(
    maxsize=None)
def decorated_over_two_lines(x: int) -> int:
    s = "it's ) not a bracket # or a comment"
    return x + len(s)


def one_line_def(x: int) -> int: return x + 1


class NotAFunction:
    pass


def test_source_lines_match_inspect():
    from minijit import _script

    for fn in (ends_with_a_bracket, ends_with_a_nested_def, foo,
               ends_with_a_column_zero_continuation, ends_with_a_column_zero_string,
               ends_with_comments_and_blanks, ends_with_a_backslash_continuation,
               ends_with_an_escaped_newline_in_a_string, ends_with_a_trailing_comment,
               decorated_over_two_lines.__wrapped__, one_line_def):
        lines, first = _script._source_lines(fn)
        expected, expected_first = inspect.getsourcelines(fn)
        assert (first, lines) == (expected_first, expected), fn.__name__
    # A line that starts no def (here a class) is left to inspect.
    lines = linecache.getlines(__file__)
    first = inspect.getsourcelines(NotAFunction)[1]
    assert minijit._minijit.block_end(lines, first) == 0
    # define_function, minijit.script's way in for a def that starts its line, says None
    # there too, and past the end of the file, so that script() asks inspect instead.
    assert minijit._minijit.define_function(lines, first, "NotAFunction", __file__, None) is None
    assert minijit._minijit.define_function(lines, len(lines) + 1, "f", __file__, None) is None


def non_ascii_text(x: int) -> str:
    # A comment with accents (café) and a string with non-ASCII characters: the lines that
    # are not ASCII go through the str's UTF-8 copy.
    return "naïve → ok" if x > 0 else "ü"


def test_script_reads_non_ascii_lines():
    fn = minijit.script(non_ascii_text)
    assert fn(1) == "naïve → ok" and fn(0) == "ü"
    first = non_ascii_text.__code__.co_firstlineno
    # Graph comments still name the right line of this file.
    assert f"test_script.py:{first + 3}:" in str(fn.graph)


def test_source_lines_match_inspect_on_many_files():
    """block_end against inspect on every function of this repository's Python files and of
    torch.jit's (9,225 functions with the standard library, checked when it was written)."""
    import glob
    import torch.jit

    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    files = glob.glob(os.path.join(root, "**", "*.py"), recursive=True)
    files += glob.glob(os.path.join(os.path.dirname(torch.jit.__file__), "*.py"))
    checked = 0
    for path in files:
        if "/build" in path[len(root):]:
            continue
        with open(path, encoding="utf-8") as f:
            code = compile(f.read(), path, "exec")
        lines = linecache.getlines(path)
        stack = [code]
        while stack:
            code = stack.pop()
            stack.extend(c for c in code.co_consts if isinstance(c, types.CodeType))
            if code.co_name.startswith("<") or not code.co_flags & inspect.CO_NEWLOCALS:
                continue  # the module, class bodies, lambdas and comprehensions
            expected, first = inspect.getsourcelines(code)
            end = minijit._minijit.block_end(lines, code.co_firstlineno)
            assert lines[first - 1:end] == expected, (path, code.co_firstlineno)
            checked += 1
    assert checked > 1000
    assert minijit.script(ends_with_a_bracket)(0) == 1
    assert minijit.script(ends_with_a_column_zero_continuation)(0) == 1
    assert minijit.script(ends_with_a_column_zero_string)(0) == "a\nb"
