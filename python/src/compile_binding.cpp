// Compiling from Python: the extension's CompilationUnit, Function and Graph classes, and
// PythonResolver, the Resolver that asks a Python callback what a free name in a scripted
// function means (the callback looks in the function's globals and closure; see
// python/minijit/_script.py). Book chapter 1 follows `minijit.script` through these.
#include <pybind11/stl.h>

#include <array>
#include <string_view>
#include <unordered_map>

#include "bindings.h"
#include "lexer/lexer.h"
#include "parser/parser.h"

namespace minijit::python {

namespace {

// Functions are owned by their CompilationUnit; a handle keeps the unit alive for as long as
// Python holds the function (or its graph).
struct FunctionHandle {
  std::shared_ptr<CompilationUnit> unit;
  Function* function;
};

struct GraphHandle {
  std::shared_ptr<CompilationUnit> unit;
  std::shared_ptr<Graph> graph;
};

// A TorchScript class compiled from a Python class (minijit._script caches one per class).
struct ClassHandle {
  std::shared_ptr<ClassDefinition> definition;
};

// Answers the compiler's questions about free names by calling `callback(name)`, which
// returns one of:
//   None                         the name is unknown here (the compiler tries its own)
//   a Function                   another scripted function
//   ("module", "torch"|"math")   a builtin module
//   ("builtin", "aten::zeros")   a builtin operator (e.g. `from torch import zeros`)
//   ("python_value", "int")      a Python global that cannot be used as a value
//   ("exception", "pkg.mod.Err") a user-defined exception class, by qualified name
//   ("namedtuple", qualified_name, source, filename, first_line)
//                                a typing.NamedTuple class and the source of its class statement
//   a Class                      a TorchScript class (from minijit._script's define_class)
//   ("enum", qualified_name, [(name, value), ...])
//                                an Enum class and its members (values int, float or str)
class PythonResolver : public Resolver {
 public:
  explicit PythonResolver(py::function callback) : callback_(std::move(callback)) {}

  ~PythonResolver() override {
    // Units may die while C++ holds no GIL only at interpreter exit; keep py objects safe.
    if (!Py_IsInitialized()) {
      callback_.release();  // Python is gone: nothing left to free it with
      return;
    }
    py::gil_scoped_acquire gil;
    callback_ = py::function();
  }

  // One compile asks about the same names again and again (`torch` in every `torch.relu`);
  // each answer is remembered until forgetAnswers(), which define() calls when it is done,
  // so a later compile sees Python's globals as they are then. Calling back into Python
  // once per use cost a fifth of minijit.script's time.
  SugaredValuePtr resolve(const std::string& name) const override {
    auto known = answers_.find(name);
    if (known != answers_.end()) return known->second;
    SugaredValuePtr answer = ask(name);
    // Enum and NamedTuple classes make a fresh type per answer, and minijit's value
    // numbering (which matches upstream's in the tests) depends on that: asked each time.
    if (!answer || (answer->kind != SugaredValue::Kind::EnumClass &&
                    answer->kind != SugaredValue::Kind::NamedTupleClass)) {
      answers_.emplace(name, answer);
    }
    return answer;
  }
  void forgetAnswers() const { answers_.clear(); }

  // [book:python-resolver]
  SugaredValuePtr ask(const std::string& name) const {
    py::gil_scoped_acquire gil;
    py::object answer = callback_(name);
    if (answer.is_none()) return nullptr;
    if (py::isinstance<FunctionHandle>(answer)) {
      const auto& handle = answer.cast<const FunctionHandle&>();
      keep_alive_.push_back(handle.unit);  // the callee's definition must outlive our graph
      return SugaredValue::functionValue(&handle.function->definition());
    }
    if (py::isinstance<ClassHandle>(answer)) {
      return SugaredValue::classValue(answer.cast<const ClassHandle&>().definition);
    }
    if (py::len(answer) == 5) return namedTupleClass(answer.cast<py::tuple>());
    if (py::len(answer) == 3) return enumClass(answer.cast<py::tuple>());
    auto spec = answer.cast<std::pair<std::string, std::string>>();
    if (spec.first == "module") return SugaredValue::module(spec.second);
    if (spec.first == "builtin") return SugaredValue::builtin(spec.second);
    if (spec.first == "python_value") return SugaredValue::pythonValue(spec.second);
    if (spec.first == "exception") return SugaredValue::exception(spec.second, true);
    throw std::invalid_argument("resolver callback returned an unknown kind '" + spec.first + "'");
  }
  // [/book:python-resolver]

