// torch.nn.functional's Python functions. Upstream scripts `F.relu` from torch's own Python
// source and calls it with prim::CallFunction (only the builtins of torch._C, such as
// F.gelu, are aten operators). minijit carries the TorchScript-visible part of those
// functions here, as its own source, and compiles them the same way, so a caller's graph is
// upstream's: `%4 : Tensor = prim::CallFunction(%3, %x.1, %2)`. Names not listed stay aten
// builtins. Book chapter 5.
#include <mutex>
#include <unordered_map>

#include "frontend/builtin_functions.h"
#include "frontend/function_definition.h"
#include "frontend/sugared_value.h"
#include "parser/parser.h"

namespace minijit {

namespace {

// [book:functional-source]
// The signatures are upstream's (torch 1.13); the bodies drop its __torch_function__
// dispatch and deprecation warnings, which TorchScript ignores.
const char* const kFunctionalSource = R"(
def relu(input: Tensor, inplace: bool = False) -> Tensor:
    if inplace:
        result = torch.relu_(input)
    else:
        result = torch.relu(input)
    return result

def relu6(input: Tensor, inplace: bool = False) -> Tensor:
    if inplace:
        result = torch.relu6_(input)
    else:
        result = torch.relu6(input)
    return result

def leaky_relu(input: Tensor, negative_slope: float = 0.01, inplace: bool = False) -> Tensor:
    if inplace:
        result = torch.leaky_relu_(input, negative_slope)
    else:
        result = torch.leaky_relu(input, negative_slope)
    return result

def elu(input: Tensor, alpha: float = 1.0, inplace: bool = False) -> Tensor:
    if inplace:
        result = torch.elu_(input, alpha)
    else:
        result = torch.elu(input, alpha)
    return result

def silu(input: Tensor, inplace: bool = False) -> Tensor:
    if inplace:
        return torch.silu_(input)
    return torch.silu(input)

def hardswish(input: Tensor, inplace: bool = False) -> Tensor:
    if inplace:
        return torch.hardswish_(input)
    return torch.hardswish(input)

def hardsigmoid(input: Tensor, inplace: bool = False) -> Tensor:
    if inplace:
        return torch.hardsigmoid_(input)
    return torch.hardsigmoid(input)

def _get_softmax_dim(name: str, ndim: int, stacklevel: int) -> int:
    if ndim == 0 or ndim == 1 or ndim == 3:
        ret = 0
    else:
        ret = 1
    return ret

def softmax(input: Tensor, dim: Optional[int] = None, _stacklevel: int = 3,
            dtype: Optional[int] = None) -> Tensor:
    if dim is None:
        dim = _get_softmax_dim("softmax", input.dim(), _stacklevel)
    if dtype is None:
        ret = input.softmax(dim)
    else:
        ret = input.softmax(dim, dtype=dtype)
    return ret

def log_softmax(input: Tensor, dim: Optional[int] = None, _stacklevel: int = 3,
                dtype: Optional[int] = None) -> Tensor:
    if dim is None:
        dim = _get_softmax_dim("log_softmax", input.dim(), _stacklevel)
    if dtype is None:
        ret = input.log_softmax(dim)
    else:
        ret = input.log_softmax(dim, dtype=dtype)
    return ret

def dropout(input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False) -> Tensor:
    if p < 0.0 or p > 1.0:
        raise ValueError("dropout probability has to be between 0 and 1, but got {}".format(p))
    return torch.dropout_(input, p, training) if inplace else torch.dropout(input, p, training)

def layer_norm(input: Tensor, normalized_shape: List[int], weight: Optional[Tensor] = None,
               bias: Optional[Tensor] = None, eps: float = 1e-5) -> Tensor:
    return torch.layer_norm(input, normalized_shape, weight, bias, eps, True)
)";
// [/book:functional-source]

// The functions of kFunctionalSource, each compiled on first use; they call each other by
// name and see `torch` as the builtin module.
class Functional : public Resolver {
 public:
  explicit Functional(const std::function<void(FunctionDefinition&)>& define)
      : module_(parseModule(std::make_shared<Source>(kFunctionalSource,
                                                     "torch/nn/functional.py", 1))) {
    for (const StmtPtr& stmt : module_.body) {
      const auto& def = stmt->as<DefStmt>();
      // The resolver is this object, which lives as long as the process; no ownership.
      std::shared_ptr<const Resolver> self(std::shared_ptr<const Resolver>(), this);
      functions_.emplace(def.name, std::make_unique<FunctionDefinition>(def.name, &def, self,
                                                                        define));
    }
  }

  const FunctionDefinition* find(const std::string& name) const {
    auto it = functions_.find(name);
    return it == functions_.end() ? nullptr : it->second.get();
  }

  SugaredValuePtr resolve(const std::string& name) const override {
    if (const FunctionDefinition* fn = find(name)) return SugaredValue::functionValue(fn);
    return nullptr;
  }

 private:
  Module module_;
  std::unordered_map<std::string, std::unique_ptr<FunctionDefinition>> functions_;
};

}  // namespace

const FunctionDefinition* functionalFunction(
    const std::string& name, const std::function<void(FunctionDefinition&)>& define) {
  static Functional* functional = nullptr;  // never destroyed, as compiled classes
  static std::once_flag once;
  std::call_once(once, [&] { functional = new Functional(define); });
  return functional->find(name);
}

}  // namespace minijit
