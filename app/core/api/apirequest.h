#pragma once

#include "core/api/apierror.h"
#include "core/api/credentials.h"
#include "core/api/endpoint.h"
#include "core/api/percentencoding.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>

namespace wsdash {

// When and how often a failed attempt is sent again.
struct RetryPolicy
{
    int maxRetries = 3;
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{8000};
    // Uniform in [0, 1); the jitter source (QRandomGenerator when empty).
    std::function<double()> random;

    // The pause before retry number `retry` (0-based): exponential with "equal jitter".
    std::chrono::milliseconds backoff(int retry) const;
    static bool isRetryableStatus(int httpStatus);
};

// One signed GET to the Workspace API.
struct ApiRequest
{
    Endpoint endpoint;
    QString projectId;
    Credentials credentials;
    QString apiPath; // below the endpoint, e.g. /v2/{project_id}/statistics
    QList<QueryParameter> query;
    std::chrono::milliseconds timeout{30000}; // the total time, retries included
    qint64 maxResponseBytes = 64LL * 1024 * 1024;
    RetryPolicy retry;
};

struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
    QString requestId;
    QDateTime serverDate; // the Date header, when sent
    int attempts = 0;
};

// Parses a Retry-After value: delay-seconds or an HTTP-date; empty when absent or invalid.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value,
                                                         const QDateTime& now);

// "wsdash/0.1.0 (Qt 6.4.2; linux)".
QByteArray userAgent();

// The project ID is a path segment: only letters, digits, '-' and '_' (at most 64).
bool isValidProjectId(const QString& projectId);

} // namespace wsdash
