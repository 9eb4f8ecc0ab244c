#pragma once

#include <QByteArray>

class QImage;

namespace wsdash {

// PNG of a picture of the dashboard, lossless, written by wsdash itself: rows unfiltered and
// deflated at zlib level 2. Qt's writer (libpng: adaptive filters, level 6) spent 32 ms on the
// 1280x800 demo dashboard and wrote 233 kB; this writes 190 kB in 8 ms on one core (issue 18: a
// sixth of start to painted demo dashboard). A dashboard is mostly flat colour, which deflate's own
// matching compresses better than filters do.
//
// Opaque images become RGB, others RGBA (not premultiplied), 8 bits a channel; the image's
// density (dots per metre) is kept in a pHYs chunk. Returns nothing for a null image.
//
// A tall picture is deflated in parts on up to `threads` threads at once (0: one per core, at
// most four), each part at least 128 rows: 8 -> 4.5 ms for the demo dashboard on 2 cores.
QByteArray encodePng(const QImage& image, int threads = 0);

} // namespace wsdash
