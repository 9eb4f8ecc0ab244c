#include "core/api/bodydecoder.h"

#include <algorithm>
#include <zlib.h>

namespace wsdash {

struct BodyDecoder::Stream
{
    z_stream z{};
    bool initialised = false;
};

BodyDecoder::BodyDecoder(qint64 maxBytes)
    : m_stream(std::make_unique<Stream>())
    , m_maxBytes(maxBytes)
{
    // 15 + 32: a zlib or a gzip header, detected from the first bytes.
    m_stream->initialised = inflateInit2(&m_stream->z, 15 + 32) == Z_OK;
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

BodyDecoder::Result BodyDecoder::feed(const QByteArray& compressed, QByteArray* out)
{
    if (m_failed)
        return Result::Corrupt;
    if (compressed.isEmpty() || m_complete)
        return Result::Ok;
    z_stream& z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    z.avail_in = static_cast<uInt>(compressed.size());
    char buffer[64 * 1024];
    while (z.avail_in > 0 && !m_complete) {
        // Never inflate more than one byte past the cap.
        const qint64 room = std::min<qint64>(sizeof buffer, m_maxBytes + 1 - m_produced);
        z.next_out = reinterpret_cast<Bytef*>(buffer);
        z.avail_out = static_cast<uInt>(room);
        const int status = inflate(&z, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
            m_failed = true;
            return Result::Corrupt;
        }
        const qint64 produced = room - z.avail_out;
        m_produced += produced;
        if (m_produced > m_maxBytes) {
            m_failed = true;
            return Result::TooLarge;
        }
        out->append(buffer, produced);
        m_complete = status == Z_STREAM_END;
        if (status == Z_BUF_ERROR && produced == 0)
            break; // needs more input
    }
    return Result::Ok;
}

} // namespace wsdash
