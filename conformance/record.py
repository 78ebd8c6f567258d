#!/usr/bin/python3
# Records goldens from upstream PyTorch, the oracle: for each case it scripts `fn` with
# torch.jit.script and writes conformance/goldens/<category>/<name>.json with the graph,
# the printed code, and every input's output (or error), or the compile error.
# Usage: /usr/bin/python3 conformance/record.py [case...]   (cases as category/name or name)
# Output is deterministic: re-recording with the same torch gives identical files.

import argparse
import sys

import torch

import suite


def torch_to_numpy(value):
    if isinstance(value, torch.Tensor):
        return value.detach().cpu().numpy()
    return None


def error_record(error, case):
    message = suite.normalize_paths(str(error), case.path.name)
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    return {
        "type": type(error).__name__,
        "first_line": lines[0] if lines else "",
        # The runtime's first line is often a generic header ("The following operation
        # failed in the TorchScript interpreter."); the last one names the actual failure.
        "last_line": lines[-1] if lines else "",
    }


def record_case(case):
    module = suite.import_case(case)
    golden = {
        "case": case.id,
        "torch_version": torch.__version__,
        "description": case.description,
    }
    try:
        scripted = torch.jit.script(module.fn)
    except Exception as error:  # upstream rejects the program: that is the golden
        err = error_record(error, case)
        golden.update(compiles=False, error_type=err["type"], error_first_line=err["first_line"])
        return golden

    golden.update(
        compiles=True,
        graph=suite.normalize_paths(str(scripted.graph), case.path.name),
        code=suite.normalize_paths(scripted.code, case.path.name),
        runs=[],
    )
    for args in getattr(module, "INPUTS", []):
        args = tuple(args)
        # Encode inputs before the call, in case the program changes them in place.
        run = {"inputs": [suite.encode_value(a, torch_to_numpy) for a in args]}
        try:
            result = scripted(*args)
            run["output"] = suite.encode_value(result, torch_to_numpy)
        except Exception as error:
            run["error"] = error_record(error, case)
        golden["runs"].append(run)
    return golden


def expectation_problem(case, golden):
    """Checks that upstream did what the case header promises; None when it did."""
    runs = golden.get("runs", [])
    failed_runs = [r for r in runs if "error" in r]
    if case.expect == "ok":
        if not golden["compiles"]:
            return f"expected to compile, upstream says: {golden['error_first_line']}"
        if failed_runs:
            return f"expected to run, upstream says: {failed_runs[0]['error']['last_line']}"
        if not runs:
            return "an `expect: ok` case needs at least one INPUTS entry"
        return None
    if case.expect != "error":
        return f"unknown expect value {case.expect!r}"
    if case.phase == "runtime":
        if not golden["compiles"]:
            return f"expected to compile then fail at runtime, upstream rejects: {golden['error_first_line']}"
        if not failed_runs:
            return "expected a runtime error, but every input ran"
        return None
    if case.phase not in ("parse", "type"):
        return f"expect: error needs phase: parse|type|runtime, not {case.phase!r}"
    if golden["compiles"]:
        return "expected upstream to reject the program, but it compiled"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("cases", nargs="*", help="category/name, name, category or path")
    args = parser.parse_args()

    problems = 0
    cases = suite.discover_cases(args.cases)
    for case in cases:
        golden = record_case(case)
        suite.write_golden(case, golden)
        problem = expectation_problem(case, golden)
        status = "ok" if golden["compiles"] else "rejected"
        if problem:
            problems += 1
            print(f"MISMATCH {case.id}: {problem}")
        else:
            print(f"recorded {case.id} ({status})")
    print(f"{len(cases)} cases recorded with torch {torch.__version__}, "
          f"{problems} whose header disagrees with upstream")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
