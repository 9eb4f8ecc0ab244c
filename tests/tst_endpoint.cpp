#include "core/api/endpoint.h"

#include <QTest>

using namespace wsdash;

class TestEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void region()
    {
        const auto endpoint = Endpoint::fromRegion(QStringLiteral("cn-north-4"));
        QVERIFY(endpoint);
        QCOMPARE(endpoint->baseUrl().toString(),
                 QStringLiteral("https://workspace.cn-north-4.myhuaweicloud.com"));
        QCOMPARE(endpoint->region(), QStringLiteral("cn-north-4"));
        QCOMPARE(
            endpoint
                ->urlFor(QStringLiteral("/v2/p/statistics"), QStringLiteral("desktop_type=POOLED"))
                .toString(),
            QStringLiteral("https://workspace.cn-north-4.myhuaweicloud.com/v2/p/"
                           "statistics?desktop_type=POOLED"));
    }

    void allKnownRegionsResolve()
    {
        for (const QString& region : Endpoint::knownRegions())
            QVERIFY2(Endpoint::fromRegion(region), qPrintable(region));
        QVERIFY(Endpoint::knownRegions().contains(QStringLiteral("eu-west-101")));
    }

    void unknownRegion()
    {
        const auto endpoint = Endpoint::fromRegion(QStringLiteral("mars-1"));
        QVERIFY(!endpoint);
        QVERIFY(endpoint.error().message.contains(QStringLiteral("\"mars-1\"")));
        QVERIFY(endpoint.error().message.contains(QStringLiteral("cn-north-4")));
    }

    void regionOverrideFromEnvironment()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_REGION_WORKSPACE_CN_NORTH_4"),
                   QStringLiteral("https://workspace.internal.example.com:8443"));
        const auto endpoint = Endpoint::fromRegion(QStringLiteral("cn-north-4"), env);
        QVERIFY(endpoint);
        QCOMPARE(endpoint->baseUrl().host(), QStringLiteral("workspace.internal.example.com"));
        QCOMPARE(endpoint->baseUrl().port(), 8443);

        env.insert(QStringLiteral("HUAWEICLOUD_SDK_REGION_WORKSPACE_CN_NORTH_4"),
                   QStringLiteral("http://evil.example.com"));
        const auto refused = Endpoint::fromRegion(QStringLiteral("cn-north-4"), env);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.startsWith(
            QStringLiteral("HUAWEICLOUD_SDK_REGION_WORKSPACE_CN_NORTH_4")));
    }

    void urls_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("base");
        QTest::addRow("https") << QStringLiteral("https://workspace.example.com") << true
                               << QStringLiteral("https://workspace.example.com");
        QTest::addRow("trailing slash") << QStringLiteral("https://workspace.example.com/") << true
                                        << QStringLiteral("https://workspace.example.com");
        QTest::addRow("path prefix") << QStringLiteral("https://gw.example.com/workspace/") << true
                                     << QStringLiteral("https://gw.example.com/workspace");
        QTest::addRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true
                                          << QStringLiteral("http://127.0.0.1:8080");
        QTest::addRow("http loopback v6")
            << QStringLiteral("http://[::1]:8080") << true << QStringLiteral("http://[::1]:8080");
        QTest::addRow("http localhost")
            << QStringLiteral("http://localhost:1") << true << QStringLiteral("http://localhost:1");
        QTest::addRow("http remote")
            << QStringLiteral("http://workspace.example.com") << false << QString();
        QTest::addRow("http private ip") << QStringLiteral("http://10.1.2.3") << false << QString();
        QTest::addRow("ftp") << QStringLiteral("ftp://x.example.com") << false << QString();
        QTest::addRow("no scheme") << QStringLiteral("workspace.example.com") << false << QString();
        QTest::addRow("user info")
            << QStringLiteral("https://u:p@x.example.com") << false << QString();
        QTest::addRow("query") << QStringLiteral("https://x.example.com/?a=1") << false
                               << QString();
        QTest::addRow("empty") << QString() << false << QString();
    }

    void urls()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, base);
        const auto endpoint = Endpoint::fromUrl(input);
        QCOMPARE(bool(endpoint), valid);
        if (valid)
            QCOMPARE(endpoint->baseUrl().toString(), base);
        else
            QVERIFY(!endpoint.error().message.isEmpty());
    }

    void userInfoNeverEchoed()
    {
        const auto endpoint =
            Endpoint::fromUrl(QStringLiteral("https://user:secretpw@x.example.com"));
        QVERIFY(!endpoint);
        QVERIFY(!endpoint.error().message.contains(QStringLiteral("secretpw")));
    }

    void pathPrefixKeptInRequests()
    {
        const auto endpoint = Endpoint::fromUrl(QStringLiteral("https://gw.example.com/ws"));
        QVERIFY(endpoint);
        QCOMPARE(endpoint->pathFor(QStringLiteral("/v2/p/statistics")),
                 QStringLiteral("/ws/v2/p/statistics"));
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
