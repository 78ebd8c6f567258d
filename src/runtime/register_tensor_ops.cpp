// Kernels for the aten:: tensor operators: each binds one upstream schema to a function of
// kernels/ops.h. Argument order and count follow the schema exactly, because the frontend
// passes every argument (defaults included) as a node input. Book chapter 7.
#include <optional>

#include "kernels/ops.h"
#include "runtime/register_helpers.h"

namespace minijit {

namespace {

using IntList = std::vector<int64_t>;

// A `ScalarType? dtype` argument: None, or upstream's dtype number (6 = float32).
std::optional<ScalarType> optionalDtype(const IValue& dtype) {
  if (dtype.isNone()) return std::nullopt;
  return static_cast<ScalarType>(dtype.toInt());
}

// zeros/ones(size, *, dtype, layout, device, pin_memory): float32 unless a dtype is given.
template <Tensor (*Factory)(const IntList&, ScalarType)>
Kernel makeFilledFactory() {
  return makeKernel<IntList, IValue, IValue, IValue, IValue>(
      [](const IntList& size, const IValue& dtype, const IValue&, const IValue&, const IValue&) {
        return Factory(size, optionalDtype(dtype).value_or(ScalarType::Float));
      });
}

// In-place arithmetic (`x += y` on tensors): compute, then write through into self, with
// upstream's checks (ops::assignInPlace: the result must fit self's shape and dtype).
void registerInPlace(OperatorRegistry& r) {
  auto inPlace = [](Tensor self, const Tensor& result) { return ops::assignInPlace(self, result); };
  r.add("aten::add_.Tensor", makeKernel<Tensor, Tensor, Scalar>([=](Tensor a, Tensor b, Scalar alpha) {
          return inPlace(a, ops::add(a, b, alpha));
        }));
  r.add("aten::add_.Scalar", makeKernel<Tensor, Scalar, Scalar>([=](Tensor a, Scalar b, Scalar alpha) {
          return inPlace(a, ops::add(a, b, alpha));
        }));
  r.add("aten::sub_.Tensor", makeKernel<Tensor, Tensor, Scalar>([=](Tensor a, Tensor b, Scalar alpha) {
          return inPlace(a, ops::sub(a, b, alpha));
        }));
  r.add("aten::sub_.Scalar", makeKernel<Tensor, Scalar, Scalar>([=](Tensor a, Scalar b, Scalar alpha) {
          return inPlace(a, ops::sub(a, b, alpha));
        }));
  r.add("aten::mul_.Tensor", makeKernel<Tensor, Tensor>([=](Tensor a, Tensor b) {
          return inPlace(a, ops::mul(a, b));
        }));
  r.add("aten::mul_.Scalar", makeKernel<Tensor, Scalar>([=](Tensor a, Scalar b) {
          return inPlace(a, ops::mul(a, b));
        }));
  r.add("aten::div_.Tensor", makeKernel<Tensor, Tensor>([=](Tensor a, Tensor b) {
          return inPlace(a, ops::div(a, b));
        }));
  r.add("aten::div_.Scalar", makeKernel<Tensor, Scalar>([=](Tensor a, Scalar b) {
          return inPlace(a, ops::div(a, b));
        }));
}

void registerArithmetic(OperatorRegistry& r) {
  r.add("aten::add.Tensor",
        makeKernel<Tensor, Tensor, Scalar>(
            [](Tensor a, Tensor b, Scalar alpha) { return ops::add(a, b, alpha); }));
  r.add("aten::add.Scalar",
        makeKernel<Tensor, Scalar, Scalar>(
            [](Tensor a, Scalar b, Scalar alpha) { return ops::add(a, b, alpha); }));
  r.add("aten::sub.Tensor",
        makeKernel<Tensor, Tensor, Scalar>(
            [](Tensor a, Tensor b, Scalar alpha) { return ops::sub(a, b, alpha); }));
  r.add("aten::sub.Scalar",
        makeKernel<Tensor, Scalar, Scalar>(
            [](Tensor a, Scalar b, Scalar alpha) { return ops::sub(a, b, alpha); }));
  r.add("aten::mul.Tensor",
        makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) { return ops::mul(a, b); }));
  r.add("aten::mul.Scalar",
        makeKernel<Tensor, Scalar>([](Tensor a, Scalar b) { return ops::mul(a, b); }));
  r.add("aten::div.Tensor",
        makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) { return ops::div(a, b); }));
  r.add("aten::div.Scalar",
        makeKernel<Tensor, Scalar>([](Tensor a, Scalar b) { return ops::div(a, b); }));
  r.add("aten::neg", makeKernel<Tensor>([](Tensor a) { return ops::neg(a); }));
  // 1 / x, computed in the floating type torch.reciprocal gives (ints become float32).
  r.add("aten::reciprocal", makeKernel<Tensor>([](Tensor a) {
          return ops::div(Tensor::scalarTensor(Scalar(1.0), isFloatingType(a.dtype()) ? a.dtype() : ScalarType::Float), a);
        }));
  r.add("aten::reciprocal_", makeKernel<Tensor>([](Tensor a) {
          Tensor one = Tensor::scalarTensor(Scalar(1.0), isFloatingType(a.dtype()) ? a.dtype() : ScalarType::Float);
          return ops::assignInPlace(a, ops::div(one, a));
        }));
  r.add("aten::relu", makeKernel<Tensor>([](Tensor a) { return ops::relu(a); }));
}

