#include "core/base/memorypolicy.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace wsdash {

void keepFreedMemoryForReuse()
{
#ifdef __GLIBC__
    // Never give a heap's free top back (trim) while running ...
    mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
    // ... nor unmap a thread's whole heap once it is free: glibc keeps M_TOP_PAD of it. Without
    // this a worker freeing a 100,000-pool answer still unmapped heaps under their lock.
    // (Setting either also fixes at 128 KiB the size above which a block gets a mapping of its
    // own, unmapped as soon as it is freed, without any heap lock.) The stall probe measured
    // this pair best: no gap over 16 ms in 10 refreshes (docs/PERFORMANCE.md).
    mallopt(M_TOP_PAD, 64 * 1024 * 1024);
#endif
}

} // namespace wsdash
