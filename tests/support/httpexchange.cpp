#include "support/httpexchange.h"

#include <algorithm>

namespace wsdash::test {

QByteArray RecordedRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

int RecordedRequest::headerCount(const QByteArray& name) const
{
    return static_cast<int>(
        std::count_if(headers.cbegin(), headers.cend(), [&](const RawHeader& h) {
            return h.first.compare(name, Qt::CaseInsensitive) == 0;
        }));
}

QStringList RecordedRequest::queryValues(const QString& name) const
{
    QStringList values;
    for (const auto& [key, value] : queryItems) {
        if (key == name)
            values.append(value);
    }
    return values;
}

ScriptedResponse ScriptedResponse::json(int status, const QByteArray& body,
                                        const QList<RawHeader>& headers)
{
    ScriptedResponse r;
    r.status = status;
    r.body = body;
    r.headers = headers;
    r.headers.prepend({"Content-Type", "application/json;charset=UTF-8"});
    return r;
}

ScriptedResponse ScriptedResponse::withBehaviour(Behaviour behaviour, int status,
                                                 const QByteArray& body)
{
    ScriptedResponse r = json(status, body);
    r.behaviour = behaviour;
    return r;
}

ScriptedResponse ScriptedResponse::huge(qint64 size, bool chunked)
{
    ScriptedResponse r = json(200, {});
    r.behaviour = Behaviour::Huge;
    r.hugeSize = size;
    r.hugeChunked = chunked;
    return r;
}

ScriptedResponse& ScriptedResponse::header(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

} // namespace wsdash::test