// Registers NAME.Tensor and NAME.Scalar of one comparison, e.g. aten::lt.
template <Tensor (*WithTensor)(const Tensor&, const Tensor&),
          Tensor (*WithScalar)(const Tensor&, const Scalar&)>
void registerComparison(OperatorRegistry& r, const std::string& name) {
  r.add(name + ".Tensor",
        makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) { return WithTensor(a, b); }));
  r.add(name + ".Scalar",
        makeKernel<Tensor, Scalar>([](Tensor a, Scalar b) { return WithScalar(a, b); }));
  // NAME_: the boolean result written into self in self's dtype.
  r.add(name + "_.Tensor", makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) {
          return ops::assignInPlace(a, WithTensor(a, b));
        }));
  r.add(name + "_.Scalar", makeKernel<Tensor, Scalar>([](Tensor a, Scalar b) {
          return ops::assignInPlace(a, WithScalar(a, b));
        }));
}

void registerComparisons(OperatorRegistry& r) {
  registerComparison<ops::eq, ops::eq>(r, "aten::eq");
  registerComparison<ops::ne, ops::ne>(r, "aten::ne");
  registerComparison<ops::lt, ops::lt>(r, "aten::lt");
  registerComparison<ops::le, ops::le>(r, "aten::le");
  registerComparison<ops::gt, ops::gt>(r, "aten::gt");
  registerComparison<ops::ge, ops::ge>(r, "aten::ge");
}

void registerFactoriesAndReductions(OperatorRegistry& r) {
  r.add("aten::zeros", makeFilledFactory<ops::zeros>());
  r.add("aten::ones", makeFilledFactory<ops::ones>());
  // empty(size, *, dtype, layout, device, pin_memory, memory_format): zero-filled here
  // (upstream leaves the memory uninitialised; only the shape and dtype are defined).
  r.add("aten::empty.memory_format",
        makeKernel<IntList, IValue, IValue, IValue, IValue, IValue>(
            [](const IntList& size, const IValue& dtype, const IValue&, const IValue&,
               const IValue&, const IValue&) {
              return ops::zeros(size, optionalDtype(dtype).value_or(ScalarType::Float));
            }));
  // result_type(tensor|number, tensor|number) -> ScalarType (as its number).
  r.add("aten::result_type.Tensor", makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) {
          return static_cast<int64_t>(ops::resultType(a, b));
        }));
  r.add("aten::result_type.Scalar", makeKernel<Tensor, Scalar>([](Tensor a, Scalar b) {
          return static_cast<int64_t>(ops::resultType(a, b));
        }));
  r.add("aten::result_type.Scalar_Tensor", makeKernel<Scalar, Tensor>([](Scalar a, Tensor b) {
          return static_cast<int64_t>(ops::resultType(b, a));
        }));
  // full(size, fill_value, *, dtype, layout, device, pin_memory): without a dtype the fill
  // value decides (int -> int64, float -> float32, bool -> bool), as torch.full.
  r.add("aten::full", makeKernel<IntList, Scalar, IValue, IValue, IValue, IValue>(
                          [](const IntList& size, Scalar fill, const IValue& dtype, const IValue&,
                             const IValue&, const IValue&) {
                            ScalarType type =
                                optionalDtype(dtype).value_or(ops::defaultDtypeFor(fill));
                            return ops::full(size, fill, type);
                          }));
  r.add("aten::matmul",
        makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) { return ops::matmul(a, b); }));
  r.add("aten::mm", makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) { return ops::mm(a, b); }));
  r.add("aten::sum", makeKernel<Tensor, IValue>([](Tensor a, const IValue& dtype) {
          return ops::sum(a, optionalDtype(dtype));
        }));
  // sum.dim_IntList(self, int[1]? dim, keepdim, *, dtype): dim=None sums everything.
  r.add("aten::sum.dim_IntList",
        makeKernel<Tensor, IValue, bool, IValue>(
            [](Tensor a, const IValue& dim, bool keepdim, const IValue& dtype) {
              IntList dims = dim.isNone() ? IntList{} : dim.toIntVector();
              return ops::sum(a, dims, keepdim, optionalDtype(dtype));
            }));
  r.add("aten::clone",
        makeKernel<Tensor, IValue>([](Tensor a, const IValue&) { return ops::clone(a); }));
  r.add("aten::contiguous",
        makeKernel<Tensor, int64_t>([](Tensor a, int64_t) { return ops::contiguous(a); }));
}

