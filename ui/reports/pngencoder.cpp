#include "ui/reports/pngencoder.h"

#include <QImage>
#include <QtEndian>

#include <cstring>
#include <zlib.h>

namespace wsdash {

namespace {

constexpr int kDeflateLevel = 2;

void appendBigEndian(QByteArray& out, quint32 value)
{
    const quint32 big = qToBigEndian(value);
    out.append(reinterpret_cast<const char*>(&big), sizeof big);
}

// A chunk: length, type, data, and the CRC of type and data.
void appendChunk(QByteArray& out, const char (&type)[5], const QByteArray& data)
{
    appendBigEndian(out, static_cast<quint32>(data.size()));
    const qsizetype crcStart = out.size();
    out.append(type, 4);
    out.append(data);
    const auto* crcData = reinterpret_cast<const Bytef*>(out.constData() + crcStart);
    appendBigEndian(
        out, static_cast<quint32>(crc32(0, crcData, static_cast<uInt>(out.size() - crcStart))));
}

// One row as PNG wants it: filter type 0 (none), then R, G, B (and A) bytes.
void packRow(const QImage& image, int y, bool alpha, unsigned char* row)
{
    *row++ = 0;
    const int width = image.width();
    if (image.format() == QImage::Format_RGB32) { // what DashboardImage::render makes
        const auto* pixels = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < width; ++x) {
            *row++ = static_cast<unsigned char>(qRed(pixels[x]));
            *row++ = static_cast<unsigned char>(qGreen(pixels[x]));
            *row++ = static_cast<unsigned char>(qBlue(pixels[x]));
        }
        return;
    }
    // Format_RGB888 or Format_RGBA8888 (converted by encodePng): the bytes are in PNG's order.
    std::memcpy(row, image.constScanLine(y), static_cast<std::size_t>(width) * (alpha ? 4 : 3));
}

} // namespace

QByteArray encodePng(const QImage& source)
{
    if (source.isNull())
        return {};
    const bool alpha = source.hasAlphaChannel();
    QImage image = source;
    if (alpha)
        image.convertTo(QImage::Format_RGBA8888);
    else if (image.format() != QImage::Format_RGB32)
        image.convertTo(QImage::Format_RGB888);
    const int width = image.width();
    const int height = image.height();
    const uLong rowBytes = 1 + static_cast<uLong>(width) * (alpha ? 4 : 3);

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    appendBigEndian(header, static_cast<quint32>(width));
    appendBigEndian(header, static_cast<quint32>(height));
    header.append(char(8));             // bits per channel
    header.append(char(alpha ? 6 : 2)); // colour type: RGBA or RGB
    header.append(3, char(0));          // deflate, adaptive filtering (each row says), no interlace
    appendChunk(png, "IHDR", header);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        QByteArray density;
        appendBigEndian(density, static_cast<quint32>(image.dotsPerMeterX()));
        appendBigEndian(density, static_cast<quint32>(image.dotsPerMeterY()));
        density.append(char(1)); // the unit is the metre
        appendChunk(png, "pHYs", density);
    }

    z_stream stream{};
    if (deflateInit(&stream, kDeflateLevel) != Z_OK)
        return {};
    QByteArray compressed(static_cast<qsizetype>(deflateBound(&stream, rowBytes * height)),
                          Qt::Uninitialized);
    stream.next_out = reinterpret_cast<Bytef*>(compressed.data());
    stream.avail_out = static_cast<uInt>(compressed.size());
    QByteArray row(static_cast<qsizetype>(rowBytes), Qt::Uninitialized);
    int status = Z_OK;
    for (int y = 0; y < height && status == Z_OK; ++y) {
        packRow(image, y, alpha, reinterpret_cast<unsigned char*>(row.data()));
        stream.next_in = reinterpret_cast<Bytef*>(row.data());
        stream.avail_in = static_cast<uInt>(rowBytes);
        status = deflate(&stream, y + 1 == height ? Z_FINISH : Z_NO_FLUSH);
    }
    const uLong written = stream.total_out;
    deflateEnd(&stream);
    // deflateBound() holds for Z_NO_FLUSH calls that end with Z_FINISH (zlib.h), so the one
    // buffer is enough; anything else is an encoder failure the caller reports.
    if (status != Z_STREAM_END)
        return {};
    compressed.truncate(static_cast<qsizetype>(written));
    appendChunk(png, "IDAT", compressed);
    appendChunk(png, "IEND", {});
    return png;
}

} // namespace wsdash
