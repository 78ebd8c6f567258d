// SmallVector<T, N>: a vector that keeps its first N elements inside the object and only
// allocates when it grows past them. The IR uses it for a node's inputs and outputs and a
// value's uses, which are almost always short: with std::vector each of those was one more
// malloc per node, and allocation was a third of the compiler's time (book chapter 5,
// "What compiling costs").
//
// Only for trivially copyable T (pointers, small structs): elements move with memcpy.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <new>
#include <stdexcept>
#include <type_traits>
#include <vector>

namespace minijit {

template <typename T, size_t N>
class SmallVector {
  static_assert(std::is_trivially_copyable_v<T>, "SmallVector holds trivially copyable types");

 public:
  using value_type = T;
  using iterator = T*;
  using const_iterator = const T*;

  SmallVector() = default;
  SmallVector(std::initializer_list<T> items) { assign(items.begin(), items.size()); }
  SmallVector(const std::vector<T>& items) { assign(items.data(), items.size()); }
  SmallVector(const SmallVector& other) { assign(other.data(), other.size()); }
  SmallVector& operator=(const SmallVector& other) {
    if (this != &other) {
      size_ = 0;
      assign(other.data(), other.size());
    }
    return *this;
  }
  SmallVector& operator=(const std::vector<T>& items) {
    size_ = 0;
    assign(items.data(), items.size());
    return *this;
  }
  ~SmallVector() {
    if (onHeap()) std::free(heap_);
  }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T* data() { return onHeap() ? heap_ : inline_; }
  const T* data() const { return onHeap() ? heap_ : inline_; }
  iterator begin() { return data(); }
  iterator end() { return data() + size_; }
  const_iterator begin() const { return data(); }
  const_iterator end() const { return data() + size_; }
  T& operator[](size_t i) { return data()[i]; }
  const T& operator[](size_t i) const { return data()[i]; }
  const T& at(size_t i) const {
    if (i >= size_) throw std::out_of_range("SmallVector::at");
    return data()[i];
  }
  T& front() { return data()[0]; }
  const T& front() const { return data()[0]; }
  T& back() { return data()[size_ - 1]; }
  const T& back() const { return data()[size_ - 1]; }

  void reserve(size_t capacity) {
    if (capacity <= capacity_) return;
    if (capacity > UINT32_MAX) throw std::length_error("SmallVector: too many elements");
    T* grown = static_cast<T*>(std::malloc(capacity * sizeof(T)));
    if (!grown) throw std::bad_alloc();
    if (size_) std::memcpy(static_cast<void*>(grown), data(), size_ * sizeof(T));
    if (onHeap()) std::free(heap_);
    heap_ = grown;  // (over the inline elements, copied already)
    capacity_ = static_cast<uint32_t>(capacity);
  }
  void push_back(const T& item) {
    if (size_ == capacity_) {
      T copy = item;  // `item` may live in this vector
      reserve(size_t{capacity_} * 2);
      data()[size_++] = copy;
      return;
    }
    data()[size_++] = item;
  }
  void emplace_back(const T& item) { push_back(item); }
  void pop_back() { --size_; }
  iterator insert(const_iterator position, const T& item) {
    size_t at = static_cast<size_t>(position - begin());
    T copy = item;
    if (size_ == capacity_) reserve(size_t{capacity_} * 2);
    T* base = data();
    std::memmove(static_cast<void*>(base + at + 1), base + at, (size_ - at) * sizeof(T));
    base[at] = copy;
    ++size_;
    return base + at;
  }
  iterator erase(const_iterator position) { return erase(position, position + 1); }
  iterator erase(const_iterator first, const_iterator last) {
    size_t from = static_cast<size_t>(first - begin());
    size_t count = static_cast<size_t>(last - first);
    T* base = data();
    // (Erasing at the end, as dropping a value's latest use does, moves nothing: no call.)
    if (from + count != size_) {
      std::memmove(static_cast<void*>(base + from), base + from + count,
                   (size_ - from - count) * sizeof(T));
    }
    size_ -= static_cast<uint32_t>(count);
    return base + from;
  }
  void clear() { size_ = 0; }
  // Makes the size `count` without writing the new elements: the caller writes them all
  // (through data()) before reading any.
  void resizeForOverwrite(size_t count) {
    reserve(count);
    size_ = static_cast<uint32_t>(count);
  }

  operator std::vector<T>() const { return std::vector<T>(begin(), end()); }
  bool operator==(const SmallVector& other) const {
    if (size_ != other.size_) return false;
    for (size_t i = 0; i < size_; ++i) {
      if (!(data()[i] == other.data()[i])) return false;
    }
    return true;
  }

 private:
  void assign(const T* items, size_t count) {
    reserve(count);
    if (count) std::memcpy(static_cast<void*>(data()), items, count * sizeof(T));
    size_ = static_cast<uint32_t>(count);
  }

  // The elements are inline until they outgrow N; then the inline storage holds the pointer
  // to the heap copy instead (a list is never both), which saves 8 bytes per list: the IR
  // keeps two in every node and one in every value, and a compile makes thousands.
  bool onHeap() const { return capacity_ > N; }
  union {
    T* heap_;       // when onHeap()
    T inline_[N];   // otherwise
  };
  uint32_t size_ = 0;  // (32-bit: the IR's lists are short, and every node holds two)
  uint32_t capacity_ = N;
};

}  // namespace minijit
