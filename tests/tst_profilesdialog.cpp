// The profiles dialog driven through its real widgets (offscreen): add, duplicate and delete
// profiles, import from the environment and from a malformed file, test a connection against
// the simulator, and check after every step that no file under the config folder holds a
// secret.
#include "core/base/settingslocation.h"
#include "core/profiles/profilestore.h"
#include "sim/simulator.h"
#include "support/fakesecretstore.h"
#include "support/fixedclock.h"
#include "support/secretscan.h"
#include "ui/profiles/profilesdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wsdash;
using namespace wsdash::test;

namespace {

const QString kProject = QStringLiteral("0123456789abcdef0123456789abcdef");
const QByteArray kAccessKey = "AKDIALOGTEST00000001";
const QByteArray kSecretKey = "DialogSecretKeyThatMustNeverBeWritten000";

QDateTime morning()
{
    return QDateTime(QDate(2024, 5, 8), QTime(10, 30), QTimeZone::utc());
}

} // namespace

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock{morning()};
    std::unique_ptr<QTemporaryDir> m_config;
    QProcessEnvironment m_env;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;
    QNetworkAccessManager m_network;

    template <typename T> T* child(QWidget& parent, const char* name)
    {
        T* widget = parent.findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    QStringList leaks(const QList<QByteArray>& secrets) const
    {
        return filesHoldingSecrets(m_config->path(), secrets);
    }

    void fill(ProfilesDialog& dialog, const char* name, const QString& text)
    {
        auto* edit = child<QLineEdit>(dialog, name);
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // Clicks `button` and waits for the store operation it starts.
    bool clickAndWait(ProfilesDialog& dialog, const char* button)
    {
        QSignalSpy done(&dialog, &ProfilesDialog::operationFinished);
        QTest::mouseClick(child<QPushButton>(dialog, button), Qt::LeftButton);
        return (!done.isEmpty() || done.wait(5000)) && done.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_network.setProxy(QNetworkProxy::NoProxy);
    }

    void init()
    {
        m_config = std::make_unique<QTemporaryDir>();
        m_env = QProcessEnvironment();
        m_env.insert(QStringLiteral("WSDASH_CONFIG_DIR"), m_config->path());
        m_secrets = std::make_unique<FakeSecretStore>();
        m_store = std::make_unique<ProfileStore>(openSettings(m_env), *m_secrets, m_clock);
    }

    void cleanup()
    {
        m_store.reset();
        m_secrets.reset();
        m_config.reset();
    }

    void addDuplicateDelete()
    {
        ProfilesDialog dialog(*m_store, &m_network, m_clock, m_env);
        dialog.setConfirmDeletion(false);
        dialog.show();
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("sessionOnlyBanner")));

        QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
        fill(dialog, "nameEdit", QStringLiteral("prod"));
        auto* region = child<QComboBox>(dialog, "regionBox");
        region->setCurrentIndex(region->findData(QStringLiteral("ap-southeast-1")));
        fill(dialog, "projectEdit", kProject);
        fill(dialog, "accessKeyEdit", QString::fromLatin1(kAccessKey));
        fill(dialog, "secretKeyEdit", QString::fromLatin1(kSecretKey));
        QCOMPARE(child<QLineEdit>(dialog, "secretKeyEdit")->echoMode(), QLineEdit::Password);
        // The access key ID names the key: it is shown, not masked like a secret.
        QCOMPARE(child<QLineEdit>(dialog, "accessKeyEdit")->echoMode(), QLineEdit::Normal);
        QVERIFY(clickAndWait(dialog, "saveButton"));

        const auto saved = m_store->find(QStringLiteral("prod"));
        QVERIFY(saved);
        QCOMPARE(saved->region, QStringLiteral("ap-southeast-1"));
        QCOMPARE(saved->projectId, kProject);
        QCOMPARE(saved->authMode, Profile::AuthMode::AkSk);
        QCOMPARE(m_secrets->entries().size(), 1);
        const auto stored =
            ProfileSecrets::fromBlob(m_secrets->entries().value(saved->secretKey()));
        QVERIFY(stored);
        QCOMPARE(stored->secretKey, QString::fromLatin1(kSecretKey));
        QCOMPARE(leaks({kAccessKey, kSecretKey}), QStringList());
        QVERIFY(QFileInfo::exists(m_config->filePath(QStringLiteral("wsdash.ini"))));

        // The saved profile is shown with empty secret fields that say what empty means.
        auto* list = child<QListWidget>(dialog, "profileList");
        QCOMPARE(dialog.selectedProfileName(), QStringLiteral("prod"));
        auto* sk = child<QLineEdit>(dialog, "secretKeyEdit");
        QVERIFY(sk->text().isEmpty());
        QVERIFY(sk->placeholderText().contains(QLatin1String("keychain")));

        // Editing without typing keys keeps the stored ones.
        fill(dialog, "projectEdit", QStringLiteral("fedcba9876543210fedcba9876543210"));
        QVERIFY(clickAndWait(dialog, "saveButton"));
        QCOMPARE(m_store->find(QStringLiteral("prod"))->projectId,
                 QStringLiteral("fedcba9876543210fedcba9876543210"));
        QCOMPARE(
            ProfileSecrets::fromBlob(m_secrets->entries().value(saved->secretKey()))->secretKey,
            QString::fromLatin1(kSecretKey));

        QVERIFY(clickAndWait(dialog, "duplicateButton"));
        QCOMPARE(m_store->names(),
                 QStringList({QStringLiteral("prod"), QStringLiteral("prod copy")}));
        QCOMPARE(list->count(), 2);
        QCOMPARE(dialog.selectedProfileName(), QStringLiteral("prod copy"));
        QCOMPARE(m_secrets->entries().size(), 2);
        QCOMPARE(leaks({kAccessKey, kSecretKey}), QStringList());

        dialog.selectProfile(QStringLiteral("prod"));
        QVERIFY(clickAndWait(dialog, "deleteButton"));
        QCOMPARE(m_store->names(), QStringList({QStringLiteral("prod copy")}));
        QCOMPARE(list->count(), 1);
        QCOMPARE(m_secrets->entries().size(), 1);
        QCOMPARE(leaks({kAccessKey, kSecretKey}), QStringList());
    }

    void saveRefusesAnIncompleteProfile()
    {
        ProfilesDialog dialog(*m_store, &m_network, m_clock, m_env);
        dialog.show();
        fill(dialog, "nameEdit", QStringLiteral("half"));
        fill(dialog, "projectEdit", kProject);
        QVERIFY(!clickAndWait(dialog, "saveButton"));
        QVERIFY(m_store->names().isEmpty());
        QVERIFY(!child<QLabel>(dialog, "statusLabel")->text().isEmpty());
    }

    void sessionOnlyBanner()
    {
        m_secrets->setPersistent(false);
        ProfilesDialog dialog(*m_store, &m_network, m_clock, m_env);
        dialog.show();
        auto* banner = dialog.findChild<QLabel*>(QStringLiteral("sessionOnlyBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1String("session only")));

        // A saved profile without a keychain: nothing claims to be "stored in keychain".
        QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
        fill(dialog, "nameEdit", QStringLiteral("nokeychain"));
        fill(dialog, "projectEdit", kProject);
        fill(dialog, "accessKeyEdit", QString::fromLatin1(kAccessKey));
        fill(dialog, "secretKeyEdit", QString::fromLatin1(kSecretKey));
        QVERIFY(clickAndWait(dialog, "saveButton"));
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("profileList"));
        QVERIFY(list);
        list->setCurrentRow(-1);
        list->setCurrentRow(0);
        for (const char* name : {"accessKeyEdit", "secretKeyEdit"}) {
            const QString placeholder = child<QLineEdit>(dialog, name)->placeholderText();
            QVERIFY2(!placeholder.contains(QLatin1String("keychain")), qPrintable(placeholder));
        }
    }

    void importFromEnvironment()
    {
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QString::fromLatin1(kAccessKey));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QString::fromLatin1(kSecretKey));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), kProject);
        ProfilesDialog dialog(*m_store, &m_network, m_clock, env);
        dialog.show();
        dialog.findChild<QAction*>(QStringLiteral("importEnvironmentAction"))->trigger();
        QCOMPARE(child<QLineEdit>(dialog, "projectEdit")->text(), kProject);
        // The imported keys are held back, not shown.
        QVERIFY(child<QLineEdit>(dialog, "secretKeyEdit")->text().isEmpty());
        fill(dialog, "nameEdit", QStringLiteral("from env"));
        auto* region = child<QComboBox>(dialog, "regionBox");
        region->setCurrentIndex(region->findData(QStringLiteral("cn-north-4")));
        QVERIFY(clickAndWait(dialog, "saveButton"));
        const auto saved = m_store->find(QStringLiteral("from env"));
        QVERIFY(saved);
        const auto stored =
            ProfileSecrets::fromBlob(m_secrets->entries().value(saved->secretKey()));
        QVERIFY(stored);
        QCOMPARE(stored->accessKey, QString::fromLatin1(kAccessKey));
        QCOMPARE(leaks({kAccessKey, kSecretKey}), QStringList());
    }

    void malformedFileNamesFileAndLine()
    {
        const QString path = m_config->filePath(QStringLiteral("credentials"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[basic]\nak = AKX\nthis line has no separator\n");
        file.close();
        ProfilesDialog dialog(*m_store, &m_network, m_clock, m_env);
        dialog.setImportPaths(path, m_config->filePath(QStringLiteral("absent.json")));
        dialog.show();
        dialog.findChild<QAction*>(QStringLiteral("importSdkAction"))->trigger();
        const QString status = child<QLabel>(dialog, "statusLabel")->text();
        QVERIFY2(status.contains(path + QLatin1String(":3:")), qPrintable(status));
        QVERIFY(m_store->names().isEmpty());
    }

    void testConnectionShowsTheDiagnosis_data()
    {
        QTest::addColumn<bool>("rightKey");
        QTest::addRow("right secret key") << true;
        QTest::addRow("wrong secret key") << false;
    }

    void testConnectionShowsTheDiagnosis()
    {
        QFETCH(bool, rightKey);
        sim::SimulatorConfig config;
        config.fleet.pools = 2;
        sim::Simulator simulator(config, m_clock);
        QVERIFY(simulator.start());
        ProfilesDialog dialog(*m_store, &m_network, m_clock, m_env);
        dialog.show();
        fill(dialog, "nameEdit", QStringLiteral("sim"));
        auto* region = child<QComboBox>(dialog, "regionBox");
        region->setCurrentIndex(region->count() - 1); // custom endpoint
        QVERIFY(child<QLineEdit>(dialog, "endpointEdit")->isVisible());
        fill(dialog, "endpointEdit", simulator.endpoint().baseUrl().toString());
        fill(dialog, "projectEdit", simulator.projectId());
        const Credentials credentials = simulator.clientCredentials();
        fill(dialog, "accessKeyEdit", credentials.accessKey);
        fill(dialog, "secretKeyEdit",
             rightKey ? credentials.secretKey
                      : QStringLiteral("NotTheSimulatorsKey00000000000000000000"));
        QSignalSpy tested(&dialog, &ProfilesDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
        QVERIFY(tested.wait(10000));
        const auto diagnosis = tested.first().first().value<Diagnosis>();
        QCOMPARE(diagnosis.ok(), rightKey);
        if (!rightKey)
            QCOMPARE(diagnosis.kind, Diagnosis::Kind::WrongSecretKey);
        QCOMPARE(child<QLabel>(dialog, "diagnosisTitle")->text(), diagnosis.title);
        QVERIFY(child<QLabel>(dialog, "diagnosisText")->text().contains(diagnosis.suggestion));
        QCOMPARE(simulator.receivedRequests().size(), 1);
        // Nothing was saved by testing.
        QVERIFY(m_store->names().isEmpty());
    }
};

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
