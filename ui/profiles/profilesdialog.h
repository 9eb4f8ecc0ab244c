#pragma once

#include "core/profiles/credentialimport.h"
#include "core/profiles/diagnosis.h"
#include "core/profiles/profile.h"
#include "core/profiles/profilesecrets.h"

#include <QDialog>
#include <QProcessEnvironment>

#include <optional>

class QLabel;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;

namespace wsdash {

class Clock;
class ConnectionTester;
class IamTokenClient;
class ProfileEditor;
class ProfileStore;

// Add, edit, duplicate and delete saved connection profiles; import them from the SDK
// environment, the SDK credentials file or KooCLI; test a connection and read the diagnosis in
// plain words. Secrets go to the profile store's secret store, never to the settings file, and
// are never shown again once stored.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT

public:
    ProfilesDialog(ProfileStore& store, QNetworkAccessManager* network, const Clock& clock,
                   const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
                   QWidget* parent = nullptr);
    ~ProfilesDialog() override;

    // Selects the profile of that name (when it exists).
    void selectProfile(const QString& name);
    QString selectedProfileName() const;

    // Where the file imports look (default: ~/.huaweicloud/credentials, ~/.hcloud/config.json).
    void setImportPaths(const QString& sdkCredentials, const QString& kooCliConfig);

    // The Import… menu's entries (also offered by the window's welcome page).
    void importFromEnvironment();
    void importFromSdkFile();
    void importFromKooCli();

    // Deletion asks first unless this is off (tests).
    void setConfirmDeletion(bool confirm) { m_confirmDeletion = confirm; }

Q_SIGNALS:
    // A save, duplicate or delete finished (true: it worked).
    void operationFinished(bool ok);
    void connectionTested(const wsdash::Diagnosis& diagnosis);

private:
    void reloadList(const QString& select = {});
    void onSelectionChanged();
    void addProfile();
    void saveProfile();
    void storeProfile(const Profile& profile, std::optional<ProfileSecrets> secrets);
    void duplicateProfile();
    void deleteProfile();
    void importFrom(const Expected<ImportResult, FileError>& result);
    void testConnection();
    void startTest(const Profile& profile, const ProfileSecrets& secrets);
    void showDiagnosis(const Diagnosis& diagnosis);
    void showStatus(const QString& text, bool error);
    void setBusy(bool busy);
    QString freeName(const QString& wanted) const;

    ProfileStore& m_store;
    const QProcessEnvironment m_env;
    ConnectionTester* m_tester = nullptr;
    IamTokenClient* m_iam = nullptr;
    QListWidget* m_list = nullptr;
    ProfileEditor* m_editor = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_diagnosisTitle = nullptr;
    QLabel* m_diagnosisText = nullptr;
    QString m_sdkPath;
    QString m_kooCliPath;
    std::optional<ProfileSecrets> m_importedSecrets; // an imported profile not yet saved
    bool m_confirmDeletion = true;
};

} // namespace wsdash
