# Tests of the conformance runner's own logic: value names canonicalized, source paths
# normalized, tensors encoded and decoded without loss, outputs compared with the right
# strictness, expected failures classified, and the upstream (torch) adapter passing
# real cases against the recorded goldens.
# Run: /usr/bin/python3 -m pytest conformance/test_runner.py

import sys
import types
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run  # noqa: E402
import suite  # noqa: E402


# --- canonical renaming ------------------------------------------------------------------

def test_canonical_renames_in_order_of_first_appearance():
    text = "graph(%x.1 : Tensor):\n  %5 : int = prim::Constant[value=1]()\n  %y : Tensor = aten::add(%x.1, %x.1, %5)\n  return (%y)\n"
    assert suite.canonicalize_graph(text) == (
        "graph(%v0 : Tensor):\n  %v1 : int = prim::Constant[value=1]()\n"
        "  %v2 : Tensor = aten::add(%v0, %v0, %v1)\n  return (%v2)\n")


def test_canonical_equates_graphs_differing_only_in_names():
    a = "graph(%x.1 : int):\n  %rv.3 : int = aten::mul(%x.1, %x.1)\n  return (%rv.3)\n"
    b = "graph(%x : int):\n  %12 : int = aten::mul(%x, %x)\n  return (%12)\n"
    assert a != b
    assert suite.canonicalize_graph(a) == suite.canonicalize_graph(b)


def test_canonical_keeps_distinct_names_distinct():
    a = "  %x.1 : int = f(%x)\n"
    b = "  %x : int = f(%x)\n"
    assert suite.canonicalize_graph(a) != suite.canonicalize_graph(b)


# --- path normalization ------------------------------------------------------------------

def test_source_comment_paths_become_case():
    text = "  %3 : int = aten::add(%a, %b) # /home/u/repo/conformance/cases/x/foo.py:11:11\n"
    assert suite.normalize_paths(text, "foo.py") == "  %3 : int = aten::add(%a, %b) # <case>:11:11\n"


def test_only_paths_ending_in_the_case_file_name_are_rewritten():
    text = "# /elsewhere/bar_foo.py:1:2 and # /x/other.py:3:4"
    assert suite.normalize_paths(text, "foo.py") == text


def test_error_message_file_paths_become_case():
    message = 'undefined value y:\n  File "/tmp/somewhere/foo.py", line 7\n'
    assert suite.normalize_paths(message, "foo.py") == 'undefined value y:\n  File "<case>", line 7\n'


def test_first_line_skips_blank_lines():
    assert suite.first_line("\n  \nReturn value was annotated:\nmore") == "Return value was annotated:"


# --- encode / decode ---------------------------------------------------------------------

@pytest.mark.parametrize("array", [
    np.arange(6, dtype=np.float32).reshape(2, 3) / 7,
    np.array([1, -2, 3], dtype=np.int64),
    np.array([[True, False]], dtype=np.bool_),
    np.array(2.5, dtype=np.float32),                    # 0-dim
    np.zeros((0, 3), dtype=np.float64),                 # empty
    np.array([np.nan, np.inf, -np.inf, 1.0], dtype=np.float32),
])
def test_tensor_round_trip(array):
    decoded = suite.decode_value(suite.encode_value(array))
    assert decoded.dtype == array.dtype
    assert decoded.shape == array.shape
    np.testing.assert_array_equal(decoded, array)


def test_scalars_and_containers_round_trip_with_type_tags():
    value = (1, 2.0, True, "s", None, [3, 4], (np.ones(2, dtype=np.float32),))
    encoded = suite.encode_value(value)
    assert encoded["tuple"][:5] == [{"int": 1}, {"float": 2.0}, {"bool": True}, {"str": "s"}, {"none": None}]
    decoded = suite.decode_value(encoded)
    assert decoded[:6] == (1, 2.0, True, "s", None, [3, 4])
    assert type(decoded[1]) is float and type(decoded[0]) is int
    np.testing.assert_array_equal(decoded[6][0], np.ones(2, dtype=np.float32))


def test_encoded_goldens_are_plain_json():
    encoded = suite.encode_value(np.array([np.nan, 1.0], dtype=np.float32))
    assert suite.dump_json(encoded) == '{"tensor": {"dtype": "float32", "shape": [2], "data": ["nan", 1.0]}}'


# --- comparing outputs -------------------------------------------------------------------

def enc(value):
    return suite.encode_value(value)


def test_int_and_float_must_not_be_confused():
    assert suite.compare_values(enc(3), enc(3.0)) is not None
    assert suite.compare_values(enc(True), enc(1)) is not None
    assert suite.compare_values(enc(3), enc(3)) is None


def test_float_tolerance():
    assert suite.compare_values(enc(1.0), enc(1.0 + 1e-7)) is None
    assert suite.compare_values(enc(1.0), enc(1.001)) is not None
    assert suite.compare_values(enc(float("nan")), enc(float("nan"))) is None


def test_tensor_dtype_shape_and_values_are_checked():
    a = np.array([1.0, 2.0], dtype=np.float32)
    assert suite.compare_values(enc(a), enc(a + 1e-7)) is None
    assert "dtype" in suite.compare_values(enc(a), enc(a.astype(np.float64)))
    assert "shape" in suite.compare_values(enc(a), enc(a.reshape(1, 2)))
    assert "element 1" in suite.compare_values(enc(a), enc(np.array([1.0, 2.5], dtype=np.float32)))
    ints = np.array([1, 2], dtype=np.int64)
    assert suite.compare_values(enc(ints), enc(ints + 0)) is None


