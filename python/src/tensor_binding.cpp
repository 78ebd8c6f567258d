// minijit tensors in Python: the `Tensor` class of the extension. A Tensor exposes its memory
// through the buffer protocol, so `numpy.asarray(t)` is a zero-copy view and
// `torch.from_numpy(numpy.asarray(t))` shares it too; numpy arrays and torch tensors come in
// as copies. repr() prints like torch's (`tensor([[-3., -3.], ...])`). Book chapter 8.
#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include "bindings.h"

namespace minijit::python {

namespace {

// The buffer-protocol format character of each dtype numpy understands.
const char* bufferFormat(ScalarType dtype) {
  switch (dtype) {
    case ScalarType::Byte: return "B";
    case ScalarType::Char: return "b";
    case ScalarType::Short: return "h";
    case ScalarType::Int: return "i";
    case ScalarType::Long: return "q";
    case ScalarType::Half: return "e";
    case ScalarType::Float: return "f";
    case ScalarType::Double: return "d";
    case ScalarType::Bool: return "?";
    case ScalarType::BFloat16: break;
  }
  throw py::type_error(std::string("minijit tensors of dtype ") + scalarTypePythonName(dtype) +
                       " cannot be viewed from Python (numpy has no such dtype)");
}

// [book:tensor-buffer]
py::buffer_info tensorBuffer(const Tensor& tensor) {
  const auto item = static_cast<py::ssize_t>(elementSize(tensor.dtype()));
  std::vector<py::ssize_t> shape(tensor.sizes().begin(), tensor.sizes().end());
  std::vector<py::ssize_t> strides;
  for (int64_t stride : tensor.strides()) strides.push_back(stride * item);
  return py::buffer_info(tensor.dataPtr(), item, bufferFormat(tensor.dtype()),
                         static_cast<py::ssize_t>(shape.size()), shape, strides);
}
// [/book:tensor-buffer]

// numpy dtype -> ScalarType, for the dtypes minijit has.
ScalarType scalarTypeOfArray(const py::array& array) {
  const char kind = array.dtype().kind();
  const auto size = array.itemsize();
  if (kind == 'f' && size == 4) return ScalarType::Float;
  if (kind == 'f' && size == 8) return ScalarType::Double;
  if (kind == 'f' && size == 2) return ScalarType::Half;
  if (kind == 'i' && size == 8) return ScalarType::Long;
  if (kind == 'i' && size == 4) return ScalarType::Int;
  if (kind == 'i' && size == 2) return ScalarType::Short;
  if (kind == 'i' && size == 1) return ScalarType::Char;
  if (kind == 'u' && size == 1) return ScalarType::Byte;
  if (kind == 'b') return ScalarType::Bool;
  throw py::type_error("minijit tensors cannot hold numpy dtype '" +
                       py::str(array.dtype()).cast<std::string>() +
                       "' (supported: float16/32/64, int8/16/32/64, uint8, bool)");
}

Tensor tensorFromArray(const py::array& input) {
  const ScalarType dtype = scalarTypeOfArray(input);
  // A C-contiguous copy: numpy strides may be negative or unaligned, minijit's may not.
  py::array array = py::array::ensure(input, py::array::c_style);
  std::vector<int64_t> sizes(array.shape(), array.shape() + array.ndim());
  return Tensor::fromData(array.data(), sizes, dtype);
}

bool isTorchTensor(py::handle object) {
  py::handle type = py::type::handle_of(object);
  if (!py::hasattr(type, "__module__")) return false;
  const auto module = py::str(type.attr("__module__")).cast<std::string>();
  // torch.Tensor and its subclasses (torch.nn.Parameter lives in torch.nn.parameter).
  return (module == "torch" || module.starts_with("torch.")) && py::hasattr(object, "detach") &&
         py::hasattr(object, "numpy");
}

py::object numpyView(py::object tensor) {
  return py::module_::import("numpy").attr("asarray")(tensor);
}

py::list shapeOf(const Tensor& tensor) {
  py::list shape;
  for (int64_t size : tensor.sizes()) shape.append(size);
  return shape;
}

}  // namespace

bool isTensorLike(py::handle object) {
  return py::isinstance<Tensor>(object) || py::isinstance<py::array>(object) ||
         isTorchTensor(object);
}

Tensor tensorFromArrayLike(py::handle object) {
  if (py::isinstance<Tensor>(object)) return object.cast<Tensor>();
  if (isTorchTensor(object)) {
    // torch -> numpy shares memory; tensorFromArray then copies it into minijit.
    return tensorFromArray(object.attr("detach")().attr("cpu")().attr("numpy")());
  }
  return tensorFromArray(py::array::ensure(object));
}

void bindTensor(py::module_& m) {
  py::class_<Tensor>(m, "Tensor", py::buffer_protocol(),
                     "A minijit tensor. numpy.asarray(t) views its memory without copying.")
      .def_buffer(&tensorBuffer)
      .def_static("from_numpy", [](py::array array) { return tensorFromArray(array); },
                  "A minijit tensor holding a copy of a numpy array (dtype kept).")
      .def_property_readonly("shape", [](const Tensor& t) { return py::tuple(shapeOf(t)); })
      .def("size", [](const Tensor& t) { return py::tuple(shapeOf(t)); })
      .def("size", [](const Tensor& t, int64_t dim) { return t.size(dim); })
      .def("stride", [](const Tensor& t) { return t.strides(); })
      .def("dim", &Tensor::dim)
      .def("numel", &Tensor::numel)
      .def_property_readonly("ndim", &Tensor::dim)
      .def_property_readonly("dtype",
                             [](const Tensor& t) { return std::string(scalarTypePythonName(t.dtype())); },
                             "The dtype's name as torch spells it without `torch.`: 'float32'.")
      .def("is_contiguous", &Tensor::isContiguous)
      .def("numpy", &numpyView, "A numpy view of this tensor's memory.")
      .def("tolist", [](py::object self) { return numpyView(self).attr("tolist")(); })
      .def("item", [](py::object self) { return numpyView(self).attr("item")(); })
      // [book:dlpack]
      // DLPack (torch.from_dlpack) goes through numpy's exporter, which has no bool.
      .def("__dlpack__", [](py::object self, py::object stream) {
             return numpyView(self).attr("__dlpack__")();
           }, py::arg("stream") = py::none())
      .def("__dlpack_device__", [](py::object) { return py::make_tuple(1, 0); })  // kDLCPU
      // [/book:dlpack]
      .def("__repr__", &Tensor::toString)
      .def("__str__", &Tensor::toString);
}

}  // namespace minijit::python
