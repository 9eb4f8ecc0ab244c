#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace wsdash {

// One logfmt line (key=value pairs separated by spaces): values with a space, '=', '"' or a
// control character are quoted, with '"' and '\' escaped and line breaks as \n, so that one
// event is always one line, e.g.
//   time=2026-12-02T19:00:00.123Z connection=prod status=ok request_id=5f0c... duration_ms=83
QString logfmtLine(const QList<QPair<QString, QString>>& fields);
QString logfmtValue(const QString& value);

// ISO 8601 in UTC with milliseconds: 2026-12-02T19:00:00.123Z.
QString logTime(const QDateTime& at);

} // namespace wsdash
