#include "ui/reports/pngencoder.h"

#include <QImage>
#include <QThread>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <system_error>
#include <thread>
#include <vector>
#include <zlib.h>

namespace wsdash {

namespace {

constexpr int kDeflateLevel = 2;
// A part of at least this many rows is worth a thread of its own; more parts than cores gain
// nothing.
constexpr int kMinRowsPerPart = 128;
constexpr int kMostParts = 4;

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

struct DeflatedRows
{
    QByteArray bytes; // raw deflate blocks
    uLong adler = 0;  // of the rows as fed (filter bytes included)
    qint64 rawSize = 0;
    bool ok = false;
};

// Rows [begin, end) as raw deflate blocks: ended with a final block when `last`, else with a
// sync flush (byte-aligned, not final), so that the next part's blocks can follow.
DeflatedRows deflateRows(const QImage& image, bool alpha, int begin, int end, bool last)
{
    DeflatedRows out;
    z_stream stream{};
    if (deflateInit2(&stream, kDeflateLevel, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return out;
    const uLong rowBytes = 1 + static_cast<uLong>(image.width()) * (alpha ? 4 : 3);
    // deflateBound() covers one Z_FINISH; a sync flush adds a few bytes: grown if ever needed.
    const uLong bound = deflateBound(&stream, rowBytes * static_cast<uLong>(end - begin)) + 64;
    out.bytes.resize(static_cast<qsizetype>(bound));
    QByteArray row(static_cast<qsizetype>(rowBytes), Qt::Uninitialized);
    auto* const rowData = reinterpret_cast<unsigned char*>(row.data());
    out.adler = adler32(0, nullptr, 0);
    int status = Z_OK;
    const int lastFlush = last ? Z_FINISH : Z_SYNC_FLUSH;
    for (int y = begin; y < end && status == Z_OK; ++y) {
        packRow(image, y, alpha, rowData);
        out.adler = adler32(out.adler, rowData, static_cast<uInt>(rowBytes));
        out.rawSize += static_cast<qint64>(rowBytes);
        stream.next_in = rowData;
        stream.avail_in = static_cast<uInt>(rowBytes);
        const int flush = y + 1 == end ? lastFlush : Z_NO_FLUSH;
        do {
            if (stream.total_out + 64 >= static_cast<uLong>(out.bytes.size()))
                out.bytes.resize(out.bytes.size() * 2);
            stream.next_out = reinterpret_cast<Bytef*>(out.bytes.data()) + stream.total_out;
            stream.avail_out =
                static_cast<uInt>(static_cast<uLong>(out.bytes.size()) - stream.total_out);
            status = deflate(&stream, flush);
        } while (status == Z_OK &&
                 (stream.avail_in > 0 || stream.avail_out == 0 || flush == Z_FINISH));
        if (status == Z_BUF_ERROR) // asked again with nothing left to do: not an error (zlib.h)
            status = Z_OK;
    }
    out.ok = last ? status == Z_STREAM_END : status == Z_OK;
    out.bytes.truncate(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace

QByteArray encodePng(const QImage& source, int threads)
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

    // Rows in parts deflated side by side, each part its own run of deflate blocks (pigz's
    // way): a part ends byte-aligned (a sync flush) and the next starts without the window of
    // the one before, which costs a few matches at the seams, not correctness.
    const int cores = threads > 0 ? threads : QThread::idealThreadCount();
    const int parts = std::clamp(std::min(cores, height / kMinRowsPerPart), 1, kMostParts);
    std::vector<DeflatedRows> deflated(static_cast<std::size_t>(parts));
    std::vector<std::thread> helpers;
    const auto deflatePart = [&](int part) {
        const int begin = static_cast<int>(static_cast<qint64>(height) * part / parts);
        const int end = static_cast<int>(static_cast<qint64>(height) * (part + 1) / parts);
        deflated[static_cast<std::size_t>(part)] =
            deflateRows(image, alpha, begin, end, part + 1 == parts);
    };
    for (int part = 1; part < parts; ++part) {
        try {
            helpers.emplace_back(deflatePart, part);
        } catch (const std::system_error&) { // no thread to be had: this one does it
            deflatePart(part);
        }
    }
    deflatePart(0);
    for (std::thread& helper : helpers)
        helper.join();

    QByteArray compressed("\x78\x01", 2); // zlib: deflate, 32 KiB window, fastest
    uLong adler = adler32(0, nullptr, 0);
    for (const DeflatedRows& part : deflated) {
        if (!part.ok)
            return {}; // an encoder failure the caller reports
        compressed.append(part.bytes);
        adler = adler32_combine(adler, part.adler, static_cast<z_off_t>(part.rawSize));
    }
    appendBigEndian(compressed, static_cast<quint32>(adler));
    appendChunk(png, "IDAT", compressed);
    appendChunk(png, "IEND", {});
    return png;
}

} // namespace wsdash
