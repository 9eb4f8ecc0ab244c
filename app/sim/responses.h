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
// A Desktop Statistics answer made partly invalid, the rest intact: the first count of the
// project's first family object (run_state_statistics.stop_num when the run states were asked
// for) becomes -1, desktop_pool_statistics[0].total_num a string, and
// desktop_pool_statistics[1] loses its desktop_pool_id. A body that is not a JSON object is
// returned as it is.
QByteArray partlyInvalid(const QByteArray& body);

} // namespace wsdash::sim