void registerShapeOps(OperatorRegistry& r) {
  r.add("aten::select.int",
        makeKernel<Tensor, int64_t, int64_t>(
            [](Tensor a, int64_t dim, int64_t index) { return ops::select(a, dim, index); }));
  r.add("aten::slice.Tensor",
        makeKernel<Tensor, int64_t, std::optional<int64_t>, std::optional<int64_t>, int64_t>(
            [](Tensor a, int64_t dim, std::optional<int64_t> start, std::optional<int64_t> end,
               int64_t step) { return ops::slice(a, dim, start, end, step); }));
  r.add("aten::size.int",
        makeKernel<Tensor, int64_t>([](Tensor a, int64_t dim) { return ops::size(a, dim); }));
  r.add("aten::size", makeKernel<Tensor>([](Tensor a) { return a.sizes(); }));
  r.add("aten::dim", makeKernel<Tensor>([](Tensor a) { return a.dim(); }));
  r.add("aten::numel", makeKernel<Tensor>([](Tensor a) { return a.numel(); }));
  r.add("aten::len.Tensor", makeKernel<Tensor>([](Tensor a) {
          if (a.dim() == 0) throw TensorError("len() of a 0-d tensor");
          return a.size(0);
        }));
  r.add("aten::t", makeKernel<Tensor>([](Tensor a) { return ops::t(a); }));
  r.add("aten::transpose.int",
        makeKernel<Tensor, int64_t, int64_t>(
            [](Tensor a, int64_t d0, int64_t d1) { return ops::transpose(a, d0, d1); }));
  r.add("aten::reshape",
        makeKernel<Tensor, IntList>([](Tensor a, IntList s) { return ops::reshape(a, s); }));
  r.add("aten::view",
        makeKernel<Tensor, IntList>([](Tensor a, IntList s) { return ops::view(a, s); }));
  r.add("aten::unsqueeze",
        makeKernel<Tensor, int64_t>([](Tensor a, int64_t d) { return ops::unsqueeze(a, d); }));
  r.add("aten::squeeze.dim",
        makeKernel<Tensor, int64_t>([](Tensor a, int64_t d) { return ops::squeeze(a, d); }));
  // squeeze() drops every dimension of size 1, from the last so the indices stay valid.
  r.add("aten::squeeze", makeKernel<Tensor>([](Tensor a) {
          for (int64_t d = a.dim() - 1; d >= 0; --d) {
            if (a.size(d) == 1) a = ops::squeeze(a, d);
          }
          return a;
        }));
}

// Conversions between tensors and numbers: int(t), float(t), t.item(), and the implicit
// conversions the frontend inserts where a tensor is used as a number.
void registerConversions(OperatorRegistry& r) {
  r.add("aten::Int.Tensor", makeKernel<Tensor>([](Tensor a) { return a.item().toLong(); }));
  r.add("aten::Float.Tensor", makeKernel<Tensor>([](Tensor a) { return a.item().toDouble(); }));
  r.add("aten::Bool.Tensor", makeKernel<Tensor>([](Tensor a) { return a.item().toBool(); }));
  r.add("aten::item", makeKernel<Tensor>([](Tensor a) { return a.item(); }));
  r.add("aten::ScalarImplicit", makeKernel<Tensor>([](Tensor a) { return a.item(); }));
  r.add("aten::FloatImplicit", makeKernel<Tensor>([](Tensor a) { return a.item().toDouble(); }));
  r.add("aten::IntImplicit", makeKernel<Tensor>([](Tensor a) {
          if (!isIntegralType(a.dtype(), /*include_bool=*/false)) {
            throw std::runtime_error(std::string("Cannot input a tensor of type ") +
                                     scalarTypeName(a.dtype()) + " as an integral argument");
          }
          if (a.dim() != 0) {
            throw std::runtime_error("Cannot input a tensor of dimension other than 0 as a scalar argument");
          }
          return a.item().toLong();
        }));
  // A Python float becomes a float64 tensor here (upstream's scalar_to_tensor), not float32.
  r.add("prim::NumToTensor.Scalar", makeKernel<Scalar>([](Scalar s) {
          ScalarType type = s.isFloatingPoint() ? ScalarType::Double : ops::defaultDtypeFor(s);
          return Tensor::scalarTensor(s, type);
        }));
  r.add("prim::NumToTensor.bool",
        makeKernel<bool>([](bool b) { return Tensor::scalarTensor(Scalar(b), ScalarType::Bool); }));
  r.add("prim::dtype",
        makeKernel<Tensor>([](Tensor a) { return static_cast<int64_t>(a.dtype()); }));
  r.add("prim::device", makeKernel<Tensor>([](Tensor) { return IValue::device("cpu"); }));
}

}  // namespace

void registerTensorOps(OperatorRegistry& registry) {
  registerInPlace(registry);
  registerArithmetic(registry);
  registerComparisons(registry);
  registerFactoriesAndReductions(registry);
  registerShapeOps(registry);
  registerConversions(registry);
}

}  // namespace minijit
