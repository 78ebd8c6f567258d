// A tree-walking interpreter over the graph IR: prim:: structural nodes are handled here,
// everything with a schema goes through the OperatorRegistry with upstream's stack
// convention. Book chapter 7 ("The interpreter").
#include "runtime/interpreter.h"

#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

#include "runtime/operator_registry.h"

namespace minijit {

namespace {

// One past the largest Value::unique() in `block` and its nested blocks.
size_t valueSlotCount(const Block* block) {
  size_t count = 0;
  auto see = [&](const std::vector<Value*>& values) {
    for (const Value* v : values) count = std::max(count, v->unique() + 1);
  };
  see(block->inputs());
  for (const Node* node : block->nodes()) {
    see(node->outputs());
    for (const Block* nested : node->blocks()) count = std::max(count, valueSlotCount(nested));
  }
  return count;
}

// The buffers one run works in: a slot per graph value and the operator stack. A run takes
// them from its thread's spare frames and gives them back empty, so calling a small function
// allocates neither (at ~100 ns per call, that was a fifth of a ten-operator chain). A nested
// prim::CallFunction takes a second frame; at most kSpareFrames wait for reuse.
struct Frame {
  std::vector<IValue> values;
  Stack stack;
  std::vector<int64_t> remaining_uses;  // see Interpreter::countTopLevelUses
};

constexpr size_t kSpareFrames = 8;

std::vector<Frame>& spareFrames() {
  thread_local std::vector<Frame> frames = [] {
    std::vector<Frame> reserved;
    reserved.reserve(kSpareFrames);  // giving a frame back never allocates
    return reserved;
  }();
  return frames;
}

Frame takeFrame(size_t slot_count) {
  std::vector<Frame>& spare = spareFrames();
  Frame frame;
  if (!spare.empty()) {
    frame = std::move(spare.back());
    spare.pop_back();
  }
  frame.values.resize(slot_count);
  return frame;
}

void giveBackFrame(Frame frame) {
  frame.values.clear();  // releases the run's tensors now, not when the frame is reused
  frame.stack.clear();
  std::vector<Frame>& spare = spareFrames();
  if (spare.size() < kSpareFrames) spare.push_back(std::move(frame));
}

// The kernel of each schema this thread has run, in a small table indexed by the schema's
// address (schemas live for the whole program, see OperatorRegistry::find). The registry's
// own cache takes a shared lock on every lookup, which cost as much as the table saves.
const Kernel* cachedKernel(const FunctionSchema& schema) {
  struct Entry {
    const FunctionSchema* schema = nullptr;
    const Kernel* kernel = nullptr;
  };
  thread_local std::array<Entry, 256> table;
  Entry& entry = table[(reinterpret_cast<std::uintptr_t>(&schema) / alignof(FunctionSchema)) %
                       table.size()];
  if (entry.schema != &schema) entry = {&schema, OperatorRegistry::instance().find(schema)};
  return entry.kernel;
}

class Interpreter {
 public:
  Interpreter(const Graph& graph, std::ostream& print_stream, const std::string& function)
      : graph_(graph),
        print_stream_(print_stream),
        function_(function),
        frame_(takeFrame(valueSlotCount(graph.block()))),
        values_(frame_.values) {}
  ~Interpreter() { giveBackFrame(std::move(frame_)); }
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  std::vector<IValue> run(std::vector<IValue> inputs) {
    const auto& params = graph_.inputs();
    if (inputs.size() != params.size()) {
      throw std::invalid_argument("runGraph: the graph takes " + std::to_string(params.size()) +
                                  " inputs but was given " + std::to_string(inputs.size()));
    }
    for (size_t i = 0; i < params.size(); ++i) slot(params[i]) = std::move(inputs[i]);
    countTopLevelUses();
    runBlock(graph_.block());
    return read(graph_.outputs());
  }

