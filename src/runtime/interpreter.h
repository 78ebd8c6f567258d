// The interpreter: runs a typed SSA graph directly, node by node. Each graph Value gets a
// slot holding its IValue; control-flow nodes (prim::If, prim::Loop) run their nested
// blocks, and operator nodes call the kernel the OperatorRegistry binds to their schema.
// Book chapter 7 ("The interpreter").
#pragma once

#include <iostream>
#include <vector>

#include "ir/ir.h"
#include "runtime/ivalue.h"
#include "runtime/runtime_error.h"

namespace minijit {

// Runs `graph` on `inputs` (one per graph input, in order) and returns the graph's outputs.
// Failures the program can cause (a kernel's TensorError, list index out of range, a
// `raise` statement) are thrown as RuntimeError pointing at the node that failed.
// prim::Print writes to `print_stream`. Throws std::invalid_argument on a wrong input count.
// `function` names the graph's function in tracebacks (`File "f.py", line 3, in foo`).
std::vector<IValue> runGraph(const Graph& graph, std::vector<IValue> inputs,
                             std::ostream& print_stream = std::cout,
                             const std::string& function = "");

}  // namespace minijit
