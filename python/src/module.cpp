// The `_minijit` extension module: registers the tensor, value and compilation bindings and
// maps minijit's C++ errors onto Python exceptions. The `minijit` package (python/minijit/)
// is the public face; this module is its engine. Book chapter 1.
//
// Exceptions, following upstream (which raises RuntimeError for both):
//   ErrorReport (syntax or type error)   -> minijit.CompilationError, a RuntimeError subclass;
//                                           the message is the full report with the quoted,
//                                           underlined source
//   RuntimeError (a graph failed to run) -> RuntimeError, with upstream's "The following
//                                           operation failed in the TorchScript interpreter."
//   TensorError / OperatorError          -> RuntimeError with the kernel's message
#include "bindings.h"
#include "runtime/runtime_error.h"
#include "util/error.h"

namespace minijit::python {

namespace {

// [book:exceptions]
void registerExceptions(py::module_& m) {
  static py::exception<ErrorReport> compilation_error(m, "CompilationError", PyExc_RuntimeError);
  py::register_exception_translator([](std::exception_ptr thrown) {
    try {
      if (thrown) std::rethrow_exception(thrown);
    } catch (const ErrorReport& error) {
      compilation_error(error.what());
    } catch (const RuntimeError& error) {
      PyErr_SetString(PyExc_RuntimeError, error.what());
    } catch (const TensorError& error) {
      PyErr_SetString(PyExc_RuntimeError, error.what());
    }
  });
}
// [/book:exceptions]

}  // namespace

}  // namespace minijit::python

PYBIND11_MODULE(_minijit, m) {
  using namespace minijit::python;
  m.doc() = "minijit's C++ engine; use the `minijit` package instead of importing this.";
  registerExceptions(m);
  bindTensor(m);
  bindCompilation(m);
  bindScriptObject(m);
}