 private:
  // [book:value-slots]
  // Values live in a vector indexed by Value::unique(): graphs number values densely.
  IValue& slot(const Value* value) { return values_[value->unique()]; }
  std::vector<IValue> read(const std::vector<Value*>& values) {
    std::vector<IValue> out;
    out.reserve(values.size());
    for (const Value* v : values) out.push_back(slot(v));
    return out;
  }
  // [/book:value-slots]
  void write(const std::vector<Value*>& targets, std::vector<IValue> values) {
    for (size_t i = 0; i < targets.size(); ++i) slot(targets[i]) = std::move(values[i]);
  }

  // [book:run-block]
  // Kernel and operator errors (both std::runtime_error) gain the failing node's range.
  // A RuntimeError from a nested block already has its range and passes through; one that
  // left a called function gains the call as its caller's frame.
  void runBlock(const Block* block) {
    const bool top_level = block == graph_.block();
    for (const Node* node : block->nodes()) {
      try {
        runNode(node);
      } catch (RuntimeError& error) {
        if (node->kind() == "prim::CallFunction" || node->kind() == "prim::CallMethod") {
          error.addCaller(node->sourceRange(), function_);
        }
        throw;
      } catch (const std::runtime_error& error) {
        throw RuntimeError(error.what(), node->sourceRange(), "RuntimeError", function_);
      }
      if (top_level) releaseLastUses(node);
    }
  }
  // [/book:run-block]

  // [book:last-use]
  // A value of the top-level block is released after its last use, as upstream's
  // interpreter does, so that a chain of operators reuses its intermediates' memory instead
  // of holding all of them until the function returns. Each node of that block runs once
  // per call, so counting down the value's uses finds the last one. Only values whose every
  // use is a node of that block count: a use inside a loop body may run again, and a graph
  // output is a use by the block's prim::Return, which never runs, so those stay.
  void countTopLevelUses() {
    const Block* top = graph_.block();
    std::vector<int64_t>& remaining = frame_.remaining_uses;
    remaining.assign(values_.size(), kUncounted);
    for (const Node* node : top->nodes()) {
      for (const Value* input : node->inputs()) {
        int64_t& count = remaining[input->unique()];
        if (count != kUncounted) continue;
        count = static_cast<int64_t>(input->uses().size());
        for (const Use& use : input->uses()) {
          if (use.user->owningBlock() != top) count = kNeverReleased;
        }
      }
    }
  }

  // An operand at its last use moves to the stack (releaseLastUses then finds the slot
  // empty): no reference-count traffic, and the kernel holds the only reference.
  IValue takeOrCopy(const Value* input) {
    if (frame_.remaining_uses[input->unique()] == 1) return std::move(slot(input));
    return slot(input);
  }

  void releaseLastUses(const Node* node) {
    for (const Value* input : node->inputs()) {
      int64_t& count = frame_.remaining_uses[input->unique()];
      if (count > 0 && --count == 0) slot(input) = IValue();
    }
  }
  // [/book:last-use]
  static constexpr int64_t kUncounted = -1;
  static constexpr int64_t kNeverReleased = -2;

  // [book:run-node]
  void runNode(const Node* node) {
    const std::string& kind = node->kind();
    // Only prim:: nodes can be structural; aten::, math::... go straight to their kernel.
    if (!std::string_view(kind).starts_with("prim::")) return runOperator(node);
    if (kind == "prim::Constant") return runConstant(node);
    if (kind == "prim::If") return runIf(node);
    if (kind == "prim::Loop") return runLoop(node);
    if (kind == "prim::ListConstruct") return runListConstruct(node);
    if (kind == "prim::DictConstruct") return runDictConstruct(node);
    if (kind == "prim::ListUnpack")
      return unpack(node, slot(node->input(0)).toList()->elements, "a list");
    if (kind == "prim::TupleConstruct")
      return write(node->outputs(), {IValue::tuple(read(node->inputs()))});
    if (kind == "prim::TupleUnpack")
      return unpack(node, slot(node->input(0)).toTuple()->elements, "a tuple");
    if (kind == "prim::TupleIndex") return runTupleIndex(node);
    if (kind == "prim::RaiseException") return runRaise(node);
    if (kind == "prim::Print") return runPrint(node);
    if (kind == "prim::Uninitialized") return write(node->outputs(), {IValue()});
    if (kind == "prim::unchecked_cast") return write(node->outputs(), {slot(node->input(0))});
    if (kind == "prim::CallFunction") return runCallFunction(node);
    if (kind == "prim::isinstance") return runIsInstance(node);
    if (runObjectNode(node)) return;
    runOperator(node);
  }
  // [/book:run-node]

