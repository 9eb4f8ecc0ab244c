#pragma once

#include "core/profiles/profile.h"
#include "core/profiles/profilesecrets.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace wsdash {

// The form of one profile in the profiles dialog: name, region or custom endpoint, project ID,
// authentication mode and the fields that mode needs. Secret fields echo as passwords and are
// never filled with a stored secret: they start empty and say that leaving them empty keeps
// what is stored.
class ProfileEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileEditor(QWidget* parent = nullptr);
    ~ProfileEditor() override;

    // Shows `profile`. `secretsKept` says what leaving the secret fields empty means: "stored in
    // keychain" (a saved profile), "imported" (pending secrets), or nothing (a new profile).
    enum class SecretsKept
    {
        None,
        Stored,
        Imported
    };
    void setProfile(const Profile& profile, SecretsKept kept);
    void clear();

    // The profile as the form says (its id is the one given to setProfile()).
    Profile profile() const;
    // The secrets typed in; nullopt when every secret field of the mode is empty.
    std::optional<ProfileSecrets> typedSecrets() const;
    // The IAM password (IamPassword mode), for one sign-in; the caller clears it afterwards.
    QString password() const;
    void clearSecretFields();

Q_SIGNALS:
    void edited();

private:
    void updateModeRows();
    void updateLocationRows();
    void setSecretPlaceholders(SecretsKept kept);
    QLineEdit* addLine(const QString& objectName, const QString& label, bool secret);

    QFormLayout* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_location = nullptr;
    QLineEdit* m_endpoint = nullptr;
    QLineEdit* m_project = nullptr;
    QComboBox* m_mode = nullptr;
    QLineEdit* m_accessKey = nullptr;
    QLineEdit* m_secretKey = nullptr;
    QLineEdit* m_securityToken = nullptr;
    QLineEdit* m_iamToken = nullptr;
    QLineEdit* m_iamUser = nullptr;
    QLineEdit* m_iamDomain = nullptr;
    QLineEdit* m_iamPassword = nullptr;
    QLabel* m_expiry = nullptr;
    Profile m_profile;
};

} // namespace wsdash
