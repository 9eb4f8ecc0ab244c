#pragma once

#include <QByteArray>

#include <memory>

namespace wsdash {

// Inflates a gzip or zlib ("deflate") response body as it arrives, never past a size cap: a
// compression bomb stops at the cap after inflating cap bytes, however far it would go.
// wsdash asks for gzip itself (Accept-Encoding), so Qt hands over the compressed bytes and its
// own inflater, which has stalled on bombs, is not used.
class BodyDecoder final
{
public:
    enum class Result
    {
        Ok,       // the input was used; more may follow
        TooLarge, // the inflated body would pass the cap; `out` holds at most cap bytes
        Corrupt,  // not a gzip or zlib stream
    };

    explicit BodyDecoder(qint64 maxBytes);
    ~BodyDecoder();
    BodyDecoder(const BodyDecoder&) = delete;
    BodyDecoder& operator=(const BodyDecoder&) = delete;

    // Inflates `compressed` and appends it to `out`.
    Result feed(const QByteArray& compressed, QByteArray* out);
    // The end of the compressed stream was reached.
    bool isComplete() const { return m_complete; }

    // "gzip", "x-gzip" or "deflate" (case-insensitive, spaces ignored).
    static bool handles(const QByteArray& contentEncoding);

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    qint64 m_maxBytes;
    qint64 m_produced = 0;
    bool m_complete = false;
    bool m_failed = false;
};

} // namespace wsdash
