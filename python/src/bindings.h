// The pieces of the `_minijit` extension, one per idea, and how module.cpp wires them up:
// tensors (minijit Tensor <-> numpy), value conversion (Python objects <-> IValue, checked
// against a function's schema, as upstream's toIValue does) and compilation (CompilationUnit,
// Function, a Resolver that calls back into Python). Book chapter 1 shows them in use.
#pragma once

#include <pybind11/pybind11.h>

#include <string>
#include <vector>

#include "compiler/compilation_unit.h"
#include "kernels/tensor.h"
#include "runtime/ivalue.h"

namespace minijit::python {

namespace py = pybind11;

// tensor_binding.cpp: the Python class `Tensor`.
void bindTensor(py::module_& m);
// A minijit Tensor copied from any object numpy can turn into an array (numpy arrays,
// torch tensors through `.numpy()`); throws py::type_error for unsupported dtypes.
Tensor tensorFromArrayLike(py::handle object);
// True for objects tensorFromArrayLike accepts without guessing: minijit tensors, numpy
// arrays and torch tensors (recognised by duck typing, so torch need not be importable).
bool isTensorLike(py::handle object);

// value_conversion.cpp: Python <-> IValue.
py::object toPython(const IValue& value);
// An object of a TorchScript class as Python sees it (the class `ScriptObject`).
struct ScriptObject {
  ObjectPtr object;
};
void bindScriptObject(py::module_& m);
// Converts a call's Python arguments to the IValues `schema` asks for, filling defaults.
// Errors are RuntimeErrors worded as upstream's ("foo() Expected a value of type 'int' for
// argument 'len' but instead found type 'str'. ...").
std::vector<IValue> argumentsFromPython(const FunctionSchema& schema, const py::args& args,
                                        const py::kwargs& kwargs);
// `foo(int len) -> Tensor`: how upstream prints a function's declaration in call errors.
std::string declarationString(const FunctionSchema& schema);

// compile_binding.cpp: CompilationUnit, Function, Graph and the Python Resolver.
void bindCompilation(py::module_& m);

}  // namespace minijit::python
