// RefusedCredentials: which refusals are remembered, by a fingerprint that changes with the
// keys and never contains them, and the round trip through the file.

#include "core/api/refusedcredentials.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace wsdash;

namespace {

ApiError refusal(int status, const QString& code, const QDateTime& serverDate = {})
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = status;
    error.code = code;
    error.message = QStringLiteral("Incorrect IAM authentication information");
    error.requestId = QStringLiteral("req-1");
    error.serverDate = serverDate;
    return error;
}

} // namespace

class TestRefusedCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyRefusalsThatNeedNewCredentials_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("skewMinutes");
        QTest::addColumn<bool>("remembered");
        QTest::addRow("bad signature") << 401 << 0 << true;
        QTest::addRow("clock 20 min off") << 401 << 20 << false;
        QTest::addRow("missing permission") << 403 << 0 << false;
        QTest::addRow("server error") << 503 << 0 << false;
    }

    void onlyRefusalsThatNeedNewCredentials()
    {
        QFETCH(int, status);
        QFETCH(int, skewMinutes);
        QFETCH(bool, remembered);
        const QDateTime now(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc());
        const ApiError error =
            refusal(status, QStringLiteral("APIG.0301"), now.addSecs(skewMinutes * 60));
        QCOMPARE(RefusedCredentials::needsNewCredentials(error, now), remembered);
    }

    void fingerprintChangesWithTheKeysAndHidesThem()
    {
        const Endpoint endpoint = Endpoint::fromRegion(QStringLiteral("cn-north-4")).value();
        const Credentials a = Credentials::permanent(QStringLiteral("AKAKAKAKAKAKAKAKAKAK"),
                                                     QStringLiteral("secret-one"));
        const Credentials b = Credentials::permanent(QStringLiteral("AKAKAKAKAKAKAKAKAKAK"),
                                                     QStringLiteral("secret-two"));
        const QString fa = RefusedCredentials::fingerprint(endpoint, QStringLiteral("p1"), a);
        QCOMPARE(fa, RefusedCredentials::fingerprint(endpoint, QStringLiteral("p1"), a));
        QVERIFY(fa != RefusedCredentials::fingerprint(endpoint, QStringLiteral("p1"), b));
        QVERIFY(fa != RefusedCredentials::fingerprint(endpoint, QStringLiteral("p2"), a));
        QVERIFY(!fa.contains(QStringLiteral("AKAK")));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sub/refused-credentials"));
        RefusedCredentials refused(path);
        QVERIFY(!refused.find(fa));
        QVERIFY(refused.remember(fa, refusal(401, QStringLiteral("APIG.0301"))));
        const auto found = refused.find(fa);
        QVERIFY(found);
        QCOMPARE(found->error.code, QStringLiteral("APIG.0301"));
        QCOMPARE(found->error.httpStatus, 401);
        QCOMPARE(found->error.requestId, QStringLiteral("req-1"));
        QVERIFY(found->at.isValid());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("secret-one") && !text.contains("AKAKAKAK"));

        // An answer without a request ID is remembered too (an empty last field).
        const QString fb = RefusedCredentials::fingerprint(endpoint, QStringLiteral("p1"), b);
        ApiError noId = refusal(401, QStringLiteral("APIG.0301"));
        noId.requestId.clear();
        QVERIFY(refused.remember(fb, noId));
        QVERIFY(refused.find(fb));
        QVERIFY(refused.find(fa));

        QVERIFY(refused.remember(fa, std::nullopt)); // a success forgets it
        QVERIFY(!refused.find(fa));
    }
};

QTEST_GUILESS_MAIN(TestRefusedCredentials)
#include "tst_refusedcredentials.moc"