  // An Enum's members become constants of one Enum type; their values must share a type,
  // as upstream requires.
  static SugaredValuePtr enumClass(const py::tuple& spec) {
    const auto qualified_name = spec[1].cast<std::string>();
    std::vector<std::pair<std::string, Constant>> members;
    TypePtr value_type;
    for (py::handle item : spec[2].cast<py::list>()) {
      auto pair = item.cast<py::tuple>();
      py::handle value = pair[1];
      Constant constant = py::isinstance<py::bool_>(value)    ? Constant::boolean(value.cast<bool>())
                          : py::isinstance<py::int_>(value)   ? Constant::integer(value.cast<int64_t>())
                          : py::isinstance<py::float_>(value) ? Constant::floating(value.cast<double>())
                          : py::isinstance<py::str>(value)    ? Constant::string(value.cast<std::string>())
                                                               : Constant::none();
      if (constant.kind == Constant::Kind::None || constant.kind == Constant::Kind::Bool) {
        throw std::invalid_argument("Cannot create Enum with value type '" +
                                    py::str(value.get_type().attr("__name__")).cast<std::string>() +
                                    "', only int, float and str are supported");
      }
      if (value_type && !sameType(value_type, constant.type)) {
        throw std::invalid_argument("Enum class with varying value types are not supported.");
      }
      value_type = constant.type;
      members.emplace_back(pair[0].cast<std::string>(), std::move(constant));
    }
    if (!value_type) throw std::invalid_argument("Enum class " + qualified_name + " has no members");
    TypePtr type = Type::enumType(qualified_name, value_type);
    std::vector<Constant> constants;
    for (auto& [name, value] : members) {
      constants.push_back(Constant::enumMember(type, name, std::move(value)));
    }
    return SugaredValue::enumClass(type, std::move(constants));
  }

  // The class statement is parsed here; the emitter reads its annotated fields as types.
  static SugaredValuePtr namedTupleClass(const py::tuple& spec) {
    auto source = std::make_shared<Source>(spec[2].cast<std::string>(), spec[3].cast<std::string>(),
                                           spec[4].cast<size_t>());
    auto module = std::make_shared<const Module>(parseModule(source));
    for (const StmtPtr& stmt : module->body) {
      if (stmt->kind == StmtKind::Class) {
        return SugaredValue::namedTupleClass(spec[1].cast<std::string>(), module,
                                             &stmt->as<ClassStmt>());
      }
    }
    throw std::invalid_argument("resolver callback gave a NamedTuple source with no class");
  }