def test_tuple_vs_list_and_lengths():
    assert suite.compare_values(enc((1, 2)), enc([1, 2])) is not None
    assert suite.compare_values(enc((1, 2)), enc((1,))) is not None


# --- cases, headers, expected failures ---------------------------------------------------

def test_every_case_has_a_header_and_a_golden():
    cases = suite.discover_cases()
    assert len(cases) >= 65
    for case in cases:
        assert case.category in suite.CATEGORIES, case.id
        assert case.features and case.chapters and case.description, case.id
        assert case.expect in ("ok", "error"), case.id
        assert case.golden_path.exists(), f"{case.id}: run conformance/record.py"


def test_feature_prefix_matching():
    case = suite.Case("c", "n", Path("x.py"), features=["control_flow.for_range"])
    assert case.has_feature("control_flow")
    assert case.has_feature("control_flow.for_range")
    assert not case.has_feature("control")


def test_expected_failures_file_parses(tmp_path):
    listing = tmp_path / "xf.txt"
    listing.write_text("# comment\n\ncalls/helper_call  graph  names differ\nerrors/undefined_name error\n")
    assert run.load_expected_failures(listing) == {
        ("calls/helper_call", "graph"): "names differ",
        ("errors/undefined_name", "error"): "",
    }
    assert run.load_expected_failures(run.EXPECTED_FAILURES_FILE) is not None


# --- adapters against real cases ---------------------------------------------------------

def check(case_id, adapter):
    (case,) = suite.discover_cases([case_id])
    return run.check_case(case, suite.read_golden(case), adapter)


@pytest.fixture(scope="module")
def torch_adapter():
    pytest.importorskip("torch")
    return run.load_adapter("torch")


@pytest.mark.parametrize("case_id", ["control_flow/while_gcd", "tensors/linear_relu",
                                     "calls/helper_returns_tuple", "errors/undefined_name",
                                     "errors/runtime_list_index"])
def test_torch_adapter_passes(torch_adapter, case_id):
    result = check(case_id, torch_adapter)
    assert all(status == run.PASS for status in result.status.values()), result.reasons


def fake_adapter(torch_adapter, **overrides):
    """The torch adapter with some functions replaced, to see the runner notice."""
    fake = types.SimpleNamespace(CompileError=torch_adapter.CompileError, compile=torch_adapter.compile,
                                 graph=torch_adapter.graph, call=torch_adapter.call)
    for name, function in overrides.items():
        setattr(fake, name, function)
    return fake


def test_wrong_outputs_are_caught(torch_adapter):
    fake = fake_adapter(torch_adapter, call=lambda handle, args: torch_adapter.call(handle, args) + 1)
    result = check("control_flow/while_gcd", fake)
    assert result.status["output"] == run.FAIL
    assert result.status["graph"] == run.PASS


def test_renamed_values_fail_exact_but_pass_canonical(torch_adapter):
    fake = fake_adapter(torch_adapter, graph=lambda h: torch_adapter.graph(h).replace("%a.1", "%a.7"))
    result = check("control_flow/while_gcd", fake)
    assert result.status["graph"] == run.FAIL
    assert result.status["canonical"] == run.PASS


def test_graph_from_another_checkout_is_normalized(torch_adapter):
    def moved(handle):
        return torch_adapter.graph(handle).replace(str(suite.CASES_DIR), "/other/checkout/cases")
    result = check("control_flow/while_gcd", fake_adapter(torch_adapter, graph=moved))
    assert result.status["graph"] == run.PASS


def test_rejecting_everything_fails_compile_and_skips_the_rest(torch_adapter):
    def reject(path, module):
        raise torch_adapter.CompileError("nope")
    result = check("tensors/linear_relu", fake_adapter(torch_adapter, compile=reject))
    assert result.status == {"compile": run.FAIL, "output": run.SKIP, "graph": run.SKIP, "canonical": run.SKIP}
    result = check("errors/undefined_name", fake_adapter(torch_adapter, compile=reject))
    assert result.status == {"compile": run.PASS, "error": run.FAIL}


def test_missing_runtime_error_is_caught(torch_adapter):
    fake = fake_adapter(torch_adapter, call=lambda handle, args: 0)
    assert check("errors/runtime_list_index", fake).status["output"] == run.FAIL


def test_classification_of_expected_and_surprising_results(torch_adapter):
    fake = fake_adapter(torch_adapter, call=lambda handle, args: 0)
    results = [check("errors/runtime_list_index", fake), check("control_flow/while_gcd", torch_adapter)]
    expected = {("errors/runtime_list_index", "output"): "known", ("control_flow/while_gcd", "graph"): "stale"}
    blocking, informational, xfail, surprising = run.classify(results, expected, run.GATING_CHECKS)
    assert blocking == [] and informational == []
    assert [(c, k) for c, k, _ in xfail] == [("errors/runtime_list_index", "output")]
    assert [(c, k) for c, k, _ in surprising] == [("control_flow/while_gcd", "graph")]


def test_main_exit_status(torch_adapter, tmp_path):
    report = tmp_path / "report.txt"
    assert run.main(["--adapter", "torch", "--category", "calls", "--report", str(report)]) == 0
    assert "calls" in report.read_text()
