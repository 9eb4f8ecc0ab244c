#pragma once

#include "sim/httpmessage.h"

#include <QJsonObject>
#include <QString>

namespace wsdash::sim {

// The bodies the service and its API gateway answer with.
HttpResponse jsonResponse(int status, const QJsonObject& body);
HttpResponse jsonResponse(int status, const QByteArray& body);

// Appends `text` as a JSON string (quoted, escaped, UTF-8).
void appendJsonString(QByteArray& json, const QString& text);

// The gateway's shape: {"error_code", "error_msg", "request_id"}, e.g. APIG.0301.
HttpResponse gatewayError(int status, const QString& code, const QString& message,
                          const QByteArray& requestId);

// The service's shape: {"error_code", "error_msg", "error_detail"}, e.g. WKS.0001.
HttpResponse serviceError(int status, const QString& code, const QString& message,
                          const QString& detail = {});

// 429 APIG.0308 with Retry-After.
HttpResponse throttledResponse(int retryAfterSeconds, int limitPerMinute,
                               const QByteArray& requestId);

// Turns a JSON body into one that no parser accepts (same length class, same content type).
QByteArray malformedJson(const QByteArray& body);

} // namespace wsdash::sim
