// Kernels for lists and strings: len, indexing, slicing, append, pop, del, clear, copy,
// concatenation, `in`, list equality and min/max over lists. Lists are shared (ListPtr), so
// append and _set_item change the list every alias sees, as in TorchScript. Strings count
// bytes, as upstream. Book chapter 7 ("The interpreter").
#include <algorithm>

#include "runtime/register_helpers.h"
#include "runtime/runtime_error.h"

namespace minijit {

namespace {

// Python indexing: negative indices count from the end.
size_t normalizeIndex(int64_t index, size_t size, const char* what) {
  int64_t n = static_cast<int64_t>(size);
  if (index < 0) index += n;
  if (index < 0 || index >= n) throw OperatorError(std::string(what) + " index out of range");
  return static_cast<size_t>(index);
}

// The positions a Python slice [start:end:step] visits in a sequence of `size` elements
// (CPython's PySlice_AdjustIndices).
std::vector<size_t> sliceIndices(size_t size, std::optional<int64_t> start,
                                 std::optional<int64_t> end, int64_t step) {
  if (step == 0) throw OperatorError("List slice should have non-zero step");
  const int64_t n = static_cast<int64_t>(size);
  auto clamp = [&](std::optional<int64_t> bound, int64_t if_missing) {
    if (!bound) return if_missing;
    int64_t value = *bound < 0 ? *bound + n : *bound;
    if (step > 0) return std::clamp<int64_t>(value, 0, n);
    return std::clamp<int64_t>(value, -1, n - 1);
  };
  int64_t first = clamp(start, step > 0 ? 0 : n - 1);
  int64_t last = clamp(end, step > 0 ? n : -1);
  std::vector<size_t> out;
  for (int64_t i = first; step > 0 ? i < last : i > last; i += step)
    out.push_back(static_cast<size_t>(i));
  return out;
}

IValue newListLike(const ListPtr& list, std::vector<IValue> elements) {
  return IValue::list(std::move(elements), list->element_type);
}

// Python's `min(l, r)` for two lists: the lexicographically smaller one (`l` on a tie).
IValue lexicographicPick(const ListPtr& l, const ListPtr& r, bool want_min) {
  auto less = [](const IValue& a, const IValue& b) {
    return a.toScalar().toDouble() < b.toScalar().toDouble();
  };
  bool l_less = std::lexicographical_compare(l->elements.begin(), l->elements.end(),
                                             r->elements.begin(), r->elements.end(), less);
  bool r_less = std::lexicographical_compare(r->elements.begin(), r->elements.end(),
                                             l->elements.begin(), l->elements.end(), less);
  if (want_min) return r_less ? IValue(r) : IValue(l);
  return l_less ? IValue(r) : IValue(l);
}

// Python's `min(l)` / `max(l)` over the elements of one list.
IValue extremeElement(const ListPtr& list, bool want_min) {
  if (list->elements.empty()) {
    throw OperatorError(std::string(want_min ? "min" : "max") + "() arg is an empty sequence");
  }
  const IValue* best = &list->elements[0];
  for (const IValue& element : list->elements) {
    double value = element.toScalar().toDouble(), current = best->toScalar().toDouble();
    if (want_min ? value < current : value > current) best = &element;
  }
  return *best;
}

void registerListAccess(OperatorRegistry& r) {
  r.add("aten::len.t", makeKernel<ListPtr>([](const ListPtr& l) {
          return static_cast<int64_t>(l->elements.size());
        }));
  // [book:list-access]
  auto get_item = [](const ListPtr& l, int64_t i) {
    return l->elements[normalizeIndex(i, l->elements.size(), "list")];
  };
  r.add("aten::__getitem__.t", makeKernel<ListPtr, int64_t>(get_item));
  r.add("aten::select.t", makeKernel<ListPtr, int64_t>(get_item));
  r.add("aten::_set_item.t",
        makeKernel<ListPtr, int64_t, IValue>([](const ListPtr& l, int64_t i, IValue v) {
          l->elements[normalizeIndex(i, l->elements.size(), "list")] = std::move(v);
          return l;
        }));
  r.add("aten::append.t", makeKernel<ListPtr, IValue>([](const ListPtr& l, IValue v) {
          l->elements.push_back(std::move(v));
          return l;
        }));
  // [/book:list-access]
  r.add("aten::slice.t",
        makeKernel<ListPtr, std::optional<int64_t>, std::optional<int64_t>, int64_t>(
            [](const ListPtr& l, std::optional<int64_t> start, std::optional<int64_t> end,
               int64_t step) {
              std::vector<IValue> out;
              for (size_t i : sliceIndices(l->elements.size(), start, end, step))
                out.push_back(l->elements[i]);
              return newListLike(l, std::move(out));
            }));
  r.add("aten::list.t",
        makeKernel<ListPtr>([](const ListPtr& l) { return newListLike(l, l->elements); }));
}

// `del xs[i]` (pop, clear and copy are list methods, in register_builtin_ops.cpp).
void registerListRemoval(OperatorRegistry& r) {
  r.add("aten::Delete.t", makeKernel<ListPtr, int64_t>([](const ListPtr& l, int64_t i) {
          l->elements.erase(l->elements.begin() + normalizeIndex(i, l->elements.size(), "list"));
        }));
}

void registerListArithmetic(OperatorRegistry& r) {
  r.add("aten::add.t", makeKernel<ListPtr, ListPtr>([](const ListPtr& a, const ListPtr& b) {
          std::vector<IValue> out = a->elements;
          out.insert(out.end(), b->elements.begin(), b->elements.end());
          return newListLike(a, std::move(out));
        }));
  r.add("aten::add_.t", makeKernel<ListPtr, ListPtr>([](const ListPtr& a, const ListPtr& b) {
          std::vector<IValue> tail = b->elements;  // copy first: `a += a` must not grow forever
          a->elements.insert(a->elements.end(), tail.begin(), tail.end());
          return a;
        }));
  auto repeat = [](const ListPtr& l, int64_t n) {
    std::vector<IValue> out;
    for (int64_t i = 0; i < n; ++i) out.insert(out.end(), l->elements.begin(), l->elements.end());
    return newListLike(l, std::move(out));
  };
  r.add("aten::mul.left_t", makeKernel<ListPtr, int64_t>(repeat));
  r.add("aten::mul.right_", makeKernel<int64_t, ListPtr>(
                                [repeat](int64_t n, const ListPtr& l) { return repeat(l, n); }));
  r.add("aten::sum.int", makeKernel<ListPtr>([](const ListPtr& l) {
          uint64_t total = 0;  // wraps like int64 arithmetic upstream
          for (const IValue& v : l->elements) total += static_cast<uint64_t>(v.toInt());
          return static_cast<int64_t>(total);
        }));
  r.add("aten::sum.float", makeKernel<ListPtr>([](const ListPtr& l) {
          double total = 0.0;
          for (const IValue& v : l->elements) total += v.toDouble();
          return total;
        }));
}

void registerListComparisons(OperatorRegistry& r) {
  auto equal = [](const IValue& a, const IValue& b) { return a.equals(b); };
  auto not_equal = [](const IValue& a, const IValue& b) { return !a.equals(b); };
  auto contains = [](const ListPtr& l, const IValue& item) {
    return std::any_of(l->elements.begin(), l->elements.end(),
                       [&](const IValue& e) { return e.equals(item); });
  };
  for (const char* kind : {"int_list", "float_list", "bool_list", "str_list"}) {
    r.add(std::string("aten::eq.") + kind, makeKernel<IValue, IValue>(equal));
    r.add(std::string("aten::ne.") + kind, makeKernel<IValue, IValue>(not_equal));
  }
  for (const char* kind : {"int_list", "float_list", "str_list"}) {
    r.add(std::string("aten::__contains__.") + kind, makeKernel<ListPtr, IValue>(contains));
  }
  for (bool want_min : {true, false}) {
    std::string name = want_min ? "prim::min." : "prim::max.";
    for (const char* kind : {"int", "float", "bool"}) {
      r.add(name + kind + "_list",
            makeKernel<ListPtr, ListPtr>([want_min](const ListPtr& a, const ListPtr& b) {
              return lexicographicPick(a, b, want_min);
            }));
      r.add(name + "self_" + kind, makeKernel<ListPtr>([want_min](const ListPtr& l) {
              return extremeElement(l, want_min);
            }));
    }
  }
}

void registerStringOps(OperatorRegistry& r) {
  r.add("aten::len.str", makeKernel<std::string>(
                             [](const std::string& s) { return static_cast<int64_t>(s.size()); }));
  r.add("aten::__getitem__.str",
        makeKernel<std::string, int64_t>([](const std::string& s, int64_t i) {
          return std::string(1, s[normalizeIndex(i, s.size(), "string")]);
        }));
  r.add("aten::add.str", makeKernel<std::string, std::string>(
                             [](const std::string& a, const std::string& b) { return a + b; }));
  r.add("aten::slice.str",
        makeKernel<std::string, std::optional<int64_t>, std::optional<int64_t>, int64_t>(
            [](const std::string& s, std::optional<int64_t> start, std::optional<int64_t> end,
               int64_t step) {
              std::string out;
              for (size_t i : sliceIndices(s.size(), start, end, step)) out += s[i];
              return out;
            }));
  r.add("aten::list", makeKernel<std::string>([](const std::string& s) {
          std::vector<IValue> chars;
          for (char c : s) chars.emplace_back(std::string(1, c));
          return IValue::list(std::move(chars), Type::string());
        }));
}

}  // namespace

void registerListOps(OperatorRegistry& registry) {
  registerListAccess(registry);
  registerListRemoval(registry);
  registerListArithmetic(registry);
  registerListComparisons(registry);
  registerStringOps(registry);
}

}  // namespace minijit
