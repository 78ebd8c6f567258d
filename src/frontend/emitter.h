// The emitter: turns one `def` (AST) into a typed SSA graph, as upstream's ir_emitter does.
// It emits variables as prim::Store/prim::Load, then runs the SSA conversion and the exit
// transforms, so the graph it hands to the passes has upstream's shape, value numbers and
// names. Book chapter 5 ("Emitting SSA").
#pragma once

#include "frontend/function_definition.h"
#include "frontend/sugared_value.h"

namespace minijit {

// Emits `fn.def()` into a new graph, setting fn's graph and schema. Throws ErrorReport.
void emitFunction(FunctionDefinition& fn, const Resolver& resolver);

}  // namespace minijit
