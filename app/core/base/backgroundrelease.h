#pragma once

#include <QThreadPool>

#include <utility>

namespace wsdash {

// Destroys `value` on a worker thread of the global QThreadPool. Freeing a 100,000-pool result
// (a few hundred thousand strings and lists) takes tens of milliseconds, longer than a frame of
// the UI thread (issue 18). Only for values whose shared parts are thread-safe to release
// (Qt's implicitly shared containers and strings are).
template <typename T> void releaseInBackground(T value)
{
    // The task owns the heap copy: a raw pointer, so that no copy of an owning handle can be
    // left on the calling thread to do the freeing there instead.
    auto* owned = new T(std::move(value));
    QThreadPool::globalInstance()->start([owned] { delete owned; });
}

} // namespace wsdash
