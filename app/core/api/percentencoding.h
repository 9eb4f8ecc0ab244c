#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace wsdash {

// The strict encoding of the Huawei Cloud signing guide: A-Z a-z 0-9 - _ . ~ stay, every other
// byte of the UTF-8 text becomes %XY with upper-case hex (space is %20, never +).
QString percentEncode(const QString& text);

using QueryParameter = QPair<QString, QString>;

// The canonical query string of SDK-HMAC-SHA256: names sorted (byte order), the values of a
// repeated name sorted too, one name=value pair per value, all strictly encoded, joined with &.
QString canonicalQueryString(const QList<QueryParameter>& parameters);

} // namespace wsdash