 private:
  py::function callback_;
  mutable std::vector<std::shared_ptr<CompilationUnit>> keep_alive_;
  mutable std::unordered_map<std::string, SugaredValuePtr> answers_;
};

std::vector<FunctionHandle> define(const std::shared_ptr<CompilationUnit>& unit,
                                   const std::string& text, const std::string& filename,
                                   size_t first_line, py::object resolve, size_t column_offset) {
  auto source = std::make_shared<Source>(text, filename, first_line, column_offset);
  std::shared_ptr<const PythonResolver> resolver;
  if (!resolve.is_none()) resolver = std::make_shared<PythonResolver>(resolve);
  struct Forget {  // also when define throws
    const PythonResolver* resolver;
    ~Forget() {
      if (resolver) resolver->forgetAnswers();
    }
  } forget{resolver.get()};
  std::vector<FunctionHandle> handles;
  for (Function* function : unit->define(source, resolver)) handles.push_back({unit, function});
  return handles;
}

// [book:call]
py::object call(const FunctionHandle& handle, const py::args& args, const py::kwargs& kwargs) {
  std::vector<IValue> inputs = argumentsFromPython(handle.function->schema(), args, kwargs);
  IValue result;
  {
    py::gil_scoped_release no_gil;  // the interpreter never calls back into Python
    result = (*handle.function)(std::move(inputs));
  }
  return toPython(result);
}
// [/book:call]

// Line `i` of `lines` (a list of str): a view of its UTF-8 text, borrowed from the str. Source
// lines are almost always ASCII, whose characters the str holds inline: reading them needs
// no call into Python. (Any other str is asked for its UTF-8, which it then keeps.)
std::string_view lineText(const py::list& lines, size_t i) {
  PyObject* line = PyList_GET_ITEM(lines.ptr(), i);  // (borrowed: no reference counting)
  if (PyUnicode_Check(line) && PyUnicode_IS_COMPACT_ASCII(line)) {
    return {static_cast<const char*>(PyUnicode_DATA(line)),
            static_cast<size_t>(PyUnicode_GET_LENGTH(line))};
  }
  Py_ssize_t size = 0;
  const char* data = PyUnicode_AsUTF8AndSize(line, &size);
  if (data == nullptr) throw py::error_already_set();
  return {data, static_cast<size_t>(size)};
}

// [book:block-end]
// Where the def that starts on line `first_line` of `lines` (a file's lines, as linecache
// gives them) ends: the number of its last line, or 0 when that line is not a `def`, an
// `async def` or a decorator. It is what inspect.getsourcelines finds with Python's tokenize
// module (the last line of the last logical line indented deeper than the def, or of a comment
// indented as deep as the body after it), done by scanning only the function's own lines:
// brackets, strings and backslashes join physical lines into logical lines; blank lines and
// comment lines never end a block. Checked against inspect on 9,225 functions (the standard
// library, torch.jit and this repository; python/tests/test_script.py checks the last two).
size_t blockEnd(const py::list& lines, size_t first_line) {
  if (first_line == 0 || first_line > lines.size()) return 0;
  auto text = [&](size_t i) { return lineText(lines, i); };
  // The characters the scan must look at; all others (most of a line) are skipped in a run.
  static const auto special = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : std::string_view("\"'#()[]{}\\")) table[c] = true;
    return table;
  }();
  auto indentation = [](std::string_view line) {
    return line.find_first_not_of(" \t\f");
  };
  auto tripleAt = [](std::string_view line, size_t c, char q) {
    return c + 2 < line.size() && line[c] == q && line[c + 1] == q && line[c + 2] == q;
  };
  std::string_view header = text(first_line - 1);
  size_t def_indent = indentation(header);
  std::string_view head = header.substr(def_indent == std::string_view::npos ? 0 : def_indent);
  if (!head.starts_with("def ") && !head.starts_with("@") && !head.starts_with("async def ")) {
    return 0;
  }
  bool in_body = false;   // past the def's own logical line
  size_t body_indent = std::string_view::npos;  // the first body line's, once seen
  size_t last = 0;        // last line of the block so far
  int depth = 0;          // open brackets
  char quote = 0;         // the open string's quote character, or 0
  bool triple = false;    // ... and whether it is triple-quoted
  bool continued = false; // the logical line goes on (brackets, strings, backslash)
  for (size_t i = first_line - 1; i < lines.size(); ++i) {
    std::string_view line = text(i);
    if (!continued) {  // a new logical line: blank or comment, the block's end, or more of it
      size_t indent = indentation(line);
      if (indent == std::string_view::npos || line[indent] == '\n' || line[indent] == '\r') {
        continue;
      }
      if (line[indent] == '#') {
        // As inspect: a comment indented at least as deep as the body belongs to it.
        if (body_indent != std::string_view::npos && indent >= body_indent) last = i + 1;
        continue;
      }
      if (in_body && indent <= def_indent) break;
      if (in_body && body_indent == std::string_view::npos) body_indent = indent;
      std::string_view start = line.substr(indent);
      if (!in_body) {  // decorators, then the def, whose logical line ends the header
        if (start.starts_with("def ") || start.starts_with("async def ")) {
          in_body = true;
        } else if (!start.starts_with("@")) {
          return 0;  // a decorated class, say
        }
      }
    }
    bool backslash = false;
    for (size_t c = 0; c < line.size(); ++c) {
      char ch = line[c];
      if (!special[static_cast<unsigned char>(ch)]) continue;
      if (quote) {
        if (ch == '\\') {
          // An escaped character never ends a string (raw strings included); an escaped
          // newline continues a one-quote string on the next line.
          if (line.find_first_not_of("\r\n", c + 1) == std::string_view::npos) backslash = true;
          ++c;
        } else if (ch == quote && (!triple || tripleAt(line, c, quote))) {
          if (triple) c += 2;
          quote = 0;
        }
        continue;
      }
      if (ch == '#') break;
      if (ch == '"' || ch == '\'') {
        triple = tripleAt(line, c, ch);
        if (triple) c += 2;
        quote = ch;
      } else if (ch == '(' || ch == '[' || ch == '{') {
        ++depth;
      } else if ((ch == ')' || ch == ']' || ch == '}') && depth > 0) {
        --depth;
      } else if (ch == '\\' && line.find_first_not_of("\r\n", c + 1) == std::string_view::npos) {
        backslash = true;
      }
    }
    if (quote && !triple && !backslash) quote = 0;  // an unclosed one-quote string ends here
    continued = depth > 0 || quote || backslash;
    last = i + 1;
  }
  return in_body ? last : 0;
}
// [/book:block-end]