  // [book:run-object-node]
  // Objects of TorchScript classes and Enum members. False when `node` is none of these.
  bool runObjectNode(const Node* node) {
    const std::string& kind = node->kind();
    if (kind == "prim::CreateObject") {
      const TypePtr& type = node->output()->type();
      auto object = std::make_shared<ObjectValue>(ObjectValue{type, {}});
      object->slots.resize(type->classInfo().attribute_names.size());
      slot(node->output()) = IValue(std::move(object));
    } else if (kind == "prim::GetAttr") {
      const ObjectValue& object = *slot(node->input(0)).toObject();
      slot(node->output()) = object.slots.at(attributeSlot(object, node));
    } else if (kind == "prim::SetAttr") {
      ObjectValue& object = *slot(node->input(0)).toObject();
      object.slots.at(attributeSlot(object, node)) = slot(node->input(1));
    } else if (kind == "prim::CallMethod") {
      // The emitter bound the method's graph to the node (classes have no inheritance).
      write(node->outputs(), runGraph(*node->calledGraph(), read(node->inputs()), print_stream_,
                                      node->attribute("name").s));
    } else if (kind == "prim::Enter" || kind == "prim::Exit") {
      // `with obj:` calls obj.__enter__() and, after the body, obj.__exit__(None, None, None).
      const IValue& object = slot(node->input(0));
      const bool enter = kind == "prim::Enter";
      const Graph* method =
          object.toObject()->type->classInfo().find_method(enter ? "__enter__" : "__exit__");
      std::vector<IValue> args{object};
      if (!enter) args.resize(4);
      write(node->outputs(), runGraph(*method, std::move(args), print_stream_,
                                      enter ? "__enter__" : "__exit__"));
    } else if (kind == "prim::EnumName") {
      slot(node->output()) = IValue(slot(node->input(0)).toEnum()->name);
    } else if (kind == "prim::EnumValue") {
      slot(node->output()) = slot(node->input(0)).toEnum()->value;
    } else {
      return false;
    }
    return true;
  }

  static size_t attributeSlot(const ObjectValue& object, const Node* node) {
    int64_t index = object.type->classInfo().attributeSlot(node->attribute("name").s);
    if (index < 0) throw std::logic_error("object has no attribute " + node->attribute("name").s);
    return static_cast<size_t>(index);
  }
  // [/book:run-object-node]

  // isinstance(x, (T1, T2...)) on the value's runtime kind.
  static bool isInstanceOf(const IValue& v, const TypePtr& type) {
    switch (type->kind()) {
      case TypeKind::Any: return true;
      case TypeKind::Int: return v.isInt();
      case TypeKind::Float: return v.isDouble();
      case TypeKind::Bool: return v.isBool();
      case TypeKind::Str: return v.isString();
      case TypeKind::Tensor: return v.isTensor();
      case TypeKind::None: return v.isNone();
      case TypeKind::Tuple: return v.isTuple();
      case TypeKind::Optional: return v.isNone() || isInstanceOf(v, type->elementType());
      case TypeKind::Union:
        for (const TypePtr& member : type->containedTypes()) {
          if (isInstanceOf(v, member)) return true;
        }
        return false;
      case TypeKind::List:
        return v.isList() && (type->elementType()->kind() == TypeKind::Any ||
                              sameType(v.toList()->element_type, type->elementType()));
      default: return false;
    }
  }

