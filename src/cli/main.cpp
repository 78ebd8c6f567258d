// The `minijit` command-line tool: compiles a file of TorchScript functions and shows each
// stage of the pipeline (tokens, AST, graphs) and the result of running one function. It is
// the teaching view of book chapter 1; `scripts/run.sh` calls `minijit stages`.
// Every error (syntax, type, runtime, bad usage) is printed to stderr with exit status 1.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "cli/run_marker.h"
#include "compiler/compilation_unit.h"
#include "lexer/lexer.h"
#include "parser/parser.h"
#include "runtime/runtime_error.h"
#include "util/error.h"

namespace minijit::cli {

namespace {

const char* kUsage = R"(usage: minijit COMMAND FILE [FUNCTION [ARGS...]]

Compiles the TorchScript functions in FILE (a Python file; `import` lines and decorators
such as @torch.jit.script are accepted and ignored) and prints:

  stages   every stage, one titled section each: == tokens ==, == ast ==, == graph ==,
           == result ==
  tokens   the lexer's tokens
  ast      the parser's syntax tree
  graph    each function's graph, printed as upstream's str(fn.graph)
  run      only the result

What runs: FUNCTION with ARGS when given on the command line, otherwise the call written in
the file as a comment line `# run: foo(3)`. ARGS are literals: ints, floats, True, False,
None, 'strings'. With neither, nothing runs (the result section says so).

Errors in the program are printed to stderr and the exit status is 1.
)";

// A command line minijit cannot read: reported with the usage text.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Options {
  std::string command;
  std::string file;
  std::optional<RunRequest> run;
};

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void printSection(const std::string& title) { std::cout << "== " << title << " ==\n"; }

void printGraphs(const std::vector<Function*>& functions) {
  for (size_t i = 0; i < functions.size(); ++i) {
    if (i > 0) std::cout << "\n";
    std::cout << "-- " << functions[i]->name() << " --\n" << functions[i]->graph().toString();
  }
}

void printResult(const CompilationUnit& unit, const std::optional<RunRequest>& run) {
  if (!run) {
    std::cout << "(nothing to run: add a `# run: fn(args)` line or name a function and its "
                 "arguments after FILE)\n";
    return;
  }
  Function* function = unit.find(run->function);
  if (function == nullptr) throw std::runtime_error("no function named '" + run->function + "' in the file");
  std::cout << (*function)(run->arguments).str() << "\n";
}

// [book:run-command]
int runCommand(const Options& options) {
  const std::string text = readFile(options.file);
  auto source = std::make_shared<Source>(text, options.file);
  const bool stages = options.command == "stages";
  if (stages || options.command == "tokens") {
    if (stages) printSection("tokens");
    std::cout << dumpTokens(tokenize(source));
  }
  if (stages || options.command == "ast") {
    if (stages) printSection("ast");
    std::cout << dumpAst(parseModule(source));
  }
  if (!stages && (options.command == "tokens" || options.command == "ast")) return 0;

  CompilationUnit unit;
  std::vector<Function*> functions = unit.define(source);
  if (stages || options.command == "graph") {
    if (stages) printSection("graph");
    printGraphs(functions);
  }
  if (stages || options.command == "run") {
    if (stages) printSection("result");
    std::optional<RunRequest> run = options.run ? options.run : findRunMarker(text);
    printResult(unit, run);
  }
  return 0;
}
// [/book:run-command]

Options parseOptions(const std::vector<std::string>& args) {
  static const std::vector<std::string> commands = {"stages", "tokens", "ast", "graph", "run"};
  if (args.size() < 2 || std::find(commands.begin(), commands.end(), args[0]) == commands.end()) {
    throw UsageError("expected a command and a file");
  }
  Options options{args[0], args[1], std::nullopt};
  if (args.size() > 2) {
    RunRequest request{args[2], {}};
    try {
      for (size_t i = 3; i < args.size(); ++i) request.arguments.push_back(parseLiteral(args[i]));
    } catch (const std::invalid_argument& error) {
      throw UsageError(error.what());
    }
    options.run = request;
  }
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    (args.empty() ? std::cerr : std::cout) << kUsage;
    return args.empty() ? 1 : 0;
  }
  try {
    return runCommand(parseOptions(args));
  } catch (const UsageError& error) {
    std::cout.flush();
    std::cerr << "minijit: " << error.what() << "\n\n" << kUsage;
  } catch (const std::exception& error) {  // ErrorReport, RuntimeError, TensorError, I/O
    std::cout.flush();
    const std::string message = error.what();
    std::cerr << message << (message.ends_with('\n') ? "" : "\n");
  }
  return 1;
}

}  // namespace minijit::cli

int main(int argc, char** argv) { return minijit::cli::main(argc, argv); }