// [book:define-function]
// minijit.script's way in for a def that starts a line of its file (not nested): compiles
// the def on line `first_line` of the file's lines, as far as blockEnd says it goes, in a
// unit of its own, and returns the function named `name`; None when that line starts no def
// (the caller then asks inspect). Taking the lines rather than their joined text spares Python
// a slice and a join of them, and the text a copy.
py::object defineFunction(const py::list& lines, size_t first_line, const std::string& name,
                          const std::string& filename, py::object resolve) {
  size_t end = blockEnd(lines, first_line);
  if (end == 0) return py::none();
  size_t size = 0;
  for (size_t i = first_line - 1; i < end; ++i) size += lineText(lines, i).size();
  std::string text;
  text.reserve(size);
  for (size_t i = first_line - 1; i < end; ++i) text += lineText(lines, i);
  auto unit = std::make_shared<CompilationUnit>();
  define(unit, text, filename, first_line, std::move(resolve), 0);
  Function* function = unit->find(name);
  if (function == nullptr) {
    throw std::runtime_error("minijit.script: no `def " + name + "` in the source at " +
                             filename + ":" + std::to_string(first_line));
  }
  return py::cast(FunctionHandle{unit, function});
}
// [/book:define-function]

void bindGraphAndFunction(py::module_& m) {
  py::class_<GraphHandle>(m, "Graph", "A typed SSA graph; str() prints it as upstream does.")
      .def("__str__", [](const GraphHandle& g) { return g.graph->toString(); })
      .def("__repr__", [](const GraphHandle& g) { return g.graph->toString(); })
      .def("str", [](const GraphHandle& g, bool print_source_locations) {
             return g.graph->toString(print_source_locations);
           }, py::arg("print_source_locations") = true);

  py::class_<FunctionHandle>(m, "Function", "A compiled TorchScript function.")
      .def_property_readonly("name", [](const FunctionHandle& f) { return f.function->name(); })
      .def_property_readonly("graph", [](const FunctionHandle& f) {
        return GraphHandle{f.unit, f.function->definition().graphPtr()};
      })
      .def_property_readonly("schema", [](const FunctionHandle& f) {
        return declarationString(f.function->schema());
      })
      .def("__call__", &call);
}

