#pragma once

#include <QByteArray>

#include <memory>

namespace wsdash {

// Inflates a gzip or zlib ("deflate") response body, never past a size cap: a compression bomb
// stops once it would inflate past the cap, however far it would go.
// wsdash asks for gzip itself (Accept-Encoding), so Qt hands over the compressed bytes and its
// own inflater, which has stalled on bombs, is not used.
//
// Two passes, so that a bomb costs little: while the body arrives, feed() inflates it into a
// small scratch buffer only to count (and check) what it inflates to, and keeps the compressed
// bytes (no more than the raw cap); take() then inflates them once more straight into a body of
// the counted size. A bomb is stopped without ever holding its inflated bytes: on the
// development machine, writing 64 MiB into fresh memory took 0.5 s of CPU (page faults), the
// counting pass 0.1 s.
class BodyDecoder final
{
public:
    enum class Result
    {
        Ok,       // the input was used; more may follow
        TooLarge, // the inflated body would pass the cap
        Corrupt,  // not a gzip or zlib stream
    };

    explicit BodyDecoder(qint64 maxBytes);
    ~BodyDecoder();
    BodyDecoder(const BodyDecoder&) = delete;
    BodyDecoder& operator=(const BodyDecoder&) = delete;

    // Checks and counts what `compressed` inflates to, and keeps it for take().
    Result feed(const QByteArray& compressed);
    // The end of the compressed stream was reached.
    bool isComplete() const { return m_complete; }
    // Bytes the body inflates to so far.
    qint64 inflatedSize() const { return m_produced; }
    // The inflated body (everything fed so far; empty after TooLarge or Corrupt). Once.
    QByteArray take();

    // "gzip", "x-gzip" or "deflate" (case-insensitive, spaces ignored).
    static bool handles(const QByteArray& contentEncoding);

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    QByteArray m_compressed; // what was fed, up to the end of the stream
    qint64 m_maxBytes;
    qint64 m_produced = 0;
    bool m_complete = false;
    bool m_failed = false;
};

} // namespace wsdash
