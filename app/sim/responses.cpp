#include "sim/responses.h"

#include "core/api/statistics.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wsdash::sim {

HttpResponse jsonResponse(int status, const QJsonObject& body)
{
    return jsonResponse(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse jsonResponse(int status, const QByteArray& body)
{
    HttpResponse response;
    response.status = status;
    response.headers.append(
        {QByteArray("Content-Type"), QByteArray("application/json;charset=UTF-8")});
    response.body = body;
    return response;
}

void appendJsonString(QByteArray& json, const QString& text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    json += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            json += '\\';
            json += c;
        } else if (byte < 0x20) {
            json += "\\u00";
            json += kHex[byte >> 4];
            json += kHex[byte & 0x0F];
        } else {
            json += c;
        }
    }
    json += '"';
}

HttpResponse gatewayError(int status, const QString& code, const QString& message,
                          const QByteArray& requestId)
{
    return jsonResponse(status, QJsonObject{
                                    {QStringLiteral("error_code"), code},
                                    {QStringLiteral("error_msg"), message},
                                    {QStringLiteral("request_id"), QString::fromLatin1(requestId)},
                                });
}

HttpResponse serviceError(int status, const QString& code, const QString& message,
                          const QString& detail)
{
    return jsonResponse(status, QJsonObject{
                                    {QStringLiteral("error_code"), code},
                                    {QStringLiteral("error_msg"), message},
                                    {QStringLiteral("error_detail"), detail},
                                });
}

HttpResponse throttledResponse(int retryAfterSeconds, int limitPerMinute,
                               const QByteArray& requestId)
{
    HttpResponse response = gatewayError(
        429, QStringLiteral("APIG.0308"),
        QStringLiteral("The throttling threshold has been reached: policy user over ratelimit, "
                       "limit:%1, time:1 minute")
            .arg(limitPerMinute),
        requestId);
    response.headers.append(
        {QByteArray("Retry-After"), QByteArray(QByteArray::number(retryAfterSeconds))});
    return response;
}

QByteArray malformedJson(const QByteArray& body)
{
    // Cut the last closing brace and leave a dangling member: valid UTF-8, invalid JSON.
    QByteArray broken = body;
    if (broken.endsWith('}'))
        broken.chop(1);
    broken += ",\"total_num\":";
    return broken;
}

QByteArray partlyInvalid(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return body;
    QJsonObject root = document.object();
    for (Family family : {Family::Run, Family::Login, Family::Attach}) {
        const QString key = QLatin1String(familyObjectKey(family));
        if (!root.value(key).isObject())
            continue;
        QJsonObject counts = root.value(key).toObject();
        counts.insert(QLatin1String(metricInfo(familyMetrics(family).constFirst()).field), -1);
        root.insert(key, counts);
        break;
    }
    const QString poolsKey = QStringLiteral("desktop_pool_statistics");
    QJsonArray pools = root.value(poolsKey).toArray();
    if (!pools.isEmpty()) {
        QJsonObject first = pools.at(0).toObject();
        first.insert(QStringLiteral("total_num"),
                     QString::number(first.value(QLatin1String("total_num")).toInteger()));
        pools.replace(0, first);
    }
    if (pools.size() > 1) {
        QJsonObject second = pools.at(1).toObject();
        second.remove(QStringLiteral("desktop_pool_id"));
        pools.replace(1, second);
    }
    if (root.contains(poolsKey))
        root.insert(poolsKey, pools);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace wsdash::sim
