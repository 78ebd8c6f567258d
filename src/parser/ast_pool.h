// The memory behind the AST: a per-thread pool of small blocks for nodes and child lists.
// Its fast paths are inline here, so that where a node is made or destroyed the block's size
// is a constant and the size checks and the size class fold away; the slow paths and the
// pool's state are in ast.cpp. Book chapter 3 ("Parsing").
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>

namespace minijit {

namespace ast_pool {

// The pool behind AstNode and AstAllocator: 16 KiB chunks carved into blocks in steps of 8
// bytes, and one free list per block size. Every node and list needs 8-byte alignment at
// most, and steps finer than malloc's 16 leave less of each block unused, so that a tree
// spans fewer cache lines. The pool is per thread, so it needs no lock. Blocks larger than
// kMaxPooled bytes (no node; a list of more than 32 children) use the global allocator.
//
// A compile parses a tree, walks it and drops it whole. When the last block of a thread's
// pool is freed, the pool starts again at the beginning of its first chunk, and the next tree
// is carved from the same memory in order. Taking blocks back off the free lists instead
// would read each block's link before handing it out: after a torch compile has evicted our
// memory from the caches (compile_speed.py), that is a chain of dependent cache misses, one
// per node, where carving in order only writes lines, which the processor prefetches. The
// free lists serve while other trees are alive (a class kept for its methods, say): a block
// is carved while the chunk being carved has room, and taken from its free list only when
// the chunk is used up, before a new chunk is taken. (So the common allocation, carving, does
// not first look at a free list that is empty in the common case.)
//
// Chunks are never given back, and each knows the pool that carved it. A block freed on
// another thread than the one that made it is left alone (not reused): that thread cannot
// tell when the block's own pool is empty. The block's pool then never starts again, and
// serves from its free lists. Pools are told apart by a number rather than their address,
// which a thread started later may get again.
constexpr std::size_t kGranule = 8;
constexpr std::size_t kMaxPooled = 256;
constexpr std::size_t kChunkBytes = 16 * 1024;

struct FreeBlock {
  FreeBlock* next;
};

// A chunk starts with this header (16 bytes, so the blocks after it stay aligned). Chunks are
// aligned to their size, so that a block finds its chunk by masking its address.
struct alignas(16) ChunkHeader {
  uint64_t pool_id;   // NodePool::id of the pool that carves it
  ChunkHeader* next;  // the chunk taken after this one, carved again after a restart
};

// Only fields with constant initializers: the thread_local needs no constructor, and so no
// initialization check (or wrapper call) on each access.
struct NodePool {
  FreeBlock* free_lists[kMaxPooled / kGranule + 1] = {};
  std::size_t live = 0;           // blocks handed out and not freed yet
  char* carve = nullptr;          // where the next carved block starts
  char* carve_end = nullptr;      // the end of the chunk being carved
  ChunkHeader* chunk = nullptr;   // that chunk (null: carving starts with the first)
  ChunkHeader* first_chunk = nullptr;
  uint64_t id = 0;                // given with the first chunk; 0 owns no block
};

extern constinit thread_local NodePool node_pool;

// The slow paths (ast.cpp).
[[gnu::noinline]] void* allocateWhenChunkIsFull(NodePool& pool, std::size_t bytes);
[[gnu::noinline]] void restart(NodePool& pool);

// `size` is never 0: nodes have fields, and std::vector asks for no memory for no elements.
inline std::size_t sizeClass(std::size_t size) {
  return (size + kGranule - 1) / kGranule;
}

inline ChunkHeader* chunkOf(void* block) {
  return reinterpret_cast<ChunkHeader*>(reinterpret_cast<uintptr_t>(block) & ~(kChunkBytes - 1));
}

}  // namespace ast_pool

inline void* allocateAstMemory(std::size_t size) {
  using namespace ast_pool;
  if (size > kMaxPooled) return ::operator new(size);
  NodePool& pool = node_pool;
  ++pool.live;
  std::size_t bytes = sizeClass(size) * kGranule;
  char* block = pool.carve;
  if (static_cast<std::size_t>(pool.carve_end - block) < bytes) {
    return allocateWhenChunkIsFull(pool, bytes);
  }
  pool.carve = block + bytes;
  return block;
}

inline void freeAstMemory(void* block, std::size_t size) {
  using namespace ast_pool;
  if (size > kMaxPooled) return ::operator delete(block, size);
  NodePool& pool = node_pool;
  if (chunkOf(block)->pool_id != pool.id) return;  // another thread's block: see above
  if (--pool.live == 0) return restart(pool);  // (out of line: once per tree)
  FreeBlock*& free_list = pool.free_lists[sizeClass(size)];
  free_list = new (block) FreeBlock{free_list};
}

}  // namespace minijit
