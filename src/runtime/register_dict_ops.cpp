// Kernels for dicts: indexing, assignment, `in`, len, keys/values/items, get, setdefault, pop,
// popitem, update, copy, clear, `del d[k]` and the dict() constructors. Upstream has one
// overload per key type (`aten::len.Dict_str`, `aten::len.Dict_int`, ...) but the kernels do
// not depend on it, so each is written once and registered for every key type.
// Book chapter 7 ("The interpreter").
#include "runtime/register_helpers.h"
#include "runtime/runtime_error.h"

namespace minijit {

namespace {

// The key types minijit's dicts support, as upstream's overload names spell them.
// (Upstream also has complex keys; minijit has no complex values.)
struct KeyType {
  const char* suffix;
  TypePtr type;
};

std::vector<KeyType> keyTypes() {
  return {{"str", Type::string()},
          {"int", Type::integer()},
          {"float", Type::floating()},
          {"bool", Type::boolean()},
          {"Tensor", Type::tensor()}};
}

// Upstream's message for a missing key (`d['zz']` fails with "KeyError: zz").
[[noreturn]] void throwKeyError(const IValue& key) {
  throw OperatorError("KeyError: " + key.str());
}

IValue lookup(const DictPtr& d, const IValue& key) {
  const IValue* value = d->find(key);
  if (!value) throwKeyError(key);
  return *value;
}

IValue popKey(const DictPtr& d, const IValue& key, const IValue* default_value) {
  const IValue* found = d->find(key);
  if (!found) {
    if (!default_value) throwKeyError(key);
    return *default_value;
  }
  IValue value = *found;
  d->erase(key);
  return value;
}

// keys(), values() and items() return new lists (snapshots), in insertion order.
IValue keysOf(const DictPtr& d) {
  std::vector<IValue> keys;
  for (const DictValue::Entry& entry : d->entries()) keys.push_back(entry.key);
  return IValue::list(std::move(keys), d->keyType());
}

IValue valuesOf(const DictPtr& d) {
  std::vector<IValue> values;
  for (const DictValue::Entry& entry : d->entries()) values.push_back(entry.value);
  return IValue::list(std::move(values), d->valueType());
}

IValue itemsOf(const DictPtr& d) {
  std::vector<IValue> items;
  for (const DictValue::Entry& entry : d->entries())
    items.push_back(IValue::tuple({entry.key, entry.value}));
  return IValue::list(std::move(items), Type::tuple({d->keyType(), d->valueType()}));
}

// dict(pairs): the value type comes from the list's `(K, V)[]` type when it is known.
IValue dictFromPairs(const ListPtr& pairs, const TypePtr& key_type) {
  const TypePtr& pair_type = pairs->element_type;
  bool typed =
      pair_type && pair_type->kind() == TypeKind::Tuple && pair_type->containedTypes().size() == 2;
  IValue dict = IValue::dict(key_type, typed ? pair_type->containedTypes()[1] : Type::any());
  for (const IValue& pair : pairs->elements) {
    const auto& elements = pair.toTuple()->elements;
    dict.toDict()->insertOrAssign(elements.at(0), elements.at(1));
  }
  return dict;
}

IValue copyOf(const DictPtr& d) {
  return IValue(std::make_shared<DictValue>(*d));
}

void registerDictAccess(OperatorRegistry& r, const std::string& k) {
  r.add("aten::len.Dict_" + k,
        makeKernel<DictPtr>([](const DictPtr& d) { return static_cast<int64_t>(d->size()); }));
  r.add("aten::__getitem__.Dict_" + k, makeKernel<DictPtr, IValue>(lookup));
  r.add("aten::__contains__." + k,
        makeKernel<DictPtr, IValue>(
            [](const DictPtr& d, const IValue& key) { return d->find(key) != nullptr; }));
  r.add("aten::get." + k, makeKernel<DictPtr, IValue>([](const DictPtr& d, const IValue& key) {
          const IValue* value = d->find(key);
          return value ? *value : IValue();
        }));
  r.add("aten::get.default_" + k,
        makeKernel<DictPtr, IValue, IValue>(
            [](const DictPtr& d, const IValue& key, const IValue& default_value) {
              const IValue* value = d->find(key);
              return value ? *value : default_value;
            }));
  r.add("aten::keys." + k, makeKernel<DictPtr>(keysOf));
  r.add("aten::values." + k, makeKernel<DictPtr>(valuesOf));
  r.add("aten::items." + k, makeKernel<DictPtr>(itemsOf));
}

void registerDictMutation(OperatorRegistry& r, const std::string& k) {
  r.add("aten::_set_item." + k,
        makeKernel<DictPtr, IValue, IValue>([](const DictPtr& d, IValue key, IValue value) {
          d->insertOrAssign(std::move(key), std::move(value));
        }));
  r.add("aten::setdefault." + k,
        makeKernel<DictPtr, IValue, IValue>([](const DictPtr& d, IValue key, IValue value) {
          if (const IValue* existing = d->find(key)) return *existing;
          d->insertOrAssign(std::move(key), value);
          return value;
        }));
  r.add("aten::pop.Dict_" + k, makeKernel<DictPtr, IValue>([](const DictPtr& d, const IValue& key) {
          return popKey(d, key, nullptr);
        }));
  r.add("aten::pop.Dict_default_" + k,
        makeKernel<DictPtr, IValue, IValue>(
            [](const DictPtr& d, const IValue& key, const IValue& default_value) {
              return popKey(d, key, &default_value);
            }));
  r.add("aten::popitem." + k, makeKernel<DictPtr>([](const DictPtr& d) {
          if (d->empty()) throw OperatorError("popitem(): dictionary is empty");
          DictValue::Entry first = d->popFirst();
          return IValue::tuple({std::move(first.key), std::move(first.value)});
        }));
  r.add("aten::Delete.Dict_" + k,
        makeKernel<DictPtr, IValue>([](const DictPtr& d, const IValue& key) {
          if (!d->erase(key)) throwKeyError(key);
        }));
  // `d.update(d)` only reassigns existing keys, so iterating `to_add` while writing is safe.
  r.add("aten::update." + k,
        makeKernel<DictPtr, DictPtr>([](const DictPtr& d, const DictPtr& to_add) {
          for (const DictValue::Entry& entry : to_add->entries())
            d->insertOrAssign(entry.key, entry.value);
        }));
  r.add("aten::clear." + k, makeKernel<DictPtr>([](const DictPtr& d) { d->clear(); }));
}

void registerDictConstructors(OperatorRegistry& r, const KeyType& key) {
  const std::string k = key.suffix;
  r.add("aten::copy.Dict_" + k, makeKernel<DictPtr>(copyOf));
  r.add("aten::dict.Dict_" + k, makeKernel<DictPtr>(copyOf));
  r.add("aten::dict." + k, makeKernel<ListPtr>([key_type = key.type](const ListPtr& pairs) {
          return dictFromPairs(pairs, key_type);
        }));
}

}  // namespace

void registerDictOps(OperatorRegistry& registry) {
  for (const KeyType& key : keyTypes()) {
    registerDictAccess(registry, key.suffix);
    registerDictMutation(registry, key.suffix);
    registerDictConstructors(registry, key);
  }
  // `dict()` with no arguments: upstream's schema fixes its type as Dict(str, Tensor).
  registry.add("aten::dict",
               [](Stack& stack) { stack.push_back(IValue::dict(Type::string(), Type::tensor())); });
}

}  // namespace minijit
