#pragma once

// Shared by the libFuzzer targets: invariant checks that abort (so that libFuzzer keeps the
// input as a crash artifact) and a readable rendering of arbitrary text for their messages.

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace wsdash::fuzz {

// Escapes everything outside printable ASCII, so that a report shows exactly what was seen.
inline QByteArray printable(const QString& text, int maxLength = 400)
{
    QByteArray out;
    for (const QChar c : text.left(maxLength)) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7f && u != u'\\') {
            out.append(static_cast<char>(u));
        } else {
            out.append("\\u");
            out.append(QByteArray::number(u, 16).rightJustified(4, '0'));
        }
    }
    if (text.size() > maxLength)
        out.append("...");
    return out;
}

inline QByteArray printable(const QByteArray& bytes, int maxLength = 400)
{
    return printable(QString::fromLatin1(bytes), maxLength);
}

[[noreturn]] inline void fail(const char* file, int line, const char* condition,
                              const QByteArray& detail)
{
    std::fprintf(stderr, "%s:%d: invariant violated: %s\n  %s\n", file, line, condition,
                 detail.constData());
    std::fflush(stderr);
    std::abort();
}

// Qt warnings are not findings by themselves and would slow every run down; a fatal message
// still aborts (Qt aborts after the handler returns).
inline void quietQtMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtFatalMsg)
            std::fprintf(stderr, "qFatal: %s\n", message.toLocal8Bit().constData());
    });
}

} // namespace wsdash::fuzz

// Aborts with the condition and a detail (a QByteArray, built only on failure).
#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::wsdash::fuzz::fail(__FILE__, __LINE__, #condition, (detail));                        \
    } while (false)
