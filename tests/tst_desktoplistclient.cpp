// DesktopListClient against a real loopback HTTP server: the canonical query of every page
// (checked against the signature the server recomputes), page boundaries, several pools in one
// pool_id, a page failing mid-way, supersede, the request budget, and the tolerant parser.

#include "core/api/desktoplistclient.h"
#include "core/api/requestbudget.h"
#include "support/clienttestsupport.h"
#include "support/fixedclock.h"
#include "support/testhttpserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace wsdash;
using namespace wsdash::test;

namespace {

QByteArray pageBody(int first, int count, qint64 total)
{
    QByteArray body = "{\"total_count\":" + QByteArray::number(total) + ",\"desktops\":[";
    for (int i = 0; i < count; ++i) {
        if (i)
            body += ',';
        body += "{\"desktop_id\":\"d" + QByteArray::number(first + i) +
                "\",\"computer_name\":\"wks-" + QByteArray::number(first + i) +
                "\",\"status\":\"ERROR\",\"unknown_extra\":{\"x\":[1,2]}}";
    }
    return body + "]}";
}

DesktopListRequest requestFor(const TestHttpServer& server, const DesktopListFilter& filter = {})
{
    DesktopListRequest request;
    request.endpoint = Endpoint::fromUrl(server.baseUrl()).value();
    request.projectId = kTestProject;
    request.credentials = testAkSk();
    request.filter = filter;
    request.timeout = std::chrono::milliseconds(5000);
    request.retry = fastRetry();
    request.retry.maxRetries = 0;
    return request;
}

struct Collected
{
    QList<DesktopDetail> desktops;
    QList<int> pages;
};

} // namespace

class TestDesktopListClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalQueryIsSignedAndSent()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(200, pageBody(0, 2, 2)));
        QNetworkAccessManager network;
        FixedClock clock;
        DesktopListClient client(&network, clock);
        QSignalSpy finished(&client, &DesktopListClient::finished);

        DesktopListFilter filter;
        filter.status = QStringLiteral("ERROR");
        filter.desktopType = DesktopType::Pooled;
        filter.poolIds = {QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p 3")};
        filter.userAttached = true;
        filter.desktopIds = {QStringLiteral("d2"), QStringLiteral("d1")};
        client.list(requestFor(server, filter));
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.takeFirst().constFirst().value<DesktopListResult>().ok());

        QCOMPARE(server.requestCount(), 1);
        const RecordedRequest& sent = server.requests().constFirst();
        QCOMPARE(sent.rawPath, QByteArray("/v2/" + kTestProject.toLatin1() + "/desktops/detail"));
        // Repeated keys for arrays, ONE comma-joined pool_id, sorted, strictly encoded.
        QCOMPARE(sent.rawQuery,
                 QByteArray("desktop_id=d1&desktop_id=d2&desktop_type=POOLED&limit=500&offset=0&"
                            "pool_id=p1%2Cp2%2Cp%203&sort_field=created&sort_type=ASC&"
                            "status=ERROR&user_attached=true"));
        const SignatureCheck check = TestHttpServer::verifySignature(sent, kTestAk, kTestSk);
        QVERIFY2(check.ok, qPrintable(check.reason));
    }

    void pageBoundaries_data()
    {
        QTest::addColumn<int>("desktops");
        QTest::addColumn<int>("pages");
        QTest::addRow("0") << 0 << 1;
        QTest::addRow("1") << 1 << 1;
        QTest::addRow("499") << 499 << 1;
        QTest::addRow("500") << 500 << 1;
        QTest::addRow("501") << 501 << 2;
        QTest::addRow("1001") << 1001 << 3;
    }
    void pageBoundaries()
    {
        QFETCH(int, desktops);
        QFETCH(int, pages);
        TestHttpServer server;
        QVERIFY(server.listen());
        for (int first = 0; first < std::max(desktops, 1); first += 500)
            server.enqueue(ScriptedResponse::json(
                200, pageBody(first, std::min(500, desktops - first), desktops)));

        QNetworkAccessManager network;
        FixedClock clock;
        DesktopListClient client(&network, clock);
        Collected got;
        connect(&client, &DesktopListClient::pageReceived, this,
                [&got](int page, const QList<DesktopDetail>& list, qint64) {
                    got.pages.append(page);
                    got.desktops += list;
                });
        QSignalSpy progress(&client, &DesktopListClient::progress);
        QSignalSpy finished(&client, &DesktopListClient::finished);
        client.list(requestFor(server));
        QVERIFY(finished.wait(10000));
        const auto result = finished.takeFirst().constFirst().value<DesktopListResult>();
        QVERIFY(result.ok());
        QCOMPARE(result.pagesFetched, pages);
        QCOMPARE(result.desktopsListed, qint64(desktops));
        QCOMPARE(result.totalCount, qint64(desktops));
        QCOMPARE(got.desktops.size(), desktops);
        if (desktops > 0)
            QCOMPARE(got.desktops.constLast().desktopId, QStringLiteral("d%1").arg(desktops - 1));
        QCOMPARE(server.requestCount(), pages);
        QCOMPARE(progress.count(), pages);
        QCOMPARE(progress.constLast().at(0).toInt(), pages); // pages done
        QCOMPARE(progress.constLast().at(1).toInt(), pages); // of pages in all
        for (int page = 0; page < pages; ++page) {
            const RecordedRequest& sent = server.requests().at(page);
            QCOMPARE(sent.queryValues(QStringLiteral("offset")),
                     QStringList{QString::number(page * 500)});
            QCOMPARE(sent.queryValues(QStringLiteral("limit")), QStringList{QStringLiteral("500")});
            QVERIFY(TestHttpServer::verifySignature(sent, kTestAk, kTestSk).ok);
        }
    }

    void aPageFailingMidwayKeepsWhatArrivedAndNamesThePage()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(200, pageBody(0, 500, 1001)));
        server.enqueue(ScriptedResponse::json(
            500, R"({"error_code":"WKS.0500","error_msg":"Internal server error."})"));
        QNetworkAccessManager network;
        FixedClock clock;
        DesktopListClient client(&network, clock);
        Collected got;
        connect(&client, &DesktopListClient::pageReceived, this,
                [&got](int, const QList<DesktopDetail>& list, qint64) { got.desktops += list; });
        QSignalSpy finished(&client, &DesktopListClient::finished);
        client.list(requestFor(server));
        QVERIFY(finished.wait(5000));
        const auto result = finished.takeFirst().constFirst().value<DesktopListResult>();
        QVERIFY(!result.ok());
        QCOMPARE(result.failedPage, 2);
        QCOMPARE(result.pagesFetched, 1);
        QCOMPARE(result.error->code, QStringLiteral("WKS.0500"));
        QCOMPARE(got.desktops.size(), 500);
        QCOMPARE(server.requestCount(), 2);
    }

    void aNewerListingSupersedesTheOlder()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::withBehaviour(ScriptedResponse::Behaviour::Stall));
        server.enqueue(ScriptedResponse::json(200, pageBody(0, 3, 3)));
        QNetworkAccessManager network;
        FixedClock clock;
        DesktopListClient client(&network, clock);
        QSignalSpy finished(&client, &DesktopListClient::finished);
        client.list(requestFor(server));
        QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 1, 5000);
        const quint64 second = client.list(requestFor(server));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.count(), 1);
        const auto result = finished.constFirst().constFirst().value<DesktopListResult>();
        QCOMPARE(result.serial, second);
        QCOMPARE(result.desktopsListed, 3);

        client.cancel(); // nothing pending: no further report
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
    }

    void laterPagesLeaveTheInteractiveReserveToTheDashboard()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(200, pageBody(0, 2, 4)));
        server.enqueue(ScriptedResponse::json(200, pageBody(2, 2, 4)));
        QNetworkAccessManager network;
        FixedClock clock;
        // Two tokens, both reserved for interactive callers.
        RequestBudget budget(clock, {60, 2, 2});
        DesktopListClient client(&network, clock);
        client.setRequestBudget(&budget);
        QSignalSpy finished(&client, &DesktopListClient::finished);
        client.list(requestFor(server));
        // Page 1 (interactive) goes; page 2 (background) may not take the last reserved token.
        QTRY_VERIFY_WITH_TIMEOUT(client.isWaitingForBudget(), 5000);
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(budget.tryAcquire(RequestBudget::Priority::Interactive)); // the dashboard's
        clock.advance(3); // three more tokens: one above the reserve
        QVERIFY(finished.wait(5000));
        QCOMPARE(server.requestCount(), 2);
    }

    void parserIsTolerantAndNamesWrongTypes()
    {
        const QByteArray body = R"({"total_count": 3, "extra": true, "desktops": [
            {"desktop_id": "a", "status": null, "login_status": "CONNECTED",
             "attach_user_infos": [{"user_name": "alice"}, {"user_name": 7}], "ipv4": "",
             "ip_addresses": ["10.0.0.1"], "in_maintenance_mode": "yes", "created": "2025-05-22T09:48:47Z"},
            {"computer_name": 12, "user_list": ["bob"], "isolated": true},
            5
        ]})";
        QString error;
        const auto page = DesktopListParser::parse(body, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->totalCount, 3);
        QCOMPARE(page->entries, 3);
        QCOMPARE(page->desktops.size(), 2);
        const DesktopDetail& a = page->desktops.at(0);
        QCOMPARE(a.desktopId, QStringLiteral("a"));
        QVERIFY(a.status.isEmpty());
        QCOMPARE(a.loginStatus, QStringLiteral("CONNECTED"));
        QCOMPARE(a.attachedUsers, QStringList{QStringLiteral("alice")});
        QCOMPARE(a.ipv4, QStringLiteral("10.0.0.1"));
        QVERIFY(!a.inMaintenanceMode.has_value());
        QCOMPARE(page->desktops.at(1).usersText(), QStringLiteral("bob"));
        QCOMPARE(page->desktops.at(1).isolated, std::optional<bool>(true));
        QCOMPARE(
            page->problems,
            (QStringList{
                QStringLiteral("desktops[0].attach_user_infos[1].user_name: expected a string"),
                QStringLiteral("desktops[0].in_maintenance_mode: expected true or false"),
                QStringLiteral("desktops[1].computer_name: expected a string"),
                QStringLiteral("desktops[2]: expected an object")}));

        QVERIFY(!DesktopListParser::parse("[]", &error));
        QVERIFY(!DesktopListParser::parse(R"({"desktops": {}})", &error));
        QCOMPARE(error, QStringLiteral("desktops: expected an array"));
        QVERIFY(DesktopListParser::parse(R"({"desktops": null})", &error));
    }
};

QTEST_GUILESS_MAIN(TestDesktopListClient)
#include "tst_desktoplistclient.moc"
