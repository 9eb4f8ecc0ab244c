#include "core/base/memorypolicy.h"

#include <cstdint>
#include <cstdlib> // defines __GLIBC__ on glibc
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace wsdash {

void keepFreedMemoryForReuse()
{
#ifdef __GLIBC__
    // Never give a heap's free top back (trim) while running ...
    mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
    // ... nor unmap a thread's whole heap once it is free: glibc keeps M_TOP_PAD of it. Without
    // this a worker freeing a 100,000-pool answer still unmapped heaps under their lock.
    // A block of 128 KiB or more comes from a heap's free top when that has room (with this
    // pad, often) and otherwise gets a mapping of its own, unmapped as soon as it is freed.
    // Memory kept this way is only bounded if large blocks are few and reused: the answer's
    // buffer is (ApiCall::setBodyBuffer) and so is the pools' text (StatisticsScanner::scan).
    // The stall probe measured this pair best: no gap over 16 ms in 10 refreshes; a 16 MiB pad
    // held 35 MB less at 100,000 pools but let the UI thread wait for a lock now and then
    // (docs/PERFORMANCE.md).
    mallopt(M_TOP_PAD, 64 * 1024 * 1024);
#endif
}

void preferHugePagesForTheHeap()
{
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    // Grow the heap by its top pad now, with blocks small enough to come from the heap (not
    // mappings of their own) and freed again at once: the free top stays the heap's.
    constexpr std::size_t kBlock = 64 * 1024;
    constexpr int kMostBlocks = 4096; // 256 MiB: far more than any top pad
    void* const before = sbrk(0);
    std::vector<void*> blocks;
    blocks.reserve(kMostBlocks);
    while (sbrk(0) == before && static_cast<int>(blocks.size()) < kMostBlocks) {
        void* block = std::malloc(kBlock);
        if (!block)
            break;
        blocks.push_back(block);
        // A block at or above the old break did not come from this heap: either it moved the
        // break (done) or another allocator (a sanitizer's, a preloaded one) serves malloc.
        if (static_cast<char*>(block) >= static_cast<char*>(before))
            break;
    }
    for (void* block : blocks)
        std::free(block);
    const auto pageSize = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    char* const low = static_cast<char*>(before);
    char* const high = static_cast<char*>(sbrk(0));
    const auto misalignment = reinterpret_cast<std::uintptr_t>(low) % pageSize;
    char* const begin = misalignment ? low + (pageSize - misalignment) : low;
    // Only advice: where the system has no transparent huge pages this fails, harmlessly.
    if (high > begin)
        madvise(begin, static_cast<std::size_t>(high - begin), MADV_HUGEPAGE);
#endif
}

} // namespace wsdash
