#include "ui/profiles/profileeditor.h"

#include "core/api/endpoint.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace wsdash {

ProfileEditor::ProfileEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("profileEditor"));
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = addLine(QStringLiteral("nameEdit"), tr("&Name:"), false);
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("regionBox"));
    for (const QString& region : Endpoint::knownRegions())
        m_location->addItem(region, region);
    m_location->addItem(tr("Custom endpoint…"), QString());
    m_form->addRow(tr("&Region:"), m_location);
    m_endpoint = addLine(QStringLiteral("endpointEdit"), tr("&Endpoint URL:"), false);
    m_endpoint->setPlaceholderText(QStringLiteral("https://workspace.example.com"));
    m_project = addLine(QStringLiteral("projectEdit"), tr("&Project ID:"), false);
    m_project->setPlaceholderText(tr("from “My Credentials” in the console"));

    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("authModeBox"));
    for (const auto mode : {Profile::AuthMode::AkSk, Profile::AuthMode::TemporaryAkSk,
                            Profile::AuthMode::IamToken, Profile::AuthMode::IamPassword})
        m_mode->addItem(Profile::authModeName(mode), static_cast<int>(mode));
    m_form->addRow(tr("&Authentication:"), m_mode);

    // The access key ID names the key, like a user name: shown as typed. The secret key is not.
    m_accessKey = addLine(QStringLiteral("accessKeyEdit"), tr("Access &key ID:"), false);
    m_accessKey->setClearButtonEnabled(true);
    m_secretKey = addLine(QStringLiteral("secretKeyEdit"), tr("&Secret key:"), true);
    m_securityToken = addLine(QStringLiteral("securityTokenEdit"), tr("Security &token:"), true);
    m_iamToken = addLine(QStringLiteral("iamTokenEdit"), tr("IAM &token:"), true);
    m_iamUser = addLine(QStringLiteral("iamUserEdit"), tr("IAM &user name:"), false);
    m_iamDomain = addLine(QStringLiteral("iamDomainEdit"), tr("A&ccount name:"), false);
    m_iamPassword = addLine(QStringLiteral("iamPasswordEdit"), tr("Pass&word:"), true);
    m_iamPassword->setPlaceholderText(tr("used once to get a token, never kept"));
    m_expiry = new QLabel(this);
    m_expiry->setObjectName(QStringLiteral("tokenExpiryLabel"));
    m_form->addRow(tr("Token expires:"), m_expiry);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateModeRows();
        Q_EMIT edited();
    });
    connect(m_location, &QComboBox::currentIndexChanged, this, [this] {
        updateLocationRows();
        Q_EMIT edited();
    });
    clear();
}

ProfileEditor::~ProfileEditor() = default;

QLineEdit* ProfileEditor::addLine(const QString& objectName, const QString& label, bool secret)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    if (secret) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setClearButtonEnabled(true);
    }
    connect(edit, &QLineEdit::textEdited, this, &ProfileEditor::edited);
    m_form->addRow(label, edit);
    return edit;
}

void ProfileEditor::clear()
{
    Profile profile;
    profile.region = QStringLiteral("cn-north-4");
    setProfile(profile, SecretsKept::None);
}

void ProfileEditor::setProfile(const Profile& profile, SecretsKept kept)
{
    m_profile = profile;
    m_name->setText(profile.name);
    const int regionIndex = profile.region.isEmpty() ? -1 : m_location->findData(profile.region);
    m_location->setCurrentIndex(regionIndex >= 0 ? regionIndex : m_location->count() - 1);
    m_endpoint->setText(profile.endpointUrl);
    m_project->setText(profile.projectId);
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(profile.authMode)));
    m_iamUser->setText(profile.iamUserName);
    m_iamDomain->setText(profile.iamDomainName);
    m_expiry->setText(
        profile.tokenExpiresAt.isValid()
            ? QLocale().toString(profile.tokenExpiresAt.toLocalTime(), QLocale::LongFormat)
            : tr("unknown"));
    clearSecretFields();
    setSecretPlaceholders(kept);
    updateModeRows();
    updateLocationRows();
}

void ProfileEditor::setSecretPlaceholders(SecretsKept kept)
{
    const QString text = kept == SecretsKept::Stored
                             ? tr("stored in keychain — leave empty to keep")
                         : kept == SecretsKept::Imported ? tr("imported — leave empty to use")
                                                         : QString();
    for (QLineEdit* edit : {m_accessKey, m_secretKey, m_securityToken, m_iamToken})
        edit->setPlaceholderText(text);
}

void ProfileEditor::clearSecretFields()
{
    for (QLineEdit* edit : {m_accessKey, m_secretKey, m_securityToken, m_iamToken, m_iamPassword})
        edit->clear();
}

void ProfileEditor::updateModeRows()
{
    const auto mode = static_cast<Profile::AuthMode>(m_mode->currentData().toInt());
    const bool signs = mode == Profile::AuthMode::AkSk || mode == Profile::AuthMode::TemporaryAkSk;
    m_form->setRowVisible(m_accessKey, signs);
    m_form->setRowVisible(m_secretKey, signs);
    m_form->setRowVisible(m_securityToken, mode == Profile::AuthMode::TemporaryAkSk);
    m_form->setRowVisible(m_iamToken, mode == Profile::AuthMode::IamToken);
    const bool password = mode == Profile::AuthMode::IamPassword;
    m_form->setRowVisible(m_iamUser, password);
    m_form->setRowVisible(m_iamDomain, password);
    m_form->setRowVisible(m_iamPassword, password);
    m_form->setRowVisible(m_expiry, !signs);
}

void ProfileEditor::updateLocationRows()
{
    m_form->setRowVisible(m_endpoint, m_location->currentData().toString().isEmpty());
}

Profile ProfileEditor::profile() const
{
    Profile profile = m_profile;
    profile.name = m_name->text().trimmed();
    profile.region = m_location->currentData().toString();
    profile.endpointUrl = profile.region.isEmpty() ? m_endpoint->text().trimmed() : QString();
    profile.projectId = m_project->text().trimmed();
    profile.authMode = static_cast<Profile::AuthMode>(m_mode->currentData().toInt());
    const bool password = profile.authMode == Profile::AuthMode::IamPassword;
    profile.iamUserName = password ? m_iamUser->text().trimmed() : QString();
    profile.iamDomainName = password ? m_iamDomain->text().trimmed() : QString();
    if (!profile.usesToken())
        profile.tokenExpiresAt = QDateTime();
    return profile;
}

std::optional<ProfileSecrets> ProfileEditor::typedSecrets() const
{
    ProfileSecrets secrets;
    secrets.accessKey = m_accessKey->text().trimmed();
    secrets.secretKey = m_secretKey->text().trimmed();
    secrets.securityToken = m_securityToken->text().trimmed();
    secrets.iamToken = m_iamToken->text().trimmed();
    secrets = secrets.reducedTo(profile().authMode);
    if (secrets.isEmpty())
        return std::nullopt;
    return secrets;
}

QString ProfileEditor::password() const
{
    return profile().authMode == Profile::AuthMode::IamPassword ? m_iamPassword->text() : QString();
}

} // namespace wsdash