  void runIsInstance(const Node* node) {
    const IValue& v = slot(node->input(0));
    bool result = false;
    for (const TypePtr& t : node->attribute("types").type->containedTypes()) {
      result = result || isInstanceOf(v, t);
    }
    write(node->outputs(), {IValue(result)});
  }

  // [book:run-call-function]
  // A call to another TorchScript function runs that function's graph on the arguments.
  void runCallFunction(const Node* node) {
    const auto& callee = node->input(0)->node()->calledGraph();
    if (!callee) throw std::runtime_error("prim::CallFunction of a function without a graph");
    std::vector<IValue> args;
    for (size_t i = 1; i < node->inputs().size(); ++i) args.push_back(slot(node->input(i)));
    write(node->outputs(), runGraph(*callee, std::move(args), print_stream_,
                                    node->input(0)->node()->attribute("name").s));
  }
  // [/book:run-call-function]

  // Runs on every call, so it looks the attribute up once and writes the slot directly.
  void runConstant(const Node* node) {
    IValue value;  // a constant without a value attribute is None
    for (const auto& [name, constant] : node->attributes()) {
      if (std::string_view(name) == "value") value = IValue::fromConstant(constant);
    }
    slot(node->output()) = std::move(value);
  }

  // The condition picks block 0 (then) or block 1 (else); that block's results become
  // the node's outputs.
  void runIf(const Node* node) {
    const Block* chosen = node->blocks().at(slot(node->input(0)).toBool() ? 0 : 1);
    runBlock(chosen);
    write(node->outputs(), read(chosen->outputs()));
  }

  // [book:run-loop]
  // prim::Loop(max_trip_count, initial_condition, carried...): the body takes
  // (iteration, carried...) and returns (next_condition, carried...). A `while` loop has
  // max_trip_count = INT64_MAX; a `for` loop has initial_condition = True.
  void runLoop(const Node* node) {
    const Block* body = node->blocks().at(0);
    const int64_t max_trip_count = slot(node->input(0)).toInt();
    bool condition = slot(node->input(1)).toBool();
    std::vector<IValue> carried;
    for (size_t i = 2; i < node->inputs().size(); ++i) carried.push_back(slot(node->input(i)));
    for (int64_t iteration = 0; condition && iteration < max_trip_count; ++iteration) {
      slot(body->inputs().at(0)) = iteration;
      for (size_t i = 0; i < carried.size(); ++i)
        slot(body->inputs().at(i + 1)) = std::move(carried[i]);
      runBlock(body);
      condition = slot(body->outputs().at(0)).toBool();
      for (size_t i = 0; i < carried.size(); ++i) carried[i] = slot(body->outputs().at(i + 1));
    }
    write(node->outputs(), std::move(carried));
  }
  // [/book:run-loop]

  // The element type comes from the static output type (`int[]` -> int).
  void runListConstruct(const Node* node) {
    const TypePtr& type = node->output()->type();
    TypePtr element = type->kind() == TypeKind::List ? type->elementType() : Type::any();
    write(node->outputs(), {IValue::list(read(node->inputs()), element)});
  }

  // prim::DictConstruct(k1, v1, k2, v2, ...): key and value types come from the static
  // output type (`Dict(str, int)`); a repeated key keeps its first place and last value,
  // as a Python dict literal does.
  void runDictConstruct(const Node* node) {
    const TypePtr& type = node->output()->type();
    const bool typed = type->kind() == TypeKind::Dict;
    IValue dict = IValue::dict(typed ? type->containedTypes().at(0) : Type::any(),
                               typed ? type->containedTypes().at(1) : Type::any());
    const auto& inputs = node->inputs();
    if (inputs.size() % 2 != 0) {
      throw std::logic_error("prim::DictConstruct with an odd input count");
    }
    for (size_t i = 0; i < inputs.size(); i += 2) {
      dict.toDict()->insertOrAssign(slot(inputs[i]), slot(inputs[i + 1]));
    }
    write(node->outputs(), {std::move(dict)});
  }

