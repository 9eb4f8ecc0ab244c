// The all-projects overview: three profiles against local servers (two simulators and one
// server that refuses the signature), fetched concurrently within a bound; the failing row
// shows its error and the others the totals their servers served.
#include "core/api/refusedcredentials.h"
#include "core/api/requestbudget.h"
#include "core/dashboard/dashboardcontroller.h"
#include "core/dashboard/overviewfetcher.h"
#include "core/profiles/profilestore.h"
#include "sim/simulator.h"
#include "support/fakesecretstore.h"
#include "support/fixedclock.h"
#include "support/testhttpserver.h"
#include "ui/overview/overviewmodel.h"
#include "ui/overview/projectsoverview.h"
#include "ui/profiles/profileswitcher.h"
#include "ui/window/connectioncontrols.h"
#include "ui/window/freshnessbar.h"
#include "ui/window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace wsdash;
using namespace wsdash::test;

namespace {

QDateTime morning()
{
    return QDateTime(QDate(2024, 5, 8), QTime(10, 30), QTimeZone::utc());
}

sim::SimulatorConfig fleetOf(int desktops, const QString& projectId)
{
    sim::SimulatorConfig config;
    config.fleet.pools = 4;
    config.fleet.desktops = desktops;
    config.fleet.timeZone = QTimeZone::utc();
    config.projectId = projectId;
    return config;
}

const QString kFailingProject = QStringLiteral("cccccccccccccccccccccccccccccccc");

} // namespace

