#pragma once

#include "core/api/apirequest.h"
#include "core/api/statisticsclient.h"
#include "support/testhttpserver.h"

#include <QByteArray>
#include <QString>

namespace wsdash::test {

// Shared values and helpers of the network tests (tst_statisticsclient, tst_apicall).
inline const QString kTestProject = QStringLiteral("0123456789abcdef0123456789abcdef");
// The signing guide's example key pair (vector A of WIRE.md): not a real credential.
inline const QByteArray kTestAk = "QTWAOYTTINDUT2QVKYUC";
inline const QByteArray kTestSk = "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc";

// A 200 body with every family, a count left out (not reported) and one pool.
QByteArray fullStatisticsBody();

// Retries after ~10 ms, so that tests stay fast.
RetryPolicy fastRetry();

Credentials testAkSk();

// A request to the server with AK/SK, a 5 s timeout and fastRetry().
StatisticsRequest statisticsRequestFor(const TestHttpServer& server,
                                       const Credentials& credentials = testAkSk());
ApiRequest apiRequestFor(const TestHttpServer& server, const QList<QueryParameter>& query);

// Both desktop types, all three statistics types, and the given pools.
StatisticsQuery fullQuery(const QStringList& poolIds = {});

// Runs one fetch to its end and returns what finished() delivered; a result whose message
// starts with "test:" when not exactly one arrived in time.
StatisticsResult fetchOnce(StatisticsClient& client, const StatisticsRequest& request,
                           int waitMs = 10000);

} // namespace wsdash::test
