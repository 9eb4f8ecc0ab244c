#include "core/api/bodydecoder.h"

#include <algorithm>
#include <zlib.h>

namespace wsdash {

namespace {

// 15 + 32: a zlib or a gzip header, detected from the first bytes.
constexpr int kWindowBits = 15 + 32;

} // namespace

struct BodyDecoder::Stream
{
    z_stream z{};
    bool initialised = false;
};

BodyDecoder::BodyDecoder(qint64 maxBytes)
    : m_stream(std::make_unique<Stream>())
    , m_maxBytes(maxBytes)
{
    m_stream->initialised = inflateInit2(&m_stream->z, kWindowBits) == Z_OK;
    m_failed = !m_stream->initialised;
}

BodyDecoder::~BodyDecoder()
{
    if (m_stream->initialised)
        inflateEnd(&m_stream->z);
}

bool BodyDecoder::handles(const QByteArray& contentEncoding)
{
    const QByteArray encoding = contentEncoding.trimmed().toLower();
    return encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate";
}

BodyDecoder::Result BodyDecoder::feed(const QByteArray& compressed)
{
    if (m_failed)
        return Result::Corrupt;
    if (compressed.isEmpty() || m_complete)
        return Result::Ok;
    z_stream& z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    z.avail_in = static_cast<uInt>(compressed.size());
    char scratch[64 * 1024]; // counted, then dropped: take() inflates again
    while (z.avail_in > 0 && !m_complete) {
        // Never inflate more than one byte past the cap.
        const qint64 room = std::min<qint64>(sizeof scratch, m_maxBytes + 1 - m_produced);
        z.next_out = reinterpret_cast<Bytef*>(scratch);
        z.avail_out = static_cast<uInt>(room);
        const int status = inflate(&z, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
            m_failed = true;
            m_compressed.clear();
            return Result::Corrupt;
        }
        const qint64 produced = room - z.avail_out;
        m_produced += produced;
        if (m_produced > m_maxBytes) {
            m_failed = true;
            m_compressed.clear();
            return Result::TooLarge;
        }
        m_complete = status == Z_STREAM_END;
        if (status == Z_BUF_ERROR && produced == 0)
            break; // needs more input
    }
    // Keep what the stream used (bytes after its end are not part of the body).
    m_compressed.append(compressed.constData(), compressed.size() - z.avail_in);
    return Result::Ok;
}

QByteArray BodyDecoder::take()
{
    QByteArray body;
    if (m_failed || m_produced == 0)
        return body;
    body.resize(m_produced); // the size counted by feed(): no growing, no copying
    z_stream z{};
    if (inflateInit2(&z, kWindowBits) != Z_OK)
        return {};
    z.next_in = reinterpret_cast<Bytef*>(m_compressed.data());
    z.avail_in = static_cast<uInt>(m_compressed.size());
    qint64 done = 0;
    while (done < m_produced) {
        const qint64 room = std::min<qint64>(m_produced - done, 1 << 30);
        z.next_out = reinterpret_cast<Bytef*>(body.data() + done);
        z.avail_out = static_cast<uInt>(room);
        const int status = inflate(&z, Z_NO_FLUSH);
        done += room - z.avail_out;
        if (status != Z_OK || z.avail_out == room)
            break; // the stream's end, or (cannot happen) the same bytes inflating differently
    }
    inflateEnd(&z);
    body.truncate(done);
    m_compressed = QByteArray();
    m_produced = 0;
    return body;
}

} // namespace wsdash
