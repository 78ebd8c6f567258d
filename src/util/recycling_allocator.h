// RecyclingAllocator<T>: a std::allocator replacement for containers that hold exactly one
// element most of the time. One-element blocks go back to a per-thread free list when freed
// and are handed out again from it; larger blocks use operator new. A graph node's attribute
// list is the user: almost every node that has attributes has one (a Constant's value, a
// Load's or Store's variable name), and those vectors were a tenth of the compiler's mallocs.
#pragma once

#include <cstddef>
#include <new>

namespace minijit {

template <typename T>
class RecyclingAllocator {
 public:
  using value_type = T;

  RecyclingAllocator() = default;
  template <typename U>
  RecyclingAllocator(const RecyclingAllocator<U>&) {}

  T* allocate(size_t n) {
    if (n == 1) {
      FreeList& list = freeList();
      if (list.head) {
        Block* block = list.head;
        list.head = block->next;
        return reinterpret_cast<T*>(block);
      }
    }
    return static_cast<T*>(::operator new(n * sizeof(T)));
  }
  void deallocate(T* p, size_t n) {
    if (n == 1) {
      // One freeList() call: in the Python module each is a call to __tls_get_addr.
      FreeList& list = freeList();
      Block* block = reinterpret_cast<Block*>(p);
      block->next = list.head;
      list.head = block;
      return;
    }
    ::operator delete(p);
  }

  template <typename U>
  bool operator==(const RecyclingAllocator<U>&) const { return true; }

 private:
  union Block {
    Block* next;
    alignas(T) unsigned char storage[sizeof(T)];
  };
  struct FreeList {
    Block* head = nullptr;
    ~FreeList() {  // at thread exit
      while (head) {
        Block* next = head->next;
        ::operator delete(head);
        head = next;
      }
    }
  };
  static FreeList& freeList() {
    thread_local FreeList list;
    return list;
  }
};

}  // namespace minijit
