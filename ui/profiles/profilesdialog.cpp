#include "ui/profiles/profilesdialog.h"

#include "core/profiles/connectiontester.h"
#include "core/profiles/iamtokenclient.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "ui/profiles/profileeditor.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace wsdash {

namespace {

QLabel* wrappingLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore& store, QNetworkAccessManager* network,
                               const Clock& clock, const QProcessEnvironment& env, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_env(env)
    , m_tester(new ConnectionTester(network, clock, this))
    , m_iam(new IamTokenClient(network, this))
    , m_sdkPath(credentialimport::defaultSdkCredentialsPath())
    , m_kooCliPath(credentialimport::defaultKooCliConfigPath())
{
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowTitle(tr("Connection profiles"));
    auto* layout = new QVBoxLayout(this);

    if (!store.secretStore().isPersistent()) {
        auto* banner = wrappingLabel(QStringLiteral("sessionOnlyBanner"), this);
        const QString notice = store.secretStore().notice();
        banner->setText(tr("<b>No system keychain: secrets kept for this session only.</b> %1")
                            .arg(notice.toHtmlEscaped()));
        banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #4d3800; "
                                             "border: 1px solid #e0c060; padding: 6px; }"));
        layout->addWidget(banner);
    }

    auto* columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    auto* left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setMinimumWidth(180);
    left->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addButton"));
    m_duplicate = new QPushButton(tr("D&uplicate"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateButton"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    listButtons->addWidget(add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    left->addLayout(listButtons);
    auto* import = new QToolButton(this);
    import->setObjectName(QStringLiteral("importButton"));
    import->setText(tr("&Import…"));
    import->setPopupMode(QToolButton::InstantPopup);
    import->setToolButtonStyle(Qt::ToolButtonTextOnly);
    import->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* menu = new QMenu(import);
    QAction* fromEnv = menu->addAction(tr("From the environment (HUAWEICLOUD_SDK_*)"));
    fromEnv->setObjectName(QStringLiteral("importEnvironmentAction"));
    QAction* fromSdk =
        menu->addAction(tr("From the SDK credentials file (~/.huaweicloud/credentials)"));
    fromSdk->setObjectName(QStringLiteral("importSdkAction"));
    QAction* fromKoo = menu->addAction(tr("From KooCLI (~/.hcloud/config.json)"));
    fromKoo->setObjectName(QStringLiteral("importKooCliAction"));
    import->setMenu(menu);
    left->addWidget(import);
    columns->addLayout(left);

    auto* right = new QVBoxLayout;
    m_editor = new ProfileEditor(this);
    right->addWidget(m_editor);
    auto* actions = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_save = new QPushButton(tr("&Save profile"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    actions->addWidget(m_test);
    actions->addStretch(1);
    actions->addWidget(m_save);
    right->addLayout(actions);
    m_status = wrappingLabel(QStringLiteral("statusLabel"), this);
    right->addWidget(m_status);
    m_diagnosisTitle = wrappingLabel(QStringLiteral("diagnosisTitle"), this);
    QFont bold = m_diagnosisTitle->font();
    bold.setBold(true);
    m_diagnosisTitle->setFont(bold);
    m_diagnosisText = wrappingLabel(QStringLiteral("diagnosisText"), this);
    right->addWidget(m_diagnosisTitle);
    right->addWidget(m_diagnosisText);
    right->addStretch(1);
    columns->addLayout(right, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesDialog::onSelectionChanged);
    connect(add, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfilesDialog::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfilesDialog::deleteProfile);
    connect(m_save, &QPushButton::clicked, this, &ProfilesDialog::saveProfile);
    connect(m_test, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(fromEnv, &QAction::triggered, this, &ProfilesDialog::importFromEnvironment);
    connect(fromSdk, &QAction::triggered, this, &ProfilesDialog::importFromSdkFile);
    connect(fromKoo, &QAction::triggered, this, &ProfilesDialog::importFromKooCli);
    connect(m_tester, &ConnectionTester::finished, this, [this](const Diagnosis& diagnosis) {
        m_test->setEnabled(true);
        showDiagnosis(diagnosis);
        Q_EMIT connectionTested(diagnosis);
    });

    resize(760, 520);
    reloadList(store.currentProfileName());
    if (m_list->count() == 0)
        addProfile();
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::setImportPaths(const QString& sdkCredentials, const QString& kooCliConfig)
{
    m_sdkPath = sdkCredentials;
    m_kooCliPath = kooCliConfig;
}

void ProfilesDialog::reloadList(const QString& select)
{
    QSignalBlocker blocker(m_list);
    m_list->clear();
    const QList<Profile> profiles = m_store.profiles();
    for (const Profile& profile : profiles) {
        auto* item = new QListWidgetItem(profile.name, m_list);
        item->setToolTip(profile.summary());
    }
    blocker.unblock();
    selectProfile(select);
    if (m_list->currentRow() < 0 && m_list->count() > 0 && select.isEmpty())
        m_list->setCurrentRow(0);
    onSelectionChanged();
}

void ProfilesDialog::selectProfile(const QString& name)
{
    const auto items = m_list->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.first());
}

QString ProfilesDialog::selectedProfileName() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->text() : QString();
}

void ProfilesDialog::onSelectionChanged()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_duplicate->setEnabled(selected);
    m_delete->setEnabled(selected);
    if (!selected)
        return;
    if (const auto profile = m_store.find(selectedProfileName())) {
        m_importedSecrets.reset();
        // Without a keychain nothing was stored for later: no "leave empty to keep".
        m_editor->setProfile(*profile, m_store.secretStore().isPersistent()
                                           ? ProfileEditor::SecretsKept::Stored
                                           : ProfileEditor::SecretsKept::None);
        m_diagnosisTitle->clear();
        m_diagnosisText->clear();
    }
}

void ProfilesDialog::addProfile()
{
    m_list->setCurrentRow(-1);
    m_importedSecrets.reset();
    m_editor->clear();
    Profile profile = m_editor->profile();
    profile.name = freeName(tr("New profile"));
    m_editor->setProfile(profile, ProfileEditor::SecretsKept::None);
    showStatus(tr("A new profile: fill in the fields and save it."), false);
}

QString ProfilesDialog::freeName(const QString& wanted) const
{
    QString name = wanted;
    for (int n = 2; m_store.find(name); ++n)
        name = tr("%1 (%2)").arg(wanted).arg(n);
    return name;
}

void ProfilesDialog::saveProfile()
{
    const Profile profile = m_editor->profile();
    std::optional<ProfileSecrets> secrets = m_editor->typedSecrets();
    QString password = m_editor->password();
    if (profile.authMode != Profile::AuthMode::IamPassword || password.isEmpty()) {
        storeProfile(profile, secrets);
        return;
    }
    // A token from IAM: the password is used for this one request and then dropped.
    const auto iamEndpoint = profile.iamEndpoint.isEmpty() ? IamTokenClient::defaultEndpoint(m_env)
                                                           : Endpoint::fromUrl(profile.iamEndpoint);
    if (!iamEndpoint) {
        showStatus(tr("The IAM endpoint is not usable: %1").arg(iamEndpoint.error().message), true);
        return;
    }
    IamPasswordSignIn signIn{*iamEndpoint, profile.iamUserName, password, profile.iamDomainName,
                             profile.projectId};
    wipeString(password);
    m_editor->clearSecretFields();
    setBusy(true);
    showStatus(tr("Signing in to IAM…"), false);
    auto* connection = new QObject(this);
    connect(m_iam, &IamTokenClient::finished, connection,
            [this, profile, connection](const IamTokenResult& result) {
                connection->deleteLater();
                setBusy(false);
                if (!result.ok()) {
                    showStatus(tr("IAM refused the sign-in: %1").arg(result.error.toOneLine()),
                               true);
                    return;
                }
                Profile signedIn = profile;
                signedIn.tokenExpiresAt = result.token->expiresAt;
                ProfileSecrets token;
                token.iamToken = result.token->token;
                storeProfile(signedIn, token);
            });
    m_iam->requestToken(signIn);
    wipeString(signIn.password);
}

void ProfilesDialog::storeProfile(const Profile& profile, std::optional<ProfileSecrets> secrets)
{
    if (!secrets && m_importedSecrets)
        secrets = m_importedSecrets->reducedTo(profile.authMode);
    const bool known = !profile.id.isEmpty() && m_store.findById(profile.id).has_value();
    if (!known && (!secrets || !secrets->isCompleteFor(profile.authMode))) {
        showStatus(profile.authMode == Profile::AuthMode::IamPassword
                       ? tr("Enter the IAM password to get a token for this profile.")
                       : tr("Enter the keys of this profile: a new profile needs them."),
                   true);
        Q_EMIT operationFinished(false);
        return;
    }
    setBusy(true);
    m_store.save(profile, secrets, this, [this](const Expected<Profile, ProfileError>& saved) {
        setBusy(false);
        if (!saved) {
            showStatus(saved.error().message, true);
            Q_EMIT operationFinished(false);
            return;
        }
        m_importedSecrets.reset();
        reloadList(saved->name);
        showStatus(tr("Saved “%1”; its keys are in %2.")
                       .arg(saved->name, m_store.secretStore().displayName()),
                   false);
        Q_EMIT operationFinished(true);
    });
}

void ProfilesDialog::duplicateProfile()
{
    const QString name = selectedProfileName();
    if (name.isEmpty())
        return;
    setBusy(true);
    m_store.duplicate(name, freeName(tr("%1 copy").arg(name)), this,
                      [this](const Expected<Profile, ProfileError>& copy) {
                          setBusy(false);
                          if (!copy) {
                              showStatus(copy.error().message, true);
                              Q_EMIT operationFinished(false);
                              return;
                          }
                          reloadList(copy->name);
                          showStatus(tr("Duplicated as “%1”.").arg(copy->name), false);
                          Q_EMIT operationFinished(true);
                      });
}

void ProfilesDialog::deleteProfile()
{
    const QString name = selectedProfileName();
    if (name.isEmpty())
        return;
    if (m_confirmDeletion &&
        QMessageBox::question(this, tr("Delete profile"),
                              tr("Delete the profile “%1” and its keys from %2?")
                                  .arg(name, m_store.secretStore().displayName())) !=
            QMessageBox::Yes)
        return;
    setBusy(true);
    m_store.remove(name, this, [this, name](const std::optional<ProfileError>& error) {
        setBusy(false);
        if (error) {
            showStatus(error->message, true);
            Q_EMIT operationFinished(false);
            return;
        }
        reloadList();
        if (m_list->count() == 0)
            addProfile();
        showStatus(tr("Deleted “%1”.").arg(name), false);
        Q_EMIT operationFinished(true);
    });
}

void ProfilesDialog::importFromEnvironment()
{
    importFrom(credentialimport::fromEnvironment(m_env));
}

void ProfilesDialog::importFromSdkFile()
{
    importFrom(credentialimport::fromSdkCredentialsFile(m_sdkPath));
}

void ProfilesDialog::importFromKooCli()
{
    importFrom(credentialimport::fromKooCliConfig(m_kooCliPath));
}

void ProfilesDialog::importFrom(const Expected<ImportResult, FileError>& result)
{
    if (!result) {
        showStatus(tr("Nothing imported: %1").arg(result.error().toString()), true);
        return;
    }
    QStringList lines = result->notes;
    if (result->profiles.isEmpty()) {
        lines.prepend(tr("No profile found in %1.").arg(result->source));
        showStatus(lines.join(QLatin1Char('\n')), true);
        return;
    }
    // The source's current profile, else the first; the user reviews it and saves.
    ImportedProfile chosen = result->profiles.first();
    for (const ImportedProfile& imported : result->profiles) {
        if (imported.current) {
            chosen = imported;
            break;
        }
    }
    if (result->profiles.size() > 1)
        lines.prepend(
            tr("%n profile(s) found in %1; showing “%2”.", nullptr, int(result->profiles.size()))
                .arg(result->source, chosen.profile.name));
    m_list->setCurrentRow(-1);
    chosen.profile.id.clear();
    chosen.profile.name =
        freeName(chosen.profile.name.isEmpty() ? tr("Imported") : chosen.profile.name);
    m_editor->setProfile(chosen.profile, ProfileEditor::SecretsKept::Imported);
    m_importedSecrets = chosen.secrets;
    const QStringList problems = chosen.profile.problems();
    lines.append(problems.isEmpty()
                     ? tr("Imported from %1: check the fields and save.").arg(result->source)
                     : tr("Imported from %1; still needed: %2")
                           .arg(result->source, problems.join(QLatin1String("; "))));
    showStatus(lines.join(QLatin1Char('\n')), false);
}

void ProfilesDialog::testConnection()
{
    const Profile profile = m_editor->profile();
    if (const auto typed = m_editor->typedSecrets()) {
        startTest(profile, *typed);
        return;
    }
    if (m_importedSecrets) {
        startTest(profile, *m_importedSecrets);
        return;
    }
    const auto saved = m_store.findById(profile.id);
    if (!saved) {
        showStatus(tr("Enter the keys first: this profile has none stored."), true);
        return;
    }
    m_test->setEnabled(false);
    m_store.loadSecrets(saved->name, this,
                        [this, profile](const Expected<ProfileSecrets, ProfileError>& secrets) {
                            if (!secrets) {
                                m_test->setEnabled(true);
                                showStatus(secrets.error().message, true);
                                return;
                            }
                            startTest(profile, *secrets);
                        });
}

void ProfilesDialog::startTest(const Profile& profile, const ProfileSecrets& secrets)
{
    const auto endpoint = profile.endpoint(m_env);
    if (!endpoint) {
        m_test->setEnabled(true);
        showStatus(endpoint.error().message, true);
        return;
    }
    ConnectionTestRequest request;
    request.endpoint = *endpoint;
    request.projectId = profile.projectId;
    request.credentials = secrets.credentials(profile.authMode);
    request.tokenExpiresAt = profile.tokenExpiresAt;
    m_test->setEnabled(false);
    m_status->clear();
    m_diagnosisTitle->setStyleSheet(QString());
    m_diagnosisTitle->setText(tr("Testing the connection…"));
    m_diagnosisText->clear();
    m_tester->test(request);
}

void ProfilesDialog::showDiagnosis(const Diagnosis& diagnosis)
{
    m_diagnosisTitle->setText(diagnosis.title);
    m_diagnosisTitle->setStyleSheet(diagnosis.ok() ? QStringLiteral("color: #107c10;")
                                                   : QStringLiteral("color: #c42b1c;"));
    QStringList parts{diagnosis.explanation, diagnosis.suggestion};
    if (!diagnosis.requestId.isEmpty() && !diagnosis.explanation.contains(diagnosis.requestId))
        parts.append(tr("Request ID: %1").arg(diagnosis.requestId));
    parts.removeAll(QString());
    m_diagnosisText->setText(parts.join(QLatin1String("\n\n")));
}

void ProfilesDialog::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c42b1c;") : QString());
}

void ProfilesDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_list->setEnabled(!busy);
}

} // namespace wsdash