void bindClasses(py::module_& m) {
  py::class_<ClassHandle>(m, "Class", "A TorchScript class compiled from a Python class.")
      .def_property_readonly("qualified_name",
                             [](const ClassHandle& c) { return c.definition->qualifiedName(); });
  m.def("define_class",
        [](const std::string& qualified_name, const std::string& text, const std::string& filename,
           size_t first_line, py::object resolve, size_t column_offset) {
          auto source = std::make_shared<Source>(text, filename, first_line, column_offset);
          std::shared_ptr<const Resolver> resolver;
          if (!resolve.is_none()) resolver = std::make_shared<PythonResolver>(resolve);
          return ClassHandle{defineClass(source, qualified_name, resolver)};
        },
        py::arg("qualified_name"), py::arg("source"), py::arg("filename"), py::arg("first_line"),
        py::arg("resolve"), py::arg("column_offset") = 0,
        "A TorchScript class from the source of a Python class statement; methods compile "
        "when the class is first used.");
  m.def("compile_class", [](const ClassHandle& c) { c.definition->ensureDefined(); },
        "Compiles every method of the class now (as torch.jit.script(cls) does).");
}

void bindCompilationUnit(py::module_& m) {
  py::class_<CompilationUnit, std::shared_ptr<CompilationUnit>>(
      m, "CompilationUnit", "Owns the functions compiled from one or more sources.")
      .def(py::init<>())
      .def("define", &define, py::arg("source"), py::arg("filename") = "<string>",
           py::arg("first_line") = 1, py::arg("resolve") = py::none(),
           py::arg("column_offset") = 0,
           "Compiles every def in `source`; `resolve(name)` answers free names; columns are "
           "reported `column_offset` further right (the text was dedented by that much).")
      .def("find", [](const std::shared_ptr<CompilationUnit>& unit, const std::string& name)
                       -> std::optional<FunctionHandle> {
             if (Function* function = unit->find(name)) return FunctionHandle{unit, function};
             return std::nullopt;
           })
      .def_property_readonly("functions", [](const std::shared_ptr<CompilationUnit>& unit) {
        std::vector<FunctionHandle> handles;
        for (const auto& function : unit->functions()) handles.push_back({unit, function.get()});
        return handles;
      });
}

// The teaching view: the stages before the graph, as text.
void bindStages(py::module_& m) {
  m.def("dump_tokens", [](const std::string& text, const std::string& filename) {
    return dumpTokens(tokenize(std::make_shared<Source>(text, filename)));
  }, py::arg("source"), py::arg("filename") = "<string>", "The lexer's tokens, one per line.");
  m.def("dump_ast", [](const std::string& text, const std::string& filename) {
    return dumpAst(parseSource(text, filename));
  }, py::arg("source"), py::arg("filename") = "<string>", "The parser's AST as an indented tree.");
}

}  // namespace

void bindCompilation(py::module_& m) {
  m.def("block_end", &blockEnd, py::arg("lines"), py::arg("first_line"),
        "The last line of the def (or decorated def) on line `first_line` of a file's lines, "
        "found as inspect.getsourcelines does; 0 when that line starts no def.");
  bindGraphAndFunction(m);
  m.def("define_function", &defineFunction, py::arg("lines"), py::arg("first_line"),
        py::arg("name"), py::arg("filename"), py::arg("resolve"),
        "Compiles the def on line `first_line` of a file's lines (to its end, as block_end "
        "finds it) and returns the Function `name`; None when that line starts no def.");
  bindClasses(m);
  bindCompilationUnit(m);
  bindStages(m);
}

}  // namespace minijit::python