  void unpack(const Node* node, const std::vector<IValue>& elements, const char* what) {
    if (elements.size() != node->outputs().size()) {  // upstream's wording for ListUnpack
      throw OperatorError("Expected " + std::to_string(node->outputs().size()) + " elements in " +
                          what + " but found " + std::to_string(elements.size()));
    }
    write(node->outputs(), elements);
  }

  void runTupleIndex(const Node* node) {
    const auto& elements = slot(node->input(0)).toTuple()->elements;
    int64_t index = slot(node->input(1)).toInt();
    if (index < 0) index += static_cast<int64_t>(elements.size());
    if (index < 0 || index >= static_cast<int64_t>(elements.size())) {
      throw OperatorError("tuple index out of range");
    }
    write(node->outputs(), {elements[static_cast<size_t>(index)]});
  }

  // prim::RaiseException(str msg, str? cls): upstream prints `cls: msg`
  // ("builtins.ValueError: bad 3"); without a class (assert) it is a RuntimeError.
  [[noreturn]] void runRaise(const Node* node) {
    std::string message = slot(node->input(0)).toStringRef();
    std::string exception_class = "RuntimeError";
    if (node->inputs().size() > 1 && !slot(node->input(1)).isNone()) {
      exception_class = slot(node->input(1)).toStringRef();
    }
    throw RuntimeError(message, node->sourceRange(), exception_class, function_);
  }

  // print(a, b): the values' print() forms separated by spaces, then a newline.
  void runPrint(const Node* node) {
    std::string line;
    for (size_t i = 0; i < node->inputs().size(); ++i) {
      if (i) line += " ";
      line += slot(node->input(i)).str();
    }
    print_stream_ << line << "\n";
  }

  // [book:run-operator]
  // Operator nodes: push the inputs, run the kernel, pop the outputs.
  void runOperator(const Node* node) {
    const Kernel& kernel = kernelFor(node);
    Stack& stack = frame_.stack;  // one buffer for every operator of the run
    stack.clear();
    for (const Value* input : node->inputs()) stack.push_back(takeOrCopy(input));
    kernel(stack);
    // An operator with several results (divmod, max.dim) may return them as one tuple.
    if (stack.size() == 1 && node->outputs().size() > 1 && stack[0].isTuple()) {
      std::vector<IValue> elements = stack[0].toTuple()->elements;
      stack = std::move(elements);
    }
    if (stack.size() != node->outputs().size()) {
      throw std::logic_error("kernel for " + node->schema()->qualifiedName() + " left " +
                             std::to_string(stack.size()) + " values for " +
                             std::to_string(node->outputs().size()) + " outputs");
    }
    for (size_t i = 0; i < stack.size(); ++i) slot(node->outputs()[i]) = std::move(stack[i]);
  }
  // [/book:run-operator]

  const Kernel& kernelFor(const Node* node) {
    if (!node->schema()) throw OperatorError("minijit cannot run a " + node->kind() + " node");
    const Kernel* kernel = cachedKernel(*node->schema());
    if (!kernel) {
      throw OperatorError("minijit has no kernel for " + node->schema()->qualifiedName());
    }
    return *kernel;
  }

  const Graph& graph_;
  std::ostream& print_stream_;
  const std::string& function_;  // the function this graph belongs to, for tracebacks
  Frame frame_;
  std::vector<IValue>& values_;  // frame_.values
};

}  // namespace

std::vector<IValue> runGraph(const Graph& graph, std::vector<IValue> inputs,
                             std::ostream& print_stream, const std::string& function) {
  return Interpreter(graph, print_stream, function).run(std::move(inputs));
}

}  // namespace minijit