class TestProjectsOverview : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock{morning()};
    QTemporaryDir m_config;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<sim::Simulator> m_simA;
    std::unique_ptr<sim::Simulator> m_simB;
    std::unique_ptr<TestHttpServer> m_refusing;

    void addProfile(const QString& name, const QString& endpoint, const QString& project,
                    const Credentials& credentials)
    {
        Profile profile;
        profile.name = name;
        profile.endpointUrl = endpoint;
        profile.projectId = project;
        bool done = false;
        m_store->save(profile, ProfileSecrets::fromCredentials(credentials), this,
                      [&](const Expected<Profile, ProfileError>& saved) {
                          QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
                          done = true;
                      });
        QTRY_VERIFY(done);
    }

    // What a simulator serves for the overview's query, fetched independently.
    StateCounts served(const sim::Simulator& simulator)
    {
        StatisticsClient client(m_network.get(), m_clock);
        QSignalSpy spy(&client, &StatisticsClient::finished);
        StatisticsRequest request;
        request.endpoint = simulator.endpoint();
        request.projectId = simulator.projectId();
        request.credentials = simulator.clientCredentials();
        request.query = OverviewFetcher::overviewQuery();
        client.fetch(request);
        if (!spy.wait(10000))
            return {};
        const auto result = spy.first().first().value<StatisticsResult>();
        return result.ok() ? result.statistics->totals : StateCounts();
    }

    // One round of the overview; false when it did not finish.
    bool overviewRound(const std::optional<RefusedCredentials>& memory, QList<OverviewRow>* rows)
    {
        OverviewFetcher fetcher(*m_store, m_network.get(), m_clock, nullptr);
        fetcher.setRefusalMemory(memory);
        QSignalSpy finished(&fetcher, &OverviewFetcher::finished);
        fetcher.start();
        if (!finished.wait(15000))
            return false;
        *rows = fetcher.rows();
        return true;
    }

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale::c());
        m_secrets = std::make_unique<FakeSecretStore>();
        QProcessEnvironment env;
        env.insert(QStringLiteral("WSDASH_CONFIG_DIR"), m_config.path());
        QFile::remove(m_config.filePath(QStringLiteral("wsdash.ini")));
        m_store = std::make_unique<ProfileStore>(
            std::make_unique<QSettings>(m_config.filePath(QStringLiteral("wsdash.ini")),
                                        QSettings::IniFormat),
            *m_secrets, m_clock);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setProxy(QNetworkProxy::NoProxy);
        m_simA = std::make_unique<sim::Simulator>(
            fleetOf(300, QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")), m_clock);
        m_simB = std::make_unique<sim::Simulator>(
            fleetOf(1200, QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")), m_clock);
        QVERIFY(m_simA->start());
        QVERIFY(m_simB->start());
        m_refusing = std::make_unique<TestHttpServer>();
        QVERIFY(m_refusing->listen());
        m_refusing->setDefaultResponse(ScriptedResponse::json(
            401,
            "{\"error_code\":\"APIG.0301\",\"error_msg\":\"Incorrect IAM authentication "
            "information: verify aksk signature fail\",\"request_id\":\"req-401-overview\"}",
            {{"X-Request-Id", "req-401-overview"}}));

        addProfile(QStringLiteral("alpha"), m_simA->endpoint().baseUrl().toString(),
                   m_simA->projectId(), m_simA->clientCredentials());
        addProfile(
            QStringLiteral("bravo"), m_refusing->baseUrl(), kFailingProject,
            Credentials::permanent(QStringLiteral("AKNOTKNOWNHERE000000"),
                                   QStringLiteral("WrongSecretKey0000000000000000000000000")));
        addProfile(QStringLiteral("charlie"), m_simB->endpoint().baseUrl().toString(),
                   m_simB->projectId(), m_simB->clientCredentials());
    }

    void cleanup()
    {
        m_store.reset();
        m_secrets.reset();
        m_simA.reset();
        m_simB.reset();
        m_refusing.reset();
        m_network.reset();
    }

    void failingProjectShowsItsErrorAndTheOthersTheirTotals()
    {
        ProjectsOverview overview(*m_store, m_network.get(), m_clock, nullptr);
        auto* table = overview.findChild<QTableView*>(QStringLiteral("overviewTable"));
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&overview, &ProjectsOverview::finished);
        overview.resize(1100, 300);
        overview.show();
        overview.refresh();
        QVERIFY(finished.wait(15000));

        QAbstractItemModel* model = table->model();
        QCOMPARE(model->rowCount(), 3);
        const auto cell = [&](int row, int column) {
            return model->index(row, column).data().toString();
        };
        // Sorted by name (the store's order): alpha, bravo, charlie.
        QCOMPARE(cell(0, OverviewModel::ProfileColumn), QStringLiteral("alpha"));
        QCOMPARE(cell(1, OverviewModel::ProfileColumn), QStringLiteral("bravo"));
        QCOMPARE(cell(1, OverviewModel::ProjectColumn), kFailingProject);

        // The failing row: code, message and request ID, and no numbers.
        const QString status = cell(1, OverviewModel::StatusColumn);
        QVERIFY2(status.contains(QLatin1String("APIG.0301")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("verify aksk signature fail")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("req-401-overview")), qPrintable(status));
        QVERIFY(model->index(1, 0).data(OverviewModel::FailedRole).toBool());
        QCOMPARE(cell(1, OverviewModel::TotalColumn), QStringLiteral("—"));
        QVERIFY(m_refusing->requestCount() >= 1);

        // The other rows: what their servers serve.
        const QList<std::pair<int, const sim::Simulator*>> good{{0, m_simA.get()},
                                                                {2, m_simB.get()}};
        for (const auto& [row, simulator] : good) {
            QVERIFY(!model->index(row, 0).data(OverviewModel::FailedRole).toBool());
            const StateCounts expected = served(*simulator);
            const QList<std::pair<int, Metric>> columns{
                {OverviewModel::TotalColumn, Metric::TotalNum},
                {OverviewModel::RunningColumn, Metric::ActiveNum},
                {OverviewModel::FaultyColumn, Metric::ErrorNum},
                {OverviewModel::InUseColumn, Metric::InUseNum},
                {OverviewModel::UnableToConnectColumn, Metric::UnableToConnectNum},
                {OverviewModel::AttachErrorColumn, Metric::AttachErrorNum}};
            for (const auto& [column, metric] : columns) {
                QVERIFY(expected.value(metric).has_value());
                QCOMPARE(cell(row, column), QString::number(*expected.value(metric)));
            }
            QVERIFY(cell(row, OverviewModel::StatusColumn).startsWith(QLatin1String("OK")));
        }
        QCOMPARE(cell(0, OverviewModel::TotalColumn), QStringLiteral("300"));
        QCOMPARE(cell(2, OverviewModel::TotalColumn), QStringLiteral("1200"));
        QVERIFY(overview.fetcher().peakInFlight() <= 4);

        // Double-click opens that project.
        QSignalSpy activated(&overview, &ProjectsOverview::profileActivated);
        const QRect rect = table->visualRect(model->index(2, OverviewModel::TotalColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("charlie"));
    }

    void switcherAndOverviewOpenAProfileInTheWindow()
    {
        DashboardController controller(m_network.get(), m_clock);
        StatisticsRequest request;
        request.endpoint = m_simA->endpoint();
        request.projectId = m_simA->projectId();
        request.credentials = m_simA->clientCredentials();
        controller.setRequest(request);
        controller.setProfileName(QStringLiteral("alpha")); // as --profile alpha does
        MainWindow window(controller, m_clock, nullptr);
        auto* controls =
            new ConnectionControls(window, controller, *m_store, m_network.get(), m_clock, nullptr);
        window.resize(1280, 800);
        window.show();
        QSignalSpy shown(&window, &MainWindow::resultShown);
        window.start();
        QVERIFY(shown.wait(10000));

        auto* switcher = window.findChild<ProfileSwitcher*>(QStringLiteral("profileSwitcher"));
        QVERIFY(switcher);
        QCOMPARE(switcher->currentText(), QStringLiteral("alpha"));
        QVERIFY(window.freshnessBar()->text().contains(QLatin1String("alpha")));
        QVERIFY(switcher->findText(QStringLiteral("Manage profiles…")) >= 0);

        // Choosing "charlie" re-points the dashboard at its project.
        shown.clear();
        QSignalSpy switched(switcher, &ProfileSwitcher::switched);
        switcher->setCurrentIndex(switcher->findText(QStringLiteral("charlie")));
        Q_EMIT switcher->activated(switcher->currentIndex());
        QVERIFY(switched.wait(5000));
        QCOMPARE(controller.request().projectId, m_simB->projectId());
        QCOMPARE(controller.request().endpoint.baseUrl(), m_simB->endpoint().baseUrl());
        QCOMPARE(controller.profileName(), QStringLiteral("charlie"));
        QCOMPARE(m_store->currentProfileName(), QStringLiteral("charlie"));
        QVERIFY(shown.wait(10000));
        QCOMPARE(controller.current()->statistics->totals.value(Metric::TotalNum), Count(1200));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("connectionLabel"))
                    ->text()
                    .contains(QLatin1String("charlie")));
        QVERIFY(window.freshnessBar()->text().contains(QLatin1String("charlie")));

        // The overview's double-click switches the window too.
        ProjectsOverview* overview = controls->openOverview();
        QSignalSpy finished(overview, &ProjectsOverview::finished);
        QVERIFY(finished.wait(10000));
        switched.clear();
        Q_EMIT overview->profileActivated(QStringLiteral("alpha"));
        QVERIFY(switched.wait(5000));
        QCOMPARE(controller.request().projectId, m_simA->projectId());
        QCOMPARE(switcher->currentText(), QStringLiteral("alpha"));
    }

    void refusedCredentialsAreNotSentAgain()
    {
        QTemporaryDir data;
        const RefusedCredentials memory(data.filePath(QStringLiteral("refused-credentials")));
        QList<OverviewRow> rows;
        QVERIFY(overviewRound(memory, &rows));
        QCOMPARE(rows.at(1).state, OverviewRow::State::Failed);
        QCOMPARE(rows.at(1).error.code, QStringLiteral("APIG.0301"));
        const int sent = m_refusing->requestCount();
        QVERIFY(sent >= 1);

        // The next round (and the next window) sends nothing with the refused keys.
        QVERIFY(overviewRound(memory, &rows));
        QCOMPARE(m_refusing->requestCount(), sent);
        QCOMPARE(rows.at(1).state, OverviewRow::State::Failed);
        const QString why = rows.at(1).failureText();
        QVERIFY2(why.startsWith(QLatin1String("Not sent")), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("req-401-overview")), qPrintable(why));
        QCOMPARE(rows.at(0).state, OverviewRow::State::Ok);
        QCOMPARE(rows.at(2).state, OverviewRow::State::Ok);

        // The toolbar's switcher honours the same memory: switching to "bravo" sends nothing
        // and shows the remembered refusal; "charlie" loads as usual.
        DashboardController controller(m_network.get(), m_clock);
        StatisticsRequest request;
        request.endpoint = m_simA->endpoint();
        request.projectId = m_simA->projectId();
        request.credentials = m_simA->clientCredentials();
        controller.setRequest(request);
        controller.setRefusalMemory(memory);
        QVERIFY(!controller.isBlocked());
        MainWindow window(controller, m_clock, nullptr);
        auto* controls =
            new ConnectionControls(window, controller, *m_store, m_network.get(), m_clock, nullptr);
        QCOMPARE(controls->switcher()->findText(QStringLiteral("bravo")) >= 0, true);
        window.show();
        QSignalSpy switched(controls->switcher(), &ProfileSwitcher::switched);
        controls->switcher()->switchTo(QStringLiteral("bravo"));
        QVERIFY(switched.wait(5000));
        QVERIFY(controller.isBlocked());
        QCOMPARE(controller.blockedBy()->code, QStringLiteral("APIG.0301"));
        window.start();
        QTest::qWait(300);
        QCOMPARE(m_refusing->requestCount(), sent);

        QSignalSpy shown(&window, &MainWindow::resultShown);
        controls->switcher()->switchTo(QStringLiteral("charlie"));
        QVERIFY(switched.wait(5000));
        QVERIFY(!controller.isBlocked());
        window.start();
        QVERIFY(shown.wait(10000));
        QCOMPARE(controller.current()->statistics->totals.value(Metric::TotalNum), Count(1200));
    }

    void aFailedRowRecoversOnTheNextRound()
    {
        sim::FaultSettings unavailable;
        unavailable.fault = sim::Fault::ServiceUnavailable;
        m_simA->setFaults(unavailable);
        ProjectsOverview overview(*m_store, m_network.get(), m_clock, nullptr);
        QAbstractItemModel* model = overview.table()->model();
        QSignalSpy finished(&overview, &ProjectsOverview::finished);
        overview.refresh();
        QVERIFY(finished.wait(20000));
        QVERIFY(model->index(0, 0).data(OverviewModel::FailedRole).toBool());
        QCOMPARE(model->index(0, OverviewModel::TotalColumn).data().toString(),
                 QStringLiteral("—"));

        // The service is back: the same dialog's next round shows the project's totals.
        m_simA->clearFaults();
        finished.clear();
        overview.refresh();
        QVERIFY(finished.wait(20000));
        QVERIFY(!model->index(0, 0).data(OverviewModel::FailedRole).toBool());
        QCOMPARE(model->index(0, OverviewModel::TotalColumn).data().toString(),
                 QStringLiteral("300"));
        QVERIFY(model->index(0, OverviewModel::StatusColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("OK")));
    }

    void atMostTheBoundInFlight()
    {
        for (int i = 0; i < 6; ++i)
            addProfile(QStringLiteral("extra %1").arg(i), m_simA->endpoint().baseUrl().toString(),
                       m_simA->projectId(), m_simA->clientCredentials());
        OverviewFetcher fetcher(*m_store, m_network.get(), m_clock, nullptr);
        fetcher.setMaxInFlight(2);
        QSignalSpy finished(&fetcher, &OverviewFetcher::finished);
        fetcher.start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(fetcher.rows().size(), 9);
        QCOMPARE(fetcher.peakInFlight(), 2);
        int failed = 0;
        for (const OverviewRow& row : fetcher.rows())
            failed += row.state == OverviewRow::State::Failed ? 1 : 0;
        QCOMPARE(failed, 1);
    }

    void budgetHoldsBackCalls()
    {
        // A budget with two tokens left and no refill to speak of: only two calls go out.
        RequestBudget budget(m_clock, RequestBudget::Options{1, 2, 0});
        OverviewFetcher fetcher(*m_store, m_network.get(), m_clock, &budget);
        QSignalSpy changed(&fetcher, &OverviewFetcher::rowChanged);
        fetcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(
            int(std::count_if(fetcher.rows().cbegin(), fetcher.rows().cend(),
                              [](const OverviewRow& row) {
                                  return row.state == OverviewRow::State::Ok ||
                                         row.state == OverviewRow::State::Failed;
                              })),
            2, 10000);
        QTest::qWait(100);
        QVERIFY(fetcher.isRunning());
        QCOMPARE(fetcher.rows().at(2).state, OverviewRow::State::Waiting);
        // Time passes (the injected clock): the third call may go.
        m_clock.advance(60);
        QTRY_VERIFY_WITH_TIMEOUT(!fetcher.isRunning(), 10000);
        QCOMPARE(fetcher.rows().at(2).state, OverviewRow::State::Ok);
    }
};

QTEST_MAIN(TestProjectsOverview)
#include "tst_projectsoverview.moc"
