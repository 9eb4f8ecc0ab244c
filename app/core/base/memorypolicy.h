#pragma once

namespace wsdash {

// For the window (and whatever else keeps running and refreshing large answers): keep memory
// that was freed for reuse instead of giving it back to the system at once.
//
// glibc gives memory freed at the top of a heap back to the system as soon as more than
// M_TRIM_THRESHOLD is free there, and unmaps a worker thread's heap once it is all free, each
// time holding the heap's lock while the kernel unmaps the pages. With a 100,000-pool project a
// worker freeing the previous answer made the UI thread wait up to 110 ms for that lock in a
// malloc of its own, at every refresh (issue 18; the stall probe's "slept" time,
// docs/PERFORMANCE.md). With this, the process holds on to its peak, which is what is measured
// and bounded anyway. Call it once, early in main(). Does nothing off glibc.
void keepFreedMemoryForReuse();

// For a process that starts by building a window: back the heap's free top with 2 MiB pages
// where the system offers them on request (transparent huge pages, "madvise" or "always"). A
// page fault costs a few microseconds, more in a virtual machine; building and painting the
// demo dashboard touched about a thousand fresh 4 KiB heap pages (issue 18: start to painted
// demo dashboard). Call it after keepFreedMemoryForReuse(), whose top pad is the part covered.
void preferHugePagesForTheHeap();

} // namespace wsdash
